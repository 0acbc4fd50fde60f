import type { CaseStatus } from './types';

/**
 * The status machine of the contract: gemeld → in behandeling → afgehandeld → gesloten; on hold
 * (with a reason) from gemeld or in behandeling and back; reopening from afgehandeld or gesloten.
 * The server decides; this only keeps impossible choices out of the list.
 */
export const NEXT_STATUSES: Record<CaseStatus, CaseStatus[]> = {
  gemeld: ['in_behandeling', 'on_hold'],
  in_behandeling: ['afgehandeld', 'on_hold'],
  on_hold: ['in_behandeling'],
  afgehandeld: ['gesloten', 'in_behandeling'],
  gesloten: ['in_behandeling'],
};

export function nextStatuses(status: string): CaseStatus[] {
  return NEXT_STATUSES[status as CaseStatus] ?? [];
}
