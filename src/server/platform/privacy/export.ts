// Data-subject access export (inzageverzoek, AVG art. 15): everything one gemeente holds about one
// resident, gathered by the modules' sources, and nothing about anyone else.
import type { Tx } from '../db/client.js';
import { recordAudit, recordProcessing, type ActionContext } from '../audit/service.js';
import { problems } from '../http/problem.js';
import type { PrivacyRegistry } from './registry.js';
import type { ExportScope } from './types.js';

export interface AccessExport {
  generatedAt: string;
  gemeente: string;
  partyId: string;
  notice: string;
  parts: Record<string, unknown>;
}

export async function accessExport(
  tx: Tx,
  ctx: ActionContext,
  registry: PrivacyRegistry,
  partyId: string,
  tenantName: string,
): Promise<AccessExport> {
  const startedAt = new Date();
  const scope: ExportScope = { tenantId: ctx.tenantId, partyId, addresses: new Set(), caseIds: new Set() };
  const parts: Record<string, unknown> = {};
  for (const source of registry.exports) {
    const part = await source.collect(tx, scope);
    if (source.identifiesSubject && (part === null || part === undefined))
      throw problems.notFound('De partij');
    parts[source.name] = part;
  }
  if (!registry.exports.some((s) => s.identifiesSubject)) throw problems.notFound('De partij');
  await recordAudit(tx, ctx, { action: 'privacy.access-export', objectType: 'party', objectId: partyId });
  await recordProcessing(tx, ctx, {
    activity: 'inzageverzoek',
    action: 'read',
    subjectType: 'party',
    subjectIds: [partyId],
    startedAt,
  });
  return {
    generatedAt: new Date().toISOString(),
    gemeente: tenantName,
    partyId,
    notice:
      'Alle gegevens die deze gemeente in Buitenbinnen over deze persoon of organisatie heeft (inzageverzoek, AVG artikel 15).',
    parts,
  };
}
