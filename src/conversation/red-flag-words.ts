import { CONCEPT_RULES, SAFETY_NET_RULE } from "../reading/concepts/catalogue.js";
import { screenConcepts } from "../reading/concepts/screen.js";
import { normalise } from "../reading/normalize.js";
import { READ_BY_THE_LEVEL_MODEL } from "../reading/level-model.js";
import { RED_FLAG_RULES } from "../reading/red-flags.js";

const READ_BY_MODEL_REASON = "The message describes a sign without the words the rules know; a model trained on labelled patient messages read it at this level";

/** What each red flag means, in the words a clinician would say it aloud. Keyed by rule id. */
const FLAG_WORDS: Record<string, string> = {
  "allergic-reaction": "Possible allergic reaction",
  "asks-for-therapist": "Asks to talk to you",
  "blood-in-urine": "Blood in the urine",
  "breathing-trouble": "Trouble breathing",
  "calf-and-breathing": "Calf pain with breathlessness (possible clot)",
  "calf-pain-swelling": "Calf pain or swelling (possible clot)",
  "cauda-equina": "Possible cauda equina signs",
  "chest-pain": "Chest pain",
  "coughing-blood": "Coughing up blood",
  dislocation: "Possible dislocation",
  "equipment-problem": "Problem with their equipment",
  "exercise-difficulty": "Struggling with an exercise",
  "exercise-stopped-by-pain": "An exercise hurts too much to do",
  fainting: "Fainted or nearly fainted",
  fall: "Had a fall",
  "fall-cannot-get-up": "Fell and cannot get up",
  "fall-head-strike": "Fell and hit their head",
  "foot-drop": "Possible foot drop",
  fracture: "Possible fracture",
  "head-strike": "Hit their head",
  "heavy-bleeding": "Heavy bleeding",
  hives: "Hives or welts",
  "leakage-long-standing": "Long-standing bladder or bowel leakage",
  "limb-numbness-weakness": "Numbness or weakness in a limb",
  "low-mood": "Low mood",
  "near-fall": "Nearly fell",
  "pain-much-worse": "Pain much worse",
  "pop-or-giving-way": "Felt a pop or the joint gave way",
  "question-for-clinician": "A clinical question for you",
  [READ_BY_THE_LEVEL_MODEL]: "Read as a red flag by hepbot's model: no rule named the sign, read their words",
  "self-harm": "Possible risk of self-harm",
  sepsis: "Possible sepsis signs",
  "severe-pain-words": "Severe pain",
  "shooting-pain": "Shooting pain",
  "stroke-signs": "Possible stroke signs",
  "unexplained-symptom": "A symptom hepbot could not place",
  "wound-infection": "Possible wound infection",
};

const ALL_CONCEPTS = [...CONCEPT_RULES, SAFETY_NET_RULE];

/** "Possible stroke signs" for "stroke-signs"; an unknown id is shown as it is, never hidden. */
export function flagWords(id: string): string {
  return FLAG_WORDS[id] ?? id.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/**
 * Why the message was flagged, one line per matched rule: the rule's own description. A concept
 * id covers several concepts (stroke: face, speech, arm…), so the message is screened again with
 * that id's concepts to name the ones it states; when none fires again (the reader corrected a
 * typo, or a model read it), every concept of that id is too many, so the first stands for them.
 */
export function flagReasons(ids: readonly string[], message: string | null): string[] {
  const text = message === null ? "" : normalise(message);
  const reasons: string[] = [];
  for (const id of new Set(ids)) {
    const concepts = ALL_CONCEPTS.filter((r) => r.id === id);
    const fired = screenConcepts(text, concepts, { isQuestion: text.includes("?") });
    if (fired.length > 0) {
      reasons.push(...fired.map((r) => r.description));
      continue;
    }
    const table = RED_FLAG_RULES.find((r) => r.id === id);
    if (table) reasons.push(table.description);
    else if (id === READ_BY_THE_LEVEL_MODEL) reasons.push(READ_BY_MODEL_REASON);
    else if (concepts.length > 0) reasons.push(concepts[0]!.description);
  }
  return [...new Set(reasons)];
}
