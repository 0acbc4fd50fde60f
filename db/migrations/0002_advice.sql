CREATE TABLE "advice_areas" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"scheme" text NOT NULL,
	"shares" jsonb NOT NULL,
	"counts" jsonb,
	"synthetic" boolean DEFAULT false NOT NULL,
	"source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advice_areas_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "advice_channels" (
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"digital" boolean NOT NULL,
	"inbound" boolean NOT NULL,
	"outbound" boolean NOT NULL,
	"contexts" jsonb NOT NULL,
	"source" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "advice_channels_tenant_id_code_pk" PRIMARY KEY("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "advice_datasets" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"description" text,
	"year" integer NOT NULL,
	"synthetic" boolean NOT NULL,
	"respondent_count" integer NOT NULL,
	"weighting" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advice_datasets_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "advice_phases" (
	"tenant_id" uuid NOT NULL,
	"context" text NOT NULL,
	"phase" integer NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "advice_phases_tenant_id_context_phase_pk" PRIMARY KEY("tenant_id","context","phase")
);
--> statement-breakpoint
CREATE TABLE "advice_plans" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"context" text NOT NULL,
	"dataset_id" uuid NOT NULL,
	"scheme" text NOT NULL,
	"area_id" uuid,
	"target_mode" text NOT NULL,
	"target" double precision NOT NULL,
	"channels" jsonb NOT NULL,
	"result" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advice_plans_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "advice_reasons" (
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"phases" jsonb NOT NULL,
	"contexts" jsonb NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "advice_reasons_tenant_id_kind_code_pk" PRIMARY KEY("tenant_id","kind","code")
);
--> statement-breakpoint
CREATE TABLE "advice_respondents" (
	"tenant_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"key" text NOT NULL,
	"age" integer NOT NULL,
	"age_group" text NOT NULL,
	"profile" text,
	"answers" jsonb NOT NULL,
	CONSTRAINT "advice_respondents_tenant_id_dataset_id_key_pk" PRIMARY KEY("tenant_id","dataset_id","key")
);
--> statement-breakpoint
CREATE TABLE "advice_segments" (
	"tenant_id" uuid NOT NULL,
	"scheme" text NOT NULL,
	"code" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"population_share" double precision,
	"description" text,
	"source" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "advice_segments_tenant_id_scheme_code_pk" PRIMARY KEY("tenant_id","scheme","code")
);
--> statement-breakpoint
CREATE INDEX "advice_plans_tenant_created_idx" ON "advice_plans" USING btree ("tenant_id","created_at");