import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Step } from '../../shared/journeys/model';
import { useI18n } from '../i18n/I18nProvider';
import { Button, ButtonGroup } from '../ui/Button';
import { Fieldset } from '../ui/Fieldset';
import { TextField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { RowFields } from './RowFields';
import { blankRow, fromForm, toForm, type ListLane, type SingleLane, type StepForm } from './stepForm';

const SINGLE: SingleLane[] = ['does', 'thinks', 'heartbeat', 'kpi'];
const LISTS: ListLane[] = ['touchpoints', 'painPoints', 'ideas', 'backstage'];

interface StepEditorProps {
  step: Step;
  onApply: (step: Step) => void;
  onRemove: () => void;
  onClose: () => void;
}

/**
 * Edits one step's cards, in a modal dialog (StepEditorDialog). "Toepassen" changes the draft map;
 * "Opslaan" on the page saves it. The heading takes focus on opening so keyboard and screen-reader
 * users land in the editor.
 */
export function StepEditor({ step, onApply, onRemove, onClose }: StepEditorProps) {
  const { t } = useI18n();
  const [form, setForm] = useState<StepForm>(() => toForm(step));
  const [titleError, setTitleError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.title.trim()) {
      setTitleError(t('form.requiredError', { field: t('journeys.step.title').toLowerCase() }));
      document.getElementById('step-title')?.focus();
      return;
    }
    onApply(fromForm(form, step));
  };

  return (
    <section aria-labelledby="step-editor-heading" className="bb-step-editor">
      <Heading level={2} id="step-editor-heading" tabIndex={-1} ref={heading}>
        {t('journeys.step.editing', { title: step.title })}
      </Heading>
      <Paragraph small>{t('journeys.step.editHelp')}</Paragraph>
      <form className="utrecht-form bb-form" noValidate onSubmit={submit}>
        <TextField
          id="step-title"
          label={t('journeys.step.title')}
          required
          error={titleError}
          value={form.title}
          onChange={(e) => setForm({ ...form, title: e.target.value })}
        />
        {SINGLE.map((lane) => (
          <Fieldset key={lane} legend={t(`journeys.lane.${lane}`)}>
            <RowFields
              lane={lane}
              idPrefix={`step-${lane}`}
              row={form[lane]}
              onChange={(row) => setForm({ ...form, [lane]: row })}
            />
          </Fieldset>
        ))}
        {LISTS.map((lane) => (
          <Fieldset key={lane} legend={t(`journeys.lane.${lane}`)}>
            {form[lane].map((row, i) => (
              <Fieldset
                key={i}
                legend={t('journeys.card.item', { lane: t(`journeys.lane.${lane}`), number: i + 1 })}
              >
                <RowFields
                  lane={lane}
                  idPrefix={`step-${lane}-${i}`}
                  row={row}
                  onChange={(next) =>
                    setForm({ ...form, [lane]: form[lane].map((r, j) => (j === i ? next : r)) })
                  }
                />
                <Button
                  appearance="subtle"
                  onClick={() => setForm({ ...form, [lane]: form[lane].filter((_, j) => j !== i) })}
                >
                  {t('journeys.card.remove', { lane: t(`journeys.lane.${lane}`), number: i + 1 })}
                </Button>
              </Fieldset>
            ))}
            <Button onClick={() => setForm({ ...form, [lane]: [...form[lane], blankRow(lane)] })}>
              {t('journeys.card.add', { lane: t(`journeys.lane.${lane}`) })}
            </Button>
          </Fieldset>
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary">
            {t('journeys.step.apply')}
          </Button>
          <Button onClick={onClose}>{t('journeys.step.cancel')}</Button>
          <Button appearance="subtle" onClick={onRemove}>
            {t('journeys.step.remove')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
