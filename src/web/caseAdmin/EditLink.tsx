import { useI18n } from '../i18n/I18nProvider';
import { RouterLink } from '../ui/Link';
import { VisuallyHidden } from '../ui/VisuallyHidden';

/** "Wijzigen" with the row's name for screen readers, so repeated links are told apart. */
export function EditLink({ to, name }: { to: string; name: string }) {
  const { t } = useI18n();
  return (
    <RouterLink to={to}>
      {t('form.edit')}
      <VisuallyHidden>{` ${name}`}</VisuallyHidden>
    </RouterLink>
  );
}
