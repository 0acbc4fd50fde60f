// Reading parties: the view the API returns (BSN masked), batched so that a page of parties costs
// three queries whatever its size, and the search over names, address, e-mail, phone, BSN, KvK.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { pseudonymise } from '../../platform/audit/pseudonym.js';
import { rowFromJson, rowJson } from '../../platform/db/row-json.js';
import { problems } from '../../platform/http/problem.js';
import { offsetOf } from '../../platform/http/pagination.js';
import {
  maskBsn,
  normaliseBsn,
  normaliseEmail,
  normaliseKvk,
  normalisePhone,
  normalisePostcode,
} from '../../../shared/identifiers.js';
import { parties, partyAddresses, partyIdentifiers } from './tables.js';
import type { PartySearch, PartyView } from './schemas.js';

/** Subject type in the processing log; the stored pseudonym is the same HMAC, so the two link. */
export const PARTY_SUBJECT = 'partij';
export const PARTY_ACTIVITY = 'klantcontact-partijgegevens';

export function partyPseudonym(key: string, tenantId: string, partyId: string): string {
  return pseudonymise(key, tenantId, PARTY_SUBJECT, partyId);
}

/** The tenant the transaction is scoped to (withTenant), for functions other modules call with tx only. */
export const currentTenant = sql`bb_current_tenant()`;

type PartyRow = typeof parties.$inferSelect;
export interface PartyDetails {
  bsn: string | null;
  kvk: string | null;
  emails: string[];
  phones: string[];
}

export async function loadDetails(tx: Tx, tenant: string | SQL, ids: string[]) {
  if (ids.length === 0) return detailsOf(ids, [], []);
  const [identifiers, addresses] = [
    await tx
      .select()
      .from(partyIdentifiers)
      .where(and(eq(partyIdentifiers.tenantId, tenant), inArray(partyIdentifiers.partyId, ids))),
    await tx
      .select()
      .from(partyAddresses)
      .where(and(eq(partyAddresses.tenantId, tenant), inArray(partyAddresses.partyId, ids)))
      .orderBy(asc(partyAddresses.createdAt), asc(partyAddresses.id)),
  ];
  return detailsOf(ids, identifiers, addresses);
}

type DetailRows = {
  identifiers: Pick<typeof partyIdentifiers.$inferSelect, 'partyId' | 'type' | 'value'>[];
  addresses: Pick<typeof partyAddresses.$inferSelect, 'partyId' | 'kind' | 'value'>[];
};

/** Each party's identifiers and addresses; addresses in the order given (oldest first). */
function detailsOf(
  ids: string[],
  identifiers: DetailRows['identifiers'],
  addresses: DetailRows['addresses'],
) {
  const details = new Map<string, PartyDetails>();
  for (const id of ids) details.set(id, { bsn: null, kvk: null, emails: [], phones: [] });
  for (const i of identifiers) {
    const d = details.get(i.partyId)!;
    if (i.type === 'bsn') d.bsn = i.value;
    else d.kvk = i.value;
  }
  for (const a of addresses) {
    const d = details.get(a.partyId)!;
    (a.kind === 'email' ? d.emails : d.phones).push(a.value);
  }
  return details;
}

/**
 * One JSON value with a party's row, identifiers and addresses (null when the gemeente has no such
 * party), for partyFromJson: lets a caller read the party within a larger statement.
 */
export function partySql(tenantId: string, partyId: string): SQL {
  return sql`(select json_build_object(
      'row', ${rowJson(parties, 'p')},
      'identifiers', coalesce((select json_agg(json_build_object('partyId', i.party_id, 'type', i.type,
        'value', i.value)) from ${partyIdentifiers} i
        where i.tenant_id = p.tenant_id and i.party_id = p.id), '[]'::json),
      'addresses', coalesce((select json_agg(json_build_object('partyId', a.party_id, 'kind', a.kind,
        'value', a.value) order by a.created_at, a.id) from ${partyAddresses} a
        where a.tenant_id = p.tenant_id and a.party_id = p.id), '[]'::json))
    from ${parties} p where p.tenant_id = ${tenantId}::uuid and p.id = ${partyId}::uuid)`;
}

export type PartyJson = { row: Record<string, unknown> } & DetailRows;

/** The API view of partySql's value. */
export function partyFromJson(json: PartyJson): PartyView {
  const row = rowFromJson(parties, json.row);
  return partyView(row, detailsOf([row.id], json.identifiers, json.addresses).get(row.id)!);
}

