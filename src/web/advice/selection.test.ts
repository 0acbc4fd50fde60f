import { describe, expect, it } from 'vitest';
import { ALL_GROUP, resolveSelection, selectionSearch, withSelection } from './selection';
import type { Catalogue, Dataset } from './types';

const dataset = (id: string, synthetic: boolean): Dataset => ({
  id,
  name: id,
  source: 's',
  description: null,
  year: 2021,
  synthetic,
  respondentCount: 10,
  weighting: null,
  createdAt: '2026-01-01T00:00:00Z',
});
const datasets = [dataset('own', false), dataset('demo', true)];
const catalogue = {
  channels: [],
  phases: [],
  motives: [],
  expectations: [],
  segments: [
    { scheme: 'age', code: '16-24', nameNl: '16–24 jaar', nameEn: '16–24 years' },
    { scheme: 'profile', code: 'zorgzame-senioren', nameNl: 'Zorgzame Senioren', nameEn: 'Caring seniors' },
  ],
} satisfies Catalogue;

describe('resolveSelection', () => {
  it('defaults to the synthetic dataset, service, age, all respondents and phase 1', () => {
    expect(resolveSelection(new URLSearchParams(), catalogue, datasets)).toEqual({
      dataset: 'demo',
      datasetB: 'own',
      context: 'service',
      scheme: 'age',
      group: ALL_GROUP,
      phase: 1,
    });
  });

  it('takes a valid choice from the URL and replaces what does not fit', () => {
    const params = new URLSearchParams(
      'dataset=own&context=participation&scheme=profile&group=16-24&phase=9',
    );
    expect(resolveSelection(params, catalogue, datasets)).toMatchObject({
      dataset: 'own',
      datasetB: 'demo',
      context: 'participation',
      scheme: 'profile',
      // 16-24 is an age group, not a profile.
      group: ALL_GROUP,
      phase: 1,
    });
    const fits = new URLSearchParams('scheme=profile&group=zorgzame-senioren&phase=4');
    expect(resolveSelection(fits, catalogue, datasets)).toMatchObject({
      group: 'zorgzame-senioren',
      phase: 4,
    });
  });
});

describe('selection in the URL', () => {
  it('keeps other parameters and carries only the selection to the next page', () => {
    const next = withSelection(new URLSearchParams('plan=p1'), { scheme: 'profile', phase: 3 });
    expect(next.toString()).toBe('plan=p1&scheme=profile&phase=3');
    expect(selectionSearch(next)).toBe('?scheme=profile&phase=3');
    expect(selectionSearch(new URLSearchParams('gebied=x'))).toBe('');
  });
});
