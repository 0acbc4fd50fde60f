import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchJourneyMap } from './prefetch';

// What a fresh page load asks for before the session has answered (issue 5): one map's data on
// its own path, nothing on any other path. fetch is stubbed; the keys must be the ones the page
// itself uses (useJourneyEditor, JourneyPage), or it would ask again.
describe('prefetchJourneyMap', () => {
  afterEach(() => vi.unstubAllGlobals());

  function load(pathname: string) {
    const body = JSON.stringify({ journey: { id: 'j', version: 3 }, measurements: [] });
    const fetch = vi.fn(async () => new Response(body, { status: 200, headers: { etag: '"3"' } }));
    vi.stubGlobal('fetch', fetch);
    const client = new QueryClient();
    prefetchJourneyMap(client, pathname);
    return { client, urls: fetch.mock.calls.map((call) => String((call as unknown[])[0])) };
  }

  it('asks once for the map and its measurements and files them under the keys the page reads', async () => {
    const { client, urls } = load('/klantreizen/0b5c-id%20x');
    expect(urls).toEqual(['/api/v1/journeys/0b5c-id%20x/with-measurements']);
    await vi.waitFor(() =>
      expect(client.getQueryData(['journeys', 'measurements', '0b5c-id x'])).toEqual([]),
    );
    // As getJourney answers: the journey with its ETag, which a save sends back as If-Match.
    expect(client.getQueryData(['journeys', 'detail', '0b5c-id x'])).toEqual({
      data: { id: 'j', version: 3 },
      etag: '"3"',
      status: 200,
    });
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
