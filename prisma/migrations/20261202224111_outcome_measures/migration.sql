-- CreateTable
CREATE TABLE "OutcomeSchedule" (
    "programId" TEXT NOT NULL PRIMARY KEY,
    "measures" TEXT NOT NULL DEFAULT '[]',
    "nprsEveryWeeks" INTEGER NOT NULL DEFAULT 1,
    "psfsEveryWeeks" INTEGER NOT NULL DEFAULT 2,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "OutcomePreference" (
    "patientId" TEXT NOT NULL PRIMARY KEY,
    "painWeekday" INTEGER,
    "surveysStoppedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "OutcomeQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "item" INTEGER NOT NULL DEFAULT 0,
    "activity" TEXT,
    "occasion" TEXT NOT NULL,
    "outboxKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "askedAt" DATETIME NOT NULL,
    "reaskedAt" DATETIME,
    "remindedAt" DATETIME,
    "closedAt" DATETIME
);

-- CreateTable
CREATE TABLE "OutcomeAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "item" INTEGER NOT NULL DEFAULT 0,
    "activity" TEXT,
    "value" INTEGER,
    "activities" TEXT,
    "occasion" TEXT NOT NULL,
    "messageId" TEXT,
    "answeredAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeQuestion_outboxKey_key" ON "OutcomeQuestion"("outboxKey");

-- CreateIndex
CREATE INDEX "OutcomeQuestion_patientId_status_idx" ON "OutcomeQuestion"("patientId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeQuestion_assignmentId_kind_item_occasion_key" ON "OutcomeQuestion"("assignmentId", "kind", "item", "occasion");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeAnswer_questionId_key" ON "OutcomeAnswer"("questionId");

-- CreateIndex
CREATE INDEX "OutcomeAnswer_patientId_answeredAt_idx" ON "OutcomeAnswer"("patientId", "answeredAt");
