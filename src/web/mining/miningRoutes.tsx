import { lazy } from 'react';
import { Route } from 'react-router';
import { RequirePermission } from '../admin/RequirePermission';

// Loaded on demand: ELK (graph layout) and ECharts are only needed on these pages.
const LogsPage = lazy(() => import('./LogsPage').then((m) => ({ default: m.LogsPage })));
const LogPage = lazy(() => import('./LogPage').then((m) => ({ default: m.LogPage })));

/** Procesmining under /inzichten: event logs and, per log, its process map. Inside <Routes>. */
export function miningRoutes() {
  return (
    <>
      <Route
        path="procesmining"
        element={
          <RequirePermission permission="mining:read">
            <LogsPage />
          </RequirePermission>
        }
      />
      <Route
        path="procesmining/:logId"
        element={
          <RequirePermission permission="mining:read">
            <LogPage />
          </RequirePermission>
        }
      />
    </>
  );
}
