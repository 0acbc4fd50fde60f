// What every gemeente starts with: a category tree and the message templates. Idempotent: run at
// every start, it only adds what is missing and never overwrites the beheerder's changes.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { teams } from '../../platform/accounts/tables.js';
import { caseCategories, messageTemplates } from './tables.js';
import { defaultTemplates } from './templates.js';
import type { CaseKind } from './model.js';

type Area = 'buiten' | 'publiek' | 'kcc';

interface SeedCategory {
  code: string;
  parentCode: string | null;
  kind: CaseKind;
  nameNl: string;
  nameEn: string;
  dueWorkingDays: number;
  area: Area;
}

const c = (
  code: string,
  parentCode: string | null,
  kind: CaseKind,
  nameNl: string,
  nameEn: string,
  dueWorkingDays: number,
  area: Area,
): SeedCategory => ({ code, parentCode, kind, nameNl, nameEn, dueWorkingDays, area });

export const DEFAULT_CATEGORIES: SeedCategory[] = [
  c('openbare-ruimte', null, 'melding', 'Openbare ruimte', 'Public space', 10, 'buiten'),
  c('bestrating', 'openbare-ruimte', 'melding', 'Bestrating', 'Paving', 10, 'buiten'),
  c('losliggende-tegel', 'bestrating', 'melding', 'Losliggende tegel', 'Loose paving stone', 10, 'buiten'),
  c('gat-in-de-weg', 'bestrating', 'melding', 'Gat in de weg', 'Pothole', 5, 'buiten'),
  c('verlichting', 'openbare-ruimte', 'melding', 'Verlichting', 'Lighting', 10, 'buiten'),
  c(
    'kapotte-straatverlichting',
    'verlichting',
    'melding',
    'Kapotte straatverlichting',
    'Broken street light',
    10,
    'buiten',
  ),
  c('afval', 'openbare-ruimte', 'melding', 'Afval', 'Waste', 5, 'buiten'),
  c('zwerfafval', 'afval', 'melding', 'Zwerfafval', 'Litter', 5, 'buiten'),
  c('volle-container', 'afval', 'melding', 'Volle container', 'Full container', 3, 'buiten'),
  c('illegale-dump', 'afval', 'melding', 'Illegaal gedumpt afval', 'Fly-tipping', 3, 'buiten'),
  c('groen', 'openbare-ruimte', 'melding', 'Groen', 'Greenery', 15, 'buiten'),
  c('overhangend-groen', 'groen', 'melding', 'Overhangend groen', 'Overhanging greenery', 15, 'buiten'),
  c('omgevallen-boom', 'groen', 'melding', 'Omgevallen boom', 'Fallen tree', 1, 'buiten'),
  c('speelplaats', 'openbare-ruimte', 'melding', 'Kapot speeltoestel', 'Broken play equipment', 5, 'buiten'),
  c('aanvragen', null, 'aanvraag', 'Aanvragen', 'Applications', 20, 'publiek'),
  c(
    'gehandicaptenparkeerplaats',
    'aanvragen',
    'aanvraag',
    'Gehandicaptenparkeerplaats',
    'Disabled parking space',
    40,
    'publiek',
  ),
  c('extra-container', 'aanvragen', 'aanvraag', 'Extra container', 'Extra container', 10, 'publiek'),
  c('vragen', null, 'vraag', 'Vragen', 'Questions', 5, 'kcc'),
  c('vraag-algemeen', 'vragen', 'vraag', 'Algemene vraag', 'General question', 5, 'kcc'),
  c('klachten', null, 'klacht', 'Klachten', 'Complaints', 30, 'kcc'),
  c(
    'klacht-behandeling',
    'klachten',
    'klacht',
    'Klacht over behandeling',
    'Complaint about treatment',
    30,
    'kcc',
  ),
];

// The demo gemeenten's teams by the work they do; a gemeente without such a team gets categories
// without a default team, and the beheerder sets routing before cases can be created.
const TEAM_NAMES: Record<Area, string[]> = {
  buiten: ['Openbare ruimte', 'Buitendienst'],
  publiek: ['Burgerzaken', 'Publiekszaken'],
  kcc: ['Klantcontactcentrum', 'KCC'],
};

export async function seedCaseCatalogue(tx: Tx, tenantId: string): Promise<void> {
  const teamRows = await tx
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(eq(teams.tenantId, tenantId), inArray(teams.name, Object.values(TEAM_NAMES).flat())));
  const teamFor = (area: Area) => teamRows.find((t) => TEAM_NAMES[area].includes(t.name))?.id ?? null;
  // Only the roots carry a default team: subcategories inherit it through the routing chain.
  await tx
    .insert(caseCategories)
    .values(
      DEFAULT_CATEGORIES.map((cat, sort) => ({
        tenantId,
        code: cat.code,
        parentCode: cat.parentCode,
        kind: cat.kind,
        nameNl: cat.nameNl,
        nameEn: cat.nameEn,
        dueWorkingDays: cat.dueWorkingDays,
        defaultTeamId: cat.parentCode === null ? teamFor(cat.area) : null,
        sort,
      })),
    )
    .onConflictDoNothing();
  // A root seeded before its team existed gets the team now, unless the beheerder chose one.
  for (const cat of DEFAULT_CATEGORIES.filter((x) => x.parentCode === null)) {
    const team = teamFor(cat.area);
    if (!team) continue;
    await tx
      .update(caseCategories)
      .set({ defaultTeamId: team })
      .where(
        and(
          eq(caseCategories.tenantId, tenantId),
          eq(caseCategories.code, cat.code),
          isNull(caseCategories.defaultTeamId),
          eq(caseCategories.version, 1),
        ),
      );
  }
  await tx
    .insert(messageTemplates)
    .values(defaultTemplates().map((t) => ({ tenantId, ...t })))
    .onConflictDoNothing();
}
