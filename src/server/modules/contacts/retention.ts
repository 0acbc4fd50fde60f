// Retention and access export for what the contacts module holds: contacts and parties (with
// their identifiers and addresses), and the legal hold on a party. Registered by app.ts.
import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '../../platform/db/client.js';
import {
  after,
  among,
  nextAfter,
  notAmong,
  type AccessExportSource,
  type LegalHoldSetter,
  type RetentionContext,
  type RetentionCounts,
  type RetentionHelper,
  type RetentionSource,
} from '../../platform/privacy/index.js';
import { contacts, parties, partyAddresses, partyIdentifiers } from './tables.js';
import { markChangedContacts } from './changed-days.js';

const ANONYMISED_NAME = 'Geanonimiseerd';

const countOf = async (rows: Promise<{ n: number }[]>) => Number((await rows)[0]?.n ?? 0);

// Each call handles one batch of at most ctx.batchSize records, in its own transaction (the runner
// calls again with ctx.cursor while `next` is set); held records are counted in the first call.
export const contactRetention: RetentionSource = {
  recordType: 'contacts',
  async apply(tx: Tx, ctx: RetentionContext): Promise<RetentionCounts> {
    const past = and(
      eq(contacts.tenantId, ctx.tenantId),
      lt(contacts.occurredAt, ctx.cutoff),
      isNull(contacts.anonymisedAt),
    )!;
    // A party with a legal hold on the party itself is in holds.parties too (see the helper).
    const isHeld = or(among(contacts.partyId, ctx.holds.parties), among(contacts.caseId, ctx.holds.cases))!;
    const held =
      ctx.cursor === undefined
        ? await countOf(
            tx
              .select({ n: sql<number>`count(*)::int` })
              .from(contacts)
              .where(and(past, isHeld)),
          )
        : 0;
    const target = and(
      past,
      notAmong(contacts.partyId, ctx.holds.parties),
      notAmong(contacts.caseId, ctx.holds.cases),
      after(contacts.id, ctx.cursor),
    )!;
    const ids = (
      await tx
        .select({ id: contacts.id })
        .from(contacts)
        .where(target)
        .orderBy(asc(contacts.id))
        .limit(ctx.batchSize)
    ).map((r) => r.id);
    const next = nextAfter(ids, ctx.batchSize);
    if (ids.length === 0) return { deleted: 0, anonymised: 0, held };
    const these = and(eq(contacts.tenantId, ctx.tenantId), inArray(contacts.id, ids))!;
    // The dashboards' rollups count these contacts (and who they were from): their days must be
    // recounted, marked before the rows change so the marks see them as they were.
    await markChangedContacts(tx, ctx.tenantId, ids);
    if (ctx.action === 'delete') {
      const gone = await tx.delete(contacts).where(these).returning({ id: contacts.id });
      return { deleted: gone.length, anonymised: 0, held, next };
    }
    // Channel, direction, topic, outcome and times stay for the dashboards; who and what go.
    const done = await tx
      .update(contacts)
      .set({ summary: '', partyId: null, anonymisedAt: ctx.now, updatedAt: ctx.now })
      .where(these)
      .returning({ id: contacts.id });
    return { deleted: 0, anonymised: done.length, held, next };
  },
};

export const partyRetention: RetentionSource = {
  recordType: 'parties',
  async apply(tx: Tx, ctx: RetentionContext): Promise<RetentionCounts> {
    // Not changed within the term, and no contact within the term.
    const quiet = and(
      eq(parties.tenantId, ctx.tenantId),
      isNull(parties.anonymisedAt),
      lt(parties.updatedAt, ctx.cutoff),
      sql`not exists (select 1 from ${contacts} c where c.tenant_id = ${parties.tenantId} and c.party_id = ${parties.id} and c.occurred_at >= ${ctx.cutoff})`,
      after(parties.id, ctx.cursor),
    )!;
    // One slice of candidates per call; held and still active ones stay candidates, so the cursor
    // (not their disappearance) moves the run on. Held parties are counted per slice.
    const slice = await tx
      .select({ id: parties.id, legalHold: parties.legalHold })
      .from(parties)
      .where(quiet)
      .orderBy(asc(parties.id))
      .limit(ctx.batchSize);
    const next = nextAfter(
      slice.map((p) => p.id),
      ctx.batchSize,
    );
    const counts: RetentionCounts = { deleted: 0, anonymised: 0, held: 0, next };
    const active = await ctx.activeParties(
      slice.map((p) => p.id),
      ctx.cutoff,
    );
    const ids: string[] = [];
    for (const p of slice) {
      if (active.has(p.id)) continue; // Still in use: not past the term at all.
      if (p.legalHold || ctx.holds.parties.has(p.id)) counts.held++;
      else ids.push(p.id);
    }
    if (ids.length === 0) return counts;
    const key = (col: PgColumn) => inArray(col, ids);
    await tx
      .delete(partyIdentifiers)
      .where(and(eq(partyIdentifiers.tenantId, ctx.tenantId), key(partyIdentifiers.partyId)));
    await tx
      .delete(partyAddresses)
      .where(and(eq(partyAddresses.tenantId, ctx.tenantId), key(partyAddresses.partyId)));
    if (ctx.action === 'delete') {
      // Their old contacts stay (anonymised by their own term) but no longer point anywhere;
      // repeat-contact figures change with that, so their days are recounted.
      const orphaned = await tx
        .select({ id: contacts.id })
        .from(contacts)
        .where(and(eq(contacts.tenantId, ctx.tenantId), key(contacts.partyId)));
      await markChangedContacts(
        tx,
        ctx.tenantId,
        orphaned.map((c) => c.id),
      );
      await tx
        .update(contacts)
        .set({ partyId: null, updatedAt: ctx.now })
        .where(and(eq(contacts.tenantId, ctx.tenantId), key(contacts.partyId)));
      await tx.delete(parties).where(and(eq(parties.tenantId, ctx.tenantId), key(parties.id)));
      counts.deleted += ids.length;
    } else {
      // The row and its pseudonym stay, so that pseudonymised analytics keep counting one person.
      await tx
        .update(parties)
        .set({
          displayName: ANONYMISED_NAME,
          givenName: null,
          familyName: null,
          organisationName: null,
          postcode: null,
          houseNumber: null,
          houseNumberSuffix: null,
          street: null,
          city: null,
          preferredChannel: null,
          anonymisedAt: ctx.now,
          updatedAt: ctx.now,
        })
        .where(and(eq(parties.tenantId, ctx.tenantId), key(parties.id)));
      counts.anonymised += ids.length;
    }
    return counts;
  },
};

