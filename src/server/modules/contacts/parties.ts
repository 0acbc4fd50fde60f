// Writing parties: validation of identifiers and contact details, BSN/KvK stored once (unique per
// gemeente), the pseudonym, and the audit and processing-log records of every read and write.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { uniqueViolation } from '../../platform/db/errors.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { recordAudit, recordProcessing, type ActionContext } from '../../platform/audit/service.js';
import { Problem, problems, type FieldError } from '../../platform/http/problem.js';
import {
  normaliseBsn,
  normaliseEmail,
  normaliseKvk,
  normalisePhone,
  normalisePostcode,
} from '../../../shared/identifiers.js';
import { parties, partyAddresses, partyIdentifiers } from './tables.js';
import {
  loadDetails,
  partyPseudonym,
  partyRow,
  partyView,
  PARTY_ACTIVITY,
  PARTY_SUBJECT,
  searchParties,
} from './party-store.js';
import type { NewPartyInput, PartyPatchInput, PartySearch, PartyView, PreferredChannel } from './schemas.js';

type Kind = 'person' | 'organisation';
interface Normalised {
  values: Record<string, unknown>;
  bsn?: string | null;
  kvk?: string | null;
  emails?: string[];
  phones?: string[];
}

/** Checks and normalises the fields present in input; every problem is reported at once. */
function normalise(input: PartyPatchInput): { n: Normalised; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const n: Normalised = { values: {} };
  const text = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : v.trim());
  for (const f of [
    'givenName',
    'familyName',
    'organisationName',
    'houseNumberSuffix',
    'street',
    'city',
  ] as const) {
    const v = text(input[f]);
    if (v !== undefined) n.values[f] = v === '' ? null : v;
  }
  if (input.houseNumber !== undefined) n.values.houseNumber = input.houseNumber;
  if (input.preferredChannel !== undefined) n.values.preferredChannel = input.preferredChannel;
  if (input.language !== undefined) n.values.language = input.language;
  if (input.postcode !== undefined) {
    if (input.postcode === null || input.postcode.trim() === '') n.values.postcode = null;
    else {
      const pc = normalisePostcode(input.postcode);
      if (pc) n.values.postcode = pc;
      else
        errors.push({
          pointer: '/postcode',
          detail: `'${input.postcode}' is geen Nederlandse postcode (1234 AB)`,
        });
    }
  }
  if (input.bsn !== undefined) {
    if (input.bsn === null) n.bsn = null;
    else {
      n.bsn = normaliseBsn(input.bsn) ?? null;
      if (!n.bsn)
        errors.push({ pointer: '/bsn', detail: 'is geen geldig BSN: 9 cijfers die voldoen aan de elfproef' });
    }
  }
  if (input.kvk !== undefined) {
    if (input.kvk === null) n.kvk = null;
    else {
      n.kvk = normaliseKvk(input.kvk) ?? null;
      if (!n.kvk) errors.push({ pointer: '/kvk', detail: 'is geen KvK-nummer: 8 cijfers' });
    }
  }
  if (input.emails !== undefined) n.emails = [...new Set(input.emails.map(normaliseEmail))];
  if (input.phones !== undefined) {
    const phones: string[] = [];
    input.phones.forEach((p, i) => {
      const e164 = normalisePhone(p);
      if (e164) phones.push(e164);
      else errors.push({ pointer: `/phones/${i}`, detail: `'${p}' is geen geldig telefoonnummer` });
    });
    n.phones = [...new Set(phones)];
  }
  return { n, errors };
}

interface State {
  kind: Kind;
  givenName: string | null;
  familyName: string | null;
  organisationName: string | null;
  postcode: string | null;
  houseNumber: number | null;
  preferredChannel: string | null;
  hasBsn: boolean;
  hasKvk: boolean;
  emails: string[];
  phones: string[];
}

