-- CreateTable
CREATE TABLE "ConversationState" (
    "patientId" TEXT NOT NULL PRIMARY KEY,
    "awaiting" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "messageId" TEXT,
    "askedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "ConversationState_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
