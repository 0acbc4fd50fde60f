import { describe, expect, it } from 'vitest';
import { groupTree } from './tree';

const node = (code: string, parentCode: string | null, nameNl: string, extra = {}) => ({
  code,
  parentCode,
  nameNl,
  nameEn: null,
  ...extra,
});

describe('groupTree', () => {
  it('groups children under their top-level parent and keeps loose items first', () => {
    const groups = groupTree(
      [
        node('afval', null, 'Afval', { sort: 2 }),
        node('afval.grof', 'afval', 'Grofvuil'),
        node('afval.grof.ophalen', 'afval.grof', 'Ophalen'),
        node('overig', null, 'Overig'),
        node('oud', null, 'Oud', { active: false }),
      ],
      'nl',
    );
    expect(groups).toEqual([
      { key: '', label: null, options: [{ value: 'overig', label: 'Overig' }] },
      {
        key: 'afval',
        label: 'Afval',
        options: [
          { value: 'afval', label: 'Afval' },
          { value: 'afval.grof', label: 'Grofvuil' },
          { value: 'afval.grof.ophalen', label: 'Ophalen (Grofvuil)' },
        ],
      },
    ]);
  });

  it('survives a cycle in the data', () => {
    const groups = groupTree([node('a', null, 'A'), node('b', 'c', 'B'), node('c', 'b', 'C')], 'nl');
    expect(groups[0]?.options.map((o) => o.value)).toEqual(['a']);
  });
});
