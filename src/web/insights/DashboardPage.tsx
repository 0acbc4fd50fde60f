import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { BacklogSection, DueSection, SatisfactionSection } from './dashboard/CaseSections';
import { FilterForm } from './dashboard/FilterForm';
import { filtersFromSearch, searchFromFilters } from './dashboard/filters';
import { HeatmapSection } from './dashboard/HeatmapSection';
import { ReasonsSection } from './dashboard/ReasonsSection';
import { AvoidableSection, ResolutionSection } from './dashboard/ResolutionSection';
import { TimesSection } from './dashboard/TimesSection';
import { ChannelShiftSection, VolumeSection } from './dashboard/VolumeSection';

/** The KCC dashboard: every chart for one period and set of filters, each with its table. */
export function DashboardPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params);
  return (
    <>
      <PageHeading>{t('insights.dashboard.title')}</PageHeading>
      <Paragraph>{t('insights.dashboard.intro')}</Paragraph>
      {/* Remounted when the address changes, so the form shows what is applied (e.g. after Back). */}
      <FilterForm
        key={params.toString()}
        value={filters}
        onApply={(next) => setParams(searchFromFilters(next))}
      />
      <VolumeSection filters={filters} />
      <ChannelShiftSection filters={filters} />
      <HeatmapSection filters={filters} />
      <TimesSection filters={filters} />
      <ResolutionSection filters={filters} />
      <AvoidableSection filters={filters} />
      <ReasonsSection filters={filters} />
      <BacklogSection filters={filters} />
      <DueSection filters={filters} />
      <SatisfactionSection filters={filters} />
    </>
  );
}
