import { type ConceptRule, lexicon } from "../lexicon.js";

/** Syncope (ESC 2018 syncope guideline: transient loss of consciousness), in lay words. */

/** A knee or leg that collapses, or gives way and "I collapsed", is a fall (falls.ts), not a faint. */
// Looked ahead first, so the look-behinds run only where "collaps" starts.
// Nor a thing that collapses: "a tower of phone books waiting to collapse", "the chair collapsed under me".
const NOT_A_LEG_GIVING_WAY = String.raw`(?=collaps)(?<!\b(?:knees?|legs?|ankles?|hips?) (?:\w+ )?)(?<!\b(?:gave way|gave out|buckled)(?: \w+){0,4} )(?<!\b(?:tower|stack|pile|books?|chair|stool|table|shelf|shelves|tent|roof|ceiling|building|bridge|box|boxes|wall|fence|bed|house|structure|step|ladder|deck ?chair|lung)s? (?:\w+ ){0,3})`;

/** Someone knocked out, not a session ("knocked out the bridges", "all three knocked out"). */
const SOMEONE_KNOCKED_OUT = String.raw`(?:was|got|been|were|get|getting|be) knocked out(?! (?:the|my|all|both|them|it|em|those|these)\b)|knocked (?:myself|himself|herself) out|knocked out cold`;

