-- Tenant isolation by row-level security. The tenant of a transaction is set with
-- set_config('app.tenant_id', ..., true) (SET LOCAL); without it every policy sees nothing.
CREATE OR REPLACE FUNCTION bb_current_tenant() RETURNS uuid
LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
--> statement-breakpoint
-- Enables and forces RLS with the standard policy on every table that has a tenant_id column.
-- Start-up calls it after each migration run, so a new table cannot be forgotten.
CREATE OR REPLACE FUNCTION bb_enforce_tenant_isolation() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  r record;
  n integer := 0;
BEGIN
  FOR r IN
    SELECT c.relname AS table_name
    FROM pg_class c
    JOIN pg_namespace ns ON ns.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
    WHERE ns.nspname = 'public' AND c.relkind IN ('r', 'p')
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', r.table_name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', r.table_name);
    IF NOT EXISTS (
      SELECT 1 FROM pg_policies
      WHERE schemaname = 'public' AND tablename = r.table_name AND policyname = 'tenant_isolation'
    ) THEN
      EXECUTE format(
        'CREATE POLICY tenant_isolation ON %I USING (tenant_id = bb_current_tenant()) '
        'WITH CHECK (tenant_id = bb_current_tenant())',
        r.table_name
      );
    END IF;
    n := n + 1;
  END LOOP;
  RETURN n;
END $$;
