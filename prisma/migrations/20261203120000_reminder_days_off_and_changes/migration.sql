-- CreateTable
CREATE TABLE "ReminderDaysOff" (
    "patientId" TEXT NOT NULL PRIMARY KEY,
    "weekdays" TEXT NOT NULL,
    "setBy" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReminderChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ReminderChange_patientId_createdAt_idx" ON "ReminderChange"("patientId", "createdAt");
