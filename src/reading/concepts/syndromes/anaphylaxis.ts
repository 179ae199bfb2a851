import { type ConceptRule, lexicon } from "../lexicon.js";
import { BREATHING_TROUBLE } from "../shared.js";

/**
 * Anaphylaxis, from the Resuscitation Council UK / WAO criteria: swelling of lips, tongue, face or
 * throat; a tight or closing throat, trouble swallowing, hoarse voice; hives with any of these or
 * with breathing trouble.
 */

const AIRWAY_SITE = lexicon("lips, tongue, face or throat", ["lips?", "tongue", "throat", "mouth", "face"], ["labios?", "lengua", "garganta", "boca", "cara"]);

const SWELLING = lexicon(
  "swelling",
  ["swell\\w*", "swollen", "swolen", "puff\\w*", "thick", "blown up", "ballooned"],
  ["hinch\\w*", "inflamad\\w*", "abultad\\w*"],
);

const THROAT_CLOSING = lexicon(
  "throat tight or closing",
  ["throat (?:\\w+ ){0,4}(?:closing|tight\\w*|swell\\w*|narrow\\w*|closed)", "(?:cant|cannot|hard to|trouble|struggling to) (?:\\w+ )?swallow\\w*", "(?:can|could) (?:hardly|barely|only just) swallow\\w*", "tight throat", "anaphyla\\w*", "epi ?pen", "allergic reaction (?:and|with) (?:\\w+ ){0,3}(?:throat|breath|lips|tongue|swell\\w*)"],
  ["(?:se (?:me|le) )?(?:esta )?(?:cierra|cerr\\w*) la garganta", "garganta (?:se )?(?:\\w+ ){0,2}cerr\\w*", "garganta (?:cerrada|apretada|cerrandose|hinchada)", "no (?:puedo|puede) tragar", "me cuesta tragar", "anafila\\w*", "reaccion alergica (?:fuerte|grave)"],
);

/** A throat that feels wrong in any words ("feels weird", "scratchy", "thick"): with hives, the start of a reaction. */
const THROAT_FEELS_WRONG = lexicon(
  "a throat that feels wrong",
  ["throat (?:\\w+ ){0,3}(?:weird|funny|strange|odd|off|itchy|scratchy|thick|tight\\w*|swollen|closing|tingl\\w*)", "(?:lips?|tongue) (?:\\w+ ){0,3}(?:tingl\\w*|numb|itchy|weird|funny)", "voice (?:\\w+ ){0,3}(?:hoarse|croaky|raspy|tight|strange|changed)", "hoarse"],
  ["garganta (?:\\w+ ){0,3}(?:rara|extrana|apretada|cerrada|hinchada|picando|pica|raspos\\w*|gruesa)", "(?:labios?|lengua) (?:\\w+ ){0,3}(?:hormigue\\w*|dormid[oa]s?|raros?|rara)", "(?:voz|ronc\\w*) (?:\\w+ ){0,2}(?:ronca|rara|cambiada|apagada)", "ronquera"],
);

const HIVES = lexicon("hives or welts", ["hives", "welts", "rash all over", "(?:itchy )?bumps all over", "blotch\\w*"], ["ronchas", "urticaria", "habones", "sarpullido por todo"]);

export const ANAPHYLAXIS_RULES: readonly ConceptRule[] = [
  { id: "allergic-reaction", syndrome: "anaphylaxis", level: "emergency", effect: "symptom", description: "Lips, tongue, face or throat swelling.", sentence: [AIRWAY_SITE, SWELLING] },
  { id: "allergic-reaction", syndrome: "anaphylaxis", level: "emergency", effect: "symptom", description: "A tight or closing throat, trouble swallowing.", sentence: [THROAT_CLOSING] },
  { id: "allergic-reaction", syndrome: "anaphylaxis", level: "emergency", effect: "symptom", description: "Hives with breathing trouble.", message: [HIVES, BREATHING_TROUBLE] },
  { id: "allergic-reaction", syndrome: "anaphylaxis", level: "emergency", effect: "symptom", description: "Hives with a throat, lips or tongue that feel wrong.", message: [HIVES, THROAT_FEELS_WRONG] },
  { id: "hives", syndrome: "anaphylaxis", level: "urgent", effect: "symptom", description: "Hives or welts on their own.", sentence: [HIVES] },
];
