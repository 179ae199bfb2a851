import { type ConceptRule, lexicon } from "../lexicon.js";

/** Syncope (ESC 2018 syncope guideline: transient loss of consciousness), in lay words. */

/** A knee or leg that collapses, or gives way and "I collapsed", is a fall (falls.ts), not a faint. */
// Looked ahead first, so the look-behinds run only where "collaps" starts.
const NOT_A_LEG_GIVING_WAY = String.raw`(?=collaps)(?<!\b(?:knees?|legs?|ankles?|hips?) (?:\w+ )?)(?<!\b(?:gave way|gave out|buckled)(?: \w+){0,4} )`;

const LOST_CONSCIOUSNESS = lexicon(
  "fainted or blacked out",
  [
    "fainted", "fainting", "faints", "feel\\w* faint", "felt faint", "faint (?:spell|episode)", "fanted", "feinted", "fainded", "passed out", "pass out", "passing out", "past out", "blacked out", "black out", "blacking out", "blackout", "lost consciousness", "unconscious", "knocked out",
    "came (?:round|to) (?:on|in|and|after)", "next thing (?:i|he|she|we) (?:know|knew|remember\\w*)", "(?:dont|doesnt|cant) remember (?:\\w+ ){0,3}(?:falling|hitting|going down)", "(?:went down|dropped|fell|collapsed) (?:\\w+ ){0,8}(?:and|but) (?:i |he |she )?(?:dont|doesnt|didnt|cant|cannot) remember", "(?:went down|dropped|fell) like a (?:sack|bag|ton|stone|rock|tree|log)", "woke up on the (?:floor|ground)", `${NOT_A_LEG_GIVING_WAY}collaps\\w*`, "keeled over", "conked out", "everything went (?:black|dark)", "went (?:all )?(?:black|dark)", "lights went out", "out cold", "zonked out", "dropped like a (?:stone|rock)", "went limp", "went (?:all )?floppy", "slump\\w* (?:over|forward|down|sideways|in (?:{P} )?(?:chair|seat))", "everything (?:went|goes|going) (?:grey|gray|white|fuzzy)", "(?:greyed|grayed) out",
    "(?:had|having|has|have|went into) (?:a |another )?(?:seizure|convulsion|fit)(?! (?:about|over|when|because|of))", "seizing", "convulsing",
  ],
  ["desmay\\w*", "(?:perdi|perdio) el (?:conocimiento|sentido)", "(?:me|se) desvaneci\\w*", "inconsciente", "se (?:me|le) (?:fue|apago) todo", "todo (?:se puso|se volvio) negro", "(?:me|se) (?:quede|quedo) (?:sin sentido|inconsciente)", "volvi en si", "cuando (?:me di cuenta|desperte|reaccione) (?:ya )?estaba en el (?:suelo|piso)", "no (?:me )?acuerdo (?:de )?(?:como|cuando) (?:me )?cai", "se (?:me|le) nublo todo", "sincope", "se vino abajo", "soponcio", "patatus", "vahido", "me dio un (?:desmayo|soponcio|patatus|vahido)", "(?:me|se) priv(?:e|o|aba)", "(?:se|me) desplom\\w*", "(?:me|se) esmay\\w*", "(?:me|se) esmorec\\w*", "jamacuco", "(?:quedo|quede|se quedo|me quede) (?:\\w+ )?(?:privad[oa]|inconsciente|sin sentido|sin conocimiento|desmayad[oa])",
    "(?:se (?:me|le) )?(?:fue|iba) el (?:conocimiento|sentido)", "convulsi\\w*", "ataque epileptico"],
);

/** Shock or surprise said as a faint: "I nearly fainted when I saw the bill". */
const FAINT_OF_SURPRISE = lexicon(
  "a faint of surprise",
  ["(?:nearly|almost|practically) (?:fainted|passed out|keeled over|collapsed) (?:\\w+ ){0,2}(?:when|at|after|reading|seeing|hearing) (?:i )?(?:saw|seeing|heard|hearing|read|reading|found out|the (?:bill|price|cost|news|score|results?))"],
  ["(?:casi|por poco) (?:me desmayo|me desmaye|me da algo|me dio algo) (?:\\w+ ){0,2}(?:cuando|al) (?:vi|ver|oi|oir|lei|leer|supe|saber)"],
);

/** Whole phrases for the same event, kept from the older table; a bare "faint" and "came round" among them. */
const FAINTED_IN_FULL_PHRASES = lexicon(
  "fainted, passed out or collapsed, as whole phrases",
  [
    "\\bfaint(?:ed|ing|ness)?\\b",
    "\\b(?:passed|pass|passing) out\\b",
    "\\b(?:blacked|black|blacking) out\\b",
    "\\blost consciousness\\b|\\bunconscious\\b",
    "\\bknocked out\\b",
    "\\bcame (?:round|around)\\b|\\bwoke up on the (?:floor|ground)\\b",
    `\\b${NOT_A_LEG_GIVING_WAY}collaps\\w*`,
    "\\bkeeled over\\b",
  ],
  [
    "\\bdesmay\\w*",
    "\\bperdi el conocimiento\\b|\\bperd(?:i)?o el conocimiento\\b",
    "\\bme desvaneci\\b",
    "\\binconsciente\\b",
    "\\bse me nublo todo\\b",
  ],
);

export const SYNCOPE_RULES: readonly ConceptRule[] = [
  { id: "fainting", syndrome: "syncope", level: "emergency", effect: "symptom", description: "Fainting, passing out, blacking out or collapsing, even briefly.", sentence: [LOST_CONSCIOUSNESS], unless: [FAINT_OF_SURPRISE] },
  { id: "fainting", syndrome: "syncope", level: "emergency", effect: "symptom", description: "Fainting, passing out, blacking out or collapsing, even briefly.", sentence: [FAINTED_IN_FULL_PHRASES], unless: [FAINT_OF_SURPRISE] },
];
