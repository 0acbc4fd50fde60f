import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { deletePlan, PLANS_KEY, type Plan } from './plansApi';

/** Delete with a second, explicit confirmation in place (no browser dialog). */
export function DeletePlanButton({ plan, onDeleted }: { plan: Plan; onDeleted: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const remove = useMutation({
    mutationFn: () => deletePlan(plan.id),
    onSuccess: () => {
      onDeleted();
      void queryClient.invalidateQueries({ queryKey: PLANS_KEY });
    },
  });
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <Button appearance="subtle" onClick={() => setConfirming(true)}>
        {t('advice.plan.delete')}
        <VisuallyHidden>{` ${plan.name}`}</VisuallyHidden>
      </Button>
    );
  }
  return (
    <span className="bb-actions">
      <Button
        ref={confirmButton}
        appearance="secondary"
        busy={remove.isPending}
        onClick={() => remove.mutate()}
      >
        {t('advice.plan.confirmDelete', { name: plan.name })}
      </Button>
      <Button appearance="subtle" onClick={() => setConfirming(false)}>
        {t('advice.plan.cancelDelete')}
      </Button>
      {remove.error && <span role="alert">{t('advice.plan.deleteFailed')}</span>}
    </span>
  );
}
