-- AlterTable
ALTER TABLE "Deal" ADD COLUMN "estimateUsd" REAL;

-- CreateIndex
CREATE INDEX "Deal_estimateUsd_idx" ON "Deal"("estimateUsd");

-- Backfill: deals whose estimate is a dollar amount
UPDATE "Deal" SET "estimateUsd" = "estimateValue" WHERE "estimateProperty" LIKE '%\_usd' ESCAPE '\';
