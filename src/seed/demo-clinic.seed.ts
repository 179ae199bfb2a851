import { insertClinic } from "../care/clinics/clinics.repo.js";
import { insertTherapist } from "../care/therapists/therapists.repo.js";
import type { Db } from "../db/client.js";
import { withDatabaseLock } from "../db/database-lock.js";
import type { DatabaseTarget } from "../db/database-url.js";
import { hashPassword, randomSecret } from "../auth/password.js";
import { loadFixtures, syncExerciseLibrary } from "../library/library.seed.js";
import { createProgram } from "../care/programs/program.service.js";
import { addPatient } from "../care/patients/patient.service.js";
import { seedDemoMonitoring } from "./demo-monitoring.js";
import { seedDemoOutcomes } from "./demo-outcomes.js";
import { addLocalDays, localDateOf } from "../scheduling/local-time.js";
import { DEMO_HISTORY_DAYS, planDemoHistory } from "./demo-history.js";
import { writeDemoHistory } from "./demo-history.seed.js";
import type { DemoPersona } from "./demo-scripts.js";

export interface SeedResult {
  library: { created: number; updated: number };
  /** Present only when the demo clinic was created now: the one time its password is shown. */
  demo: { clinicId: string; therapistEmail: string; therapistPassword: string; patientIds: string[] } | null;
}

export interface SeedOptions {
  now: Date;
  demo: boolean;
  demoPassword?: string;
  /**
   * Give the new demo clinic four weeks of history before `now` (prompts, answers, pain, escalations)
   * so a first login shows what hepbot does. `seed` makes it reproducible.
   */
  history?: { videoBaseUrl: string; seed?: number };
}

/** Which scripted life each demo program's patient lives. */
const PERSONA_BY_PROGRAM: Record<string, DemoPersona> = {
  "knee-replacement-early": "knee",
  "low-back-pain-gentle": "back",
  "shoulder-impingement": "shoulder",
};

/** The demo history's default seed: the same demo everywhere unless a test asks otherwise. */
export const DEMO_HISTORY_SEED = 14;

/**
 * `seed` for a process that may start beside others on the same database (replicas, a first
 * deployment): they take turns under a database lock, so the one that finds the database empty
 * creates the demo clinic and the others find it there.
 */
export function seedOnce(database: { db: Db; target: DatabaseTarget }, options: SeedOptions): Promise<SeedResult> {
  return withDatabaseLock(database.target, "seed", () => seed(database.db, options));
}

/**
 * Keeps the shipped exercise library current and, on an empty database only, creates the demo clinic.
 * Running it again neither duplicates nor fails.
 */
export async function seed(db: Db, options: SeedOptions): Promise<SeedResult> {
  const fixtures = loadFixtures();
  const library = await syncExerciseLibrary(db, fixtures.exercises);
  if (!options.demo || (await db.clinic.count()) > 0) return { library, demo: null };

  const { clinic, therapist, programs, patients } = fixtures.demoClinic;
  const password = options.demoPassword ?? randomSecret(12);
  const createdClinic = await insertClinic(db, { name: clinic.name, timeZone: clinic.timeZone, emergencyNumber: clinic.emergencyNumber, contactLine: "", createdAt: new Date() });
  const createdTherapist = await insertTherapist(db, {
    clinicId: createdClinic.id,
    name: therapist.name,
    email: therapist.email,
    role: therapist.role,
    timeZone: clinic.timeZone,
    digestTime: therapist.digestTime,
    passwordHash: await hashPassword(password),
  });
  for (const program of programs) {
    if (await db.program.findUnique({ where: { slug: program.slug } })) continue;
    await createProgram(db, program, null);
  }
  const patientIds: string[] = [];
  for (const patient of patients) {
    const created = await addPatient(
      db,
      {
        name: patient.name,
        language: patient.language,
        timeZone: patient.timeZone,
        phone: patient.phone,
        telegramChatId: patient.telegramChatId,
        program: patient.program,
        reminderTimes: patient.reminderTimes,
        quietHours: patient.quietHours,
        therapistId: createdTherapist.id,
        ...(options.history ? { startDate: addLocalDays(localDateOf(options.now, patient.timeZone), -(DEMO_HISTORY_DAYS - 1)) } : {}),
      },
      options.now,
    );
    patientIds.push(created.id);
    const persona = PERSONA_BY_PROGRAM[patient.program];
    if (options.history && persona) {
      const plan = planDemoHistory(
        {
          persona,
          firstName: patient.name.split(" ")[0] ?? patient.name,
          timeZone: patient.timeZone,
          reminderTimes: patient.reminderTimes,
          weekdays: created.assignments[0]?.weekdays,
        },
        options.now,
        (options.history.seed ?? DEMO_HISTORY_SEED) + patientIds.length,
      );
      await writeDemoHistory(db, { patientId: created.id, therapistId: createdTherapist.id, videoBaseUrl: options.history.videoBaseUrl }, plan);
    }
  }
  await seedDemoMonitoring(db, { therapistId: createdTherapist.id, patientIds, now: options.now });
  await seedDemoOutcomes(db, patientIds, options.now);
  return {
    library,
    demo: { clinicId: createdClinic.id, therapistEmail: therapist.email, therapistPassword: password, patientIds },
  };
}
