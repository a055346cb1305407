ALTER TABLE "sources" ADD COLUMN "note" jsonb;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "level" text DEFAULT 'district' NOT NULL;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "lineage" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- A database seeded before this migration holds the province and district-level units only.
UPDATE "units" SET "level" = 'province' WHERE "parent_code" IS NULL;