const LOST_CONSCIOUSNESS = lexicon(
  "fainted or blacked out",
  [
    "fainted", "fainting", "faints", "syncop\\w*", "(?:brief |transient |short )?loc (?:\\w+ ){0,2}(?:\\d+|a few|about|maybe|approx\\w*|for|of)", "(?:had|with|brief|transient|witnessed) loc", "feel\\w* faint", "felt faint", "faint (?:spell|episode)", "fanted", "feinted", "fainded", "passed out", "pass out", "passing out", "past out", "blacked out", "black out", "blacking out", "(?<!\\b(?:power|electricity|electric|media|news) )blackout(?! (?:blinds?|curtains?))", "lost consciousness", "unconscious", "(?:all|everything) (?:\\w+ )?(?:black|dark) (?:in|before) (?:my |the |his |her )?eyes", "(?:was|were) not awake (?:\\w+ ){0,2}(?:\\d+|one|a|two|few) (?:minutes?|seconds?)", SOMEONE_KNOCKED_OUT,
    "came (?:round|to) (?:on|in|and|after)", "(?:no idea|dont know|didnt know|not sure|cant remember|cant say) how long (?:i|he|she) (?:was|were|had been|d been) (?:out|unconscious|gone|passed out)", "next thing (?:i|he|she|we) (?:know|knew|remember\\w*)", "(?:dont|doesnt|cant) remember (?:\\w+ ){0,3}(?:falling|hitting|going down)", "(?:went down|dropped|fell|collapsed) (?:\\w+ ){0,8}(?:and|but) (?:i |he |she )?(?:dont|doesnt|didnt|cant|cannot) remember", "(?:went down|dropped|fell) like a (?:sack|bag|ton|stone|rock|tree|log)", "woke up on the (?:floor|ground)", `${NOT_A_LEG_GIVING_WAY}collaps\\w*`, "keeled over", "conked out(?! (?:early|on the (?:sofa|couch)|in front of|at \\d|last night|after (?:dinner|lunch|tea)))", "swoon\\w*", "(?:fell|dropped|went|collapsed) (?:down )?senseless", "everything went (?:black|dark)", "went (?:all )?(?:black|dark)", "lights went out", "out cold", "zonked out", "dropped like a (?:stone|rock)", "went limp", "went (?:all )?floppy", "slump\\w* (?:over|forward|down|sideways|in (?:{P} )?(?:chair|seat))", "everything (?:went|goes|going) (?:grey|gray|white|fuzzy)", "(?:greyed|grayed) out",
    // Time lost, and waking where they did not lie down (ESC: transient loss of consciousness told by its gap).
    "(?:lost|losing) (?:a few|a couple of|some|a|\\d+|few) (?:seconds?|secs?|moments?|minutes?|mins?)(?! (?:on|off|from|of) )", "(?:was|were|been|went) out (?:for )?(?:maybe |about |like |around |a good )?(?:\\d+|a few|a couple of|ten|five|half a|a|some) (?:seconds?|secs?|minutes?|mins?)",
    // Collapsed, told by a likeness: "folded like a deck chair", "went down like a puppet with its strings cut".
    "(?:folded|crumpled|buckled|went down) (?:up )?like (?:a |an )?(?:deck ?chair|lawn chair|camping chair|card table|accordion|house of cards|puppet|rag doll|cheap suit|wet towel)",
    // Out like a light in the middle of something, not at bedtime: "went out like a light during the sit to stand".
    "(?:went|go|goes|going|was|were|am|im|is) out like a light (?:during|while|in the middle of|mid|halfway through|doing|on (?:the|my) (?:\\w+ )?(?:step|stairs|exercise|\\w+ups?|squats?))", "(?:during|while doing|in the middle of|halfway through) (?:\\w+ ){1,4}(?:and|then) (?:i |he |she )?(?:went|was) out like a light",
    "(?:found|find) (?:myself|himself|herself) (?:\\w+ ){0,2}(?:on|in) the (?:floor|ground|mat|rug|carpet)", "(?:woke up|came (?:round|to)) (?:on|in) the (?:mat|rug|carpet|landing|grass|pavement|bathroom|kitchen)",
    "next (?:minute|moment|second|i know)\\W+(?:\\w+ ){0,4}(?:on|in) the (?:floor|ground|mat|rug|carpet)", "blank(?:ed|ing) out(?! on)",
    "(?:had|having|has|have|went into) (?:a |another )?(?:seizure|convulsion|fit)(?! (?:about|over|when|because|of))", "seizing", "convulsing", "(?:came|come|coming) (?:back )?(?:round|around|to) (?:after|again)", "(?:wasnt|was not|werent) (?:answering|responding) (?:\\w+ ){0,4}(?:for|about) (?:a|one|two|\\d+) (?:minute|min|moment)", "eyes (?:\\w+ ){0,4}rolled (?:back|up)", "(?:coming|came) (?:back )?round(?! (?:to|for|the))(?<!\\bbefore (?:i|we|they|he|she|you) came round)", "(?=out )(?<=^|[.,!;] )out (?:cold )?for (?:maybe |about |like |around |a good )?(?:\\d+|a few|a couple of|ten|five|twenty|thirty|half a) (?:seconds?|secs?|minutes?|mins?)", "(?=eyes rolled)(?<!\\bmy )eyes rolled(?: back| up)?(?= *(?:$|[.,!;]))", "(?:fall|fell|falled) down (?:and )?(?:not|dont|didnt|did not) know (?:anything|nothing)"],
  ["desmay\\w*", "(?:cayo|cai|caer|se cayo|me cai) redond[oa]", "(?:perdi|perdio) (?:el|los) (?:conocimiento|sentidos?)", "(?:me|se) (?:he |ha )?desvaneci\\w*", "inconsciente", "se (?:me|le) (?:fue|apago) todo", "todo (?:se puso|se volvio) negro", "(?:me|se) (?:quede|quedo|he quedado|ha quedado) (?:sin sentido|inconsciente|sin conocimiento)", "volvi en si", "cuando (?:me di cuenta|desperte|reaccione) (?:ya )?estaba en el (?:suelo|piso)", "(?:desperte|desperto|me desperte|se desperto) (?:\\w+ ){0,2}en el (?:suelo|piso)", "se (?:me|le) fue la luz(?! (?:de|en) (?:la|el) (?:casa|cocina|calle|barrio|edificio))", "perdida (?:de(?:l)? )?(?:conocimiento|consciencia|conciencia)", "no (?:me )?acuerdo (?:de )?(?:como|cuando) (?:me )?cai", "se (?:me|le) nublo todo", "sincope", "se vino abajo", "soponcio", "patatus", "vahido", "me dio un (?:desmayo|soponcio|patatus|vahido)", "(?:me|se) priv(?:e|o|aba)", "(?:se|me) (?:ha |he |habia )?desplom\\w*", "(?:me|se) esmay\\w*", "(?:me|se) esmorec\\w*", "jamacuco", "(?:quedo|quede|se quedo|me quede) (?:\\w+ )?(?:privad[oa]|inconsciente|sin sentido|sin conocimiento|desmayad[oa])", "(?:estuve|estuvo|quede|quedo|me quede|se quedo) (?:como )?(?:medio minuto|un minuto|unos segundos|un par de minutos|\\d+ (?:segundos|minutos)) (?:fuera(?! de\\b)|id[oa]|ausente|sin responder|sin sentido)(?! (?:de|del) (?:casa|la casa|la oficina|el trabajo|la ciudad))", "(?:me quede|se quedo|quede|quedo) id[oa] (?:como )?(?:unos|un par de|\\d+|varios|medio) (?:segundos|minutos?)",
    "(?:se (?:me|le) )?(?:fue|iba) el (?:conocimiento|sentido)", "convulsi\\w*", "ataque epileptico",
    // Regional: "se cayó redonda" (fell in a faint), "un yeyo" (Cuba, Chile), "la pálida" (Río de la Plata).
    "(?:me|se) (?:cai|cayo) redond[oa]", "(?:cai|cayo|quede|quedo|estaba) privad[oa]", "se (?:me|le) fue el pulso", "el pulso se (?:me|le) fue", "(?:me|se) (?:fui|fue|iba) a negros?", "se (?:me|le) (?:fue|puso) (?:todo )?(?:a |en )?negro", "(?:quede|quedo) (?:tiesa|tieso) (?:\\w+ ){0,3}(?:un|unos|dos|\\d+) (?:minutos?|segundos?)", "yeyo", "(?:me|le) dio (?:la|una) palida", "se (?:me|le) fue el mundo", "(?:cuando )?abri los ojos (?:\\w+ ){0,2}(?:estaba|estoy) en el (?:suelo|piso)", "(?:me|se) (?:quede|quedo) en blanco (?:\\w+ ){0,8}(?:y )?(?:me|se) (?:fui|fue|cai|cayo) (?:al|de|en el) (?:piso|suelo)", "volvi\\w* en si", "no (?:contestaba|respondia|reaccionaba) ni (?:abria|habria) los ojos", "(?:se le|se me) (?:voltearon|fueron|pusieron en blanco) los ojos", "(?:perdi|perdio) (?:la )?(?:conciencia|consciencia)", "se (?:me|le) apago la luz", "(?:me desperte|se desperto) (?:\\w+ ){0,2}en el (?:suelo|piso)"],
);

