-- AlterTable
ALTER TABLE "MessageLog" ADD COLUMN     "quickReply" TEXT;
