import { lazy, type ReactNode } from 'react';
import { Route } from 'react-router';
import type { Permission } from '../../shared/roles';
import { RequirePermission } from '../admin/RequirePermission';
import './caseAdmin.css';

// Loaded on demand (issue 5): most users never open these Beheer pages.
const CategoriesPage = lazy(() =>
  import('./categories/CategoriesPage').then((m) => ({ default: m.CategoriesPage })),
);
const CategoryEditPage = lazy(() =>
  import('./categories/CategoryEditPage').then((m) => ({ default: m.CategoryEditPage })),
);
const FormEditPage = lazy(() => import('./forms/FormEditPage').then((m) => ({ default: m.FormEditPage })));
const FormsPage = lazy(() => import('./forms/FormsPage').then((m) => ({ default: m.FormsPage })));
const RetentionPage = lazy(() =>
  import('./retention/RetentionPage').then((m) => ({ default: m.RetentionPage })),
);
const RoutingPage = lazy(() => import('./routing/RoutingPage').then((m) => ({ default: m.RoutingPage })));
const TemplateEditPage = lazy(() =>
  import('./templates/TemplateEditPage').then((m) => ({ default: m.TemplateEditPage })),
);
const TemplatesPage = lazy(() =>
  import('./templates/TemplatesPage').then((m) => ({ default: m.TemplatesPage })),
);
const TopicsPage = lazy(() => import('./topics/TopicsPage').then((m) => ({ default: m.TopicsPage })));

const guard = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

/** Beheer pages for Klantcontact en meldingen; called inside the <Route path="beheer">. */
export function caseAdminRoutes() {
  return (
    <>
      <Route path="meldingcategorieen" element={guard('cases:configure', <CategoriesPage />)} />
      <Route path="meldingcategorieen/:code" element={guard('cases:configure', <CategoryEditPage />)} />
      <Route path="routering" element={guard('cases:configure', <RoutingPage />)} />
      <Route path="berichtsjablonen" element={guard('cases:configure', <TemplatesPage />)} />
      <Route
        path="berichtsjablonen/:event/:channel"
        element={guard('cases:configure', <TemplateEditPage />)}
      />
      <Route path="contactonderwerpen" element={guard('cases:configure', <TopicsPage />)} />
      <Route path="formulieren" element={guard('cases:configure', <FormsPage />)} />
      <Route path="formulieren/:category" element={guard('cases:configure', <FormEditPage />)} />
      <Route path="bewaartermijnen" element={guard('privacy:manage', <RetentionPage />)} />
    </>
  );
}
