import { describe, expect, it } from 'vitest';
import { treeOrder } from './tree';

const node = (code: string, parentCode: string | null, sort = 0) => ({ code, parentCode, sort });

describe('treeOrder', () => {
  it('lists parents before their children, siblings by sort then code', () => {
    const order = treeOrder([
      node('straat-gat', 'straat', 2),
      node('groen', null, 1),
      node('straat', null, 0),
      node('straat-licht', 'straat', 1),
    ]);
    expect(order.map(({ item, depth }) => `${depth}:${item.code}`)).toEqual([
      '0:straat',
      '1:straat-licht',
      '1:straat-gat',
      '0:groen',
    ]);
  });

  it('shows an orphan at the top level and survives a cycle', () => {
    expect(treeOrder([node('a', 'missing')]).map((n) => n.depth)).toEqual([0]);
    expect(treeOrder([node('a', 'b'), node('b', 'a')])).toEqual([]);
  });
});
