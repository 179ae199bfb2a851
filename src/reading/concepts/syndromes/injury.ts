import { type ConceptRule, lexicon } from "../lexicon.js";
import { LONG_AGO, PAIN } from "../shared.js";

/**
 * Fracture, dislocation and tendon rupture, from the Ottawa ankle/knee rules (cannot bear weight,
 * bony tenderness), and the Simmonds / Thompson history of Achilles rupture (a snap, "like being
 * kicked"), and dislocation signs (visible deformity, a leg shorter or turned, cannot move it).
 */

const SNAP = lexicon(
  "a snap, crack or pop",
  ["something (?:\\w+ ){0,1}(?:snapped|cracked|popped|tore|ripped|gave|went pop|went snap)", "(?:felt|heard) (?:a |something )?(?:pop|snap|crack|tear|rip|twang)", "snap(?:ped|ping|s)?", "crack(?:ed|ing|s)?(?! of dawn| on)", "pop(?:ped|ping|s)?(?! (?:in|by|over|round))", "clunk\\w*", "crunch(?:ed)?", "tore", "torn", "tearing", "ripped", "rupture\\w*", "something (?:went|gave|went twang|broke)", "twang", "kicked in the (?:back of|heel|calf)", "shot in the (?:back of|heel|calf)", "like a (?:whip|gunshot|rubber band)"],
  ["chasquido", "crujido", "cruji\\w*", "tronido", "trono", "tron[oó]", "crack", "se (?:me|le) (?:rompio algo|desgarro)", "rotura", "desgarr\\w*", "como (?:un latigazo|una patada|un balazo)", "algo (?:se rompio|trono|cruji\\w*)", "latigazo"],
);

const SEVERE_OR_DISABLING = lexicon(
  "severe pain or loss of function",
  [
    "severe", "agony", "excruciating", "unbearable", "screaming", "killing me", "worst", "intense", "sharp", "sudden\\w*", "really bad", "so bad",
    "(?:cant|cannot|couldnt|unable to) (?:put (?:any )?weight|bear weight|walk|stand|move it|lift|straighten|bend|push off|go on (?:tip ?toes|tiptoe))",
    "swelled (?:up )?(?:immediately|straight away|right away|fast)", "bruis\\w*", "deformed", "limp\\w*", "pain\\w*", "hurts?", "hurting", "(?:8|9|10)(?:/10| out of 10)",
  ],
  ["fuerte\\w*", "fuertisimo", "insoportable", "horrible", "agudo", "intenso", "de golpe", "no (?:puedo|puede|pude) (?:apoyar|caminar|mover\\w*|estirar|doblar|pisar)", "moret\\w*", "morado", "cojea\\w*", "dolor\\w*", "duele\\w*"],
);

const BROKEN = lexicon(
  "a broken bone",
  ["fractur\\w*", "broke (?:{P} )?(?:wrist|ankle|hip|arm|leg|foot|toe|finger|rib|ribs|kneecap|elbow|collarbone|shoulder|bone)", "broken (?:wrist|ankle|hip|arm|leg|foot|toe|bone|kneecap|elbow|rib|ribs|collarbone)", "(?:wrist|ankle|hip|arm|leg|foot|bone|kneecap) (?:is |might be |could be |looks )?broken"],
  ["fractur\\w*", "(?:me|se) (?:rompi|rompio) (?:el|la) (?:muneca|tobillo|cadera|brazo|pierna|pie|hueso|rodilla|codo|costilla)", "hueso roto", "(?:muneca|tobillo|cadera|brazo|pierna|pie|hueso) (?:rot[oa]|quebrad[oa])", "quebr\\w*"],
);

const POPPED_OUT = lexicon(
  "a joint that popped out",
  ["dislocat\\w*", "(?:knee|kneecap|hip|shoulder|ankle|elbow|finger|jaw|joint|patella)s? (?:\\w+ ){0,2}(?:came|popped|slipped|slid|shifted|moved|went|pops|comes|pop|slips|slides) (?:right )?(?:back )?out(?: to the side)?", "(?:popped|slipped|slid|shifted|came|went|pops|comes) (?:right )?out of (?:its |the )?(?:place|joint|socket)", "subluxat\\w*"],
  ["se (?:me|le) (?:salio|zafo|disloco|safo)", "luxaci\\w*", "subluxaci\\w*", "dislocad\\w*"],
);

const STILL_OUT = lexicon(
  "still out of place or cannot be moved",
  ["still out", "stuck out", "(?:wont|will not|didnt|hasnt) (?:go|pop|slip|gone) back", "(?:cant|cannot|couldnt) move (?:it|{P} \\w+)", "out of (?:its |the )?(?:place|joint|socket)"],
  ["(?:sigue|esta) (?:fuera|salid[oa])", "no (?:se )?(?:ha )?(?:vuelto|regresado|entrado)", "no (?:\\w+ )?(?:regresa|vuelve|entra) (?:a su lugar|a su sitio)?", "no (?:la|lo) (?:puedo|puede) mover", "fuera de (?:su )?(?:lugar|sitio)"],
);

