// What the rest of the product uses of the privacy kernel.
export { PrivacyRegistry } from './registry.js';
export { privacyRoutes } from './routes.js';
export {
  runRetention,
  runRetentionForAll,
  RETENTION_BATCH_SIZE,
  RetentionScheduler,
  cutoffOf,
  type RetentionRun,
} from './runner.js';
export { after, among, nextAfter, notAmong } from './conditions.js';
export { seedRetentionTerms, termMonths, DEFAULT_TERMS } from './terms.js';
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
