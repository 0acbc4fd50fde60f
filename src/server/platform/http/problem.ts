// RFC 9457 problem details. Each kind of error has a stable type URI so clients can branch on it.
export const PROBLEM_BASE = 'https://buitenbinnen.nl/problems/';

export interface FieldError {
  /** JSON pointer into the request, e.g. "/email" or "/query/page". */
  pointer: string;
  detail: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }

  body(instance?: string): ProblemBody {
    return {
      type: PROBLEM_BASE + this.kind,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const problems = {
  validation: (errors: FieldError[], detail = 'De aanvraag bevat ongeldige gegevens.') =>
    new Problem(400, 'validation', 'Ongeldige invoer', detail, errors),
  malformedJson: (detail: string) => new Problem(400, 'malformed-json', 'Ongeldige JSON', detail),
  unauthenticated: (detail = 'U bent niet ingelogd of uw sessie is verlopen.') =>
    new Problem(401, 'unauthenticated', 'Niet ingelogd', detail),
  invalidCredentials: () =>
    new Problem(
      401,
      'invalid-credentials',
      'Inloggen mislukt',
      'E-mailadres of wachtwoord is onjuist, of het account is (tijdelijk) geblokkeerd.',
    ),
  forbidden: (detail = 'U heeft geen toestemming voor deze actie.') =>
    new Problem(403, 'forbidden', 'Geen toegang', detail),
  csrf: () => new Problem(403, 'csrf', 'Ongeldig CSRF-token', 'Ververs de pagina en probeer het opnieuw.'),
  notFound: (what = 'Het gevraagde object') =>
    new Problem(404, 'not-found', 'Niet gevonden', `${what} bestaat niet.`),
  conflict: (detail: string) => new Problem(409, 'conflict', 'Conflict', detail),
  preconditionFailed: () =>
    new Problem(
      412,
      'precondition-failed',
      'Gewijzigd door een ander',
      'Het object is intussen gewijzigd. Laad het opnieuw en pas uw wijziging opnieuw toe.',
    ),
  idempotencyMismatch: () =>
    new Problem(
      422,
      'idempotency-key-reused',
      'Idempotency-Key hergebruikt',
      'Deze Idempotency-Key is al gebruikt voor een andere aanvraag.',
    ),
  idempotencyInProgress: () =>
    new Problem(
      409,
      'idempotency-in-progress',
      'Aanvraag nog bezig',
      'Een aanvraag met deze Idempotency-Key wordt nog verwerkt.',
    ),
  preconditionRequired: () =>
    new Problem(
      428,
      'precondition-required',
      'If-Match vereist',
      'Stuur de ETag van het object mee in de If-Match-header.',
    ),
  tooManyRequests: (retryAfterSeconds: number) =>
    new Problem(
      429,
      'too-many-requests',
      'Te veel verzoeken',
      `Probeer het over ${retryAfterSeconds} seconden opnieuw.`,
      undefined,
      { 'retry-after': String(retryAfterSeconds) },
    ),
  payloadTooLarge: () =>
    new Problem(413, 'payload-too-large', 'Aanvraag te groot', 'De aanvraag is groter dan toegestaan.'),
  unsupportedMediaType: (detail: string) =>
    new Problem(415, 'unsupported-media-type', 'Niet-ondersteund formaat', detail),
  databaseUnavailable: () =>
    new Problem(
      503,
      'database-unavailable',
      'Tijdelijk niet beschikbaar',
      'De database is tijdelijk niet bereikbaar. Probeer het zo opnieuw.',
      undefined,
      { 'retry-after': '5' },
    ),
  internal: () =>
    new Problem(500, 'internal', 'Interne fout', 'Er ging iets mis aan onze kant. De fout is gelogd.'),
};
