-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "therapistId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'read-write',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_therapistId_fkey" FOREIGN KEY ("therapistId") REFERENCES "Therapist" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ApiToken" ("createdAt", "id", "lastUsedAt", "name", "revokedAt", "therapistId", "tokenHash") SELECT "createdAt", "id", "lastUsedAt", "name", "revokedAt", "therapistId", "tokenHash" FROM "ApiToken";
DROP TABLE "ApiToken";
ALTER TABLE "new_ApiToken" RENAME TO "ApiToken";
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");
CREATE TABLE "new_MessageLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT,
    "direction" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "platformMessageId" TEXT,
    "address" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "quickReply" TEXT,
    "outboxId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'received',
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "retryAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME,
    CONSTRAINT "MessageLog_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_MessageLog" ("address", "body", "channel", "createdAt", "direction", "error", "id", "outboxId", "patientId", "platformMessageId", "processedAt", "quickReply", "state") SELECT "address", "body", "channel", "createdAt", "direction", "error", "id", "outboxId", "patientId", "platformMessageId", "processedAt", "quickReply", "state" FROM "MessageLog";
DROP TABLE "MessageLog";
ALTER TABLE "new_MessageLog" RENAME TO "MessageLog";
CREATE INDEX "MessageLog_patientId_createdAt_idx" ON "MessageLog"("patientId", "createdAt");
CREATE INDEX "MessageLog_state_idx" ON "MessageLog"("state");
CREATE UNIQUE INDEX "MessageLog_channel_direction_platformMessageId_key" ON "MessageLog"("channel", "direction", "platformMessageId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
