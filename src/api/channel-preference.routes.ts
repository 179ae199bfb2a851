import { z } from "zod";
import { CHANNEL_NAMES } from "../channels/channel.js";
import { channelView, patientChannel, pinChannel } from "../care/patients/channel-preference.service.js";
import { actorLabel, findOwnPatient } from "../care/actor.js";
import { auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { route, type AnyRoute } from "./route.js";
import { idParams } from "./schemas.js";

export function channelPreferenceRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  const view = (patientId: string) => patientChannel(db, patientId);
  return [
    route({
      method: "get",
      path: "/patients/:id/channel",
      tag: "patients",
      summary: "Where the patient's prompts and replies go: the therapist's choice, else the address they last linked or answered from",
      params: idParams,
      response: channelView,
      async handler({ actor, params }) {
        const patient = await findOwnPatient(db, actor, params.id);
        return view(patient.id);
      },
    }),
    route({
      method: "patch",
      path: "/patients/:id/channel",
      tag: "patients",
      summary: "Choose the patient's channel (one they have an address on), or null to follow the address they last linked or answered from",
      params: idParams,
      body: z
        .object({ channel: z.enum(CHANNEL_NAMES).nullable().default(null).meta({ description: "null or left out: follow the address the patient last linked or answered from" }) })
        .strict(),
      response: channelView,
      async handler({ actor, params, body }) {
        const patient = await findOwnPatient(db, actor, params.id);
        await pinChannel(db, patient.id, body.channel, actorLabel(actor), deps.clock());
        await auditPatient(deps, actor, "patient.channel", patient.id, { channel: body.channel });
        return view(patient.id);
      },
    }),
  ];
}
