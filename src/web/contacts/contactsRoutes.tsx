import { Route } from 'react-router';

/** Klantcontact (KCC) and Meldingen (work queue, case detail). Called inside <Routes>. */
export function contactsRoutes() {
  return <Route path="klantcontact-nog-niet" element={null} />;
}
