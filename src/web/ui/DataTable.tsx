import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { cx } from './classNames';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  numeric?: boolean;
  /** The cell names its row (th scope="row"), so screen readers announce it with every other cell. */
  rowHeader?: boolean;
}

interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  busy?: boolean;
}

/**
 * A captioned table in a horizontally scrollable region. The region is focusable and named after
 * the caption so keyboard users can scroll wide tables on narrow screens (WCAG 2.1.1).
 */
export function DataTable<T>({ caption, columns, rows, rowKey, busy }: DataTableProps<T>) {
  const { t } = useI18n();
  const captionId = useId();
  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline bb-table-scroll"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table
        className={cx('utrecht-table', 'utrecht-table--html-table', busy && 'utrecht-table--busy')}
        aria-busy={busy || undefined}
      >
        <caption className="utrecht-table__caption" id={captionId}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={cx(
                  'utrecht-table__header-cell',
                  column.numeric && 'utrecht-table__header-cell--numeric-column',
                )}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.length === 0 ? (
            <tr className="utrecht-table__row">
              <td className="utrecht-table__cell" colSpan={columns.length}>
                {t('table.empty')}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className="utrecht-table__row">
                {columns.map((column) => {
                  const Cell = column.rowHeader ? 'th' : 'td';
                  return (
                    <Cell
                      key={column.key}
                      scope={column.rowHeader ? 'row' : undefined}
                      className={cx(
                        column.rowHeader ? 'utrecht-table__header-cell' : 'utrecht-table__cell',
                        column.numeric && 'utrecht-table__cell--numeric-data',
                      )}
                    >
                      {column.render(row)}
                    </Cell>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
