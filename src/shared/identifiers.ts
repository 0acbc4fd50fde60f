// Dutch identifiers and contact details: validation and the one normal form each is stored in,
// so that a search for '1234 ab' or '06-12345678' finds what was registered as '1234AB' or
// '+31612345678'. Pure functions, shared by server and web app.

/** Strips the separators people type in a BSN or KvK number ('123.456.782', '1234 5678'). */
function digitsOnly(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/**
 * The BSN elfproef (11-test): 9 digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11.
 * All zeros passes the arithmetic but is not a number anyone has, so it is refused.
 */
export function isValidBsn(value: string): boolean {
  const bsn = digitsOnly(value);
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(bsn[i]);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

/** The BSN as stored (nine digits), or undefined when it fails the elfproef. */
export function normaliseBsn(value: string): string | undefined {
  return isValidBsn(value) ? digitsOnly(value) : undefined;
}

/** KvK number: eight digits (the Handelsregister has no check digit). */
export function normaliseKvk(value: string): string | undefined {
  const kvk = digitsOnly(value);
  return /^\d{8}$/.test(kvk) ? kvk : undefined;
}

/** A BSN is never shown in full: only its last four digits. */
export function maskBsn(bsn: string): string {
  return '*****' + bsn.slice(-4);
}

/** Dutch postcode '1234 ab' → '1234AB'; undefined when it is not one (first digit is never 0). */
export function normalisePostcode(value: string): string | undefined {
  const m = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/.exec(value);
  return m ? m[1] + m[2]!.toUpperCase() : undefined;
}

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * Phone number to E.164. Dutch national numbers ('06-12345678', '020 123 4567') become +31…;
 * '0031…' and '+31 (0)6…' are recognised; other international numbers are kept as given.
 */
export function normalisePhone(value: string): string | undefined {
  let v = value
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s\-.()/]/g, '');
  if (v.startsWith('00')) v = '+' + v.slice(2);
  if (/^0\d{9}$/.test(v)) v = '+31' + v.slice(1);
  // '+310612345678': the national 0 kept after the country code.
  if (/^\+310\d{9}$/.test(v)) v = '+31' + v.slice(4);
  if (v.startsWith('+31')) return /^\+31\d{9}$/.test(v) ? v : undefined;
  return /^\+[1-9]\d{7,14}$/.test(v) ? v : undefined;
}
