-- CreateTable
CREATE TABLE "MonitoringTime" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT NOT NULL,
    "therapistId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "endedAt" DATETIME NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "InteractiveContact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT NOT NULL,
    "therapistId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "MonitoringTime_patientId_startedAt_idx" ON "MonitoringTime"("patientId", "startedAt");

-- CreateIndex
CREATE INDEX "MonitoringTime_therapistId_patientId_endedAt_idx" ON "MonitoringTime"("therapistId", "patientId", "endedAt");

-- CreateIndex
CREATE INDEX "InteractiveContact_patientId_at_idx" ON "InteractiveContact"("patientId", "at");
