import { type ConceptRule, lexicon } from "../lexicon.js";

/**
 * Questions that need the therapist's clinical judgement rather than the exercise library
 * (LABELS Clarifications): pregnancy, heat/ice/creams, substituting equipment, progressing.
 * Medication, returning to activities and asking for a call are in the legacy rule table.
 */

const CLINICAL_TOPIC = lexicon(
  "a clinical question topic",
  [
    "pregnan\\w*", "expecting a baby", "(?:while|when|as|since|now) (?:im|i am|shes|she is|were|we are) expecting", "(?:im|i am|shes|she is) expecting(?= *$)",
    // Whether to exercise through an illness is a clinical judgement.
    "(?:(?:if|when|while|with) (?:i|im|he|she|hes|shes) (?:have|has|got|am|is|feel|feels|ve got|have got)? ?|with )(?:a |the )?(?:cold|flu|covid|virus|bug|chest infection|tummy bug|stomach bug|sick|ill|unwell|poorly|on (?:my|her) period)", "(?:\\d+|a few|few|\\w+) (?:weeks|months) along", "baby on the way", "breastfeed\\w*", "heat", "ice", "ice packs?", "icing", "frozen peas", "cold packs?", "heating pad", "heat pack", "hot pack", "hot water bottle", "hot tub", "jacuzzi", "sauna", "hot bath", "epsom salts?",
    "creams?", "gels?", "ointments?", "rubs?", "patch(?:es)?", "voltaren", "deep heat", "tiger balm", "biofreeze", "icy hot", "bengay", "tens(?: machine| unit)?",
    "instead of (?:the |a |my )?(?:band|bands|weights?|dumbbells?|step|ball|roller|foam roller|strap|chair|mat|towel|cane|walker|kettlebell|machine|bike|floor|bed|stairs|wall|bench|couch|sofa|table|counter|rail|broom|stick)",
    "(?:on|in|with) (?:a |the |my )?(?:\\w+ )?(?:bed|mattress|couch|sofa|recliner|pillow|cushion) (?:instead|rather)", "substitut\\w*", "swap\\w*", "replace (?:the |a )?\\w+ with", "(?:use|using) (?:a |an |my )?\\w+(?: \\w+)? instead", "(?:progress|level up|move up|step up|go up|increase|add) (?:\\w+ ){0,3}(?:weight|weights|reps|sets|resistance|level|difficulty|band)", "progress\\w*", "next level", "harder band",
    "(?:red|green|blue|black|silver|gold|yellow|heavier|stronger|thicker|tighter|next|harder) (?:band|theraband|weights?|dumbbells?|kettlebell)", "(?:more|extra|additional) (?:reps|sets|weight|weights|resistance|rounds|repetitions)", "(?:heavier|bigger) weights?", "(?:only|just) (?:have|got) (?:\\w+ ){0,2}(?:weights?|dumbbells?|bands?|kg|kilos?|pounds?|lbs)",
    "brace", "compression (?:sleeve|socks?|stockings?)", "knee sleeve", "massage", "chiropract\\w*", "acupunct\\w*", "cortisone", "steroid", "supplements?", "collagen", "glucosamine",
  ],
  [
    "embaraz\\w*", "lactancia", "(?:si|cuando|con|mientras) (?:tengo|tiene|estoy|esta)? ?(?:gripa|gripe|resfriado|resfrio|catarro|covid|un virus|la regla|enferm[oa])", "amamant\\w*", "calor", "hielo", "compresa\\w* fria\\w*", "frio o calor", "bolsa de agua caliente", "jacuzzi", "sauna", "tina caliente", "bano caliente", "compresa\\w* calientes?", "crema\\w*", "pomada\\w*", "gel", "unguento", "parche\\w*", "voltaren", "bengue", "(?:en vez|en lugar) de (?:la |el |las |los )?(?:banda|liga|pesas?|escalon|pelota|rodillo|silla|toalla|baston|andadera)", "cambiar (?:la|el) \\w+ por", "sustitu\\w*", "reemplaz\\w*",
    "(?:subir|subo|subirle|aumentar|aumento|pasar|paso|agregar|agrego|anadir|anado) (?:\\w+ ){0,2}(?:nivel|peso|repeticiones|series|dificultad|resistencia)", "siguiente nivel", "progresar", "pasar a (?:la |el |una |un )?(?:siguiente|otra|otro|liga|banda|pesa|nivel)",
    "(?:liga|banda|pesa|mancuerna)s? (?:mas )?(?:dura|fuerte|pesada|gruesa|roja|verde|azul|negra|siguiente)", "mas (?:repeticiones|series|peso|resistencia)", "solo tengo (?:\\w+ ){0,2}(?:pesas?|ligas?|bandas?|mancuernas?|kilos?)", "rodillera", "faja", "masaje\\w*", "quiropract\\w*", "suplementos?",
  ],
);

const TOO_PAINFUL = lexicon(
  "an exercise too painful to do",
  ["(?:hurts?|hurting|hurt|painful|sore) (?:\\w+ ){0,2}(?:too much|so much (?:that|i)|too bad)", "too (?:painful|sore)",
    "(?:impossible|not possible|no way|out of the question) (?:\\w+ ){0,2}(?:with|because of|due to|from|for) (?:{P} |the |this )?(?:\\w+ )?(?:pain|hurt\\w*|sore\\w*)", "(?:cant|couldnt|unable to) (?:do|finish|manage) (?:\\w+ ){0,3}(?:because of|from|with) (?:the )?pain"],
  ["(?:duele\\w*|dolor) (?:\\w+ ){0,2}demasiado", "demasiado dolor", "imposible (?:\\w+ ){0,2}(?:con|por) (?:el |este |tanto )?dolor", "no (?:puedo|pude|puede|pudo) (?:hacer\\w*|terminar\\w*) (?:\\w+ ){0,3}(?:por|del) (?:el )?dolor"],
);

/** Fear of getting hurt while exercising: a concern for the therapist, like a fear of falling (never self-harm). */
const FEAR_OF_INJURY = lexicon(
  "fear of injury while exercising",
  ["(?:scared|afraid|fear\\w*|frightened|worried|nervous|terrified|anxious|wary|paranoid) (?:\\w+ ){0,4}(?:hurt\\w*|injur\\w*|re ?injur\\w*|damag\\w*|tear\\w*|dislocat\\w*|break\\w*|pull\\w* something|strain\\w*|undo\\w*|mess\\w* up) (?:\\w+ ){0,1}(?:myself|himself|herself|it|my|his|her|the|something|again)"],
  ["(?:miedo|temor|panico|preocupa\\w*|nervios\\w*) (?:\\w+ ){0,3}(?:lastimar\\w*|hacer\\w* dano|lesion\\w*|romper\\w*|dislocar\\w*|zafar\\w*|desgarr\\w*|fastidiar\\w*|joder\\w*)"],
);

export const THERAPIST_RULES: readonly ConceptRule[] = [
  { id: "exercise-stopped-by-pain", syndrome: "therapist", level: "therapist", effect: "symptom", description: "An exercise hurts too much to do.", sentence: [TOO_PAINFUL] },
  { id: "fear-of-injury", syndrome: "therapist", level: "therapist", effect: "request", description: "Afraid of getting hurt or injured doing the exercises.", sentence: [FEAR_OF_INJURY] },
  { id: "question-for-clinician", syndrome: "therapist", level: "therapist", effect: "request", description: "A clinical question: pregnancy, heat/ice/creams, equipment substitutes, progressing, braces, other treatments.", sentence: [CLINICAL_TOPIC], questionsOnly: true },
];
