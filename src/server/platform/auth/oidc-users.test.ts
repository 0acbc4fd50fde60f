import { describe, expect, it } from 'vitest';
import { roleFromClaim } from './oidc-users.js';

describe('roleFromClaim', () => {
  it('maps claim values through the role map, accepts role names as they are, and ignores the rest', () => {
    const map = { 'kcc-groep': 'kcc', 'g-beheer': 'beheerder' };
    expect(roleFromClaim('kcc-groep', map)).toBe('kcc');
    expect(roleFromClaim(['onbekend', 'g-beheer'], map)).toBe('beheerder');
    expect(roleFromClaim('analist', {})).toBe('analist');
    expect(roleFromClaim(['admin', 42], {})).toBeNull();
    expect(roleFromClaim(undefined, map)).toBeNull();
    // A mapping to something that is not a role gives no role.
    expect(roleFromClaim('x', { x: 'superuser' })).toBeNull();
  });
});
