import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { MapModel } from './mapModel';
import { END, START } from './mapModel';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  id: string;
  points: Point[];
  label: Point | null;
}

export interface Layout {
  width: number;
  height: number;
  nodes: Map<string, PlacedNode>;
  edges: Map<string, PlacedEdge>;
}

const CHAR = 7.2;
const LABEL_HEIGHT = 16;

/** Room for the name (wrapped at ~28 characters) and the count line under it. */
export function nodeSize(id: string, label: string): { width: number; height: number } {
  if (id === START || id === END) return { width: 28, height: 28 };
  const lines = Math.ceil(label.length / 28);
  return {
    width: Math.min(28, Math.max(10, label.length)) * CHAR + 24,
    height: 22 + 16 * Math.max(1, lines),
  };
}

// elk.bundled.js runs ELK in this thread (a fake worker); it is a 1.6 MB module, so it is only
// fetched when a process map is first drawn. The graphs are small (≤ a few hundred edges).
let elkPromise: Promise<{ layout: (graph: ElkNode) => Promise<ElkNode> }> | null = null;
function elk() {
  elkPromise ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default());
  return elkPromise;
}

/** A layered (Sugiyama) layout, top to bottom, with room on the edges for their labels. */
export async function layoutMap(model: MapModel, edgeLabel: (id: string) => string): Promise<Layout> {
  const ids = [START, ...model.activities.map((a) => a.name), END];
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.spacing.nodeNode': '32',
      'elk.spacing.edgeLabel': '4',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
    },
    children: ids.map((id) => ({ id, ...nodeSize(id, id) })),
    edges: model.edges.map((e): ElkExtendedEdge => ({
      id: e.id,
      sources: [e.from],
      targets: [e.to],
      labels: [{ text: edgeLabel(e.id), width: edgeLabel(e.id).length * 6.4 + 6, height: LABEL_HEIGHT }],
    })),
  };
  const result = await (await elk()).layout(graph);
  const nodes = new Map<string, PlacedNode>();
  for (const n of result.children ?? []) {
    nodes.set(n.id, { id: n.id, x: n.x ?? 0, y: n.y ?? 0, width: n.width ?? 0, height: n.height ?? 0 });
  }
  const edges = new Map<string, PlacedEdge>();
  for (const e of (result.edges ?? []) as ElkExtendedEdge[]) {
    const section = e.sections?.[0];
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    const label = e.labels?.[0];
    edges.set(e.id, {
      id: e.id,
      points,
      label: label && label.x !== undefined ? { x: label.x, y: label.y ?? 0 } : null,
    });
  }
  return { width: result.width ?? 0, height: result.height ?? 0, nodes, edges };
}
