import { type ConceptRule, lexicon } from "../lexicon.js";

/** Heavy bleeding (first-aid "catastrophic bleeding" criteria): a lot of blood, soaking through, not stopping. */

const BLEEDING = lexicon("bleeding", ["bleed\\w*", "bled", "blood (?:is |was |keeps |kept )?(?:streaming|pouring|gushing|flooding|spurting)", "(?:coming out|comes out|came out|losing|lost|lose) (?:so |too |very )?much blood", "(?:too|very) much blood", "nosebleed", "nosebleeds", "nose bleed\\w*", "bloods?(?= (?:(?:is|was|keeps|kept|still) )?(?:everywhere|pouring|gushing|coming|dripping|running|all over|spurting|squirting|pumping|pulsing|soak\\w*|through|(?:has |have |had )?(?:come|came|seeped|leaked|gone|went) through))", "(?:lots|a lot|so much|pool|puddle|loads|tons) of blood", "(?:pumping|spurting|squirting|gushing|pouring|pulsing|streaming) (?:out )?(?:\\w+ )?blood", "dripping (?:on|onto) the floor", "oozing bright red", "soaked through", "blud", "(?:full of|soaked in|covered in|pissing) (?:blood|blud)", "(?:blood|blud)s?(?= (?:everywhere|pouring|gushing|running))", "bloods?(?= blood)"],
  ["sangr\\w*", "hemorragia", "mucha sangre", "charco de sangre"],
);
const HEAVY = lexicon(
  "heavy or not stopping",
  ["a lot", "lots", "loads", "heavily", "heavy", "pour\\w*", "stream\\w*", "flood\\w*", "too much", "(?<=\\b(?:bleed\\w*|bled) (?:very |so |too )?)much", "(?:dont|doesnt|wont|didnt) stop (?:\\w+ )?(?:with|even with|despite) (?:the |my )?pressure", "(?:dropping|falling) (?:on|onto) the (?:floor|ground|carpet)", "badly", "everywhere", "through", "wont stop", "will not stop", "not stopping", "doesnt stop", "keeps (?:coming|going|bleeding)", "like crazy", "non ?stop", "profusely", "so much", "pouring", "gushing", "spurting", "squirting", "dripping", "soak\\w*", "drench\\w*", "puddle", "pool", "all over", "cant stop", "(?:cannot|can not|could not) stop", "(?:very |too )?much blood", "(?:cant|cannot|couldnt|wont|will not) (?:get|make) (?:it|the bleeding|the blood|them) (?:to )?stop", "(?:coming|pouring|running|leaking) (?:out )?(?:\\w+ ){0,3}fast", "wont clot", "(?:soak\\w*|drench\\w*|fill\\w*|through) (?:\\w+ ){0,3}faster than (?:i|we|he|she|they|you) (?:can|could) (?:change|swap|replace|get)",
    // Arterial bleeding beats with the pulse; dressings changed again and again, or pressure that does not stop it.
    "pumping", "pulsing", "(?:with|in time with) (?:every|each|{P}) (?:heart ?beat|pulse)", "(?:changed|changing|change|gone through|went through|used) (?:\\w+ ){0,3}(?:dressings?|pads?|bandages?|gauzes?|towels?) (?:\\w+ ){0,3}(?:times|already|again|in an hour)", "(?:despite|even with|after) (?:\\w+ ){0,3}pressure", "crime scene", "thru", "full of", "like (?:a |an )?(?:tap|faucet|hose|fountain|stuck pig|river|waterfall|burst pipe)", "dripping on(?:to)? the (?:floor|carpet|rug)"],
  ["mucho", "muchisim[oa]", "como (?:un )?(?:cochino|cerdo|marrano|chancho)", "bastante(?! (?:poco|menos|mejor|leve|ligero|bien))", "pura sangre", "sin parar", "no para", "no para\\w de", "(?:dos|tres|cuatro|\\d) (?:toallas|gasas|compresas|vendas) (?:llenas|empapadas|enteras)", "no deja de", "no se detiene", "chorro\\w*", "charco", "empap\\w*", "abundante", "a chorros", "por todos lados", "por todas partes", "un monton", "traspas\\w*", "atraves\\w*", "llen[oa] de sangre", "a pesar de (?:\\w+ ){0,2}presion", "pasa hasta", "gotea\\w* (?:\\w+ )?(?:al|en el|hasta el|por el) (?:suelo|piso)", "tanto que", "a borbotones", "a chorro", "sangra y sangra", "(?:el )?(?:piso|suelo) (?:\\w+ ){0,2}(?:llen[oa]|manchad[oa]|cubiert[oa])", "empape (?:\\w+ ){0,2}(?:toallas?|gasas?|vendas?)", "no para", "tanto", "tantisimo", "como (?:una |un )?(?:fuente|grifo|llave|canilla|manguera|cerdo|chancho|marrano|rio|cascada)"],
);

