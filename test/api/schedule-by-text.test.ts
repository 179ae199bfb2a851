import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPipeline, type Pipeline } from "../../src/pipeline/pipeline.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { testPipelineDeps } from "../support/pipeline-harness.js";
import { startHarness, type Harness } from "./harness.js";

const HAROLD_PHONE = "+15555550101";
const ROSA_PHONE = "+15555550102";

// Issue #12 item 4: a schedule change the patient made by text is what the dashboard shows.
describe.each(TEST_PROVIDERS)("schedule changes made by text, on the dashboard on %s", (provider) => {
  let h: Harness;
  let pipeline: Pipeline;
  let sent = 0;
  beforeEach(async () => {
    h = await startHarness(provider);
    pipeline = createPipeline(testPipelineDeps(h.db, { clock: h.clock.now, videoBaseUrl: "https://videos.example/ex/" }));
  });
  afterEach(async () => {
    await pipeline.stop();
    await h.close();
  });

  async function text(address: string, body: string): Promise<void> {
    sent++;
    await pipeline.onInbound({ channel: "sms", platformMessageId: `SM-schedule-${sent}`, address, text: body, receivedAt: h.clock.now() });
    await pipeline.idle();
  }

  async function patientPage(address: string): Promise<string> {
    const { patientId } = await h.db.channelAddress.findFirstOrThrow({ where: { channel: "sms", address } });
    const page = await h.request("GET", `/patients/${patientId}`, { cookie: h.alice.cookie });
    expect(page.status).toBe(200);
    return page.text;
  }

  it("an added reminder time is on the page and in the settings form, with the reply that said so", async () => {
    const before = (await h.db.patient.findFirstOrThrow({ where: { addresses: { some: { address: HAROLD_PHONE } } } })).reminderTimes.split(",");
    await text(HAROLD_PHONE, "can I also get a reminder at 1pm?");
    const page = await patientPage(HAROLD_PHONE);
    const times = [...new Set([...before, "13:00"])].sort();
    expect(page).toContain(`reminders ${times.join(", ")}`);
    // Every standing time is in the form, so saving the settings keeps the one the patient added.
    for (const time of times) expect(page).toMatch(new RegExp(`name="reminderTimes\\[\\]" type="time" value="${time}"`));
    expect(page).toContain("Added 1:00 PM");
  });

  it("days off and every change made by text are on the patient page: when, on which channel, what", async () => {
    await text(HAROLD_PHONE, "no texts on weekends please");
    await text(HAROLD_PHONE, "text me at 5pm from now on");
    const page = await patientPage(HAROLD_PHONE);
    expect(page).toContain("No reminders on Sat, Sun (patient asked).");
    expect(page).toContain("Changed by the patient by text");
    expect(page).toMatch(/sms · reminder times [0-9:, ]+ → 17:00/);
    expect(page).toMatch(/sms · no reminders on Sat, Sun \(before: none\)/);
    // Newest first.
    expect(page.indexOf("→ 17:00")).toBeLessThan(page.indexOf("no reminders on Sat, Sun"));
  });

  it("a pause between two dates asked for in Spanish shows with its dates and who asked", async () => {
    await text(ROSA_PHONE, "no me mande nada del 20 al 27, estoy fuera");
    const page = await patientPage(ROSA_PHONE);
    expect(page).toMatch(/Prompts paused from 2025-03-20 until 2025-03-28 \(patient asked\)/);
    expect(page).toMatch(/20 de marzo.*28 de marzo/);
  });
});
