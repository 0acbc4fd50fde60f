// The other pure parts: status machine, templates, category CSV, XES, numbers, phone numbers.
import { describe, expect, it } from 'vitest';
import { allowedNext, canTransition, statusActivity } from './status-machine.js';
import { defaultTemplates, render, unknownPlaceholders } from './templates.js';
import { CategoryImportError, checkCategoryTree, parseCategoryCsv } from './category-csv.js';
import { xesChunks, xmlEscape, type EventLogEntry } from './event-log.js';
import { formatCaseNumber } from './numbering.js';
import { templateEventFor, toE164 } from './inform.js';
import { TEMPLATE_CHANNELS, TEMPLATE_EVENTS } from './model.js';

describe('status machine', () => {
  it('follows gemeld → in behandeling → afgehandeld → gesloten, with on hold and reopening', () => {
    expect(allowedNext('gemeld')).toEqual(['in_behandeling', 'on_hold']);
    expect(canTransition('in_behandeling', 'afgehandeld')).toBe(true);
    expect(canTransition('gemeld', 'afgehandeld')).toBe(false);
    expect(canTransition('on_hold', 'afgehandeld')).toBe(false);
    expect(canTransition('gesloten', 'in_behandeling')).toBe(true);
    expect(canTransition('gesloten', 'gemeld')).toBe(false);
    expect(statusActivity('gemeld', 'in_behandeling')).toBe('In behandeling genomen');
    expect(statusActivity('on_hold', 'in_behandeling')).toBe('Hervat');
    expect(statusActivity('afgehandeld', 'in_behandeling')).toBe('Heropend');
    expect(templateEventFor('gesloten', 'in_behandeling')).toBe('reopened');
  });
});

describe('templates', () => {
  it('has a default for every event and channel, using only known placeholders', () => {
    const all = defaultTemplates();
    expect(all).toHaveLength(TEMPLATE_EVENTS.length * TEMPLATE_CHANNELS.length);
    for (const t of all) {
      expect(unknownPlaceholders(t.body + (t.subject ?? ''))).toEqual([]);
      if (t.channel === 'email') expect(t.subject).toBeTruthy();
    }
  });

  it('keeps SMS short (one text message) and the letter formal', () => {
    const sms = defaultTemplates().filter((t) => t.channel === 'sms');
    const vars = {
      gemeente: 'Gemeente Voorbeeldstad',
      nummer: 'M-2026-000123',
      link: 'https://x.nl/melding/a/M-2026-000123?token=' + 'a'.repeat(43),
      reden: 'wacht op aannemer',
    };
    for (const t of sms) expect(render(t.body, vars).length).toBeLessThanOrEqual(160 + 60);
    const letter = defaultTemplates().find((t) => t.channel === 'letter' && t.event === 'received')!;
    expect(letter.body).toMatch(/^Geachte/);
    expect(letter.body).toMatch(/Hoogachtend/);
  });

  it('renders placeholders and leaves no {{…}} for a missing value', () => {
    expect(render('Melding {{nummer}} van {{ naam }}{{reden}}.', { nummer: 'M-1', naam: '<b>Jan</b>' })).toBe(
      'Melding M-1 van <b>Jan</b>.',
    );
    expect(unknownPlaceholders('{{nummer}} {{nummmer}}')).toEqual(['nummmer']);
  });
});

describe('category CSV', () => {
  const header = 'code;parent_code;kind;name_nl;name_en;due_working_days;team\n';

  it('reads a tree', () => {
    const rows = parseCategoryCsv(
      header + 'wegen;;melding;Wegen;Roads;10;\nkuil;wegen;;Kuil in de weg;;5;Openbare ruimte\n',
    );
    expect(rows.map((r) => [r.line, r.code, r.parentCode, r.dueWorkingDays, r.team])).toEqual([
      [2, 'wegen', null, 10, null],
      [3, 'kuil', 'wegen', 5, 'Openbare ruimte'],
    ]);
  });

  it('reports every problem with its line', () => {
    try {
      parseCategoryCsv(header + 'Wegen!;;melding;Wegen;;10;\nkuil;;soort;;;-1;\nkuil;;;Kuil;;;\n');
      expect.unreachable();
    } catch (error) {
      const issues = (error as CategoryImportError).issues;
      expect(issues.map((i) => `${i.line}:${i.column}`)).toEqual([
        '2:code',
        '3:kind',
        '3:name_nl',
        '3:due_working_days',
        '4:code',
      ]);
    }
  });

  it('refuses a missing parent and a cycle', () => {
    const rows = parseCategoryCsv(header + 'a;b;;A;;;\nb;a;;B;;;\nc;zz;;C;;;\nd;;;D;;;Onbekend team\n');
    try {
      checkCategoryTree(rows, new Map(), new Map());
      expect.unreachable();
    } catch (error) {
      const messages = (error as CategoryImportError).issues.map((i) => `${i.line} ${i.message}`);
      expect(messages).toEqual([
        expect.stringMatching(/^2 kringverwijzing/),
        expect.stringMatching(/^3 kringverwijzing/),
        "4 bovenliggende categorie 'zz' bestaat niet",
        "5 team 'Onbekend team' bestaat niet in deze gemeente",
      ]);
    }
    // Moving an existing category under its own child is a cycle too.
    const move = parseCategoryCsv(header + 'root;leaf;;Root;;;\n');
    expect(() =>
      checkCategoryTree(
        move,
        new Map([
          ['root', null],
          ['leaf', 'root'],
        ]),
        new Map(),
      ),
    ).toThrow(CategoryImportError);
  });
});

describe('XES', () => {
  const e = (caseId: string, caseNumber: string, seq: number, activity: string): EventLogEntry => ({
    caseId,
    caseNumber,
    seq,
    activity,
    timestamp: '2026-03-02T09:00:00.000Z',
    team: 'Team <Noord> & "Zuid"',
    channel: 'email',
  });

  it('writes one trace per case, escaped, in batches', async () => {
    const batches = [
      [e('a', 'M-2026-000001', 1, 'Melding ontvangen'), e('a', 'M-2026-000001', 2, 'In behandeling genomen')],
      [e('b', 'M-2026-000002', 1, 'Melding ontvangen')],
      [],
    ];
    let i = 0;
    let xml = '';
    for await (const chunk of xesChunks(async () => batches[i++]!)) xml += chunk;
    expect(xml.match(/<trace>/g)).toHaveLength(2);
    expect(xml.match(/<\/trace>/g)).toHaveLength(2);
    expect(xml.match(/<event>/g)).toHaveLength(3);
    expect(xml).toContain('<string key="org:group" value="Team &lt;Noord&gt; &amp; &quot;Zuid&quot;"/>');
    expect(xml).toContain('<string key="concept:name" value="M-2026-000002"/>');
    expect(xml.trim().endsWith('</log>')).toBe(true);
    expect(xmlEscape('a\u0001b')).toBe('ab');
  });
});

it('formats numbers and phone numbers', () => {
  expect(formatCaseNumber('M', 2026, 123)).toBe('M-2026-000123');
  expect(toE164('06 1234 5678')).toBe('+31612345678');
  expect(toE164('0031 6 12345678')).toBe('+31612345678');
  expect(toE164('+31 20 123 4567')).toBe('+31201234567');
  expect(toE164('12')).toBeNull();
});
