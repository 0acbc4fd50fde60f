import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { problems } from '../../platform/http/problem.js';
import { ImportError, importProblem } from './csv.js';
import { importContacts, MAX_CONTACT_IMPORT_BYTES } from './contact-import.js';
import { importTopics } from './topic-import.js';
import { exportOpenKlant } from './openklant.js';
import { ImportResult, TopicImportResult } from './schemas.js';

const tags = ['klantcontact'];
const OpenKlantQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 1000, default: 500 }),
  },
  { additionalProperties: false },
);

/** Turns a parse or validation failure of a file into the line-numbered problem. */
async function asImport<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportError) throw importProblem(error);
    throw error;
  }
}

export async function exchangeRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // CSV files arrive as text and may be larger than a JSON body; this parser is this module's own.
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: MAX_CONTACT_IMPORT_BYTES },
    (_req, body, done) => done(null, body),
  );
  const csvBody = (request: FastifyRequest): string => {
    if (typeof request.body !== 'string')
      throw problems.unsupportedMediaType('Stuur het bestand als text/csv.');
    return request.body;
  };

  app.get(
    '/api/v1/exports/openklant',
    {
      config: { access: 'contacts:exchange' },
      schema: {
        tags,
        summary: 'Export in de vorm van de VNG Klantinteracties API (Open Klant 2), per pagina',
        querystring: OpenKlantQuery,
      },
    },
    (request) =>
      inTenant(deps, request, (tx, ctx) =>
        exportOpenKlant(tx, ctx, request.query as { page: number; pageSize: number }),
      ),
  );
  app.post(
    '/api/v1/contacts/import',
    {
      config: { access: 'contacts:exchange' },
      bodyLimit: MAX_CONTACT_IMPORT_BYTES,
      schema: {
        tags,
        summary: 'Historische contacten inlezen (CSV, alles-of-niets)',
        consumes: ['text/csv'],
        response: { 201: ImportResult },
      },
    },
    async (request, reply) => {
      const csv = csvBody(request);
      const result = await asImport(() => inTenant(deps, request, (tx, ctx) => importContacts(tx, ctx, csv)));
      return reply.code(201).send(result);
    },
  );
  app.post(
    '/api/v1/contact-topics/import',
    {
      config: { access: 'cases:configure' },
      schema: {
        tags,
        summary:
          'Onderwerpenboom inlezen (CSV code;parent_code;name_nl;name_en;phase;avoidable, alles-of-niets)',
        consumes: ['text/csv'],
        response: { 201: TopicImportResult },
      },
    },
    async (request, reply) => {
      const csv = csvBody(request);
      const result = await asImport(() => inTenant(deps, request, (tx, ctx) => importTopics(tx, ctx, csv)));
      return reply.code(201).send(result);
    },
  );
}
