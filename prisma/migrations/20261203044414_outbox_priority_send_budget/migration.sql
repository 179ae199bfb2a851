-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "priority" INTEGER;

-- CreateTable
CREATE TABLE "SendBudget" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "nextFreeAt" REAL NOT NULL
);

-- CreateIndex
CREATE INDEX "OutboxMessage_status_priority_nextAttemptAt_idx" ON "OutboxMessage"("status", "priority", "nextAttemptAt");

-- Rows already queued get their claim order (outbox.repo.ts PRIORITY).
UPDATE "OutboxMessage" SET "priority" = CASE "kind" WHEN 'alert' THEN 0 WHEN 'reply' THEN 1 ELSE 2 END WHERE "status" IN ('pending', 'sending');
