// Citations for the published facts the default catalogue uses (see the reference facts). Quote them
// wherever such a fact is shown.
import { PRODUCT_DEFAULT_SOURCE } from './types.js';

export const KEN_JE_INWONER_SOURCE =
  'Ken je inwoner (kenjeinwoner.nl), Hogeschool Arnhem Nijmegen, Citisens, Upstream en OBI4wan, 2021; ziptone.nl, 2021-05-07';

/** The five phases and two trajectories are Ken je inwoner's; the wording of each phase is ours. */
export const PHASE_MODEL_SOURCE = `Fasemodel: ${KEN_JE_INWONER_SOURCE}; namen en omschrijvingen: ${PRODUCT_DEFAULT_SOURCE}`;

export const CITISENS_PROFILES_SOURCE =
  'Citisens, betrokkenheidsprofielen (citisens.nl/tools/betrokkenheidsprofielen/; citisens.nl/topics/participatie-en-communicatie/)';

export const CITISENS_SHARES_SOURCE = 'energieparticipatie.nl/citisens-betrokkenheidsprofielen; citisens.nl';
