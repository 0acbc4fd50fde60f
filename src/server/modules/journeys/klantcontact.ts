// Measured heartbeats from Klantcontact: a step is linked to melding categories (their KTO answers)
// and contact topics (their contacts). The figures come from the cases and contacts modules' own
// read functions, inside the caller's tenant transaction (RLS), as aggregates only.
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems, type FieldError } from '../../platform/http/problem.js';
import { allSteps } from '../../../shared/journeys/model.js';
import {
  contactSummary,
  daysBetween,
  ktoSummary,
  type ContactSummary,
  type KtoSummary,
} from '../../../shared/journeys/measured.js';
import { caseAnalytics, listCategories } from '../cases/index.js';
import { contactAnalytics } from '../contacts/index.js';
import { journeyRow } from './journeys.js';
import { journeyStepLinks } from './tables.js';

export type LinkKind = 'kto-category' | 'contact-topic';
export interface StepLinks {
  stepId: string;
  ktoCategories: string[];
  contactTopics: string[];
}

/** What the caller may see: KTO needs cases:read or insights:read, contact counts contacts:read. */
export interface FigureAccess {
  kto: boolean;
  contacts: boolean;
  /** A demo gemeente: every figure is synthetic. */
  demo: boolean;
}

export async function listStepLinks(tx: Tx, tenantId: string, journeyId: string): Promise<StepLinks[]> {
  await journeyRow(tx, tenantId, journeyId);
  const rows = await tx
    .select()
    .from(journeyStepLinks)
    .where(and(eq(journeyStepLinks.tenantId, tenantId), eq(journeyStepLinks.journeyId, journeyId)))
    .orderBy(asc(journeyStepLinks.stepId), asc(journeyStepLinks.code));
  const byStep = new Map<string, StepLinks>();
  for (const r of rows) {
    const links = byStep.get(r.stepId) ?? { stepId: r.stepId, ktoCategories: [], contactTopics: [] };
    (r.kind === 'kto-category' ? links.ktoCategories : links.contactTopics).push(r.code);
    byStep.set(r.stepId, links);
  }
  return [...byStep.values()];
}

/** Replaces the links of one step; unknown step or codes: 400 with a pointer each, nothing stored. */
export async function setStepLinks(
  tx: Tx,
  ctx: ActionContext,
  journeyId: string,
  stepId: string,
  input: { ktoCategories: string[]; contactTopics: string[] },
): Promise<StepLinks> {
  const journey = await journeyRow(tx, ctx.tenantId, journeyId);
  if (!allSteps(journey.document).some((s) => s.step.id === stepId))
    throw problems.notFound('Deze stap van de klantreis');
  const categories = new Set((await listCategories(tx, ctx.tenantId)).map((c) => c.code));
  const topics = new Set((await contactAnalytics.topicCatalogue(tx, ctx.tenantId)).map((t) => t.code));
  const errors: FieldError[] = [
    ...input.ktoCategories.flatMap((c, i) =>
      categories.has(c) ? [] : [{ pointer: `/ktoCategories/${i}`, detail: `onbekende categorie '${c}'` }],
    ),
    ...input.contactTopics.flatMap((c, i) =>
      topics.has(c) ? [] : [{ pointer: `/contactTopics/${i}`, detail: `onbekend contactonderwerp '${c}'` }],
    ),
  ];
  if (errors.length) throw problems.validation(errors);
  await tx
    .delete(journeyStepLinks)
    .where(
      and(
        eq(journeyStepLinks.tenantId, ctx.tenantId),
        eq(journeyStepLinks.journeyId, journeyId),
        eq(journeyStepLinks.stepId, stepId),
      ),
    );
  const rows = [
    ...input.ktoCategories.map((code) => ({ kind: 'kto-category', code })),
    ...input.contactTopics.map((code) => ({ kind: 'contact-topic', code })),
  ];
  if (rows.length)
    await tx
      .insert(journeyStepLinks)
      .values(rows.map((r) => ({ tenantId: ctx.tenantId, journeyId, stepId, ...r })));
  await recordAudit(tx, ctx, {
    action: 'journey.step-links.set',
    objectType: 'journey',
    objectId: journeyId,
  });
  return { stepId, ktoCategories: [...input.ktoCategories], contactTopics: [...input.contactTopics] };
}

