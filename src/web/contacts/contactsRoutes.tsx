import { Route } from 'react-router';
import { RequirePermission } from '../admin/RequirePermission';
import { CaseDetailPage } from './CaseDetailPage';
import { KlantcontactPage } from './KlantcontactPage';
import { TaskDetailPage } from './TaskDetailPage';
import { WorkQueuePage } from './WorkQueuePage';

/** Klantcontact (KCC) and Meldingen (work queue, case detail). Called inside <Routes>. */
export function contactsRoutes() {
  return (
    <>
      <Route path="klantcontact" element={<KlantcontactPage />} />
      <Route
        path="meldingen"
        element={
          <RequirePermission permission="cases:read">
            <WorkQueuePage />
          </RequirePermission>
        }
      />
      <Route
        path="meldingen/taken/:id"
        element={
          <RequirePermission permission="cases:read">
            <TaskDetailPage />
          </RequirePermission>
        }
      />
      <Route
        path="meldingen/:id"
        element={
          <RequirePermission permission="cases:read">
            <CaseDetailPage />
          </RequirePermission>
        }
      />
    </>
  );
}
