-- CreateTable
CREATE TABLE "DataDayAsk" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "promptKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "DataDayAsk_promptKey_key" ON "DataDayAsk"("promptKey");

-- CreateIndex
CREATE UNIQUE INDEX "DataDayAsk_patientId_localDate_key" ON "DataDayAsk"("patientId", "localDate");
