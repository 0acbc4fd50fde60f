import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import type { Tx } from '../../platform/db/client.js';
import type { ActionContext } from '../../platform/audit/service.js';
import { inTenant as run } from '../../platform/request.js';
import { etagOf, expectedVersion } from '../../platform/http/etag.js';
import { pageOf } from '../../platform/http/pagination.js';
import { PersonaInputSchema, QUOTE_REMINDER, type PersonaInput } from '../../../shared/journeys/persona.js';
import { IdParams, PersonaListQuery, PersonaSchema } from './schemas.js';
import {
  createPersona,
  deletePersona,
  getPersona,
  listPersonas,
  updatePersona,
  type PersonaQuery,
} from './service.js';

const tags = ['persona’s'];
const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

export async function personaRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const inTenant = <T>(request: FastifyRequest, fn: (tx: Tx, ctx: ActionContext) => Promise<T>) =>
    run(deps, request, fn);

  app.get(
    '/api/v1/personas',
    {
      config: { access: 'personas:read' },
      schema: {
        tags,
        summary: 'Persona’s van de gemeente',
        querystring: PersonaListQuery,
        response: { 200: Type.Object({ ...pageOf(PersonaSchema).properties, quoteReminder: Type.String() }) },
      },
    },
    async (request) => ({
      ...(await inTenant(request, (tx, ctx) =>
        listPersonas(tx, ctx.tenantId, request.query as PersonaQuery),
      )),
      quoteReminder: QUOTE_REMINDER,
    }),
  );
  app.post(
    '/api/v1/personas',
    {
      config: { access: 'personas:manage' },
      schema: {
        tags,
        summary: 'Persona toevoegen',
        body: PersonaInputSchema,
        response: { 201: PersonaSchema },
      },
    },
    async (request, reply) => {
      const persona = await inTenant(request, (tx, ctx) =>
        createPersona(tx, ctx, request.body as PersonaInput),
      );
      return reply
        .code(201)
        .header('etag', etagOf(persona.version))
        .header('location', `/api/v1/personas/${persona.id}`)
        .send(persona);
    },
  );
  app.get(
    '/api/v1/personas/:id',
    {
      config: { access: 'personas:read' },
      schema: { tags, summary: 'Eén persona', params: IdParams, response: { 200: PersonaSchema } },
    },
    async (request, reply) => {
      const persona = await inTenant(request, (tx, ctx) => getPersona(tx, ctx.tenantId, idOf(request)));
      return reply.header('etag', etagOf(persona.version)).send(persona);
    },
  );
  app.put(
    '/api/v1/personas/:id',
    {
      config: { access: 'personas:manage' },
      schema: {
        tags,
        summary: 'Persona wijzigen (If-Match verplicht)',
        params: IdParams,
        body: PersonaInputSchema,
        response: { 200: PersonaSchema },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const persona = await inTenant(request, (tx, ctx) =>
        updatePersona(tx, ctx, idOf(request), expected, request.body as PersonaInput),
      );
      return reply.header('etag', etagOf(persona.version)).send(persona);
    },
  );
  app.delete(
    '/api/v1/personas/:id',
    {
      config: { access: 'personas:manage' },
      schema: { tags, summary: 'Persona verwijderen (If-Match verplicht)', params: IdParams },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      await inTenant(request, (tx, ctx) => deletePersona(tx, ctx, idOf(request), expected));
      return reply.code(204).send();
    },
  );
}
