import type { QueryClient } from '@tanstack/react-query';
import { getJourneyWithMeasurements, JOURNEYS_KEY } from './journeysApi';

// Paths of one map; "nieuw", "importeren", "bibliotheek" and "personas" are pages, not ids.
const MAP_PATH = /^\/klantreizen\/(?!nieuw$|importeren$|bibliotheek$|personas$)([^/]+)\/?$/;

/**
 * Ask for what a map page needs before its page exists: the map and its measurements, under the
 * query keys useJourneyEditor and JourneyPage read, so the page finds the answers (fresh for the
 * client's staleTime) instead of asking again. Called from a click on a map's link in the list
 * (the requests then leave with the click, not after the route has rendered and the page's
 * effects have run: issue 5) and at start-up for a deep link.
 */
export function prefetchJourney(client: QueryClient, id: string): void {
  // One request for both (the server answered two parallel ones one after the other), made when
  // the first of the two queries needs fetching; each key gets its part, and a page that mounts
  // meanwhile joins these queries instead of asking again.
  let both: ReturnType<typeof getJourneyWithMeasurements> | undefined;
  const load = () => (both ??= getJourneyWithMeasurements(id));
  void client.prefetchQuery({
    queryKey: [...JOURNEYS_KEY, 'detail', id],
    queryFn: () => load().then((b) => b.journey),
  });
  void client.prefetchQuery({
    queryKey: [...JOURNEYS_KEY, 'measurements', id],
    queryFn: () => load().then((b) => b.measurements),
  });
}

/**
 * On a fresh load of a journey map, ask for the map while the app still waits for the session
 * (issue 5): otherwise the page only asks once the session has answered and the routes render,
 * one round trip after the other. Without a session the server answers 401; the query then holds
 * that error, and the page asks again when it mounts after login.
 */
export function prefetchJourneyMap(client: QueryClient, pathname: string): void {
  const raw = MAP_PATH.exec(pathname)?.[1];
  if (!raw) return;
  let id: string;
  try {
    id = decodeURIComponent(raw); // as useParams gives it to the page
  } catch {
    return; // a malformed address: the page itself shows what is wrong, the start must not fail
  }
  prefetchJourney(client, id);
}
