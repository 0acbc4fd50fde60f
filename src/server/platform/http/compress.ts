// Large JSON answers go out gzip-compressed when the client accepts it. On a small machine writing
// a response to the socket costs CPU by the byte: for the resident history of 500 contacts (about
// 230 KB) the socket write was the largest single cost of the request, and gzip at level 1 makes
// it a tenth of the size in well under a millisecond, on libuv's thread pool rather than the event
// loop (docs/benchmarks.md, Klantcontact). Only for answers without secrets in them: a body that
// mixes a secret (a CSRF token) with text an attacker can influence must not be compressed (BREACH).
import { createGzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Below this, compressing costs more than writing the bytes saves. */
export const COMPRESS_MIN_BYTES = 16 * 1024;

/** Whether an Accept-Encoding header allows gzip: named (or "*" when gzip is not named) with q > 0. */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return false;
  const q = new Map<string, boolean>();
  for (const part of value.split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (name) q.set(name, !params.some((p) => /^q=0(\.0{0,3})?$/.test(p)));
  }
  return q.get('gzip') ?? q.get('*') ?? false;
}

/**
 * Sends JSON text given in parts, as is or gzip-compressed when it is large and the client accepts
 * gzip. The parts go into the compressor one by one: a large answer built from pieces of under
 * 128 KiB is never joined into one string, which V8 would place in its large-object space (freed
 * only by a full collection) and copy twice more (flattening, then encoding). Measured on the
 * resident history (docs/benchmarks.md, Klantcontact).
 */
export async function sendJsonParts(request: FastifyRequest, reply: FastifyReply, parts: readonly string[]) {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  let length = 0;
  for (const part of parts) length += part.length;
  if (length < COMPRESS_MIN_BYTES || !acceptsGzip(request.headers['accept-encoding']))
    return reply.send(parts.join(''));
  return reply.header('content-encoding', 'gzip').send(await gzipParts(parts));
}

/** gzip (level 1: a tenth of the size at little CPU) of the parts' concatenation, encoded as UTF-8. */
export function gzipParts(parts: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = createGzip({ level: 1 });
    const out: Buffer[] = [];
    zip.on('data', (chunk: Buffer) => out.push(chunk));
    zip.on('end', () => resolve(Buffer.concat(out)));
    zip.on('error', reject);
    for (const part of parts) if (part.length) zip.write(part);
    zip.end();
  });
}
