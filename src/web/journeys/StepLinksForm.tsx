import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { allSteps, type JourneyDocument } from '../../shared/journeys/model';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Fieldset } from '../ui/Fieldset';
import { CheckboxField, SelectField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { JOURNEYS_KEY } from './journeysApi';
import { getLinkOptions, saveStepLinks, type StepLinks } from './klantcontactApi';

interface Props {
  journeyId: string;
  document: JourneyDocument;
  links: StepLinks[];
}

const toggle = (list: string[], code: string, on: boolean) =>
  on ? [...list, code] : list.filter((c) => c !== code);

/** Links one step to melding categories (their KTO answers) and contact topics, from the catalogues. */
export function StepLinksForm({ journeyId, document, links }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const steps = allSteps(document).map((s) => s.step);
  const options = useQuery({
    queryKey: [...JOURNEYS_KEY, 'link-options'],
    queryFn: getLinkOptions,
    staleTime: 300_000,
  });
  const [stepId, setStepId] = useState(steps[0]?.id ?? '');
  const current = links.find((l) => l.stepId === stepId);
  const [draft, setDraft] = useState<StepLinks | null>(null);
  const value =
    draft?.stepId === stepId
      ? draft
      : { stepId, ktoCategories: current?.ktoCategories ?? [], contactTopics: current?.contactTopics ?? [] };
  const save = useMutation({
    mutationFn: () => saveStepLinks(journeyId, value),
    onSuccess: () => {
      setDraft(null);
      void queryClient.invalidateQueries({ queryKey: [...JOURNEYS_KEY, 'klantcontact', journeyId] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  if (!steps.length || !options.data) return null;
  // Only the roots and their children: the deepest categories are covered by their parent.
  const categories = options.data.categories.filter(
    (c) => !c.parentCode || options.data.categories.some((p) => p.code === c.parentCode && !p.parentCode),
  );
  return (
    <form className="utrecht-form bb-form" noValidate onSubmit={submit}>
      <Heading level={3}>{t('journeys.kc.linkHeading')}</Heading>
      <Paragraph small>{t('journeys.kc.linkHelp')}</Paragraph>
      <SelectField
        id="kc-step"
        label={t('journeys.table.step')}
        value={stepId}
        options={steps.map((s) => ({ value: s.id, label: s.title }))}
        onChange={(e) => setStepId(e.target.value)}
      />
      <div className="bb-link-columns">
        <Fieldset legend={t('journeys.kc.categories')} id="kc-categories">
          {categories.map((c) => (
            <CheckboxField
              key={c.code}
              id={`kc-cat-${c.code}`}
              label={c.parentCode ? `— ${c.nameNl}` : c.nameNl}
              checked={value.ktoCategories.includes(c.code)}
              onChange={(e) =>
                setDraft({ ...value, ktoCategories: toggle(value.ktoCategories, c.code, e.target.checked) })
              }
            />
          ))}
        </Fieldset>
        <Fieldset legend={t('journeys.kc.topics')} id="kc-topics">
          {options.data.topics.map((c) => (
            <CheckboxField
              key={c.code}
              id={`kc-topic-${c.code}`}
              label={`${c.parentCode ? '— ' : ''}${c.nameNl}${c.avoidable ? ` (${t('journeys.kc.avoidableTag')})` : ''}`}
              checked={value.contactTopics.includes(c.code)}
              onChange={(e) =>
                setDraft({ ...value, contactTopics: toggle(value.contactTopics, c.code, e.target.checked) })
              }
            />
          ))}
        </Fieldset>
      </div>
      <Button type="submit" busy={save.isPending}>
        {t('journeys.kc.saveLinks')}
      </Button>
      {save.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t('journeys.kc.linksSaved')}</Paragraph>
        </Alert>
      )}
      {save.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{isApiError(save.error) ? save.error.problem.detail : t('app.error')}</Paragraph>
        </Alert>
      )}
    </form>
  );
}
