// Deterministic UUIDs for demo rows: the contacts and cases seeds generate the same world
// separately and must agree on the ids that link a contact to its case or task.
import { createHash } from 'node:crypto';

/** A version-4-shaped UUID from a seed and a label (SHA-256, so labels never collide in practice). */
export function uuidFrom(seed: number, label: string): string {
  const h = createHash('sha256').update(`${seed}:${label}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
