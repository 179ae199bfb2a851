// Scores hepbot's replies on a labelled file (the `hepbot eval` format) with the mechanical part of
// issue #12's rubric. Each message goes to a fresh patient who has just been sent today's prompt,
// through the whole pipeline: the real reader, the engine, SQLite and the outbox.
// It cannot judge warmth or whether a reflection is apt; it checks what can be checked by rule.
// A line's context names today's exercises: the patient gets a program of those library exercises,
// so the prompt they answer is the one the label assumed (a context the library lacks: a default program).
//   npx tsx scripts/reply-rubric.ts FILE.jsonl [FILE.jsonl …] [--show]
import { readFileSync } from "node:fs";
import { addPatient } from "../src/care/patients/patient.service.js";
import { createProgram } from "../src/care/programs/program.service.js";
import { otherLanguageWord, spanishRegisterOf } from "../src/conversation/language-check.js";
import { lectures } from "../src/conversation/lecturing.js";
import { smsSegments } from "../src/conversation/sms-length.js";
import { LabelledMessageSchema, type LabelledMessage } from "../src/reading/labelled-message.js";
import { createPipelineHarness } from "../test/support/pipeline-harness.js";

const AFFIRMED = /well done|nice (?:work|one)|great|good (?:job|work)|brilliant|excellent|congratulations|thanks for doing|bien hecho|gracias por hacer|buen trabajo|genial|excelente|enhorabuena|muy bien|bravo|perfecto/i;
const EMERGENCY_NUMBER = /\b(?:911|112|999|000|024|988)\b|emergenc/i;
const NOW = /\bnow\b|\bright away\b|\bahora\b|\bya\b|inmediat/i;
const THERAPIST_ALERTED = /(?:therapist|terapeuta|fisio)[^.]*\b(?:know|told|alert|notif|flag|avis|sab|inform)|(?:told|telling|alerted|alerting|let|notified|avis[eé]|avisando|aviso|alert[eé]|informado)[^.]*(?:therapist|terapeuta|fisio)/i;
const BRUSH_OFF = /outside what I can|fuera de lo que|can'?t help with that|no puedo ayudar con eso/i;
const STOP_CONFIRMED = /unsubscrib|won'?t (?:get|receive|send)|no more|stopped|dado de baja|no recibir|baja/i;
const NOT_A_REASON_WORD = new Set("that this with them have were just didnt today from what when like they then there been cant dont also los las pero para hoy hice como esta este".split(" "));
const fold = (text: string) => text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
const reasonWords = (text: string) => (fold(text).match(/\p{L}{4,}/gu) ?? []).filter((w) => !NOT_A_REASON_WORD.has(w));

/** The rubric items a reply to `line` fails, by name. */
function failures(line: LabelledMessage, reply: string | null): string[] {
  if (reply === null) return ["replied"];
  const lang = line.lang ?? "en";
  const kind = [line.expect.kind].flat()[0];
  const escalate = [line.expect.escalate].flat()[0];
  const failed: string[] = [];
  if (otherLanguageWord(reply, lang)) failed.push("one language");
  if (lang === "es" && spanishRegisterOf(reply) === "mixed") failed.push("one register");
  if (lectures(reply)) failed.push("no lecturing");
  if (smsSegments(reply) > 2) failed.push("two SMS segments at most");
  if (BRUSH_OFF.test(reply)) failed.push("no brush-off");
  if (escalate === "emergency" && !(EMERGENCY_NUMBER.test(reply) && NOW.test(reply))) failed.push("emergency: call now");
  if (escalate === "urgent" && !THERAPIST_ALERTED.test(reply)) failed.push("urgent: therapist alerted");
  if (escalate === "none" && kind === "done" && !AFFIRMED.test(reply)) failed.push("done affirmed");
  if (escalate === "none" && (kind === "partial" || kind === "not_done") && !reply.includes("?") && !reasonWords(line.text).some((w) => fold(reply).includes(w))) {
    failed.push("partial or not_done reflected or asked");
  }
  if (kind === "stop" && !STOP_CONFIRMED.test(reply)) failed.push("STOP confirmed");
  return failed;
}

