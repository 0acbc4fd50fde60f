import { Route } from 'react-router';

/** Beheer pages for Klantcontact en meldingen; called inside the <Route path="beheer">. */
export function caseAdminRoutes() {
  return <Route path="meldingen-nog-niet" element={null} />;
}
