import { lazy } from 'react';
import { Route } from 'react-router';
import { RequirePermission } from '../admin/RequirePermission';
import { miningRoutes } from '../mining/miningRoutes';
import { InsightsLayout } from './InsightsLayout';

// Loaded on demand so ECharts stays out of the bundle every other page loads.
const DashboardPage = lazy(() => import('./DashboardPage').then((m) => ({ default: m.DashboardPage })));
const NormsPage = lazy(() => import('./norms/NormsPage').then((m) => ({ default: m.NormsPage })));
const StaffingPage = lazy(() => import('./staffing/StaffingPage').then((m) => ({ default: m.StaffingPage })));
const RecordsPage = lazy(() => import('./RecordsPage').then((m) => ({ default: m.RecordsPage })));

/** Inzichten (dashboard, norms, staffing, records behind a figure) and Procesmining. Inside <Routes>. */
export function insightsRoutes() {
  return (
    <Route path="inzichten" element={<InsightsLayout />}>
      <Route
        index
        element={
          <RequirePermission permission="insights:read">
            <DashboardPage />
          </RequirePermission>
        }
      />
      <Route
        path="normen"
        element={
          <RequirePermission permission="insights:read">
            <NormsPage />
          </RequirePermission>
        }
      />
      <Route
        path="bezetting"
        element={
          <RequirePermission permission="insights:read">
            <StaffingPage />
          </RequirePermission>
        }
      />
      <Route path="onderliggend" element={<RecordsPage />} />
      {miningRoutes()}
    </Route>
  );
}