/** Vomiting blood or "coffee grounds" (upper gastrointestinal bleeding, NICE CG141). */
const VOMITING_BLOOD = lexicon(
  "vomiting blood",
  ["(?:vomit\\w*|threw up|throw\\w* up|puk\\w*|sick) (?:\\w+ ){0,5}(?:blood|coffee grounds)", "blood (?:\\w+ ){0,2}(?:in|when i|when he|when she) (?:\\w+ )?(?:vomit\\w*|threw up|throw up|sick)", "bloody vomit"],
  ["vomit\\w* (?:\\w+ ){0,2}sangre", "(?:devolv\\w*|arroj\\w*) sangre", "sangre (?:en|al) (?:el )?vomit\\w*", "vomito con sangre", "vomito (?:como )?(?:de )?(?:cafe|posos de cafe)", "vomit\\w* (?:\\w+ ){0,3}(?:posos|asientos|borra) de cafe", "vomit\\w* (?:\\w+ ){0,3}(?:como|parecido a) cafe molido"],
);

/** Black, tarry stools (melena): bleeding high in the gut (NHS: black or dark red poo, go to A&E). */
const BLACK_STOOLS = lexicon(
  "black, tarry stools",
  [
    "(?:poo|poop|poos|poops|stools?|bowel movements?|faeces|feces|motions?|number twos?) (?:\\w+ ){0,3}(?:black|tarry|like tar|jet black|tar like|maroon)",
    "(?:black|tarry|jet black|tar like) (?:\\w+ ){0,2}(?:poo|poop|poos|poops|stools?|bowel movements?|faeces|feces|motions?)", "melaena", "melena",
  ],
  ["(?:heces|popo|caca|evacuaciones|deposiciones|excremento|mierda) (?:\\w+ ){0,3}(?:negr\\w*|como (?:chapopote|alquitran|brea|petroleo))", "(?:popo|caca|heces|evacuaciones|deposiciones) negr\\w*", "melena"],
);
/** What turns stools black without bleeding. */
const BLACKENS_STOOLS = lexicon(
  "iron or bismuth",
  ["iron", "ferrous", "pepto\\w*", "bismuth", "liquorice", "licorice", "blueberries"],
  ["hierro", "ferroso", "pepto\\w*", "bismuto", "regaliz", "morcilla"],
);

const BLOOD_THINNERS = lexicon(
  "on blood thinners",
  ["warfarin", "coumadin", "blood ?thinners?", "anticoagula\\w*", "apixaban", "eliquis", "rivaroxaban", "xarelto", "dabigatran", "pradaxa", "edoxaban", "clopidogrel", "plavix", "heparin", "clexane", "enoxaparin", "lovenox", "fragmin"],
  ["sintrom", "acenocumarol", "anticoagula\\w*", "warfarina", "heparina", "(?:pastillas? )?para (?:adelgazar|diluir) la sangre", "eliquis", "xarelto", "clopidogrel"],
);
/** Bleeding for many minutes: on blood thinners it will not stop by itself. */
const FOR_MANY_MINUTES = lexicon(
  "for many minutes",
  ["for (?:over |more than |about |nearly |almost |at least |a good )?(?:half an hour|an hour|\\d+ ?(?:minutes|mins|min)|(?:ten|fifteen|twenty|thirty|forty|fifty) (?:minutes|mins)|hours)"],
  ["(?:desde hace|hace|durante|por|lleva|llevo) (?:mas de |casi |como )?(?:media hora|una hora|\\d+ minutos|(?:diez|quince|veinte|treinta|cuarenta) minutos|horas)"],
);

/**
 * Bleeding that has gone on past twenty minutes, or filled a bowl (NHS: a nosebleed lasting over 10–15 minutes, or a lot of
 * blood, needs A&E). The time may be said in the next sentence: "this one is going on 40 min".
 */
const GOING_ON_TOO_LONG = lexicon(
  "going on past twenty minutes, or a bowl filled",
  [
    "(?:going on|been going|still going|lasting|lasted|keeps going|hasnt stopped|has not stopped|wont stop|not stopping|bleeding|bled)(?: for)? (?:over |more than |about |nearly |almost |like |a good )?(?:(?:[2-9]\\d|\\d{3}) ?(?:minutes|mins|min)\\b|half an hour|an hour|hours|(?:twenty|thirty|forty|fifty) (?:minutes|mins))",
    "(?:filled|filling|fill) (?:up )?(?:half |most of )?(?:a |the |my )?(?:\\w+ )?(?:bowl|cup|mug|glass|sink|bucket|basin)",
  ],
  ["(?:lleva|llevo|desde hace|hace|ya van|van) (?:mas de |casi |como )?(?:media hora|una hora|horas|(?:[2-9]\\d) minutos|(?:veinte|treinta|cuarenta|cincuenta) minutos)", "(?:llene|lleno|llenado) (?:medio |media |la mitad de )?(?:un |una |el |la )?(?:\\w+ )?(?:bowl|tazon|taza|vaso|lavabo|cubeta|balde|palangana)"],
);

