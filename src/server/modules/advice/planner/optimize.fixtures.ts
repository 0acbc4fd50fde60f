// The small hand-checked planner instance that the optimizer's example tests share.
import type { PhaseResult } from './types.js';

// Channels 0 web (free), 1 phone (5), 2 letter (3), 3 whatsapp (2), 4 balie (8); bits 1, 2, 4, 8, 16.
export const WEB = 1;
export const PHONE = 2;
export const LETTER = 4;
export const WHATSAPP = 8;
export const BALIE = 16;
export const channels = [
  { code: 'web', cost: 0 },
  { code: 'phone', cost: 5 },
  { code: 'letter', cost: 3 },
  { code: 'whatsapp', cost: 2 },
  { code: 'balie', cost: 8 },
];
// 20 young respondents: web 8, whatsapp 6, web+whatsapp 2, phone 2, balie 2.
export const young = {
  code: 'young',
  patterns: [
    { mask: WEB, weight: 8 },
    { mask: WHATSAPP, weight: 6 },
    { mask: WEB | WHATSAPP, weight: 2 },
    { mask: PHONE, weight: 2 },
    { mask: BALIE, weight: 2 },
  ],
};
// 20 old respondents: letter 6, phone 4, web 4, letter+phone 2, balie 2, web+letter 2.
export const old = {
  code: 'old',
  patterns: [
    { mask: LETTER, weight: 6 },
    { mask: PHONE, weight: 4 },
    { mask: WEB, weight: 4 },
    { mask: LETTER | PHONE, weight: 2 },
    { mask: BALIE, weight: 2 },
    { mask: WEB | LETTER, weight: 2 },
  ],
};

export function reachOf(result: PhaseResult, group: string): number | undefined {
  return result.reach.find((r) => r.group === group)?.reach;
}
