import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCan } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDelete } from '../journeys/ConfirmDelete';
import { PublishButton } from '../journeys/PublishButton';
import { label } from '../journeys/labels';
import type { MessageKey } from '../i18n/nl';
import { Heading } from '../ui/Heading';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { adviceLink, LIST_FIELDS } from './personaForm';
import { deletePersona, getPersona, PERSONAS_KEY } from './personasApi';

/** One persona in full, with links to the channel advice for its age group and engagement profile. */
export function PersonaDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const query = useQuery({ queryKey: [...PERSONAS_KEY, 'detail', id], queryFn: () => getPersona(id) });
  const p = query.data?.data;
  if (!p)
    return (
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
    );
  const row = (key: MessageKey, value: ReactNode) =>
    value === undefined || value === null || value === '' ? null : (
      <>
        <dt>{t(key)}</dt>
        <dd>{value}</dd>
      </>
    );

  return (
    <>
      <PageHeading>{p.name}</PageHeading>
      {p.example && <Paragraph className="bb-example-label">{t('personas.exampleNotice')}</Paragraph>}
      {can('personas:manage') && (
        <Paragraph>
          <RouterLink to={`/klantreizen/personas/${p.id}/wijzigen`}>{t('personas.edit')}</RouterLink>
        </Paragraph>
      )}
      <dl className="bb-meta">
        {row('personas.field.kind', label(t, 'personas.kind', p.kind))}
        {row(
          'personas.field.ageGroup',
          p.ageGroup && (
            <>
              {p.ageGroup} (
              <RouterLink to={adviceLink('age', p.ageGroup)}>{t('personas.adviceLink')}</RouterLink>)
            </>
          ),
        )}
        {row(
          'personas.field.engagementProfile',
          p.engagementProfile && (
            <>
              {p.engagementProfile} (
              <RouterLink to={adviceLink('profile', p.engagementProfile)}>
                {t('personas.adviceLink')}
              </RouterLink>
              )
            </>
          ),
        )}
        {row('personas.field.lifeSituation', p.lifeSituation)}
        {row('personas.field.digitalSkills', p.digitalSkills && label(t, 'personas.skill', p.digitalSkills))}
        {row('personas.field.languageLevel', p.languageLevel)}
        {row(
          'personas.field.vulnerabilityTags',
          p.vulnerabilityTags.map((tag) => label(t, 'personas.tag', tag)).join(', ') || t('personas.noTags'),
        )}
      </dl>
      {LIST_FIELDS.filter((f) => p[f].length > 0).map((f) => (
        <section key={f} aria-labelledby={`persona-${f}`}>
          <Heading level={2} id={`persona-${f}`}>
            {t(`personas.field.${f}`)}
          </Heading>
          {f === 'quotes' && <Paragraph small>{t('personas.quoteReminder')}</Paragraph>}
          <ul className="utrecht-unordered-list">
            {p[f].map((item, i) => (
              <li key={i} className="utrecht-unordered-list__item">
                {f === 'quotes' ? <q>{item}</q> : item}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="persona-evidence">
        <Heading level={2} id="persona-evidence">
          {t('personas.evidence')}
        </Heading>
        <Paragraph>{t('personas.interviews', { count: p.evidence.interviewCount })}</Paragraph>
        {p.evidence.survey && (
          <Paragraph>
            {t('personas.survey', {
              description: p.evidence.survey.description,
              respondents: p.evidence.survey.respondents,
              year: p.evidence.survey.year ?? '',
            })}
          </Paragraph>
        )}
        <ul className="utrecht-unordered-list">
          {p.evidence.sources.map((s, i) => (
            <li key={i} className="utrecht-unordered-list__item">
              {s.title}
              {s.year ? ` (${s.year})` : ''}
              {s.internal ? ` — ${t('personas.internalSource')}` : ''}
              {s.url && /^https?:\/\//.test(s.url) && (
                <>
                  {' '}
                  <a className="utrecht-link utrecht-link--html-a" href={s.url} rel="noreferrer">
                    {s.url}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      {p.internalNotes && (
        <section aria-labelledby="persona-notes">
          <Heading level={2} id="persona-notes">
            {t('personas.field.internalNotes')}
          </Heading>
          <Paragraph>{p.internalNotes}</Paragraph>
        </section>
      )}
      {can('journeys:publish') && <PublishButton kind="persona" sourceId={p.id} />}
      {can('personas:manage') && query.data?.etag && (
        <ConfirmDelete
          name={p.name}
          remove={() => deletePersona(p.id, query.data!.etag!)}
          onDeleted={() => void navigate('/klantreizen/personas')}
          onReload={() => void query.refetch()}
        />
      )}
    </>
  );
}
