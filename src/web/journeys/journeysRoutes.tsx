import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequirePermission } from '../admin/RequirePermission';
import { PersonaDetailPage } from '../personas/PersonaDetailPage';
import { PersonaFormPage } from '../personas/PersonaFormPage';
import { PersonaListPage } from '../personas/PersonaListPage';
import { ComparePage } from './ComparePage';
import { ImportPage } from './ImportPage';
import { JourneyListPage } from './JourneyListPage';
import { JourneyPage } from './JourneyPage';
import { JourneysLayout } from './JourneysLayout';
import { LibraryPage } from './LibraryPage';
import { NewJourneyPage } from './NewJourneyPage';
import { VersionPage } from './VersionPage';

/** Klantreizen with its persona library, import and shared library. Called inside <Routes>. */
export function journeysRoutes() {
  return (
    <Route path="klantreizen" element={<JourneysLayout />}>
      <Route index element={<JourneyListPage />} />
      <Route path="nieuw" element={manage(<NewJourneyPage />)} />
      <Route path="importeren" element={manage(<ImportPage />)} />
      <Route path="bibliotheek" element={<LibraryPage />} />
      <Route path="personas" element={<PersonaListPage />} />
      <Route
        path="personas/nieuw"
        element={
          <RequirePermission permission="personas:manage">
            <PersonaFormPage />
          </RequirePermission>
        }
      />
      <Route path="personas/:id" element={<PersonaDetailPage />} />
      <Route
        path="personas/:id/wijzigen"
        element={
          <RequirePermission permission="personas:manage">
            <PersonaFormPage />
          </RequirePermission>
        }
      />
      <Route path=":id" element={<JourneyPage />} />
      <Route path=":id/vergelijken" element={<ComparePage />} />
      <Route path=":id/versies/:version" element={<VersionPage />} />
    </Route>
  );
}

function manage(page: ReactNode) {
  return <RequirePermission permission="journeys:manage">{page}</RequirePermission>;
}
