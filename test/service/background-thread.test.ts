import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startBackgroundThread } from "../../src/background-thread.js";
import type { BackgroundWork } from "../../src/background-work.js";
import type { Config } from "../../src/config/config.js";
import { silentLogger } from "../../src/logging/logger.js";

const CRASHING_ENTRY = new URL("../fixtures/background/crashing.worker.mjs", import.meta.url);

/** Settles on whichever thread is current; one that dies first rejects, and the next one is asked. */
async function settled(work: BackgroundWork): Promise<void> {
  for (;;) {
    try {
      return await work.settle();
    } catch {
      // the thread asked died meanwhile; its replacement takes the next request
    }
  }
}

describe("the background thread", () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("is started again when it dies, and what is posted afterwards reaches the new one", async () => {
    dir = mkdtempSync(join(tmpdir(), "hepbot-background-"));
    const journal = join(dir, "journal");
    const work = await startBackgroundThread({ journal } as unknown as Config, silentLogger(), { entry: CRASHING_ENTRY });
    work.accept("m1", "p1", "done");
    await settled(work);
    work.accept("m2", "p1", "crash");
    await settled(work);
    work.accept("m3", "p1", "hecho");
    await settled(work);
    await work.stop();

    const lines = readFileSync(journal, "utf8").trim().split("\n").map((line) => line.split(" "));
    expect(lines.map(([, messageId]) => messageId)).toEqual(["m1", "m3"]);
    expect(lines[0]![0]).not.toBe(lines[1]![0]);
  });
});
