// Beheer routes: categories (and their CSV import), routing rules, message templates.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { etagOf, expectedVersion } from '../../platform/http/etag.js';
import { problems } from '../../platform/http/problem.js';
import {
  CategoryImportError,
  createCategory,
  importCategories,
  listCategories,
  updateCategory,
} from './categories.js';
import {
  createRoutingRule,
  deleteRoutingRule,
  getRoutingRule,
  listRoutingRules,
  updateRoutingRule,
} from './routing-rules.js';
import { listTemplates, putTemplate } from './message-templates.js';
import {
  Category,
  CategoryImportResult,
  CategoryPatch,
  CodeParams,
  MessageTemplate,
  NewCategory,
  NewRoutingRule,
  RoutingRule,
  RoutingRulePatch,
  RoutingRuleQuery,
  TemplateInput,
  TemplateParams,
} from './schemas-config.js';
import { IdParams } from './schemas.js';

const tags = ['meldingen-beheer'];
const MAX_CSV_BYTES = 2 * 1024 * 1024;

function importProblem(error: CategoryImportError) {
  return problems.validation(
    error.issues.map((i) => ({
      pointer: `/file/line/${i.line}${i.column ? `/${i.column}` : ''}`,
      detail: `regel ${i.line}${i.column ? `, kolom ${i.column}` : ''}: ${i.message}`,
    })),
    `Het bestand is niet ingelezen: ${error.issues.length} fout(en). Er is niets opgeslagen.`,
  );
}

export async function caseConfigRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: MAX_CSV_BYTES },
    (_req, body, done) => done(null, body),
  );
  const params = <T>(request: FastifyRequest) => request.params as T;

  app.get(
    '/api/v1/case-categories',
    {
      config: { access: 'cases:read' },
      schema: { tags, summary: 'Categorieën (platte lijst)', response: { 200: Type.Array(Category) } },
    },
    (request) => inTenant(deps, request, (tx, ctx) => listCategories(tx, ctx.tenantId)),
  );
  app.post(
    '/api/v1/case-categories',
    {
      config: { access: 'cases:configure' },
      schema: { tags, summary: 'Categorie toevoegen', body: NewCategory, response: { 201: Category } },
    },
    async (request, reply) => {
      const cat = await inTenant(deps, request, (tx, ctx) =>
        createCategory(tx, ctx, request.body as NewCategory),
      );
      return reply
        .code(201)
        .header('etag', etagOf(cat.version))
        .header('location', `/api/v1/case-categories/${cat.code}`)
        .send(cat);
    },
  );
  app.patch(
    '/api/v1/case-categories/:code',
    {
      config: { access: 'cases:configure' },
      schema: {
        tags,
        summary: 'Categorie wijzigen (If-Match verplicht)',
        params: CodeParams,
        body: CategoryPatch,
        response: { 200: Category },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const cat = await inTenant(deps, request, (tx, ctx) =>
        updateCategory(
          tx,
          ctx,
          params<{ code: string }>(request).code,
          expected,
          request.body as CategoryPatch,
        ),
      );
      return reply.header('etag', etagOf(cat.version)).send(cat);
    },
  );
  app.post(
    '/api/v1/case-categories/import',
    {
      config: { access: 'cases:configure' },
      schema: {
        tags,
        summary:
          'Categorieboom inlezen uit CSV (code;parent_code;kind;name_nl;name_en;due_working_days;team), alles of niets',
        consumes: ['text/csv'],
        response: { 200: CategoryImportResult },
      },
    },
    async (request) => {
      if (typeof request.body !== 'string')
        throw problems.unsupportedMediaType('Stuur het bestand als text/csv.');
      const csv = request.body;
      try {
        return await inTenant(deps, request, (tx, ctx) => importCategories(tx, ctx, csv));
      } catch (error) {
        if (error instanceof CategoryImportError) throw importProblem(error);
        throw error;
      }
    },
  );

  app.get(
    '/api/v1/routing-rules',
    {
      config: { access: 'cases:configure' },
      schema: {
        tags,
        summary: 'Routeringsregels',
        querystring: RoutingRuleQuery,
        response: { 200: Type.Array(RoutingRule) },
      },
    },
    (request) =>
      inTenant(deps, request, (tx, ctx) =>
        listRoutingRules(tx, ctx.tenantId, (request.query as { categoryCode?: string }).categoryCode),
      ),
  );
  app.post(
    '/api/v1/routing-rules',
    {
      config: { access: 'cases:configure' },
      schema: {
        tags,
        summary: 'Routeringsregel toevoegen',
        body: NewRoutingRule,
        response: { 201: RoutingRule },
      },
    },
    async (request, reply) => {
      const rule = await inTenant(deps, request, (tx, ctx) =>
        createRoutingRule(tx, ctx, request.body as NewRoutingRule),
      );
      return reply
        .code(201)
        .header('etag', etagOf(rule.version))
        .header('location', `/api/v1/routing-rules/${rule.id}`)
        .send(rule);
    },
  );
  app.get(
    '/api/v1/routing-rules/:id',
    {
      config: { access: 'cases:configure' },
      schema: { tags, summary: 'Eén routeringsregel', params: IdParams, response: { 200: RoutingRule } },
    },
    async (request, reply) => {
      const rule = await inTenant(deps, request, (tx, ctx) =>
        getRoutingRule(tx, ctx.tenantId, params<{ id: string }>(request).id),
      );
      return reply.header('etag', etagOf(rule.version)).send(rule);
    },
  );
  app.patch(
    '/api/v1/routing-rules/:id',
    {
      config: { access: 'cases:configure' },
      schema: {
        tags,
        summary: 'Routeringsregel wijzigen (If-Match verplicht)',
        params: IdParams,
        body: RoutingRulePatch,
        response: { 200: RoutingRule },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const rule = await inTenant(deps, request, (tx, ctx) =>
        updateRoutingRule(
          tx,
          ctx,
          params<{ id: string }>(request).id,
          expected,
          request.body as RoutingRulePatch,
        ),
      );
      return reply.header('etag', etagOf(rule.version)).send(rule);
    },
  );
  app.delete(
    '/api/v1/routing-rules/:id',
    {
      config: { access: 'cases:configure' },
      schema: { tags, summary: 'Routeringsregel verwijderen (If-Match verplicht)', params: IdParams },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      await inTenant(deps, request, (tx, ctx) =>
        deleteRoutingRule(tx, ctx, params<{ id: string }>(request).id, expected),
      );
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/message-templates',
    {
      config: { access: 'cases:configure' },
      schema: {
        tags,
        summary: 'Berichtsjablonen (gebeurtenis × kanaal)',
        response: { 200: Type.Array(MessageTemplate) },
      },
    },
    (request) => inTenant(deps, request, (tx, ctx) => listTemplates(tx, ctx.tenantId)),
  );
  app.put(
    '/api/v1/message-templates/:event/:channel',
    {
      config: { access: 'cases:configure' },
      schema: {
        tags,
        summary: 'Berichtsjabloon vastleggen (If-Match als het al bestaat)',
        params: TemplateParams,
        body: TemplateInput,
        response: { 200: MessageTemplate, 201: MessageTemplate },
      },
    },
    async (request, reply) => {
      const expected = request.headers['if-match'] ? expectedVersion(request) : null;
      const { event, channel } = params<{ event: string; channel: string }>(request);
      const { template, created } = await inTenant(deps, request, (tx, ctx) =>
        putTemplate(tx, ctx, event, channel, expected, request.body as TemplateInput),
      );
      return reply
        .code(created ? 201 : 200)
        .header('etag', etagOf(template.version))
        .send(template);
    },
  );
}
