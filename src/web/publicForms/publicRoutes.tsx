import { Outlet, Route } from 'react-router';
import { PublicLayout } from '../shell/PublicLayout';
import { ConfirmationPage } from './ConfirmationPage';
import { EFormPage } from './EFormPage';
import { FollowPage } from './FollowPage';
import { FormListPage } from './FormListPage';
import './publicForms.css';

/**
 * Public pages for residents (no login): e-forms, following a melding, KTO. Used in both the
 * logged-out and the logged-in route trees, always in the public frame (no staff menu).
 */
export function publicRoutes() {
  return (
    <Route
      element={
        <PublicLayout>
          <Outlet />
        </PublicLayout>
      }
    >
      <Route path="melden/:gemeente" element={<FormListPage />} />
      <Route path="melden/:gemeente/:categorie" element={<EFormPage />} />
      <Route path="melden/:gemeente/:categorie/verzonden" element={<ConfirmationPage />} />
      <Route path="melding/:gemeente/:nummer" element={<FollowPage />} />
    </Route>
  );
}
