-- AlterTable
ALTER TABLE "MessageLog" ADD COLUMN "media" TEXT;
