// The shared library of the installation: publish, browse, withdraw and copy.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import type { Tx } from '../../platform/db/client.js';
import type { ActionContext } from '../../platform/audit/service.js';
import { inTenant as run } from '../../platform/request.js';
import { requireAuth } from '../../platform/auth/context.js';
import { etagOf } from '../../platform/http/etag.js';
import { pageOf } from '../../platform/http/pagination.js';
import {
  copyFromLibrary,
  getLibraryItem,
  listLibrary,
  publish,
  unpublish,
  type LibraryKind,
} from './library.js';
import {
  IdParams,
  LibraryItemSchema,
  LibraryListQuery,
  LibraryPublishSchema,
  LibrarySummarySchema,
} from './schemas.js';

const tags = ['gedeelde bibliotheek'];
const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

export async function libraryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const inTenant = <T>(request: FastifyRequest, fn: (tx: Tx, ctx: ActionContext) => Promise<T>) =>
    run(deps, request, fn);

  app.post(
    '/api/v1/library/items',
    {
      config: { access: 'journeys:publish' },
      schema: {
        tags,
        summary: 'Persona of klantreis publiceren (een ontdane kopie; opnieuw publiceren werkt de kopie bij)',
        body: LibraryPublishSchema,
        response: { 200: LibraryItemSchema, 201: LibraryItemSchema },
      },
    },
    async (request, reply) => {
      const publisher = requireAuth(request).tenant.name;
      const { item, created } = await inTenant(request, (tx, ctx) =>
        publish(tx, ctx, request.body as { kind: LibraryKind; sourceId: string }, publisher),
      );
      return reply
        .code(created ? 201 : 200)
        .header('etag', etagOf(item.version))
        .header('location', `/api/v1/library/items/${item.id}`)
        .send(item);
    },
  );
  app.get(
    '/api/v1/library/items',
    {
      config: { access: 'journeys:read' },
      schema: {
        tags,
        summary: 'Gedeelde persona’s en klantreizen van alle gemeenten op deze installatie',
        querystring: LibraryListQuery,
        response: { 200: pageOf(LibrarySummarySchema) },
      },
    },
    (request) =>
      inTenant(request, (tx, ctx) =>
        listLibrary(tx, ctx, request.query as Parameters<typeof listLibrary>[2]),
      ),
  );
  app.get(
    '/api/v1/library/items/:id',
    {
      config: { access: 'journeys:read' },
      schema: { tags, summary: 'Eén gedeeld item', params: IdParams, response: { 200: LibraryItemSchema } },
    },
    async (request, reply) => {
      const item = await inTenant(request, (tx, ctx) => getLibraryItem(tx, ctx, idOf(request)));
      return reply.header('etag', etagOf(item.version)).send(item);
    },
  );
  app.delete(
    '/api/v1/library/items/:id',
    {
      config: { access: 'journeys:publish' },
      schema: { tags, summary: 'Publicatie intrekken (alleen de eigen gemeente)', params: IdParams },
    },
    async (request, reply) => {
      await inTenant(request, (tx, ctx) => unpublish(tx, ctx, idOf(request)));
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/library/items/:id/copies',
    {
      config: { access: 'journeys:manage' },
      schema: { tags, summary: 'Kopie maken in de eigen gemeente', params: IdParams },
    },
    async (request, reply) => {
      const copy = await inTenant(request, (tx, ctx) => copyFromLibrary(tx, ctx, idOf(request)));
      return reply.code(201).header('location', copy.location).send(copy);
    },
  );
}