export function partyView(row: PartyRow, d: PartyDetails): PartyView {
  return {
    id: row.id,
    kind: row.kind as PartyView['kind'],
    displayName: row.displayName,
    givenName: row.givenName,
    familyName: row.familyName,
    organisationName: row.organisationName,
    bsnMasked: d.bsn ? maskBsn(d.bsn) : null,
    kvk: d.kvk,
    postcode: row.postcode,
    houseNumber: row.houseNumber,
    houseNumberSuffix: row.houseNumberSuffix,
    street: row.street,
    city: row.city,
    emails: d.emails,
    phones: d.phones,
    preferredChannel: row.preferredChannel,
    language: row.language,
    legalHold: row.legalHold,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function partyRow(tx: Tx, tenant: string | SQL, id: string): Promise<PartyRow | undefined> {
  const [row] = await tx
    .select()
    .from(parties)
    .where(and(eq(parties.tenantId, tenant), eq(parties.id, id)));
  return row;
}

/** A party of the transaction's gemeente, or undefined (also for another gemeente's party). */
export async function findPartyById(tx: Tx, id: string, tenant: string | SQL = currentTenant) {
  const row = await partyRow(tx, tenant, id);
  if (!row) return undefined;
  return partyView(row, (await loadDetails(tx, tenant, [id])).get(id)!);
}

export interface Reachability {
  displayName: string;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
  preferredChannel: string | null;
}

/** How the gemeente can reach a resident, for feedback on a case; undefined when unknown. */
export async function partyReachability(tx: Tx, partyId: string): Promise<Reachability | undefined> {
  const party = await findPartyById(tx, partyId);
  if (!party) return undefined;
  return {
    displayName: party.displayName,
    email: party.emails[0] ?? null,
    phone: party.phones[0] ?? null,
    postalAddress: postalAddressOf(party),
    preferredChannel: party.preferredChannel,
  };
}

export function postalAddressOf(p: {
  displayName: string;
  street: string | null;
  houseNumber: number | null;
  houseNumberSuffix: string | null;
  postcode: string | null;
  city: string | null;
}): string | null {
  if (!p.postcode || p.houseNumber === null) return null;
  const line1 = [p.street, `${p.houseNumber}${p.houseNumberSuffix ? ' ' + p.houseNumberSuffix : ''}`]
    .filter(Boolean)
    .join(' ');
  const line2 = [p.postcode.slice(0, 4) + ' ' + p.postcode.slice(4), p.city].filter(Boolean).join('  ');
  return `${p.displayName}\n${line1}\n${line2}`;
}

/**
 * The name search: a case-insensitive prefix of the display name or the family name (an
 * organisation's display name is its organisation name). starts_with() on the lower-cased name
 * columns instead of lower(name) LIKE 'x%': under row-level security the planner uses a condition
 * as an index condition only when its functions are leakproof, which starts_with is and lower()
 * and LIKE are not; the text_pattern_ops indexes (tables.ts) then serve it as a range. A "%" or
 * "_" in the search means itself.
 */
export function namePrefixMatch(value: string): SQL {
  const prefix = value.trim().toLowerCase();
  return sql`(starts_with(${parties.displayNameKey}, ${prefix}) or starts_with(${parties.familyNameKey}, ${prefix}))`;
}

/** Search filters combine with AND; each identifier is normalised the way it was stored. */
export async function searchParties(tx: Tx, tenantId: string, q: PartySearch) {
  const where: SQL[] = [eq(parties.tenantId, tenantId)];
  const invalid = (pointer: string, detail: string) =>
    problems.validation([{ pointer: `/query/${pointer}`, detail }]);
  if (q.q) where.push(namePrefixMatch(q.q));
  if (q.postcode !== undefined) {
    const postcode = normalisePostcode(q.postcode);
    if (!postcode) throw invalid('postcode', 'is geen Nederlandse postcode (1234 AB)');
    where.push(eq(parties.postcode, postcode));
  }
  if (q.houseNumber !== undefined) {
    if (q.postcode === undefined) throw invalid('houseNumber', 'zoek op huisnummer samen met de postcode');
    where.push(eq(parties.houseNumber, q.houseNumber));
  }
  const byAddress = (kind: 'email' | 'phone', value: string) =>
    where.push(
      sql`exists (select 1 from ${partyAddresses} a where a.tenant_id = ${parties.tenantId} and a.party_id = ${parties.id} and a.kind = ${kind} and a.value = ${value})`,
    );
  if (q.email !== undefined) byAddress('email', normaliseEmail(q.email));
  if (q.phone !== undefined) {
    const phone = normalisePhone(q.phone);
    if (!phone) throw invalid('phone', 'is geen geldig telefoonnummer');
    byAddress('phone', phone);
  }
  const byIdentifier = (type: 'bsn' | 'kvk', value: string) =>
    where.push(
      sql`exists (select 1 from ${partyIdentifiers} i where i.tenant_id = ${parties.tenantId} and i.party_id = ${parties.id} and i.type = ${type} and i.value = ${value})`,
    );
  if (q.bsn !== undefined) {
    const bsn = normaliseBsn(q.bsn);
    if (!bsn) throw invalid('bsn', 'is geen geldig BSN (elfproef)');
    byIdentifier('bsn', bsn);
  }
  if (q.kvk !== undefined) {
    const kvk = normaliseKvk(q.kvk);
    if (!kvk) throw invalid('kvk', 'is geen KvK-nummer (8 cijfers)');
    byIdentifier('kvk', kvk);
  }
  const condition = and(...where);
  const rows = await tx
    .select()
    .from(parties)
    .where(condition)
    .orderBy(asc(sql`lower(${parties.displayName})`), asc(parties.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(parties)
    .where(condition);
  const details = await loadDetails(
    tx,
    tenantId,
    rows.map((r) => r.id),
  );
  return { rows, items: rows.map((r) => partyView(r, details.get(r.id)!)), total: count?.n ?? 0 };
}
