// Demo journeys: complete examples (melding openbare ruimte, verhuizen, participatie in een
// herinrichting), current and desired, labelled as examples. Their evidence sources say
// "voorbeeld" and the linked measurements are synthetic.
import {
  emptyDocument,
  type EvidenceLevel,
  type JourneyDocument,
  type PhaseKey,
  type Step,
  type Trajectory,
} from '../../../shared/journeys/model.js';

type Sentiment = 'positive' | 'neutral' | 'negative';
interface StepSpec {
  id: string;
  title: string;
  does: string;
  thinks?: string;
  channel?: [
    string,
    'resident' | 'gemeente' | 'partner' | 'system',
    'resident' | 'gemeente' | 'partner' | 'system',
  ];
  heartbeat?: [Sentiment, EvidenceLevel];
  pain?: string[];
  idea?: [string, string, 'idea' | 'planned' | 'in-progress' | 'done'];
  backstage?: [string, string?];
  kpi?: string;
}

const SOURCE = 'Voorbeeld (synthetisch), geen onderzoek van deze gemeente';
const ev = (level: EvidenceLevel) => ({ level, source: SOURCE });

function step(s: StepSpec): Step {
  return {
    id: s.id,
    title: s.title,
    does: { text: s.does, evidence: ev('aangenomen') },
    ...(s.thinks ? { thinks: { text: s.thinks, evidence: ev('gerapporteerd') } } : {}),
    touchpoints: s.channel
      ? [{ channel: s.channel[0], initiator: s.channel[1], receiver: s.channel[2], evidence: ev('gemeten') }]
      : [],
    ...(s.heartbeat ? { heartbeat: { sentiment: s.heartbeat[0], evidence: ev(s.heartbeat[1]) } } : {}),
    painPoints: (s.pain ?? []).map((text) => ({ text, evidence: ev('gerapporteerd') })),
    ideas: s.idea
      ? [{ text: s.idea[0], owner: s.idea[1], status: s.idea[2], evidence: ev('aangenomen') }]
      : [],
    backstage: s.backstage
      ? [
          {
            department: s.backstage[0],
            ...(s.backstage[1] ? { system: s.backstage[1] } : {}),
            evidence: ev('gerapporteerd'),
          },
        ]
      : [],
    ...(s.kpi ? { kpi: { name: s.kpi, evidence: ev('aangenomen') } } : {}),
  };
}

function doc(trajectory: Trajectory, steps: Partial<Record<PhaseKey, StepSpec[]>>): JourneyDocument {
  const d = emptyDocument(trajectory);
  return { phases: d.phases.map((p) => ({ ...p, steps: (steps[p.key] ?? []).map(step) })) };
}

export interface DemoJourney {
  key: string;
  title: string;
  trajectory: Trajectory;
  lifeEvent: string;
  personaAvatars: string[];
  current: JourneyDocument;
  desired: JourneyDocument;
  /** Synthetic KTO grades for steps of the current journey: [stepId, n, mean, sd]. */
  measurements: [string, number, number, number][];
  /** Klantcontact behind steps of both maps: melding categories (KTO) and contact topics. */
  links?: Record<string, { ktoCategories?: string[]; contactTopics?: string[] }>;
}

