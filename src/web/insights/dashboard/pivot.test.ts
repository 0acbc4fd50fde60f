import { describe, expect, it } from 'vitest';
import { pivot } from './pivot';

describe('pivot', () => {
  it('aligns series on sorted categories with gaps for absent cells', () => {
    const rows = [
      { p: '2026-11-09', c: 'phone', n: 3 },
      { p: '2026-11-02', c: 'phone', n: 5 },
      { p: '2026-11-02', c: 'email', n: null },
    ];
    const result = pivot(
      rows,
      (r) => r.p,
      (r) => r.c,
      (r) => r.n,
    );
    expect(result.categories).toEqual(['2026-11-02', '2026-11-09']);
    expect(result.series).toEqual([
      { key: 'phone', data: [5, 3] },
      { key: 'email', data: [null, null] },
    ]);
  });
});
