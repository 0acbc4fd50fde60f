import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { emptyDocument, type JourneyDocument } from '../../shared/journeys/model';
import { addStep, emptyStep } from './docEdit';
import { GEOMETRY } from './mapLayout';
import { mapToPdf, pageRanges } from './mapPdf';
import { mapScene } from './mapScene';
import { sceneToSvg } from './mapSvg';

const t = ((key: string) => key) as never;
const names = { titleId: 't1', title: 'Kaart', descId: 'd1', desc: 'Beschrijving' };

function longMap(steps: number): JourneyDocument {
  let doc = emptyDocument('service');
  for (let i = 0; i < steps; i++)
    doc = addStep(doc, doc.phases[i % 5]!.key, {
      ...emptyStep(`s${i}`, `Stap ${i}`),
      does: { text: 'Vult een formulier in', evidence: { level: 'gemeten' } },
      touchpoints: [
        { channel: 'telefoon', initiator: 'resident', receiver: 'gemeente', evidence: { level: 'gemeten' } },
      ],
      heartbeat: { score: (i % 5) + 1, evidence: { level: i % 2 ? 'gemeten' : 'aangenomen' } },
    });
  return doc;
}

describe('map scene', () => {
  it('draws a point per heartbeat, dashes the line where it touches an assumption, and names the lanes', () => {
    const scene = mapScene(t, longMap(60), ['s0', 's2'], new Map([['s1', 'KTO 7,1']]));
    expect(scene.circles).toHaveLength(60);
    expect(scene.circles.filter((c) => c.fill === '#ffffff')).toHaveLength(2); // assumed: hollow
    const dashed = scene.heartbeat.find((set) => set.dash)!;
    expect(dashed.lines).toHaveLength(3); // s0–s1, s1–s2, s2–s3
    expect(scene.heartbeat.reduce((n, set) => n + set.lines.length, 0)).toBe(59);
    expect(scene.texts.map((x) => x.lines.join(' '))).toEqual(
      expect.arrayContaining([
        'journeys.lane.does',
        'KTO 7,1',
        'telefoon: journeys.actor.resident → journeys.actor.gemeente',
      ]),
    );
    expect(scene.breaks).toHaveLength(60);
  });

  it('escapes every text of the document in the SVG markup', () => {
    let doc = emptyDocument('service');
    doc = addStep(doc, 'action', { ...emptyStep('x', '<img/"x"> & \'zo\'') });
    const svg = sceneToSvg(mapScene(t, doc, [], new Map()), { ...names, title: '</title><script>' });
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;img/&quot;x&quot;&gt; &amp; &#39;zo&#39;');
    expect(svg.startsWith('<title id="t1">&lt;/title&gt;&lt;script&gt;</title><desc id="d1">')).toBe(true);
  });
});

describe('map PDF', () => {
  it('cuts the map into pages of whole step columns that together cover it', () => {
    const scene = mapScene(t, longMap(60), [], new Map());
    const ranges = pageRanges(scene, 5 * GEOMETRY.stepWidth + 10);
    expect(ranges[0]![0]).toBe(GEOMETRY.labelWidth);
    expect(ranges.at(-1)![1]).toBe(scene.breaks.at(-1));
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
    for (const [start, end] of ranges) {
      expect(end - start).toBeLessThanOrEqual(5 * GEOMETRY.stepWidth + 10);
      expect(scene.breaks).toContain(end);
    }
    expect(ranges).toHaveLength(12);
  });

  it('writes a vector PDF with a page per range, arrows and quotes included', async () => {
    const scene = mapScene(t, longMap(60), ['s0'], new Map());
    const bytes = await mapToPdf(scene, 'Reis → “60 stappen”', ['regel 1', 'regel 2']);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    expect(pdf.getTitle()).toBe('Reis -> “60 stappen”');
    expect(pdf.getPage(0).getSize()).toEqual({ width: 842, height: 595 });
  });

  it('writes one page for an empty map', async () => {
    const scene = mapScene(t, emptyDocument('service'), [], new Map());
    const pdf = await PDFDocument.load(await mapToPdf(scene, 'Leeg', []));
    expect(pdf.getPageCount()).toBe(1);
  });
});
