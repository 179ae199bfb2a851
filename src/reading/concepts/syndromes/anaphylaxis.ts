import { anyOf, type ConceptRule, lexicon } from "../lexicon.js";
import { BREATHING_TROUBLE } from "../shared.js";

/**
 * Anaphylaxis, from the Resuscitation Council UK / WAO criteria: swelling of lips, tongue, face or
 * throat; a tight or closing throat, trouble swallowing, hoarse voice; hives with any of these or
 * with breathing trouble.
 */

const AIRWAY_SITE = lexicon("lips, tongue, face or throat", ["lips?", "tongue", "throat", "mouth", "face"], ["labios?", "lengua", "garganta", "boca", "cara", "bembas?", "trompa", "jeta"]);

const SWELLING = lexicon(
  "swelling",
  ["swell\\w*", "swollen", "swolen", "puff\\w*", "thick", "blown up", "blowing up", "blew up", "enlarged", "distended", "ballooned", "ballooning", "like (?:sausages|balloons|a sausage|a balloon)"],
  ["hinch\\w*", "inflam\\w*", "abultad\\w*", "como (?:salchichas|una salchicha|globos|un globo|morcillas|chorizos)"],
);

const THROAT_CLOSING = lexicon(
  "throat tight or closing",
  ["throat (?:\\w+ ){0,4}(?:closing|tight\\w*|swell\\w*|narrow\\w*|closed|snug|constrict\\w*|small|smaller|tiny|shrink\\w*|like a straw)", "(?:cant|cannot|hard to|trouble|struggling to) (?:\\w+ )?swallow\\w*", "(?:can|could) (?:hardly|barely|only just) swallow\\w*", "tight throat", "anaphyla\\w*", "epi ?pen", "allergic reaction (?:and|with) (?:\\w+ ){0,3}(?:throat|breath|lips|tongue|swell\\w*)"],
  ["(?:se (?:me|le) )?(?:esta )?(?:cierra|cerr\\w*) la garganta", "garganta (?:se )?(?:\\w+ ){0,2}cerr\\w*", "(?:garganta|gaznate|garguero) (?:\\w+ ){0,2}(?:cerrada|cerrado|apretada|apretado|cerrandose|hinchada|hinchado|chiquita|chiquitita|pequena|estrecha|angosta|como un popote|como una pajita)", "(?:siento|sentia|tengo) (?:el|la) (?:gaznate|garguero|garganta) (?:\\w+ )?(?:apretad[oa]|cerrad[oa])", "no (?:me|le) pasa (?:ni )?(?:la saliva|el agua)", "(?:la garganta|el gaznate) (?:me |le |se )?(?:aprieta|cierra)", "no (?:puedo|puede) tragar", "me cuesta tragar", "anafila\\w*", "reaccion alergica (?:fuerte|grave)"],
);

/** A throat that feels wrong in any words ("feels weird", "scratchy", "thick"): with hives, the start of a reaction. */
const THROAT_FEELS_WRONG = lexicon(
  "a throat that feels wrong",
  ["throat (?:\\w+ ){0,3}(?:weird|funny|strange|odd|off|itchy|scratchy|thick|tight\\w*|swollen|closing|tingl\\w*)", "(?:lips?|tongue) (?:\\w+ ){0,3}(?:tingl\\w*|numb|itchy|weird|funny)", "voice (?:\\w+ ){0,3}(?:hoarse|croaky|raspy|tight|strange|changed)", "hoarse",
    // A throat told by what it feels like: a hand round it, a lump on swallowing, a voice muffled as if round a hot potato.
    "(?:hand|hands|fingers|rope|noose) (?:round|around|on) {P} (?:neck|throat)", "(?:neck|throat) (?:\\w+ ){0,2}(?:being )?(?:squeez\\w*|strangl\\w*|clos\\w*)", "lump (?:in {P} throat )?when (?:i |he |she )?(?:gulp|swallow)\\w*", "talk\\w* (?:round|around|through|with) (?:a |an )?(?:plum|marble|hot potato|potato|mouthful)"],
  ["garganta (?:\\w+ ){0,3}(?:rara|extrana|apretada|cerrada|hinchada|picando|pica|raspos\\w*|gruesa)", "(?:labios?|lengua) (?:\\w+ ){0,3}(?:hormigue\\w*|dormid[oa]s?|raros?|rara)", "(?:voz|ronc\\w*) (?:\\w+ ){0,2}(?:ronca|rara|cambiada|apagada)", "ronquera", "(?:me|le|se) (?:cierra|cierran|aprieta|aprietan|cerraba|apretaba) (?:el cuello|la garganta)", "(?:una )?bola (?:en la garganta )?(?:al|cuando) tragar", "como (?:una|un) (?:mano|soga) (?:en|alrededor de)(?:l| el| la)? (?:cuello|garganta)", "habl\\w* como (?:con|si tuviera) (?:una|un) (?:papa|ciruela|canica|bocado)"],
);

/**
 * A likely allergen just met (WAO criterion 2): a new medicine, a sting, a food people react to. With
 * a change in the airway or the skin it is anaphylaxis until shown otherwise.
 */
