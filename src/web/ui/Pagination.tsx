import { useI18n } from '../i18n/I18nProvider';
import { Button } from './Button';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

export function Pagination({ page, pageSize, total, onPageChange }: PaginationProps) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  // aria-disabled rather than disabled: reaching the last page must not throw focus off the button.
  const atFirst = page <= 1;
  const atLast = page >= pages;
  return (
    <nav className="bb-pagination" aria-label={t('pagination.label')}>
      <Button
        appearance="secondary"
        aria-disabled={atFirst || undefined}
        onClick={() => !atFirst && onPageChange(page - 1)}
      >
        {t('pagination.previous')}
      </Button>
      {/* Announced politely so screen-reader users hear the page change without losing their place. */}
      <p className="utrecht-paragraph bb-pagination__status" aria-live="polite">
        {t('pagination.status', { page, pages, total })}
      </p>
      <Button
        appearance="secondary"
        aria-disabled={atLast || undefined}
        onClick={() => !atLast && onPageChange(page + 1)}
      >
        {t('pagination.next')}
      </Button>
    </nav>
  );
}
