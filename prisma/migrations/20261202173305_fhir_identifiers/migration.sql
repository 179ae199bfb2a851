-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN "mrnSystem" TEXT;

-- AlterTable
ALTER TABLE "Patient" ADD COLUMN "mrn" TEXT;
