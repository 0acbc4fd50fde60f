import { getJson, request, withQuery } from '../api/http';
import type { PageOf } from '../api/types';
import type {
  Bottleneck,
  CsvMapping,
  Dfg,
  EdgeCase,
  EventLog,
  LogPrivacy,
  Filtered,
  MiningFilters,
  Throughput,
  Variant,
} from './types';

export const MINING_KEY = ['mining'] as const;
const base = (logId: string) => `/api/v1/mining/logs/${encodeURIComponent(logId)}`;

export function listLogs(): Promise<{ items: EventLog[] }> {
  return getJson('/api/v1/mining/logs');
}

export function getLog(logId: string): Promise<EventLog> {
  return getJson(base(logId));
}

export function getDfg(
  logId: string,
  filters: MiningFilters,
  limits: { activities?: number; paths?: number },
) {
  return getJson<Dfg>(withQuery(`${base(logId)}/dfg`, { ...filters, ...limits }));
}

export function getVariants(logId: string, filters: MiningFilters, page: number) {
  return getJson<PageOf<Variant> & Filtered>(
    withQuery(`${base(logId)}/variants`, { ...filters, page, pageSize: 20 }),
  );
}

export function getThroughput(logId: string, filters: MiningFilters) {
  return getJson<Throughput>(withQuery(`${base(logId)}/throughput`, { ...filters, bins: 20 }));
}

export function getBottlenecks(logId: string, filters: MiningFilters) {
  return getJson<Filtered & { items: Bottleneck[] }>(
    withQuery(`${base(logId)}/bottlenecks`, { ...filters, limit: 10 }),
  );
}

export function getEdgeCases(
  logId: string,
  filters: MiningFilters,
  edge: { from: string; to: string },
  page: number,
) {
  return getJson<PageOf<EdgeCase>>(
    withQuery(`${base(logId)}/edge-cases`, {
      ...filters,
      source: edge.from,
      target: edge.to,
      page,
      pageSize: 20,
    }),
  );
}

export function exportHref(logId: string, format: 'xes' | 'csv', filters: MiningFilters): string {
  return withQuery(`${base(logId)}/export.${format}`, { ...filters });
}

export function cancelImport(logId: string): Promise<EventLog> {
  return request<EventLog>('POST', `${base(logId)}/cancel`).then((r) => r.data);
}

export function deleteLog(logId: string): Promise<void> {
  return request<void>('DELETE', base(logId)).then(() => undefined);
}

export interface Upload {
  file: File;
  name: string;
  format: 'xes' | 'csv';
  mapping?: CsvMapping;
  privacy: LogPrivacy;
  idempotencyKey: string;
  csrfToken: string;
}

/**
 * The file goes as the raw body, streamed by the browser (never read into one string here), with
 * XMLHttpRequest because fetch has no upload progress. Resolves with the created log (202).
 */
export function uploadLog(
  upload: Upload,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<EventLog> {
  const url = withQuery('/api/v1/mining/logs', {
    format: upload.format,
    name: upload.name,
    ...upload.mapping,
    resourceHandling: upload.privacy.resourceHandling,
    retentionMonths: upload.privacy.retentionMonths,
  });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', upload.format === 'csv' ? 'text/csv' : 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Idempotency-Key', upload.idempotencyKey);
    xhr.setRequestHeader('X-CSRF-Token', upload.csrfToken);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as EventLog);
      else {
        const detail = (body as { detail?: string } | undefined)?.detail;
        reject(new Error(detail ?? `HTTP ${xhr.status}`));
      }
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort());
    xhr.send(upload.file);
  });
}
