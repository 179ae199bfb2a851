-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SendBudget" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "sends" TEXT NOT NULL DEFAULT '[]',
    "blockedUntil" REAL NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_SendBudget" ("key") SELECT "key" FROM "SendBudget";
DROP TABLE "SendBudget";
ALTER TABLE "new_SendBudget" RENAME TO "SendBudget";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