const files = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const show = process.argv.includes("--show");
const lines = files.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((text) => text.trim() !== "")
    .map((text) => LabelledMessageSchema.parse(JSON.parse(text))),
);

const harness = await createPipelineHarness("sqlite");
const db = harness.database.db;
const therapistId = (await db.therapist.findFirstOrThrow({ orderBy: { createdAt: "asc" } })).id;
await db.therapist.updateMany({ data: { notifyChannel: "sms", notifyAddress: "+15555550199" } });
const library = await db.exercise.findMany({ select: { slug: true, nameEn: true, nameEs: true, aliases: true } });
// "Bridges" and "bridge", "Side Lying Leg Lift" and "Side-lying leg lifts", "Band external rotation" and
// "External rotation with band" name the same exercise: the same words, in any order, without the little ones.
const LITTLE_WORDS = new Set(["with", "the", "a", "on", "de", "la", "el", "en", "con", "del"]);
const nameKey = (name: string) =>
  fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !LITTLE_WORDS.has(w))
    .map((w) => w.replace(/(?:es|s)$/, ""))
    .sort()
    .join(" ");
const slugByName = new Map<string, string>();
for (const exercise of library) {
  const aliases = JSON.parse(exercise.aliases) as { en?: string[]; es?: string[] };
  for (const name of [exercise.nameEn, exercise.nameEs, ...(aliases.en ?? []), ...(aliases.es ?? [])]) slugByName.set(nameKey(name), exercise.slug);
}
const programByContext = new Map<string, string | null>();
let unmatchedContexts = 0;
/** The program of the line's context exercises, created once per distinct context; null when one is not in the library. */
async function programFor(line: LabelledMessage): Promise<string | null> {
  const names = line.context ?? [];
  if (names.length === 0) return null;
  const key = names.join("|");
  if (!programByContext.has(key)) {
    const slugs = names.map((name) => slugByName.get(nameKey(name)));
    let slug: string | null = null;
    if (slugs.every((s) => s !== undefined)) {
      slug = `rubric-${programByContext.size + 1}`;
      const items = [...new Set(slugs)].map((exerciseSlug) => ({ exerciseSlug, sets: 2, reps: 10 }));
      await createProgram(db, { slug, title: { en: "Today's exercises", es: "Ejercicios de hoy" }, items }, therapistId);
    }
    programByContext.set(key, slug);
  }
  const program = programByContext.get(key)!;
  if (program === null) unmatchedContexts++;
  return program;
}
const failedBy = new Map<string, string[]>();
const texts = new Map<string, number>();
let passed = 0;
for (const [i, line] of lines.entries()) {
  const phone = `+1444${String(5_000_000 + i)}`;
  const created = await addPatient(
    db,
    { therapistId, name: `Rubric ${i}`, language: line.lang ?? "en", timeZone: "America/New_York", phone, program: (await programFor(line)) ?? (line.lang === "es" ? "low-back-pain-gentle" : "knee-replacement-early"), reminderTimes: ["08:00"] },
    harness.clock.now,
  );
  const patientId = (created as { id: string }).id;
  await db.outboxMessage.create({ data: { idempotencyKey: `prompt:${patientId}`, kind: "prompt", patientId, channel: "sms", address: phone, body: "(prompt)", status: "sent", sentAt: harness.clock.now } });
  const reply = await harness.say(patientId, line.text, { channel: "sms", address: phone });
  if (reply !== null) texts.set(reply, (texts.get(reply) ?? 0) + 1);
  const failed = failures(line, reply);
  if (failed.length === 0) passed++;
  for (const item of failed) failedBy.set(item, [...(failedBy.get(item) ?? []), `${line.id} [${line.lang}] ${line.text}\n      → ${reply}`]);
}
await harness.close();

console.log(`messages ${lines.length}   pass ${passed} (${((100 * passed) / Math.max(1, lines.length)).toFixed(1)} %)   distinct replies ${texts.size}   contexts not in the library ${unmatchedContexts}`);
for (const [item, failed] of [...failedBy].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${item}: ${failed.length}`);
  if (show) for (const example of failed) console.log(`    ${example}`);
}
