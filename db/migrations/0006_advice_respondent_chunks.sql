CREATE TABLE "advice_respondent_chunks" (
	"tenant_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"respondents" text NOT NULL,
	CONSTRAINT "advice_respondent_chunks_tenant_id_dataset_id_seq_pk" PRIMARY KEY("tenant_id","dataset_id","seq")
);
