// RFC 9457 problem details, as every error from /api/v1 is shaped.
export interface ProblemFieldError {
  pointer: string;
  detail: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: ProblemFieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// A proxy or a crash may answer with HTML or nothing; the UI still needs a Problem to show.
export function toProblem(status: number, body: unknown): Problem {
  if (!isObject(body)) return { status };
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(
        (e): e is ProblemFieldError =>
          isObject(e) && typeof e.pointer === 'string' && typeof e.detail === 'string',
      )
    : undefined;
  return {
    type: typeof body.type === 'string' ? body.type : undefined,
    title: typeof body.title === 'string' ? body.title : undefined,
    status: typeof body.status === 'number' ? body.status : status,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    errors,
  };
}

// The server points into the body as "/email" but into other request parts with a prefix
// ("/query/from"); a form field is named after the property either way.
const REQUEST_PARTS = ['body', 'query', 'params'];

/** "/email" -> "email"; "/query/from" -> "from"; "/members/0/name" -> "members". */
export function pointerToField(pointer: string): string {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const meaningful =
    segments.length > 1 && REQUEST_PARTS.includes(segments[0] ?? '') ? segments.slice(1) : segments;
  return meaningful[0] ?? '';
}