/** No memory of going down: the fall itself not remembered is a loss of consciousness (ESC), dozing or not. */
const NO_MEMORY_OF_FALLING = lexicon(
  "no memory of going down",
  ["(?:dont|doesnt|cant|didnt|do not|does not|cannot) remember (?:\\w+ ){0,2}(?:falling|going down|hitting the (?:floor|ground)|getting (?:there|down there)|how (?:i|he|she) (?:got|ended up) (?:there|on the floor))"],
  ["no (?:me |se )?(?:acuerdo|acuerda|recuerdo|recuerda) (?:de )?(?:caerme|caerse|haberme caido|haberse caido|la caida|como (?:me|se) cayo|como (?:me|se) cai|como (?:llegue|llego) al (?:suelo|piso))"],
);

/** Shock or surprise said as a faint: "I nearly fainted when I saw the bill". */
const FAINT_OF_SURPRISE = lexicon(
  "a faint of surprise",
  ["(?:nearly |almost |practically )?(?:collapsed|fainted|passed out|died|keeled over) (?:with|from|laughing|of) ?(?:laughter|laughing|laugh)?(?= *(?:$|[.!;]|\\n)|[ .,!]|(?<=laugh\\w*))", "(?:fainted|passed out|died|keeled over) (?:\\w+ ){0,2}(?:when|at|after) (?:i |he |she )?(?:saw|seeing|read|reading|heard|hearing|got|opened) (?:the |my |our )?(?:\\w+ )?(?:bill|price|cost|news|score|results?|invoice|receipt|total)",
    "(?:nearly|almost|practically) (?:fainted|passed out|keeled over|collapsed) (?:\\w+ ){0,2}(?:when|at|after|reading|seeing|hearing) (?:i |he |she |we |they )?(?:saw|seeing|heard|hearing|read|reading|found out|the (?:bill|price|cost|news|score|results?))",
    "(?:nearly|almost|practically|could have) (?:fainted|passed out|blacked out|keeled over|died) (?:\\w+ ){0,2}(?:from|of|with) (?:boredom|laughing|laughter|shock|excitement|joy|happiness|embarrassment|surprise)"],
  ["(?:casi|por poco) (?:me desmayo|me desmaye|me da algo|me dio algo) (?:\\w+ ){0,2}(?:cuando|al) (?:vi|ver|oi|oir|lei|leer|supe|saber)", "(?:casi|por poco) (?:me|le|nos|les) (?:da|dio|daba) (?:un|el) (?:soponcio|patatus|telele|yeyo|vahido|desmayo|jamacuco|sincope)"],
);