/** Blood in the urine: a same-day review (NHS), not an ambulance unless it stops the urine. */
const BLOOD_IN_URINE = lexicon(
  "blood in the urine",
  ["(?:blood|bloody) (?:\\w+ ){0,2}(?:in|when (?:i|he|she)) (?:{P} )?(?:pee|urine|wee|piss)", "(?:peeing|pissing|weeing|passing|urinating|pee|wee) (?:\\w+ ){0,2}blood", "(?:pee|urine|wee) (?:is |looks |came out |was |has been )?(?:\\w+ )?(?:red|bloody|like (?:blood|cola|coke))"],
  ["sangre en (?:la |mi |su )?(?:orina|pis|pipi)", "orin\\w* (?:con )?sangre", "orina (?:\\w+ )?(?:roja|con sangre|como (?:coca|refresco|sangre))", "(?:hago|hace) (?:pis|pipi) con sangre"],
);

/** A wound or its dressing pouring, gushing or not stopping, the word blood unsaid: "the incision started gushing", "mum's stitches came open and it's pouring out". */
const WOUND_OR_DRESSING = lexicon(
  "a wound or its dressing",
  ["wound", "incision", "stitches", "staples", "dressing", "bandage", "plaster", "scar", "cut", "drain site", "(?:drain|drainage)(?: (?:site|hole|tube))?"],
  ["herida", "incision", "puntos", "grapas", "venda\\w*", "aposito", "gasa", "cicatriz", "corte", "curita", "(?:el )?drenaje"],
);
/** A drain, a catheter's or a stoma's bag filling with fresh blood: bleeding inside after the operation. */
const FILLING_WITH_BLOOD = lexicon(
  "a drain or bag filling with fresh blood",
  ["(?:drain|bag|catheter|canister|bottle)s? (?:\\w+ ){0,3}(?:filling|filled|fills|full|keeps filling) (?:up )?(?:\\w+ ){0,2}(?:with )?(?:(?:bright red |fresh |pure |red )?blood|bright red)", "(?:bright red|fresh) blood (?:\\w+ ){0,4}(?:drain|bag|catheter)"],
  ["(?:drenaje|bolsa|sonda|ostomia)s? (?:\\w+ ){0,3}(?:llen\\w*) (?:\\w+ ){0,2}(?:de )?sangre", "sangre (?:roja|rojo vivo|fresca) (?:\\w+ ){0,4}(?:drenaje|bolsa|sonda)"],
);
const POURING_OUT = lexicon(
  "pouring out, not stopping",
  ["gush\\w*", "pouring(?: out)?", "pour(?:s|ed) out", "streaming", "(?:cant|cannot|couldnt) stop (?:it|the (?:bleeding|blood))", "(?:soak\\w*|drench\\w*|fill\\w*) (?:\\w+ ){0,3}faster than (?:i|we|he|she|they|you) (?:can|could) (?:change|swap|replace|get)", "pissing", "running down", "(?:wont|will not|doesnt|isnt) stop(?:ping)?", "still coming", "(?:soaked|soaking|drenched) (?:through|right through)", "(?:gone|went|been) through (?:\\w+ )?(?:towels|pads|dressings|bandages)", "(?:completely|all|soaked) red", "(?:came|come|burst|split) open (?:\\w+ ){0,2}(?:pouring|gushing|bleeding)"],
  ["chorrea\\w*", "a chorros", "no (?:para|deja de) (?:de )?(?:salir|sangrar)", "empapad\\w* (?:de sangre)", "pasa hasta (?:la|el) (?:sabana|colchon|piso|suelo)", "(?:se abrio|se abrieron) (?:\\w+ ){0,2}(?:y )?(?:chorrea|no para)", "a borbotones", "(?:saliendo|sale) (?:\\w+ )?sangre (?:\\w+ )?(?:a borbotones|a chorros|sin parar)"],
);

