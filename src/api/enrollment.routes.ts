import { randomInt } from "node:crypto";
import { z } from "zod";
import { findOwnPatient } from "../care/actor.js";
import { auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { route, type AnyRoute } from "./route.js";
import { idParams } from "./schemas.js";

// No 0/O, 1/I/L: the code may be read aloud or typed from paper.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const ENROLLMENT_CODE_LENGTH = 8;

export function enrollmentCode(): string {
  return Array.from({ length: ENROLLMENT_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

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

/** The Telegram deep link that sends `/start CODE` to the bot, when the bot's username is known. */
export function telegramStartLink(deps: TherapistApiDeps, channel: string, code: string): string | null {
  return channel === "telegram" && deps.telegramBotUsername ? `https://t.me/${deps.telegramBotUsername.replace(/^@/, "")}?start=${code}` : null;
}

export function enrollmentCodeView(deps: TherapistApiDeps, row: { code: string; channel: string; expiresAt: Date; usedAt: Date | null }) {
  return { code: row.code, channel: row.channel, expiresAt: row.expiresAt, usedAt: row.usedAt, telegramLink: telegramStartLink(deps, row.channel, row.code) };
}

/** Creates a code, retrying the rare clash of random codes. */
export async function createEnrollmentCode(deps: TherapistApiDeps, owner: { patientId: string } | { therapistId: string }, channel: string, ttlHours: number) {
  const now = deps.clock();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.db.enrollmentCode.create({ data: { code: enrollmentCode(), ...owner, channel, expiresAt, createdAt: now } });
    } catch (error) {
      // 31^8 codes: a clash is rare; try a fresh one a few times.
      if ((error as { code?: string }).code !== "P2002" || attempt >= 4) throw error;
    }
  }
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
        const row = await createEnrollmentCode(deps, { patientId: patient.id }, body.channel, body.ttlHours);
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
        const rows = await db.enrollmentCode.findMany({ where: { patientId: patient.id }, orderBy: { createdAt: "desc" } });
        await auditPatient(deps, actor, "enrollment_code.list", patient.id);
        return { codes: rows.map(view) };
      },
    }),
  ];
}
