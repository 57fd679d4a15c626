-- AlterTable
ALTER TABLE "Source" ADD COLUMN "extractorVersion" TEXT;

-- Backfill: the version of the extractor claims each source already has
UPDATE "Source" SET "extractorVersion" = (
  SELECT MAX("extractorVersion") FROM "Claim" WHERE "Claim"."sourceId" = "Source"."id" AND "Claim"."origin" = 'extractor'
);
