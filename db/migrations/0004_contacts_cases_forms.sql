CREATE TABLE "retention_runs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"summary" text DEFAULT '{}' NOT NULL,
	CONSTRAINT "retention_runs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "retention_terms" (
	"tenant_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"months" integer NOT NULL,
	"action" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_terms_tenant_id_record_type_pk" PRIMARY KEY("tenant_id","record_type"),
	CONSTRAINT "retention_terms_months_ck" CHECK (months between 1 and 1200),
	CONSTRAINT "retention_terms_action_ck" CHECK (action in ('delete', 'anonymise'))
);
--> statement-breakpoint
CREATE TABLE "case_categories" (
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"parent_code" text,
	"kind" text DEFAULT 'melding' NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text,
	"description_nl" text,
	"due_working_days" integer DEFAULT 10 NOT NULL,
	"default_team_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_categories_tenant_id_code_pk" PRIMARY KEY("tenant_id","code"),
	CONSTRAINT "case_categories_kind_ck" CHECK (kind in ('melding', 'aanvraag', 'vraag', 'klacht')),
	CONSTRAINT "case_categories_due_ck" CHECK (due_working_days between 0 and 365)
);
--> statement-breakpoint
CREATE TABLE "case_counters" (
	"tenant_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "case_counters_tenant_id_prefix_year_pk" PRIMARY KEY("tenant_id","prefix","year")
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"activity" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"team_id" uuid,
	"channel" text,
	"actor_id" uuid,
	"status_from" text,
	"status_to" text,
	"note" text,
	CONSTRAINT "case_events_tenant_id_case_id_seq_pk" PRIMARY KEY("tenant_id","case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"category_code" text NOT NULL,
	"status" text DEFAULT 'gemeld' NOT NULL,
	"hold_reason" text,
	"party_id" uuid,
	"team_id" uuid,
	"assignee_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"postcode" text,
	"house_number" integer,
	"location_text" text,
	"form_data" jsonb,
	"source_channel" text NOT NULL,
	"feedback_channel" text,
	"feedback_address" text,
	"due_date" date NOT NULL,
	"public_token_hash" text,
	"legal_hold" boolean DEFAULT false NOT NULL,
	"anonymised_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "cases_status_ck" CHECK (status in ('gemeld', 'in_behandeling', 'on_hold', 'afgehandeld', 'gesloten')),
	CONSTRAINT "cases_kind_ck" CHECK (kind in ('melding', 'aanvraag', 'vraag', 'klacht'))
);
--> statement-breakpoint
CREATE TABLE "message_templates" (
	"tenant_id" uuid NOT NULL,
	"event" text NOT NULL,
	"channel" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_templates_tenant_id_event_channel_pk" PRIMARY KEY("tenant_id","event","channel")
);
--> statement-breakpoint
CREATE TABLE "routing_rules" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"category_code" text NOT NULL,
	"postcode_from" integer,
	"postcode_to" integer,
	"team_id" uuid NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "routing_rules_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "routing_rules_postcode_ck" CHECK ((postcode_from is null and postcode_to is null) or (postcode_from between 1000 and 9999 and postcode_to between postcode_from and 9999))
);
--> statement-breakpoint
CREATE TABLE "satisfaction_responses" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"channel" text,
	"reopened" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "satisfaction_responses_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "satisfaction_responses_score_ck" CHECK (score between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"party_id" uuid,
	"case_id" uuid,
	"contact_id" uuid,
	"team_id" uuid,
	"assignee_id" uuid,
	"description" text NOT NULL,
	"callback_phone" text,
	"due_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"result" text,
	"created_by" uuid,
	"anonymised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "tasks_kind_ck" CHECK (kind in ('callback', 'internal')),
	CONSTRAINT "tasks_status_ck" CHECK (status in ('open', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "contact_topics" (
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"parent_code" text,
	"name_nl" text NOT NULL,
	"name_en" text,
	"phase" integer,
	"avoidable" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_topics_tenant_id_code_pk" PRIMARY KEY("tenant_id","code"),
	CONSTRAINT "contact_topics_phase_ck" CHECK (phase is null or phase between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"direction" text NOT NULL,
	"party_id" uuid,
	"topic_code" text,
	"summary" text DEFAULT '' NOT NULL,
	"outcome" text NOT NULL,
	"team_id" uuid,
	"case_id" uuid,
	"task_id" uuid,
	"wait_seconds" integer,
	"handle_seconds" integer,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by" uuid,
	"source" text DEFAULT 'staff' NOT NULL,
	"anonymised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "contacts_direction_ck" CHECK (direction in ('in', 'out')),
	CONSTRAINT "contacts_wait_ck" CHECK (wait_seconds is null or wait_seconds >= 0),
	CONSTRAINT "contacts_handle_ck" CHECK (handle_seconds is null or handle_seconds >= 0)
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"pseudonym" text NOT NULL,
	"display_name" text NOT NULL,
	"given_name" text,
	"family_name" text,
	"organisation_name" text,
	"postcode" text,
	"house_number" integer,
	"house_number_suffix" text,
	"street" text,
	"city" text,
	"preferred_channel" text,
	"language" text DEFAULT 'nl' NOT NULL,
	"legal_hold" boolean DEFAULT false NOT NULL,
	"anonymised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parties_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "parties_kind_ck" CHECK (kind in ('person', 'organisation'))
);
--> statement-breakpoint
CREATE TABLE "party_addresses" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"party_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_addresses_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "party_addresses_kind_ck" CHECK (kind in ('email', 'phone'))
);
--> statement-breakpoint
CREATE TABLE "party_identifiers" (
	"tenant_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"type" text NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_identifiers_tenant_id_party_id_type_pk" PRIMARY KEY("tenant_id","party_id","type"),
	CONSTRAINT "party_identifiers_type_ck" CHECK (type in ('bsn', 'kvk'))
);
--> statement-breakpoint
CREATE TABLE "forms" (
	"tenant_id" uuid NOT NULL,
	"category_code" text NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text,
	"intro_nl" text,
	"fields" jsonb NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forms_tenant_id_category_code_pk" PRIMARY KEY("tenant_id","category_code"),
	CONSTRAINT "forms_fields_ck" CHECK (jsonb_typeof(fields) = 'array')
);
--> statement-breakpoint
CREATE INDEX "case_categories_tenant_parent_idx" ON "case_categories" USING btree ("tenant_id","parent_code");--> statement-breakpoint
CREATE INDEX "case_events_tenant_occurred_idx" ON "case_events" USING btree ("tenant_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_tenant_number_uq" ON "cases" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE INDEX "cases_tenant_party_idx" ON "cases" USING btree ("tenant_id","party_id","created_at");--> statement-breakpoint
CREATE INDEX "cases_tenant_team_status_due_idx" ON "cases" USING btree ("tenant_id","team_id","status","due_date");--> statement-breakpoint
CREATE INDEX "cases_tenant_assignee_status_due_idx" ON "cases" USING btree ("tenant_id","assignee_id","status","due_date");--> statement-breakpoint
CREATE INDEX "cases_tenant_created_idx" ON "cases" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "routing_rules_tenant_category_idx" ON "routing_rules" USING btree ("tenant_id","category_code");--> statement-breakpoint
CREATE INDEX "satisfaction_responses_tenant_case_idx" ON "satisfaction_responses" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "satisfaction_responses_tenant_created_idx" ON "satisfaction_responses" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "tasks_tenant_team_status_due_idx" ON "tasks" USING btree ("tenant_id","team_id","status","due_at");--> statement-breakpoint
CREATE INDEX "tasks_tenant_assignee_status_due_idx" ON "tasks" USING btree ("tenant_id","assignee_id","status","due_at");--> statement-breakpoint
CREATE INDEX "tasks_tenant_party_idx" ON "tasks" USING btree ("tenant_id","party_id");--> statement-breakpoint
CREATE INDEX "contact_topics_tenant_parent_idx" ON "contact_topics" USING btree ("tenant_id","parent_code");--> statement-breakpoint
CREATE INDEX "contacts_tenant_party_occurred_idx" ON "contacts" USING btree ("tenant_id","party_id","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "contacts_tenant_occurred_idx" ON "contacts" USING btree ("tenant_id","occurred_at");--> statement-breakpoint
CREATE INDEX "contacts_tenant_case_idx" ON "contacts" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "parties_tenant_postcode_idx" ON "parties" USING btree ("tenant_id","postcode","house_number");--> statement-breakpoint
CREATE INDEX "parties_tenant_family_name_idx" ON "parties" USING btree ("tenant_id",lower("family_name"));--> statement-breakpoint
CREATE INDEX "parties_tenant_display_name_idx" ON "parties" USING btree ("tenant_id",lower("display_name"));--> statement-breakpoint
CREATE INDEX "parties_tenant_updated_idx" ON "parties" USING btree ("tenant_id","updated_at");--> statement-breakpoint
CREATE INDEX "party_addresses_tenant_party_idx" ON "party_addresses" USING btree ("tenant_id","party_id");--> statement-breakpoint
CREATE INDEX "party_addresses_tenant_value_idx" ON "party_addresses" USING btree ("tenant_id","kind","value");--> statement-breakpoint
CREATE UNIQUE INDEX "party_identifiers_tenant_type_value_uq" ON "party_identifiers" USING btree ("tenant_id","type","value");