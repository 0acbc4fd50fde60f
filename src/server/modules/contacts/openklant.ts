// Export in the shape of the VNG Klantinteracties API as Open Klant 2 implements it, so that a
// gemeente can move its contacts and parties into the Common Ground stack. Paged: page N holds
// the Nth page of contacts and the Nth page of parties, each with what belongs to them.
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, recordProcessing, type ActionContext } from '../../platform/audit/service.js';
import { offsetOf } from '../../platform/http/pagination.js';
import { contacts, contactTopics, parties, partyAddresses, partyIdentifiers } from './tables.js';
import { PARTY_SUBJECT } from './party-store.js';
import { caseNumbersByIds } from '../cases/index.js';

export const OPENKLANT_ACTIVITY = 'klantcontact-export-openklant';

/** Our channel codes as Open Klant 'kanaal' values (free text there; these are the usual names). */
export const KANAAL: Record<string, string> = {
  phone: 'telefoon',
  email: 'e-mail',
  counter: 'balie',
  eform: 'webformulier',
  whatsapp: 'whatsapp',
  chat: 'chat',
  social: 'social media',
  letter: 'brief',
  sms: 'sms',
};

/**
 * Objects that exist only in the Open Klant model (betrokkene, onderwerpobject, identificator)
 * get a UUID derived from ours (name-based, version 5 layout), so a repeated export yields the
 * same UUIDs and a re-import updates instead of duplicating.
 */
