// Legal hold (bewaarplicht) on one case: while it is set, the retention job neither deletes nor
// anonymises the case, its events, KTO answers, messages, tasks and contacts, nor its resident
// (see retention.ts). Setting and lifting each need a reason; the reason is kept as the note of a
// case event, so the case's own timeline shows who held it, when and why, and the access export
// and anonymisation treat it like any other handler's note.
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { Problem, problems } from '../../platform/http/problem.js';
import { cases } from './tables.js';
import { appendEvent, findCaseRow } from './case-store.js';
import { ACTIVITY } from './status-machine.js';
import { unprocessable } from './problems.js';
import type { LegalHoldChange } from './schemas.js';

export interface LegalHoldResult {
  caseId: string;
  legalHold: boolean;
  version: number;
}

export async function setCaseLegalHold(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
  change: LegalHoldChange,
): Promise<LegalHoldResult> {
  const reason = change.reason.trim();
  if (!reason)
    throw unprocessable(
      '/reason',
      change.legalHold
        ? 'geef een reden op voor de bewaarplicht'
        : 'geef een reden op voor het opheffen van de bewaarplicht',
      'legal-hold-reason-required',
      'Reden verplicht',
    );
  const before = await findCaseRow(tx, ctx.tenantId, id);
  if (!before) throw problems.notFound('De zaak');
  if (before.version !== expected) throw problems.preconditionFailed();
  if (before.legalHold === change.legalHold)
    throw new Problem(
      409,
      'legal-hold-unchanged',
      'Bewaarplicht ongewijzigd',
      change.legalHold
        ? 'Op deze zaak rust al een bewaarplicht.'
        : 'Op deze zaak rust geen bewaarplicht om op te heffen.',
    );
  // updatedAt stays: it counts as the resident's last activity for retention, and a hold is not.
  const [row] = await tx
    .update(cases)
    .set({ legalHold: change.legalHold, version: sql`${cases.version} + 1` })
    .where(and(eq(cases.tenantId, ctx.tenantId), eq(cases.id, id), eq(cases.version, expected)))
    .returning({ legalHold: cases.legalHold, version: cases.version, teamId: cases.teamId });
  if (!row) throw problems.preconditionFailed();
  await appendEvent(tx, ctx.tenantId, id, {
    activity: change.legalHold ? ACTIVITY.legalHoldSet : ACTIVITY.legalHoldLifted,
    teamId: row.teamId,
    channel: null,
    actorId: ctx.actor?.id ?? null,
    note: `Reden: ${reason}`,
  });
  await recordAudit(tx, ctx, {
    action: change.legalHold ? 'privacy.legal-hold.set' : 'privacy.legal-hold.lift',
    objectType: 'case',
    objectId: id,
  });
  return { caseId: id, legalHold: row.legalHold, version: row.version };
}
