import { describe, expect, it } from "vitest";
import { adherenceWords, type AdherenceDay } from "../../../src/care/patients/adherence.js";

const day = (status: AdherenceDay["status"], i: number): AdherenceDay => ({ date: `2025-03-${String(i + 1).padStart(2, "0")}`, prompted: 1, done: 0, partial: 0, missed: false, status });
const days = (...statuses: AdherenceDay["status"][]) => statuses.map(day);

describe("adherenceWords: a percentage only once there are enough days", () => {
  it.each<[string, AdherenceDay[], string]>([
    ["nothing asked yet", days("none", "pending"), "no prompted days yet"],
    ["one done day is not 100%", days("done"), "1 of 1 day done"],
    ["a few days, one partly", days("done", "partial", "missed", "none", "pending"), "1 of 3 days done, 1 partly"],
    ["a week: the rate, then the tally", days("done", "done", "done", "done", "done", "partial", "missed"), "79% · 5 of 7 days done, 1 partly"],
  ])("%s", (_name, input, words) => {
    expect(adherenceWords(input)).toBe(words);
  });
});