const EXPOSURE = lexicon(
  "a new medicine, a sting or an allergenic food",
  [
    "(?:new|started|starting|first) (?:\\w+ ){0,2}(?:tablets?|pills?|meds|medicines?|medications?|antibiotics?|painkillers?|anti ?inflammator\\w*|prescription|injection|jab|drug)", "(?:took|taken|taking|after|since) (?:the |my |a |an |his |her )?(?:\\w+ )?(?:tablets?|pills?|meds|antibiotics?|painkillers?|ibuprofen|aspirin|penicillin|amoxicillin|injection)",
    "stung", "stings?", "bee", "wasp", "hornet", "latex", "new (?:\\w+ ){0,2}(?:band|bands|theraband|gloves)", "(?:ate|eaten|eating|had) (?:\\w+ ){0,3}(?:nuts?|peanuts?|shellfish|prawns?|shrimp|sesame)", "reaction to", "allergic to",
  ],
  [
    "(?:pastilla|medicina|medicamento|antibiotico|inyeccion|tableta|pildora)s? (?:nuev[oa]s?|que (?:me )?(?:dieron|recetaron))", "(?:nuev[oa]s?) (?:pastillas?|medicinas?|medicamentos?|antibioticos?)", "(?:tome|tomo|despues de|desde) (?:\\w+ ){0,2}(?:pastilla|medicina|medicamento|antibiotico|inyeccion|ibuprofeno|aspirina|penicilina)",
    "(?:me|le) pic(?:o|aron) (?:una |un )?(?:abeja|avispa|bicho)", "abeja", "avispa", "(?:comio|comi|comido) (?:\\w+ ){0,2}(?:mani|cacahuate|nueces|mariscos|camarones)", "alergia (?:a|con)", "me dio alergia", "latex", "(?:liga|banda|goma|guantes?) nuev[oa]s?", "nuev[oa]s? (?:liga|banda|goma|guantes?)",
  ],
);
/** The airway or skin changing: a hoarse voice, a tingling or swollen lip, a throat that feels wrong, lips gone fat. */
const AIRWAY_OR_LIPS_BIG = lexicon(
  "lips, tongue or face gone big",
  ["(?:lips?|tongue|face|mouth|pout) (?:\\w+ ){0,3}(?:fat|fatter|huge|massive|enormous|big|bigger|twice (?:the|its|their|the normal) size|double (?:the |its )?size|like (?:\\w+ ){0,2}(?:filler|botox|a duck))", "(?:duck|trout) (?:lips|pout)"],
  ["(?:labios?|lengua|cara|boca|bembas?) (?:\\w+ ){0,3}(?:gord[oa]s?|enorme|grandot[ae]|el doble)"],
);
/** Faint, dizzy or light-headed: with hives, the blood pressure falling (WAO). */
const FAINTNESS = lexicon(
  "faint, dizzy or light-headed",
  ["faint\\w*", "dizz\\w*", "light ?headed", "woozy", "(?:everything|vision|it) (?:is |s )?(?:going|gone|went) (?:fuzzy|grey|gray|black|dark)", "need to (?:sit|lie) down", "pass(?:ing)? out"],
  ["mare(?:o|ad[oa]|os|ando)", "desmay\\w*", "desvanec\\w*", "todo (?:me )?da vueltas", "(?:se me )?(?:nubla|va) la vista"],
);
/** Hives where mosquitoes, nettles or a known food in the past are named: local bites, or an old allergy told. */
const LOCAL_OR_KNOWN = lexicon(
  "bites, nettles or an allergy known",
  ["mosquito\\w*", "mozzie\\w*", "midges?", "bug bites?", "bed ?bugs?", "nettles?", "(?:i|he|she) (?:always |usually |sometimes )?gets? (?:\\w+ )?(?:hives|welts|a rash) (?:from|with|if|when|whenever)"],
  ["mosquitos?", "moscos?", "zancudos?", "chinches?", "ortigas?", "jejenes?", "(?:siempre )?(?:me|le) (?:salen|dan) ronchas (?:con|cuando|si)"],
);

const HIVES = lexicon(
  "hives or welts",
  ["hives", "welts", "rash all over", "(?:itchy |raised |red )?(?:bumps|lumps|blotches) (?:all over|everywhere)", "blotch\\w*"],
  ["ronchas", "urticaria", "habones", "sarpullido por todo", "(?:granos|piquetes|bultitos|manchas|ronchitas) (?:\\w+ ){0,4}por todo el cuerpo"],
);

export const ANAPHYLAXIS_RULES: readonly ConceptRule[] = [
  { id: "allergic-reaction", syndrome: "anaphylaxis", level: "emergency", effect: "symptom", description: "Lips, tongue, face or throat swelling.", sentence: [AIRWAY_SITE, SWELLING], historyCancels: true },
  { id: "allergic-reaction", syndrome: "anaphylaxis", level: "emergency", effect: "symptom", description: "A tight or closing throat, trouble swallowing.", sentence: [THROAT_CLOSING], historyCancels: true },
  { id: "allergic-reaction", syndrome: "anaphylaxis", level: "emergency", effect: "symptom", description: "Hives with breathing trouble.", message: [HIVES, BREATHING_TROUBLE] },
  { id: "allergic-reaction", syndrome: "anaphylaxis", level: "emergency", effect: "symptom", description: "Hives with a throat, lips or tongue that feel wrong.", message: [HIVES, THROAT_FEELS_WRONG] },
  { id: "allergic-reaction", syndrome: "anaphylaxis", level: "emergency", effect: "symptom", description: "Hives with feeling faint, dizzy or light-headed (blood pressure falling).", message: [HIVES, FAINTNESS] },
  { id: "allergic-reaction", syndrome: "anaphylaxis", level: "emergency", effect: "symptom", description: "After a new medicine, a sting or an allergenic food: a hoarse voice, a throat, lips or tongue that feel wrong, or lips, tongue or face gone big.", message: [EXPOSURE, anyOf("airway changing", THROAT_FEELS_WRONG, AIRWAY_OR_LIPS_BIG)], historyCancels: true },
  { id: "hives", syndrome: "anaphylaxis", level: "urgent", effect: "symptom", description: "Hives or welts on their own, not bites or nettles or an allergy the patient already knows.", sentence: [HIVES], unless: [LOCAL_OR_KNOWN] },
];