const OUT_OF_PLACE = lexicon(
  "a joint visibly out of place",
  [
    "(?:leg|foot|knee|kneecap|hip|arm|shoulder) (?:looks |is |seems |now )?(?:shorter|turned (?:in|out)|twisted|rotated|at (?:a |an )?(?:weird|odd|funny|strange) angle|pointing (?:the wrong|sideways|out)|bent the wrong way|deformed|misshapen|wrong shape)",
    "(?:shorter|twisted|deformed) (?:leg|foot|knee|hip|arm)", "bone (?:is )?(?:sticking|poking) out", "(?:leg|foot) (?:\\w+ ){0,3}(?:shorter|turned)",
    "(?:wrist|ankle|arm|forearm|elbow|finger|leg|shoulder) (?:\\w+ ){0,2}(?:bent|bends|bending|sitting|going|looks|looking|is) (?:\\w+ ){0,2}(?:a |an )?(?:funny|weird|odd|strange|wrong|unnatural|awkward) (?:shape|angle|way|direction)", "(?:a |an )?(?:dinner fork|s) shape(?:d)?", "(?:lump|bump|step) (?:\\w+ ){0,2}where (?:the|my|his|her) (?:bone|wrist|collarbone|shoulder)",
  ],
  [
    "(?:pierna|pie|rodilla|cadera) (?:\\w+ ){0,2}(?:mas corta|torcida|girada|volteada)",
    // "torcido" alone is a sprain in Spanish ("tobillo torcido"), so the wrist and ankle need a shape word.
    "(?:pierna|pie|rodilla|cadera|muneca|brazo|codo|dedo|hombro|tobillo) (?:\\w+ ){0,2}(?:chuec[oa]|deforme|de lado|en mala posicion|para otro lado|fuera de lugar|con forma rara)",
    "deforme", "hueso (?:saliendo|salido)"],
);

/** Said after a dislocation, it went back in: a same-day review rather than an ambulance. */
const WENT_BACK = lexicon(
  "went back in",
  ["(?:went|popped|slipped|slid|clicked|put it|got it|pushed it) (?:right )?back(?: in| into place)?", "back in (?:place|its socket)", "relocated", "reduced (?:it|itself)"],
  ["(?:volvio|regreso|se acomodo|entro) (?:a su (?:lugar|sitio)|solo|sola)", "(?:la|lo) (?:acomode|regrese|meti)", "se volvio a acomodar"],
);
const DISLOCATED = lexicon("dislocated", ["dislocat\\w*"], ["dislocad\\w*", "luxaci\\w*", "se (?:me|le) (?:disloco|zafo|salio de su lugar)"]);

/** An acute event in the body, not the benign clicking of a knee during squats. */
const ACUTE_SNAP = lexicon(
  "an acute snap, crack or tear",
  ["something (?:\\w+ ){0,1}(?:snapped|cracked|popped|tore|ripped|gave way|went pop|went snap)", "(?:felt|heard) (?:a |something |this )?(?:loud )?(?:pop|snap|crack|tear|rip|twang)", "(?:achilles|tendon|hamstring|calf|bicep|biceps|quad|muscle) (?:\\w+ ){0,2}(?:snapped|tore|ripped|went)"],
  ["(?:senti|sintio|escuche|escucho|oi|oyo) (?:un |algo como un )?(?:chasquido|crujido|tronido|crack|pop|latigazo|tiron)", "algo (?:se )?(?:rompio|trono|crujio|desgarro)"],
);

export const INJURY_RULES: readonly ConceptRule[] = [
  { id: "pop-or-giving-way", syndrome: "injury", level: "urgent", effect: "symptom", description: "An acute snap, crack or tear felt or heard in the body.", sentence: [ACUTE_SNAP] },
  { id: "pop-or-giving-way", syndrome: "injury", level: "urgent", effect: "symptom", description: "A snap, crack or pop with pain or loss of function (fracture or tendon rupture).", sentence: [SNAP, SEVERE_OR_DISABLING] },
  { id: "pop-or-giving-way", syndrome: "injury", level: "urgent", effect: "symptom", description: "A snap or pop, with pain said anywhere in the message.", sentence: [SNAP], message: [PAIN] },
  { id: "fracture", syndrome: "injury", level: "urgent", effect: "symptom", description: "A broken bone or fracture.", sentence: [BROKEN] },
  { id: "dislocation", syndrome: "injury", level: "emergency", effect: "symptom", description: "A joint visibly out of place: a leg shorter or turned, visible deformity.", sentence: [OUT_OF_PLACE] },
  { id: "dislocation", syndrome: "injury", level: "emergency", effect: "symptom", description: "A joint that came out and is still out or cannot be moved.", message: [POPPED_OUT, STILL_OUT] },
  { id: "dislocation", syndrome: "injury", level: "emergency", effect: "symptom", description: "A joint dislocated, not said to have gone back.", sentence: [DISLOCATED], unless: [WENT_BACK, LONG_AGO] },
  { id: "pop-or-giving-way", syndrome: "injury", level: "urgent", effect: "symptom", description: "A joint that popped out (and went back).", sentence: [POPPED_OUT], unless: [LONG_AGO] },
];