/** Rules on the party as it will be after the write: name per kind, identifiers per kind, reachability. */
function checkState(s: State, errors: FieldError[]): void {
  if (s.kind === 'person' && !s.givenName && !s.familyName)
    errors.push({ pointer: '/familyName', detail: 'een persoon heeft een voornaam of achternaam' });
  if (s.kind === 'organisation' && !s.organisationName)
    errors.push({ pointer: '/organisationName', detail: 'een organisatie heeft een naam' });
  if (s.kind === 'organisation' && s.hasBsn)
    errors.push({ pointer: '/bsn', detail: 'een organisatie heeft geen BSN; gebruik het KvK-nummer' });
  if (s.kind === 'person' && s.hasKvk)
    errors.push({ pointer: '/kvk', detail: 'een persoon heeft geen KvK-nummer; gebruik het BSN' });
  const postcodeInvalid = errors.some((e) => e.pointer === '/postcode');
  if (!postcodeInvalid && (s.houseNumber === null) !== (s.postcode === null))
    errors.push({
      pointer: s.postcode === null ? '/postcode' : '/houseNumber',
      detail: 'postcode en huisnummer horen bij elkaar',
    });
  const need: Record<PreferredChannel, [boolean, string]> = {
    email: [s.emails.length > 0, 'e-mail als voorkeurskanaal vraagt om een e-mailadres'],
    sms: [s.phones.length > 0, 'sms als voorkeurskanaal vraagt om een telefoonnummer'],
    whatsapp: [s.phones.length > 0, 'WhatsApp als voorkeurskanaal vraagt om een telefoonnummer'],
    phone: [s.phones.length > 0, 'telefoon als voorkeurskanaal vraagt om een telefoonnummer'],
    letter: [
      s.postcode !== null && s.houseNumber !== null,
      'brief als voorkeurskanaal vraagt om postcode en huisnummer',
    ],
  };
  const pref = s.preferredChannel as PreferredChannel | null;
  if (pref && !need[pref][0]) errors.push({ pointer: '/preferredChannel', detail: need[pref][1] });
}

function displayNameOf(s: Pick<State, 'kind' | 'givenName' | 'familyName' | 'organisationName'>): string {
  return s.kind === 'organisation'
    ? (s.organisationName ?? '')
    : [s.givenName, s.familyName].filter(Boolean).join(' ');
}

function duplicate(type: 'bsn' | 'kvk', existingId: string | undefined): Problem {
  const what = type === 'bsn' ? 'dit BSN' : 'dit KvK-nummer';
  return new Problem(
    409,
    'duplicate-identifier',
    'Partij bestaat al',
    `Er is in deze gemeente al een partij met ${what}${existingId ? ` (${existingId})` : ''}. Zoek die partij op in plaats van een nieuwe aan te maken.`,
    [{ pointer: `/${type}`, detail: `${what} is al geregistreerd` }],
  );
}

/** Writes the identifiers once; a BSN or KvK number another party holds is a 409 naming it. */
async function writeIdentifiers(tx: Tx, tenantId: string, partyId: string, n: Normalised): Promise<void> {
  for (const type of ['bsn', 'kvk'] as const) {
    const value = n[type];
    if (value === undefined) continue;
    await tx
      .delete(partyIdentifiers)
      .where(
        and(
          eq(partyIdentifiers.tenantId, tenantId),
          eq(partyIdentifiers.partyId, partyId),
          eq(partyIdentifiers.type, type),
        ),
      );
    if (value === null) continue;
    const [holder] = await tx
      .select({ partyId: partyIdentifiers.partyId })
      .from(partyIdentifiers)
      .where(
        and(
          eq(partyIdentifiers.tenantId, tenantId),
          eq(partyIdentifiers.type, type),
          eq(partyIdentifiers.value, value),
        ),
      );
    if (holder) throw duplicate(type, holder.partyId);
    try {
      await tx.insert(partyIdentifiers).values({ tenantId, partyId, type, value });
    } catch (error) {
      // Two registrations of the same person at the same moment: the index decides.
      if (uniqueViolation(error)) throw duplicate(type, undefined);
      throw error;
    }
  }
}

async function writeAddresses(tx: Tx, tenantId: string, partyId: string, n: Normalised): Promise<void> {
  for (const kind of ['email', 'phone'] as const) {
    const values = kind === 'email' ? n.emails : n.phones;
    if (values === undefined) continue;
    await tx
      .delete(partyAddresses)
      .where(
        and(
          eq(partyAddresses.tenantId, tenantId),
          eq(partyAddresses.partyId, partyId),
          eq(partyAddresses.kind, kind),
        ),
      );
    // Addresses are listed by (created_at, id). Rows of one insert share now(), and their random
    // ids would shuffle them; a microsecond apart per row keeps the order they were entered in.
    if (values.length)
      await tx.insert(partyAddresses).values(
        values.map((value, i) => ({
          tenantId,
          partyId,
          kind,
          value,
          createdAt: sql`now() + ${i} * interval '1 microsecond'`,
        })),
      );
  }
}

