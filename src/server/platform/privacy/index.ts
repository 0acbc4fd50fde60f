// What the rest of the product uses of the privacy kernel.
export { PrivacyRegistry } from './registry.js';
export { privacyRoutes } from './routes.js';
export {
  runRetention,
  runRetentionForAll,
  RetentionScheduler,
  cutoffOf,
  type RetentionRun,
} from './runner.js';
export { among, notAmong } from './conditions.js';
export { seedRetentionTerms, DEFAULT_TERMS } from './terms.js';
export {
  RECORD_TYPES,
  type AccessExportSource,
  type ExportScope,
  type LegalHoldSetter,
  type RecordType,
  type RetentionContext,
  type RetentionCounts,
  type RetentionHelper,
  type RetentionSource,
} from './types.js';