export const contactsRetentionHelper: RetentionHelper = {
  async holds(tx, tenantId) {
    const rows = await tx
      .select({ id: parties.id })
      .from(parties)
      .where(and(eq(parties.tenantId, tenantId), eq(parties.legalHold, true)));
    return { parties: rows.map((r) => r.id) };
  },
  async activeParties(tx, tenantId, partyIds, since) {
    const rows = await tx
      .selectDistinct({ id: contacts.partyId })
      .from(contacts)
      .where(
        and(
          eq(contacts.tenantId, tenantId),
          inArray(contacts.partyId, partyIds),
          gte(contacts.occurredAt, since),
        ),
      );
    return rows.flatMap((r) => (r.id ? [r.id] : []));
  },
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The party itself, with its identifiers (in full: it is the resident's own data) and addresses. */
export const partyExport: AccessExportSource = {
  name: 'party',
  identifiesSubject: true,
  async collect(tx, scope) {
    const [p] = await tx
      .select()
      .from(parties)
      .where(and(eq(parties.tenantId, scope.tenantId), eq(parties.id, scope.partyId)));
    if (!p) return null;
    const identifiers = await tx
      .select({
        type: partyIdentifiers.type,
        value: partyIdentifiers.value,
        createdAt: partyIdentifiers.createdAt,
      })
      .from(partyIdentifiers)
      .where(and(eq(partyIdentifiers.tenantId, scope.tenantId), eq(partyIdentifiers.partyId, p.id)));
    const addresses = await tx
      .select({
        kind: partyAddresses.kind,
        value: partyAddresses.value,
        label: partyAddresses.label,
        createdAt: partyAddresses.createdAt,
      })
      .from(partyAddresses)
      .where(and(eq(partyAddresses.tenantId, scope.tenantId), eq(partyAddresses.partyId, p.id)))
      .orderBy(asc(partyAddresses.createdAt));
    for (const a of addresses) scope.addresses.add(a.value.toLowerCase());
    // The search keys are copies of the names, derived by the database.
    const { tenantId, displayNameKey, familyNameKey, ...rest } = p;
    void [tenantId, displayNameKey, familyNameKey];
    return {
      ...rest,
      createdAt: iso(p.createdAt),
      updatedAt: iso(p.updatedAt),
      anonymisedAt: iso(p.anonymisedAt),
      identifiers: identifiers.map((i) => ({ ...i, createdAt: iso(i.createdAt) })),
      addresses: addresses.map((a) => ({ ...a, createdAt: iso(a.createdAt) })),
    };
  },
};

export const contactsExport: AccessExportSource = {
  name: 'contacts',
  async collect(tx, scope) {
    const rows = await tx
      .select()
      .from(contacts)
      .where(and(eq(contacts.tenantId, scope.tenantId), eq(contacts.partyId, scope.partyId)))
      .orderBy(asc(contacts.occurredAt));
    // Case ids come from the cases source only (the resident's own cases): a contact may mention a
    // case of someone else, whose messages must not land in this export.
    return rows.map(({ tenantId, ...c }) => {
      void tenantId;
      return {
        ...c,
        occurredAt: iso(c.occurredAt),
        createdAt: iso(c.createdAt),
        updatedAt: iso(c.updatedAt),
        anonymisedAt: iso(c.anonymisedAt),
      };
    });
  },
};

export const setPartyLegalHold: LegalHoldSetter = async (tx, tenantId, partyId, legalHold, expected) => {
  const match = and(eq(parties.tenantId, tenantId), eq(parties.id, partyId))!;
  const [row] = await tx
    .update(parties)
    // updatedAt stays: it is the party's last activity for retention, and a hold is not activity.
    .set({ legalHold, version: sql`${parties.version} + 1` })
    .where(and(match, eq(parties.version, expected)))
    .returning({ legalHold: parties.legalHold, version: parties.version });
  if (row) return row;
  const [exists] = await tx.select({ id: parties.id }).from(parties).where(match);
  return exists ? 'stale' : undefined;
};

export const contactsRetentionSources = [contactRetention, partyRetention];
export const contactsExportSources = [partyExport, contactsExport];
