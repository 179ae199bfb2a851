import { z } from "zod";
import { e164Phone, ianaTimeZone, language, localTime } from "../core/validation.js";
import { auditOther } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { createEnrollmentCode } from "../care/enrollment/enrollment-codes.service.js";
import { therapistById, updateTherapistSettings } from "../care/therapists/therapists.repo.js";
import { codeBody, codeResponse, enrollmentCodeView } from "./enrollment.routes.js";
import { route, type AnyRoute } from "./route.js";

const meResponse = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  language: z.string(),
  timeZone: z.string(),
  digestTime: z.string(),
  alerts: z.object({ channel: z.string(), linked: z.boolean() }).nullable().describe("where urgent alerts and the daily digest go"),
});

const meUpdate = z
  .object({
    language: language.optional(),
    timeZone: ianaTimeZone.optional(),
    digestTime: localTime.optional(),
    smsAlerts: e164Phone.nullable().optional().describe("send alerts and the digest by SMS to this number; null turns alerts off"),
  })
  .strict();

/** The signed-in therapist's own settings: where urgent alerts and the daily digest reach them. */
export function meRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  const view = (t: { id: string; name: string; email: string; role: string; language: string; timeZone: string; digestTime: string; notifyChannel: string | null; notifyAddress: string | null }) => ({
    id: t.id,
    name: t.name,
    email: t.email,
    role: t.role,
    language: t.language,
    timeZone: t.timeZone,
    digestTime: t.digestTime,
    alerts: t.notifyChannel && t.notifyAddress ? { channel: t.notifyChannel, linked: true } : null,
  });
  return [
    route({
      method: "get",
      path: "/me",
      tag: "me",
      summary: "The signed-in therapist and where their alerts go",
      response: meResponse,
      async handler({ actor }) {
        return view(await therapistById(db, actor.therapistId));
      },
    }),
    route({
      method: "patch",
      path: "/me",
      tag: "me",
      summary: "Change language, time zone, digest time, or SMS alerts",
      body: meUpdate,
      response: meResponse,
      async handler({ actor, body }) {
        const alerts =
          body.smsAlerts === undefined
            ? {}
            : body.smsAlerts === null
              ? { notifyChannel: null, notifyAddress: null, notifyRef: null }
              : { notifyChannel: "sms", notifyAddress: body.smsAlerts, notifyRef: null };
        const updated = await updateTherapistSettings(db, actor.therapistId, { language: body.language, timeZone: body.timeZone, digestTime: body.digestTime, ...alerts });
        await auditOther(deps, actor, "therapist.update", "therapist", actor.therapistId, { fields: Object.keys(body) });
        return view(updated);
      },
    }),
    route({
      method: "post",
      path: "/me/link-codes",
      tag: "me",
      summary: "A one-time code that links the therapist's Telegram or Teams chat for alerts and the digest",
      body: codeBody,
      status: 201,
      response: codeResponse,
      async handler({ actor, body }) {
        const row = await createEnrollmentCode(db, { therapistId: actor.therapistId }, body.channel, body.ttlHours, deps.clock());
        await auditOther(deps, actor, "therapist.link_code", "therapist", actor.therapistId, { channel: body.channel });
        return enrollmentCodeView(deps, row);
      },
    }),
  ];
}
