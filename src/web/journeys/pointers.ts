import type { Translate } from '../i18n/I18nProvider';

/**
 * A JSON pointer from the server in words a user can find back: "/document/phases/2/steps/0/title"
 * becomes "Fase 3, stap 1: title". Anything else is shown as the pointer itself.
 */
export function pointerLabel(t: Translate, pointer: string): string {
  const match = /phases\/(\d+)(?:\/steps\/(\d+))?(\/.*)?$/.exec(pointer);
  if (!match) return pointer || t('journeys.pointer.whole');
  const phase = Number(match[1]) + 1;
  const where =
    match[2] === undefined
      ? t('journeys.pointer.phase', { phase })
      : t('journeys.pointer.step', { phase, step: Number(match[2]) + 1 });
  return match[3] ? `${where} (${match[3].slice(1)})` : where;
}
