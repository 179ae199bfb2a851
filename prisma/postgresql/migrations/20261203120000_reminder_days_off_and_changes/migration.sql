-- CreateTable
CREATE TABLE "ReminderDaysOff" (
    "patientId" TEXT NOT NULL,
    "weekdays" TEXT NOT NULL,
    "setBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderDaysOff_pkey" PRIMARY KEY ("patientId")
);

-- CreateTable
CREATE TABLE "ReminderChange" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReminderChange_patientId_createdAt_idx" ON "ReminderChange"("patientId", "createdAt");
