import { describe, expect, it } from "vitest";
import { type LevelModel, LEVEL_MODEL, levelRaisedByModel, READ_BY_THE_LEVEL_MODEL } from "../../src/reading/level-model.js";
import { LEVEL_MODEL_WEIGHTS } from "../../src/reading/level-model.weights.js";
import { escalationOf, readMessage } from "../../src/reading/reader.js";
import type { EscalationLevel } from "../../src/reading/reading.js";

/** A model that gives every text the same chances: `emergency` 0.9 means P(emergency) = 0.9, and P(urgent or worse) at least that. */
const saying = (chances: Partial<Record<EscalationLevel, number>>): LevelModel => ({
  raiseAt: 0.7,
  chanceOfAtLeast: () => {
    const emergency = chances.emergency ?? 0;
    const urgent = Math.max(emergency, chances.urgent ?? 0);
    return { none: 1, therapist: Math.max(urgent, chances.therapist ?? 0), urgent, emergency };
  },
});

describe("the level model's second opinion", () => {
  const quiet = "my knee is fine, the neighbour's cat is back on the fence this morning";

  it("raises a message the rules found nothing in, and the message becomes a symptom report with the model's flag", () => {
    expect(readMessage({ text: quiet }, { levelModel: null }).escalate).toBe("none");
    const read = readMessage({ text: quiet, context: ["Bridges"] }, { levelModel: saying({ emergency: 0.9 }) });
    expect(read).toMatchObject({ escalate: "emergency", kind: "pain" });
    expect(read.redFlags).toContain(READ_BY_THE_LEVEL_MODEL);
    expect(escalationOf(quiet, { levelModel: saying({ emergency: 0.9 }) })).toBe("emergency");
    expect(readMessage({ text: quiet }, { levelModel: saying({ urgent: 0.8 }) }).escalate).toBe("urgent");
  });

  it("stays quiet below its threshold", () => {
    const read = readMessage({ text: quiet }, { levelModel: saying({ emergency: 0.69 }) });
    expect(read.escalate).toBe("none");
    expect(read.redFlags).not.toContain(READ_BY_THE_LEVEL_MODEL);
  });

  it("never lowers a level, and never second-guesses an urgent sign the rules named", () => {
    const calm = saying({});
    expect(readMessage({ text: "chest feels crushed and I can't breathe" }, { levelModel: calm }).escalate).toBe("emergency");
    const calf = "my calf is swollen and tender since yesterday, breathing is fine";
    expect(readMessage({ text: calf }, { levelModel: null }).escalate).toBe("urgent");
    expect(readMessage({ text: calf }, { levelModel: saying({ emergency: 0.99 }) }).escalate).toBe("urgent");
  });

  it("raises a level the therapist was already to hear about", () => {
    const text = "finished them all this morning but pain is 6 out of 10";
    expect(readMessage({ text }, { levelModel: null }).escalate).toBe("therapist");
    expect(readMessage({ text }, { levelModel: saying({ urgent: 0.75 }) }).escalate).toBe("urgent");
  });

  it("says nothing about a short text, nor over a sign the rules placed below urgent on purpose", () => {
    const sure = saying({ emergency: 1 });
    const found = (level: "none" | "therapist", flags: string[] = []) => ({ level, flags, saysSomethingClinical: true });
    expect(levelRaisedByModel("heat helps the pain", found("none"), sure)).toBeNull();
    expect(levelRaisedByModel("👍", found("none"), sure)).toBeNull();
    const leakage = "my bladder has leaked a little ever since I had the kids";
    expect(levelRaisedByModel(leakage, found("therapist", ["leakage-long-standing"]), sure)).toBeNull();
    expect(levelRaisedByModel(leakage, found("therapist", ["unexplained-symptom"]), sure)).toBe("emergency");
  });

  it("is not asked about a message in which the rules found nothing of the body or the mind", () => {
    const sure = saying({ emergency: 1 });
    for (const text of ["no exercises, it's Ramadan and the fasting wipes me out", "I know I should do them but I just don't want to"]) {
      expect(readMessage({ text }, { levelModel: sure }).escalate, text).toBe("none");
    }
    // A body part named is enough for the model to be asked.
    expect(readMessage({ text: "I know I should do them but my knee is being a drama queen today" }, { levelModel: sure }).escalate).toBe("emergency");
  });

  it("ships weights of the size its shape says", () => {
    const bytes = Buffer.from(LEVEL_MODEL_WEIGHTS.weights, "base64").length;
    expect(bytes).toBe(LEVEL_MODEL_WEIGHTS.buckets * LEVEL_MODEL_WEIGHTS.levels.length);
    const chances = LEVEL_MODEL.chanceOfAtLeast("done");
    expect(chances.none).toBeCloseTo(1);
    expect(chances.emergency).toBeLessThan(LEVEL_MODEL.raiseAt);
  });
});
