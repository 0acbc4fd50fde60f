import { createHmac } from 'node:crypto';

// Keyed, so that a pseudonym cannot be reversed by hashing candidate ids; tenant-bound, so the
// same person in two gemeenten does not link across them.
export function pseudonymise(key: string, tenantId: string, subjectType: string, subjectId: string): string {
  return createHmac('sha256', key)
    .update(`${tenantId}\u0000${subjectType}\u0000${subjectId}`)
    .digest('base64url')
    .slice(0, 32);
}
