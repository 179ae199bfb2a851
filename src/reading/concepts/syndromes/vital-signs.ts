import { type ConceptRule, lexicon } from "../lexicon.js";

/**
 * A home device's reading that is an emergency with what goes with it: oxygen saturation under 90 %
 * (hypoxia), a racing heart at rest with dizziness or chest symptoms, or with atrial fibrillation named
 * (an arrhythmia), and a low blood sugar with sweating or confusion (hypoglycaemia). A racing heart on
 * the bike, or a sugar of 45 with nothing else, is not read here.
 */

const LOW_OXYGEN = lexicon(
  "oxygen saturation under 90 %",
  ["(?:oxygen|o2|sats|o2 sat|saturation|spo2|pulse ?ox\\w*|oximeter|oxi)\\W{0,3}(?:level |levels )?(?:is |was |at |of |down to |dropped to |reads |read |says |showing |shows )?(?:[5-8]\\d) ?%?(?!\\d)", "(?:[5-8]\\d) ?% (?:oxygen|o2|sats?|saturation|on the (?:finger|oximeter|pulse ox\\w*))"],
  ["(?:oxigeno|o2|saturacion|saturando|oximetro)\\W{0,3}(?:de |en |es |esta en |marca |marco |bajo a |baja a )?(?:[5-8]\\d) ?%?(?!\\d)"],
);

const FAST_HEART = lexicon(
  "a heart rate of 140 or more",
  ["(?:heart ?rate|hr|pulse|bpm|heart)\\W{0,3}(?:is |was |at |of |up to |reads |says |showing |going )?(?:1[4-9]\\d|2\\d\\d)(?!\\d)", "(?:1[4-9]\\d|2\\d\\d) ?bpm"],
  ["(?:pulso|pulsaciones|frecuencia(?: cardiaca)?|corazon)\\W{0,3}(?:de |en |es |esta en |a |marca )?(?:1[4-9]\\d|2\\d\\d)(?!\\d)"],
);

/** What turns a fast heart into an emergency: at rest, dizzy or faint, the chest, the breath, or an arrhythmia named. */
const AT_REST_OR_UNWELL = lexicon(
  "at rest, dizzy, faint, the chest or breath, or an arrhythmia",
  ["at rest", "resting", "sitting (?:down|still|on)", "lying down", "in bed", "dizzy", "light ?headed", "faint\\w*", "pass(?:ing)? out", "black(?:ing)? out", "chest", "short of breath", "breathless", "cant (?:catch|get) (?:my|his|her) breath", "a ?fib", "atrial fibrillation", "irregular", "palpitations?", "flutter\\w*", "pounding"],
  ["en reposo", "sentad[oa]", "acostad[oa]", "en la cama", "mare\\w*", "desmay\\w*", "pecho", "me ahogo", "sin aire", "fibrilacion", "arritmia", "irregular", "palpitaciones"],
);

const LOW_SUGAR = lexicon(
  "a blood sugar under 60 mg/dl (3.3 mmol/l)",
  ["(?:sugar|glucose|bg|blood sugar)\\W{0,3}(?:is |was |at |of |down to |dropped to |reads |says )?(?:[2-5]\\d|[1-3](?:[.,]\\d)?)(?!\\d|[.,]\\d)"],
  ["(?:azucar|glucosa|glucemia|glicemia)\\W{0,3}(?:de |en |es |esta en |a |marca |bajo a )?(?:[2-5]\\d|[1-3](?:[.,]\\d)?)(?!\\d|[.,]\\d)"],
);

const SWEATY_OR_CONFUSED = lexicon(
  "sweating, shaking or confused",
  ["sweat\\w*", "clammy", "shak\\w*", "confused", "not making sense", "(?:wont|doesnt|isnt|not) (?:respond\\w*|answer\\w*|wake)", "drowsy", "slurr\\w*", "out of it"],
  ["sud\\w*", "temblor\\w*", "tiembl\\w*", "confundid[oa]", "no (?:contesta|responde|reacciona|despierta)", "no tiene sentido", "adormilad[oa]", "desorientad[oa]"],
);

export const VITAL_SIGN_RULES: readonly ConceptRule[] = [
  { id: "low-oxygen", syndrome: "breathing", level: "emergency", effect: "symptom", description: "Oxygen saturation under 90 % on a home oximeter.", sentence: [LOW_OXYGEN] },
  { id: "fast-heart", syndrome: "acs", level: "emergency", effect: "symptom", description: "A heart rate of 140 or more at rest, with dizziness, chest or breathing symptoms, or atrial fibrillation named.", message: [FAST_HEART, AT_REST_OR_UNWELL] },
  { id: "low-sugar", syndrome: "collapse", level: "emergency", effect: "symptom", description: "A blood sugar under 60 mg/dl with sweating, shaking or confusion.", message: [LOW_SUGAR, SWEATY_OR_CONFUSED] },
];
