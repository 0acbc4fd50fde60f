CREATE TABLE "journey_experiments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"journey_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"title" text NOT NULL,
	"hypothesis" text,
	"variant_a" text NOT NULL,
	"variant_b" text NOT NULL,
	"metric" text NOT NULL,
	"design" jsonb NOT NULL,
	"results" jsonb,
	"looks" integer DEFAULT 0 NOT NULL,
	"last_analysis" jsonb,
	"status" text DEFAULT 'designed' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journey_experiments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "journey_measurements" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"journey_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"instrument" text NOT NULL,
	"period" text NOT NULL,
	"n" integer NOT NULL,
	"mean" double precision NOT NULL,
	"sd" double precision,
	"ci_low" double precision,
	"ci_high" double precision,
	"source" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"import_id" uuid NOT NULL,
	"measured_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journey_measurements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "journey_personas" (
	"tenant_id" uuid NOT NULL,
	"journey_id" uuid NOT NULL,
	"persona_id" uuid NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "journey_personas_tenant_id_journey_id_persona_id_pk" PRIMARY KEY("tenant_id","journey_id","persona_id")
);
--> statement-breakpoint
CREATE TABLE "journey_versions" (
	"tenant_id" uuid NOT NULL,
	"journey_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"saved_by" text,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journey_versions_tenant_id_journey_id_version_pk" PRIMARY KEY("tenant_id","journey_id","version")
);
--> statement-breakpoint
CREATE TABLE "journeys" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"trajectory" text NOT NULL,
	"life_event" text NOT NULL,
	"state" text NOT NULL,
	"audience" text DEFAULT 'resident' NOT NULL,
	"counterpart_id" uuid,
	"example" boolean DEFAULT false NOT NULL,
	"document" jsonb NOT NULL,
	"origin" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journeys_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "library_items" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"source_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"publisher_name" text NOT NULL,
	"persona" jsonb,
	"journey" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_items_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "library_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "personas" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"vulnerable" boolean NOT NULL,
	"example" boolean DEFAULT false NOT NULL,
	"data" jsonb NOT NULL,
	"origin" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personas_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "journey_experiments_tenant_journey" ON "journey_experiments" USING btree ("tenant_id","journey_id");--> statement-breakpoint
CREATE INDEX "journey_measurements_tenant_step" ON "journey_measurements" USING btree ("tenant_id","journey_id","step_id");--> statement-breakpoint
CREATE INDEX "journey_personas_tenant_persona" ON "journey_personas" USING btree ("tenant_id","persona_id");--> statement-breakpoint
CREATE INDEX "journeys_tenant_title" ON "journeys" USING btree ("tenant_id","title");--> statement-breakpoint
CREATE UNIQUE INDEX "library_items_tenant_source" ON "library_items" USING btree ("tenant_id","kind","source_id");--> statement-breakpoint
CREATE INDEX "personas_tenant_name" ON "personas" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE POLICY "library_read_any_tenant" ON "library_items" AS PERMISSIVE FOR SELECT TO public USING (bb_current_tenant() is not null);