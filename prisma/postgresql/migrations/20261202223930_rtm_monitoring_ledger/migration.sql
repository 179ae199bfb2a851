-- CreateTable
CREATE TABLE "MonitoringTime" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "therapistId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringTime_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InteractiveContact" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "therapistId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InteractiveContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MonitoringTime_patientId_startedAt_idx" ON "MonitoringTime"("patientId", "startedAt");

-- CreateIndex
CREATE INDEX "MonitoringTime_therapistId_patientId_endedAt_idx" ON "MonitoringTime"("therapistId", "patientId", "endedAt");

-- CreateIndex
CREATE INDEX "InteractiveContact_patientId_at_idx" ON "InteractiveContact"("patientId", "at");
