import { Route } from 'react-router';

/** Public pages for residents (no login): e-forms, following a melding, KTO. */
export function publicRoutes() {
  return <Route path="melden-nog-niet" element={null} />;
}
