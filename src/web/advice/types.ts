// Shapes of the /api/v1/advice resources as the web app reads them. The server module
// (src/server/modules/advice) owns the contract; names in responses are Dutch, the catalogue
// carries both languages.
import type { Context, Interval, Phase, Provenance, SchemeCode } from '../../shared/advice/model';

export type { Context, Interval, Phase, Provenance, SchemeCode };

export interface CatalogueChannel {
  code: string;
  nameNl: string;
  nameEn: string;
  digital: boolean;
  contexts: string[];
}

export interface CatalogueSegment {
  scheme: string;
  code: string;
  nameNl: string;
  nameEn: string;
}

export interface CataloguePhase {
  context: string;
  phase: number;
  nameNl: string;
  nameEn: string;
  description: string;
}

export interface CatalogueReason {
  kind: string;
  code: string;
  nameNl: string;
  nameEn: string;
}

export interface Catalogue {
  channels: CatalogueChannel[];
  segments: CatalogueSegment[];
  phases: CataloguePhase[];
  motives: CatalogueReason[];
  expectations: CatalogueReason[];
  /** Notice that must accompany the engagement profiles wherever they are shown. */
  profileRights?: string;
}

export interface Dataset {
  id: string;
  name: string;
  source: string;
  description: string | null;
  year: number;
  synthetic: boolean;
  respondentCount: number;
  weighting: { areaId: string; areaName: string; weights: Record<string, number> } | null;
  createdAt: string;
}

/** A share with its 95% interval; share (and first choice) are null for a cell that is too small. */
export interface ShareFigure {
  code: string;
  name: string;
  count: number;
  share: number | null;
  ci: Interval | null;
  firstChoiceShare: number | null;
}

export interface CellView {
  provenance: Provenance;
  n: number;
  nEffective: number;
  small: boolean;
  minCell: number;
  channels: (ShareFigure & { digital: boolean })[];
  motives: ShareFigure[];
  expectations: ShareFigure[];
}

export interface Advice extends CellView {
  context: Context;
  scheme: SchemeCode;
  group: string;
  phase: Phase;
  groupName: string;
  phaseName: string;
}

export interface Matrix {
  context: Context;
  scheme: SchemeCode;
  phase: Phase;
  phaseName: string;
  provenance: Provenance;
  channels: { code: string; name: string }[];
  groups: (CellView & { group: string; groupName: string; inDataset: boolean })[];
}

export interface Journey {
  context: Context;
  scheme: SchemeCode;
  group: string;
  phases: Advice[];
}

export interface DatasetComparison {
  groupName: string;
  provenanceA: Provenance;
  provenanceB: Provenance;
  minCell: number;
  smallA: boolean;
  smallB: boolean;
  alpha: number;
  channels: {
    code: string;
    name: string;
    shareA: number;
    shareB: number;
    difference: number;
    pValue: number | null;
    significant: boolean;
  }[];
}

export type AreaKind = 'gemeente' | 'wijk' | 'buurt';

export interface Area {
  id: string;
  name: string;
  kind: string;
  scheme: string;
  shares: Record<string, number>;
  counts: Record<string, number> | null;
  synthetic: boolean;
  source: string | null;
  version: number;
  updatedAt: string;
}

export interface AreaWithWarnings {
  area: Area;
  warnings: string[];
}

export interface MixPhase {
  phase: Phase;
  phaseName: string;
  channels: { code: string; name: string; share: number; ci: Interval }[];
  missingGroups: string[];
  smallGroups: string[];
  coveredShare: number;
}

export interface AreaMix {
  area: Area;
  context: Context;
  provenance: Provenance;
  minCell: number;
  phases: MixPhase[];
}
