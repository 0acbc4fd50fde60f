// One synthetic year of a demo gemeente: residents, contacts on every channel, meldingen with
// their events and outgoing feedback, and callback tasks. Pure and deterministic: the contacts seed
// and the cases seed each generate the same world and insert their own part of it.
import { Prng, deriveSeed } from '../../../shared/demo/prng.js';
import { caseTimeline, finalStatus, type TimelineEvent } from './timeline.js';
import { generateResidents } from './residents.js';
import { uuidFrom } from './ids.js';
import {
  channelTimes,
  DIGITAL,
  DIGITAL_SHARE,
  STAFFED,
  STAFFED_SHARE,
  type DemoChannel,
} from './channels.js';
import {
  addWorkingDaysAt,
  addWorkingMinutes,
  calendar,
  cumulative,
  DIGITAL_HOURS,
  instant,
  minutesUntilOpen,
  MONTH_WEIGHT,
  STAFFED_HOURS,
  WEEKDAY_WEIGHT,
  type Moment,
} from './calendar.js';
import { categoryWeight, topicForCategory, topicWeight } from './catalogue.js';
import type { DemoCase, DemoContact, DemoTask, DemoWorld, WorldInput } from './world-types.js';

export type { DemoCase, DemoContact, DemoTask, DemoWorld, WorldInput } from './world-types.js';

export const DEMO_SEED = 20260401;
export const DEMO_SOURCE = 'demo';

const NUMBER_PREFIX: Record<string, string> = { melding: 'M', aanvraag: 'A', vraag: 'V', klacht: 'K' };
const RECEIVED: Record<string, string> = {
  melding: 'Melding ontvangen',
  aanvraag: 'Aanvraag ontvangen',
  vraag: 'Vraag ontvangen',
  klacht: 'Klacht ontvangen',
};
const CASE_SOURCES: DemoChannel[] = ['eform', 'phone', 'email', 'whatsapp', 'counter', 'social', 'letter'];
const CASE_SOURCE_SHARE = [0.45, 0.28, 0.1, 0.07, 0.05, 0.03, 0.02];
const VERBS = ['Vraagt naar', 'Informeert over', 'Heeft een vraag over', 'Wil meer weten over'];

/** A moment on a day drawn from the year's rhythm: staffed channels on working days in office hours. */
const STAFFED_HOUR_LIST = Object.keys(STAFFED_HOURS).map(Number);
const staffedHour = cumulative(STAFFED_HOUR_LIST.map((h) => STAFFED_HOURS[h]!));
const digitalHour = cumulative(DIGITAL_HOURS);

function pickMoment(rng: Prng, pickDay: (u: number) => number, staffed: boolean): Moment {
  const day = pickDay(rng.next());
  if (staffed) {
    const hour = STAFFED_HOUR_LIST[staffedHour(rng.next())]!;
    return { day, minute: hour === 8 ? rng.int(510, 539) : hour * 60 + rng.int(0, 59) };
  }
  return { day, minute: digitalHour(rng.next()) * 60 + rng.int(0, 59) };
}

