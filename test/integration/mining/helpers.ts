import { expect } from 'vitest';
import { as, type Login, type TestApp } from '../../helpers/app.js';

export function xesOf(traces: { id: string; events: [string, string][] }[]): string {
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0" xmlns="http://www.xes-standard.org/">\n';
  for (const t of traces) {
    out += `<trace>\n<string key="concept:name" value="${t.id}"/>\n`;
    for (const [a, ts] of t.events)
      out += `<event>\n<string key="concept:name" value="${a}"/>\n<date key="time:timestamp" value="${ts}"/>\n</event>\n`;
    out += '</trace>\n';
  }
  return out + '</log>\n';
}

/** A log of n simple cases (Ontvangen → Behandeld → Afgehandeld), for volume. */
export function manyCases(n: number): string {
  const traces = [];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    traces.push({
      id: `zaak-${i}`,
      events: [
        ['Ontvangen', `2026-02-${day}T09:00:00Z`],
        ['Behandeld', `2026-02-${day}T10:00:00Z`],
        ['Afgehandeld', `2026-02-${day}T12:00:00Z`],
      ] as [string, string][],
    });
  }
  return xesOf(traces);
}

export function upload(
  t: TestApp,
  s: Login,
  query: string,
  body: Buffer | string,
  type = 'application/xml',
  extra: Record<string, string> = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/mining/logs?${query}`,
    headers: as(s, { 'content-type': type, ...extra }),
    payload: body,
  });
}

export async function waitForImport(t: TestApp, s: Login, id: string) {
  for (let i = 0; i < 600; i++) {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/mining/logs/${id}`, headers: as(s) });
    expect(res.statusCode, res.body).toBe(200);
    const log = res.json();
    if (log.status !== 'importing') return log;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

export const get = (t: TestApp, s: Login, url: string) =>
  t.app.inject({ method: 'GET', url, headers: as(s) });
