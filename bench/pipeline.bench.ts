import { randomUUID } from "node:crypto";
import { createPipelineHarness } from "../test/support/pipeline-harness.js";
import { summarize } from "./stats.js";

const MESSAGES = [
  "done", "did 2 of 3 today", "skipped today, too tired", "knee hurts 6/10 after the squats", "how do I do the heel slides?",
  "text me at 7pm instead", "thanks!", "hecho", "me duele la espalda, 5 de 10", "finished all of them, a bit sore 3/10",
];

/** Time per inbound message through the whole pipeline (intake → read → decide → record → reply queued), SQLite, no model. */
export async function benchPipeline(count = 600): Promise<{ messages: number; medianMs: number; p99Ms: number }> {
  const h = await createPipelineHarness("sqlite");
  const patients = [h.personas.harold, h.personas.rosa, h.personas.dana];
  const samples: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const text = MESSAGES[i % MESSAGES.length]!;
      const patientId = patients[i % patients.length]!;
      const started = performance.now();
      await h.pipeline.onInbound({ channel: "local", platformMessageId: randomUUID(), address: patientId, text, receivedAt: new Date() });
      await h.pipeline.idle();
      samples.push(performance.now() - started);
    }
  } finally {
    await h.close();
  }
  return { messages: count, ...summarize(samples.slice(Math.min(50, count / 10))) };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchPipeline());
