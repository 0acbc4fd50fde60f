import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import type { Provenance } from '../types';
import { downloadCsv, toCsv, type CsvValue } from './csv';
import { EChart } from './EChart';
import type { ChartOption } from './echarts';
import { ProvenanceNote } from './ProvenanceNote';

/** The CSV is the table's rows (cells) or, where the table is a pivot, the flat rows. */
export type CsvSpec<T> = { filename: string; header: string[] } & (
  { cells: (row: T) => CsvValue[] } | { rows: CsvValue[][] }
);

interface ChartPanelProps<T> {
  title: string;
  description?: string;
  /** null when there is nothing to draw; the table still says so. */
  option: ChartOption | null | undefined;
  summary: string;
  tall?: boolean;
  caption?: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  csv: CsvSpec<T>;
  provenance?: Provenance;
  busy?: boolean;
  children?: ReactNode;
}

/**
 * A chart with, always, the table of its figures and a CSV download of the same rows. The table
 * is the accessible equivalent of the canvas, not an optional extra, so it cannot be left out.
 */
export function ChartPanel<T>(props: ChartPanelProps<T>) {
  const { t } = useI18n();
  const headingId = useId();
  const { title, option, rows, csv } = props;
  const download = () =>
    downloadCsv(csv.filename, toCsv(csv.header, 'rows' in csv ? csv.rows : rows.map(csv.cells)));
  return (
    <section className="bb-chart" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {props.description && <Paragraph>{props.description}</Paragraph>}
      {props.children}
      <div className="bb-chart__body">
        {option && rows.length > 0 && <EChart option={option} label={props.summary} tall={props.tall} />}
        <DataTable<T>
          caption={props.caption ?? t('insights.tableOf', { title })}
          columns={props.columns}
          rows={rows}
          rowKey={props.rowKey}
          busy={props.busy}
        />
      </div>
      <Button onClick={download} disabled={rows.length === 0}>
        {t('insights.csv')}
        <span className="bb-visually-hidden">: {title}</span>
      </Button>
      {props.provenance && <ProvenanceNote provenance={props.provenance} />}
    </section>
  );
}