const melding = {
  awareness: [
    {
      id: 'mor-zien',
      title: 'Ziet een kapotte lantaarnpaal',
      does: 'Loopt ’s avonds langs een donkere plek',
      thinks: 'Moet ik dit melden, en waar?',
      heartbeat: ['neutral', 'gerapporteerd'],
    },
  ],
  'first-contact': [
    {
      id: 'mor-melden',
      title: 'Doet een melding',
      does: 'Vult het webformulier in op de telefoon',
      channel: ['webformulier', 'resident', 'gemeente'],
      heartbeat: ['neutral', 'gemeten'],
      pain: ['Kaart werkt slecht op mobiel'],
      kpi: 'Meldingen per kanaal',
      backstage: ['KCC', 'Meldingensysteem'],
    },
  ],
  action: [
    {
      id: 'mor-wachten',
      title: 'Wacht op herstel',
      does: 'Hoort niets en belt na twee weken',
      channel: ['telefoon', 'resident', 'gemeente'],
      heartbeat: ['negative', 'gemeten'],
      pain: ['Geen status', '"Waar blijft mijn melding?"-telefoontjes'],
      backstage: ['Openbare ruimte', 'Werkorders'],
      idea: ['Statusbericht bij elke stap', 'Teamleider KCC', 'planned'],
      kpi: 'Herhaalcontacten per melding',
    },
  ],
  feedback: [
    {
      id: 'mor-terugkoppeling',
      title: 'Hoort dat het is opgelost',
      does: 'Krijgt een e-mail zonder uitleg',
      channel: ['e-mail', 'gemeente', 'resident'],
      heartbeat: ['neutral', 'aangenomen'],
    },
  ],
  closure: [
    {
      id: 'mor-afronding',
      title: 'Ziet de lamp weer branden',
      does: 'Loopt weer langs',
      thinks: 'Fijn, maar had dit sneller gekund?',
      heartbeat: ['positive', 'aangenomen'],
    },
  ],
} satisfies Partial<Record<PhaseKey, StepSpec[]>>;

const verhuizen = {
  awareness: [
    {
      id: 'vh-orienteren',
      title: 'Zoekt uit wat er moet',
      does: 'Zoekt op "verhuizing doorgeven"',
      channel: ['website', 'resident', 'gemeente'],
      heartbeat: ['neutral', 'gerapporteerd'],
    },
  ],
  'first-contact': [
    {
      id: 'vh-doorgeven',
      title: 'Geeft de verhuizing door',
      does: 'Logt in met DigiD en vult het formulier in',
      channel: ['webformulier', 'resident', 'gemeente'],
      heartbeat: ['positive', 'gemeten'],
      pain: ['Onduidelijk welke documenten nodig zijn bij inwoning'],
      backstage: ['Burgerzaken', 'BRP'],
    },
  ],
  action: [
    {
      id: 'vh-controle',
      title: 'Gemeente controleert het adres',
      does: 'Krijgt een brief met vragen over de woning',
      channel: ['brief', 'gemeente', 'resident'],
      heartbeat: ['negative', 'gemeten'],
      pain: ['Brief is moeilijk te lezen'],
      idea: ['Brief herschrijven op B1', 'Communicatie', 'in-progress'],
      backstage: ['Burgerzaken', 'BRP'],
      kpi: 'Aandeel reacties binnen 14 dagen',
    },
  ],
  feedback: [
    {
      id: 'vh-bevestiging',
      title: 'Krijgt bevestiging',
      does: 'Ontvangt een bevestiging per e-mail',
      channel: ['e-mail', 'gemeente', 'resident'],
      heartbeat: ['positive', 'aangenomen'],
    },
  ],
  closure: [
    {
      id: 'vh-afronding',
      title: 'Is ingeschreven',
      does: 'Regelt de rest (afval, parkeren)',
      heartbeat: ['neutral', 'aangenomen'],
    },
  ],
} satisfies Partial<Record<PhaseKey, StepSpec[]>>;

const herinrichting = {
  awareness: [
    {
      id: 'hr-uitnodiging',
      title: 'Hoort van de herinrichting',
      does: 'Krijgt een huis-aan-huisbrief',
      channel: ['huis-aan-huisbrief', 'gemeente', 'resident'],
      heartbeat: ['neutral', 'gerapporteerd'],
      pain: ['Brief valt weg tussen reclame'],
    },
  ],
  'first-contact': [
    {
      id: 'hr-aanmelden',
      title: 'Meldt zich aan voor de avond',
      does: 'Meldt zich aan via het participatieplatform',
      channel: ['participatieplatform', 'resident', 'gemeente'],
      heartbeat: ['neutral', 'aangenomen'],
    },
  ],
  action: [
    {
      id: 'hr-bijeenkomst',
      title: 'Denkt mee op de inloopavond',
      does: 'Zet stickers op de kaart',
      channel: ['bijeenkomst', 'gemeente', 'resident'],
      heartbeat: ['positive', 'gemeten'],
      pain: ['Avond valt samen met het eten van gezinnen'],
      idea: ['Ook een pop-up op zaterdag op het plein', 'Participatieadviseur', 'idea'],
      backstage: ['Ruimtelijke ontwikkeling'],
    },
  ],
  feedback: [
    {
      id: 'hr-terugkoppeling',
      title: 'Hoort wat er met de inbreng is gedaan',
      does: 'Hoort maanden niets',
      heartbeat: ['negative', 'gerapporteerd'],
      pain: ['Geen terugkoppeling op de inbreng'],
      kpi: 'Deelnemers die terugkoppeling kregen',
    },
  ],
  closure: [
    {
      id: 'hr-afronding',
      title: 'Ziet de nieuwe straat',
      does: 'Loopt door de heringerichte straat',
      heartbeat: ['neutral', 'aangenomen'],
    },
  ],
} satisfies Partial<Record<PhaseKey, StepSpec[]>>;