/** First aid that is not working: "pressing on it isn't stopping it", "apretando y no para". */
const PRESSURE_NOT_STOPPING_IT = lexicon(
  "pressure not stopping the bleeding",
  ["(?:pressing|pressure|holding (?:a |the )?(?:towel|cloth)|pushing) (?:\\w+ ){0,3}(?:isnt|is not|doesnt|does not|wont|not|aint) (?:stopping|stop|helping|working)", "pumping out", "(?:floor|carpet|bathroom|kitchen|sheets?|towels?) (?:is |are |s )?(?:already )?(?:covered|soaked|drenched|full)(?: (?:in|of|with) (?:blood|it))?"],
  ["(?:apretando|presionando|haciendo presion|apreto|presiono) (?:\\w+ ){0,3}(?:y )?no (?:para|se detiene|se para|funciona|sirve)", "(?:el piso|el suelo|la sabana|las toallas?) (?:\\w+ )?(?:lleno|llena|empapad[oa]|cubiert[oa]) de sangre"],
);

/** A pad or towel soaked through every hour or faster (heavy vaginal bleeding, after birth too: NHS, ACOG call it an emergency). */
/** Clots bigger than a golf ball or a plum (heavy bleeding after birth or from the womb: NHS, ACOG). */
const LARGE_CLOTS = lexicon(
  "clots bigger than a golf ball",
  ["clots? (?:\\w+ ){0,3}(?:bigger|larger) than (?:a |an )?(?:golf ?ball|plum|egg|lemon|fist|tennis ball|walnut|ping ?pong ball|\\d+p coin|quarter)", "clots? (?:\\w+ ){0,2}(?:the size of|as big as) (?:a |an )?(?:golf ?ball|plum|egg|lemon|fist|tennis ball|walnut|ping ?pong ball|\\d+p coin|quarter)"],
  ["coagulos? (?:\\w+ ){0,3}(?:mas grandes?|mayores) (?:que|de) (?:una |un )?(?:pelota de golf|ciruela|huevo|limon|puno|nuez|moneda)", "coagulos? (?:\\w+ ){0,2}(?:del tamano de|como) (?:una |un )?(?:pelota de golf|ciruela|huevo|limon|puno|nuez)"],
);
const PADS_SOAKED_HOURLY = lexicon(
  "a pad soaked every hour",
  ["(?:soak\\w*|fill\\w*|going through|go through|goes through|went through|bleed\\w* through|chang\\w*) (?:through |right through )?(?:a |one |my |the |another )?(?:(?:maxi|sanitary|heavy|overnight) )?(?:pad|pads|tampons?|towels?|nappy|diaper) (?:\\w+ ){0,2}(?:every|each|an|a|in (?:an?|less than an?|under an?)) (?:half hour|half an hour|hour|\\d+ min\\w*)"],
  ["(?:empap\\w*|llen\\w*|cambi\\w*|traspas\\w*|mancho) (?:una |la |mi |otra )?(?:toallas?|compresas?|tampon\\w*|toallitas?|toallas? (?:femenina|sanitaria)s?|panal\\w*) (?:\\w+ ){0,2}(?:cada|en) (?:media hora|hora|una hora|menos de una hora|\\d+ min\\w*)"],
);

export const BLEEDING_RULES: readonly ConceptRule[] = [
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "Vomiting blood.", sentence: [VOMITING_BLOOD] },
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "A pad or towel soaked through every hour or faster.", sentence: [PADS_SOAKED_HOURLY] },
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "Passing clots bigger than a golf ball or a plum.", sentence: [LARGE_CLOTS] },
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "Bleeding heavily, soaking through, or not stopping.", sentence: [BLEEDING, HEAVY] },
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "Bleeding (a nosebleed too) going on past twenty minutes, or filling a bowl.", message: [BLEEDING], sentence: [GOING_ON_TOO_LONG], fadesWhenResolved: true },
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "Black, tarry stools (bleeding in the gut), not from iron or bismuth.", sentence: [BLACK_STOOLS], unless: [BLACKENS_STOOLS] },
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "On blood thinners and bleeding for many minutes.", sentence: [BLEEDING, FOR_MANY_MINUTES], message: [BLOOD_THINNERS], fadesWhenResolved: true },
  { id: "blood-in-urine", syndrome: "bleeding", level: "urgent", effect: "symptom", description: "Blood in the urine.", sentence: [BLOOD_IN_URINE] },
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "A wound or dressing gushing, pouring or not stopping, the blood unnamed.", sentence: [WOUND_OR_DRESSING, POURING_OUT] },
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "Bleeding that pressure does not stop, pumping out, or a floor covered.", sentence: [PRESSURE_NOT_STOPPING_IT] },
  { id: "heavy-bleeding", syndrome: "bleeding", level: "emergency", effect: "symptom", description: "A drain or a catheter's or stoma's bag filling with fresh blood.", sentence: [FILLING_WITH_BLOOD] },
];
