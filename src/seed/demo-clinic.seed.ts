import type { Db } from "../db/client.js";
import { hashPassword, randomSecret } from "../auth/password.js";
import { loadFixtures, syncExerciseLibrary } from "../library/library.seed.js";
import { createProgram } from "../programs/program.service.js";
import { addPatient } from "../patients/patient.service.js";

export interface SeedResult {
  library: { created: number; updated: number };
  /** Present only when the demo clinic was created now: the one time its password is shown. */
  demo: { clinicId: string; therapistEmail: string; therapistPassword: string; patientIds: string[] } | null;
}

/**
 * Keeps the shipped exercise library current and, on an empty database only, creates the demo clinic.
 * Running it again neither duplicates nor fails.
 */
export async function seed(db: Db, options: { now: Date; demo: boolean; demoPassword?: string }): Promise<SeedResult> {
  const fixtures = loadFixtures();
  const library = await syncExerciseLibrary(db, fixtures.exercises);
  if (!options.demo || (await db.clinic.count()) > 0) return { library, demo: null };

  const { clinic, therapist, programs, patients } = fixtures.demoClinic;
  const password = options.demoPassword ?? randomSecret(12);
  const createdClinic = await db.clinic.create({
    data: { name: clinic.name, timeZone: clinic.timeZone, emergencyNumber: clinic.emergencyNumber, contactLine: "" },
  });
  const createdTherapist = await db.therapist.create({
    data: {
      clinicId: createdClinic.id,
      name: therapist.name,
      email: therapist.email,
      role: therapist.role,
      timeZone: clinic.timeZone,
      digestTime: therapist.digestTime,
      passwordHash: await hashPassword(password),
    },
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
      },
      options.now,
    );
    patientIds.push(created.id);
  }
  return {
    library,
    demo: { clinicId: createdClinic.id, therapistEmail: therapist.email, therapistPassword: password, patientIds },
  };
}
