// "Our residents" versus another dataset: per channel, the difference in share and whether it is
// statistically significant (two-proportion z-test at 5%, on effective sample sizes).
import { twoProportionZTest } from '../../../shared/statistics/ztest.js';
import type { CellTally } from './aggregate.js';

export interface ComparisonRow {
  code: string;
  shareA: number;
  shareB: number;
  difference: number;
  z: number | null;
  pValue: number | null;
  significant: boolean;
}

export function compareCells(a: CellTally, b: CellTally): ComparisonRow[] {
  const codes = new Set([...a.channels.keys(), ...b.channels.keys()]);
  const nA = a.sumSq > 0 ? (a.total * a.total) / a.sumSq : 0;
  const nB = b.sumSq > 0 ? (b.total * b.total) / b.sumSq : 0;
  const rows: ComparisonRow[] = [];
  for (const code of codes) {
    const shareA = a.total > 0 ? (a.channels.get(code)?.weight ?? 0) / a.total : 0;
    const shareB = b.total > 0 ? (b.channels.get(code)?.weight ?? 0) / b.total : 0;
    const test =
      nA > 0 && nB > 0
        ? twoProportionZTest({ proportion: shareA, n: nA }, { proportion: shareB, n: nB })
        : null;
    rows.push({
      code,
      shareA,
      shareB,
      difference: shareA - shareB,
      z: test?.z ?? null,
      pValue: test?.pValue ?? null,
      significant: test?.significant ?? false,
    });
  }
  return rows.sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference) || x.code.localeCompare(y.code));
}
