import { plainWords } from "../text/fold.js";

/**
 * Clinical questions hepbot never answers itself: it says honestly that the therapist was asked,
 * and what is safe meanwhile (`handoff.<topic>` in prompts/replies.*.json). Pure. Whether the
 * therapist is told is the reader's call, except equipment swaps the reader does not flag (the
 * engine adds those, as it does for questions the exercise library cannot answer).
 */
export type HandOffTopic = "call_me" | "pregnancy" | "medication" | "cream" | "heat_ice" | "equipment" | "surface" | "progress";

// Who the patient may ask for by name or title: "Dr Patel", "Laura", "la doctora García".
const TITLE = String.raw`(?:dr|doctor|doc|dra|doctora|nurse|miss|mrs|mr|ms|fisio|fisioterapeuta|terapeuta|therapist|physio|pt|licenciad[oa]|lic)`;
// Not a person of the clinic: "talk to you", "speak with my wife first".
const NOT_CLINIC = String.raw`(?:me|myself|us|this|that|you|u|ya|someone|somebody|anyone|anybody|him|her|them|it|my|your|the|a|an|usted|ustedes|alguien|el|ella|ellos|mi|mis|su|tu|un|una|nadie|nobody|no one)\b`;

const TOPICS: ReadonlyArray<[HandOffTopic, RegExp]> = [
  [
    "call_me",
    /\b(?:(?:ask|have|get|tell) (?:my |the )?(?:therapist|physio|pt|doctor) to (?:call|ring|phone|contact|text)|call me back|give me a (?:call|ring)|(?:someone|somebody|anyone|they|you) (?:from the clinic )?(?:could |can |to )?(?:call|ring|phone) me|(?:clinic|office) (?:call|ring|phone) me|llamarme|me llamen|que me llamen|(?:talk|speak) (?:to|with) (?:my |the )?(?:therapist|physio|pt)|(?:therapist|physio) (?:call|ring|phone) me|que me (?:llame|contacte|devuelva la llamada)|hablar con (?:mi|el|la|su) (?:terapeuta|fisio\w*)|(?:terapeuta|fisio\w*) me llame)\b/,
  ],
  // The therapist asked for by name or title: "can Dr Patel call me", "I want to talk to Laura", "quiero hablar con la doctora García".
  [
    "call_me",
    new RegExp(
      String.raw`\b(?:can|could|would|will|may|pls|please) (?:${TITLE} )?(?!${NOT_CLINIC})[a-z]+(?: [a-z]+)? (?:call|ring|phone|contact|text) me\b` +
        String.raw`|\b(?:talk|speak|chat) (?:to|with) (?:${TITLE} [a-z]+|(?!${NOT_CLINIC})[a-z]+)(?: (?:please|pls|plz|asap|today|soon|about \w+(?: \w+)?))*$` +
        String.raw`|\b(?:talk|speak|chat) (?:to|with) ${TITLE}\b` +
        String.raw`|\bhablar con (?:(?:el|la) )?(?:${TITLE} [a-z]+|${TITLE}\b|(?!${NOT_CLINIC})[a-z]+(?: (?:por favor|porfa|hoy|pronto|cuando pueda))*$)` +
        String.raw`|\bme (?:puede|podria|pueden|podrian|quiere) (?:llamar|telefonear)\b|\b(?:el|la) ${TITLE} [a-z]+ (?:me )?(?:llame|pueda llamar|me puede llamar)\b`,
    ),
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
    /\b(?:instead of (?:the |a |my )?(?:band|weights?|ball|step|strap|foam roller|dumbbells?)|as an? (?:weight|band|step|strap)|en (?:vez|lugar) (?:de (?:la |el |las |los |una |un )?|del |de la )(?:banda|goma|pesas?|pelota|balon|escalon|cinta|mancuernas?)|como (?:pesa|banda|goma|escalon|mancuerna))\b/,
  ],
  // "Can I do them on the bed instead of the floor?": where the exercises are done is the therapist's call too.
  [
    "surface",
    /\b(?:(?:can|could|should) i|is it (?:ok|okay|alright|fine)|ok to|okay to|alright to|would it be (?:ok|okay)|instead of)\b.*\b(?:on|in) (?:the |my |a )?(?:bed|couch|sofa|floor|ground|carpet|recliner|armchair)\b|\b(?:puedo|se puede|podria|vale|esta bien|en (?:vez|lugar) (?:de|del))\b.*\b(?:en|sobre) (?:la |el |mi )?(?:cama|sofa|suelo|piso|alfombra|sillon)\b/,
  ],
  // "Can I add a second set?", "¿puedo hacer una serie más?": whether to progress is the therapist's call (LABELS).
  [
    "progress",
    /\b(?:add (?:a |an |one |another |more |extra |some )?(?:second |third |extra )?(?:sets?|reps?|rounds?|weight|resistance|exercises?)|(?:a|an) (?:second|third|extra) (?:sets?|round)|more (?:reps|sets|weight|repetitions|rounds)|(?:increase|up|raise|bump up|go up (?:in|on)) (?:the |my )?(?:reps|sets|weight|resistance|dose)|(?:make|making) (?:them|it) harder|(?:ready|time) to (?:progress|move up|level up)|harder (?:version|band|ones|exercises?)|(?:una|otra) serie mas|(?:series|repeticiones) de mas|mas (?:repeticiones|series|peso|rondas)|(?:subir|aumentar) (?:el peso|las repeticiones|las series|la dificultad|la intensidad)|hacer mas (?:repeticiones|series)|(?:mas|un poco mas) dificiles?)\b/,
  ],
];

export function handOffTopic(text: string): HandOffTopic | null {
  const t = plainWords(text);
  return TOPICS.find(([, pattern]) => pattern.test(t))?.[0] ?? null;
}
