import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { etagOf, expectedVersion } from '../../platform/http/etag.js';
import { pageOf } from '../../platform/http/pagination.js';
import { sendJsonParts } from '../../platform/http/compress.js';
import { createParty, findParties, getParty, updateParty } from './parties.js';
import { partyHistory } from './history.js';
import {
  History,
  HistoryQuery,
  IdParams,
  NewParty,
  Party,
  PartyPatch,
  PartySearchQuery,
  type NewPartyInput,
  type PartyPatchInput,
  type PartySearch,
} from './schemas.js';

const tags = ['klantcontact'];
const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

// serializeInput wants a plain object type; the TypeBox schema is one at run time.
const partySchema = Party as unknown as Record<string, unknown>;

export async function partyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get(
    '/api/v1/parties',
    {
      config: { access: 'parties:read' },
      schema: {
        tags,
        summary: 'Partijen zoeken (naam, postcode + huisnummer, e-mail, telefoon, BSN, KvK)',
        querystring: PartySearchQuery,
        response: { 200: pageOf(Party) },
      },
    },
    (request) => inTenant(deps, request, (tx, ctx) => findParties(tx, ctx, request.query as PartySearch)),
  );
  app.post(
    '/api/v1/parties',
    {
      config: { access: 'parties:manage' },
      schema: { tags, summary: 'Partij vastleggen', body: NewParty, response: { 201: Party } },
    },
    async (request, reply) => {
      const party = await inTenant(deps, request, (tx, ctx) =>
        createParty(tx, ctx, request.body as NewPartyInput),
      );
      return reply
        .code(201)
        .header('etag', etagOf(party.version))
        .header('location', `/api/v1/parties/${party.id}`)
        .send(party);
    },
  );
  app.get(
    '/api/v1/parties/:id',
    {
      config: { access: 'parties:read' },
      schema: { tags, summary: 'Eén partij (BSN gemaskeerd)', params: IdParams, response: { 200: Party } },
    },
    async (request, reply) => {
      const party = await inTenant(deps, request, (tx, ctx) => getParty(tx, ctx, idOf(request)));
      return reply.header('etag', etagOf(party.version)).send(party);
    },
  );
  app.patch(
    '/api/v1/parties/:id',
    {
      config: { access: 'parties:manage' },
      schema: {
        tags,
        summary: 'Partij wijzigen (If-Match verplicht)',
        params: IdParams,
        body: PartyPatch,
        response: { 200: Party },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const party = await inTenant(deps, request, (tx, ctx) =>
        updateParty(tx, ctx, idOf(request), expected, request.body as PartyPatchInput),
      );
      return reply.header('etag', etagOf(party.version)).send(party);
    },
  );
  app.get(
    '/api/v1/parties/:id/history',
    {
      config: { access: 'contacts:read' },
      schema: {
        tags,
        summary: 'Historie van een partij: contacten, zaken en taken, nieuwste eerst',
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: History },
      },
    },
    async (request, reply) => {
      const h = await inTenant(deps, request, (tx, ctx) =>
        partyHistory(tx, ctx, idOf(request), (request.query as { limit: number }).limit),
      );
      // The contacts are already JSON; the party goes through its response schema as usual, so
      // nothing outside the schema can leak. The text is sent in its parts (compressed when large).
      const body = [`{"party":${reply.serializeInput(h.party, partySchema)},"contacts":[`];
      h.contactParts.forEach((part, i) => body.push(i ? `,${part}` : part));
      body.push(`],"cases":${JSON.stringify(h.cases)},"tasks":${JSON.stringify(h.tasks)}}`);
      return sendJsonParts(request, reply, body);
    },
  );
}
