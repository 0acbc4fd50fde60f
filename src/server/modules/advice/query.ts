// Assembles what the adviser sees: figures from the aggregation, names from the catalogue and the
// provenance of the dataset, so that no figure leaves the server without its source.
import type { Context, Phase, Provenance, SchemeCode } from '../../../shared/advice/model.js';
import {
  ALL_GROUP,
  aggregateCell,
  groupCounts,
  type CellResult,
  type DatasetIndex,
  type ShareFigure,
} from './aggregate.js';
import type { Catalogue } from './catalogue-store.js';
import type { DatasetRow } from './datasets.js';
import { problems } from '../../platform/http/problem.js';

export function provenanceOf(row: DatasetRow, n: number): Provenance {
  return {
    datasetId: row.id,
    dataset: row.name,
    source: row.source,
    year: row.year,
    synthetic: row.synthetic,
    n,
  };
}

type Named<T> = T & { name: string };

function named(figures: ShareFigure[], names: Map<string, string>): Named<ShareFigure>[] {
  return figures.map((f) => ({ ...f, name: names.get(f.code) ?? f.code }));
}

export class Labels {
  readonly channels: Map<string, string>;
  readonly motives: Map<string, string>;
  readonly expectations: Map<string, string>;
  readonly groups: Map<string, string>;
  readonly phases: Map<string, string>;
  readonly digital: Map<string, boolean>;

  constructor(readonly catalogue: Catalogue) {
    this.channels = new Map(catalogue.channels.map((c) => [c.code, c.nameNl]));
    this.digital = new Map(catalogue.channels.map((c) => [c.code, c.digital]));
    this.motives = new Map(catalogue.motives.map((m) => [m.code, m.nameNl]));
    this.expectations = new Map(catalogue.expectations.map((e) => [e.code, e.nameNl]));
    this.groups = new Map(catalogue.segments.map((s) => [`${s.scheme}/${s.code}`, s.nameNl]));
    this.phases = new Map(catalogue.phases.map((p) => [`${p.context}/${p.phase}`, p.nameNl]));
  }

  groupName(scheme: SchemeCode, group: string): string {
    if (group === ALL_GROUP) return 'Alle respondenten';
    return this.groups.get(`${scheme}/${group}`) ?? group;
  }

  /** Groups of a scheme in catalogue order. */
  groupsOf(scheme: SchemeCode): string[] {
    return this.catalogue.segments.filter((s) => s.scheme === scheme).map((s) => s.code);
  }

  assertGroup(scheme: SchemeCode, group: string): void {
    if (group !== ALL_GROUP && !this.groups.has(`${scheme}/${group}`)) {
      throw problems.validation([
        { pointer: '/query/group', detail: `groep '${group}' bestaat niet in indeling ${scheme}` },
      ]);
    }
  }
}

export function cellView(row: DatasetRow, cell: CellResult, labels: Labels, minCell: number) {
  return {
    provenance: provenanceOf(row, cell.n),
    n: cell.n,
    nEffective: Math.round(cell.nEffective * 10) / 10,
    small: cell.small,
    minCell,
    channels: named(cell.channels, labels.channels).map((c) => ({
      ...c,
      digital: labels.digital.get(c.code) ?? false,
    })),
    motives: named(cell.motives, labels.motives),
    expectations: named(cell.expectations, labels.expectations),
  };
}

export interface AdviceQuery {
  context: Context;
  scheme: SchemeCode;
  group: string;
  phase: Phase;
}

export function adviceFor(
  row: DatasetRow,
  index: DatasetIndex,
  q: AdviceQuery,
  labels: Labels,
  minCell: number,
) {
  labels.assertGroup(q.scheme, q.group);
  const cell = aggregateCell(index, q, minCell);
  return {
    ...q,
    groupName: labels.groupName(q.scheme, q.group),
    phaseName: labels.phases.get(`${q.context}/${q.phase}`) ?? `Fase ${q.phase}`,
    ...cellView(row, cell, labels, minCell),
  };
}

/** All groups of a scheme side by side for one phase (the groups × channels matrix). */
export function matrixFor(
  row: DatasetRow,
  index: DatasetIndex,
  q: Omit<AdviceQuery, 'group'>,
  labels: Labels,
  minCell: number,
) {
  const counts = groupCounts(index, q.scheme);
  const groups = labels.groupsOf(q.scheme).map((group) => {
    const cell = aggregateCell(index, { ...q, group }, minCell);
    return {
      group,
      groupName: labels.groupName(q.scheme, group),
      inDataset: counts.has(group),
      ...cellView(row, cell, labels, minCell),
    };
  });
  const channels = [...new Set(groups.flatMap((g) => g.channels.map((c) => c.code)))].map((code) => ({
    code,
    name: labels.channels.get(code) ?? code,
  }));
  return {
    ...q,
    phaseName: labels.phases.get(`${q.context}/${q.phase}`) ?? `Fase ${q.phase}`,
    provenance: provenanceOf(
      row,
      groups.reduce((s, g) => s + g.n, 0),
    ),
    channels,
    groups,
  };
}
