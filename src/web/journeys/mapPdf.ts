// The map as an A4-landscape PDF in vector graphics: the same scene the page draws (mapScene.ts),
// written as PDF lines, rectangles, circles and text. Issue 5 asks for the PDF of a 60-step map
// in under 2 s; rasterising the map to a canvas and embedding it as JPEG slices took about 2 s on
// its own, most of it encoding images. Vector text also stays sharp and can be searched.
import type { RGB } from 'pdf-lib';
import type { MapScene, SceneLines } from './mapScene';

const [PAGE_WIDTH, PAGE_HEIGHT, MARGIN, HEADER] = [842, 595, 28, 64];
const FONT_SIZE = 12; // as on the page's SVG

// The standard PDF fonts speak WinAnsi only; anything else would throw. The typographic quotes,
// dashes, bullet and ellipsis the map uses are in WinAnsi; an arrow is not.
const winAnsi = (text: string) =>
  text
    .replace(/→/g, '->')
    .replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]/g, '-');

/** Where each page's part of the map starts and ends: whole step columns, as many as fit. */
export function pageRanges(scene: MapScene, room: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = scene.labelWidth;
  let end = start;
  for (const edge of scene.breaks) {
    if (edge - start > room && end > start) {
      ranges.push([start, end]);
      start = end;
    }
    end = edge;
  }
  if (end > start || !ranges.length) ranges.push([start, Math.max(end, start)]);
  return ranges;
}

function hex(colour: string, rgb: (r: number, g: number, b: number) => RGB): RGB {
  const n = Number.parseInt(colour.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

/**
 * Title and the lines about the map on top of every page, the map below at the scale that fits its
 * height; the width is cut into pages of whole steps, each with the lane labels on its left.
 */
export async function mapToPdf(scene: MapScene, title: string, lines: string[]): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsi(title));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const colour = (c: string) => hex(c, rgb);
  const scale = Math.min(1, (PAGE_HEIGHT - 2 * MARGIN - HEADER) / scene.height);
  const room = (PAGE_WIDTH - 2 * MARGIN) / scale - scene.labelWidth;
  const ranges = pageRanges(scene, room);
  const top = PAGE_HEIGHT - MARGIN - HEADER;

  ranges.forEach(([start, end], i) => {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    page.drawText(winAnsi(`${title}${ranges.length > 1 ? ` (${i + 1}/${ranges.length})` : ''}`), {
      x: MARGIN,
      y: PAGE_HEIGHT - MARGIN - 14,
      size: 14,
      font: bold,
      color: rgb(0.1, 0.1, 0.1),
    });
    lines.forEach((line, j) =>
      page.drawText(winAnsi(line), { x: MARGIN, y: PAGE_HEIGHT - MARGIN - 32 - j * 12, size: 9, font }),
    );
    // Map x (SVG units) to this page: the label column stays, the page's range follows it.
    const inLabels = (x: number) => x <= scene.labelWidth;
    const px = (x: number) =>
      MARGIN + scale * (inLabels(x) ? x : scene.labelWidth + Math.min(Math.max(x, start), end) - start);
    const py = (y: number) => top - scale * y;
    // A vertical line belongs to the column it starts; other shapes show where they overlap.
    const visible = (x1: number, x2: number) => {
      const [lo, hi] = x1 <= x2 ? [x1, x2] : [x2, x1];
      if (inLabels(lo)) return true;
      return lo === hi ? lo >= start && lo < end : hi > start && lo < end;
    };

    for (const r of scene.rects) {
      if (!visible(r.x, r.x + r.width)) continue;
      const x1 = px(r.x);
      const x2 = px(r.x + r.width);
      page.drawRectangle({
        x: x1,
        y: py(r.y + r.height),
        width: x2 - x1,
        height: r.height * scale,
        color: colour(r.fill),
        ...(r.stroke ? { borderColor: colour(r.stroke), borderWidth: 0.5 } : {}),
      });
    }
    const drawLines = (set: SceneLines) => {
      for (const l of set.lines) {
        if (!visible(l.x1, l.x2)) continue;
        const [a, b] = clip(l, start, end, scene.labelWidth);
        page.drawLine({
          start: { x: px(a.x), y: py(a.y) },
          end: { x: px(b.x), y: py(b.y) },
          thickness: set.width * scale,
          color: colour(set.stroke),
          dashArray: set.dash?.map((d) => d * scale),
        });
      }
    };
    scene.grid.forEach(drawLines);
    for (const t of scene.texts) {
      // A phase that began on an earlier page gets its name again at this page's start.
      const continued = t.span && t.span[0] < start && t.span[1] > start;
      const at = inLabels(t.x) || (t.x >= start && t.x < end) ? t.x : continued ? start + 8 : null;
      if (at === null) continue;
      const options = { size: FONT_SIZE * scale, font: t.bold ? bold : font, color: colour(t.fill) };
      t.lines.forEach((line, j) =>
        page.drawText(winAnsi(line), { ...options, x: px(at), y: py(t.y + j * t.lineHeight) }),
      );
    }
    for (const c of scene.circles) {
      if (c.cx < start || c.cx >= end) continue;
      page.drawCircle({
        x: px(c.cx),
        y: py(c.cy),
        size: c.r * scale,
        color: colour(c.fill),
        borderColor: colour(c.stroke),
        borderWidth: 2 * scale,
      });
    }
    scene.heartbeat.forEach(drawLines);
  });
  return pdf.save();
}

/** A line cut to the page's range of the map (a heartbeat segment may cross a page edge). */
function clip(
  l: { x1: number; y1: number; x2: number; y2: number },
  start: number,
  end: number,
  labelWidth: number,
): [{ x: number; y: number }, { x: number; y: number }] {
  const at = (x: number) => ({
    x,
    y: l.x1 === l.x2 ? l.y1 : l.y1 + ((x - l.x1) / (l.x2 - l.x1)) * (l.y2 - l.y1),
  });
  const lo = Math.min(l.x1, l.x2);
  const hi = Math.max(l.x1, l.x2);
  // A line from the label column on (the lanes' rules) keeps its start; others are cut at both ends.
  const from = lo <= labelWidth ? lo : Math.max(lo, start);
  const to = Math.min(hi, end);
  if (l.x1 === l.x2)
    return [
      { x: l.x1, y: l.y1 },
      { x: l.x2, y: l.y2 },
    ];
  const a = at(from);
  const b = at(to);
  return l.x1 <= l.x2 ? [a, b] : [b, a];
}
