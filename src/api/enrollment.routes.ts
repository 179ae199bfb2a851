import { z } from "zod";
import { findOwnPatient } from "../care/actor.js";
import { createEnrollmentCode, enrollmentCodesOf, telegramStartLink } from "../care/enrollment/enrollment-codes.service.js";
import { auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { route, type AnyRoute } from "./route.js";
import { idParams } from "./schemas.js";

export const codeBody = z
  .object({
    channel: z.enum(["telegram", "teams"]),
    ttlHours: z.int().min(1).max(24 * 14).default(72).describe("how long the code works; 3 days by default"),
  })
  .strict();

export const codeResponse = z.object({
  code: z.string(),
  channel: z.enum(["telegram", "teams"]),
  expiresAt: z.iso.datetime(),
  usedAt: z.iso.datetime().nullable(),
  telegramLink: z.string().nullable().describe("https://t.me/<bot>?start=<code> when a bot username is configured"),
});

export function enrollmentCodeView(deps: TherapistApiDeps, row: { code: string; channel: string; expiresAt: Date; usedAt: Date | null }) {
  return { code: row.code, channel: row.channel, expiresAt: row.expiresAt, usedAt: row.usedAt, telegramLink: telegramStartLink(deps.telegramBotUsername, row.channel, row.code) };
}

export function enrollmentRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  const view = (row: { code: string; channel: string; expiresAt: Date; usedAt: Date | null }) => enrollmentCodeView(deps, row);
  return [
    route({
      method: "post",
      path: "/patients/:id/enrollment-codes",
      tag: "patients",
      summary: "A one-time code (and Telegram deep link) that links the patient's Telegram or Teams chat to them",
      params: idParams,
      body: codeBody,
      status: 201,
      response: codeResponse,
      async handler({ actor, params, body }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const row = await createEnrollmentCode(db, { patientId: patient.id }, body.channel, body.ttlHours, deps.clock());
        await auditPatient(deps, actor, "enrollment_code.create", patient.id, { channel: body.channel, codeId: row.id });
        return view(row);
      },
    }),
    route({
      method: "get",
      path: "/patients/:id/enrollment-codes",
      tag: "patients",
      summary: "The patient's enrollment codes, newest first",
      params: idParams,
      response: z.object({ codes: z.array(codeResponse) }),
      async handler({ actor, params }) {
        const patient = await findOwnPatient(db, actor, params.id);
        const rows = await enrollmentCodesOf(db, patient.id);
        await auditPatient(deps, actor, "enrollment_code.list", patient.id);
        return { codes: rows.map(view) };
      },
    }),
  ];
}
