// Message templates: rendering (pure) and the defaults every gemeente starts with, one per event
// and channel in that channel's tone — short and informal for SMS and WhatsApp, complete for
// e-mail, formal for a letter.
import { PLACEHOLDERS, type TemplateChannel, type TemplateEvent } from './model.js';

export type TemplateVars = Partial<Record<(typeof PLACEHOLDERS)[number], string>>;

const PLACEHOLDER = /\{\{\s*([a-z]+)\s*\}\}/g;

/** Placeholders a template uses that we do not know: a typo would reach the resident literally. */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !known.has(name));
}

/** Fills the placeholders; a missing value becomes empty text, never '{{...}}'. */
export function render(text: string, vars: TemplateVars): string {
  return text.replace(PLACEHOLDER, (_, name: string) => vars[name as keyof TemplateVars] ?? '');
}

interface DefaultTemplate {
  subject: string | null;
  body: string;
}

const EMAIL_FOOTER = '\n\nMet vriendelijke groet,\n{{gemeente}}';
const LETTER_OPENING = 'Geachte heer/mevrouw {{naam}},\n\n';
const LETTER_CLOSING = '\n\nHoogachtend,\n\nnamens het college van burgemeester en wethouders,\n{{gemeente}}';

const TEXTS: Record<TemplateEvent, Record<TemplateChannel, DefaultTemplate>> = {
  received: {
    email: {
      subject: 'Uw melding {{nummer}} is ontvangen',
      body:
        'Beste {{naam}},\n\nBedankt voor uw melding over "{{categorie}}". We hebben deze ontvangen onder nummer {{nummer}}. ' +
        'We streven ernaar de melding uiterlijk {{termijn}} af te handelen. U krijgt van ons bericht zodra er iets verandert.\n\n' +
        'Volg uw melding via {{link}}' +
        EMAIL_FOOTER,
    },
    sms: { subject: null, body: '{{gemeente}}: melding {{nummer}} ontvangen. Volg hem via {{link}}' },
    whatsapp: {
      subject: null,
      body: 'Hoi {{naam}}! Je melding over {{categorie}} is binnen 👍 Nummer: {{nummer}}. Volgen: {{link}}',
    },
    letter: {
      subject: 'Ontvangstbevestiging melding {{nummer}}',
      body:
        LETTER_OPENING +
        'Hierbij bevestigen wij de ontvangst van uw melding betreffende "{{categorie}}", geregistreerd onder nummer {{nummer}}. ' +
        'Wij streven ernaar uw melding uiterlijk {{termijn}} af te handelen. Over de voortgang wordt u schriftelijk geïnformeerd.' +
        LETTER_CLOSING,
    },
  },
  in_behandeling: {
    email: {
      subject: 'Uw melding {{nummer}} is in behandeling',
      body:
        'Beste {{naam}},\n\nUw melding {{nummer}} over "{{categorie}}" is in behandeling genomen. ' +
        'We laten het u weten als de melding is afgehandeld.\n\nVolg uw melding via {{link}}' +
        EMAIL_FOOTER,
    },
    sms: { subject: null, body: '{{gemeente}}: we zijn met melding {{nummer}} aan de slag.' },
    whatsapp: { subject: null, body: 'Hoi {{naam}}, we zijn met je melding {{nummer}} aan de slag 🛠️' },
    letter: {
      subject: 'Melding {{nummer}} in behandeling',
      body:
        LETTER_OPENING +
        'Hierbij delen wij u mede dat uw melding {{nummer}} betreffende "{{categorie}}" in behandeling is genomen. ' +
        'Zodra de melding is afgehandeld, ontvangt u hierover bericht.' +
        LETTER_CLOSING,
    },
  },
  on_hold: {
    email: {
      subject: 'Uw melding {{nummer}} is tijdelijk aangehouden',
      body:
        'Beste {{naam}},\n\nWe hebben uw melding {{nummer}} tijdelijk aangehouden. De reden: {{reden}}\n\n' +
        'Zodra we verder kunnen, hoort u van ons.\n\nVolg uw melding via {{link}}' +
        EMAIL_FOOTER,
    },
    sms: { subject: null, body: '{{gemeente}}: melding {{nummer}} wacht even. Reden: {{reden}}' },
    whatsapp: { subject: null, body: 'Hoi {{naam}}, je melding {{nummer}} staat even stil: {{reden}}' },
    letter: {
      subject: 'Melding {{nummer}} tijdelijk aangehouden',
      body:
        LETTER_OPENING +
        'Hierbij delen wij u mede dat de behandeling van uw melding {{nummer}} tijdelijk is aangehouden. ' +
        'De reden hiervoor is: {{reden}}. Zodra de behandeling wordt hervat, wordt u daarover geïnformeerd.' +
        LETTER_CLOSING,
    },
  },
  afgehandeld: {
    email: {
      subject: 'Uw melding {{nummer}} is afgehandeld',
      body:
        'Beste {{naam}},\n\nUw melding {{nummer}} over "{{categorie}}" is afgehandeld. Bedankt dat u het ons liet weten!\n\n' +
        'Is het niet goed opgelost? Laat het ons weten via {{link}}' +
        EMAIL_FOOTER,
    },
    sms: { subject: null, body: '{{gemeente}}: melding {{nummer}} is afgehandeld. Bedankt!' },
    whatsapp: { subject: null, body: 'Klaar! ✅ Je melding {{nummer}} is afgehandeld. Bedankt, {{naam}}!' },
    letter: {
      subject: 'Afhandeling melding {{nummer}}',
      body:
        LETTER_OPENING +
        'Hierbij delen wij u mede dat uw melding {{nummer}} betreffende "{{categorie}}" is afgehandeld. ' +
        'Wij danken u voor uw melding.' +
        LETTER_CLOSING,
    },
  },
  gesloten: {
    email: {
      subject: 'Uw melding {{nummer}} is gesloten',
      body:
        'Beste {{naam}},\n\nUw melding {{nummer}} is gesloten. Heeft u nog een vraag, neem dan contact met ons op.' +
        EMAIL_FOOTER,
    },
    sms: { subject: null, body: '{{gemeente}}: melding {{nummer}} is gesloten.' },
    whatsapp: { subject: null, body: 'Je melding {{nummer}} is gesloten. Nog vragen? App ons gerust.' },
    letter: {
      subject: 'Sluiting melding {{nummer}}',
      body:
        LETTER_OPENING + 'Hierbij delen wij u mede dat uw melding {{nummer}} is gesloten.' + LETTER_CLOSING,
    },
  },
  reopened: {
    email: {
      subject: 'Uw melding {{nummer}} is heropend',
      body:
        'Beste {{naam}},\n\nUw melding {{nummer}} is opnieuw in behandeling genomen. We houden u op de hoogte.\n\n' +
        'Volg uw melding via {{link}}' +
        EMAIL_FOOTER,
    },
    sms: { subject: null, body: '{{gemeente}}: melding {{nummer}} is heropend.' },
    whatsapp: { subject: null, body: 'Hoi {{naam}}, we pakken je melding {{nummer}} opnieuw op.' },
    letter: {
      subject: 'Heropening melding {{nummer}}',
      body:
        LETTER_OPENING +
        'Hierbij delen wij u mede dat uw melding {{nummer}} opnieuw in behandeling is genomen.' +
        LETTER_CLOSING,
    },
  },
  kto: {
    email: {
      subject: 'Hoe tevreden bent u over de afhandeling van melding {{nummer}}?',
      body:
        'Beste {{naam}},\n\nWilt u ons laten weten hoe tevreden u bent over de afhandeling van uw melding {{nummer}}? ' +
        'Het is één vraag (een cijfer van 1 tot 5) en kost u een halve minuut: {{link}}' +
        EMAIL_FOOTER,
    },
    sms: {
      subject: null,
      body: '{{gemeente}}: hoe tevreden bent u over melding {{nummer}}? Geef een cijfer: {{link}}',
    },
    whatsapp: {
      subject: null,
      body: 'Hoe vond je het gaan met melding {{nummer}}? Geef ons een cijfer 1-5: {{link}}',
    },
    letter: {
      subject: 'Uw mening over de afhandeling van melding {{nummer}}',
      body:
        LETTER_OPENING +
        'Wij stellen het op prijs te vernemen hoe tevreden u bent over de afhandeling van uw melding {{nummer}}. ' +
        'U kunt uw oordeel geven via {{link}}.' +
        LETTER_CLOSING,
    },
  },
};

export function defaultTemplates(): {
  event: TemplateEvent;
  channel: TemplateChannel;
  subject: string | null;
  body: string;
}[] {
  return Object.entries(TEXTS).flatMap(([event, byChannel]) =>
    Object.entries(byChannel).map(([channel, t]) => ({
      event: event as TemplateEvent,
      channel: channel as TemplateChannel,
      subject: t.subject,
      body: t.body,
    })),
  );
}
