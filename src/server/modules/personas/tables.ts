import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PersonaInput } from '../../../shared/journeys/persona.js';

// A persona is fictional (a composite of research), so it holds no personal data; the whole
// profile is one validated document, with the columns that lists filter on beside it.
export const personas = pgTable(
  'personas',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    vulnerable: boolean('vulnerable').notNull(),
    example: boolean('example').notNull().default(false),
    data: jsonb('data').$type<PersonaInput>().notNull(),
    /** Where a copy came from: the shared library or an imported file. */
    origin: jsonb('origin').$type<{
      kind: 'library' | 'import';
      publisher?: string;
      itemId?: string;
    } | null>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('personas_tenant_name').on(t.tenantId, t.name)],
);
