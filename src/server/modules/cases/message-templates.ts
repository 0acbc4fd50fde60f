// Message templates per event and channel: the beheerder reads and replaces them.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { messageTemplates } from './tables.js';
import { unknownPlaceholders } from './templates.js';
import { PLACEHOLDERS } from './model.js';
import type { MessageTemplate, TemplateInput } from './schemas-config.js';

type Row = typeof messageTemplates.$inferSelect;

const view = (r: Row): MessageTemplate => ({
  event: r.event,
  channel: r.channel,
  subject: r.subject,
  body: r.body,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

export async function listTemplates(tx: Tx, tenantId: string): Promise<MessageTemplate[]> {
  const rows = await tx
    .select()
    .from(messageTemplates)
    .where(eq(messageTemplates.tenantId, tenantId))
    .orderBy(asc(messageTemplates.event), asc(messageTemplates.channel));
  return rows.map(view);
}

export async function findTemplate(
  tx: Tx,
  tenantId: string,
  event: string,
  channel: string,
): Promise<Row | undefined> {
  const [row] = await tx
    .select()
    .from(messageTemplates)
    .where(
      and(
        eq(messageTemplates.tenantId, tenantId),
        eq(messageTemplates.event, event),
        eq(messageTemplates.channel, channel),
      ),
    );
  return row;
}

/** Creates or replaces; replacing needs the version the beheerder saw (If-Match). */
export async function putTemplate(
  tx: Tx,
  ctx: ActionContext,
  event: string,
  channel: string,
  expected: number | null,
  input: TemplateInput,
): Promise<{ template: MessageTemplate; created: boolean }> {
  const errors = [
    ...unknownPlaceholders(input.body).map((p) => ({
      pointer: '/body',
      detail: `onbekende plaatshouder {{${p}}}`,
    })),
    ...unknownPlaceholders(input.subject ?? '').map((p) => ({
      pointer: '/subject',
      detail: `onbekende plaatshouder {{${p}}}`,
    })),
  ];
  if (errors.length)
    throw problems.validation(
      errors,
      `Gebruik alleen deze plaatshouders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
    );
  if (channel === 'email' && !input.subject?.trim())
    throw problems.validation([{ pointer: '/subject', detail: 'een e-mail heeft een onderwerp nodig' }]);
  const existing = await findTemplate(tx, ctx.tenantId, event, channel);
  let row: Row;
  if (!existing) {
    [row] = (await tx
      .insert(messageTemplates)
      .values({ tenantId: ctx.tenantId, event, channel, subject: input.subject ?? null, body: input.body })
      .returning()) as [Row];
  } else {
    if (expected === null) throw problems.preconditionRequired();
    const [updated] = await tx
      .update(messageTemplates)
      .set({
        subject: input.subject ?? null,
        body: input.body,
        version: sql`${messageTemplates.version} + 1`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(messageTemplates.tenantId, ctx.tenantId),
          eq(messageTemplates.event, event),
          eq(messageTemplates.channel, channel),
          eq(messageTemplates.version, expected),
        ),
      )
      .returning();
    if (!updated) throw problems.preconditionFailed();
    row = updated;
  }
  await recordAudit(tx, ctx, {
    action: 'message-template.put',
    objectType: 'message-template',
    objectId: `${event}/${channel}`,
  });
  return { template: view(row), created: !existing };
}
