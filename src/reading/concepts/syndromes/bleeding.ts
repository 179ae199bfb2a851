import { type ConceptRule, lexicon } from "../lexicon.js";

/** Heavy bleeding (first-aid "catastrophic bleeding" criteria): a lot of blood, soaking through, not stopping. */

const BLEEDING = lexicon("bleeding", ["bleed\\w*", "bled", "nosebleed", "nosebleeds", "nose bleed\\w*", "blood(?= (?:everywhere|pouring|gushing|coming|dripping|running|all over|spurting|squirting|soak\\w*|through))", "(?:lots|a lot|so much|pool|puddle|loads|tons) of blood"], ["sangr\\w*", "hemorragia", "mucha sangre", "charco de sangre"]);
const HEAVY = lexicon(
  "heavy or not stopping",
  ["a lot", "lots", "loads", "heavily", "heavy", "badly", "everywhere", "through", "wont stop", "will not stop", "not stopping", "doesnt stop", "keeps (?:coming|going|bleeding)", "like crazy", "non ?stop", "profusely", "so much", "pouring", "gushing", "spurting", "squirting", "dripping", "soak\\w*", "drench\\w*", "puddle", "pool", "all over", "cant stop", "(?:cant|cannot|couldnt|wont|will not) (?:get|make) (?:it|the bleeding|the blood|them) (?:to )?stop", "(?:coming|pouring|running|leaking) (?:out )?(?:\\w+ ){0,3}fast", "wont clot"],
  ["mucho", "muchisim[oa]", "sin parar", "no para", "no deja de", "no se detiene", "chorro\\w*", "charco", "empapad\\w*", "abundante", "a chorros", "por todos lados", "por todas partes"],
);

/** Vomiting blood or "coffee grounds" (upper gastrointestinal bleeding, NICE CG141). */
const VOMITING_BLOOD = lexicon(
  "vomiting blood",
  ["(?:vomit\\w*|threw up|throw\\w* up|puk\\w*|sick) (?:\\w+ ){0,2}(?:blood|coffee grounds)", "blood (?:\\w+ ){0,2}(?:in|when i|when he|when she) (?:\\w+ )?(?:vomit\\w*|threw up|throw up|sick)", "bloody vomit"],
  ["vomit\\w* (?:\\w+ ){0,2}sangre", "(?:devolv\\w*|arroj\\w*) sangre", "sangre (?:en|al) (?:el )?vomit\\w*", "vomito con sangre", "vomito (?:como )?(?:de )?(?:cafe|posos de cafe)"],
);

export const BLEEDING_RULES: readonly ConceptRule[] = [
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "Vomiting blood.", sentence: [VOMITING_BLOOD] },
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "Bleeding heavily, soaking through, or not stopping.", sentence: [BLEEDING, HEAVY] },
];
