// The case status machine and the Dutch activity names the event log (and process mining) uses.
import { Problem } from '../../platform/http/problem.js';
import type { CaseKind, CaseStatus } from './model.js';

const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  gemeld: ['in_behandeling', 'on_hold'],
  in_behandeling: ['on_hold', 'afgehandeld'],
  on_hold: ['in_behandeling'],
  // Reopening: a handled or closed case goes back to in behandeling.
  afgehandeld: ['gesloten', 'in_behandeling'],
  gesloten: ['in_behandeling'],
};

export function allowedNext(from: CaseStatus): readonly CaseStatus[] {
  return NEXT[from];
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return NEXT[from].includes(to);
}

export const isReopen = (from: CaseStatus, to: CaseStatus) =>
  to === 'in_behandeling' && (from === 'afgehandeld' || from === 'gesloten');

export const isFinished = (status: string) => status === 'afgehandeld' || status === 'gesloten';

export const invalidTransition = (from: CaseStatus, to: CaseStatus) =>
  new Problem(
    409,
    'case-invalid-transition',
    'Statuswijziging niet toegestaan',
    `Van status '${from}' kan een zaak niet naar '${to}'. Toegestaan: ${NEXT[from].join(', ') || 'geen'}.`,
    [{ pointer: '/status', detail: `niet toegestaan vanuit '${from}'` }],
  );

const RECEIVED: Record<CaseKind, string> = {
  melding: 'Melding ontvangen',
  aanvraag: 'Aanvraag ontvangen',
  vraag: 'Vraag ontvangen',
  klacht: 'Klacht ontvangen',
};

export const ACTIVITY = {
  received: (kind: CaseKind) => RECEIVED[kind],
  assigned: 'Toegewezen',
  forwarded: 'Doorgestuurd naar team',
  reopenedAfterKto: 'Heropend na KTO',
  ktoAnswered: 'KTO beantwoord',
  legalHoldSet: 'Bewaarplicht ingesteld',
  legalHoldLifted: 'Bewaarplicht opgeheven',
} as const;

/** The activity a status change is logged as. */
export function statusActivity(from: CaseStatus, to: CaseStatus): string {
  if (isReopen(from, to)) return 'Heropend';
  switch (to) {
    case 'in_behandeling':
      return from === 'on_hold' ? 'Hervat' : 'In behandeling genomen';
    case 'on_hold':
      return 'On hold gezet';
    case 'afgehandeld':
      return 'Afgehandeld';
    case 'gesloten':
      return 'Gesloten';
    default:
      return 'Gemeld';
  }
}

/** Status as the resident reads it in a message. */
export const STATUS_LABEL: Record<CaseStatus, string> = {
  gemeld: 'ontvangen',
  in_behandeling: 'in behandeling',
  on_hold: 'tijdelijk aangehouden',
  afgehandeld: 'afgehandeld',
  gesloten: 'gesloten',
};
