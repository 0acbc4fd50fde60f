/** The query parameters of GET /api/v1/parties that one search box fills in. */
export interface PartySearch {
  q?: string;
  postcode?: string;
  houseNumber?: number;
  email?: string;
  phone?: string;
  bsn?: string;
}

export type SearchKind = 'name' | 'address' | 'email' | 'phone' | 'bsn';

const POSTCODE = /^(\d{4})\s?([a-z]{2})(?:[\s,-]*(\d{1,5}))?\s*[a-z]?$/i;

/**
 * Reads what the KCC-medewerker typed into the one search box: a BSN (nine digits), a postcode
 * with an optional house number ("1234 AB 5"), an e-mail address, a phone number, or else a name.
 * One box is faster on the phone than five fields, and the guess is shown so it can be checked.
 */
export function parsePartySearch(input: string): { kind: SearchKind; search: PartySearch } | null {
  const text = input.trim();
  if (!text) return null;
  if (text.includes('@')) return { kind: 'email', search: { email: text.toLowerCase() } };
  const postcode = POSTCODE.exec(text);
  if (postcode) {
    const code = `${postcode[1]}${postcode[2]!.toUpperCase()}`;
    const houseNumber = postcode[3] ? Number(postcode[3]) : undefined;
    return { kind: 'address', search: houseNumber ? { postcode: code, houseNumber } : { postcode: code } };
  }
  const compact = text.replace(/[\s.-]/g, '');
  if (/^\d{8,9}$/.test(compact)) return { kind: 'bsn', search: { bsn: compact.padStart(9, '0') } };
  if (/^(\+|00)?\d{10,14}$/.test(compact))
    return { kind: 'phone', search: { phone: normalisePhone(compact) } };
  return { kind: 'name', search: { q: text } };
}

/** Dutch numbers to E.164 as the server stores them: 0612345678 -> +31612345678. */
export function normalisePhone(compact: string): string {
  if (compact.startsWith('+')) return compact;
  if (compact.startsWith('00')) return `+${compact.slice(2)}`;
  if (compact.startsWith('0')) return `+31${compact.slice(1)}`;
  return compact;
}
