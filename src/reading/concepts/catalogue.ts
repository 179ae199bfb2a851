import type { ConceptRule } from "./lexicon.js";
import { ACUTELY_UNWELL_RULES } from "./syndromes/acutely-unwell.js";
import { ANAPHYLAXIS_RULES } from "./syndromes/anaphylaxis.js";
import { BLEEDING_RULES } from "./syndromes/bleeding.js";
import { CARDIORESPIRATORY_RULES } from "./syndromes/cardiorespiratory.js";
import { CAUDA_EQUINA_RULES } from "./syndromes/cauda-equina.js";
import { EMERGENCY_CARE_RULES } from "./syndromes/emergency-care.js";
import { COMPARTMENT_RULES } from "./syndromes/compartment.js";
import { FALL_RULES } from "./syndromes/falls.js";
import { INFECTION_RULES } from "./syndromes/infection.js";
import { INJURY_RULES } from "./syndromes/injury.js";
import { NEURO_RULES } from "./syndromes/neuro.js";
import { PAIN_RULES } from "./syndromes/pain.js";
import { SELF_HARM_RULES } from "./syndromes/self-harm.js";
import { STROKE_RULES } from "./syndromes/stroke.js";
import { SYNCOPE_RULES } from "./syndromes/syncope.js";
import { THERAPIST_RULES } from "./syndromes/therapist.js";
import { VITAL_SIGN_RULES } from "./syndromes/vital-signs.js";

export { SAFETY_NET_RULE } from "./syndromes/safety-net.js";

/** Every red-flag concept, one file per syndrome under ./syndromes, for clinical review. */
export const CONCEPT_RULES: readonly ConceptRule[] = [
  ...STROKE_RULES,
  ...CARDIORESPIRATORY_RULES,
  ...CAUDA_EQUINA_RULES,
  ...ANAPHYLAXIS_RULES,
  ...INFECTION_RULES,
  ...INJURY_RULES,
  ...COMPARTMENT_RULES,
  ...SYNCOPE_RULES,
  ...ACUTELY_UNWELL_RULES,
  ...VITAL_SIGN_RULES,
  ...EMERGENCY_CARE_RULES,
  ...FALL_RULES,
  ...SELF_HARM_RULES,
  ...BLEEDING_RULES,
  ...NEURO_RULES,
  ...PAIN_RULES,
  ...THERAPIST_RULES,
];
