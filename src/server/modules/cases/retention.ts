// Retention and access export for what the cases module holds: cases, tasks, KTO answers, and the
// outgoing messages about them. Registered by the composition root (app.ts) with the privacy kernel.
import { and, asc, eq, inArray, isNotNull, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '../../platform/db/client.js';
import { outboxMessages } from '../../platform/jobs/tables.js';
import {
  after,
  among,
  nextAfter,
  notAmong,
  type AccessExportSource,
  type RetentionContext,
  type RetentionCounts,
  type RetentionHelper,
  type RetentionSource,
} from '../../platform/privacy/index.js';
import { caseEvents, cases, satisfactionResponses, tasks } from './tables.js';

const ANONYMISED_TITLE = 'Geanonimiseerd';

const countOf = async (rows: Promise<{ n: number }[]>) => Number((await rows)[0]?.n ?? 0);
const N = sql<number>`count(*)::int`;

// Each call handles one batch of at most ctx.batchSize records, in its own transaction (the runner
// calls again with ctx.cursor while `next` is set); held records are counted in the first call.

export const caseRetention: RetentionSource = {
  recordType: 'cases',
  async apply(tx: Tx, ctx: RetentionContext): Promise<RetentionCounts> {
    // The term starts at closure; a case that is not closed is never past it.
    const past = and(
      eq(cases.tenantId, ctx.tenantId),
      eq(cases.status, 'gesloten'),
      isNotNull(cases.closedAt),
      lt(cases.closedAt, ctx.cutoff),
      isNull(cases.anonymisedAt),
    )!;
    const isHeld = or(
      eq(cases.legalHold, true),
      among(cases.id, ctx.holds.cases),
      among(cases.partyId, ctx.holds.parties),
    )!;
    const held =
      ctx.cursor === undefined ? await countOf(tx.select({ n: N }).from(cases).where(and(past, isHeld))) : 0;
    const target = and(
      past,
      eq(cases.legalHold, false),
      notAmong(cases.id, ctx.holds.cases),
      notAmong(cases.partyId, ctx.holds.parties),
      after(cases.id, ctx.cursor),
    )!;
    const ids = (
      await tx.select({ id: cases.id }).from(cases).where(target).orderBy(asc(cases.id)).limit(ctx.batchSize)
    ).map((r) => r.id);
    const next = nextAfter(ids, ctx.batchSize);
    if (ids.length === 0) return { deleted: 0, anonymised: 0, held };
    const inIds = (col: PgColumn) => inArray(col, ids);
    if (ctx.action === 'delete') {
      await tx.delete(caseEvents).where(and(eq(caseEvents.tenantId, ctx.tenantId), inIds(caseEvents.caseId)));
      await tx
        .delete(satisfactionResponses)
        .where(and(eq(satisfactionResponses.tenantId, ctx.tenantId), inIds(satisfactionResponses.caseId)));
      await tx.delete(cases).where(and(eq(cases.tenantId, ctx.tenantId), inIds(cases.id)));
      return { deleted: ids.length, anonymised: 0, held, next };
    }
    // Anonymise: what identifies or describes the resident goes; category, team, dates, status and
    // the event log stay for reports and process mining.
    await tx
      .update(cases)
      .set({
        title: ANONYMISED_TITLE,
        description: '',
        holdReason: null,
        partyId: null,
        postcode: null,
        houseNumber: null,
        locationText: null,
        formData: null,
        feedbackChannel: null,
        feedbackAddress: null,
        publicTokenHash: null,
        anonymisedAt: ctx.now,
        updatedAt: ctx.now,
      })
      .where(and(eq(cases.tenantId, ctx.tenantId), inIds(cases.id)));
    // A handler's note (a status change, a legal hold's reason) is free text and may name the resident.
    await tx
      .update(caseEvents)
      .set({ note: null })
      .where(
        and(eq(caseEvents.tenantId, ctx.tenantId), inIds(caseEvents.caseId), isNotNull(caseEvents.note)),
      );
    return { deleted: 0, anonymised: ids.length, held, next };
  },
};

export const taskRetention: RetentionSource = {
  recordType: 'tasks',
  async apply(tx: Tx, ctx: RetentionContext): Promise<RetentionCounts> {
    const past = and(
      eq(tasks.tenantId, ctx.tenantId),
      inArray(tasks.status, ['done', 'cancelled']),
      lt(sql`coalesce(${tasks.completedAt}, ${tasks.updatedAt})`, ctx.cutoff),
      isNull(tasks.anonymisedAt),
    )!;
    const isHeld = or(among(tasks.partyId, ctx.holds.parties), among(tasks.caseId, ctx.holds.cases))!;
    const held =
      ctx.cursor === undefined ? await countOf(tx.select({ n: N }).from(tasks).where(and(past, isHeld))) : 0;
    const target = and(
      past,
      notAmong(tasks.partyId, ctx.holds.parties),
      notAmong(tasks.caseId, ctx.holds.cases),
      after(tasks.id, ctx.cursor),
    )!;
    const ids = (
      await tx.select({ id: tasks.id }).from(tasks).where(target).orderBy(asc(tasks.id)).limit(ctx.batchSize)
    ).map((r) => r.id);
    const next = nextAfter(ids, ctx.batchSize);
    if (ids.length === 0) return { deleted: 0, anonymised: 0, held };
    const these = and(eq(tasks.tenantId, ctx.tenantId), inArray(tasks.id, ids))!;
    if (ctx.action === 'delete') {
      const gone = await tx.delete(tasks).where(these).returning({ id: tasks.id });
      return { deleted: gone.length, anonymised: 0, held, next };
    }
    const done = await tx
      .update(tasks)
      .set({
        description: '',
        callbackPhone: null,
        result: null,
        partyId: null,
        anonymisedAt: ctx.now,
        updatedAt: ctx.now,
      })
      .where(these)
      .returning({ id: tasks.id });
    return { deleted: 0, anonymised: done.length, held, next };
  },
};

export const satisfactionRetention: RetentionSource = {
  recordType: 'satisfaction_responses',
  async apply(tx: Tx, ctx: RetentionContext): Promise<RetentionCounts> {
    // The cases of a held party are in holds.cases too (see casesRetentionHelper.holds).
    const heldCaseIds = ctx.holds.cases;
    const r = satisfactionResponses;
    const old = and(eq(r.tenantId, ctx.tenantId), lt(r.createdAt, ctx.cutoff))!;
    // Anonymising clears the comment; an answer without one has nothing left to anonymise.
    const past = ctx.action === 'delete' ? old : and(old, isNotNull(r.comment))!;
    const held =
      ctx.cursor === undefined
        ? await countOf(
            tx
              .select({ n: N })
              .from(r)
              .where(and(past, among(r.caseId, heldCaseIds))),
          )
        : 0;
    const target = and(past, notAmong(r.caseId, heldCaseIds), after(r.id, ctx.cursor))!;
    const ids = (
      await tx.select({ id: r.id }).from(r).where(target).orderBy(asc(r.id)).limit(ctx.batchSize)
    ).map((x) => x.id);
    const next = nextAfter(ids, ctx.batchSize);
    if (ids.length === 0) return { deleted: 0, anonymised: 0, held };
    const these = and(eq(r.tenantId, ctx.tenantId), inArray(r.id, ids))!;
    if (ctx.action === 'delete') {
      const gone = await tx.delete(r).where(these).returning({ id: r.id });
      return { deleted: gone.length, anonymised: 0, held, next };
    }
    const done = await tx.update(r).set({ comment: null }).where(these).returning({ id: r.id });
    return { deleted: 0, anonymised: done.length, held, next };
  },
};

/** Delivered (or given-up) messages: they hold names, addresses and case details. */
export const outboxRetention: RetentionSource = {
  recordType: 'outbox_messages',
  async apply(tx: Tx, ctx: RetentionContext): Promise<RetentionCounts> {
    const m = outboxMessages;
    const old = and(
      eq(m.tenantId, ctx.tenantId),
      inArray(m.status, ['sent', 'dead']),
      lt(sql`coalesce(${m.sentAt}, ${m.updatedAt})`, ctx.cutoff),
    )!;
    const past = ctx.action === 'delete' ? old : and(old, ne(m.body, ''))!;
    const heldRef = and(eq(m.referenceType, 'case'), among(m.referenceId, ctx.holds.cases))!;
    const held =
      ctx.cursor === undefined ? await countOf(tx.select({ n: N }).from(m).where(and(past, heldRef))) : 0;
    const target = and(
      past,
      or(isNull(m.referenceType), ne(m.referenceType, 'case'), notAmong(m.referenceId, ctx.holds.cases)),
      after(m.id, ctx.cursor),
    )!;
    const ids = (
      await tx.select({ id: m.id }).from(m).where(target).orderBy(asc(m.id)).limit(ctx.batchSize)
    ).map((x) => x.id);
    const next = nextAfter(ids, ctx.batchSize);
    if (ids.length === 0) return { deleted: 0, anonymised: 0, held };
    const these = and(eq(m.tenantId, ctx.tenantId), inArray(m.id, ids))!;
    if (ctx.action === 'delete') {
      const gone = await tx.delete(m).where(these).returning({ id: m.id });
      return { deleted: gone.length, anonymised: 0, held, next };
    }
    const done = await tx
      .update(m)
      .set({ recipient: '[verwijderd]', subject: null, body: '', updatedAt: ctx.now })
      .where(these)
      .returning({ id: m.id });
    return { deleted: 0, anonymised: done.length, held, next };
  },
};

export const casesRetentionHelper: RetentionHelper = {
  // A case under a legal hold also holds its resident (conservative: the party and its records
  // stay complete as long as the case may be needed).
  async holds(tx, tenantId, found) {
    const onHold = await tx
      .select({ partyId: cases.partyId })
      .from(cases)
      .where(and(eq(cases.tenantId, tenantId), eq(cases.legalHold, true)));
    const parties = new Set([...found.parties, ...onHold.flatMap((r) => (r.partyId ? [r.partyId] : []))]);
    // A held party holds all of its cases, so their KTO answers and messages stay too.
    const held = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.tenantId, tenantId), or(eq(cases.legalHold, true), among(cases.partyId, parties))));
    return { cases: held.map((r) => r.id), parties: [...parties] };
  },
  async activeParties(tx, tenantId, partyIds, since) {
    const c = await tx
      .selectDistinct({ id: cases.partyId })
      .from(cases)
      .where(
        and(
          eq(cases.tenantId, tenantId),
          inArray(cases.partyId, partyIds),
          or(ne(cases.status, 'gesloten'), sql`${cases.updatedAt} >= ${since}`),
        ),
      );
    const t = await tx
      .selectDistinct({ id: tasks.partyId })
      .from(tasks)
      .where(
        and(
          eq(tasks.tenantId, tenantId),
          inArray(tasks.partyId, partyIds),
          or(eq(tasks.status, 'open'), sql`${tasks.updatedAt} >= ${since}`),
        ),
      );
    return [...c, ...t].flatMap((r) => (r.id ? [r.id] : []));
  },
};

