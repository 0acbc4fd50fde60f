// The API shape of a log, for stored logs and for the virtual own-cases log.
import type { Static } from 'typebox';
import type { LogSchema } from './schemas.js';
import type { LogRow, Provenance } from './store.js';
import { OWN_CASES } from './service.js';
import { OWN_CASES_TTL_MS } from './own-cases.js';

export type LogView = Static<typeof LogSchema>;

export function logView(row: LogRow): LogView {
  return {
    id: row.id,
    name: row.name,
    source: row.source as LogView['source'],
    status: row.status as LogView['status'],
    progress: {
      bytesRead: row.bytesRead,
      bytesTotal: row.bytesTotal,
      events: row.eventsRead,
      traces: row.tracesRead,
    },
    cases: row.cases,
    events: row.events,
    activities: row.activities,
    error: (row.error as LogView['error']) ?? null,
    provenance: row.provenance as Provenance,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
    retainUntil: row.retainUntil ? row.retainUntil.toISOString() : null,
    resourceHandling: row.resourceHandling as LogView['resourceHandling'],
    anonymisedAt: row.anonymisedAt ? row.anonymisedAt.toISOString() : null,
  };
}

export const OWN_CASES_PROVENANCE: Provenance = {
  kind: 'own-cases',
  label: `Eigen zaken van de gemeente (gebeurtenissenlog van meldingen, aanvragen, vragen en klachten); gelezen uit het zaaksysteem en ${OWN_CASES_TTL_MS / 1000} seconden bewaard, dus tot ${OWN_CASES_TTL_MS / 1000} seconden oud`,
};

export function ownCasesView(counts: { cases: number; events: number; activities: number } | null): LogView {
  return {
    id: OWN_CASES,
    name: 'Eigen zaken',
    source: 'cases',
    status: 'ready',
    progress: { bytesRead: 0, bytesTotal: null, events: counts?.events ?? 0, traces: counts?.cases ?? 0 },
    cases: counts?.cases ?? null,
    events: counts?.events ?? null,
    activities: counts?.activities ?? null,
    error: null,
    provenance: OWN_CASES_PROVENANCE,
    createdAt: null,
    finishedAt: null,
    retainUntil: null,
    resourceHandling: null,
    anonymisedAt: null,
  };
}
