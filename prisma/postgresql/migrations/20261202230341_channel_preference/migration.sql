-- CreateTable
CREATE TABLE "ChannelPreference" (
    "patientId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "setBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelPreference_pkey" PRIMARY KEY ("patientId")
);
