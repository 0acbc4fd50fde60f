import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchJourneyMap } from './prefetch';

// What a fresh page load asks for before the session has answered (issue 5): one map's data on
// its own path, nothing on any other path. fetch is stubbed; the keys must be the ones the page
// itself uses (useJourneyEditor, JourneyPage), or it would ask again.
describe('prefetchJourneyMap', () => {
  afterEach(() => vi.unstubAllGlobals());

  function load(pathname: string) {
    const fetch = vi.fn(async () => new Response('{"items":[]}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const client = new QueryClient();
    prefetchJourneyMap(client, pathname);
    return { client, urls: fetch.mock.calls.map((call) => String((call as unknown[])[0])) };
  }

  it('asks for the map and its measurements under the keys the page reads', async () => {
    const { client, urls } = load('/klantreizen/0b5c-id%20x');
    expect(urls).toEqual(['/api/v1/journeys/0b5c-id%20x', '/api/v1/journeys/0b5c-id%20x/measurements']);
    await vi.waitFor(() =>
      expect(client.getQueryData(['journeys', 'measurements', '0b5c-id x'])).toEqual([]),
    );
    expect(client.getQueryState(['journeys', 'detail', '0b5c-id x'])?.status).toBe('success');
  });

  it('asks for nothing on the section pages or the sub-pages of a map', () => {
    for (const path of [
      '/',
      '/klantreizen',
      '/klantreizen/nieuw',
      '/klantreizen/importeren',
      '/klantreizen/bibliotheek',
      '/klantreizen/personas',
      '/klantreizen/abc/vergelijken',
      '/kanaaladvies/fasen',
      '/klantreizen/%E0%A4%A', // malformed: no request, and no exception at start-up
    ]) {
      expect(load(path).urls, path).toEqual([]);
    }
  });
});
