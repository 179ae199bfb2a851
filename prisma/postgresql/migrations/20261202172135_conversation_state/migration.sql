-- CreateTable
CREATE TABLE "ConversationState" (
    "patientId" TEXT NOT NULL,
    "awaiting" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "messageId" TEXT,
    "askedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationState_pkey" PRIMARY KEY ("patientId")
);

-- AddForeignKey
ALTER TABLE "ConversationState" ADD CONSTRAINT "ConversationState_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE;