export async function createParty(tx: Tx, ctx: ActionContext, input: NewPartyInput): Promise<PartyView> {
  const startedAt = new Date();
  const { n, errors } = normalise(input);
  const v = n.values as Partial<State> & Record<string, unknown>;
  checkState(
    {
      kind: input.kind,
      givenName: v.givenName ?? null,
      familyName: v.familyName ?? null,
      organisationName: v.organisationName ?? null,
      postcode: v.postcode ?? null,
      houseNumber: v.houseNumber ?? null,
      preferredChannel: v.preferredChannel ?? null,
      hasBsn: !!n.bsn,
      hasKvk: !!n.kvk,
      emails: n.emails ?? [],
      phones: n.phones ?? [],
    },
    errors,
  );
  if (errors.length) throw problems.validation(errors);
  // The id is chosen here so that the pseudonym can be stored with the row in one insert.
  const id = randomUUID();
  const [row] = await tx
    .insert(parties)
    .values({
      ...(n.values as object),
      tenantId: ctx.tenantId,
      id,
      kind: input.kind,
      pseudonym: partyPseudonym(ctx.pseudonymKey, ctx.tenantId, id),
      displayName: displayNameOf({ ...(v as State), kind: input.kind }),
    })
    .returning();
  await writeIdentifiers(tx, ctx.tenantId, id, n);
  await writeAddresses(tx, ctx.tenantId, id, n);
  await recordAudit(tx, ctx, { action: 'party.create', objectType: 'party', objectId: id });
  await recordProcessing(tx, ctx, {
    activity: PARTY_ACTIVITY,
    action: 'create',
    subjectType: PARTY_SUBJECT,
    subjectIds: [id],
    startedAt,
  });
  return partyView(row!, {
    bsn: n.bsn ?? null,
    kvk: n.kvk ?? null,
    emails: n.emails ?? [],
    phones: n.phones ?? [],
  });
}

export async function getParty(tx: Tx, ctx: ActionContext, id: string): Promise<PartyView> {
  const startedAt = new Date();
  const row = await partyRow(tx, ctx.tenantId, id);
  if (!row) throw problems.notFound('De partij');
  const details = await loadDetails(tx, ctx.tenantId, [id]);
  await recordProcessing(tx, ctx, {
    activity: PARTY_ACTIVITY,
    action: 'read',
    subjectType: PARTY_SUBJECT,
    subjectIds: [id],
    startedAt,
  });
  return partyView(row, details.get(id)!);
}

export async function updateParty(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
  patch: PartyPatchInput,
): Promise<PartyView> {
  const startedAt = new Date();
  const current = await partyRow(tx, ctx.tenantId, id);
  if (!current) throw problems.notFound('De partij');
  const before = (await loadDetails(tx, ctx.tenantId, [id])).get(id)!;
  const { n, errors } = normalise(patch);
  const merged = { ...current, ...(n.values as Partial<typeof current>) };
  checkState(
    {
      kind: current.kind as Kind,
      givenName: merged.givenName,
      familyName: merged.familyName,
      organisationName: merged.organisationName,
      postcode: merged.postcode,
      houseNumber: merged.houseNumber,
      preferredChannel: merged.preferredChannel,
      hasBsn: n.bsn === undefined ? !!before.bsn : !!n.bsn,
      hasKvk: n.kvk === undefined ? !!before.kvk : !!n.kvk,
      emails: n.emails ?? before.emails,
      phones: n.phones ?? before.phones,
    },
    errors,
  );
  if (errors.length) throw problems.validation(errors);
  const row = await updateVersioned(
    tx,
    parties,
    { tenantId: ctx.tenantId, id },
    expected,
    { ...n.values, displayName: displayNameOf({ ...merged, kind: current.kind as Kind }) },
    'De partij',
  );
  await writeIdentifiers(tx, ctx.tenantId, id, n);
  await writeAddresses(tx, ctx.tenantId, id, n);
  await recordAudit(tx, ctx, { action: 'party.update', objectType: 'party', objectId: id });
  await recordProcessing(tx, ctx, {
    activity: PARTY_ACTIVITY,
    action: 'update',
    subjectType: PARTY_SUBJECT,
    subjectIds: [id],
    startedAt,
  });
  return partyView(row, {
    bsn: n.bsn === undefined ? before.bsn : n.bsn,
    kvk: n.kvk === undefined ? before.kvk : n.kvk,
    emails: n.emails ?? before.emails,
    phones: n.phones ?? before.phones,
  });
}

export async function findParties(tx: Tx, ctx: ActionContext, q: PartySearch) {
  const startedAt = new Date();
  const result = await searchParties(tx, ctx.tenantId, q);
  await recordProcessing(tx, ctx, {
    activity: PARTY_ACTIVITY,
    action: 'read',
    subjectType: PARTY_SUBJECT,
    subjectIds: result.rows.map((r) => r.id),
    startedAt,
  });
  return { items: result.items, page: q.page, pageSize: q.pageSize, total: result.total };
}
