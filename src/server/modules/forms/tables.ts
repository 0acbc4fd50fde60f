import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export interface FormField {
  /** Stable key; 'description', 'location', 'postcode', 'houseNumber', 'email', 'phone', 'name' map to case columns. */
  key: string;
  type: 'text' | 'textarea' | 'email' | 'tel' | 'postcode' | 'number' | 'select';
  labelNl: string;
  labelEn?: string;
  hintNl?: string;
  required: boolean;
  maxLength: number;
  options?: { value: string; labelNl: string; labelEn?: string }[];
  /** Why the gemeente asks this (dataminimalisatie): shown to the resident and in the docs. */
  purposeNl: string;
}

/** A public e-form per case category: asks only what the category needs. */
export const forms = pgTable(
  'forms',
  {
    tenantId: uuid('tenant_id').notNull(),
    categoryCode: text('category_code').notNull(),
    titleNl: text('title_nl').notNull(),
    titleEn: text('title_en'),
    introNl: text('intro_nl'),
    fields: jsonb('fields').$type<FormField[]>().notNull(),
    published: boolean('published').notNull().default(true),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.categoryCode] }),
    check('forms_fields_ck', sql`jsonb_typeof(fields) = 'array'`),
  ],
);
