// Filled by the composition root (app.ts) with each module's sources, then read by the routes
// and by the daily run.
import type { AccessExportSource, LegalHoldSetter, RetentionHelper, RetentionSource } from './types.js';

export class PrivacyRegistry {
  readonly retention: RetentionSource[] = [];
  readonly helpers: RetentionHelper[] = [];
  readonly exports: AccessExportSource[] = [];
  legalHold: LegalHoldSetter | undefined;

  addRetention(...sources: RetentionSource[]): this {
    for (const s of sources) {
      if (this.retention.some((r) => r.recordType === s.recordType))
        throw new Error(`retention source for ${s.recordType} registered twice`);
      this.retention.push(s);
    }
    return this;
  }

  addHelper(...helpers: RetentionHelper[]): this {
    this.helpers.push(...helpers);
    return this;
  }

  /** Export sources run in registration order: the one that knows the subject's addresses first. */
  addExport(...sources: AccessExportSource[]): this {
    for (const s of sources) {
      if (this.exports.some((e) => e.name === s.name))
        throw new Error(`export source ${s.name} registered twice`);
      this.exports.push(s);
    }
    return this;
  }

  setLegalHold(setter: LegalHoldSetter): this {
    this.legalHold = setter;
    return this;
  }
}
