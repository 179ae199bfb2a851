import { levelRank } from "../reading/reading.js";
import type { TemplateBook } from "./reply-templates.js";
import { ageText, therapistWriter } from "./therapist-templates.js";
import type { EscalationAction } from "./types.js";

export interface DigestInput {
  /** The therapist's local date the digest is for (yyyy-MM-dd). */
  date: string;
  now: Date;
  /** `label` is how the therapist knows the patient (the lead chooses: name, initials, chart id). */
  patients: { label: string; completedDaysLast7: number; lastPain: number | null }[];
  /** `headline` is the card's plain-words line; rows from before cards have only the reason. */
  openEscalations: { patient: string; level: EscalationAction["level"]; reason: string; headline?: string | null; openedAt: Date }[];
  /** Patients who have not replied to prompts for 3+ days (see `detectNoReply`). */
  notEngaging: string[];
}

/** The therapist's daily digest: open escalations first (most serious, oldest first), then adherence (lowest first), then who is silent. */
export function digestText(input: DigestInput, book: TemplateBook): string {
  const t = therapistWriter(book);
  const lines = [t.fixed("digest.header", { date: input.date })];

  const escalations = [...input.openEscalations].sort(
    (a, b) => levelRank(b.level) - levelRank(a.level) || a.openedAt.getTime() - b.openedAt.getTime(),
  );
  if (escalations.length === 0) {
    lines.push(t.fixed("digest.no_escalations"));
  } else {
    lines.push(t.fixed("digest.escalations", { count: escalations.length }));
    for (const e of escalations) {
      const age = ageText(e.openedAt, input.now, t);
      lines.push(
        e.headline
          ? t.fixed("digest.escalation_card_line", { patient: e.patient, level: e.level, headline: e.headline, age })
          : t.fixed("digest.escalation_line", { patient: e.patient, level: e.level, reason: e.reason, age }),
      );
    }
  }

  if (input.patients.length === 0) {
    lines.push(t.fixed("digest.no_patients"));
  } else {
    lines.push(t.fixed("digest.adherence"));
    const byAdherence = [...input.patients].sort((a, b) => a.completedDaysLast7 - b.completedDaysLast7 || a.label.localeCompare(b.label));
    for (const p of byAdherence) {
      const pain = p.lastPain === null ? "" : t.fixed("digest.adherence_pain", { score: p.lastPain });
      lines.push(t.fixed("digest.adherence_line", { patient: p.label, days: p.completedDaysLast7, pain }));
    }
  }

  lines.push(
    input.notEngaging.length === 0
      ? t.fixed("digest.all_engaging")
      : t.fixed("digest.not_engaging", { list: [...input.notEngaging].sort().join(", ") }),
  );
  return lines.join("\n");
}
