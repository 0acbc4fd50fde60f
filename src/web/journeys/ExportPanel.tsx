import { useState } from 'react';
import type { Grounding } from '../../shared/journeys/grounding';
import type { JourneyDocument } from '../../shared/journeys/model';
import { useI18n } from '../i18n/I18nProvider';
import { Button, ButtonGroup } from '../ui/Button';
import { Heading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { download, downloadBytes, svgToCanvas } from './exportImage';
import { exportHref } from './journeysApi';
import { percent } from './labels';
import { mapToPdf } from './mapPdf';
import { mapScene } from './mapScene';
import { sceneToSvgDocument } from './mapSvg';
import type { Journey } from './types';

interface ExportPanelProps {
  journey: Journey;
  ground: Grounding;
  /** The map on screen (the draft, with its measured values), as the PNG shows it. */
  document: JourneyDocument;
  measured: ReadonlyMap<string, string>;
}

/**
 * JSON and Mermaid come from the server (the saved version); PNG and PDF from the draft map as the
 * page draws it (its scene), in either view.
 */
export function ExportPanel({ journey, ground, document, measured }: ExportPanelProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<'png' | 'pdf' | null>(null);
  const name = `klantreis-${journey.id.slice(0, 8)}`;

  const render = async (kind: 'png' | 'pdf') => {
    if (busy) return;
    setBusy(kind);
    setStatus('');
    try {
      const scene = mapScene(t, document, ground.assumedStepIds, measured);
      if (kind === 'png') {
        const svg = sceneToSvgDocument(scene, journey.title, t('journeys.map.desc'));
        const canvas = await svgToCanvas(svg, scene.width, scene.height);
        download(canvas.toDataURL('image/png'), `${name}.png`);
      } else {
        const lines = [
          `${journey.lifeEvent} - ${journey.state === 'desired' ? t('journeys.state.desired') : t('journeys.state.current')} - ${t('journeys.field.version')} ${journey.version}`,
          ground.share === null
            ? t('journeys.grounding.none')
            : t('journeys.grounding.share', { share: percent(ground.share) }),
          t('journeys.export.pdfNote'),
        ];
        downloadBytes(await mapToPdf(scene, journey.title, lines), 'application/pdf', `${name}.pdf`);
      }
      setStatus(t('journeys.export.done'));
    } catch {
      setStatus(t('journeys.export.failed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="journey-export-heading" className="bb-section bb-no-print">
      <Heading level={2} id="journey-export-heading">
        {t('journeys.export.heading')}
      </Heading>
      <Paragraph small>{t('journeys.export.help')}</Paragraph>
      <ul className="bb-inline-list bb-downloads">
        <li>
          <Link href={exportHref(journey.id, 'json')} download={`${name}.json`}>
            {t('journeys.export.json')}
          </Link>
        </li>
        <li>
          <Link href={exportHref(journey.id, 'mermaid')} download={`${name}.mmd`}>
            {t('journeys.export.mermaid')}
          </Link>
        </li>
      </ul>
      <ButtonGroup>
        <Button busy={busy === 'png'} onClick={() => void render('png')}>
          {t('journeys.export.png')}
        </Button>
        <Button busy={busy === 'pdf'} onClick={() => void render('pdf')}>
          {t('journeys.export.pdf')}
        </Button>
        <Button appearance="subtle" onClick={() => window.print()}>
          {t('journeys.export.print')}
        </Button>
      </ButtonGroup>
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
    </section>
  );
}
