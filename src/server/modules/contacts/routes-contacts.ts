import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { etagOf, expectedVersion } from '../../platform/http/etag.js';
import { pageOf } from '../../platform/http/pagination.js';
import { actionContext } from '../../platform/auth/context.js';
import { getContact, listContacts, updateContact } from './contacts.js';
import { contactRegistrations } from './registrations.js';
import { createTopic, listTopics, updateTopic } from './topics.js';
import {
  CodeParams,
  Contact,
  ContactListQuery,
  ContactPatch,
  IdParams,
  NewContact,
  NewTopic,
  Topic,
  TopicPatch,
  type ContactList,
  type ContactPatchInput,
  type NewContactInput,
  type NewTopicInput,
  type TopicPatchInput,
} from './schemas.js';

const tags = ['klantcontact'];
const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

export async function contactRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const registrations = contactRegistrations(deps.database);
  app.get(
    '/api/v1/contact-topics',
    {
      config: { access: 'contacts:read' },
      schema: {
        tags,
        summary: 'Contactonderwerpen (platte lijst; boom via parentCode)',
        response: { 200: Type.Object({ items: Type.Array(Topic) }) },
      },
    },
    async (request) => ({ items: await inTenant(deps, request, (tx, ctx) => listTopics(tx, ctx.tenantId)) }),
  );
  app.post(
    '/api/v1/contact-topics',
    {
      config: { access: 'cases:configure' },
      schema: { tags, summary: 'Contactonderwerp toevoegen', body: NewTopic, response: { 201: Topic } },
    },
    async (request, reply) => {
      const topic = await inTenant(deps, request, (tx, ctx) =>
        createTopic(tx, ctx, request.body as NewTopicInput),
      );
      return reply
        .code(201)
        .header('etag', etagOf(topic.version))
        .header('location', `/api/v1/contact-topics/${encodeURIComponent(topic.code)}`)
        .send(topic);
    },
  );
  app.patch(
    '/api/v1/contact-topics/:code',
    {
      config: { access: 'cases:configure' },
      schema: {
        tags,
        summary: 'Contactonderwerp wijzigen (If-Match verplicht)',
        params: CodeParams,
        body: TopicPatch,
        response: { 200: Topic },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const topic = await inTenant(deps, request, (tx, ctx) =>
        updateTopic(
          tx,
          ctx,
          (request.params as { code: string }).code,
          expected,
          request.body as TopicPatchInput,
        ),
      );
      return reply.header('etag', etagOf(topic.version)).send(topic);
    },
  );

  app.post(
    '/api/v1/contacts',
    {
      config: { access: 'contacts:register' },
      schema: { tags, summary: 'Contact registreren', body: NewContact, response: { 201: Contact } },
    },
    async (request, reply) => {
      // Not inTenant: concurrent registrations of a gemeente share one transaction (registrations.ts).
      const contact = await registrations.register(
        actionContext(request, deps.keys.pseudonym),
        request.body as NewContactInput,
      );
      return reply
        .code(201)
        .header('etag', etagOf(contact.version))
        .header('location', `/api/v1/contacts/${contact.id}`)
        .send(contact);
    },
  );
  app.get(
    '/api/v1/contacts',
    {
      config: { access: 'contacts:read' },
      schema: {
        tags,
        summary: 'Contacten',
        querystring: ContactListQuery,
        response: { 200: pageOf(Contact) },
      },
    },
    (request) => inTenant(deps, request, (tx, ctx) => listContacts(tx, ctx, request.query as ContactList)),
  );
  app.get(
    '/api/v1/contacts/:id',
    {
      config: { access: 'contacts:read' },
      schema: { tags, summary: 'Eén contact', params: IdParams, response: { 200: Contact } },
    },
    async (request, reply) => {
      const contact = await inTenant(deps, request, (tx, ctx) => getContact(tx, ctx, idOf(request)));
      return reply.header('etag', etagOf(contact.version)).send(contact);
    },
  );
  app.patch(
    '/api/v1/contacts/:id',
    {
      config: { access: 'contacts:register' },
      schema: {
        tags,
        summary: 'Contact corrigeren (If-Match verplicht)',
        params: IdParams,
        body: ContactPatch,
        response: { 200: Contact },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const contact = await inTenant(deps, request, (tx, ctx) =>
        updateContact(tx, ctx, idOf(request), expected, request.body as ContactPatchInput),
      );
      return reply.header('etag', etagOf(contact.version)).send(contact);
    },
  );
}
