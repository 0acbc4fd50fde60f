import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useCan } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { label } from '../journeys/labels';
import type { Persona } from '../journeys/types';
import { DataTable } from '../ui/DataTable';
import { SelectField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { listPersonas, PERSONAS_KEY } from './personasApi';

/** The persona library of the gemeente, including the starter set ("Voorbeeld: …"). */
export function PersonaListPage() {
  const { t } = useI18n();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const kind = params.get('soort') ?? '';
  const vulnerable = params.get('kwetsbaar') ?? '';
  const text = (params.get('zoek') ?? '').toLowerCase();
  const query = useQuery({
    queryKey: [...PERSONAS_KEY, 'list', kind, vulnerable],
    queryFn: () => listPersonas({ kind, vulnerable }),
  });
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const rows = (query.data?.items ?? []).filter((p) => !text || p.name.toLowerCase().includes(text));

  return (
    <>
      <PageHeading>{t('personas.list.title')}</PageHeading>
      <Paragraph lead>{t('personas.about')}</Paragraph>
      {can('personas:manage') && (
        <Paragraph>
          <RouterLink to="/klantreizen/personas/nieuw">{t('personas.list.new')}</RouterLink>
        </Paragraph>
      )}
      <section aria-labelledby="persona-filters-heading" className="bb-filters">
        <Heading level={2} id="persona-filters-heading">
          {t('journeys.list.filters')}
        </Heading>
        <div className="bb-filters__fields">
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="persona-search">
              {t('personas.list.search')}
            </label>
            <input
              id="persona-search"
              className="utrecht-textbox utrecht-textbox--html-input"
              type="search"
              value={params.get('zoek') ?? ''}
              onChange={(e) => set('zoek', e.target.value)}
            />
          </div>
          <SelectField
            id="persona-kind"
            label={t('personas.field.kind')}
            value={kind}
            placeholder={t('journeys.list.all')}
            options={['resident', 'staff'].map((value) => ({
              value,
              label: label(t, 'personas.kind', value),
            }))}
            onChange={(e) => set('soort', e.target.value)}
          />
          <SelectField
            id="persona-vulnerable"
            label={t('personas.field.vulnerable')}
            value={vulnerable}
            placeholder={t('journeys.list.all')}
            options={[
              { value: 'true', label: t('form.yes') },
              { value: 'false', label: t('form.no') },
            ]}
            onChange={(e) => set('kwetsbaar', e.target.value)}
          />
        </div>
      </section>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <DataTable<Persona>
          caption={t('personas.list.caption', { count: rows.length })}
          rows={rows}
          rowKey={(p) => p.id}
          columns={[
            {
              key: 'name',
              header: t('personas.field.name'),
              rowHeader: true,
              render: (p) => <RouterLink to={`/klantreizen/personas/${p.id}`}>{p.name}</RouterLink>,
            },
            {
              key: 'kind',
              header: t('personas.field.kind'),
              render: (p) => label(t, 'personas.kind', p.kind),
            },
            { key: 'age', header: t('personas.field.ageGroup'), render: (p) => p.ageGroup ?? '' },
            {
              key: 'profile',
              header: t('personas.field.engagementProfile'),
              render: (p) => p.engagementProfile ?? '',
            },
            {
              key: 'tags',
              header: t('personas.field.vulnerabilityTags'),
              render: (p) => p.vulnerabilityTags.map((tag) => label(t, 'personas.tag', tag)).join(', '),
            },
            {
              key: 'evidence',
              header: t('personas.field.interviewCount'),
              numeric: true,
              render: (p) => p.evidence.interviewCount,
            },
          ]}
        />
      )}
    </>
  );
}
