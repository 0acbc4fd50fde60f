-- Datasets imported before respondents were stored in chunks move into advice_respondent_chunks
-- (5,000 respondents per chunk, in key order), then the row-per-respondent table goes.
-- The table forces row-level security on its owner too; the move must see every tenant's rows.
ALTER TABLE "advice_respondents" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "advice_respondents" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
INSERT INTO "advice_respondent_chunks" ("tenant_id", "dataset_id", "seq", "respondents")
SELECT r.tenant_id, r.dataset_id, r.n / 5000,
       json_agg(json_build_object('k', r.key, 'a', r.age, 'g', r.age_group, 'p', r.profile, 'x', r.answers) ORDER BY r.n)::text
FROM (
  SELECT *, (row_number() OVER (PARTITION BY tenant_id, dataset_id ORDER BY key) - 1)::integer AS n
  FROM "advice_respondents"
) r
GROUP BY r.tenant_id, r.dataset_id, r.n / 5000;--> statement-breakpoint
DROP TABLE "advice_respondents" CASCADE;
