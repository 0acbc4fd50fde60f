import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../deps.js';
import type { Tx } from '../db/client.js';
import type { ActionContext } from '../audit/service.js';
import { inTenant as run } from '../request.js';
import { etagOf, expectedVersion } from '../http/etag.js';
import { PageQuery, pageOf } from '../http/pagination.js';
import { IdParams, NewTeam, NewUser, Team, TeamPatch, User, UserPatch } from './schemas.js';
import {
  createUser,
  getUser,
  listUsers,
  updateUser,
  type NewUser as NewUserInput,
  type UserPatch as UserPatchInput,
} from './users.js';
import { createTeam, getTeam, listTeams, updateTeam, type TeamInput } from './teams.js';

// Thin routes: validate (schemas), authorise (access), call the service, map the result.
export async function accountRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const inTenant = <T>(request: FastifyRequest, fn: (tx: Tx, ctx: ActionContext) => Promise<T>) =>
    run(deps, request, fn);

  app.get(
    '/api/v1/users',
    {
      config: { access: 'users:read' },
      schema: {
        tags: ['beheer'],
        summary: 'Medewerkers',
        querystring: PageQuery,
        response: { 200: pageOf(User) },
      },
    },
    (request) => inTenant(request, (tx, ctx) => listUsers(tx, ctx, request.query as PageQuery)),
  );
  app.post(
    '/api/v1/users',
    {
      config: { access: 'users:manage' },
      schema: { tags: ['beheer'], summary: 'Medewerker toevoegen', body: NewUser, response: { 201: User } },
    },
    async (request, reply) => {
      const user = await inTenant(request, (tx, ctx) => createUser(tx, ctx, request.body as NewUserInput));
      return reply
        .code(201)
        .header('etag', etagOf(user.version))
        .header('location', `/api/v1/users/${user.id}`)
        .send(user);
    },
  );
  app.get(
    '/api/v1/users/:id',
    {
      config: { access: 'users:read' },
      schema: { tags: ['beheer'], summary: 'Eén medewerker', params: IdParams, response: { 200: User } },
    },
    async (request, reply) => {
      const user = await inTenant(request, (tx, ctx) =>
        getUser(tx, ctx, (request.params as { id: string }).id),
      );
      return reply.header('etag', etagOf(user.version)).send(user);
    },
  );
  app.patch(
    '/api/v1/users/:id',
    {
      config: { access: 'users:manage' },
      schema: {
        tags: ['beheer'],
        summary: 'Medewerker wijzigen (If-Match verplicht)',
        params: IdParams,
        body: UserPatch,
        response: { 200: User },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const user = await inTenant(request, (tx, ctx) =>
        updateUser(tx, ctx, (request.params as { id: string }).id, expected, request.body as UserPatchInput),
      );
      return reply.header('etag', etagOf(user.version)).send(user);
    },
  );

  app.get(
    '/api/v1/teams',
    {
      config: { access: 'teams:read' },
      schema: { tags: ['beheer'], summary: 'Teams', querystring: PageQuery, response: { 200: pageOf(Team) } },
    },
    (request) => inTenant(request, (tx, ctx) => listTeams(tx, ctx, request.query as PageQuery)),
  );
  app.post(
    '/api/v1/teams',
    {
      config: { access: 'teams:manage' },
      schema: { tags: ['beheer'], summary: 'Team toevoegen', body: NewTeam, response: { 201: Team } },
    },
    async (request, reply) => {
      const team = await inTenant(request, (tx, ctx) => createTeam(tx, ctx, request.body as TeamInput));
      return reply
        .code(201)
        .header('etag', etagOf(team.version))
        .header('location', `/api/v1/teams/${team.id}`)
        .send(team);
    },
  );
  app.get(
    '/api/v1/teams/:id',
    {
      config: { access: 'teams:read' },
      schema: { tags: ['beheer'], summary: 'Eén team', params: IdParams, response: { 200: Team } },
    },
    async (request, reply) => {
      const team = await inTenant(request, (tx, ctx) =>
        getTeam(tx, ctx, (request.params as { id: string }).id),
      );
      return reply.header('etag', etagOf(team.version)).send(team);
    },
  );
  app.patch(
    '/api/v1/teams/:id',
    {
      config: { access: 'teams:manage' },
      schema: {
        tags: ['beheer'],
        summary: 'Team wijzigen (If-Match verplicht)',
        params: IdParams,
        body: TeamPatch,
        response: { 200: Team },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const team = await inTenant(request, (tx, ctx) =>
        updateTeam(
          tx,
          ctx,
          (request.params as { id: string }).id,
          expected,
          request.body as Partial<TeamInput>,
        ),
      );
      return reply.header('etag', etagOf(team.version)).send(team);
    },
  );
}
