-- CreateTable
CREATE TABLE "DataDayAsk" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "promptKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataDayAsk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataDayAsk_promptKey_key" ON "DataDayAsk"("promptKey");

-- CreateIndex
CREATE UNIQUE INDEX "DataDayAsk_patientId_localDate_key" ON "DataDayAsk"("patientId", "localDate");
