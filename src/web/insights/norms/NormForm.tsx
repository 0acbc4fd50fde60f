import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/problem';
import { useI18n } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup } from '../../ui/Button';
import { CheckboxField, TextField } from '../../ui/FormField';
import { Paragraph } from '../../ui/Paragraph';
import { etagOfNorm, INSIGHTS_KEY, patchNorm, type NormPatch } from '../insightsApi';
import type { Norm } from '../types';
import { NORM_PRESETS } from './presets';

interface Draft {
  thresholdSeconds: string;
  workingDays: string;
  targetPercent: string;
  active: boolean;
}

function draftOf(norm: Norm | (NormPatch & { active?: boolean })): Draft {
  return {
    thresholdSeconds: norm.thresholdSeconds == null ? '' : String(norm.thresholdSeconds),
    workingDays: norm.workingDays == null ? '' : String(norm.workingDays),
    targetPercent: norm.target == null ? '' : String(Math.round(norm.target * 100)),
    active: norm.active ?? true,
  };
}

/** A beheerder's edit of one norm; a stale version (412) keeps the draft and says what happened. */
export function NormForm({ norm }: { norm: Norm }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(norm));
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const save = useMutation({
    mutationFn: (patch: NormPatch) => patchNorm(norm.code, etagOfNorm(norm), patch),
    onSuccess: () => {
      setMessage({ type: 'ok', text: t('insights.norms.saved') });
      void queryClient.invalidateQueries({ queryKey: INSIGHTS_KEY });
    },
    onError: (error) => {
      const stale = isApiError(error) && error.status === 412;
      setMessage({ type: 'error', text: stale ? t('insights.norms.stale') : error.message });
      if (stale) void queryClient.invalidateQueries({ queryKey: INSIGHTS_KEY });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch: NormPatch = { active: draft.active };
    if (norm.thresholdSeconds !== null) patch.thresholdSeconds = Number(draft.thresholdSeconds);
    if (norm.workingDays !== null) patch.workingDays = Number(draft.workingDays);
    if (norm.target !== null) patch.target = Number(draft.targetPercent) / 100;
    save.mutate(patch);
  };
  const id = `norm-${norm.code}`;
  const preset = NORM_PRESETS[norm.code];
  return (
    <form
      onSubmit={submit}
      className="bb-norm-form"
      aria-label={t('insights.norms.editOf', { name: norm.nameNl })}
    >
      {message && (
        <Alert type={message.type} role={message.type === 'error' ? 'alert' : 'status'}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      {norm.thresholdSeconds !== null && (
        <TextField
          id={`${id}-threshold`}
          type="number"
          min={1}
          max={3600}
          required
          label={t('insights.norms.threshold')}
          value={draft.thresholdSeconds}
          onChange={(e) => setDraft({ ...draft, thresholdSeconds: e.target.value })}
        />
      )}
      {norm.workingDays !== null && (
        <TextField
          id={`${id}-days`}
          type="number"
          min={1}
          max={30}
          required
          label={t('insights.norms.workingDays')}
          value={draft.workingDays}
          onChange={(e) => setDraft({ ...draft, workingDays: e.target.value })}
        />
      )}
      {norm.target !== null && (
        <TextField
          id={`${id}-target`}
          type="number"
          min={1}
          max={100}
          required
          label={t('insights.norms.target')}
          value={draft.targetPercent}
          onChange={(e) => setDraft({ ...draft, targetPercent: e.target.value })}
        />
      )}
      <CheckboxField
        id={`${id}-active`}
        label={t('insights.norms.active')}
        checked={draft.active}
        onChange={(e) => setDraft({ ...draft, active: e.target.checked })}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {t('insights.norms.save')}
        </Button>
        {preset && (
          <Button onClick={() => setDraft(draftOf({ ...preset, active: true }))}>
            {t('insights.norms.preset')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
