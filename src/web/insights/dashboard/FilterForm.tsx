import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { getJson } from '../../api/http';
import type { PageOf, Team } from '../../api/types';
import { useCan } from '../../auth/SessionContext';
import { channelOptions } from '../../contacts/labels';
import { listCaseCategories, listContactTopics } from '../../contacts/contactsApi';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import type { DashboardFilters } from '../types';

interface FilterFormProps {
  value: DashboardFilters;
  onApply: (filters: DashboardFilters) => void;
}

/**
 * Period and filters. Topic and category lists come from the contacts and cases modules, which
 * only users with contacts:read / cases:read may read; others type the code instead.
 */
export function FilterForm({ value, onApply }: FilterFormProps) {
  const { t } = useI18n();
  const can = useCan();
  const [draft, setDraft] = useState<DashboardFilters>(value);
  const topics = useQuery({
    queryKey: ['contact-topics'],
    queryFn: listContactTopics,
    enabled: can('contacts:read'),
  });
  const categories = useQuery({
    queryKey: ['case-categories'],
    queryFn: listCaseCategories,
    enabled: can('cases:read'),
  });
  const teams = useQuery({
    queryKey: ['teams', 'all'],
    queryFn: () => getJson<PageOf<Team>>('/api/v1/teams?pageSize=200'),
    enabled: can('teams:read'),
  });
  const set = (key: keyof DashboardFilters) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value || undefined }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const all = t('insights.filter.all');
  return (
    <form className="bb-filters" onSubmit={submit} aria-labelledby="insights-filter-heading">
      <Heading level={2} id="insights-filter-heading">
        {t('insights.filter.title')}
      </Heading>
      <div className="bb-filters__fields">
        <TextField
          id="f-from"
          type="date"
          label={t('insights.filter.from')}
          value={draft.from ?? ''}
          onChange={set('from')}
        />
        <TextField
          id="f-to"
          type="date"
          label={t('insights.filter.to')}
          value={draft.to ?? ''}
          onChange={set('to')}
        />
        <SelectField
          id="f-interval"
          label={t('insights.filter.interval')}
          value={draft.interval ?? 'week'}
          onChange={set('interval')}
          options={(['day', 'week', 'month'] as const).map((v) => ({
            value: v,
            label: t(`insights.interval.${v}`),
          }))}
        />
        <SelectField
          id="f-channel"
          label={t('insights.col.channel')}
          value={draft.channel ?? ''}
          onChange={set('channel')}
          placeholder={all}
          options={channelOptions(t)}
        />
        {topics.data ? (
          <SelectField
            id="f-topic"
            label={t('insights.col.topic')}
            value={draft.topic ?? ''}
            onChange={set('topic')}
            placeholder={all}
            options={topics.data.map((x) => ({
              value: x.code,
              label: x.parentCode ? `– ${x.nameNl}` : x.nameNl,
            }))}
          />
        ) : (
          <TextField
            id="f-topic"
            label={t('insights.filter.topicCode')}
            value={draft.topic ?? ''}
            onChange={set('topic')}
          />
        )}
        {categories.data ? (
          <SelectField
            id="f-category"
            label={t('insights.col.category')}
            value={draft.category ?? ''}
            onChange={set('category')}
            placeholder={all}
            options={categories.data.map((x) => ({ value: x.code, label: x.nameNl }))}
          />
        ) : (
          <TextField
            id="f-category"
            label={t('insights.filter.categoryCode')}
            value={draft.category ?? ''}
            onChange={set('category')}
          />
        )}
        <SelectField
          id="f-team"
          label={t('insights.col.team')}
          value={draft.team ?? ''}
          onChange={set('team')}
          placeholder={all}
          options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
        />
        <TextField
          id="f-area"
          label={t('insights.filter.area')}
          description={t('insights.filter.areaHelp')}
          inputMode="numeric"
          pattern="[0-9]{1,4}"
          value={draft.area ?? ''}
          onChange={set('area')}
        />
      </div>
      <Button type="submit" appearance="primary">
        {t('insights.filter.apply')}
      </Button>
    </form>
  );
}
