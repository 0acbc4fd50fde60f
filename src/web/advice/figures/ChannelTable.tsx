import { useI18n } from '../../i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/DataTable';
import { interval, percent } from '../format';
import type { ShareFigure } from '../types';

interface ChannelTableProps {
  caption: string;
  channels: ShareFigure[];
  /** Respondents in the cell; with `small` the shares, counts and first choices are withheld. */
  n: number;
  small: boolean;
  channelName: (code: string, fallback: string) => string;
}

/** Channels ranked by preference: the primary, accessible form of the advice. */
export function ChannelTable({ caption, channels, n, small, channelName }: ChannelTableProps) {
  const { t, lang } = useI18n();
  const withheld = t('advice.notShown');
  const columns: Column<ShareFigure & { rank: number }>[] = [
    { key: 'rank', header: t('advice.rank'), render: (c) => c.rank, numeric: true },
    { key: 'name', header: t('advice.channel'), render: (c) => channelName(c.code, c.name), rowHeader: true },
    {
      key: 'share',
      header: t('advice.share'),
      numeric: true,
      render: (c) => (c.share === null ? t('advice.tooFew', { n }) : percent(lang, c.share)),
    },
    {
      key: 'ci',
      header: t('advice.interval'),
      numeric: true,
      render: (c) => (c.ci ? interval(lang, c.ci) : withheld),
    },
    { key: 'count', header: t('advice.count'), numeric: true, render: (c) => (small ? withheld : c.count) },
    {
      key: 'first',
      header: t('advice.firstChoice'),
      numeric: true,
      render: (c) => (c.firstChoiceShare === null ? withheld : percent(lang, c.firstChoiceShare)),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={channels.map((c, i) => ({ ...c, rank: i + 1 }))}
      rowKey={(c) => c.code}
    />
  );
}
