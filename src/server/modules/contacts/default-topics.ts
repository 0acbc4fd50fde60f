// The topic tree every gemeente starts with: common KCC contact reasons, each with the journey
// phase it usually belongs to. "Where is my melding?" questions are marked avoidable: demand the
// gemeente creates by not informing residents in time. The beheerder adapts the tree afterwards.

export interface DefaultTopic {
  code: string;
  parentCode: string | null;
  nameNl: string;
  nameEn: string;
  phase: number | null;
  avoidable?: boolean;
}

const group = (code: string, nameNl: string, nameEn: string): DefaultTopic => ({
  code,
  parentCode: null,
  nameNl,
  nameEn,
  phase: null,
});
const topic = (
  parentCode: string,
  code: string,
  nameNl: string,
  nameEn: string,
  phase: number,
  avoidable = false,
): DefaultTopic => ({ code, parentCode, nameNl, nameEn, phase, avoidable });

export const DEFAULT_TOPICS: DefaultTopic[] = [
  group('openbare-ruimte', 'Openbare ruimte', 'Public space'),
  topic('openbare-ruimte', 'or-verlichting', 'Straatverlichting kapot', 'Street lighting out', 2),
  topic('openbare-ruimte', 'or-bestrating', 'Bestrating en wegen', 'Paving and roads', 2),
  topic('openbare-ruimte', 'or-groen', 'Groen en bomen', 'Green spaces and trees', 2),
  topic('openbare-ruimte', 'or-overlast', 'Overlast', 'Nuisance', 2),
  group('afval', 'Afval', 'Waste'),
  topic('afval', 'afval-niet-opgehaald', 'Afval niet opgehaald', 'Waste not collected', 2),
  topic('afval', 'afval-grofvuil', 'Grofvuil ophalen', 'Bulky waste collection', 2),
  topic('afval', 'afval-container', 'Container kapot of kwijt', 'Bin broken or missing', 2),
  group('burgerzaken', 'Burgerzaken', 'Civil affairs'),
  topic('burgerzaken', 'bz-reisdocument', 'Paspoort en identiteitskaart', 'Passport and ID card', 1),
  topic('burgerzaken', 'bz-verhuizing', 'Verhuizing doorgeven', 'Reporting a move', 2),
  topic('burgerzaken', 'bz-uittreksel', 'Uittreksel BRP', 'Extract from the population register', 2),
  group('belastingen', 'Belastingen', 'Taxes'),
  topic('belastingen', 'bel-aanslag', 'Aanslag gemeentelijke belastingen', 'Municipal tax assessment', 1),
  topic('belastingen', 'bel-kwijtschelding', 'Kwijtschelding', 'Tax remission', 2),
  group('zorg', 'Zorg en ondersteuning', 'Care and support'),
  topic('zorg', 'zorg-wmo', 'Wmo-voorziening', 'Social support (Wmo)', 2),
  topic('zorg', 'zorg-jeugd', 'Jeugdhulp', 'Youth care', 2),
  group('werk-inkomen', 'Werk en inkomen', 'Work and income'),
  topic('werk-inkomen', 'wi-bijstand', 'Bijstandsuitkering', 'Social assistance benefit', 2),
  group('vergunningen', 'Vergunningen', 'Permits'),
  topic('vergunningen', 'verg-omgeving', 'Omgevingsvergunning', 'Environmental permit', 1),
  topic('vergunningen', 'verg-evenement', 'Evenementenvergunning', 'Event permit', 1),
  group('status', 'Vraag over lopende zaak', 'Question about an open case'),
  topic('status', 'status-melding', 'Waar blijft mijn melding?', 'Where is my report?', 3, true),
  topic('status', 'status-aanvraag', 'Waar blijft mijn aanvraag?', 'Where is my application?', 3, true),
  topic('status', 'status-terugbel', 'Niet teruggebeld', 'Not called back', 4, true),
  group('klacht', 'Klachten en compliment', 'Complaints and compliments'),
  topic('klacht', 'klacht-behandeling', 'Klacht over behandeling', 'Complaint about treatment', 5),
  topic('klacht', 'compliment', 'Compliment', 'Compliment', 5),
  group('overig', 'Overige vragen', 'Other questions'),
  topic('overig', 'overig-informatie', 'Algemene informatie', 'General information', 1),
];
