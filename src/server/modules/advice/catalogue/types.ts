// Shapes of the default catalogue. Each shape is close to one row of the advice tables, so seeding
// a new gemeente is a plain copy; fields without a column yet are marked as such.
import type { Context, Phase, SchemeCode } from '../../../../shared/advice/model.js';

/** The `source` of everything the product itself chose (not research, not a published fact). */
export const PRODUCT_DEFAULT_SOURCE = 'Buitenbinnen standaardcatalogus';

/** Codes are stable identifiers: lowercase ASCII letters and digits in words joined by hyphens. */
export const CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_CODE_LENGTH = 64;

export interface CatalogueItem {
  /** Stable identifier, matches CODE_PATTERN; never changes once data refers to it. */
  readonly code: string;
  readonly nameNl: string;
  readonly nameEn: string;
  /** A citation for a published fact, or PRODUCT_DEFAULT_SOURCE for a product default. */
  readonly source: string;
  /** Display order within its list. */
  readonly sort: number;
}

export interface ContextDefinition extends CatalogueItem {
  readonly code: Context;
  readonly description: string;
  readonly descriptionEn: string;
}

/** One phase as phrased for one context: one row per context × phase. */
export interface PhaseDefinition {
  readonly context: Context;
  readonly phase: Phase;
  /** Stable code per context, e.g. for URLs and exports; the phase number is the key. */
  readonly code: string;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly description: string;
  readonly descriptionEn: string;
  readonly source: string;
}

export interface AgeGroup extends CatalogueItem {
  /** Inclusive lower bound in whole years. */
  readonly minAge: number;
  /** Inclusive upper bound in whole years; null means open-ended (up to MAX_AGE). */
  readonly maxAge: number | null;
}

export interface EngagementProfile extends CatalogueItem {
  /** Share of the Dutch population as a fraction (0.17 for a published 17%); null when unpublished. */
  readonly populationShare: number | null;
  /** Where the share comes from; null when there is no share. */
  readonly shareSource: string | null;
  readonly description: string;
  readonly descriptionEn: string;
}

interface SchemeBase {
  readonly code: SchemeCode;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly description: string;
  readonly descriptionEn: string;
  readonly source: string;
}

export interface AgeScheme extends SchemeBase {
  readonly code: 'age';
  readonly groups: readonly AgeGroup[];
}

export interface ProfileScheme extends SchemeBase {
  readonly code: 'profile';
  /** Whose model this is and under which terms it may be used. */
  readonly rights: string;
  readonly rightsEn: string;
  readonly groups: readonly EngagementProfile[];
}

export type SegmentationScheme = AgeScheme | ProfileScheme;

export interface Channel extends CatalogueItem {
  /** Runs over the internet (website, e-mail, apps, chat, social media). */
  readonly digital: boolean;
  /** A resident can start a contact with the gemeente through it. */
  readonly inbound: boolean;
  /** The gemeente can reach residents through it on its own initiative. */
  readonly outbound: boolean;
  readonly contexts: readonly Context[];
}

/** A motive for choosing a channel, or an expectation of the gemeente; both apply to some phases. */
export interface Reason extends CatalogueItem {
  readonly kind: 'motive' | 'expectation';
  readonly phases: readonly Phase[];
  /** Contexts in which it makes sense. (No column in advice_reasons yet.) */
  readonly contexts: readonly Context[];
}

export interface Motive extends Reason {
  readonly kind: 'motive';
}

export interface Expectation extends Reason {
  readonly kind: 'expectation';
}
