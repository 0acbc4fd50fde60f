import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { isDatabaseUnavailable } from '../db/errors.js';
import { Problem, problems, type FieldError } from './problem.js';

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const CONTEXT_PREFIX: Record<string, string> = {
  body: '',
  querystring: '/query',
  params: '/params',
  headers: '/headers',
};

/** Turns schema-validation errors into field paths a form can attach its messages to. */
export function fieldErrors(validation: AjvError[], context = 'body'): FieldError[] {
  const prefix = CONTEXT_PREFIX[context] ?? `/${context}`;
  const all = validation.map((v) => {
    let pointer = v.instancePath;
    let detail = v.message ?? 'ongeldig';
    if (v.keyword === 'required') {
      pointer += '/' + String(v.params.missingProperty);
      detail = 'is verplicht';
    } else if (v.keyword === 'additionalProperties') {
      pointer += '/' + String(v.params.additionalProperty);
      detail = 'is geen bekend veld';
    } else if (v.keyword === 'maxLength') {
      detail = `mag hoogstens ${String(v.params.limit)} tekens lang zijn`;
    } else if (v.keyword === 'minLength') {
      detail =
        v.params.limit === 1
          ? 'mag niet leeg zijn'
          : `moet minstens ${String(v.params.limit)} tekens lang zijn`;
    } else if (v.keyword === 'type') {
      detail = `moet van het type ${String(v.params.type)} zijn`;
    } else if (v.keyword === 'enum' || v.keyword === 'anyOf') {
      const allowed = v.params.allowedValues;
      detail = Array.isArray(allowed)
        ? `moet een van ${allowed.join(', ')} zijn`
        : 'is geen toegestane waarde';
    } else if (v.keyword === 'format') {
      detail = `is geen geldig ${String(v.params.format)}`;
    }
    return { pointer: prefix + pointer || '/', detail };
  });
  // A union (e.g. e-mail or null) fails once per branch; the first branch's message is the
  // one a person can act on, so each field gets one message.
  const seen = new Set<string>();
  return all.filter((e) => !seen.has(e.pointer) && seen.add(e.pointer));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { validationContext?: string }, request, reply) => {
    let problem: Problem;
    if (error instanceof Problem) {
      problem = error;
    } else if (error.validation) {
      problem = problems.validation(
        fieldErrors(error.validation as unknown as AjvError[], error.validationContext),
      );
    } else if (
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      (error.statusCode === 400 && error instanceof SyntaxError)
    ) {
      problem = problems.malformedJson(error.message);
    } else if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      problem = problems.malformedJson('De body is leeg maar het Content-Type is JSON.');
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      problem = problems.payloadTooLarge();
    } else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      problem = problems.unsupportedMediaType(error.message);
    } else if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      problem = problems.databaseUnavailable();
    } else if (error.statusCode === 429) {
      problem = problems.tooManyRequests(60);
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      problem = new Problem(error.statusCode, 'bad-request', 'Ongeldige aanvraag', error.message);
    } else {
      request.log.error({ err: error }, 'unhandled error');
      problem = problems.internal();
    }
    return sendProblem(reply, problem, request.url);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      new Problem(
        404,
        'not-found',
        'Niet gevonden',
        `Er is geen resource op ${request.method} ${request.url.split('?')[0]}.`,
      ),
    ),
  );
}

export function sendProblem(reply: FastifyReply, problem: Problem, instance?: string) {
  for (const [k, v] of Object.entries(problem.headers)) reply.header(k, v);
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send(problem.body(instance?.split('?')[0]));
}
