import type { Db } from "../db/client.js";
import { OutcomeSettingsSchema, type Measure } from "../outcomes/measures.js";
import { saveOutcomeSettings } from "../outcomes/outcomes.repo.js";
import { addLocalDays, localDateOf, localInstant } from "../scheduling/local-time.js";

/** What the demo patients answered over the last four weeks, by program, so a first login shows outcome charts. */
const DEMO_OUTCOMES: Record<string, { measures: Measure[]; activities: string[]; psfs: number[][]; nprs: number[] }> = {
  // Harold: a clear improvement, beyond both MCIDs.
  "knee-replacement-early": {
    measures: ["nprs", "psfs", "grc"],
    activities: ["climbing stairs", "getting out of a chair", "walking to the mailbox"],
    psfs: [
      [2, 3, 4],
      [4, 5, 6],
    ],
    nprs: [7, 6, 5, 4],
  },
  // Rosa: slower, still within the MCID.
  "low-back-pain-gentle": {
    measures: ["nprs", "psfs"],
    activities: ["agacharme", "estar sentada mucho rato"],
    psfs: [
      [3, 4],
      [4, 5],
    ],
    nprs: [6, 6, 5, 5],
  },
  "shoulder-impingement": { measures: ["nprs"], activities: [], psfs: [], nprs: [5, 4, 4, 3] },
};

/**
 * Seeds the demo clinic's outcome measures: each demo program's settings, and answers dated
 * relative to `now` in each patient's zone (pain weekly for four weeks, PSFS four and two weeks
 * ago), as asked-and-answered questions.
 */
export async function seedDemoOutcomes(db: Db, patientIds: readonly string[], now: Date): Promise<void> {
  for (const patientId of patientIds) {
    const assignment = await db.assignment.findFirst({
      where: { patientId, status: "active" },
      include: { patient: { select: { timeZone: true } }, programVersion: { include: { program: { select: { id: true, slug: true } } } } },
    });
    const demo = assignment ? DEMO_OUTCOMES[assignment.programVersion.program.slug] : undefined;
    if (!assignment || !demo) continue;
    await saveOutcomeSettings(db, assignment.programVersion.program.id, OutcomeSettingsSchema.parse({ measures: demo.measures }));
    const today = localDateOf(now, assignment.patient.timeZone);
    const answer = async (kind: string, item: number, daysAgo: number, value: number | null, extra: { activity?: string; activities?: string[] } = {}) => {
      const occasion = addLocalDays(today, -daysAgo);
      const at = new Date(localInstant(occasion, "18:30", assignment.patient.timeZone).getTime() + item * 60_000);
      const question = await db.outcomeQuestion.create({
        data: {
          patientId,
          assignmentId: assignment.id,
          kind,
          item,
          activity: extra.activity ?? null,
          occasion,
          outboxKey: `demo-outcome:${assignment.id}:${kind}-${item}:${occasion}`,
          status: "answered",
          askedAt: at,
          closedAt: at,
        },
      });
      await db.outcomeAnswer.create({
        data: {
          questionId: question.id,
          patientId,
          kind,
          item,
          activity: extra.activity ?? null,
          value,
          activities: extra.activities ? JSON.stringify(extra.activities) : null,
          occasion,
          answeredAt: at,
        },
      });
    };
    if (demo.activities.length > 0) await answer("psfs_activities", 0, 28, null, { activities: demo.activities });
    for (const [round, ratings] of demo.psfs.entries()) {
      for (const [item, value] of ratings.entries()) await answer("psfs_rating", item, 28 - round * 14, value, { activity: demo.activities[item]! });
    }
    for (const [week, value] of demo.nprs.entries()) await answer("nprs", 0, 28 - week * 7, value);
  }
}
