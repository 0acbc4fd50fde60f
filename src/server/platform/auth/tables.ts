import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Server-side sessions. Only a SHA-256 hash of the session token is stored, so a leaked
// table does not leak usable sessions.
export const sessions = pgTable(
  'sessions',
  {
    tenantId: uuid('tenant_id').notNull(),
    idHash: text('id_hash').notNull(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    authMethod: text('auth_method').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.idHash] }),
    index('sessions_tenant_user_idx').on(t.tenantId, t.userId),
  ],
);