export function derivedUuid(kind: string, id: string): string {
  const h = createHash('sha1').update(`buitenbinnen:${kind}:${id}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

const ref = (uuid: string) => ({ uuid });

export async function exportOpenKlant(tx: Tx, ctx: ActionContext, q: { page: number; pageSize: number }) {
  const startedAt = new Date();
  const t = ctx.tenantId;
  const contactRows = await tx
    .select({ c: contacts, topicName: contactTopics.nameNl })
    .from(contacts)
    .leftJoin(
      contactTopics,
      and(eq(contactTopics.tenantId, contacts.tenantId), eq(contactTopics.code, contacts.topicCode)),
    )
    .where(eq(contacts.tenantId, t))
    .orderBy(asc(contacts.occurredAt), asc(contacts.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const partyRows = await tx
    .select()
    .from(parties)
    .where(eq(parties.tenantId, t))
    .orderBy(asc(parties.createdAt), asc(parties.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const partyIds = partyRows.map((p) => p.id);
  const identifiers = partyIds.length
    ? await tx
        .select()
        .from(partyIdentifiers)
        .where(and(eq(partyIdentifiers.tenantId, t), inArray(partyIdentifiers.partyId, partyIds)))
    : [];
  const addresses = partyIds.length
    ? await tx
        .select()
        .from(partyAddresses)
        .where(and(eq(partyAddresses.tenantId, t), inArray(partyAddresses.partyId, partyIds)))
        .orderBy(asc(partyAddresses.createdAt), asc(partyAddresses.id))
    : [];
  const [totals] = await tx
    .select({
      contacts: sql<number>`(select count(*)::int from ${contacts} where tenant_id = ${t})`,
      parties: sql<number>`(select count(*)::int from ${parties} where tenant_id = ${t})`,
    })
    .from(sql`(select 1) as one`);

  const klantcontacten = contactRows.map(({ c, topicName }) => ({
    uuid: c.id,
    kanaal: KANAAL[c.channel] ?? c.channel,
    onderwerp: (topicName ?? '').slice(0, 200),
    inhoud: c.summary,
    // We register contacts that took place; an outgoing attempt that failed is not a contact here.
    indicatieContactGelukt: true,
    taal: 'nld',
    vertrouwelijk: false,
    plaatsgevondenOp: c.occurredAt.toISOString(),
    hadBetrokkenen: c.partyId ? [ref(derivedUuid('betrokkene', c.id))] : [],
    gingOverOnderwerpobjecten: c.caseId ? [ref(derivedUuid('onderwerpobject', c.id))] : [],
  }));
  const betrokkenen = contactRows
    .filter(({ c }) => c.partyId)
    .map(({ c }) => ({
      uuid: derivedUuid('betrokkene', c.id),
      wasPartij: ref(c.partyId!),
      hadKlantcontact: ref(c.id),
      rol: 'klant',
      // The resident started an incoming contact; we started an outgoing one.
      initiator: c.direction === 'in',
    }));
  // Case numbers (M-2026-000123) are what a Zaken registry knows a case by; the id when absent.
  const numbers = await caseNumbersByIds(
    tx,
    contactRows.map(({ c }) => c.caseId).filter((id): id is string => id !== null),
  );
  const onderwerpobjecten = contactRows
    .filter(({ c }) => c.caseId)
    .map(({ c }) => ({
      uuid: derivedUuid('onderwerpobject', c.id),
      klantcontact: ref(c.id),
      wasKlantcontact: null,
      onderwerpobjectidentificator: {
        codeObjecttype: 'zaak',
        codeRegister: 'buitenbinnen',
        codeSoortObjectId: numbers.has(c.caseId!) ? 'identificatie' : 'uuid',
        objectId: numbers.get(c.caseId!) ?? c.caseId!,
      },
    }));
  const digitaleAdressen = addresses.map((a) => ({
    uuid: a.id,
    verstrektDoorPartij: ref(a.partyId),
    adres: a.value,
    soortDigitaalAdres: a.kind === 'email' ? 'email' : 'telefoonnummer',
    omschrijving: a.label ?? (a.kind === 'email' ? 'E-mailadres' : 'Telefoonnummer'),
  }));
  const partijIdentificatoren = identifiers.map((i) => ({
    uuid: derivedUuid(`identificator-${i.type}`, i.partyId),
    identificeerdePartij: ref(i.partyId),
    partijIdentificator:
      i.type === 'bsn'
        ? {
            codeObjecttype: 'natuurlijk_persoon',
            codeSoortObjectId: 'bsn',
            objectId: i.value,
            codeRegister: 'brp',
          }
        : {
            codeObjecttype: 'niet_natuurlijk_persoon',
            codeSoortObjectId: 'kvk_nummer',
            objectId: i.value,
            codeRegister: 'hr',
          },
  }));
  const preferred = (p: typeof parties.$inferSelect) => {
    const kind =
      p.preferredChannel === 'email'
        ? 'email'
        : p.preferredChannel && p.preferredChannel !== 'letter'
          ? 'phone'
          : null;
    const a = kind && addresses.find((x) => x.partyId === p.id && x.kind === kind);
    return a ? ref(a.id) : null;
  };
  const partijen = partyRows.map((p) => ({
    uuid: p.id,
    soortPartij: p.kind === 'person' ? 'persoon' : 'organisatie',
    partijIdentificatie:
      p.kind === 'person'
        ? {
            contactnaam: {
              voornaam: p.givenName ?? '',
              voorvoegselAchternaam: '',
              achternaam: p.familyName ?? '',
            },
          }
        : { naam: p.organisationName ?? '' },
    digitaleAdressen: addresses.filter((a) => a.partyId === p.id).map((a) => ref(a.id)),
    voorkeursDigitaalAdres: preferred(p),
    voorkeurstaal: p.language === 'en' ? 'eng' : 'nld',
    indicatieActief: p.anonymisedAt === null,
    indicatieGeheimhouding: false,
    correspondentieadres:
      p.postcode && p.houseNumber !== null
        ? {
            adresregel1: [p.street, `${p.houseNumber}${p.houseNumberSuffix ? ' ' + p.houseNumberSuffix : ''}`]
              .filter(Boolean)
              .join(' '),
            adresregel2: `${p.postcode} ${p.city ?? ''}`.trim(),
            adresregel3: '',
            land: '6030',
          }
        : null,
  }));

  const contactTotal = totals?.contacts ?? 0;
  const partyTotal = totals?.parties ?? 0;
  const more = q.page * q.pageSize < Math.max(contactTotal, partyTotal);
  await recordAudit(tx, ctx, {
    action: 'contacts.export.openklant',
    objectType: 'export',
    objectId: `page-${q.page}`,
  });
  await recordProcessing(tx, ctx, {
    activity: OPENKLANT_ACTIVITY,
    action: 'read',
    subjectType: PARTY_SUBJECT,
    subjectIds: [
      ...partyIds,
      ...contactRows.map(({ c }) => c.partyId).filter((p): p is string => p !== null),
    ],
    startedAt,
  });
  return {
    page: q.page,
    pageSize: q.pageSize,
    totals: { klantcontacten: contactTotal, partijen: partyTotal },
    next: more ? `/api/v1/exports/openklant?page=${q.page + 1}&pageSize=${q.pageSize}` : null,
    klantcontacten,
    betrokkenen,
    onderwerpobjecten,
    partijen,
    partijIdentificatoren,
    digitaleAdressen,
  };
}
