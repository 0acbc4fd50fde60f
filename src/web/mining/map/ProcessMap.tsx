import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Paragraph } from '../../ui/Paragraph';
import { layoutMap, type Layout, type Point } from './layout';
import { END, START, type MapEdge, type MapModel } from './mapModel';
import { wrap } from './wrap';

interface ProcessMapProps {
  model: MapModel;
  /** The text on an edge: its count, or its mean/median duration. */
  edgeLabel: (edge: MapEdge) => string;
  /** What a screen reader hears on an edge (from, to and the figures in words). */
  edgeName: (edge: MapEdge) => string;
  nodeLabel: (name: string, count: number) => string;
  title: string;
  selected: string | null;
  onOpenEdge: (edge: MapEdge) => void;
}

function pathOf(points: Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/**
 * The directly-follows graph as SVG, laid out by ELK. Every real edge is a focusable button
 * (Tab, then Enter or Space) that opens the cases behind it; the table below the map has the
 * same content for those who prefer it.
 */
export function ProcessMap({
  model,
  edgeLabel,
  edgeName,
  nodeLabel,
  title,
  selected,
  onOpenEdge,
}: ProcessMapProps) {
  const { t } = useI18n();
  const titleId = useId();
  const markerId = useId().replace(/:/g, '');
  const [layout, setLayout] = useState<{ model: MapModel; layout: Layout } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const labels = new Map(model.edges.map((e) => [e.id, e.synthetic ? '' : edgeLabel(e)]));
    layoutMap(model, (id) => labels.get(id) ?? '')
      .then((result) => live && setLayout({ model, layout: result }))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [model, edgeLabel]);

  if (failed) return <Paragraph>{t('mining.map.failed')}</Paragraph>;
  if (!layout || layout.model !== model) {
    return (
      <Paragraph role="status" aria-live="polite">
        {t('mining.map.laying')}
      </Paragraph>
    );
  }
  const { width, height, nodes, edges } = layout.layout;
  const counts = new Map(model.activities.map((a) => [a.name, a.count]));
  const open = (edge: MapEdge) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpenEdge(edge);
    }
  };

  return (
    <div className="bb-pm">
      <svg
        className="bb-pm__svg"
        viewBox={`-8 -8 ${width + 16} ${height + 16}`}
        width={width + 16}
        height={height + 16}
        role="group"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{title}</title>
        <defs>
          <marker
            id={markerId}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="bb-pm__arrow" />
          </marker>
        </defs>
        {model.edges.map((edge) => {
          const placed = edges.get(edge.id);
          if (!placed || placed.points.length < 2) return null;
          const d = pathOf(placed.points);
          if (edge.synthetic) {
            return (
              <path
                key={edge.id}
                d={d}
                className="bb-pm__edge bb-pm__edge--boundary"
                strokeWidth={edge.width}
                markerEnd={`url(#${markerId})`}
                aria-hidden="true"
              />
            );
          }
          const label = edgeLabel(edge);
          return (
            <g
              key={edge.id}
              className={selected === edge.id ? 'bb-pm__link bb-pm__link--selected' : 'bb-pm__link'}
              tabIndex={0}
              role="button"
              aria-label={edgeName(edge)}
              aria-pressed={selected === edge.id}
              onClick={() => onOpenEdge(edge)}
              onKeyDown={open(edge)}
            >
              {/* A wide transparent stroke makes thin edges easy to hit with a pointer. */}
              <path d={d} className="bb-pm__hit" />
              <path d={d} className="bb-pm__edge" strokeWidth={edge.width} markerEnd={`url(#${markerId})`} />
              {placed.label && (
                <text x={placed.label.x + 3} y={placed.label.y + 12} className="bb-pm__edge-label">
                  {label}
                </text>
              )}
            </g>
          );
        })}
        {[...nodes.values()].map((node) => {
          if (node.id === START || node.id === END) {
            return (
              <g key={node.id} aria-hidden="true">
                <circle
                  cx={node.x + 14}
                  cy={node.y + 14}
                  r={12}
                  className={node.id === START ? 'bb-pm__start' : 'bb-pm__end'}
                />
              </g>
            );
          }
          const lines = wrap(node.id);
          return (
            <g key={node.id} className="bb-pm__node">
              <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={6} />
              <text x={node.x + node.width / 2} y={node.y + 17} textAnchor="middle">
                {lines.map((line, i) => (
                  <tspan key={i} x={node.x + node.width / 2} dy={i ? 16 : 0}>
                    {line}
                  </tspan>
                ))}
                <tspan x={node.x + node.width / 2} dy={16} className="bb-pm__count">
                  {nodeLabel(node.id, counts.get(node.id) ?? 0)}
                </tspan>
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
