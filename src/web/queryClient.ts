import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/problem';
import { SESSION_KEY } from './auth/sessionApi';

export function createQueryClient(): QueryClient {
  // A 401 on any data call means the session ended (expiry, logout elsewhere): drop it so the
  // login gate takes over, instead of every page showing its own error.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && client.getQueryData(SESSION_KEY)) {
      client.setQueryData(SESSION_KEY, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // 4xx answers do not get better by asking again; network and 5xx errors might.
        retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
  return client;
}