/** Passed out asleep, or would pass out if: not a faint. */
const ASLEEP_OR_WOULD = lexicon(
  "passed out asleep, or would if",
  ["nap\\w*(?! (?:\\w+ ){0,2}on the (?:\\w+ )?(?:floor|ground|tiles|pavement))", "slept(?! (?:\\w+ ){0,2}on the (?:\\w+ )?(?:floor|ground|tiles|pavement))", "food coma", "(?:passed|pass) out (?:on|in) (?:the |my )?(?:sofa|couch|bed|armchair|recliner)(?= (?:\\w+ ){0,3}(?:after|from) (?:\\w+ ){0,2}(?:dinner|lunch|roast|meal|food|wine|beers?|drinks|party|work|shift))", "(?=asleep)(?<!\\b(?:like|as if|as though) (?:(?:he|she|i) (?:was|were) )?)asleep", "sleep(?!y\\b|iness\\b|ing (?:pills?|tablets?|meds))\\w*", "zzz+", "(?:id|i would|i d|would|gonna|going to|could) pass out if"],
  ["(?=siesta)(?<!\\b(?:calor|hora|horas|despues|antes|sol) de la )siesta", "(?=dormid)(?<!\\b(?:como|cual) )dormid[oa]", "me dormi", "(?:me )?desmayaria si"],
);

/** Whole phrases for the same event, kept from the older table; a bare "faint" and "came round" among them. */
const FAINTED_IN_FULL_PHRASES = lexicon(
  "fainted, passed out or collapsed, as whole phrases",
  [
    "\\bfaint(?:ed|ing|ness)?\\b(?! (?:click\\w*|crack\\w*|creak\\w*|noise|sound|ache|twinge|smell|line|mark|outline|memory|idea|hope|glow|light|bruis\\w*|scar)\\b)",
    "\\b(?:passed|pass|passing) out\\b",
    "\\b(?:blacked|black|blacking) out\\b",
    "\\blost consciousness\\b|\\bunconscious\\b",
    SOMEONE_KNOCKED_OUT,
    // "before I came round" and "came round to help" are a visit.
    "\\b(?:everything|all|it) (?:go|goes|went|gone|going|turned|turn|turns) (?:all )?(?:black|dark)\\b(?! (?:and white|friday))", "\\b(?:wake|wakes|waking) up on the (?:floor|ground)\\b",
    "\\bcame (?<!\\bbefore (?:i|we|they|he|she|you) came )(?:round|around)\\b(?! to (?:see|visit|help|check|the|my|his|her|our|your|fix|drop|pick|bring))|\\bwoke up on the (?:floor|ground)\\b",
    `\\b${NOT_A_LEG_GIVING_WAY}collaps\\w*`,
    "\\bkeeled over\\b", "(?:the )?next thing (?:i knew |i know )?(?:my \\w+|\\w+) (?:was|were) (?:\\w+ ){0,2}(?:patting|slapping|shaking|calling|standing over|leaning over|over me)", "(?:then|and|just|suddenly|total|complete) lights out(?! (?:at|by|early))"
  ],
  [
    "\\bdesmay\\w*",
    "\\bperdi el conocimiento\\b|\\bperd(?:i)?o el conocimiento\\b",
    "\\bme desvaneci\\b",
    "\\binconsciente\\b",
    "\\bse me nublo todo\\b",
  ],
);

/**
 * ESC red flags: palpitations, or vision or colour going, and then down on the floor. A fall after
 * them is a faint until shown otherwise.
 */
