import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { num } from '../../insights/format';
import { Heading } from '../../ui/Heading';
import { RadioGroup } from '../../ui/RadioGroup';
import { duration } from '../duration';
import { EdgeCases } from '../EdgeCases';
import type { Dfg, MiningFilters } from '../types';
import { MapTables } from './MapTables';
import { mapModel, type MapEdge, type MapMode } from './mapModel';
import { ProcessMap } from './ProcessMap';

interface MapPanelProps {
  logId: string;
  dfg: Dfg;
  filters: MiningFilters;
}

/** The process map with its controls (measure, how many activities and paths), table and cases. */
export function MapPanel({ logId, dfg, filters }: MapPanelProps) {
  const { t, lang } = useI18n();
  const [mode, setMode] = useState<MapMode>('frequency');
  const totalA = dfg.activities.length;
  const totalE = dfg.edges.length;
  const [activities, setActivities] = useState(() => Math.min(totalA, 20));
  const [paths, setPaths] = useState(() => Math.min(totalE, 40));
  const [edge, setEdge] = useState<MapEdge | null>(null);
  const shownA = Math.min(activities, totalA);
  const shownE = Math.min(paths, totalE);
  const model = useMemo(() => mapModel(dfg, shownA, shownE, mode), [dfg, shownA, shownE, mode]);
  const edgeLabel = useCallback(
    (e: MapEdge) =>
      mode === 'frequency'
        ? num(lang, e.count)
        : `${t('mining.map.meanShort')} ${duration(lang, e.meanMs)} / ${t('mining.map.medianShort')} ${duration(lang, e.medianMs)}`,
    [mode, lang, t],
  );
  const edgeName = useCallback(
    (e: MapEdge) =>
      t('mining.edge.name', {
        from: e.from,
        to: e.to,
        count: num(lang, e.count),
        mean: duration(lang, e.meanMs),
        median: duration(lang, e.medianMs),
      }),
    [lang, t],
  );
  const nodeLabel = useCallback((_name: string, count: number) => num(lang, count), [lang]);

  return (
    <section aria-labelledby="map-heading" className="bb-map-panel">
      <Heading level={2} id="map-heading">
        {t('mining.map.title')}
      </Heading>
      <div className="bb-map-controls">
        <RadioGroup
          id="map-mode"
          name="map-mode"
          legend={t('mining.map.mode')}
          value={mode}
          onChange={(value) => setMode(value as MapMode)}
          options={[
            { value: 'frequency', label: t('mining.map.frequency') },
            { value: 'performance', label: t('mining.map.performance') },
          ]}
        />
        <Slider
          id="map-activities"
          label={t('mining.map.activities')}
          value={shownA}
          max={totalA}
          onChange={setActivities}
        />
        <Slider
          id="map-paths"
          label={t('mining.map.paths')}
          value={shownE}
          max={totalE}
          onChange={setPaths}
        />
      </div>
      <ProcessMap
        model={model}
        title={t('mining.map.svgTitle', { activities: shownA, edges: shownE })}
        edgeLabel={edgeLabel}
        edgeName={edgeName}
        nodeLabel={nodeLabel}
        selected={edge?.id ?? null}
        onOpenEdge={setEdge}
      />
      {edge && <EdgeCases logId={logId} filters={filters} edge={edge} onClose={() => setEdge(null)} />}
      <MapTables model={model} onOpenEdge={setEdge} />
    </section>
  );
}

interface SliderProps {
  id: string;
  label: string;
  value: number;
  max: number;
  min?: number;
  onChange: (value: number) => void;
}

/** A labelled range input whose value is also written out (and announced as "12 van 27"). */
function Slider({ id, label, value, max, min = 1, onChange }: SliderProps) {
  const { t } = useI18n();
  const text = t('mining.map.ofTotal', { value, max });
  return (
    <div className="utrecht-form-field utrecht-form-field--distanced bb-slider">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="range"
          min={Math.min(min, max)}
          max={max}
          step={1}
          value={value}
          aria-valuetext={text}
          onChange={(event) => onChange(Number(event.target.value))}
        />{' '}
        <output htmlFor={id}>{text}</output>
      </div>
    </div>
  );
}
