import { z } from "zod";
import { invalidInput } from "../core/errors.js";
import { describeIssues, ianaTimeZone } from "../core/validation.js";
import { recordAudit } from "../audit/audit.repo.js";
import { createApiToken, tokenOptionsSchema } from "../care/therapists/api-tokens.service.js";
import { createTherapist, findTherapistByEmail, resetPassword } from "../care/therapists/accounts.service.js";
import { clinicForNewTherapist } from "../care/clinics/clinic.service.js";
import { printJson } from "./cli-io.js";
import { parseCliArgs, withDb } from "./cli-support.js";
import type { Command } from "./command.js";

/** Commands for clinic IT: therapist accounts and API tokens. Secrets are printed once and stored hashed. */

function check<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw invalidInput(describeIssues(parsed.error));
  return parsed.data;
}

const email = z.string().trim().toLowerCase().pipe(z.email({ message: "must be an email address" }));

export const THERAPIST_COMMANDS: Record<string, Command> = {
  "therapist create": {
    usage: "therapist create --name NAME --email EMAIL --clinic CLINIC_ID|first [--role admin|therapist] [--tz AREA/CITY]   prints a generated password once",
    async run(args, io) {
      const values = parseCliArgs(args, { name: { type: "string" }, email: { type: "string" }, clinic: { type: "string" }, role: { type: "string" }, tz: { type: "string" } }).values;
      const input = check(
        z.object({
          name: z.string({ message: "--name is required" }).trim().min(1, "--name is required").max(120),
          email: z.string({ message: "--email is required" }).pipe(email),
          clinic: z.string({ message: "--clinic is required (a clinic id, or first)" }).min(1),
          role: z.enum(["admin", "therapist"], { message: "--role must be admin or therapist" }).default("therapist"),
          tz: ianaTimeZone.optional(),
        }),
        values,
      );
      const result = await withDb(io, async (db) => {
        const clinic = await clinicForNewTherapist(db, input.clinic);
        const { therapist, password } = await createTherapist(db, clinic, { name: input.name, email: input.email, role: input.role, timeZone: input.tz });
        await recordAudit(db, { actor: "system", action: "therapist.create", entity: "therapist", entityId: therapist.id, detail: { via: "cli" } }, io.now());
        return { id: therapist.id, clinicId: clinic.id, name: therapist.name, email: therapist.email, role: therapist.role, password };
      });
      printJson(io, result);
      return 0;
    },
  },
  "therapist reset-password": {
    usage: "therapist reset-password --email EMAIL   prints a new password once; ends the therapist's sessions and revokes their API tokens",
    async run(args, io) {
      const input = check(z.object({ email: z.string({ message: "--email is required" }).pipe(email) }), parseCliArgs(args, { email: { type: "string" } }).values);
      const result = await withDb(io, async (db) => {
        const therapist = await findTherapistByEmail(db, input.email);
        const password = await resetPassword(db, therapist.id, io.now());
        await recordAudit(db, { actor: "system", action: "therapist.reset_password", entity: "therapist", entityId: therapist.id, detail: { via: "cli" } }, io.now());
        return { id: therapist.id, email: therapist.email, password };
      });
      printJson(io, result);
      return 0;
    },
  },
  "token create": {
    usage: "token create --email EMAIL --name NAME [--scope read-only|read-write] [--days 1-365]   prints an API token (Authorization: Bearer …) once; read-only for 90 days unless told",
    async run(args, io) {
      const values = parseCliArgs(args, { email: { type: "string" }, name: { type: "string" }, scope: { type: "string" }, days: { type: "string" } }).values;
      const input = check(
        z.object({
          email: z.string({ message: "--email is required" }).pipe(email),
          name: z.string({ message: "--name is required" }).trim().min(1, "--name is required").max(80),
          scope: tokenOptionsSchema.shape.scope,
          expiresInDays: tokenOptionsSchema.shape.expiresInDays,
        }),
        { email: values.email, name: values.name, scope: values.scope, expiresInDays: values.days },
      );
      const result = await withDb(io, async (db) => {
        const therapist = await findTherapistByEmail(db, input.email);
        const token = await createApiToken(db, therapist.id, input.name, io.now(), { scope: input.scope, expiresInDays: input.expiresInDays });
        await recordAudit(db, { actor: "system", action: "token.create", entity: "api_token", entityId: token.id, detail: { via: "cli" } }, io.now());
        return { ...token, therapistId: therapist.id };
      });
      printJson(io, result);
      return 0;
    },
  },
};
