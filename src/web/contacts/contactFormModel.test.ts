import { describe, expect, it } from 'vitest';
import { interpolate } from '../i18n/I18nProvider';
import { nl } from '../i18n/nl';
import { emptyContact, toNewCase, toNewContact, toNewTask, validateContact } from './contactFormModel';

const t = (key: keyof typeof nl, vars?: Record<string, string | number>) => interpolate(nl[key], vars);
const labels = {
  channel: 'Kanaal',
  summary: 'Wat is er besproken',
  outcome: 'Uitkomst',
  caseCategory: 'Categorie',
};
const now = new Date('2026-03-10T10:00:00');

describe('contact form model', () => {
  it('asks for the resident, channel, summary and outcome, and a category for a melding', () => {
    const errors = validateContact({ ...emptyContact(now), outcome: 'case_created' }, false, t, labels, now);
    expect(Object.keys(errors.fields).sort()).toEqual(['caseCategory', 'channel', 'partyId', 'summary']);
    expect(errors.fields.summary).toBe('Vul wat is er besproken in.');
  });

  it('checks seconds only where the channel has them, and a callback date not in the past', () => {
    const base = { ...emptyContact(now), channel: 'phone', summary: 'x', outcome: 'callback' };
    const errors = validateContact(
      { ...base, waitSeconds: '1.5', taskDue: '2026-03-09' },
      true,
      t,
      labels,
      now,
    );
    expect(Object.keys(errors.fields).sort()).toEqual(['taskDue', 'waitSeconds']);
    const email = validateContact({ ...base, channel: 'email', waitSeconds: 'abc' }, true, t, labels, now);
    expect(email.fields).toEqual({});
  });

  it('builds request bodies without empty or irrelevant fields', () => {
    const v = {
      ...emptyContact(now),
      channel: 'email',
      summary: ' <b>vraag</b> ',
      outcome: 'case_created',
      waitSeconds: '30',
      teamId: 'ignored-unless-forwarded',
      caseCategory: 'afval',
    };
    expect(toNewContact(v, undefined, { caseId: 'c1' })).toEqual({
      channel: 'email',
      direction: 'in',
      summary: '<b>vraag</b>',
      outcome: 'case_created',
      caseId: 'c1',
    });
    expect(toNewCase(v, 'p1')).toEqual({
      categoryCode: 'afval',
      partyId: 'p1',
      description: '<b>vraag</b>',
      sourceChannel: 'email',
    });
    const task = toNewTask({ ...v, outcome: 'callback', taskDue: '2026-03-11' }, undefined);
    expect(task).toMatchObject({ kind: 'callback', description: '<b>vraag</b>' });
    expect(new Date(task.dueAt).getTime()).toBe(new Date('2026-03-11T17:00:00').getTime());
  });
});
