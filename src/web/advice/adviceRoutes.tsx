import { Route } from 'react-router';
import { RequirePermission } from '../admin/RequirePermission';
import { AdviceLayout } from './AdviceLayout';
import { AdvicePage } from './AdvicePage';
import { AreasPage } from './areas/AreasPage';
import { DatasetComparisonPage } from './DatasetComparisonPage';
import { JourneyPage } from './JourneyPage';
import { MatrixPage } from './MatrixPage';
import { PlansPage } from './plans/PlansPage';
import { SurveyPage } from './survey/SurveyPage';

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
