import { useI18n } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { DataTable } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { interval, percent } from '../format';
import { ProvenanceLine } from '../figures/Provenance';
import type { AreaMix, Catalogue, MixPhase } from '../types';
import { useNames } from '../useAdviceData';

type MixChannel = MixPhase['channels'][number];

/** Per phase the expected channel preference of the area's residents, with its caveats. */
export function AreaMixView({ mix, catalogue, busy }: { mix: AreaMix; catalogue: Catalogue; busy: boolean }) {
  const { t, lang } = useI18n();
  const names = useNames(catalogue);
  const scheme = mix.area.scheme;
  const groupList = (codes: string[]) => codes.map((g) => names.group(scheme, g)).join(', ');

  return (
    <div aria-busy={busy || undefined}>
      {mix.phases.map((p) => {
        const phaseName = names.phase(mix.context, p.phase, p.phaseName);
        return (
          <section key={p.phase} aria-labelledby={`mix-phase-${p.phase}`}>
            <Heading level={4} id={`mix-phase-${p.phase}`}>
              {t('advice.phaseTitle', { phase: p.phase, phaseName })}
            </Heading>
            {(p.missingGroups.length > 0 || p.smallGroups.length > 0) && (
              <Alert type="warning">
                {p.missingGroups.length > 0 && (
                  <Paragraph>
                    {t('advice.mix.missing', {
                      groups: groupList(p.missingGroups),
                      covered: percent(lang, p.coveredShare),
                    })}
                  </Paragraph>
                )}
                {p.smallGroups.length > 0 && (
                  <Paragraph>
                    {t('advice.mix.small', { groups: groupList(p.smallGroups), min: mix.minCell })}
                  </Paragraph>
                )}
              </Alert>
            )}
            <DataTable<MixChannel>
              caption={t('advice.mix.caption', { area: mix.area.name, phase: p.phase, phaseName })}
              columns={[
                {
                  key: 'name',
                  header: t('advice.channel'),
                  render: (c) => names.channel(c.code, c.name),
                  rowHeader: true,
                },
                {
                  key: 'share',
                  header: t('advice.share'),
                  numeric: true,
                  render: (c) => percent(lang, c.share),
                },
                {
                  key: 'ci',
                  header: t('advice.interval'),
                  numeric: true,
                  render: (c) => interval(lang, c.ci),
                },
              ]}
              rows={p.channels}
              rowKey={(c) => c.code}
            />
            <ProvenanceLine provenance={mix.provenance} />
          </section>
        );
      })}
    </div>
  );
}
