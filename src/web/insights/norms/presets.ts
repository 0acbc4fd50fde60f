import type { NormPatch } from '../insightsApi';

/**
 * The presets of docs/insights.md (from ../shared/reference/facts.md): what "Standaard" restores.
 * The server creates each norm from the same preset; keeping them here lets the form offer them.
 */
export const NORM_PRESETS: Record<string, NormPatch> = {
  'phone-asa': { thresholdSeconds: 25 },
  'phone-30s': { thresholdSeconds: 30, target: 0.7 },
  'email-2wd': { workingDays: 2, target: 0.85 },
  'meldingen-due': { target: 0.9 },
  'first-contact': { target: 0.8 },
};
