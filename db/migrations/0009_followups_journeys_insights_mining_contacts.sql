CREATE TABLE "contact_changed_days" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_changed_days_tenant_id_day_pk" PRIMARY KEY("tenant_id","day")
);
--> statement-breakpoint
CREATE TABLE "journey_step_links" (
	"tenant_id" uuid NOT NULL,
	"journey_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	CONSTRAINT "journey_step_links_tenant_id_journey_id_step_id_kind_code_pk" PRIMARY KEY("tenant_id","journey_id","step_id","kind","code")
);
--> statement-breakpoint
CREATE TABLE "mining_csv_rows" (
	"tenant_id" uuid NOT NULL,
	"log_id" uuid NOT NULL,
	"case_id" text COLLATE "C" NOT NULL,
	"t" bigint NOT NULL,
	"line" integer NOT NULL,
	"event" text NOT NULL,
	CONSTRAINT "mining_csv_rows_tenant_id_log_id_case_id_t_line_pk" PRIMARY KEY("tenant_id","log_id","case_id","t","line")
);
--> statement-breakpoint
DROP INDEX "parties_tenant_family_name_idx";--> statement-breakpoint
DROP INDEX "cases_tenant_closed_idx";--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "display_name_key" text GENERATED ALWAYS AS (lower(display_name)) STORED;--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "family_name_key" text GENERATED ALWAYS AS (lower(family_name)) STORED;--> statement-breakpoint
ALTER TABLE "insight_rollup_state" ADD COLUMN "status" text DEFAULT 'ready' NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollup_state" ADD COLUMN "build_from" date;--> statement-breakpoint
ALTER TABLE "insight_rollup_state" ADD COLUMN "build_to" date;--> statement-breakpoint
ALTER TABLE "insight_rollup_state" ADD COLUMN "built_through" date;--> statement-breakpoint
ALTER TABLE "insight_rollup_state" ADD COLUMN "lease_owner" uuid;--> statement-breakpoint
ALTER TABLE "insight_rollup_state" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "live_on" date;--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "live_version" integer;--> statement-breakpoint
ALTER TABLE "mining_logs" ADD COLUMN "retain_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mining_logs" ADD COLUMN "resource_handling" text DEFAULT 'keep' NOT NULL;--> statement-breakpoint
ALTER TABLE "mining_logs" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "cases_tenant_open_idx" ON "cases" USING btree ("tenant_id","team_id","category_code","created_at","due_date") WHERE status in ('gemeld', 'in_behandeling', 'on_hold');--> statement-breakpoint
CREATE INDEX "parties_tenant_display_name_key_idx" ON "parties" USING btree ("tenant_id","display_name_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "parties_tenant_family_name_key_idx" ON "parties" USING btree ("tenant_id","family_name_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "cases_tenant_closed_idx" ON "cases" USING btree ("tenant_id","closed_at","due_date","category_code","team_id","kind");--> statement-breakpoint
ALTER TABLE "insight_rollup_state" ADD CONSTRAINT "insight_rollup_state_status_ck" CHECK (status in ('building', 'ready'));--> statement-breakpoint
ALTER TABLE "mining_logs" ADD CONSTRAINT "mining_logs_resource_ck" CHECK (resource_handling in ('keep', 'drop', 'pseudonymise'));