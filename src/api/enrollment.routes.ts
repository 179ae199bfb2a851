import { randomInt } from "node:crypto";
import { z } from "zod";
import { findOwnPatient } from "./actor.js";
import { auditPatient } from "./api-audit.js";
import type { TherapistApiDeps } from "./deps.js";
import { route, type AnyRoute } from "./route.js";
import { idParams } from "./schemas.js";

// No 0/O, 1/I/L: the code may be read aloud or typed from paper.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const ENROLLMENT_CODE_LENGTH = 8;

export function enrollmentCode(): string {
  return Array.from({ length: ENROLLMENT_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

const codeBody = z
  .object({
    channel: z.enum(["telegram", "teams"]),
    ttlHours: z.int().min(1).max(24 * 14).default(72).describe("how long the code works; 3 days by default"),
  })
  .strict();

const codeResponse = z.object({
  code: z.string(),
  channel: z.enum(["telegram", "teams"]),
  expiresAt: z.iso.datetime(),
  usedAt: z.iso.datetime().nullable(),
  telegramLink: z.string().nullable().describe("https://t.me/<bot>?start=<code> when a bot username is configured"),
});

export function enrollmentRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  const link = (channel: string, code: string) =>
    channel === "telegram" && deps.telegramBotUsername ? `https://t.me/${deps.telegramBotUsername.replace(/^@/, "")}?start=${code}` : null;
  const view = (row: { code: string; channel: string; expiresAt: Date; usedAt: Date | null }) => ({
    code: row.code,
    channel: row.channel,
    expiresAt: row.expiresAt,
    usedAt: row.usedAt,
    telegramLink: link(row.channel, row.code),
  });
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
        const now = deps.clock();
        const expiresAt = new Date(now.getTime() + body.ttlHours * 3_600_000);
        for (let attempt = 0; ; attempt++) {
          try {
            const row = await db.enrollmentCode.create({ data: { code: enrollmentCode(), patientId: patient.id, channel: body.channel, expiresAt, createdAt: now } });
            await auditPatient(deps, actor, "enrollment_code.create", patient.id, { channel: body.channel, codeId: row.id });
            return view(row);
          } catch (error) {
            // 31^8 codes: a clash is rare; try a fresh one a few times.
            if ((error as { code?: string }).code !== "P2002" || attempt >= 4) throw error;
          }
        }
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
