import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Heading } from './Heading';

interface PageHeadingProps {
  children: string;
}

/**
 * The h1 of a page. It is programmatically focusable (tabIndex -1) because the route-change focus
 * handler moves focus here, so screen-reader users hear where they landed; it also names the tab.
 */
export function PageHeading({ children }: PageHeadingProps) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${children} - ${t('app.name')}`;
  }, [children, t]);
  return (
    <Heading level={1} tabIndex={-1} className="bb-page-heading">
      {children}
    </Heading>
  );
}