export function generateDemoWorld(input: WorldInput): DemoWorld {
  const seed = deriveSeed(input.seed ?? DEMO_SEED, input.slug);
  const rng = new Prng(seed);
  const [ey, em, ed] = input.end.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(ey, em - 1, ed - 364)).toISOString().slice(0, 10);
  // 120 days after the year, so that due dates and durations can run past its end.
  const days = calendar(first, 364 + 120);
  const endDay = 364;
  const inYear = days.slice(0, endDay);
  const staffedDay = cumulative(
    inYear.map((d) => (d.working ? WEEKDAY_WEIGHT[d.weekday]! * MONTH_WEIGHT[d.month]! : 0)),
  );
  // On weekends and holidays only digital contacts arrive (the weekend weights are already low).
  const digitalDay = cumulative(
    inYear.map((d) => (d.working ? 1 : 0.6) * WEEKDAY_WEIGHT[d.weekday]! * MONTH_WEIGHT[d.month]!),
  );
  const at = (t: Moment) => instant(days, t);
  const load = (t: Moment) =>
    (STAFFED_HOURS[Math.floor(t.minute / 60)] ?? 0.5) * WEEKDAY_WEIGHT[days[t.day]!.weekday]!;

  const residents = generateResidents(rng, seed, input.slug, input.city, input.residents ?? 400);
  const residentIndex = cumulative(residents.map((r) => r.activity));
  const pickResident = () => residents[residentIndex(rng.next())]!;
  const leafTopics = input.topics.filter(
    (t) => t.active && t.parentCode !== null && !input.topics.some((c) => c.parentCode === t.code),
  );
  const topicName = new Map(input.topics.map((t) => [t.code, t.nameNl]));
  const leafCategories = input.categories.filter(
    (c) => c.active && !input.categories.some((x) => x.parentCode === c.code),
  );
  const byCode = new Map(input.categories.map((c) => [c.code, c]));
  const teamOf = (code: string): string | null => {
    for (let c = byCode.get(code); c; c = c.parentCode ? byCode.get(c.parentCode) : undefined)
      if (c.defaultTeamId) return c.defaultTeamId;
    return input.teams[0]?.id ?? null;
  };
  const kccTeam = input.teams.find((t) => /klantcontact|kcc/i.test(t.name))?.id ?? input.teams[0]?.id ?? null;
  const handler = () => (input.handlerIds.length ? rng.pick(input.handlerIds) : null);
  const contacts: DemoContact[] = [];
  const contact = (c: Omit<DemoContact, 'id'>) => {
    const row = { id: uuidFrom(seed, `contact:${contacts.length}`), ...c };
    contacts.push(row);
    return row;
  };

  // Meldingen first: each comes in as a contact, and its status changes go out as feedback.
  const cases: DemoCase[] = [];
  const targetCases = leafCategories.length ? (input.cases ?? 1500) : 0;
  const counters = new Map<string, number>();
  const drafts = Array.from({ length: targetCases }, (_, i) => {
    const source = rng.weightedChoice(CASE_SOURCES, CASE_SOURCE_SHARE);
    const created = pickMoment(
      rng,
      STAFFED.includes(source) ? staffedDay : digitalDay,
      STAFFED.includes(source),
    );
    return { i, source, created };
  }).sort((a, b) => a.created.day - b.created.day || a.created.minute - b.created.minute);
  for (const { i, source, created } of drafts) {
    const category = rng.weightedChoice(
      leafCategories,
      leafCategories.map((c) => categoryWeight(c.code)),
    );
    const kind = NUMBER_PREFIX[category.kind] ? category.kind : 'melding';
    const year = Number(days[created.day]!.date.slice(0, 4)); // the Amsterdam date's year, as numbering uses
    const key = `${NUMBER_PREFIX[kind]}-${year}`;
    counters.set(key, (counters.get(key) ?? 0) + 1);
    const party = rng.chance(0.7) ? pickResident() : null;
    const feedbackChannel = party
      ? (party.preferredChannel ?? 'none')
      : source === 'eform' && rng.chance(0.5)
        ? 'email'
        : 'none';
    const id = uuidFrom(seed, `case:${i}`);
    const dueDay = addWorkingDaysAt(days, created.day, category.dueWorkingDays);
    const teamId = teamOf(category.code);
    const timeline = caseTimeline(rng, days, created, category.dueWorkingDays, endDay, RECEIVED[kind]!);
    const assignee = handler();
    const status = finalStatus(timeline);
    const hold = status === 'on_hold' ? timeline[timeline.length - 1]!.note : null;
    const row: DemoCase = {
      id,
      number: `${key}-${String(counters.get(key)).padStart(6, '0')}`,
      kind,
      categoryCode: category.code,
      status,
      holdReason: hold,
      partyId: party?.id ?? null,
      teamId,
      assigneeId: timeline.length > 1 ? assignee : null,
      title: category.nameNl,
      description: `${category.nameNl} (demomelding, fictief).`,
      postcode: party?.postcode ?? null,
      houseNumber: party?.houseNumber ?? null,
      sourceChannel: source,
      feedbackChannel,
      feedbackAddress: !party && feedbackChannel === 'email' ? `melder${i}@inwoner.example` : null,
      dueDate: days[dueDay]!.date,
      createdAt: at(created),
      updatedAt: at(timeline[timeline.length - 1]!.at),
      closedAt: status === 'gesloten' ? at(timeline[timeline.length - 1]!.at) : null,
      events: timeline.map((e: TimelineEvent, seq) => ({
        seq: seq + 1,
        activity: e.activity,
        occurredAt: at(e.at),
        teamId,
        channel: seq === 0 ? source : null,
        actorId: e.byHandler ? assignee : null,
        statusFrom: e.statusFrom,
        statusTo: e.statusTo,
        note: e.note,
      })),
    };
    cases.push(row);
    const topicCode = topicForCategory(category.code, leafTopics);
    contact({
      channel: source,
      direction: 'in',
      partyId: row.partyId,
      topicCode,
      summary: `Meldt: ${category.nameNl.toLowerCase()}.`,
      outcome: 'case_created',
      teamId,
      caseId: id,
      taskId: null,
      ...channelTimes(rng, source, load(created)),
      occurredAt: row.createdAt,
      registeredBy: source === 'eform' ? null : input.kccUserId,
    });
    // Feedback on receipt, on hold and when handled, on the channel the resident chose.
    if (feedbackChannel !== 'none') {
      for (const e of timeline.filter((x) => x.statusTo !== 'in_behandeling' && x.statusTo !== 'gesloten')) {
        contact({
          channel: feedbackChannel as DemoChannel,
          direction: 'out',
          partyId: row.partyId,
          topicCode: null,
          summary: `Terugkoppeling ${row.number}: ${e.statusTo === 'gemeld' ? 'ontvangen' : e.statusTo.replace('_', ' ')}.`,
          outcome: 'informed',
          teamId,
          caseId: id,
          taskId: null,
          waitSeconds: null,
          handleSeconds: null,
          // E-mail, SMS and WhatsApp go out at once through the outbox; a letter or a call waits for office hours.
          occurredAt: ['phone', 'letter'].includes(feedbackChannel)
            ? at(addWorkingMinutes(days, e.at, 30))
            : new Date(at(e.at).getTime() + 60_000),
          registeredBy: null,
        });
      }
    }
    // Some residents of overdue meldingen call to ask where it stays: avoidable demand.
    const handled = timeline.find((e) => e.statusTo === 'afgehandeld');
    const overdueFrom = dueDay + 1;
    if (overdueFrom < endDay && (!handled || handled.at.day >= overdueFrom) && rng.chance(0.35)) {
      const day = Math.min(endDay - 1, overdueFrom + rng.int(0, 4));
      if (days[day]!.working)
        contact({
          channel: 'phone',
          direction: 'in',
          partyId: row.partyId,
          topicCode: leafTopics.some((t) => t.code === 'status-melding') ? 'status-melding' : null,
          summary: `Vraagt waar melding ${row.number} blijft.`,
          outcome: 'answered',
          teamId: null,
          caseId: id,
          taskId: null,
          ...channelTimes(rng, 'phone', 1),
          occurredAt: at({ day, minute: rng.int(540, 960) }),
          registeredBy: input.kccUserId,
        });
    }
  }

  // Everything else people contact the gemeente about; 8 % needs a callback (a task and a call back).
  const tasks: DemoTask[] = [];
  const remaining = Math.max(0, (input.contacts ?? 15_000) - contacts.length);
  const general = Math.round(remaining / 1.07);
  const staffedShare = STAFFED_SHARE.reduce((a, b) => a + b, 0);
  for (let n = 0; n < general; n++) {
    const staffed = rng.chance(staffedShare / (staffedShare + DIGITAL_SHARE.reduce((a, b) => a + b, 0)));
    const channel = staffed
      ? rng.weightedChoice(STAFFED, STAFFED_SHARE)
      : rng.weightedChoice(DIGITAL, DIGITAL_SHARE);
    const t = pickMoment(rng, staffed ? staffedDay : digitalDay, staffed);
    const month = days[t.day]!.month;
    const topic = leafTopics.length
      ? rng.weightedChoice(
          leafTopics,
          leafTopics.map((x) => topicWeight(x.code, month)),
        )
      : null;
    const party = rng.chance(0.6) ? pickResident() : null;
    const outcome = rng.weightedChoice(['answered', 'forwarded', 'callback'] as const, [0.78, 0.14, 0.08]);
    const closed = channel === 'whatsapp' ? minutesUntilOpen(days, t) : 0;
    const row = contact({
      channel,
      direction: 'in',
      partyId: party?.id ?? null,
      topicCode: topic?.code ?? null,
      summary: topic
        ? `${rng.pick(VERBS)} ${(topicName.get(topic.code) ?? topic.code).toLowerCase()}.`
        : 'Algemene vraag.',
      outcome,
      teamId: outcome === 'forwarded' ? (rng.pick(input.teams)?.id ?? null) : null,
      caseId: null,
      taskId: null,
      ...channelTimes(rng, channel, load(t), closed),
      occurredAt: at(t),
      registeredBy: channel === 'eform' ? null : input.kccUserId,
    });
    if (outcome !== 'callback') continue;
    const taskId = uuidFrom(seed, `task:${tasks.length}`);
    row.taskId = taskId;
    const due = addWorkingMinutes(days, t, 8 * 60);
    const roll = rng.next();
    const done = addWorkingMinutes(days, t, 180 * Math.exp(rng.normal(0, 0.8)));
    const finished = roll < 0.92 && done.day < endDay;
    const cancelled = roll >= 0.97 && done.day < endDay;
    const assignee = input.kccUserId;
    tasks.push({
      id: taskId,
      status: cancelled ? 'cancelled' : finished ? 'done' : 'open',
      partyId: row.partyId,
      contactId: row.id,
      teamId: kccTeam,
      assigneeId: assignee,
      description: `Terugbellen: ${row.summary}`,
      callbackPhone: party?.phone ? null : `+3160${String(rng.int(0, 9_999_999)).padStart(7, '0')}`,
      dueAt: at({ day: due.day, minute: Math.max(due.minute, 17 * 60 - 1) }),
      completedAt: finished || cancelled ? at(done) : null,
      result: finished ? 'Teruggebeld, vraag beantwoord.' : cancelled ? 'Inwoner niet meer nodig.' : null,
      createdAt: row.occurredAt,
      createdBy: input.kccUserId,
    });
    if (finished)
      contact({
        channel: 'phone',
        direction: 'out',
        partyId: row.partyId,
        topicCode: row.topicCode,
        summary: 'Teruggebeld.',
        outcome: 'answered',
        teamId: kccTeam,
        caseId: null,
        taskId,
        waitSeconds: null,
        handleSeconds: channelTimes(rng, 'phone', 1).handleSeconds,
        occurredAt: at(done),
        registeredBy: input.kccUserId,
      });
  }
  contacts.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return { seed, residents, contacts, cases, tasks };
}
