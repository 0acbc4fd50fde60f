// What a table cell shows for each lane: the text, and its evidence level when it is an assumption.
import type { Evidence, Step } from '../../shared/journeys/model';
import type { Translate } from '../i18n/I18nProvider';
import { decimal, label } from './labels';
import type { LaneKey } from './mapLayout';
import type { Measurement } from './types';

function evidenceNote(t: Translate, evidence: Evidence): string {
  const level = label(t, 'journeys.evidence', evidence.level);
  return evidence.source ? `${level}: ${evidence.source}` : level;
}

// One card is plain text, not a list of one: the table of a 60-step map has about 500 cards, and
// every element fewer is style, layout and paint saved when the map opens (issue 5).
function Items({ lines }: { lines: { text: string; note: string }[] }) {
  if (!lines.length) return null;
  if (lines.length === 1)
    return (
      <>
        {lines[0]!.text} <span className="bb-evidence">({lines[0]!.note})</span>
      </>
    );
  return (
    <ul className="bb-cell-list">
      {lines.map((line, i) => (
        <li key={i}>
          {line.text} <span className="bb-evidence">({line.note})</span>
        </li>
      ))}
    </ul>
  );
}

export function measurementText(t: Translate, m: Measurement): string {
  const ci =
    m.ciLow !== null && m.ciHigh !== null
      ? t('journeys.measure.ci', { low: decimal(m.ciLow), high: decimal(m.ciHigh) })
      : t('journeys.measure.noCi');
  return t('journeys.measure.value', {
    instrument: m.instrument.toUpperCase(),
    mean: decimal(m.mean),
    n: m.n,
    ci,
    period: m.period,
  });
}

export function LaneCell({
  t,
  step,
  lane,
  measurements,
}: {
  t: Translate;
  step: Step;
  lane: LaneKey;
  measurements: Measurement[];
}) {
  const ev = (e: Evidence) => evidenceNote(t, e);
  switch (lane) {
    case 'does':
    case 'thinks': {
      const card = step[lane];
      return <Items lines={card ? [{ text: card.text, note: ev(card.evidence) }] : []} />;
    }
    case 'touchpoints':
      return (
        <Items
          lines={step.touchpoints.map((tp) => ({
            text: t('journeys.touchpoint.text', {
              channel: tp.channel,
              from: label(t, 'journeys.actor', tp.initiator),
              to: label(t, 'journeys.actor', tp.receiver),
            }),
            note: ev(tp.evidence),
          }))}
        />
      );
    case 'heartbeat': {
      const hb = step.heartbeat;
      const parts = hb
        ? [hb.sentiment && label(t, 'journeys.sentiment', hb.sentiment), hb.score && `${hb.score}/5`]
        : [];
      return (
        <>
          {hb && <Items lines={[{ text: parts.filter(Boolean).join(', '), note: ev(hb.evidence) }]} />}
          {measurements.map((m) => (
            <p key={m.id} className="bb-measured">
              {measurementText(t, m)}
              {m.synthetic && ` — ${t('journeys.synthetic')}`}
            </p>
          ))}
        </>
      );
    }
    case 'painPoints':
      return <Items lines={step.painPoints.map((c) => ({ text: c.text, note: ev(c.evidence) }))} />;
    case 'ideas':
      return (
        <Items
          lines={step.ideas.map((c) => ({
            text: `${c.text} — ${label(t, 'journeys.ideaStatus', c.status)}${c.owner ? `, ${c.owner}` : ''}`,
            note: ev(c.evidence),
          }))}
        />
      );
    case 'backstage':
      return (
        <Items
          lines={step.backstage.map((b) => ({
            text: [b.department, b.system, b.description].filter(Boolean).join(' — '),
            note: ev(b.evidence),
          }))}
        />
      );
    case 'kpi':
      return (
        <Items
          lines={
            step.kpi
              ? [
                  {
                    text: [step.kpi.name, step.kpi.target].filter(Boolean).join(': '),
                    note: ev(step.kpi.evidence),
                  },
                ]
              : []
          }
        />
      );
  }
}
