// Roles and permissions are shared so that the web app can hide what a role may not do;
// the server is the authority and checks every route against this same matrix.

export const ROLES = ['beheerder', 'kcc', 'behandelaar', 'adviseur', 'analist'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'tenant:read',
  'teams:read',
  'teams:manage',
  'users:read',
  'users:manage',
  'audit:read',
  'processing-log:read',
  'outbox:read',
  'outbox:manage',
  'advice:read',
  'advice:plan',
  'advice:import',
  'advice:catalogue',
  'parties:read',
  'parties:manage',
  'contacts:read',
  'contacts:register',
  'contacts:exchange',
  'cases:read',
  'cases:create',
  'cases:handle',
  'cases:configure',
  'cases:eventlog',
  'privacy:manage',
  'personas:read',
  'personas:manage',
  'journeys:read',
  'journeys:manage',
  'journeys:publish',
  'insights:read',
  'insights:configure',
  'mining:read',
  'mining:import',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL_STAFF: readonly Role[] = ROLES;

// Who may do what. A permission not listed for a role is denied.
export const PERMISSION_MATRIX: Record<Permission, readonly Role[]> = {
  'tenant:read': ALL_STAFF,
  'teams:read': ALL_STAFF,
  'teams:manage': ['beheerder'],
  'users:read': ['beheerder'],
  'users:manage': ['beheerder'],
  'audit:read': ['beheerder'],
  'processing-log:read': ['beheerder'],
  // Channel advice is useful to every staff member; planning and own survey data are the
  // advisers' and analysts' work; the catalogues (channels, groups, motives) are beheer.
  'outbox:read': ['beheerder'],
  'outbox:manage': ['beheerder'],
  'advice:read': ALL_STAFF,
  'advice:plan': ['adviseur', 'beheerder'],
  'advice:import': ['adviseur', 'analist', 'beheerder'],
  'advice:catalogue': ['beheerder'],
  // Klantcontact: the KCC and the back office work with residents' data; the beheerder configures
  // and answers data-subject requests; analysts only get the pseudonymised case event log.
  'parties:read': ['kcc', 'behandelaar', 'beheerder'],
  'parties:manage': ['kcc', 'behandelaar'],
  'contacts:read': ['kcc', 'behandelaar', 'beheerder'],
  'contacts:register': ['kcc', 'behandelaar'],
  // Open Klant export and import of historical contacts: bulk personal data, beheer only.
  'contacts:exchange': ['beheerder'],
  'cases:read': ['kcc', 'behandelaar', 'beheerder'],
  'cases:create': ['kcc', 'behandelaar'],
  'cases:handle': ['kcc', 'behandelaar'],
  'cases:configure': ['beheerder'],
  'cases:eventlog': ['analist', 'beheerder'],
  'privacy:manage': ['beheerder'],
  // Personas and journey maps: everyone may read them (the KCC learns from them too); the CX and
  // participation advisers and the analysts build them, import measurements and run experiments.
  // Publishing to the installation-wide library speaks for the gemeente outside its walls: the
  // adviser who owns the content, or the beheerder; not analysts on their own.
  'personas:read': ALL_STAFF,
  'personas:manage': ['adviseur', 'analist'],
  'journeys:read': ALL_STAFF,
  'journeys:manage': ['adviseur', 'analist'],
  'journeys:publish': ['adviseur', 'beheerder'],
  // Inzichten: aggregated, pseudonymised figures for the KCC's team leads (a KCC role here), the
  // analysts and the beheerder; the drill-down to records still needs contacts:read/cases:read.
  // Norms are set by the beheerder. Process mining works on event logs without personal data.
  'insights:read': ['kcc', 'analist', 'beheerder'],
  'insights:configure': ['beheerder'],
  'mining:read': ['analist', 'beheerder'],
  'mining:import': ['analist', 'beheerder'],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return PERMISSION_MATRIX[permission].includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((p) => roleHas(role, p));
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  beheerder: { nl: 'Beheerder', en: 'Administrator' },
  kcc: { nl: 'KCC-medewerker', en: 'Contact centre agent' },
  behandelaar: { nl: 'Behandelaar', en: 'Case handler' },
  adviseur: { nl: 'Adviseur', en: 'Adviser' },
  analist: { nl: 'Analist', en: 'Analyst' },
};
