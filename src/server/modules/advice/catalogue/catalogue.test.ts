import { describe, expect, it } from 'vitest';
import { CONTEXTS, PHASES } from '../../../../shared/advice/model.js';
import { PRODUCT_DEFAULT_SOURCE, catalogueProblems, defaultCatalogue, isValidCode } from './index.js';

describe('defaultCatalogue', () => {
  const catalogue = defaultCatalogue();

  it('has no problems: valid, unique codes and names everywhere', () => {
    expect(catalogueProblems(catalogue)).toEqual([]);
  });

  it('has one context per model context, in model order', () => {
    expect(catalogue.contexts.map((c) => c.code)).toEqual([...CONTEXTS]);
    expect(catalogue.contexts.map((c) => c.nameNl)).toEqual(['Dienstverlening', 'Participatie']);
  });

  it('names all five phases for both contexts', () => {
    expect(catalogue.phases.map((p) => `${p.context}:${p.phase}`)).toEqual(
      CONTEXTS.flatMap((c) => PHASES.map((p) => `${c}:${p}`)),
    );
    expect(catalogue.phases.filter((p) => p.context === 'service').map((p) => p.nameNl)).toEqual([
      'Bewustwording & oriëntatie',
      'Eerste contact',
      'Actie & interactie',
      'Terugkoppeling',
      'Afronding',
    ]);
    for (const p of catalogue.phases) {
      expect(p.description).not.toBe('');
      expect(p.descriptionEn).not.toBe('');
      expect(p.source).toMatch(/Ken je inwoner/);
    }
  });

  it('has the channels a gemeente needs, with direction and contexts', () => {
    const codes = catalogue.channels.map((c) => c.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'telefoon',
        'e-mail',
        'balie',
        'webformulier',
        'whatsapp',
        'chat',
        'social-media',
        'brief',
        'website',
        'app',
        'huis-aan-huisbrief',
        'lokale-krant',
        'bijeenkomst',
        'participatieplatform',
        'wijkteam',
      ]),
    );
    for (const c of catalogue.channels) {
      expect(c.inbound || c.outbound).toBe(true);
      expect(c.contexts.length).toBeGreaterThan(0);
    }
    const byCode = new Map(catalogue.channels.map((c) => [c.code, c]));
    expect(byCode.get('website')).toMatchObject({ digital: true, inbound: false, outbound: true });
    expect(byCode.get('webformulier')).toMatchObject({ digital: true, inbound: true, outbound: false });
    expect(byCode.get('bijeenkomst')?.contexts).toEqual(['participation']);
  });

  it('labels product defaults as such, not as research', () => {
    const defaults = [
      ...catalogue.channels,
      ...catalogue.motives,
      ...catalogue.expectations,
      ...catalogue.schemes.age.groups,
    ];
    for (const item of defaults) expect(item.source).toBe(PRODUCT_DEFAULT_SOURCE);
  });

  it('has expectations for every context and phase, with the typical ones where they belong', () => {
    for (const context of CONTEXTS) {
      for (const phase of PHASES) {
        const here = catalogue.expectations.filter(
          (e) => e.contexts.includes(context) && e.phases.includes(phase),
        );
        expect(here.length, `${context} ${phase}`).toBeGreaterThanOrEqual(3);
      }
    }
    const phasesOf = (code: string) => catalogue.expectations.find((e) => e.code === code)?.phases;
    expect(phasesOf('ontvangstbevestiging')).toContain(2);
    expect(phasesOf('een-aanspreekpunt')).toContain(2);
    expect(phasesOf('terugkoppeling-uitkomst')).toContain(4);
    expect(phasesOf('uitleg-waarom')).toContain(4);
    expect(phasesOf('vraag-naar-ervaring')).toContain(5);
  });

  it('has motives for every context and phase', () => {
    for (const context of CONTEXTS) {
      for (const phase of PHASES) {
        const here = catalogue.motives.filter(
          (m) => m.contexts.includes(context) && m.phases.includes(phase),
        );
        expect(here.length).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('returns a fresh copy each time', () => {
    // The types are read-only; the copy guards the defaults against callers that cast that away.
    const a = defaultCatalogue();
    (a.channels[0] as { nameNl: string }).nameNl = 'veranderd';
    (a.schemes.age.groups as unknown[]).length = 0;
    const b = defaultCatalogue();
    expect(b.channels[0]!.nameNl).toBe('Telefoon');
    expect(b.schemes.age.groups).toHaveLength(7);
  });
});

describe('catalogueProblems', () => {
  it('reports malformed and duplicate codes, empty names and missing phases', () => {
    const c = defaultCatalogue();
    c.channels.push({ ...c.channels[0]! });
    c.motives.push({ ...c.motives[0]!, code: 'Snel Antwoord', phases: [] });
    c.expectations.push({ ...c.expectations[0]!, code: 'nieuw', nameEn: ' ' });
    expect(catalogueProblems(c)).toEqual([
      "kanalen: code 'telefoon' komt dubbel voor",
      "motieven: ongeldige code 'Snel Antwoord'",
      "verwachtingen: 'nieuw' zonder naam",
      "'Snel Antwoord' hoort bij geen enkele fase",
    ]);
  });

  it.each([
    ['e-mail', true],
    ['75-plus', true],
    ['a', true],
    ['-a', false],
    ['a-', false],
    ['a--b', false],
    ['beïnvloeders', false],
    ['E-mail', false],
    ['a_b', false],
    ['', false],
    ['x'.repeat(65), false],
  ])('isValidCode(%s) is %s', (code, valid) => {
    expect(isValidCode(code)).toBe(valid);
  });
});