/** Every topic code under the given ones (a group includes its topics), with its avoidable flag. */
function topicTree(catalogue: { code: string; parentCode: string | null; avoidable: boolean }[]) {
  return (codes: string[]) => {
    const out = new Set<string>();
    let frontier = codes;
    while (frontier.length) {
      frontier.forEach((c) => out.add(c));
      frontier = catalogue
        .filter((t) => t.parentCode && out.has(t.parentCode) && !out.has(t.code))
        .map((t) => t.code);
    }
    return out;
  };
}

export interface StepFigures {
  kto?: KtoSummary;
  contacts?: ContactSummary & { weeks: { week: string; avoidable: number; value: number }[] };
}

/** Figures per linked step for one period; what the caller may not see is left out, not zeroed. */
export async function stepFigures(
  tx: Tx,
  tenantId: string,
  links: StepLinks[],
  period: { from: string; to: string },
  access: FigureAccess,
): Promise<Map<string, StepFigures>> {
  const out = new Map<string, StepFigures>(links.map((l) => [l.stepId, {}]));
  if (access.kto)
    for (const l of links.filter((x) => x.ktoCategories.length))
      out.get(l.stepId)!.kto = ktoSummary(
        await caseAnalytics.satisfactionScores(tx, { tenantId, ...period, categories: l.ktoCategories }),
      );
  const withTopics = links.filter((x) => x.contactTopics.length);
  if (access.contacts && withTopics.length) {
    const catalogue = await contactAnalytics.topicCatalogue(tx, tenantId);
    const avoidable = new Set(catalogue.filter((t) => t.avoidable).map((t) => t.code));
    const expand = topicTree(catalogue);
    const volume = await contactAnalytics.topicVolume(tx, { tenantId, ...period }, 'week');
    for (const l of withTopics) {
      const codes = expand(l.contactTopics);
      const weeks = new Map<string, { week: string; avoidable: number; value: number }>();
      for (const v of volume.filter((r) => codes.has(r.topicCode))) {
        const w = weeks.get(v.period) ?? { week: v.period, avoidable: 0, value: 0 };
        w[avoidable.has(v.topicCode) ? 'avoidable' : 'value'] += v.n;
        weeks.set(v.period, w);
      }
      const list = [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
      const totals = list.reduce(
        (s, w) => ({ avoidable: s.avoidable + w.avoidable, value: s.value + w.value }),
        {
          avoidable: 0,
          value: 0,
        },
      );
      out.get(l.stepId)!.contacts = {
        ...contactSummary(totals, daysBetween(period.from, period.to)),
        weeks: list,
      };
    }
  }
  return out;
}

export function provenanceOf(access: FigureAccess, period: { from: string; to: string }) {
  const demo = access.demo ? 'Fictieve voorbeelddata (synthetisch, vaste seed); ' : '';
  return {
    synthetic: access.demo,
    period,
    kto: access.kto
      ? `${demo}KTO bij afronding van meldingen van de gemeente (score 1–5; tevreden = 4 of 5)`
      : null,
    contacts: access.contacts ? `${demo}Klantcontactregistratie van de gemeente (inkomende contacten)` : null,
    hidden: [
      ...(access.kto ? [] : ['kto: vraagt het recht cases:read of insights:read']),
      ...(access.contacts ? [] : ['contacts: vraagt het recht contacts:read']),
    ],
  };
}

export function checkPeriod(from: string, to: string) {
  if (from > to) throw problems.validation([{ pointer: '/query/from', detail: 'moet op of vóór to liggen' }]);
  if (daysBetween(from, to) > 731)
    throw problems.validation([{ pointer: '/query/to', detail: 'de periode is hoogstens twee jaar' }]);
}
