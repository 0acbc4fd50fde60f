// All tables, for drizzle's typed client. Each table is owned by the folder that defines it.
export * from '../tenancy/tables.js';
export * from '../accounts/tables.js';
export * from '../auth/tables.js';
export * from '../audit/tables.js';
export * from '../http/tables.js';
export * from '../jobs/tables.js';
