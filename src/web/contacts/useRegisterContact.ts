import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useIdempotencyKey } from '../admin/useIdempotencyKey';
import { problemToFormErrors, type FormErrors } from '../forms/formErrors';
import {
  CASES_KEY,
  createCase,
  createTask,
  PARTIES_KEY,
  registerContact,
  WORK_QUEUE_KEY,
} from './contactsApi';
import {
  toNewCase,
  toNewContact,
  toNewTask,
  type ContactField,
  type ContactValues,
} from './contactFormModel';
import type { Contact } from './types';

type Step = 'case' | 'task' | 'contact';

/** Server field name -> form field, per request: "description" means another field per step. */
const STEP_FIELDS: Record<Step, Record<string, ContactField>> = {
  case: {
    categoryCode: 'caseCategory',
    description: 'caseDescription',
    locationText: 'caseLocation',
    partyId: 'partyId',
    sourceChannel: 'channel',
  },
  task: { description: 'taskDescription', callbackPhone: 'taskPhone', dueAt: 'taskDue', partyId: 'partyId' },
  contact: Object.fromEntries(
    [
      'channel',
      'direction',
      'partyId',
      'topicCode',
      'summary',
      'outcome',
      'teamId',
      'waitSeconds',
      'handleSeconds',
    ].map((f) => [f, f as ContactField]),
  ),
};

export class StepError extends Error {
  constructor(
    readonly step: Step,
    readonly failure: unknown,
  ) {
    super(`${step} failed`);
  }
}

export function stepErrors(error: unknown, fallback: string): FormErrors {
  if (!(error instanceof StepError)) return problemToFormErrors(error, [], fallback);
  const map = STEP_FIELDS[error.step];
  const found = problemToFormErrors(error.failure, Object.keys(map), fallback);
  const fields = Object.fromEntries(
    Object.entries(found.fields).map(([f, message]) => [map[f] ?? f, message]),
  );
  return { fields, general: found.general };
}

export interface Registered {
  contact: Contact;
  caseId?: string;
  caseNumber?: string;
  taskId?: string;
}

async function step<T>(name: Step, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new StepError(name, error);
  }
}

/**
 * Registers a contact, first creating the melding or callback task it leads to. Each POST has its
 * own Idempotency-Key, and a melding or task already created in an earlier, partly failed attempt
 * is reused instead of created again: the KCC must never make two meldingen of one call.
 */
export function useRegisterContact() {
  const queryClient = useQueryClient();
  const keys = { case: useIdempotencyKey(), task: useIdempotencyKey(), contact: useIdempotencyKey() };
  const created = useRef<{ caseId?: string; caseNumber?: string; taskId?: string }>({});

  const mutation = useMutation({
    mutationFn: async ({
      values,
      partyId,
    }: {
      values: ContactValues;
      partyId?: string;
    }): Promise<Registered> => {
      if (values.outcome === 'case_created' && !created.current.caseId) {
        const newCase = await step('case', () => createCase(toNewCase(values, partyId), keys.case.key()));
        created.current = { ...created.current, caseId: newCase.id, caseNumber: newCase.number };
      }
      if (values.outcome === 'callback' && !created.current.taskId) {
        const task = await step('task', () => createTask(toNewTask(values, partyId), keys.task.key()));
        created.current = { ...created.current, taskId: task.id };
      }
      const links = {
        caseId: values.outcome === 'case_created' ? created.current.caseId : undefined,
        taskId: values.outcome === 'callback' ? created.current.taskId : undefined,
      };
      const contact = await step('contact', () =>
        registerContact(toNewContact(values, partyId, links), keys.contact.key()),
      );
      return { contact, ...links, caseNumber: links.caseId ? created.current.caseNumber : undefined };
    },
    onSuccess: (_result, { partyId }) => {
      reset();
      if (partyId) void queryClient.invalidateQueries({ queryKey: [...PARTIES_KEY, 'history', partyId] });
      void queryClient.invalidateQueries({ queryKey: WORK_QUEUE_KEY });
      void queryClient.invalidateQueries({ queryKey: CASES_KEY });
    },
  });

  /** A new registration begins: forget what the last one created. */
  function reset() {
    created.current = {};
    keys.case.renew();
    keys.task.renew();
    keys.contact.renew();
  }

  /**
   * The form changed, so a resubmission is a new request (the server replays a stored 4xx for a
   * reused key). What was already created stays linked through `created`, never posted again.
   */
  function edited() {
    keys.case.renew();
    keys.task.renew();
    keys.contact.renew();
  }

  return { mutation, edited, reset };
}
