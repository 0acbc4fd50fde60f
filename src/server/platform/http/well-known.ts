import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';

// RFC 9116. The expiry rolls forward, so the file never goes stale on a long-running install.
export async function wellKnownRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get(
    '/.well-known/security.txt',
    { config: { access: 'public' }, schema: { hide: true } },
    async (_request, reply) => {
      const expires = new Date(Date.now() + 180 * 24 * 60 * 60_000).toISOString();
      const body = [
        `Contact: ${deps.config.securityContact}`,
        `Expires: ${expires}`,
        'Preferred-Languages: nl, en',
        `Canonical: ${deps.config.publicUrl}/.well-known/security.txt`,
        '',
      ].join('\n');
      return reply.type('text/plain; charset=utf-8').send(body);
    },
  );
}
