import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { num } from '../../insights/format';
import { duration } from '../duration';
import type { DfgActivity } from '../types';
import type { MapEdge, MapModel } from './mapModel';

interface MapTablesProps {
  model: MapModel;
  onOpenEdge: (edge: MapEdge) => void;
}

/** The table equivalent of the process map: the same activities and edges, as text. */
export function MapTables({ model, onOpenEdge }: MapTablesProps) {
  const { t, lang } = useI18n();
  return (
    <>
      <DataTable<DfgActivity>
        caption={t('mining.table.activities')}
        rows={model.activities}
        rowKey={(a) => a.name}
        columns={[
          { key: 'name', header: t('mining.col.activity'), render: (a) => a.name, rowHeader: true },
          { key: 'count', header: t('mining.col.events'), numeric: true, render: (a) => num(lang, a.count) },
          { key: 'cases', header: t('mining.col.cases'), numeric: true, render: (a) => num(lang, a.cases) },
          {
            key: 'start',
            header: t('mining.col.starts'),
            numeric: true,
            render: (a) => num(lang, a.startCount),
          },
          { key: 'end', header: t('mining.col.ends'), numeric: true, render: (a) => num(lang, a.endCount) },
        ]}
      />
      <DataTable<MapEdge>
        caption={t('mining.table.edges')}
        rows={model.edges.filter((e) => !e.synthetic)}
        rowKey={(e) => e.id}
        columns={[
          { key: 'from', header: t('mining.col.from'), render: (e) => e.from, rowHeader: true },
          { key: 'to', header: t('mining.col.to'), render: (e) => e.to },
          { key: 'count', header: t('mining.col.count'), numeric: true, render: (e) => num(lang, e.count) },
          {
            key: 'mean',
            header: t('mining.col.mean'),
            numeric: true,
            render: (e) => duration(lang, e.meanMs),
          },
          {
            key: 'median',
            header: t('mining.col.median'),
            numeric: true,
            render: (e) => duration(lang, e.medianMs),
          },
          {
            key: 'cases',
            header: t('mining.col.cases'),
            render: (e) => (
              <Button appearance="subtle" onClick={() => onOpenEdge(e)}>
                {t('mining.edge.showCases')}
                <span className="bb-visually-hidden">
                  {' '}
                  {t('mining.edge.fromTo', { from: e.from, to: e.to })}
                </span>
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
