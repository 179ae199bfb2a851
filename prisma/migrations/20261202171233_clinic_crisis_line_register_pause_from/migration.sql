-- AlterTable
ALTER TABLE "Patient" ADD COLUMN "pausedFrom" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Clinic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "emergencyNumber" TEXT NOT NULL DEFAULT '911',
    "contactLine" TEXT NOT NULL DEFAULT '',
    "crisisLine" TEXT NOT NULL DEFAULT '988',
    "spanishRegister" TEXT NOT NULL DEFAULT 'usted',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Clinic" ("contactLine", "createdAt", "emergencyNumber", "id", "name", "timeZone") SELECT "contactLine", "createdAt", "emergencyNumber", "id", "name", "timeZone" FROM "Clinic";
DROP TABLE "Clinic";
ALTER TABLE "new_Clinic" RENAME TO "Clinic";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
