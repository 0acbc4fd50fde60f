// A plan as CSV (for spreadsheets) and as PDF (to attach to a memo), both carrying the provenance
// of the figures and the synthetic-data label where it applies.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PlanView } from './plans.js';

const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? '' : `${(x * 100).toFixed(1).replace('.', ',')}%`;

/** Spreadsheet programs run cells that start with these as formulas; a quote keeps them text. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function planCsv(plan: PlanView): string {
  const r = plan.result;
  const groups = r.groups;
  const header = [
    'fase',
    'fasenaam',
    'kanaal',
    'kosten',
    'haalbaar',
    ...groups.map((g) => `bereik ${g.name}`),
    'bereik bevolking',
    'waarom',
  ];
  const rows: (string | number)[][] = [];
  for (const p of r.phases) {
    const reach = new Map(p.reach.map((x) => [x.group, x.reach]));
    p.channelCodes.forEach((code, i) => {
      rows.push([
        p.phase ?? '',
        p.phaseName,
        p.channelNames[i] ?? code,
        plan.channels.find((c) => c.code === code)?.cost ?? '',
        p.feasible ? 'ja' : 'nee',
        ...groups.map((g) => pct(reach.get(g.code))),
        pct(p.populationReach),
        p.reasons[i] ?? '',
      ]);
    });
  }
  const meta = [
    ['plan', plan.name],
    [
      'dataset',
      `${r.provenance.dataset} (${r.provenance.source}, ${r.provenance.year}, n=${r.provenance.n})${r.provenance.synthetic ? ' - fictieve voorbeelddata' : ''}`,
    ],
    [
      'doel',
      `${pct(plan.target)} ${plan.targetMode === 'every-group' ? 'van elke groep' : 'van de bevolking'}`,
    ],
    [],
  ];
  return [...meta, header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

// The standard PDF fonts only know WinAnsi; replace what they cannot draw rather than fail.
function safe(text: string): string {
  return text
    .replace(/[≥]/g, '>=')
    .replace(/[≤]/g, '<=')
    .replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u20ac]/g, '?');
}

class Writer {
  page: PDFPage;
  y: number;
  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage([595, 842]);
    this.y = 800;
  }
  line(
    text: string,
    opts: { bold?: boolean; size?: number; indent?: number; colour?: [number, number, number] } = {},
  ) {
    const size = opts.size ?? 10;
    const font = opts.bold ? this.bold : this.font;
    const maxWidth = 595 - 50 - 50 - (opts.indent ?? 0);
    // Wrap on words so long explanations stay on the page.
    const words = safe(text).split(' ');
    let current = '';
    const flush = () => {
      if (this.y < 50) {
        this.page = this.doc.addPage([595, 842]);
        this.y = 800;
      }
      this.page.drawText(current, {
        x: 50 + (opts.indent ?? 0),
        y: this.y,
        size,
        font,
        color: rgb(...(opts.colour ?? [0, 0, 0])),
      });
      this.y -= size + 4;
      current = '';
    };
    for (const w of words) {
      const next = current ? `${current} ${w}` : w;
      if (font.widthOfTextAtSize(next, size) > maxWidth && current) {
        flush();
        current = w;
      } else current = next;
    }
    flush();
  }
  gap(h = 6) {
    this.y -= h;
  }
}

export async function planPdf(plan: PlanView): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(safe(`Kanaalplan: ${plan.name}`));
  doc.setLanguage('nl-NL');
  doc.setProducer('Buitenbinnen');
  const w = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );
  const r = plan.result;
  w.line(`Kanaalplan: ${plan.name}`, { bold: true, size: 16 });
  w.gap();
  w.line(
    `Traject: ${plan.context === 'service' ? 'dienstverlening' : 'participatie'}. Doel: ${pct(plan.target)} bereik ${plan.targetMode === 'every-group' ? 'in elke groep' : 'van de bevolking'}.`,
  );
  if (r.area) w.line(`Gebied: ${r.area.name}.`);
  w.line(
    `Bron: ${r.provenance.dataset} — ${r.provenance.source}, ${r.provenance.year}, n = ${r.provenance.n}.`,
  );
  if (r.provenance.synthetic)
    w.line('Let op: fictieve voorbeelddata (synthetisch), geen onderzoeksresultaat.', {
      bold: true,
      colour: [0.6, 0.1, 0.1],
    });
  if (r.missingGroups.length)
    w.line(`Geen respondenten voor: ${r.missingGroups.join(', ')}; die groepen zijn niet meegenomen.`);
  w.line(`Totale kosten over alle fasen: ${r.totalCost}.`);
  w.gap(10);
  for (const p of r.phases) {
    w.line(`Fase ${p.phase}: ${p.phaseName}`, { bold: true, size: 12 });
    if (!p.feasible) w.line(p.message, { colour: [0.6, 0.1, 0.1] });
    w.line(`Kanalen: ${p.channelNames.join(', ') || '(geen)'} — kosten ${p.totalCost}.`);
    w.line(
      `Bereik: ${p.reach.map((x) => `${r.groups.find((g) => g.code === x.group)?.name ?? x.group} ${pct(x.reach)}`).join('; ')}.`,
      { indent: 10 },
    );
    if (p.populationReach !== null) w.line(`Bereik bevolking: ${pct(p.populationReach)}.`, { indent: 10 });
    if (p.leastServedGroup)
      w.line(
        `Minst bediend: ${r.groups.find((g) => g.code === p.leastServedGroup!.group)?.name ?? p.leastServedGroup.group} (${pct(p.leastServedGroup.reach)}).`,
        { indent: 10 },
      );
    for (const reason of p.reasons) w.line(`• ${reason}`, { indent: 10 });
    w.gap(8);
  }
  w.line(`Berekend op ${r.solvedAt} met Buitenbinnen (exacte optimalisatie).`, {
    size: 8,
    colour: [0.3, 0.3, 0.3],
  });
  return doc.save();
}
