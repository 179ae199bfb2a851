-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "crisisLine" TEXT NOT NULL DEFAULT '988',
ADD COLUMN     "spanishRegister" TEXT NOT NULL DEFAULT 'usted';

-- AlterTable
ALTER TABLE "Patient" ADD COLUMN     "pausedFrom" TEXT;
