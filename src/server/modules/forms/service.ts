// The resident's side: submit an e-form (a case and an inbound contact, in one transaction),
// follow the case with its token, answer the satisfaction question.
import type { Tx } from '../../platform/db/client.js';
import { recordProcessing, type ActionContext } from '../../platform/audit/service.js';
import { Problem, problems, type FieldError } from '../../platform/http/problem.js';
import { createCase, publicCaseView, submitSatisfaction } from '../cases/index.js';
import { registerContact } from '../contacts/index.js';
import { findForm, listPublishedForms } from './store.js';
import { categoriesOf, categoryOf } from './categories.js';
import { feedbackOf, parseSubmission } from './submission.js';
import { SUBMISSION_BODY_LIMIT } from './schemas.js';

export interface Gemeente {
  id: string;
  slug: string;
  name: string;
}

/** 422: the JSON is fine, but it is not a valid answer to this form. */
export function formInvalid(errors: FieldError[]): Problem {
  return new Problem(
    422,
    'form-invalid',
    'Formulier niet goed ingevuld',
    'Een of meer antwoorden passen niet bij dit formulier.',
    errors,
  );
}

export async function publicFormList(tx: Tx, gemeente: Gemeente) {
  // A form whose category the beheerder switched off is not offered (the case could not be made).
  const active = new Set((await categoriesOf(tx, gemeente.id)).filter((c) => c.active).map((c) => c.code));
  const rows = (await listPublishedForms(tx, gemeente.id)).filter((r) => active.has(r.categoryCode));
  return {
    gemeente: { slug: gemeente.slug, name: gemeente.name },
    items: rows.map((r) => ({
      categoryCode: r.categoryCode,
      titleNl: r.titleNl,
      titleEn: r.titleEn,
      introNl: r.introNl,
    })),
  };
}

async function publishedForm(tx: Tx, tenantId: string, category: string) {
  const row = await findForm(tx, tenantId, category);
  if (!row || !row.published || !(await categoryOf(tx, tenantId, category))?.active)
    throw problems.notFound('Het formulier');
  return row;
}

export async function publicForm(tx: Tx, gemeente: Gemeente, category: string) {
  const row = await publishedForm(tx, gemeente.id, category);
  return {
    categoryCode: row.categoryCode,
    titleNl: row.titleNl,
    titleEn: row.titleEn,
    introNl: row.introNl,
    gemeente: { slug: gemeente.slug, name: gemeente.name },
    fields: row.fields,
    maxBodyBytes: SUBMISSION_BODY_LIMIT,
  };
}

export function followPathOf(slug: string, number: string, token: string): string {
  return `/melding/${encodeURIComponent(slug)}/${encodeURIComponent(number)}?token=${encodeURIComponent(token)}`;
}

export async function submitForm(
  tx: Tx,
  ctx: ActionContext,
  gemeente: Gemeente,
  category: string,
  answers: Record<string, unknown>,
) {
  const startedAt = new Date();
  const form = await publishedForm(tx, gemeente.id, category);
  const parsed = parseSubmission(form.fields, answers);
  if (!parsed.ok) throw formInvalid(parsed.errors);
  const v = parsed.values;
  const feedback = feedbackOf(v);
  const formData = { ...v.formData, ...feedback.extra };
  // No party is created for an e-form: the feedback address (if any) lives on the case only,
  // so a resident who gives nothing leaves nothing that identifies them.
  const { case: created, publicToken } = await createCase(tx, ctx, {
    categoryCode: form.categoryCode,
    title: form.titleNl,
    description: v.description,
    ...(v.locationText ? { locationText: v.locationText } : {}),
    ...(v.postcode ? { postcode: v.postcode } : {}),
    ...(v.houseNumber ? { houseNumber: v.houseNumber } : {}),
    sourceChannel: 'eform',
    ...(feedback.feedbackChannel
      ? { feedbackChannel: feedback.feedbackChannel, feedbackAddress: feedback.feedbackAddress }
      : {}),
    ...(Object.keys(formData).length ? { formData } : {}),
  });
  // The inbound contact carries no free text of its own: the resident's words are on the case.
  await registerContact(tx, ctx, {
    channel: 'eform',
    direction: 'in',
    summary: `E-formulier: ${form.titleNl} (${created.number})`,
    outcome: 'case_created',
    caseId: created.id,
    source: 'eform',
  });
  if (feedback.feedbackAddress) {
    await recordProcessing(tx, ctx, {
      activity: 'meldingen-e-formulier',
      action: 'create',
      subjectType: 'melder',
      subjectIds: [feedback.feedbackAddress],
      startedAt,
    });
  }
  return {
    caseId: created.id,
    caseNumber: created.number,
    token: publicToken,
    followPath: followPathOf(gemeente.slug, created.number, publicToken),
  };
}

export async function publicCase(tx: Tx, gemeente: Gemeente, number: string, token: string) {
  const view = await publicCaseView(tx, number, token);
  if (!view) throw problems.notFound('De melding');
  return {
    ...view,
    // statusTo and satisfactionGiven: the names the web app's follow page reads.
    events: view.events.map((e) => ({ ...e, statusTo: e.status })),
    satisfactionGiven: view.satisfaction.answered,
    gemeente: { slug: gemeente.slug, name: gemeente.name },
  };
}

export async function answerSatisfaction(
  tx: Tx,
  ctx: ActionContext,
  number: string,
  body: { token: string; score: number; comment?: string; reopen?: boolean },
) {
  const comment = body.comment?.trim();
  return submitSatisfaction(tx, ctx, number, body.token, {
    score: body.score,
    comment: comment ? comment : null,
    reopen: body.reopen ?? false,
  });
}
