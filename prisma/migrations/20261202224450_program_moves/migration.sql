-- CreateTable
CREATE TABLE "ProgramMove" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "fromVersionId" TEXT NOT NULL,
    "toVersionId" TEXT NOT NULL,
    "movedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "announcedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "ProgramMove_assignmentId_announcedAt_idx" ON "ProgramMove"("assignmentId", "announcedAt");

-- CreateIndex
CREATE INDEX "ProgramMove_patientId_idx" ON "ProgramMove"("patientId");
