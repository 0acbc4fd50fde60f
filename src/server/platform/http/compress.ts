// Large JSON answers go out gzip-compressed when the client accepts it. On a small machine writing
// a response to the socket costs CPU by the byte: for the resident history of 500 contacts (about
// 230 KB) the socket write was the largest single cost of the request, and gzip at level 1 makes
// it a tenth of the size in well under a millisecond, on libuv's thread pool rather than the event
// loop (docs/benchmarks.md, Klantcontact). Only for answers without secrets in them: a body that
// mixes a secret (a CSRF token) with text an attacker can influence must not be compressed (BREACH).
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

const gzipAsync = promisify(gzip);
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

/** Sends JSON text as is, or gzip-compressed when it is large and the client accepts gzip. */
export async function sendJsonText(request: FastifyRequest, reply: FastifyReply, json: string) {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (json.length < COMPRESS_MIN_BYTES || !acceptsGzip(request.headers['accept-encoding']))
    return reply.send(json);
  const body = await gzipAsync(json, { level: 1 });
  return reply.header('content-encoding', 'gzip').send(body);
}
