-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EnrollmentCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "patientId" TEXT,
    "therapistId" TEXT,
    "channel" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EnrollmentCode_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "EnrollmentCode_therapistId_fkey" FOREIGN KEY ("therapistId") REFERENCES "Therapist" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_EnrollmentCode" ("channel", "code", "createdAt", "expiresAt", "id", "patientId", "usedAt") SELECT "channel", "code", "createdAt", "expiresAt", "id", "patientId", "usedAt" FROM "EnrollmentCode";
DROP TABLE "EnrollmentCode";
ALTER TABLE "new_EnrollmentCode" RENAME TO "EnrollmentCode";
CREATE UNIQUE INDEX "EnrollmentCode_code_key" ON "EnrollmentCode"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