/** The desired journey: the same steps, with the planned improvement and its expected heartbeat. */
function desiredOf(
  trajectory: Trajectory,
  current: Partial<Record<PhaseKey, StepSpec[]>>,
  changes: Record<string, Partial<StepSpec>>,
  added: Partial<Record<PhaseKey, StepSpec[]>>,
): JourneyDocument {
  const merged: Partial<Record<PhaseKey, StepSpec[]>> = {};
  for (const [key, steps] of Object.entries(current) as [PhaseKey, StepSpec[]][])
    merged[key] = [...steps.map((s) => ({ ...s, ...(changes[s.id] ?? {}) })), ...(added[key] ?? [])];
  return doc(trajectory, merged);
}

export const DEMO_JOURNEYS: DemoJourney[] = [
  {
    key: 'melding',
    title: 'Voorbeeld: melding openbare ruimte',
    trajectory: 'service',
    lifeEvent: 'melding openbare ruimte',
    personaAvatars: ['avatar:woman-bike', 'avatar:older-woman'],
    current: doc('service', melding),
    desired: desiredOf(
      'service',
      melding,
      {
        'mor-wachten': {
          does: 'Krijgt een bericht als de melding is ingepland',
          heartbeat: ['neutral', 'aangenomen'],
          pain: [],
        },
      },
      {
        feedback: [
          {
            id: 'mor-foto',
            title: 'Krijgt een foto van het herstel',
            does: 'Ziet de foto in de e-mail',
            heartbeat: ['positive', 'aangenomen'],
          },
        ],
      },
    ),
    measurements: [
      ['mor-melden', 212, 6.9, 1.6],
      ['mor-wachten', 187, 5.2, 2.1],
    ],
    links: {
      // Value demand: residents reporting; avoidable demand: asking where their melding is.
      'mor-melden': { contactTopics: ['openbare-ruimte'] },
      'mor-wachten': { contactTopics: ['status-melding'] },
      'mor-afronding': { ktoCategories: ['openbare-ruimte'] },
    },
  },
  {
    key: 'verhuizen',
    title: 'Voorbeeld: verhuizen',
    trajectory: 'service',
    lifeEvent: 'verhuizen',
    personaAvatars: ['avatar:young-man', 'avatar:young-woman'],
    current: doc('service', verhuizen),
    desired: desiredOf(
      'service',
      verhuizen,
      {
        'vh-controle': {
          does: 'Krijgt een korte brief op B1 met één vraag',
          heartbeat: ['neutral', 'aangenomen'],
        },
      },
      {},
    ),
    links: { 'vh-doorgeven': { contactTopics: ['bz-verhuizing'] } },
    measurements: [
      ['vh-doorgeven', 340, 7.6, 1.2],
      ['vh-controle', 58, 5.9, 1.9],
    ],
  },
  {
    key: 'herinrichting',
    title: 'Voorbeeld: participatie in een herinrichting',
    trajectory: 'participation',
    lifeEvent: 'herinrichting van de straat',
    personaAvatars: ['avatar:man-workwear', 'avatar:older-woman', 'avatar:woman-bike'],
    current: doc('participation', herinrichting),
    desired: desiredOf(
      'participation',
      herinrichting,
      {
        'hr-terugkoppeling': {
          does: 'Krijgt binnen een maand een verslag: wat is er met de inbreng gedaan',
          heartbeat: ['positive', 'aangenomen'],
          pain: [],
        },
      },
      {},
    ),
    measurements: [['hr-bijeenkomst', 41, 7.2, 1.4]],
  },
];
