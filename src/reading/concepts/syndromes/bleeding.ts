import { type ConceptRule, lexicon } from "../lexicon.js";

/** Heavy bleeding (first-aid "catastrophic bleeding" criteria): a lot of blood, soaking through, not stopping. */

const BLEEDING = lexicon("bleeding", ["bleed\\w*", "bled", "blood(?= (?:everywhere|pouring|gushing|coming|dripping|running|all over|spurting|squirting|soak\\w*|through))", "(?:lots|a lot|so much|pool|puddle|loads|tons) of blood"], ["sangr\\w*", "hemorragia", "mucha sangre", "charco de sangre"]);
const HEAVY = lexicon(
  "heavy or not stopping",
  ["a lot", "lots", "loads", "heavily", "heavy", "badly", "everywhere", "through", "wont stop", "will not stop", "not stopping", "doesnt stop", "keeps (?:coming|going|bleeding)", "like crazy", "non ?stop", "profusely", "so much", "pouring", "gushing", "spurting", "squirting", "dripping", "soak\\w*", "drench\\w*", "puddle", "pool", "all over", "cant stop"],
  ["mucho", "muchisim[oa]", "sin parar", "no para", "no deja de", "no se detiene", "chorro\\w*", "charco", "empapad\\w*", "abundante", "a chorros", "por todos lados", "por todas partes"],
);

export const BLEEDING_RULES: readonly ConceptRule[] = [
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "Bleeding heavily, soaking through, or not stopping.", sentence: [BLEEDING, HEAVY] },
];