function iso(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}

export const casesExport: AccessExportSource = {
  name: 'cases',
  async collect(tx, scope) {
    const rows = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.tenantId, scope.tenantId), eq(cases.partyId, scope.partyId)))
      .orderBy(asc(cases.createdAt));
    const ids = rows.map((r) => r.id);
    for (const r of rows) {
      scope.caseIds.add(r.id);
      if (r.feedbackAddress) scope.addresses.add(r.feedbackAddress.toLowerCase());
    }
    const events = ids.length
      ? await tx
          .select()
          .from(caseEvents)
          .where(and(eq(caseEvents.tenantId, scope.tenantId), inArray(caseEvents.caseId, ids)))
          .orderBy(asc(caseEvents.caseId), asc(caseEvents.seq))
      : [];
    const kto = ids.length
      ? await tx
          .select()
          .from(satisfactionResponses)
          .where(
            and(
              eq(satisfactionResponses.tenantId, scope.tenantId),
              inArray(satisfactionResponses.caseId, ids),
            ),
          )
      : [];
    return rows.map((r) => {
      const { publicTokenHash, tenantId, ...rest } = r;
      void publicTokenHash;
      void tenantId;
      return {
        ...rest,
        createdAt: iso(r.createdAt),
        updatedAt: iso(r.updatedAt),
        closedAt: iso(r.closedAt),
        anonymisedAt: iso(r.anonymisedAt),
        events: events
          .filter((e) => e.caseId === r.id)
          .map((e) => ({
            seq: e.seq,
            activity: e.activity,
            occurredAt: iso(e.occurredAt),
            statusFrom: e.statusFrom,
            statusTo: e.statusTo,
            channel: e.channel,
            note: e.note,
          })),
        satisfaction: kto
          .filter((k) => k.caseId === r.id)
          .map((k) => ({
            score: k.score,
            comment: k.comment,
            reopened: k.reopened,
            createdAt: iso(k.createdAt),
          })),
      };
    });
  },
};

