import type { ReactNode } from 'react';
import { Route } from 'react-router';
import type { Permission } from '../../shared/roles';
import { RequirePermission } from '../admin/RequirePermission';
import { CategoriesPage } from './categories/CategoriesPage';
import { CategoryEditPage } from './categories/CategoryEditPage';
import { FormEditPage } from './forms/FormEditPage';
import { FormsPage } from './forms/FormsPage';
import { RetentionPage } from './retention/RetentionPage';
import { RoutingPage } from './routing/RoutingPage';
import { TemplateEditPage } from './templates/TemplateEditPage';
import { TemplatesPage } from './templates/TemplatesPage';
import { TopicsPage } from './topics/TopicsPage';
import './caseAdmin.css';

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
