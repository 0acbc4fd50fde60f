import { lazy } from 'react';
import { Route } from 'react-router';
import { RequirePermission } from '../admin/RequirePermission';
import { AdviceLayout } from './AdviceLayout';

// Loaded on demand (issue 5): a page of another section should not parse Kanaaladvies's code.
// The fallback while a page loads is the Suspense boundary in AppShell.
const AdvicePage = lazy(() => import('./AdvicePage').then((m) => ({ default: m.AdvicePage })));
const MatrixPage = lazy(() => import('./MatrixPage').then((m) => ({ default: m.MatrixPage })));
const JourneyPage = lazy(() => import('./JourneyPage').then((m) => ({ default: m.JourneyPage })));
const AreasPage = lazy(() => import('./areas/AreasPage').then((m) => ({ default: m.AreasPage })));
const PlansPage = lazy(() => import('./plans/PlansPage').then((m) => ({ default: m.PlansPage })));
const SurveyPage = lazy(() => import('./survey/SurveyPage').then((m) => ({ default: m.SurveyPage })));
const DatasetComparisonPage = lazy(() =>
  import('./DatasetComparisonPage').then((m) => ({ default: m.DatasetComparisonPage })),
);

/** Kanaaladvies and its sub-pages (see advicePages.ts for the menu). Called inside <Routes>. */
export function adviceRoutes() {
  return (
    <Route path="kanaaladvies" element={<AdviceLayout />}>
      <Route index element={<AdvicePage />} />
      <Route path="groepen" element={<MatrixPage />} />
      <Route path="fasen" element={<JourneyPage />} />
      <Route path="gebied" element={<AreasPage />} />
      <Route path="kanaalplan" element={<PlansPage />} />
      <Route
        path="enquete"
        element={
          <RequirePermission permission="advice:import">
            <SurveyPage />
          </RequirePermission>
        }
      />
      <Route path="vergelijk-datasets" element={<DatasetComparisonPage />} />
    </Route>
  );
}
