// The beheerder edits a category's e-form; the definition is validated before any resident sees it.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { inTenant } from '../../platform/request.js';
import { etagOf } from '../../platform/http/etag.js';
import { problems } from '../../platform/http/problem.js';
import { FormInput, StaffForm, StaffFormParams } from './schemas.js';
import { getFormForStaff, putForm } from './store.js';

const CONFIGURE = 'cases:configure';

/** If-Match when given; an absent header is allowed only for a form that does not exist yet. */
function optionalVersion(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const m = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  if (!m) throw problems.preconditionFailed();
  return Number(m[1]);
}

export async function staffFormRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get(
    '/api/v1/forms/:category',
    {
      config: { access: CONFIGURE },
      schema: {
        tags: ['e-formulieren'],
        summary: 'Het e-formulier van een categorie (beheer)',
        params: StaffFormParams,
        response: { 200: StaffForm },
      },
    },
    async (request, reply) => {
      const { category } = request.params as { category: string };
      const form = await inTenant(deps, request, (tx, ctx) => getFormForStaff(tx, ctx.tenantId, category));
      return reply.header('etag', etagOf(form.version)).send(form);
    },
  );

  app.put(
    '/api/v1/forms/:category',
    {
      config: { access: CONFIGURE },
      schema: {
        tags: ['e-formulieren'],
        summary: 'Het e-formulier van een categorie vervangen (If-Match verplicht als het al bestaat)',
        params: StaffFormParams,
        body: FormInput,
        response: { 200: StaffForm, 201: StaffForm },
      },
    },
    async (request, reply) => {
      const { category } = request.params as { category: string };
      const expected = optionalVersion(request.headers['if-match']);
      const { form, created } = await inTenant(deps, request, (tx, ctx) =>
        putForm(tx, ctx, category, expected, request.body as FormInput),
      );
      return reply
        .code(created ? 201 : 200)
        .header('etag', etagOf(form.version))
        .header('location', `/api/v1/forms/${category}`)
        .send(form);
    },
  );
}
