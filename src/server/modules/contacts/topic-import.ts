// Topic tree from CSV (code;parent_code;name_nl;name_en;phase;avoidable): all-or-nothing. A code
// that exists is updated, a new one added; every parent must be in the file or already known,
// and the tree that results must have no cycles.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { contactTopics } from './tables.js';
import { findCycle } from './topics.js';
import { IssueList, readCsv } from './csv.js';
import { TOPIC_CODE } from './schemas.js';

export const MAX_TOPIC_ROWS = 5_000;
const CODE = new RegExp(TOPIC_CODE);
const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1']);
const NO = new Set(['nee', 'n', 'no', 'false', '0', '']);

interface TopicRowInput {
  line: number;
  code: string;
  parentCode: string | null;
  nameNl: string;
  nameEn: string | null;
  phase: number | null;
  avoidable: boolean;
}

export function parseTopicCsv(text: string, known: Map<string, string | null>): TopicRowInput[] {
  const rows = readCsv(
    text,
    { required: ['code', 'parent_code', 'name_nl'], optional: ['name_en', 'phase', 'avoidable'] },
    MAX_TOPIC_ROWS,
  );
  const issues = new IssueList();
  const out: TopicRowInput[] = [];
  const lineOf = new Map<string, number>();
  for (const row of rows) {
    const { line } = row;
    const code = row.get('code');
    const parentCode = row.get('parent_code') || null;
    const nameNl = row.get('name_nl');
    const nameEn = row.get('name_en') || null;
    const phaseText = row.get('phase');
    const avoidableText = row.get('avoidable').toLowerCase();
    if (!CODE.test(code))
      issues.add(line, 'code', `'${code}' is geen geldige code (kleine letters, cijfers, . _ -; max. 64)`);
    else if (lineOf.has(code))
      issues.add(line, 'code', `code '${code}' staat al op regel ${lineOf.get(code)}`);
    else lineOf.set(code, line);
    if (parentCode === code)
      issues.add(line, 'parent_code', 'een onderwerp kan niet zijn eigen bovenliggende onderwerp zijn');
    if (!nameNl) issues.add(line, 'name_nl', 'naam is leeg');
    else if (nameNl.length > 200) issues.add(line, 'name_nl', 'naam is langer dan 200 tekens');
    if (nameEn && nameEn.length > 200) issues.add(line, 'name_en', 'naam is langer dan 200 tekens');
    let phase: number | null = null;
    if (phaseText !== '') {
      if (!/^[1-5]$/.test(phaseText))
        issues.add(line, 'phase', `fase '${phaseText}' is geen getal van 1 tot en met 5`);
      else phase = Number(phaseText);
    }
    if (!YES.has(avoidableText) && !NO.has(avoidableText))
      issues.add(line, 'avoidable', `'${avoidableText}' is geen ja of nee`);
    out.push({ line, code, parentCode, nameNl, nameEn, phase, avoidable: YES.has(avoidableText) });
  }
  for (const r of out) {
    if (r.parentCode && r.parentCode !== r.code && !lineOf.has(r.parentCode) && !known.has(r.parentCode))
      issues.add(
        r.line,
        'parent_code',
        `bovenliggend onderwerp '${r.parentCode}' staat niet in het bestand en bestaat nog niet`,
      );
  }
  issues.throwIfAny();
  const merged = new Map(known);
  for (const r of out) merged.set(r.code, r.parentCode);
  const cycle = findCycle(merged);
  if (cycle) {
    const at = cycle.map((c) => lineOf.get(c)).find((l) => l !== undefined) ?? 2;
    issues.add(at, 'parent_code', `de boom bevat een kring: ${cycle.join(' → ')}`);
  }
  issues.throwIfAny();
  return out;
}

export async function importTopics(tx: Tx, ctx: ActionContext, text: string) {
  const existing = await tx
    .select({ code: contactTopics.code, parentCode: contactTopics.parentCode })
    .from(contactTopics)
    .where(eq(contactTopics.tenantId, ctx.tenantId));
  const known = new Map(existing.map((r) => [r.code, r.parentCode]));
  const rows = parseTopicCsv(text, known);
  for (let i = 0; i < rows.length; i += 500) {
    await tx
      .insert(contactTopics)
      .values(
        rows.slice(i, i + 500).map((r, j) => ({
          tenantId: ctx.tenantId,
          code: r.code,
          parentCode: r.parentCode,
          nameNl: r.nameNl,
          nameEn: r.nameEn,
          phase: r.phase,
          avoidable: r.avoidable,
          sort: (i + j + 1) * 10,
        })),
      )
      .onConflictDoUpdate({
        target: [contactTopics.tenantId, contactTopics.code],
        set: {
          parentCode: sql`excluded.parent_code`,
          nameNl: sql`excluded.name_nl`,
          nameEn: sql`excluded.name_en`,
          phase: sql`excluded.phase`,
          avoidable: sql`excluded.avoidable`,
          version: sql`${contactTopics.version} + 1`,
          updatedAt: new Date(),
        },
      });
  }
  const created = rows.filter((r) => !known.has(r.code)).length;
  await recordAudit(tx, ctx, {
    action: 'contact-topic.import',
    objectType: 'contact-topic',
    objectId: `${rows.length}`,
  });
  return { created, updated: rows.length - created };
}
