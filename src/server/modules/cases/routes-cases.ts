// Case routes: create, read, list, change, status; tasks; the work queue.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { etagOf, expectedVersion } from '../../platform/http/etag.js';
import { pageOf } from '../../platform/http/pagination.js';
import { createCase, getCase, listCases, updateCase } from './cases.js';
import { changeStatus } from './status.js';
import { createTask, getTask, listTasks, updateTask } from './tasks.js';
import { workQueue } from './work-queue.js';
import { setCaseLegalHold } from './legal-hold.js';
import {
  Case,
  CaseDetail,
  CasePatch,
  CaseQuery,
  IdParams,
  LegalHoldChange,
  LegalHoldResult,
  NewCase,
  NewTask,
  StatusChange,
  Task,
  TaskPatch,
  TaskQuery,
  WorkQueue,
  WorkQueueQuery,
} from './schemas.js';

const tags = ['meldingen'];
const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

export async function caseRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.post(
    '/api/v1/cases',
    {
      config: { access: 'cases:create' },
      schema: {
        tags,
        summary: 'Zaak aanmaken (gerouteerd, genummerd, termijn berekend)',
        body: NewCase,
        response: { 201: Case },
      },
    },
    async (request, reply) => {
      const { case: c } = await inTenant(deps, request, (tx, ctx) =>
        createCase(tx, ctx, request.body as NewCase),
      );
      return reply
        .code(201)
        .header('etag', etagOf(c.version))
        .header('location', `/api/v1/cases/${c.id}`)
        .send(c);
    },
  );
  app.get(
    '/api/v1/cases',
    {
      config: { access: 'cases:read' },
      schema: { tags, summary: 'Zaken', querystring: CaseQuery, response: { 200: pageOf(Case) } },
    },
    (request) => inTenant(deps, request, (tx, ctx) => listCases(tx, ctx, request.query as CaseQuery)),
  );
  app.get(
    '/api/v1/cases/:id',
    {
      config: { access: 'cases:read' },
      schema: {
        tags,
        summary: 'Eén zaak met gebeurtenissen en berichten',
        params: IdParams,
        response: { 200: CaseDetail },
      },
    },
    async (request, reply) => {
      const c = await inTenant(deps, request, (tx, ctx) => getCase(tx, ctx, idOf(request)));
      return reply.header('etag', etagOf(c.version)).send(c);
    },
  );
  app.patch(
    '/api/v1/cases/:id',
    {
      config: { access: 'cases:handle' },
      schema: {
        tags,
        summary: 'Zaak wijzigen (If-Match verplicht)',
        params: IdParams,
        body: CasePatch,
        response: { 200: Case },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const c = await inTenant(deps, request, (tx, ctx) =>
        updateCase(tx, ctx, idOf(request), expected, request.body as CasePatch),
      );
      return reply.header('etag', etagOf(c.version)).send(c);
    },
  );
  app.post(
    '/api/v1/cases/:id/status',
    {
      config: { access: 'cases:handle' },
      schema: {
        tags,
        summary: 'Status wijzigen (If-Match verplicht); schrijft een gebeurtenis en informeert de inwoner',
        params: IdParams,
        body: StatusChange,
        response: { 200: Case },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const c = await inTenant(deps, request, (tx, ctx) =>
        changeStatus(tx, ctx, idOf(request), expected, request.body as StatusChange),
      );
      return reply.header('etag', etagOf(c.version)).send(c);
    },
  );
  app.put(
    '/api/v1/cases/:id/legal-hold',
    {
      // Like the legal hold on a party: a privacy decision, so the beheerder's (privacy:manage).
      config: { access: 'privacy:manage' },
      schema: {
        tags,
        summary: 'Bewaarplicht op een zaak zetten of opheffen, met reden (If-Match: versie van de zaak)',
        params: IdParams,
        body: LegalHoldChange,
        response: { 200: LegalHoldResult },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const r = await inTenant(deps, request, (tx, ctx) =>
        setCaseLegalHold(tx, ctx, idOf(request), expected, request.body as LegalHoldChange),
      );
      return reply.header('etag', etagOf(r.version)).send(r);
    },
  );

  app.get(
    '/api/v1/work-queue',
    {
      config: { access: 'cases:read' },
      schema: {
        tags,
        summary: 'Werkvoorraad van een team of van mij, op termijn',
        querystring: WorkQueueQuery,
        response: { 200: WorkQueue },
      },
    },
    (request) => inTenant(deps, request, (tx, ctx) => workQueue(tx, ctx, request.query as WorkQueueQuery)),
  );

  app.post(
    '/api/v1/tasks',
    {
      config: { access: 'cases:create' },
      schema: { tags, summary: 'Taak of terugbelverzoek aanmaken', body: NewTask, response: { 201: Task } },
    },
    async (request, reply) => {
      const t = await inTenant(deps, request, (tx, ctx) => createTask(tx, ctx, request.body as NewTask));
      return reply
        .code(201)
        .header('etag', etagOf(t.version))
        .header('location', `/api/v1/tasks/${t.id}`)
        .send(t);
    },
  );
  app.get(
    '/api/v1/tasks',
    {
      config: { access: 'cases:read' },
      schema: { tags, summary: 'Taken', querystring: TaskQuery, response: { 200: pageOf(Task) } },
    },
    (request) => inTenant(deps, request, (tx, ctx) => listTasks(tx, ctx, request.query as TaskQuery)),
  );
  app.get(
    '/api/v1/tasks/:id',
    {
      config: { access: 'cases:read' },
      schema: { tags, summary: 'Eén taak', params: IdParams, response: { 200: Task } },
    },
    async (request, reply) => {
      const t = await inTenant(deps, request, (tx, ctx) => getTask(tx, ctx, idOf(request)));
      return reply.header('etag', etagOf(t.version)).send(t);
    },
  );
  app.patch(
    '/api/v1/tasks/:id',
    {
      config: { access: 'cases:handle' },
      schema: {
        tags,
        summary: 'Taak wijzigen of afronden (If-Match verplicht)',
        params: IdParams,
        body: TaskPatch,
        response: { 200: Task },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const t = await inTenant(deps, request, (tx, ctx) =>
        updateTask(tx, ctx, idOf(request), expected, request.body as TaskPatch),
      );
      return reply.header('etag', etagOf(t.version)).send(t);
    },
  );
}
