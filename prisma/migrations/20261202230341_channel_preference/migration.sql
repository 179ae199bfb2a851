-- CreateTable
CREATE TABLE "ChannelPreference" (
    "patientId" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT NOT NULL,
    "setBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
