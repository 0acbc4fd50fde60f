CREATE TABLE "outbox_messages" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now(),
	"last_error" text,
	"sent_at" timestamp with time zone,
	"provider_reference" text,
	"reference_type" text,
	"reference_id" text,
	"dedup_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_messages_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "outbox_messages_status_ck" CHECK (status in ('pending', 'sending', 'sent', 'dead')),
	CONSTRAINT "outbox_messages_attempts_ck" CHECK (attempts >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_messages_tenant_dedup_uq" ON "outbox_messages" USING btree ("tenant_id","dedup_key");--> statement-breakpoint
CREATE INDEX "outbox_messages_tenant_due_idx" ON "outbox_messages" USING btree ("tenant_id","next_attempt_at") WHERE status in ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "outbox_messages_tenant_status_created_idx" ON "outbox_messages" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE INDEX "outbox_messages_tenant_created_idx" ON "outbox_messages" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_messages_tenant_reference_idx" ON "outbox_messages" USING btree ("tenant_id","reference_type","reference_id");