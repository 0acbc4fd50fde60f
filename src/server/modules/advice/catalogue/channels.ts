import { PRODUCT_DEFAULT_SOURCE } from './types.js';
import type { Channel } from './types.js';

const BOTH = ['service', 'participation'] as const;
const SERVICE = ['service'] as const;
const PARTICIPATION = ['participation'] as const;

// inbound: a resident can start a contact through it; outbound: the gemeente can reach residents
// through it on its own initiative. A website informs but takes no contact (that is the webformulier);
// a chat answers but cannot be started by the gemeente.
export const DEFAULT_CHANNELS = (
  [
    {
      code: 'telefoon',
      nameNl: 'Telefoon',
      nameEn: 'Phone',
      digital: false,
      inbound: true,
      outbound: true,
      contexts: BOTH,
    },
    {
      code: 'e-mail',
      nameNl: 'E-mail',
      nameEn: 'E-mail',
      digital: true,
      inbound: true,
      outbound: true,
      contexts: BOTH,
    },
    {
      code: 'balie',
      nameNl: 'Balie (fysiek loket)',
      nameEn: 'Counter (in person)',
      digital: false,
      inbound: true,
      outbound: false,
      contexts: SERVICE,
    },
    {
      code: 'webformulier',
      nameNl: 'Webformulier / contactformulier',
      nameEn: 'Web form / contact form',
      digital: true,
      inbound: true,
      outbound: false,
      contexts: BOTH,
    },
    {
      code: 'whatsapp',
      nameNl: 'WhatsApp',
      nameEn: 'WhatsApp',
      digital: true,
      inbound: true,
      outbound: true,
      contexts: BOTH,
    },
    {
      code: 'chat',
      nameNl: 'Chat (website)',
      nameEn: 'Chat (website)',
      digital: true,
      inbound: true,
      outbound: false,
      contexts: BOTH,
    },
    {
      code: 'social-media',
      nameNl: 'Social media',
      nameEn: 'Social media',
      digital: true,
      inbound: true,
      outbound: true,
      contexts: BOTH,
    },
    {
      code: 'brief',
      nameNl: 'Brief (post)',
      nameEn: 'Letter (post)',
      digital: false,
      inbound: true,
      outbound: true,
      contexts: BOTH,
    },
    {
      code: 'website',
      nameNl: 'Website (informatie)',
      nameEn: 'Website (information)',
      digital: true,
      inbound: false,
      outbound: true,
      contexts: BOTH,
    },
    {
      code: 'app',
      nameNl: 'App van de gemeente',
      nameEn: 'Municipal app',
      digital: true,
      inbound: true,
      outbound: true,
      contexts: BOTH,
    },
    {
      code: 'huis-aan-huisbrief',
      nameNl: 'Huis-aan-huisbrief',
      nameEn: 'Door-to-door letter',
      digital: false,
      inbound: false,
      outbound: true,
      contexts: BOTH,
    },
    {
      code: 'lokale-krant',
      nameNl: 'Lokale krant / gemeentepagina',
      nameEn: 'Local newspaper / municipal page',
      digital: false,
      inbound: false,
      outbound: true,
      contexts: BOTH,
    },
    {
      code: 'bijeenkomst',
      nameNl: 'Bewonersavond / bijeenkomst',
      nameEn: 'Residents’ evening / meeting',
      digital: false,
      inbound: true,
      outbound: true,
      contexts: PARTICIPATION,
    },
    {
      code: 'participatieplatform',
      nameNl: 'Online enquête / participatieplatform',
      nameEn: 'Online survey / participation platform',
      digital: true,
      inbound: true,
      outbound: true,
      contexts: PARTICIPATION,
    },
    {
      code: 'wijkteam',
      nameNl: 'Wijkwethouder / wijkteam (in de wijk)',
      nameEn: 'District alderman / neighbourhood team (in the area)',
      digital: false,
      inbound: true,
      outbound: true,
      contexts: BOTH,
    },
  ] as const
).map((c, i) => ({ ...c, source: PRODUCT_DEFAULT_SOURCE, sort: i + 1 })) satisfies readonly Channel[];

export type DefaultChannelCode = (typeof DEFAULT_CHANNELS)[number]['code'];
