import type { ReactNode } from 'react';
import type { Permission } from '../../shared/roles';
import { useCan } from '../auth/SessionContext';
import { ForbiddenPage } from '../sections/MessagePage';

/** Hides a page the user may not open; the server refuses the data anyway (403). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <ForbiddenPage />;
}
