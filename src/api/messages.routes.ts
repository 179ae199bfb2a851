import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "../core/errors.js";
import { CHANNEL_NAMES } from "../channels/channel.js";
import { enqueueOutbox } from "../outbox/outbox.repo.js";
import { findOwnPatient } from "../care/actor.js";
import { auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { conversation } from "../care/patients/patient-reads.service.js";
import { route, type AnyRoute } from "./route.js";
import { idParams, limitQuery, messageSchema } from "./schemas.js";
import { addressesByPreference, pickAddress } from "../care/patients/preferred-address.js";

const PLATFORM_CHANNELS = CHANNEL_NAMES.filter((c) => c !== "local");

/** Without a list of the channels that are on, the platforms: never the demo web chat. */

const replyBody = z.object({ text: z.string().trim().min(1, "is required").max(1000) }).strict();

export function messageRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  return [
    route({
      method: "get",
      path: "/patients/:id/messages",
      tag: "messages",
      summary: "The conversation with the patient, oldest first, including replies still waiting to go out",
      params: idParams,
      query: z.object({ limit: limitQuery(500, 100), before: z.iso.datetime().optional().describe("only messages before this instant") }).strict(),
      response: z.object({ messages: z.array(messageSchema) }),
      async handler({ actor, params, query }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const messages = await conversation(db, patient.id, query.limit, query.before ? new Date(query.before) : undefined);
        await auditPatient(deps, actor, "message.list", patient.id, { count: messages.length });
        return { messages };
      },
    }),
    route({
      method: "post",
      path: "/patients/:id/messages",
      tag: "messages",
      summary: "Reply to the patient on their preferred channel among those this service sends on; queued and sent at once. `channel` is the one it goes out on",
      params: idParams,
      body: replyBody,
      status: 202,
      response: z.object({ id: z.string(), channel: z.enum(CHANNEL_NAMES), status: z.string(), body: z.string() }),
      errors: ["conflict"],
      async handler({ actor, params, body }) {
        const patient = await findOwnPatient(db, actor, params.id);
        if (patient.consent !== "opted_in") throw new AppError("conflict", "the patient has opted out of messages");
        const addresses = (await addressesByPreference(db, [patient.id])).get(patient.id) ?? [];
        // The dispatcher's rule: the preferred address on a channel this service has turned on.
        const address = pickAddress(patient.id, addresses, deps.enabledChannels ?? PLATFORM_CHANNELS);
        if (!address) throw new AppError("conflict", "the patient has no channel to reach them on yet");
        const now = deps.clock();
        const idempotencyKey = `reply:${patient.id}:${randomUUID()}`;
        await enqueueOutbox(
          db,
          {
            idempotencyKey,
            kind: "reply",
            channel: address.channel,
            address: address.address,
            conversationRef: address.conversationRef,
            body: body.text,
            patientId: patient.id,
            therapistId: actor.therapistId,
          },
          now,
        );
        const row = await db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey } });
        await auditPatient(deps, actor, "message.reply", patient.id, { outboxId: row.id, channel: row.channel });
        deps.wakeDispatcher();
        return { id: row.id, channel: row.channel, status: row.status, body: row.body };
      },
    }),
  ];
}
