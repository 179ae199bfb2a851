import { plainWords } from "../text/fold.js";

/**
 * Clinical questions hepbot never answers itself: it says honestly that the therapist was asked,
 * and what is safe meanwhile (`handoff.<topic>` in prompts/replies.*.json). Pure. Whether the
 * therapist is told is the reader's call, except equipment swaps the reader does not flag (the
 * engine adds those, as it does for questions the exercise library cannot answer).
 */
export type HandOffTopic = "call_me" | "pregnancy" | "medication" | "cream" | "heat_ice" | "equipment";

const TOPICS: ReadonlyArray<[HandOffTopic, RegExp]> = [
  [
    "call_me",
    /\b(?:(?:ask|have|get|tell) (?:my |the )?(?:therapist|physio|pt|doctor) to (?:call|ring|phone|contact|text)|call me back|give me a (?:call|ring)|(?:someone|somebody|anyone|they|you) (?:from the clinic )?(?:could |can |to )?(?:call|ring|phone) me|(?:clinic|office) (?:call|ring|phone) me|llamarme|me llamen|que me llamen|(?:talk|speak) (?:to|with) (?:my |the )?(?:therapist|physio|pt)|(?:therapist|physio) (?:call|ring|phone) me|que me (?:llame|contacte|devuelva la llamada)|hablar con (?:mi|el|la|su) (?:terapeuta|fisio\w*)|(?:terapeuta|fisio\w*) me llame)\b/,
  ],
  ["pregnancy", /\b(?:pregnan\w*|expecting a baby|embarazad\w*|embarazo)\b/],
  [
    "medication",
    /\b(?:ibuprofen|advil|motrin|aleve|naproxen|tylenol|paracetamol|acetaminophen|aspirin|meds?|medicat\w*|medicines?|pills?|pain ?killers?|tablets?|prescri\w*|opioids?|tramadol|codeine|ibuprofeno|medicament\w*|medicinas?|pastillas?|analgesic\w*|calmantes?|nolotil|metamizol|aspirina|antiinflamatorio oral|blood thinners?|anticoagula\w*|warfarin|eliquis|xarelto|insulin|insulina|sintrom)\b/,
  ],
  ["cream", /\b(?:creams?|gels?|ointment|voltaren|diclofenac\w*|biofreeze|tiger balm|lotion|cremas?|pomadas?|unguento|reflex)\b/],
  ["heat_ice", /\b(?:ice|icing|ice pack|heat|heating pad|hot pack|hot water bottle|cold pack|hielo|calor|bolsa de agua caliente|compresas? (?:frias?|calientes?)|frio o calor)\b/],
  // "I don't have a band, can I use a belt?": a substitute for the program's equipment.
  ["equipment", /\b(?:bands?|weights?|dumbbells?|ball|step|strap|banda|goma|pesas?|mancuernas?|pelota|escalon)\b.*\b(?:can i use|could i use|ok to use|puedo usar|podria usar|vale con|sirve)\b|\b(?:can i use|could i use|puedo usar|podria usar)\b.*\b(?:instead|en (?:vez|lugar)|as an? (?:band|weight)|como (?:banda|pesa|goma))\b/],
  [
    "equipment",
    /\b(?:instead of (?:the |a |my )?(?:band|weights?|ball|step|strap|foam roller|dumbbells?)|as an? (?:weight|band|step|strap)|en (?:vez|lugar) de (?:la |el |las |los |una |un )?(?:banda|goma|pesas?|pelota|balon|escalon|cinta|mancuernas?)|como (?:pesa|banda|goma|escalon|mancuerna))\b/,
  ],
];

export function handOffTopic(text: string): HandOffTopic | null {
  const t = plainWords(text);
  return TOPICS.find(([, pattern]) => pattern.test(t))?.[0] ?? null;
}
