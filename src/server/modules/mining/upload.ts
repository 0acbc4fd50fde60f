// Uploads arrive as the raw request body and go straight to a temporary file, counted and hashed
// on the way: the import reads that file in the background after the 202 answer. A body above
// the limit is refused before it is read (Content-Length) or cut off when it passes the limit.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problems } from '../../platform/http/problem.js';

export const UPLOAD_TYPES = [
  'application/xml',
  'text/xml',
  'application/gzip',
  'application/x-gzip',
  'application/octet-stream',
  'text/csv',
];

export class UploadedFile {
  claimed = false;
  constructor(
    readonly path: string,
    readonly bytes: number,
    readonly sha256: string,
  ) {}
  /** What the Idempotency-Key check compares: the content, not the temporary path. */
  toJSON() {
    return { sha256: this.sha256, bytes: this.bytes };
  }
}

export function registerUpload(app: FastifyInstance, dir: string, maxBytes: number): void {
  app.addContentTypeParser(UPLOAD_TYPES, (_request, payload, done) => {
    let finished = false;
    const finish = (err: Error | null, file?: UploadedFile) => {
      if (finished) return;
      finished = true;
      done(err, file);
    };
    const path = join(dir, `${randomUUID()}.upload`);
    const hash = createHash('sha256');
    let bytes = 0;
    const fail = (err: Error) => {
      if (finished) return;
      // The rest of the body is read and dropped, so that the client still gets its answer.
      payload.resume();
      out.destroy();
      void unlink(path).catch(() => undefined);
      finish(err);
    };
    mkdirSync(dir, { recursive: true });
    const out = createWriteStream(path);
    out.on('error', fail);
    payload.on('error', fail);
    payload.on('data', (chunk: Buffer) => {
      if (finished) return;
      bytes += chunk.length;
      if (bytes > maxBytes) return fail(problems.payloadTooLarge());
      hash.update(chunk);
      if (!out.write(chunk)) {
        payload.pause();
        out.once('drain', () => payload.resume());
      }
    });
    payload.on('end', () => {
      if (finished) return;
      out.end(() => finish(null, new UploadedFile(path, bytes, hash.digest('hex'))));
    });
  });
  // A file no import took over (validation error, idempotent replay) is removed after the answer.
  app.addHook('onResponse', async (request) => {
    const body = request.body;
    if (body instanceof UploadedFile && !body.claimed) await unlink(body.path).catch(() => undefined);
  });
}

/** Route hook: refuse by Content-Length before a byte of the body is read. */
export function sizeGuard(maxBytes: number) {
  return async (request: FastifyRequest) => {
    const length = Number(request.headers['content-length'] ?? NaN);
    if (Number.isFinite(length) && length > maxBytes) throw problems.payloadTooLarge();
  };
}

export function uploadedFile(request: FastifyRequest): UploadedFile {
  if (!(request.body instanceof UploadedFile))
    throw problems.unsupportedMediaType(
      `Stuur het bestand als ruwe body met een van: ${UPLOAD_TYPES.join(', ')}.`,
    );
  return request.body;
}
