import { loadConfig } from "../config/config.js";
import { invalidInput } from "../core/errors.js";
import { openDatabase } from "../db/database.js";
import { seedOnce } from "../seed/demo-clinic.seed.js";
import { addPatient, listPatients, showPatient } from "../care/patients/patient.service.js";
import { listPrograms } from "../care/programs/program.service.js";
import { printJson, type CliIo } from "./cli-io.js";
import { parseCliArgs, withDb } from "./cli-support.js";

import type { Command } from "./command.js";

export type { Command };

export const COMMANDS: Record<string, Command> = {
  migrate: {
    usage: "migrate                      apply pending database migrations",
    async run(_args, io) {
      const config = loadConfig(io.env);
      const database = await openDatabase(config.DATABASE_URL);
      await database.close();
      printJson(io, { applied: database.appliedMigrations });
      return 0;
    },
  },
  seed: {
    usage: "seed                         update the exercise library; create the demo clinic on an empty database",
    async run(_args, io) {
      const config = loadConfig(io.env);
      const database = await openDatabase(config.DATABASE_URL);
      const result = await seedOnce(database, { now: io.now(), demo: config.SEED_DEMO, demoPassword: config.DEMO_PASSWORD, history: { videoBaseUrl: config.VIDEO_BASE_URL } }).finally(() => database.close());
      // A password the operator chose is theirs already; only a generated one is shown, once.
      const { therapistPassword, ...demo } = result.demo ?? { therapistPassword: undefined };
      printJson(io, { ...result, demo: result.demo ? { ...demo, ...(config.DEMO_PASSWORD ? {} : { therapistPassword }) } : null });
      return 0;
    },
  },
  "patient add": {
    usage:
      "patient add --name NAME [--phone +E164] [--whatsapp +E164 --whatsapp-opt-in] [--telegram CHAT_ID] --lang en|es --tz AREA/CITY --program SLUG [--reminder HH:mm ...] [--start YYYY-MM-DD]",
    async run(args, io) {
      const { values } = parseCliArgs(args, {
        name: { type: "string" },
        phone: { type: "string" },
        whatsapp: { type: "string" },
        "whatsapp-opt-in": { type: "boolean" },
        telegram: { type: "string" },
        lang: { type: "string" },
        tz: { type: "string" },
        program: { type: "string" },
        reminder: { type: "string", multiple: true },
        start: { type: "string" },
        end: { type: "string" },
        therapist: { type: "string" },
      });
      const patient = await withDb(io, (db) =>
        addPatient(
          db,
          {
            name: values.name,
            phone: values.phone,
            whatsapp: values.whatsapp,
            whatsappOptIn: values["whatsapp-opt-in"],
            telegramChatId: values.telegram,
            language: values.lang,
            timeZone: values.tz,
            program: values.program,
            reminderTimes: values.reminder,
            startDate: values.start,
            endDate: values.end,
            therapistId: values.therapist,
          },
          io.now(),
        ),
      );
      printJson(io, patient);
      return 0;
    },
  },
  "patient list": {
    usage: "patient list",
    async run(args, io) {
      parseCliArgs(args, {});
      printJson(io, await withDb(io, (db) => listPatients(db)));
      return 0;
    },
  },
  "patient show": {
    usage: "patient show ID",
    async run(args, io) {
      const { positionals } = parseCliArgs(args, {}, 1);
      const id = positionals[0];
      if (!id) throw invalidInput("patient show needs the patient's id");
      printJson(io, await withDb(io, (db) => showPatient(db, id)));
      return 0;
    },
  },
  "program list": {
    usage: "program list",
    async run(args, io) {
      parseCliArgs(args, {});
      printJson(io, await withDb(io, (db) => listPrograms(db)));
      return 0;
    },
  },
  ...(await import("./schedule.commands.js")).SCHEDULE_COMMANDS,
  ...(await import("./therapist.commands.js")).THERAPIST_COMMANDS,
  ...(await import("./clinic.commands.js")).CLINIC_COMMANDS,
};

Object.assign(COMMANDS, {
  read: {
    usage: "read                         read JSON-lines messages on stdin, write one reading per line (no database)",
    run: async (args: string[], io: CliIo) => (await import("../reading/cli.js")).readCommand(args, io),
  },
  eval: {
    usage: "eval FILE.jsonl              score the reader on a labelled file",
    run: async (args: string[], io: CliIo) => (await import("../reading/cli.js")).evalCommand(args, io),
  },
} satisfies Record<string, Command>);

export function usage(): string {
  return `usage: npm run -s hepbot -- <command>\n\n${Object.values(COMMANDS)
    .map((c) => `  ${c.usage}`)
    .join("\n")}\n`;
}
