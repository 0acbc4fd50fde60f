// Mirrors the server's template rendering (cases/templates.ts) for the preview only; the server
// renders what is actually sent.
export const PLACEHOLDERS = [
  'nummer',
  'categorie',
  'status',
  'reden',
  'naam',
  'link',
  'gemeente',
  'termijn',
] as const;

export const SAMPLE: Record<(typeof PLACEHOLDERS)[number], string> = {
  nummer: 'M-2026-000123',
  categorie: 'Losliggende stoeptegel',
  status: 'in behandeling',
  reden: 'wacht op de aannemer',
  naam: 'J. de Vries',
  link: 'https://voorbeeldstad.example/melding/M-2026-000123',
  gemeente: 'Gemeente Voorbeeldstad',
  termijn: '12 maart 2026',
};

const PLACEHOLDER = /\{\{\s*([a-z]+)\s*\}\}/g;

export function renderPreview(text: string): string {
  return text.replace(PLACEHOLDER, (_, name: string) => SAMPLE[name as keyof typeof SAMPLE] ?? '');
}

/** Placeholders in the text that the server does not know: they would reach the resident as is. */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].filter((n) => !known.has(n));
}
