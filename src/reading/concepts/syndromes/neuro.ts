import { type ConceptRule, lexicon } from "../lexicon.js";

/**
 * New neurological signs in a limb (NICE CKS sciatica / radiculopathy red flags): numbness, tingling,
 * pins and needles, weakness, a foot that drags or slaps (foot drop), new shooting pain down a leg.
 * Gradual or single-limb → urgent; sudden one-sided is stroke (stroke.ts).
 */

const LIMB_NUMB = lexicon(
  "numbness, tingling or pins and needles",
  ["numb(?:ness|ed|ing|ish|y|s)?", "num", "tingl\\w*(?! (?:stretch|pull))", "pins and needles", "pins n needles", "fell asleep and (?:wont|didnt) wake", "(?:cant|cannot|couldnt) feel (?:{P} )?(?:foot|feet|leg|legs|toes|hand|hands|fingers|arm|arms|thumb|heel)", "no feeling in", "lost (?:the )?feeling in", "electric (?:shocks?|feeling)", "(?:foot|feet|leg|legs|hand|hands|arm|arms|toes|fingers) (?:\\w+ ){0,4}asleep", "buzzing (?:in|down)", "like ants"],
  ["hormigue\\w*", "cosquille\\w*", "adormecimiento", "entumecimiento", "entumid\\w*", "entumecid\\w*", "adormecid\\w*", "acorchad\\w*", "calambrit\\w*", "no siento (?:{S} )?(?:pie|pies|pierna|piernas|mano|manos|dedos|brazo|talon)", "sin sensibilidad", "se (?:me|le) (?:durmi\\w*|duerme\\w*|adormec\\w*|entum\\w*) (?:{S} )?(?:pie|pierna|mano|brazo|dedos)\\w*", "piquetitos", "piquete\\w*", "toques electricos"],
);

const LIMB = lexicon("limb", ["arm", "arms", "hand", "hands", "leg", "legs", "foot", "feet", "knee", "thigh", "fingers", "grip"], ["brazo\\w*", "mano\\w*", "pierna\\w*", "pie", "pies", "rodilla", "muslo", "dedos"]);

const WEAK = lexicon(
  "weak or not obeying",
  ["weak\\w*", "no strength", "lost (?:\\w+ )?strength", "(?:wont|doesnt|cant|will not|isnt|wouldnt) (?:work\\w*|move|respond\\w*|grip|hold|lift|obey|do what|listen|cooperate)", "gave (?:way|out)", "giving (?:way|out)", "buckl\\w*", "(?:went|gone|turned|goes|go|suddenly) (?:\\w+ )?(?:like |to )?jelly", "went dead", "useless"],
  ["debil\\w*", "sin fuerza", "perdi (?:la )?fuerza", "no (?:me |le )?responde", "se (?:me|le) (?:dobla|doblo) (?:la )?(?:rodilla|pierna)", "no (?:puedo|puede) (?:agarrar|sostener|levantar)", "floj\\w*"],
);

const FOOT_DROP = lexicon(
  "foot drop",
  ["foot drop", "drop foot", "foot (?:\\w+ ){0,2}(?:drags?|dragging|flops?|flopping|floppy|slaps?|slapping|catches|catching|scuffs?|scuffing|hangs?|hanging)", "(?:drag|dragging|drags) (?:{P} )?(?:left |right |bad |weak )?(?:foot|leg|toes)", "(?:cant|cannot|couldnt) (?:lift|raise|pull up|point) (?:{P} )?(?:foot|toes|ankle)", "(?:trip|tripping|catch|catching) (?:over |on )?(?:{P} )?(?:own )?(?:foot|toes)"],
  ["pie caido", "(?:arrastro|arrastra|arrastrando) (?:el|la|mi|su) (?:pie|pierna)", "(?:el|mi|su) pie (?:\\w+ ){0,2}(?:arrastra|cuelga|se cae|no se levanta|golpea)", "no (?:puedo|puede) levantar (?:la punta del pie|el pie|los dedos del pie)", "se me engancha el pie"],
);

const SHOOTING = lexicon(
  "shooting pain down a limb",
  ["(?:shooting|electric|burning|radiating|lightning|zinging|searing|stabbing) (?:pain|pains|feeling|sensation|shocks?|bolts?)? ?(?:\\w+ ){0,2}(?:down|into|through|along) (?:{P} |the back of (?:{P} )?)?(?:leg|legs|buttock|bum|butt|foot|calf|thigh|arm|hand)", "(?:pain|it) (?:\\w+ ){0,1}(?:shoots|shooting|goes|going|runs|running|travels|radiates) (?:all the way )?down (?:{P} )?(?:leg|arm|foot)", "sciatica"],
  ["dolor (?:\\w+ ){0,3}(?:que )?(?:\\w+ )?(?:baja|corre|se corre|recorre|se va|irradia) (?:por|hasta|a) (?:la|mi|el) (?:pierna|pie|gluteo|nalga|brazo)", "(?:como (?:una )?)?(?:corriente|descarga|electricidad) (?:\\w+ ){0,3}(?:pierna|pie|brazo)", "corrientazo\\w*", "calambre (?:que )?(?:baja|corre)", "ciatica", "descarga\\w* (?:electrica\\w*)? ?(?:por|en) (?:la )?pierna"],
);

export const NEURO_RULES: readonly ConceptRule[] = [
  { id: "limb-numbness-weakness", syndrome: "neuro", level: "urgent", effect: "symptom", description: "New numbness, tingling or pins and needles.", sentence: [LIMB_NUMB], historyCancels: true },
  { id: "limb-numbness-weakness", syndrome: "neuro", level: "urgent", effect: "symptom", description: "A limb weak, not obeying or giving way.", sentence: [LIMB, WEAK], historyCancels: true },
  { id: "old-injury-still-limits", syndrome: "neuro", level: "therapist", effect: "symptom", description: "Numbness, tingling or weakness of an old injury: not new, still for the therapist.", sentence: [LIMB_NUMB] },
  { id: "old-injury-still-limits", syndrome: "neuro", level: "therapist", effect: "symptom", description: "A limb still weak since an old injury.", sentence: [LIMB, WEAK] },
  { id: "foot-drop", syndrome: "neuro", level: "urgent", effect: "symptom", description: "A foot that drags, flops or slaps (foot drop).", sentence: [FOOT_DROP], historyCancels: true },
  { id: "shooting-pain", syndrome: "neuro", level: "urgent", effect: "symptom", description: "New shooting or electric pain down a leg or arm.", sentence: [SHOOTING], historyCancels: true },
];