export const tasksExport: AccessExportSource = {
  name: 'tasks',
  async collect(tx, scope) {
    const mine = or(eq(tasks.partyId, scope.partyId), among(tasks.caseId, scope.caseIds))!;
    const rows = await tx
      .select()
      .from(tasks)
      .where(and(eq(tasks.tenantId, scope.tenantId), mine))
      .orderBy(asc(tasks.createdAt));
    return rows.map(({ tenantId, ...r }) => {
      void tenantId;
      return {
        ...r,
        dueAt: iso(r.dueAt),
        completedAt: iso(r.completedAt),
        createdAt: iso(r.createdAt),
        updatedAt: iso(r.updatedAt),
        anonymisedAt: iso(r.anonymisedAt),
      };
    });
  },
};

/** Messages sent to the resident's addresses, or about their cases. Runs after contacts and cases. */
export const messagesExport: AccessExportSource = {
  name: 'messages',
  async collect(tx, scope) {
    const conds: SQL[] = [];
    if (scope.addresses.size)
      conds.push(inArray(sql`lower(${outboxMessages.recipient})`, [...scope.addresses]));
    if (scope.caseIds.size)
      conds.push(
        and(
          eq(outboxMessages.referenceType, 'case'),
          inArray(outboxMessages.referenceId, [...scope.caseIds]),
        )!,
      );
    if (conds.length === 0) return [];
    const rows = await tx
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.tenantId, scope.tenantId), or(...conds)))
      .orderBy(asc(outboxMessages.createdAt));
    return rows.map((m) => ({
      id: m.id,
      channel: m.channel,
      recipient: m.recipient,
      subject: m.subject,
      body: m.body,
      status: m.status,
      sentAt: iso(m.sentAt),
      createdAt: iso(m.createdAt),
      reference: m.referenceType ? { type: m.referenceType, id: m.referenceId } : null,
    }));
  },
};

export const casesRetentionSources = [caseRetention, taskRetention, satisfactionRetention, outboxRetention];
export const casesExportSources = [casesExport, tasksExport, messagesExport];