const WARNING_BEFORE = lexicon(
  "palpitations, or vision or colour going",
  ["palpitat\\w*", "flutter\\w*", "(?:heart|pulse) (?:\\w+ ){0,2}(?:racing|pounding|thumping|skipping|going like|like mad|flutter\\w*)", "(?:vision|eyes|sight|everything) (?:\\w+ ){0,2}(?:went|go|going|gone|turned) (?:all )?(?:grey|gray|dark|black|white|fuzzy|blurry|tunnel\\w*)", "went (?:all )?(?:grey|gray|white|pale|clammy)", "funny turn"],
  ["palpitaciones", "corazon (?:\\w+ ){0,2}(?:a mil|acelerad\\w*|desbocad\\w*|latiendo (?:muy )?(?:rapido|fuerte))", "se (?:me|le) (?:nublo|oscurecio|fue) la vista", "(?:me|se) pus[eo] (?:blanc[oa]|palid[oa]|gris|amarill[oa]|verde)", "(?:blanc[oa]|palid[oa]) como (?:un |una )?(?:papel|hoja|pared|fantasma|cera)", "me bajo la presion"],
);
const SLID_DOWN_A_WALL = String.raw`(?:slid|slipped|sank|slumped|sliding|slipping|sinking|slumping|crumpled|slithered) (?:\w+ ){0,3}down (?:the |a )?(?:\w+ )?(?:wall|door|doorframe|door frame|cupboard|cupboards|fridge|counter|cabinet|radiator)(?! (?:to|into|in) (?:a |the )?(?:squat|sit|wall sit|chair position|90))`;
const SE_FUE_POR_LA_PARED = String.raw`(?:se (?:fue|iba|vino) (?:resbalando|escurriendo|deslizando|cayendo)|(?:se )?(?:resbalo|deslizo|escurrio)) (?:por|contra) (?:la )?(?:pared|puerta|mesada|encimera|nevera|heladera)`;
const DOWN_ON_THE_FLOOR = lexicon(
  "down on the floor",
  ["hit the (?:floor|ground|deck)", "went down", "(?:slid|sank|slumped|slipped|slithered) (?:down )?(?:to|onto) the (?:floor|ground)", "(?:fell|dropped|crumpled|slumped) (?:down|over|to the (?:floor|ground))", "crumpled", "(?:ended up|was|found myself) on the (?:floor|ground)", SLID_DOWN_A_WALL],
  ["(?:me|se) fue al (?:piso|suelo)", "(?:me|se) (?:cai|cayo) al (?:piso|suelo)", "(?:quede|quedo|termine|termino) en el (?:piso|suelo)", SE_FUE_POR_LA_PARED],
);


/**
 * A faint as the person beside them sees it (ESC 2018 syncope guideline: witnessed transient loss
 * of consciousness — eyes rolled up, limp, not responding, over within a minute or two): the eyes
 * rolling up, or coming to looking at the ceiling, alone; a body sliding down a wall, a head
 * flopping, going blank mid-sentence, with no answer for a while.
 */
