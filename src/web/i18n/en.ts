import { adviceEn } from './advice.en';
import { advicePlanEn } from './advicePlan.en';
import { contactsEn } from './contacts.en';
import { caseAdminEn } from './caseAdmin.en';
import { publicFormsEn } from './publicForms.en';
import type { MessageKey } from './nl';

export const en: Record<MessageKey, string> = {
  'app.name': 'Buitenbinnen',
  'app.loading': 'Loading…',
  'app.skipLink': 'Skip to content',
  'app.demoNotice': 'Demo environment: all data in this installation is fictitious.',
  'app.mainNav': 'Main menu',
  'app.userMenu': 'Signed in as {name} ({role})',
  'app.logout': 'Sign out',
  'app.error': 'Something went wrong while loading the data.',
  'app.retry': 'Try again',

  'lang.switch': 'Language',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',

  'nav.start': 'Home',
  'nav.advice': 'Channel advice',
  'nav.journeys': 'Customer journeys',
  'nav.contacts': 'Customer contact',
  'nav.cases': 'Reports',
  'nav.insights': 'Insights',
  'nav.admin': 'Administration',

  'login.title': 'Sign in',
  'login.intro': 'Sign in with the account your municipality created for you.',
  'login.tenant': 'Municipality',
  'login.tenantPlaceholder': 'Choose your municipality',
  'login.email': 'Email address',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.busy': 'Signing in…',
  'login.failed': 'Email address or password incorrect, or you have no account with this municipality.',
  'login.rateLimited': 'Too many sign-in attempts. Please try again in a few minutes.',
  'login.sso': 'Sign in with your organisation account (SSO)',
  'login.ssoNeedsTenant': 'Choose your municipality first to sign in with your organisation account.',
  'login.demo':
    'This installation contains fictitious demo data (synthetic data). The demo accounts are listed in the README.',
  'login.ssoFailed': 'Signing in with your organisation account failed. Please try again.',
  'login.ssoExpired': 'Signing in with your organisation account took too long. Please try again.',
  'login.ssoNoAccess':
    'Your organisation account gives no access to Buitenbinnen for a municipality or role. Please contact your administrator.',
  'login.ssoUnavailable':
    'Your organisation’s sign-in service cannot be reached right now. Please try again later.',
  'login.optionsError': 'The list of municipalities could not be loaded.',

  'start.title': 'Home',
  'start.welcome': 'Welcome, {name}.',
  'start.intro':
    'Buitenbinnen helps {tenant} work from the outside in: starting from residents and their journeys.',
  'start.modules': 'Sections',

  'soon.status': 'Not available yet',
  'soon.advice':
    'Here you will get advice on the best channels per target group and phase, and draw up a channel plan for a trajectory.',
  'soon.journeys':
    'Here you will map customer journeys with personas, the current and desired journey, and evidence per step.',
  'soon.contacts':
    'Here you will register every contact on every channel and see the full history of a resident.',
  'soon.cases':
    'Here you will handle reports, requests and tasks, with status updates that reach the resident.',
  'soon.insights':
    'Here you will see dashboards against service norms, contact reasons and where the journey hurts.',

  'notFound.title': 'Page not found',
  'notFound.body': 'This page does not exist (any more). Choose a section in the menu.',
  'forbidden.title': 'No access',
  'forbidden.body': 'You do not have permission for this section. Please contact an administrator.',

  'admin.title': 'Administration',
  'admin.nav': 'Administration sections',
  'admin.intro': 'Manage the accounts, teams and logs of your municipality.',
  'admin.users': 'Users',
  'admin.teams': 'Teams',
  'admin.audit': 'Audit log',
  'admin.processing': 'Processing log',
  'admin.users.about': 'Staff accounts and their role.',
  'admin.teams.about': 'Departments and teams that handle reports and tasks.',
  'admin.audit.about': 'Who did what, and when.',
  'admin.processing.about': 'Log of processing of personal data.',

  'form.required': '(required)',
  'form.optional': '(optional)',
  'form.requiredError': 'Please fill in {field}.',
  'form.summaryTitle': 'Please check the form',
  'form.genericError': 'Saving failed. Please try again.',
  'form.save': 'Save',
  'form.saving': 'Saving…',
  'form.saved': 'The changes have been saved.',
  'form.noChanges': 'Nothing has changed.',
  'form.cancel': 'Back to the overview',
  'form.stale': 'Someone else has changed this in the meantime.',
  'form.staleHelp': 'Load the latest version and then make your change again.',
  'form.reload': 'Reload',
  'form.yes': 'Yes',
  'form.no': 'No',
  'form.choose': 'Make a choice',
  'form.edit': 'Edit',

  'table.empty': 'There are no results.',
  'table.actions': 'Actions',
  'pagination.label': 'Pagination',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.status': 'Page {page} of {pages} ({total} results)',

  'filters.title': 'Filter',
  'filters.from': 'From date',
  'filters.to': 'To date (inclusive)',
  'filters.apply': 'Apply filter',
  'filters.reset': 'Clear filters',

  'users.caption': 'Users of {tenant}',
  'users.name': 'Name',
  'users.email': 'Email address',
  'users.role': 'Role',
  'users.active': 'Active',
  'users.createdAt': 'Created',
  'users.password': 'Initial password',
  'users.passwordHelp':
    'Leave empty if the user signs in through the organisation (SSO). At least 12 characters if you fill it in.',
  'users.add': 'Add user',
  'users.added': 'User {name} has been added.',
  'users.editTitle': 'Edit user',
  'users.activeLabel': 'Account is active',

  'teams.caption': 'Teams of {tenant}',
  'teams.name': 'Name',
  'teams.email': 'Team email address',
  'teams.description': 'Description',
  'teams.createdAt': 'Created',
  'teams.add': 'Add team',
  'teams.added': 'Team {name} has been added.',
  'teams.editTitle': 'Edit team',

  'audit.caption': 'Audit events',
  'audit.occurredAt': 'Time',
  'audit.actor': 'Staff member',
  'audit.actorFilter': 'Staff member (name or id)',
  'audit.action': 'Action',
  'audit.object': 'Object',
  'audit.result': 'Result',
  'audit.result.success': 'Succeeded',
  'audit.result.failure': 'Failed',
  'audit.result.denied': 'Denied',
  'audit.origin': 'Origin',

  'processing.caption': 'Processing of personal data',
  'processing.startedAt': 'Started',
  'processing.activity': 'Processing activity',
  'processing.action': 'Action',
  'processing.subject': 'Data subject (pseudonym)',
  'processing.status': 'Status',
  'processing.trace': 'Trace id',

  ...adviceEn,
  ...advicePlanEn,
  ...contactsEn,
  ...caseAdminEn,
  ...publicFormsEn,
};
