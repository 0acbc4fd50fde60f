import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import {
  AREAS_KEY,
  CATALOGUE_KEY,
  DATASETS_KEY,
  fetchAreas,
  fetchCatalogue,
  fetchDatasets,
} from './adviceApi';
import { ALL_GROUP, resolveSelection, withSelection, type Selection } from './selection';
import type { Catalogue } from './types';

/** The channel catalogue, as every page reads it; also for prefetching it (the journey map does). */
export const catalogueQuery = queryOptions({
  queryKey: CATALOGUE_KEY,
  queryFn: fetchCatalogue,
  staleTime: 300_000,
});

export function useCatalogue() {
  return useQuery(catalogueQuery);
}

export function useDatasets() {
  return useQuery({ queryKey: DATASETS_KEY, queryFn: fetchDatasets });
}

export function useAreas() {
  return useQuery({ queryKey: AREAS_KEY, queryFn: fetchAreas });
}

export interface Names {
  channel: (code: string, fallback?: string) => string;
  group: (scheme: string, code: string, fallback?: string) => string;
  phase: (context: string, phase: number, fallback?: string) => string;
  motive: (code: string, fallback?: string) => string;
  expectation: (code: string, fallback?: string) => string;
}

/**
 * Names in the UI language. Figures from the server carry Dutch names; the catalogue has both, so
 * an English UI looks the code up there (and falls back to the server's name, then the code).
 */
export function useNames(catalogue: Catalogue | undefined): Names {
  const { lang, t } = useI18n();
  return useMemo(() => {
    const pick = (item: { nameNl: string; nameEn: string } | undefined) =>
      item && (lang === 'en' ? item.nameEn : item.nameNl);
    const c = catalogue;
    return {
      channel: (code, fallback) => pick(c?.channels.find((x) => x.code === code)) ?? fallback ?? code,
      group: (scheme, code, fallback) =>
        code === ALL_GROUP
          ? t('advice.allGroups')
          : (pick(c?.segments.find((x) => x.scheme === scheme && x.code === code)) ?? fallback ?? code),
      phase: (context, phase, fallback) =>
        pick(c?.phases.find((x) => x.context === context && x.phase === phase)) ??
        fallback ??
        t('advice.phaseN', { phase }),
      motive: (code, fallback) => pick(c?.motives.find((x) => x.code === code)) ?? fallback ?? code,
      expectation: (code, fallback) => pick(c?.expectations.find((x) => x.code === code)) ?? fallback ?? code,
    };
  }, [catalogue, lang, t]);
}

/** The selection from the URL (with defaults), and a way to change it. */
export function useSelection() {
  const [params, setParams] = useSearchParams();
  const catalogue = useCatalogue();
  const datasets = useDatasets();
  const selection = resolveSelection(params, catalogue.data, datasets.data ?? []);
  const apply = (next: Partial<Selection>) => setParams(withSelection(params, next));
  const ready = catalogue.data !== undefined && datasets.data !== undefined && selection.dataset !== '';
  return { selection, apply, catalogue, datasets, ready };
}
