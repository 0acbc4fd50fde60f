// The map scene as SVG markup. The page puts it into its <svg> in one go instead of as React
// elements: for a 60-step map React spent more time creating ~1,700 SVG nodes one by one than the
// browser needs to parse them (issue 5, docs/benchmarks.md). Every text from the map document is
// escaped here, so the markup can carry nothing but these shapes.
import type { MapScene, SceneLines, SceneText } from './mapScene';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const MAP_FONT = 'system-ui, Arial, sans-serif';
export const MAP_FONT_SIZE = 12;

export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// Colours and fonts are attributes, not CSS classes, so the same SVG renders unchanged when it is
// serialised for the PNG export.
function path(set: SceneLines): string {
  const d = set.lines.map((l) => `M${l.x1} ${l.y1}L${l.x2} ${l.y2}`).join('');
  const dash = set.dash ? ` stroke-dasharray="${set.dash.join(' ')}"` : '';
  return `<path d="${d}" fill="none" stroke="${set.stroke}" stroke-width="${set.width}"${dash}/>`;
}

function text(t: SceneText): string {
  const weight = t.bold ? ' font-weight="700"' : '';
  const body =
    t.lines.length === 1
      ? escapeXml(t.lines[0]!)
      : t.lines
          .map((line, i) => `<tspan x="${t.x}" dy="${i ? t.lineHeight : 0}">${escapeXml(line)}</tspan>`)
          .join('');
  return `<text x="${t.x}" y="${t.y}" fill="${t.fill}"${weight}>${body}</text>`;
}

/** The inside of the map's <svg>: its title and description (for role="img"), then the shapes. */
export function sceneToSvg(
  scene: MapScene,
  accessible: { titleId: string; title: string; descId: string; desc: string },
): string {
  return [
    `<title id="${escapeXml(accessible.titleId)}">${escapeXml(accessible.title)}</title>`,
    `<desc id="${escapeXml(accessible.descId)}">${escapeXml(accessible.desc)}</desc>`,
    ...scene.rects.map(
      (r) =>
        `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${r.fill}"${r.stroke ? ` stroke="${r.stroke}"` : ''}/>`,
    ),
    ...scene.grid.map(path),
    ...scene.texts.map(text),
    ...scene.circles.map(
      (c) =>
        `<circle cx="${c.cx}" cy="${c.cy}" r="${c.r}" fill="${c.fill}" stroke="${c.stroke}" stroke-width="2"/>`,
    ),
    ...scene.heartbeat.map(path),
  ].join('');
}

/** A standalone SVG document of the map (the PNG export), with the same attributes as the page's. */
export function sceneToSvgDocument(scene: MapScene, title: string, desc: string): string {
  const { width, height } = scene;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` font-family="${MAP_FONT}" font-size="${MAP_FONT_SIZE}">`,
    sceneToSvg(scene, { titleId: 'map-title', title, descId: 'map-desc', desc }),
    '</svg>',
  ].join('');
}
