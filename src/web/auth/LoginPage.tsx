import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../api/problem';
import {
  hasErrors,
  missingRequired,
  NO_ERRORS,
  problemToFormErrors,
  type FormErrors,
} from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectField, TextField } from '../ui/FormField';
import { Link } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { createSession, fetchAuthOptions, oidcLoginHref, SESSION_KEY, type Credentials } from './sessionApi';

const FIELDS = ['tenant', 'email', 'password'] as const;
const TENANT_STORAGE_KEY = 'buitenbinnen.tenant';

function rememberedTenant(): string {
  try {
    return window.localStorage.getItem(TENANT_STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

// The server sends a failed SSO login back here with a reason code (?fout=…).
const SSO_ERRORS = {
  'sso-mislukt': 'login.ssoFailed',
  'sso-sessie-verlopen': 'login.ssoExpired',
  'sso-geen-toegang': 'login.ssoNoAccess',
  'sso-niet-bereikbaar': 'login.ssoUnavailable',
} as const;

function ssoErrorKey(): (typeof SSO_ERRORS)[keyof typeof SSO_ERRORS] | null {
  const code = new URLSearchParams(window.location.search).get('fout');
  return code && code in SSO_ERRORS ? SSO_ERRORS[code as keyof typeof SSO_ERRORS] : null;
}

export function LoginPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const options = useQuery({ queryKey: ['auth-options'], queryFn: fetchAuthOptions, staleTime: 300_000 });
  const [values, setValues] = useState<Credentials>(() => ({
    tenant: rememberedTenant(),
    email: '',
    password: '',
  }));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<string | null>(() => {
    const key = ssoErrorKey();
    return key ? t(key) : null;
  });

  const login = useMutation({
    mutationFn: createSession,
    onSuccess: (session) => {
      try {
        window.localStorage.setItem(TENANT_STORAGE_KEY, session.tenant.slug);
      } catch {
        // Only a convenience; without storage the user picks the gemeente again next time.
      }
      // The login route redirects as soon as the session is in the cache.
      queryClient.setQueryData(SESSION_KEY, session);
    },
    onError: (error) => {
      // 401 stays deliberately vague: it must not reveal whether the account exists.
      if (isApiError(error) && error.status === 401) setFailure(t('login.failed'));
      else if (isApiError(error) && error.status === 429)
        setFailure(error.problem.detail ?? t('login.rateLimited'));
      else setErrors(problemToFormErrors(error, FIELDS, t('form.genericError')));
    },
  });

  const labels = { tenant: t('login.tenant'), email: t('login.email'), password: t('login.password') };
  const fieldRefs = {
    tenant: { id: 'login-tenant', label: labels.tenant },
    email: { id: 'login-email', label: labels.email },
    password: { id: 'login-password', label: labels.password },
  };

  const tenants = options.data?.tenants ?? [];
  const knownTenant = tenants.some((tenant) => tenant.slug === values.tenant) ? values.tenant : '';

  const update = (field: keyof Credentials) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (login.isPending) return;
    setFailure(null);
    // A remembered gemeente that no longer exists shows as unselected, so it counts as empty.
    const credentials = { ...values, tenant: knownTenant };
    const missing = missingRequired(
      { ...credentials },
      FIELDS.map((field) => ({ field, label: labels[field] })),
      (label) => t('form.requiredError', { field: label }),
    );
    setErrors(missing);
    if (hasErrors(missing)) return;
    login.mutate(credentials);
  };

  return (
    <>
      <PageHeading>{t('login.title')}</PageHeading>
      <Paragraph>{t('login.intro')}</Paragraph>
      {options.data?.demo && (
        <Alert type="info" className="bb-demo-note">
          <Paragraph>{t('login.demo')}</Paragraph>
        </Alert>
      )}
      {options.error ? (
        <QueryState isPending={false} error={options.error} onRetry={() => void options.refetch()} />
      ) : null}
      <ErrorSummary errors={errors} fields={fieldRefs} />
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <form className="utrecht-form bb-form" noValidate onSubmit={onSubmit}>
        <SelectField
          id={fieldRefs.tenant.id}
          name="tenant"
          label={labels.tenant}
          required
          error={errors.fields.tenant}
          value={knownTenant}
          onChange={(e) => update('tenant')(e.target.value)}
          placeholder={options.isPending ? t('app.loading') : t('login.tenantPlaceholder')}
          options={tenants.map((tenant) => ({ value: tenant.slug, label: tenant.name }))}
        />
        <TextField
          id={fieldRefs.email.id}
          name="email"
          type="email"
          autoComplete="username"
          label={labels.email}
          required
          error={errors.fields.email}
          value={values.email}
          onChange={(e) => update('email')(e.target.value)}
        />
        <TextField
          id={fieldRefs.password.id}
          name="password"
          type="password"
          autoComplete="current-password"
          label={labels.password}
          required
          error={errors.fields.password}
          value={values.password}
          onChange={(e) => update('password')(e.target.value)}
        />
        <Button type="submit" appearance="primary" busy={login.isPending}>
          {login.isPending ? t('login.busy') : t('login.submit')}
        </Button>
      </form>
      {options.data?.oidc.enabled && (
        <Paragraph className="bb-sso">
          {knownTenant ? (
            <Link href={oidcLoginHref(knownTenant)}>{t('login.sso')}</Link>
          ) : (
            t('login.ssoNeedsTenant')
          )}
        </Paragraph>
      )}
    </>
  );
}
