import { useCan } from '../auth/SessionContext';
import { ForbiddenPage } from '../sections/MessagePage';
import { RegisterContactPage } from './RegisterContactPage';
import { ResidentLookupPage } from './ResidentLookupPage';

/** Who registers contacts gets the KCC screen; who may only read gets the resident lookup. */
export function KlantcontactPage() {
  const can = useCan();
  if (can('contacts:register')) return <RegisterContactPage />;
  if (can('contacts:read') && can('parties:read')) return <ResidentLookupPage />;
  return <ForbiddenPage />;
}
