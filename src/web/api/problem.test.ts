import { describe, expect, it } from 'vitest';
import { ApiError, pointerToField, toProblem } from './problem';

describe('pointerToField', () => {
  it('names the body property a pointer points at', () => {
    expect(pointerToField('/email')).toBe('email');
    expect(pointerToField('/body/email')).toBe('email');
    expect(pointerToField('/query/from')).toBe('from');
    expect(pointerToField('/members/0/name')).toBe('members');
  });

  it('unescapes JSON pointer tokens and tolerates the root pointer', () => {
    expect(pointerToField('/a~1b')).toBe('a/b');
    expect(pointerToField('')).toBe('');
    expect(pointerToField('/body')).toBe('body');
  });
});

describe('toProblem', () => {
  it('keeps well-formed field errors and drops malformed ones', () => {
    const problem = toProblem(400, {
      title: 'Ongeldige invoer',
      status: 400,
      errors: [{ pointer: '/name', detail: 'Verplicht' }, { pointer: 3 }, 'x'],
    });
    expect(problem.errors).toEqual([{ pointer: '/name', detail: 'Verplicht' }]);
    expect(problem.title).toBe('Ongeldige invoer');
  });

  it('still yields a problem for a body that is not one', () => {
    expect(toProblem(502, undefined)).toEqual({ status: 502 });
    expect(new ApiError(502, toProblem(502, 'Bad gateway')).message).toBe('HTTP 502');
  });
});
