import { z } from "zod";
import { invalidInput } from "../core/errors.js";
import { describeIssues, ianaTimeZone } from "../core/validation.js";
import { changeClinic, createClinic, listClinics } from "../care/clinics/clinic.service.js";
import { printJson } from "./cli-io.js";
import { parseCliArgs, withDb } from "./cli-support.js";
import type { Command } from "./command.js";

const clinicSettings = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  emergencyNumber: z.string().regex(/^\+?\d{2,15}$/, "must be a dialable number such as 911 or 112").optional(),
  contactLine: z.string().trim().max(200).optional(),
  timeZone: ianaTimeZone.optional(),
  mrnSystem: z.url("must be a URI such as urn:oid:2.16.840.1.113883.3.1234 or https://clinic.example/mrn").optional(),
  crisisLine: z.string().regex(/^\+?\d{2,15}$/, "must be a dialable number such as 988 or 024").optional(),
  spanishRegister: z.enum(["tu", "usted"], { message: "must be tu or usted" }).optional(),
});

/**
 * Clinic settings patients see: the emergency number hepbot tells them to call, the crisis line given
 * with self-harm replies, how to reach the clinic, and whether Spanish messages say tú or usted.
 */
export const CLINIC_COMMANDS: Record<string, Command> = {
  "clinic create": {
    usage: 'clinic create --name NAME --tz AREA/CITY [--emergency-number 112] [--contact "call 555-0100"]',
    async run(args, io) {
      const { values } = parseCliArgs(args, { "emergency-number": { type: "string" }, contact: { type: "string" }, name: { type: "string" }, tz: { type: "string" } });
      const parsed = clinicSettings
        .required({ name: true, timeZone: true })
        .safeParse({ name: values.name, emergencyNumber: values["emergency-number"], contactLine: values.contact, timeZone: values.tz });
      if (!parsed.success) throw invalidInput(describeIssues(parsed.error));
      printJson(io, await withDb(io, (db) => createClinic(db, parsed.data, io.now())));
      return 0;
    },
  },
  "clinic list": {
    usage: "clinic list",
    async run(args, io) {
      parseCliArgs(args, {});
      printJson(io, await withDb(io, listClinics));
      return 0;
    },
  },
  "clinic set": {
    usage: 'clinic set CLINIC_ID|first [--emergency-number 112] [--contact "call 555-0100"] [--name NAME] [--tz AREA/CITY] [--crisis-line 988|024] [--register tu|usted] [--mrn-system URI]',
    async run(args, io) {
      const { values, positionals } = parseCliArgs(
        args,
        {
          "emergency-number": { type: "string" },
          contact: { type: "string" },
          name: { type: "string" },
          tz: { type: "string" },
          "crisis-line": { type: "string" },
          register: { type: "string" },
          "mrn-system": { type: "string" },
        },
        1,
      );
      const which = positionals[0];
      if (!which) throw invalidInput("clinic set needs a clinic id, or first");
      const parsed = clinicSettings.safeParse({
        name: values.name,
        emergencyNumber: values["emergency-number"],
        contactLine: values.contact,
        timeZone: values.tz,
        crisisLine: values["crisis-line"],
        spanishRegister: values.register,
        mrnSystem: values["mrn-system"],
      });
      if (!parsed.success) throw invalidInput(describeIssues(parsed.error));
      const clinic = await withDb(io, (db) => changeClinic(db, which, parsed.data));
      printJson(io, clinic);
      return 0;
    },
  },
};
