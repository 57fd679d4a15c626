-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "publishedOn" TEXT,
    "publishedPrecision" TEXT,
    "fileName" TEXT,
    "provenance" TEXT,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "machineSignals" TEXT NOT NULL DEFAULT '[]',
    "contradictionRate" REAL NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Company" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "CompanyAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "alias" TEXT NOT NULL,
    "companyId" INTEGER NOT NULL,
    CONSTRAINT "CompanyAlias_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Chip" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "predecessor" TEXT
);

-- CreateTable
CREATE TABLE "ChipAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "alias" TEXT NOT NULL,
    "chipId" INTEGER NOT NULL,
    CONSTRAINT "ChipAlias_chipId_fkey" FOREIGN KEY ("chipId") REFERENCES "Chip" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "property" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "valueMax" REAL,
    "qualifier" TEXT NOT NULL,
    "status" TEXT,
    "asOf" TEXT,
    "asOfPrecision" TEXT,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "companyId" INTEGER,
    "chipId" INTEGER,
    "fromCompanyId" INTEGER,
    "toCompanyId" INTEGER,
    "origin" TEXT NOT NULL,
    "extractorName" TEXT,
    "extractorVersion" TEXT,
    "reviewState" TEXT NOT NULL DEFAULT 'proposed',
    "dealId" INTEGER,
    "valuationId" INTEGER,
    "chipSpecId" INTEGER,
    "implausibleReason" TEXT,
    "inconsistentReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_chipId_fkey" FOREIGN KEY ("chipId") REFERENCES "Chip" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_fromCompanyId_fkey" FOREIGN KEY ("fromCompanyId") REFERENCES "Company" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_toCompanyId_fkey" FOREIGN KEY ("toCompanyId") REFERENCES "Company" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_valuationId_fkey" FOREIGN KEY ("valuationId") REFERENCES "Valuation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_chipSpecId_fkey" FOREIGN KEY ("chipSpecId") REFERENCES "ChipSpec" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "fromCompanyId" INTEGER NOT NULL,
    "toCompanyId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT,
    "firstReported" TEXT,
    "announced" TEXT,
    "estimateValue" REAL,
    "estimateValueMax" REAL,
    "estimateQualifier" TEXT,
    "estimateProperty" TEXT,
    "sourceCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Deal_fromCompanyId_fkey" FOREIGN KEY ("fromCompanyId") REFERENCES "Company" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Deal_toCompanyId_fkey" FOREIGN KEY ("toCompanyId") REFERENCES "Company" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Valuation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "companyId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "estimateValue" REAL,
    "estimateValueMax" REAL,
    "estimateQualifier" TEXT,
    "estimateProperty" TEXT,
    "sourceCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Valuation_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChipSpec" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chipId" INTEGER NOT NULL,
    "property" TEXT NOT NULL,
    "estimateValue" REAL,
    "estimateValueMax" REAL,
    "estimateQualifier" TEXT,
    "sourceCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ChipSpec_chipId_fkey" FOREIGN KEY ("chipId") REFERENCES "Chip" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Disagreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimAId" INTEGER NOT NULL,
    "claimBId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "property" TEXT NOT NULL,
    CONSTRAINT "Disagreement_claimAId_fkey" FOREIGN KEY ("claimAId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Disagreement_claimBId_fkey" FOREIGN KEY ("claimBId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_sha256_key" ON "Source"("sha256");

-- CreateIndex
CREATE INDEX "Source_publishedOn_idx" ON "Source"("publishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Company_name_key" ON "Company"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Company_slug_key" ON "Company"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyAlias_alias_key" ON "CompanyAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "Chip_name_key" ON "Chip"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Chip_slug_key" ON "Chip"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ChipAlias_alias_key" ON "ChipAlias"("alias");

-- CreateIndex
CREATE INDEX "Claim_sourceId_idx" ON "Claim"("sourceId");

-- CreateIndex
CREATE INDEX "Claim_subject_property_idx" ON "Claim"("subject", "property");

-- CreateIndex
CREATE INDEX "Claim_property_idx" ON "Claim"("property");

-- CreateIndex
CREATE INDEX "Claim_asOf_idx" ON "Claim"("asOf");

-- CreateIndex
CREATE INDEX "Claim_kind_idx" ON "Claim"("kind");

-- CreateIndex
CREATE INDEX "Claim_dealId_idx" ON "Claim"("dealId");

-- CreateIndex
CREATE INDEX "Claim_valuationId_idx" ON "Claim"("valuationId");

-- CreateIndex
CREATE INDEX "Claim_chipSpecId_idx" ON "Claim"("chipSpecId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_sourceId_start_end_subject_property_key" ON "Claim"("sourceId", "start", "end", "subject", "property");

-- CreateIndex
CREATE UNIQUE INDEX "Deal_key_key" ON "Deal"("key");

-- CreateIndex
CREATE INDEX "Deal_fromCompanyId_idx" ON "Deal"("fromCompanyId");

-- CreateIndex
CREATE INDEX "Deal_toCompanyId_idx" ON "Deal"("toCompanyId");

-- CreateIndex
CREATE INDEX "Deal_kind_idx" ON "Deal"("kind");

-- CreateIndex
CREATE INDEX "Deal_firstReported_idx" ON "Deal"("firstReported");

-- CreateIndex
CREATE INDEX "Deal_estimateValue_idx" ON "Deal"("estimateValue");

-- CreateIndex
CREATE UNIQUE INDEX "Valuation_key_key" ON "Valuation"("key");

-- CreateIndex
CREATE INDEX "Valuation_companyId_period_idx" ON "Valuation"("companyId", "period");

-- CreateIndex
CREATE INDEX "ChipSpec_property_idx" ON "ChipSpec"("property");

-- CreateIndex
CREATE UNIQUE INDEX "ChipSpec_chipId_property_key" ON "ChipSpec"("chipId", "property");

-- CreateIndex
CREATE INDEX "Disagreement_claimBId_idx" ON "Disagreement"("claimBId");

-- CreateIndex
CREATE INDEX "Disagreement_type_idx" ON "Disagreement"("type");

-- CreateIndex
CREATE INDEX "Disagreement_subject_property_idx" ON "Disagreement"("subject", "property");

-- CreateIndex
CREATE UNIQUE INDEX "Disagreement_claimAId_claimBId_key" ON "Disagreement"("claimAId", "claimBId");
