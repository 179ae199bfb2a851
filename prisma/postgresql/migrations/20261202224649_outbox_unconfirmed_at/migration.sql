-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "unconfirmedAt" TIMESTAMP(3);

-- The doubt was kept as a "[unconfirmed] " prefix of lastError before.
UPDATE "OutboxMessage" SET "unconfirmedAt" = "createdAt", "lastError" = substr("lastError", 15) WHERE "lastError" LIKE '[unconfirmed] %';
