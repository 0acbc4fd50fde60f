import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { AppDeps } from '../deps.js';

// Serves the built web app; every non-API path falls back to index.html so that deep links
// into the single-page app work after a reload.
export async function webRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const dir = deps.config.webDir;
  if (!existsSync(join(dir, 'index.html'))) {
    app.log.warn(`no built web app in ${dir}; run "npm run build"`);
    return;
  }
  await app.register(fastifyStatic, { root: dir, serve: false });
  const spa = { config: { access: 'public' as const }, schema: { hide: true } };
  const sendIndex = (_req: unknown, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html');
  app.get('/', spa, sendIndex);
  app.get('/assets/*', spa, (request, reply) => {
    const path = (request.params as { '*': string })['*'];
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .sendFile(join('assets', path));
  });
  app.get('/*', spa, (request, reply) => {
    const path = (request.params as { '*': string })['*'];
    if (path.startsWith('api/')) return reply.callNotFound();
    if (/\.[a-z0-9]{2,5}$/i.test(path) && existsSync(join(dir, path))) return reply.sendFile(path);
    return sendIndex(request, reply);
  });
}
