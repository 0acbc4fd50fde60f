import { adviceNl } from './advice.nl';
import { advicePlanNl } from './advicePlan.nl';
import { contactsNl } from './contacts.nl';
import { caseAdminNl } from './caseAdmin.nl';
import { publicFormsNl } from './publicForms.nl';
import { journeysNl } from './journeys.nl';
import { insightsNl } from './insights.nl';
import { miningNl } from './mining.nl';

// Dutch is the source language: every key exists here first, and the English dictionary is
// typed against it so a missing translation is a compile error. Modules keep their strings in
// their own files (advice*.nl.ts), spread in at the end.
export const nl = {
  'app.name': 'Buitenbinnen',
  'app.loading': 'Bezig met laden…',
  'app.skipLink': 'Naar de inhoud',
  'app.demoNotice': 'Demo-omgeving: alle gegevens in deze installatie zijn fictief.',
  'app.mainNav': 'Hoofdmenu',
  'app.userMenu': 'Ingelogd als {name} ({role})',
  'app.logout': 'Uitloggen',
  'app.error': 'Er ging iets mis bij het ophalen van de gegevens.',
  'app.retry': 'Opnieuw proberen',

  'lang.switch': 'Taal',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',

  'nav.start': 'Start',
  'nav.advice': 'Kanaaladvies',
  'nav.journeys': 'Klantreizen',
  'nav.contacts': 'Klantcontact',
  'nav.cases': 'Meldingen',
  'nav.insights': 'Inzichten',
  'nav.admin': 'Beheer',

  'login.title': 'Inloggen',
  'login.intro': 'Log in met het account dat uw gemeente voor u heeft aangemaakt.',
  'login.tenant': 'Gemeente',
  'login.tenantPlaceholder': 'Kies uw gemeente',
  'login.email': 'E-mailadres',
  'login.password': 'Wachtwoord',
  'login.submit': 'Inloggen',
  'login.busy': 'Bezig met inloggen…',
  'login.failed': 'E-mailadres of wachtwoord onjuist, of u heeft geen account bij deze gemeente.',
  'login.rateLimited': 'Te veel inlogpogingen. Probeer het over een paar minuten opnieuw.',
  'login.sso': 'Inloggen met uw organisatie-account (SSO)',
  'login.ssoNeedsTenant': 'Kies eerst uw gemeente om met uw organisatie-account in te loggen.',
  'login.demo':
    'Deze installatie bevat fictieve demodata (synthetische gegevens). De demo-accounts staan in de README.',
  'login.ssoFailed': 'Inloggen met uw organisatie-account is niet gelukt. Probeer het opnieuw.',
  'login.ssoExpired': 'Het inloggen met uw organisatie-account duurde te lang. Probeer het opnieuw.',
  'login.ssoNoAccess':
    'Uw organisatie-account geeft geen toegang tot Buitenbinnen voor een gemeente of rol. Neem contact op met uw beheerder.',
  'login.ssoUnavailable':
    'De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw.',
  'login.optionsError': 'De lijst met gemeenten kon niet worden geladen.',

  'start.title': 'Start',
  'start.welcome': 'Welkom, {name}.',
  'start.intro':
    'Buitenbinnen helpt {tenant} om van buiten naar binnen te werken: met de inwoner en zijn klantreis als vertrekpunt.',
  'start.modules': 'Onderdelen',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.body': 'Deze pagina bestaat niet (meer). Kies een onderdeel in het menu.',
  'forbidden.title': 'Geen toegang',
  'forbidden.body': 'U heeft geen rechten voor dit onderdeel. Neem contact op met een beheerder.',

  'admin.title': 'Beheer',
  'admin.nav': 'Beheeronderdelen',
  'admin.intro': 'Beheer de accounts, teams en logboeken van uw gemeente.',
  'admin.users': 'Gebruikers',
  'admin.teams': 'Teams',
  'admin.audit': 'Auditlog',
  'admin.processing': 'Verwerkingenlog',
  'admin.users.about': 'Accounts van medewerkers en hun rol.',
  'admin.teams.about': 'Afdelingen en teams die meldingen en taken behandelen.',
  'admin.audit.about': 'Wie heeft wanneer wat gedaan.',
  'admin.processing.about': 'Logboek van verwerkingen van persoonsgegevens.',

  'form.required': '(verplicht)',
  'form.optional': '(niet verplicht)',
  'form.requiredError': 'Vul {field} in.',
  'form.summaryTitle': 'Controleer het formulier',
  'form.genericError': 'Het opslaan is niet gelukt. Probeer het opnieuw.',
  'form.save': 'Opslaan',
  'form.saving': 'Bezig met opslaan…',
  'form.saved': 'De wijzigingen zijn opgeslagen.',
  'form.noChanges': 'Er is niets gewijzigd.',
  'form.cancel': 'Terug naar het overzicht',
  'form.stale': 'Iemand anders heeft dit intussen gewijzigd.',
  'form.staleHelp': 'Laad de nieuwste versie en voer uw wijziging daarna opnieuw in.',
  'form.reload': 'Opnieuw laden',
  'form.yes': 'Ja',
  'form.no': 'Nee',
  'form.choose': 'Maak een keuze',
  'form.edit': 'Wijzigen',

  'table.empty': 'Er zijn geen resultaten.',
  'table.actions': 'Acties',
  'pagination.label': 'Paginering',
  'pagination.previous': 'Vorige pagina',
  'pagination.next': 'Volgende pagina',
  'pagination.status': 'Pagina {page} van {pages} ({total} resultaten)',

  'filters.title': 'Filteren',
  'filters.from': 'Vanaf datum',
  'filters.to': 'Tot en met datum',
  'filters.apply': 'Filter toepassen',
  'filters.reset': 'Filters wissen',

  'users.caption': 'Gebruikers van {tenant}',
  'users.name': 'Naam',
  'users.email': 'E-mailadres',
  'users.role': 'Rol',
  'users.active': 'Actief',
  'users.createdAt': 'Aangemaakt',
  'users.password': 'Eerste wachtwoord',
  'users.passwordHelp':
    'Laat leeg als de gebruiker via de organisatie (SSO) inlogt. Minimaal 12 tekens als u het invult.',
  'users.add': 'Gebruiker toevoegen',
  'users.added': 'Gebruiker {name} is toegevoegd.',
  'users.editTitle': 'Gebruiker wijzigen',
  'users.activeLabel': 'Account is actief',

  'teams.caption': 'Teams van {tenant}',
  'teams.name': 'Naam',
  'teams.email': 'E-mailadres van het team',
  'teams.description': 'Omschrijving',
  'teams.createdAt': 'Aangemaakt',
  'teams.add': 'Team toevoegen',
  'teams.added': 'Team {name} is toegevoegd.',
  'teams.editTitle': 'Team wijzigen',

  'audit.caption': 'Auditgebeurtenissen',
  'audit.occurredAt': 'Tijdstip',
  'audit.actor': 'Medewerker',
  'audit.actorFilter': 'Medewerker (naam of id)',
  'audit.action': 'Actie',
  'audit.object': 'Object',
  'audit.result': 'Resultaat',
  'audit.result.success': 'Geslaagd',
  'audit.result.failure': 'Mislukt',
  'audit.result.denied': 'Geweigerd',
  'audit.origin': 'Herkomst',

  'processing.caption': 'Verwerkingen van persoonsgegevens',
  'processing.startedAt': 'Begonnen',
  'processing.activity': 'Verwerkingsactiviteit',
  'processing.action': 'Handeling',
  'processing.subject': 'Betrokkene (pseudoniem)',
  'processing.status': 'Status',
  'processing.trace': 'Trace-id',

  ...adviceNl,
  ...advicePlanNl,
  ...contactsNl,
  ...caseAdminNl,
  ...publicFormsNl,
  ...journeysNl,
  ...insightsNl,
  ...miningNl,
} as const;

export type MessageKey = keyof typeof nl;
