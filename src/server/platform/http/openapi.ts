import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { Problem } from './problem-schema.js';

// The OpenAPI document is generated from the same schemas that validate the requests.
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  app.addSchema(Problem);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Buitenbinnen API',
        version: '1.0.0',
        description: 'API van Buitenbinnen. Fouten zijn application/problem+json (RFC 9457).',
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'bb_session' },
        },
      },
      security: [{ session: [] }],
    },
  });
  app.get('/api/v1/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
