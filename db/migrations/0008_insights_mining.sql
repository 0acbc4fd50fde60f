CREATE TABLE "insight_contact_case_links" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"topic_code" text NOT NULL,
	"case_id" uuid NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "insight_contact_case_links_tenant_id_day_topic_code_case_id_pk" PRIMARY KEY("tenant_id","day","topic_code","case_id")
);
--> statement-breakpoint
CREATE TABLE "insight_contact_days" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"direction" text NOT NULL,
	"topic_code" text NOT NULL,
	"team_id" uuid NOT NULL,
	"n" integer NOT NULL,
	"identified" integer NOT NULL,
	"repeated" integer NOT NULL,
	"resolved" integer NOT NULL,
	"wait_n" integer NOT NULL,
	"wait_sum" bigint NOT NULL,
	"handle_n" integer NOT NULL,
	"handle_sum" bigint NOT NULL,
	CONSTRAINT "insight_contact_days_tenant_id_day_channel_direction_topic_code_team_id_pk" PRIMARY KEY("tenant_id","day","channel","direction","topic_code","team_id")
);
--> statement-breakpoint
CREATE TABLE "insight_contact_slots" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"direction" text NOT NULL,
	"slot" integer NOT NULL,
	"n" integer NOT NULL,
	"handle_n" integer NOT NULL,
	"handle_sum" bigint NOT NULL,
	CONSTRAINT "insight_contact_slots_tenant_id_day_channel_direction_slot_pk" PRIMARY KEY("tenant_id","day","channel","direction","slot")
);
--> statement-breakpoint
CREATE TABLE "insight_contact_times" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"measure" text NOT NULL,
	"seconds" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "insight_contact_times_tenant_id_day_channel_measure_seconds_pk" PRIMARY KEY("tenant_id","day","channel","measure","seconds")
);
--> statement-breakpoint
CREATE TABLE "insight_email_replies" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"working_days" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "insight_email_replies_tenant_id_day_working_days_pk" PRIMARY KEY("tenant_id","day","working_days")
);
--> statement-breakpoint
CREATE TABLE "insight_rollup_state" (
	"tenant_id" uuid NOT NULL,
	"settled_before" date NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "insight_rollup_state_tenant_id_pk" PRIMARY KEY("tenant_id")
);
--> statement-breakpoint
CREATE TABLE "service_norms" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"threshold_seconds" integer,
	"working_days" integer,
	"target" double precision,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_norms_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "service_norms_target_ck" CHECK (target is null or (target > 0 and target <= 1)),
	CONSTRAINT "service_norms_threshold_ck" CHECK (threshold_seconds is null or threshold_seconds between 1 and 86400),
	CONSTRAINT "service_norms_days_ck" CHECK (working_days is null or working_days between 0 and 60)
);
--> statement-breakpoint
CREATE TABLE "mining_chunks" (
	"tenant_id" uuid NOT NULL,
	"log_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"trace_count" integer NOT NULL,
	"data" text NOT NULL,
	CONSTRAINT "mining_chunks_tenant_id_log_id_seq_pk" PRIMARY KEY("tenant_id","log_id","seq")
);
--> statement-breakpoint
CREATE TABLE "mining_logs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"bytes_total" bigint,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"events_read" integer DEFAULT 0 NOT NULL,
	"traces_read" integer DEFAULT 0 NOT NULL,
	"cases" integer,
	"events" integer,
	"activities" integer,
	"error" jsonb,
	"provenance" jsonb NOT NULL,
	"attr_types" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "mining_logs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "mining_logs_status_ck" CHECK (status in ('importing', 'ready', 'failed', 'cancelled')),
	CONSTRAINT "mining_logs_source_ck" CHECK (source in ('import-xes', 'import-csv'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "service_norms_tenant_code_uq" ON "service_norms" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "mining_logs_tenant_created_idx" ON "mining_logs" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "cases_tenant_status_due_idx" ON "cases" USING btree ("tenant_id","status","due_date");--> statement-breakpoint
CREATE INDEX "cases_tenant_closed_idx" ON "cases" USING btree ("tenant_id","closed_at");