const SEEN_GOING = lexicon(
  "a faint as others see it",
  [
    "(?:his|her|their|mums|moms|dads|_+) eyes (?:\\w+ ){0,2}(?:rolled|rolling|went|turned|flicked) (?:up|back|upwards|backwards)(?! (?:at|when|whenever|because))",
    "(?:came to|came round|came around|woke up|opened (?:my|his|her) eyes|next thing (?:i|he|she) (?:knew|know)) (?:\\w+ ){0,4}(?:looking|staring|lying|gazing) (?:up )?at the ceiling",
    // Coming to on the floor, or told as having just come to ("…and I was on the floor, just came to").
    "(?:came to|came round|came around|come to|coming to|coming round)(?! (?:the|a|an|my|your|his|her|our|their|see|visit|pick|get|help|think|realise|realize|know|terms|mind|for|to|and|with)\\b) (?:\\w+ ){0,3}(?:on|in) the (?:\\w+ )?(?:floor|ground|bath|tub)", "(?:on|in) the (?:\\w+ )?(?:floor|ground),? (?:i |he |she )?(?:just )?(?:came to|came round|came around|come to|coming to)(?! (?:the|a|an|my|your|his|her|our|their|see|visit|pick|get|help|for|and|with)\\b)",
  ],
  [
    "se (?:le|les) (?:pusieron|quedaron|fueron|voltearon|viraron|torcieron|iban) los ojos (?:en blanco|para arriba|hacia arriba|pa arriba|pa tras|para atras)",
    "lo (?:siguiente|proximo) que (?:supe|se|recuerdo|vi) (?:\\w+ ){0,5}(?:techo|suelo|piso)",
  ],
);
const SLUMPED = lexicon(
  "slumped or gone blank",
  [
    SLID_DOWN_A_WALL, "head (?:\\w+ ){0,2}(?:flopped|flopping|lolled|lolling|dropped|slumped|sagged|fell|rolled) (?:forward|forwards|back|backwards|to (?:one|the) side|sideways|onto (?:his|her|my) chest)",
    "(?:switched off|went blank|blanked|zoned out|stopped (?:talking|speaking|answering)|went quiet|froze) (?:right |just )?(?:in the )?mid(?:dle of (?:a |the |her |his )?)? ?(?:sentence|word|conversation)", "went (?:all )?(?:limp|floppy)",
    "(?:hanging|slumped|draped|flopped|collapsed) (?:over|on|across) the (?:handlebars|table|steering wheel|armrest|arm of the chair)",
  ],
  [
    SE_FUE_POR_LA_PARED, "(?:la cabeza (?:se (?:le|me) )?|se (?:le|me) )(?:fue|cayo|colgo|vencio|fue de lado) (?:la cabeza )?(?:para|hacia|pa) (?:adelante|delante|atras|un lado|el costado)", "la cabeza (?:le |me )?(?:quedo )?colgando",
    "(?:quedo|se quedo) colgad[oa] (?:del|de la|sobre el|sobre la) (?:manubrio|mesa|volante|silla|brazo del sillon)", "se quedo (?:callad[oa]|en blanco|ausente|mud[oa]|tiesa|tieso) (?:a (?:la )?mitad|en medio) de (?:una |la )?(?:frase|palabra|conversacion)", "se (?:puso|quedo) (?:floj[oa]|blanda|blando|como (?:un )?trapo)",
  ],
);
const NO_ANSWER_FOR_A_WHILE = lexicon(
  "no answer for a while",
  [
    "(?:didnt|wouldnt|couldnt|did not|would not|wasnt|werent|isnt|not) (?:answer\\w*|respond\\w*|react\\w*|wake\\w*|waking|come (?:round|to)|say anything|talk\\w*)(?: (?:me|us|to me|to us|at all))? for (?:\\w+ ){0,3}?(?:minutes?|mins?|seconds?|secs?|moments?|bit|while)",
    "no (?:response|answer|reaction) (?:from (?:him|her) )?for (?:\\w+ ){0,3}?(?:minutes?|mins?|seconds?|secs?|moments?|bit|while)", "unresponsive",
  ],
  ["no (?:me |nos |le )?(?:contestaba|contesto|respondia|respondio|reaccionaba|reacciono|despertaba|desperto|hablaba)(?: nada| para nada)?(?: (?:como|durante|por|casi))* (?:(?:un|una|unos|unas|\\d+|medio|dos|tres) )?(?:minuto|minutos|segundos|momento|rato|ratito)", "no (?:me |nos )?(?:contestaba|respondia|reaccionaba)(?= *(?:$|[.!;]|\\n)|[,.])", "(?:minuto|minutos|segundos|rato|ratito) sin (?:responder|contestar|reaccionar|despertar)", "sin (?:responder|contestar|reaccionar) (?:\\w+ ){0,3}(?:minuto|minutos|segundos|rato|ratito)"],
);
/** Asleep in the chair, the head nodding: a doze, not a faint. */
const DOZING = lexicon("dozing", ["doz\\w*", "nodd\\w* off", "asleep", "nap\\w*", "snor\\w*"], ["dormid[oa]", "durmiendo", "siesta", "cabece\\w*", "ronca\\w*"]);

export const SYNCOPE_RULES: readonly ConceptRule[] = [
  { id: "fainting", syndrome: "syncope", level: "emergency", effect: "symptom", description: "Fainting, passing out, blacking out or collapsing, even briefly, not years ago.", sentence: [LOST_CONSCIOUSNESS], unless: [FAINT_OF_SURPRISE, ASLEEP_OR_WOULD], historyCancels: true },
  { id: "fainting", syndrome: "syncope", level: "emergency", effect: "symptom", description: "Fainting, passing out, blacking out or collapsing, even briefly, not years ago.", sentence: [FAINTED_IN_FULL_PHRASES], unless: [FAINT_OF_SURPRISE, ASLEEP_OR_WOULD], historyCancels: true },
  { id: "fainting", syndrome: "syncope", level: "emergency", effect: "symptom", description: "Palpitations, or vision or colour going, and then down on the floor (ESC red flags).", sentence: [WARNING_BEFORE, DOWN_ON_THE_FLOOR] },
  { id: "fainting", syndrome: "syncope", level: "emergency", effect: "symptom", description: "A faint as others see it: the eyes rolling up, or coming to looking at the ceiling (ESC witnessed TLOC).", sentence: [SEEN_GOING], historyCancels: true },
  { id: "fainting", syndrome: "syncope", level: "emergency", effect: "symptom", description: "Down on the floor with no memory of going down, even if the patient thinks they dozed off.", sentence: [NO_MEMORY_OF_FALLING], historyCancels: true },
  { id: "fainting", syndrome: "syncope", level: "emergency", effect: "symptom", description: "Slid down a wall, head flopped or gone blank mid-sentence, and no answer for a while (ESC witnessed TLOC); not a doze.", message: [SLUMPED, NO_ANSWER_FOR_A_WHILE], unless: [DOZING], historyCancels: true },
];
