CREATE TABLE "data_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"position" integer PRIMARY KEY NOT NULL,
	"unit_code" text NOT NULL,
	"date" text NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"source_id" text
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"label" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"kind" text NOT NULL,
	"higher_is_better" boolean NOT NULL,
	"measure" jsonb NOT NULL,
	"level" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"position" integer PRIMARY KEY NOT NULL,
	"unit_code" text NOT NULL,
	"indicator_id" text NOT NULL,
	"period_start" text NOT NULL,
	"period_end" text NOT NULL,
	"value" double precision NOT NULL,
	"ranked_of" integer,
	"provenance" text NOT NULL,
	"source_id" text,
	"quote" text,
	"note" jsonb
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"publisher" text NOT NULL,
	"published" text,
	"url" text
);
--> statement-breakpoint
CREATE TABLE "units" (
	"code" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"parent_code" text,
	"valid_from" text,
	"valid_to" text,
	"successor_code" text
);
--> statement-breakpoint
CREATE INDEX "observations_indicator_unit" ON "observations" USING btree ("indicator_id","unit_code");