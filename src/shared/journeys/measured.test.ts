import { describe, expect, it } from 'vitest';
import { beforeAfterPeriods, compareShares, contactSummary, ktoSummary } from './measured.js';

describe('measured heartbeats from Klantcontact', () => {
  it('summarises a KTO distribution with a normal interval of the mean and a Wilson interval of the share satisfied', () => {
    // Scores 5,4,4,2,1: mean 3.2, sd √(10.8/4) = 1.64317, half-width 1.959964·1.64317/√5 = 1.44027.
    const k = ktoSummary([
      { score: 1, n: 1 },
      { score: 2, n: 1 },
      { score: 4, n: 2 },
      { score: 5, n: 1 },
    ]);
    expect(k).toMatchObject({ n: 5, suppressed: false, mean: 3.2, satisfied: 3 });
    expect(k.sd).toBeCloseTo(1.64317, 5);
    expect(k.meanCi!.low).toBeCloseTo(1.75973, 4);
    expect(k.meanCi!.high).toBeCloseTo(4.64027, 4);
    // R: prop.test(3, 5, correct = FALSE)$conf.int = 0.2307 0.8824
    expect(k.satisfiedShare!.low).toBeCloseTo(0.2307, 3);
    expect(k.satisfiedShare!.high).toBeCloseTo(0.8824, 3);
  });

  it('suppresses fewer than five answers and clamps the interval to the 1–5 scale', () => {
    expect(ktoSummary([{ score: 5, n: 4 }])).toMatchObject({ n: 4, suppressed: true, mean: null });
    const allFive = ktoSummary([
      { score: 5, n: 9 },
      { score: 1, n: 1 },
    ]);
    expect(allFive.meanCi!.high).toBeLessThanOrEqual(5);
  });

  it('splits contacts into avoidable and value demand, per week over the period', () => {
    expect(contactSummary({ avoidable: 3, value: 11 }, 14)).toMatchObject({ total: 14, perWeek: 7 });
    expect(contactSummary({ avoidable: 0, value: 0 }, 7).avoidableShare).toBeNull();
  });

  it('puts the windows before and after the go-live day, never including today', () => {
    expect(beforeAfterPeriods('2026-03-30', 7, '2026-11-23')).toEqual({
      before: { from: '2026-03-23', to: '2026-03-29', days: 7 },
      after: { from: '2026-03-30', to: '2026-04-05', days: 7 },
    });
    // Live since yesterday: the after window is that one day; live today: none yet.
    expect(beforeAfterPeriods('2026-11-22', 91, '2026-11-23').after).toEqual({
      from: '2026-11-22',
      to: '2026-11-22',
      days: 1,
    });
    expect(beforeAfterPeriods('2026-11-23', 91, '2026-11-23').after).toBeNull();
  });

  it('tests after against before and gives no test without data', () => {
    const c = compareShares({ successes: 3, n: 10 }, { successes: 8, n: 10 });
    expect(c.test!.pValue).toBeCloseTo(0.02462, 4);
    expect(c.test!.difference).toBeCloseTo(0.5, 10);
    expect(compareShares(null, { successes: 1, n: 2 }).test).toBeNull();
  });
});
