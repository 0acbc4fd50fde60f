import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { hasErrors, NO_ERRORS, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { CheckboxField, TextareaField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { RadioGroup } from '../ui/RadioGroup';
import { publicKeys, sendSatisfaction } from './publicApi';
import { submissionErrors } from './submissionErrors';

const COMMENT_MAX = 2000;
const FIELDS = ['score', 'comment', 'reopen'] as const;

interface SatisfactionFormProps {
  gemeente: string;
  number: string;
  token: string;
  /** Called with the thank-you message; the page shows it (the form itself then disappears). */
  onAnswered: (message: string) => void;
}

/** The KTO question at closure: a score 1–5, a comment, and the choice to reopen the melding. */
export function SatisfactionForm({ gemeente, number, token, onAnswered }: SatisfactionFormProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const [reopen, setReopen] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const refs = {
    score: { id: 'kto-score', label: t('publicForms.kto.score') },
    comment: { id: 'kto-comment', label: t('publicForms.kto.comment') },
    reopen: { id: 'kto-reopen', label: t('publicForms.kto.reopen') },
  };

  const send = useMutation({
    mutationFn: () =>
      sendSatisfaction(gemeente, number, {
        token,
        score: Number(score),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        reopen,
      }),
    onSuccess: () => {
      onAnswered(reopen ? t('publicForms.kto.thanksReopened') : t('publicForms.kto.thanks'));
      void queryClient.invalidateQueries({ queryKey: publicKeys.case(gemeente, number) });
    },
    onError: (error) => setErrors(submissionErrors(error, FIELDS, t('publicForms.sendFailed'))),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const fields: Record<string, string> = {};
    if (!score) fields.score = t('publicForms.kto.scoreMissing');
    if ([...comment.trim()].length > COMMENT_MAX)
      fields.comment = t('publicForms.tooLong', { max: COMMENT_MAX });
    const found = { fields, general: [] };
    setErrors(found);
    if (!hasErrors(found)) send.mutate();
  };

  const left = COMMENT_MAX - [...comment].length;
  return (
    <section aria-labelledby="kto-heading" className="bb-section">
      <Heading level={2} id="kto-heading">
        {t('publicForms.kto.title')}
      </Heading>
      <Paragraph>{t('publicForms.kto.intro')}</Paragraph>
      <ErrorSummary errors={errors} fields={refs} />
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <RadioGroup
          id={refs.score.id}
          name="score"
          legend={`${refs.score.label} ${t('form.required')}`}
          value={score}
          error={errors.fields.score}
          onChange={setScore}
          options={[1, 2, 3, 4, 5].map((n) => ({
            value: String(n),
            label: t(`publicForms.kto.score${n as 1 | 2 | 3 | 4 | 5}`),
          }))}
        />
        <div>
          <TextareaField
            id={refs.comment.id}
            label={refs.comment.label}
            optional
            rows={4}
            error={errors.fields.comment}
            value={comment}
            aria-describedby={['kto-comment-count', errors.fields.comment && 'kto-comment-error']
              .filter(Boolean)
              .join(' ')}
            onChange={(e) => setComment(e.target.value)}
          />
          <p id="kto-comment-count" className={left < 0 ? 'bb-counter bb-counter--over' : 'bb-counter'}>
            {left >= 0
              ? t('publicForms.charsLeft', { count: left, max: COMMENT_MAX })
              : t('publicForms.charsOver', { count: -left, max: COMMENT_MAX })}
          </p>
        </div>
        <CheckboxField
          id={refs.reopen.id}
          label={refs.reopen.label}
          description={t('publicForms.kto.reopenHelp')}
          checked={reopen}
          onChange={(e) => setReopen(e.target.checked)}
        />
        <Button type="submit" appearance="primary" busy={send.isPending}>
          {send.isPending ? t('publicForms.sending') : t('publicForms.kto.send')}
        </Button>
      </form>
    </section>
  );
}
