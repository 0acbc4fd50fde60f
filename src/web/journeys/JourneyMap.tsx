import { memo, useId, useMemo } from 'react';
import type { JourneyDocument } from '../../shared/journeys/model';
import { useI18n } from '../i18n/I18nProvider';
import { mapScene } from './mapScene';
import { MAP_FONT, MAP_FONT_SIZE, sceneToSvg } from './mapSvg';

interface JourneyMapProps {
  title: string;
  document: JourneyDocument;
  assumedStepIds: readonly string[];
  /** Measured value per step id, written beside the assumed heartbeat. */
  measured: ReadonlyMap<string, string>;
}

/** The journey map as a printable picture. The table view is the equivalent for screen readers. */
// Memoised: the page re-renders for every panel that loads and for opening the step editor
// (docs/benchmarks.md, Klantreizen). The shapes go in as one piece of escaped markup (mapSvg.ts).
export const JourneyMap = memo(function JourneyMap({
  title,
  document,
  assumedStepIds,
  measured,
}: JourneyMapProps) {
  const { t } = useI18n();
  const titleId = useId();
  const descId = useId();
  const scene = useMemo(
    () => mapScene(t, document, assumedStepIds, measured),
    [t, document, assumedStepIds, measured],
  );
  const markup = useMemo(
    () => ({ __html: sceneToSvg(scene, { titleId, title, descId, desc: t('journeys.map.desc') }) }),
    [scene, titleId, title, descId, t],
  );

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      width={scene.width}
      height={scene.height}
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      className="bb-journey-map"
      fontFamily={MAP_FONT}
      fontSize={MAP_FONT_SIZE}
      dangerouslySetInnerHTML={markup}
    />
  );
});
