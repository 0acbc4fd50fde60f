// Routing as a pure decision: most specific rule, then the category's default, then its parent's.
import { describe, expect, it } from 'vitest';
import { Problem } from '../../platform/http/problem.js';
import { postcodeNumber, route, type RuleLike } from './routing.js';

const rule = (
  id: string,
  categoryCode: string,
  teamId: string,
  from: number | null = null,
  to: number | null = null,
  priority = 0,
): RuleLike => ({
  id,
  categoryCode,
  teamId,
  postcodeFrom: from,
  postcodeTo: to,
  priority,
});

const chain = [
  { code: 'losliggende-tegel', defaultTeamId: null },
  { code: 'bestrating', defaultTeamId: 'team-bestrating' },
  { code: 'openbare-ruimte', defaultTeamId: 'team-buiten' },
];

describe('route', () => {
  it('prefers a matching postcode range over a whole-gemeente rule, even with lower priority', () => {
    const rules = [
      rule('r1', 'losliggende-tegel', 'team-heel', null, null, 10),
      rule('r2', 'losliggende-tegel', 'team-noord', 1000, 1099),
    ];
    expect(route(chain, rules, '1050 AB')).toEqual({
      teamId: 'team-noord',
      ruleId: 'r2',
      via: 'losliggende-tegel',
    });
    expect(route(chain, rules, '2000AB').teamId).toBe('team-heel');
    expect(route(chain, rules, null).teamId).toBe('team-heel');
  });

  it('among matching ranges: higher priority first, then the narrower range', () => {
    const rules = [
      rule('a', 'losliggende-tegel', 'team-breed', 1000, 1999),
      rule('b', 'losliggende-tegel', 'team-smal', 1000, 1099),
      rule('c', 'losliggende-tegel', 'team-voorrang', 1000, 2999, 5),
    ];
    expect(route(chain, rules, '1010').teamId).toBe('team-voorrang');
    expect(route(chain, rules.slice(0, 2), '1010').teamId).toBe('team-smal');
    expect(route(chain, rules.slice(0, 2), '1500').teamId).toBe('team-breed');
  });

  it('falls back to the default team, then to the parent (rules before default at each level)', () => {
    expect(route(chain, [], '1234AB')).toEqual({
      teamId: 'team-bestrating',
      ruleId: null,
      via: 'bestrating',
    });
    const parentRule = [rule('p', 'bestrating', 'team-wijk', 1200, 1299)];
    expect(route(chain, parentRule, '1234AB').teamId).toBe('team-wijk');
    expect(route([chain[0]!, { code: 'bestrating', defaultTeamId: null }, chain[2]!], [], null).teamId).toBe(
      'team-buiten',
    );
  });

  it('answers 422 with a clear type when no team is found', () => {
    const noTeam = [{ code: 'vraag-algemeen', defaultTeamId: null }];
    try {
      route(noTeam, [], null);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Problem);
      const body = (error as Problem).body();
      expect(body.status).toBe(422);
      expect(body.type).toMatch(/case-no-team$/);
      expect(body.errors?.[0]?.pointer).toBe('/categoryCode');
    }
  });

  it('reads the area from the postcode digits only', () => {
    expect(postcodeNumber('1234 AB')).toBe(1234);
    expect(postcodeNumber('0123AB')).toBeNull();
    expect(postcodeNumber('')).toBeNull();
  });
});
