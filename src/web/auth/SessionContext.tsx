import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import type { Permission } from '../../shared/roles';
import type { Session } from '../api/types';
import { deleteSession, SESSION_KEY } from './sessionApi';

// Below the login gate the session is known to exist; this context spares every page a null check.
const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used below the login gate');
  return session;
}

/** The server's list is authoritative; shared/roles.ts is only used for labels and role lists. */
export function useCan(): (permission: Permission) => boolean {
  const { user } = useSession();
  return (permission) => user.permissions.includes(permission);
}

export const ADMIN_PERMISSIONS: readonly Permission[] = [
  'users:read',
  'teams:manage',
  'audit:read',
  'processing-log:read',
];

/** Everyone may read teams, so that alone does not open Beheer; any management right does. */
export function canAdminister(permissions: readonly string[]): boolean {
  return ADMIN_PERMISSIONS.some((p) => permissions.includes(p));
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    // Even if the server call fails the user asked to leave: drop every cached byte of tenant data.
    // The session entry itself is set to null, not removed, so the login gate observing it reacts.
    onSettled: () => {
      queryClient.setQueryData(SESSION_KEY, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    },
  });
}
