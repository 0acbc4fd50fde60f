import type { FastifyRequest } from 'fastify';
import { problems } from './problem.js';

// Versioned resources expose their version as a strong ETag; updates must name the version they
// saw, so two people editing the same record never overwrite each other silently.
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version the client claims to update; 428 when it sent none, 412 when it is unreadable. */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (!header) throw problems.preconditionRequired();
  const m = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  if (!m) throw problems.preconditionFailed();
  return Number(m[1]);
}
