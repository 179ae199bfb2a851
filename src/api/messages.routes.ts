import { z } from "zod";
import { CHANNEL_NAMES } from "../channels/channel.js";
import { findOwnPatient } from "../care/actor.js";
import { auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { conversation } from "../care/patients/patient-reads.service.js";
import { route, type AnyRoute } from "./route.js";
import { idParams, limitQuery, messageSchema } from "./schemas.js";
import { queueTherapistReply } from "../care/messages/messages.service.js";

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
        const row = await queueTherapistReply(db, patient, actor.therapistId, body.text, deps.enabledChannels, deps.clock());
        await auditPatient(deps, actor, "message.reply", patient.id, { outboxId: row.id, channel: row.channel });
        deps.wakeDispatcher();
        return { id: row.id, channel: row.channel, status: row.status, body: row.body };
      },
    }),
  ];
}
