import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../api/problem';
import { uuid } from '../api/uuid';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { Paragraph } from '../ui/Paragraph';
import { createJourney, JOURNEYS_KEY } from './journeysApi';
import type { Journey } from './types';

/**
 * Starts the desired journey as a copy of the current one, linked as its counterpart. Step ids
 * stay the same, so the comparison matches steps by id and measurements keep their meaning.
 */
export function DesiredCopyButton({ journey }: { journey: Journey }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [key] = useState(uuid);
  const create = useMutation({
    mutationFn: () =>
      createJourney(
        {
          title: journey.title,
          ...(journey.description ? { description: journey.description } : {}),
          trajectory: journey.trajectory,
          lifeEvent: journey.lifeEvent,
          state: 'desired',
          audience: journey.audience,
          personaIds: journey.personaIds,
          counterpartId: journey.id,
          document: journey.document,
        },
        key,
      ),
    onSuccess: (desired) => {
      void queryClient.invalidateQueries({ queryKey: JOURNEYS_KEY });
      void navigate(`/klantreizen/${desired.id}`);
    },
  });
  return (
    <Paragraph>
      <Button busy={create.isPending} onClick={() => create.mutate()}>
        {t('journeys.desired.create')}
      </Button>{' '}
      <span role="status">
        {create.isError && (isApiError(create.error) ? create.error.problem.detail : t('app.error'))}
      </span>
    </Paragraph>
  );
}
