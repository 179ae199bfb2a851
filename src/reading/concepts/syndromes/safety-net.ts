import { type ConceptRule, explainingTheWholeMessage, lexicon } from "../lexicon.js";

/**
 * The safety net: symptom language beyond mild soreness that no syndrome rule explains is at least
 * `therapist`, never `none`. Mild words ("a bit sore", "achy", "stiff") are deliberately absent, and so is a
 * headache or a migraine alone, an everyday reason to skip a session (one the exercises bring on or that keeps coming
 * is here; a sudden, worst-ever one is a stroke sign in stroke.ts).
 */

/**
 * Said mildly, swelling or a bruise after exercise is expected and iced, not reviewed: "a little
 * swollen", "small bruise", "un poco hinchada". Said of anything else the modifier changes nothing.
 * Each guarded word is looked ahead first ("(?=swell)"), so the look-behind runs only where the
 * word starts instead of at every position of every message.
 */
const MILD = String.raw`(?<!\b(?:a (?:little|bit|tad|touch|wee bit|tiny bit)|bit|little|lil|slightly|slight|mildly|mild|small|tiny|minor|some) (?:of )?)`;
const LEVE = String.raw`(?<!\b(?:un poco|un poquito|un poquitin|poco|algo|ligeramente|levemente|leve|pequeno|pequeno) (?:de )?)`;

/** Working muscles, where a burn is the exercise doing its job ("el ardor en los glúteos"). */
const MUSCLES = String.raw`(?:musculos?|gluteos?|nalgas|cuadriceps|muslos?|pantorrillas?|gemelos?|abdominales|abdomen|piernas?|brazos?)`;

/** A burn in a working muscle is the exercise doing its job: "a burning feeling in my quads on the last reps". */
const WORKING_MUSCLES = String.raw`(?:quads?|quadriceps|glutes?|thighs?|hamstrings?|calf|calves|muscles?|abs|core|butt|bum)`;
/** A heart that pounds on the bike is working, not a sign. */
const NOT_FROM_EXERTION = String.raw`(?! (?:\w+ ){0,2}(?:on|during|after|from|with|doing) (?:the |my |a )?(?:bike|cycling|walk|walking|stairs|steps?|step ups|exercises?|workout|session|set|reps|squats|cardio|run|running))`;

/** A joint or limb, for the vague ways people say something is wrong with it. */
const JOINT = String.raw`(?:knee|knees|hip|hips|ankle|ankles|shoulder|shoulders|back|neck|leg|legs|foot|feet|arm|arms|hand|hands|wrist|elbow|calf|thigh|joint|scar|wound|incision)`;
const ARTICULACION = String.raw`(?:rodillas?|caderas?|tobillos?|hombros?|espalda|cuello|piernas?|pies?|brazos?|manos?|muneca|codo|pantorrilla|muslo|cicatriz|herida)`;

/** Warm from an ice or heat pack, a bath or the sun is not a sign. */
const NOT_FROM_HEAT = String.raw`(?! (?:\w+ ){0,3}(?:from|after|because of|since|por|de|despues de) (?:the |a |my |la |el |una )?(?:ice|heat|hot|warm|heating|bolsa|compresa|shower|bath|ducha|bano|sun|sol|pack|pad|hielo|calor))`;

const SYMPTOM_LANGUAGE = lexicon(
  "symptoms beyond mild soreness",
  [
    `(?=swell)${MILD}swell\\w*`, `(?=swollen)${MILD}swollen`, `(?=swolen)${MILD}swolen`, `(?=puffy)${MILD}puffy`, `(?=bruis)${MILD}bruis\\w*`, "black and blue", "dizz\\w*", "light ?headed", "woozy", "vertigo", "(?:room|everything|head) (?:is |was |keeps )?spinning", "nause\\w*", "vomit\\w*", "threw up", "throwing up",
    "palpitat\\w*", `(?:heart|pulse) (?:is |was |keeps )?(?:racing|pounding|fluttering|skipping|irregular)${NOT_FROM_EXERTION}`, "throbb\\w*", "stabbing", "shooting", `burning (?:pain|sensation|feeling)(?! (?:\\w+ )?in (?:my |the |his |her )?${WORKING_MUSCLES})`, "sharp (?:pain|pains)", "(?:knee|joint|it|hip|back|shoulder) (?:\\w+ )?lock(?:ed|ing|s)(?: up)?",
    "gives? way", "giving way", "unstable", "limp(?:ing|s)?", "(?:cant|cannot|couldnt|unable to) (?:walk|bend|straighten|move|sit|stand(?! (?:the|it|this|that|these|those|him|her|them|doing|how|when))|lift|raise|turn)", "hurts? (?:a lot|so much|like hell|badly|bad)", "(?:really|very|so|extremely|super) (?:painful|sore|swollen)",
    "lot of pain", "so much pain", "in pain", "bad pain", "pain (?:is |s |has been |getting |feels )(?:really |very |so |pretty |quite )?bad", "blister\\w*", "rash", "discolou?r\\w*", "(?:blue|purple|white|cold) (?:toes|foot|fingers|hand)", "grinding", "clicking and (?:pain|hurting)", "cough\\w*",
    // A headache the exercises bring on, or one that keeps coming, is for review; one given as a reason to skip is not.
    "(?:headaches?|migraines?) (?:\\w+ ){0,4}(?:after|during|from|when|while|with) (?:\\w+ ){0,2}(?:exercises?|neck|stretch\\w*|workout|session|them)", "(?:keep|keeps|kept) getting (?:\\w+ )?(?:headaches?|migraines?)", "(?:headaches?|migraines?) (?:\\w+ ){0,3}(?:every|all the time|constant\\w*|daily)",
    // Vague but real: "I don't feel right", "something's not right with my knee", "my knee feels hot".
    "(?:dont|do not|doesnt|does not|not) feel(?:ing)? (?:right|well|myself|himself|herself)", "something (?:is |s |feels |seems )?(?:(?:really|seriously|dangerously|very|badly|definitely) )?(?:not right|wrong|off)(?! with (?:the|my|this) (?:app|phone|link|texts?|messages?|schedule|reminders?|video|sheet))",
    "(?:weird|strange|odd|funny|new|horrible|awful) (?:\\w+ )?(?:sensations?|feelings?) (?:in|on|down|around)",
    // Night pain, and pain at rest, are screened for serious causes (NICE back pain and musculoskeletal red flags).
    // Sleeplessness alone is no sign; sleep lost to pain is night pain.
    "(?:cant|cannot|couldnt|unable to) (?:get to )?sleep (?:\\w+ ){0,4}(?:pain|hurt\\w*|ach\\w*|throb\\w*|sore\\w*)", "(?:pain|hurt\\w*|ach\\w*|throb\\w*|sore\\w*) (?:\\w+ ){0,4}(?:cant|cannot|couldnt|unable to|wont let (?:me|him|her)|doesnt let (?:me|him|her)) (?:get to )?sleep",
    "(?:ache|aches|aching|achy|hurts?|hurting|pain|painful|throb\\w*|sore) (?:\\w+ ){0,2}(?:at night|in the night|wakes? (?:me|him|her) up|waking (?:me|him|her) up|keeps? (?:me|him|her) awake)", "(?:all|so|really|very) (?:shaky|weak|wobbly)", "washed out", "side effects?",
    // New findings a therapist screens for (lumps, night sweats, unexplained weight loss, blurred vision, spasms).
    "clunk\\w*", "(?:making|made|make|makes) (?:\\w+ ){0,2}(?:worse|it worse)", `${JOINT} (?:\\w+ ){0,3}(?:is|s|feels?|getting|got|gotten|seems|went) (?:\\w+ )?worse`, "worse than (?:before|yesterday|last week|usual|it was)", "lumps?", "lumpy", "(?:a |new )(?:bump|knot|mass)", "night sweats?", "(?:losing|lost|dropping|dropped) (?:\\w+ )?weight (?:without|for no)", "blurr\\w* vision", "vision (?:\\w+ )?blurr\\w*", "spasms?", "twitch(?:ing|es)",
    `${JOINT} (?:\\w+ ){0,3}(?:feels?|is|s|looks?|seems|went|gone|keeps?) (?:\\w+ )?(?:hot|warm|cold|icy|freezing|weird|strange|odd|funny|off|wrong|unstable|loose|wobbly|catching|rolling|giving out|locking)${NOT_FROM_HEAT}`, `${JOINT} (?:\\w+ ){0,4}(?:is |keeps )?(?:catching|rolling|locking|giving out)`,
  ],
  [
    `(?=hinchad)${LEVE}hinchad\\w*`, `(?=inflamad)${LEVE}inflamad\\w*`, `(?=hinchazon)${LEVE}hinchazon`, `(?=moreton)${LEVE}moreton\\w*`, "morado\\w*", "mare(?:o|ad[oa]|os|ando)", "vertigo", "nause\\w*", "vomit\\w*", "palpitaciones", "punzante\\w*", "pinchazo\\w*", `ardor(?! (?:\\w+ )?(?:en|de) (?:los |las |el |la |mis |mi )?${MUSCLES})`, "(?:se )?bloque(?:a|o|ada|ado)", "trab(?:a|o|ada)", "cojea\\w*", "renque\\w*",
    "no (?:puedo|puede|pude|podia) dormir (?:\\w+ ){0,4}(?:dolor|duel\\w*|molest\\w*|punzad\\w*)", "no (?:puedo|puede|pude) (?:caminar|doblar|estirar|mover|sentarme|pararme|levantar)", "duele (?:mucho|muchisimo|bastante)", "mucho dolor", "muy (?:adolorid\\w*|hinchad\\w*)", "ampoll\\w*", "sarpullido", "comezon", "picazon", "tos", "(?:dolor(?:es)? de cabeza|jaquecas?|migranas?) (?:\\w+ ){0,4}(?:despues de|durante|con|al hacer|cuando hago) (?:\\w+ ){0,2}(?:ejercicios?|cuello|estiramientos?|rutina)", "(?:dolor(?:es)? de cabeza|jaquecas?|migranas?) (?:\\w+ ){0,3}(?:todos los dias|cada (?:dia|tarde|manana|noche)|todo el tiempo|constante\\w*)",
    "(?:me|se|le) (?:siento|siente|sentia|encuentro|encuentra) (?:muy |bien |super |como )?(?:rar[oa]|mal(?! (?:por|de) no)|fatal|debil|tembloros[oa]|decaid[oa])", "(?:cosas|sensaciones) (?:muy )?(?:raras|extranas) en", `(?:siento|siente|noto|nota|sentia) (?:la |el |mi |su |las |los |mis |sus )?${ARTICULACION} (?:\\w+ )?(?:rar[oa]s?|extran[oa]s?|inestables?|floj[oa]s?|suelt[oa]s?|calientes?|fri[oa]s?|dormid[oa]s?)`, "(?:un )?(?:jalon|tiron|pinchazo|piquete) (?:\\w+ )?(?:en|de) (?:la |el |mi |su )?\\w+",
    "(?:me|le) (?:duele\\w*|despierta\\w*) (?:\\w+ ){0,3}(?:en la noche|por la noche|de noche|en las noches)", "el dolor (?:me |le )?(?:despierta|no (?:me|le) deja dormir)", "algo (?:no (?:esta|anda) bien|anda mal|raro) (?:con|en)", "tembloros[oa]", "efectos secundarios",
    "(?:me|le|se) arde\\w* (?:(?:mucho|muchisimo|bastante|demasiado|horrible) )?(?:la |el |los |las |mi |su )?(?:cicatriz|herida|incision|piel|planta|pies?|puntos|grapas)", "(?:cicatriz|herida|incision|piel|planta|pies?) (?:me |le |esta )?(?:arde\\w*|ardiendo)", "(?:se )?(?:me |le )?hinch(?:a|an|o|aron)\\b", "(?:empeorando|empeoran|empeoraron)", "peor que (?:antes|ayer|la semana pasada)", `${ARTICULACION} (?:\\w+ ){0,3}(?:esta|se siente|la siento|lo siento|sigue) (?:\\w+ )?peor`, "bultos?", "(?:me|le) (?:salio|salieron|sale) una? (?:bola|bolita|pelota|chichon)", "sudores? nocturnos?", "(?:bajando|baje|bajo|perdiendo|perdi) (?:\\w+ )?peso sin", "vista borrosa", "(?:veo|ve) borroso", "espasmos?",
    `${ARTICULACION} (?:\\w+ ){0,3}(?:esta|se siente|siento|se ve|se pone|se puso|sigue|me (?:queda|quedo)) (?:\\w+ )?(?:caliente|rar[oa]|extran[oa]|inestable|floj[oa]|suelt[oa]|trab(?:ad[oa]|a|o))${NOT_FROM_HEAT}`,
  ],
);

/** Said about a symptom that is getting better, it is not a new report: "the swelling went down"; "ya estoy mejor" covers the cold told a sentence before. */
const IMPROVING = explainingTheWholeMessage(lexicon(
  "improving or reassured",
  ["(?:went|gone|going|come|came|coming|go|goes) down", "(?:are|re|is|s|were|was) (?:\\w+ )?down (?:again )?(?:by|in|after|once|overnight)", "(?:nurse|doctor|surgeon|gp|physio|therapist|dr) (?:said|says|told \\w+|checked \\w+)(?: \\w+){0,3} (?:fine|ok|okay|normal|good|nothing to worry)", "(?:much |a lot |way )?better", "no worse (?:than|since)", "not (?:getting |any )?worse", "(?:fine|ok|okay|all good|settled) now", "(?:fine|ok|okay|better|settled|passed|gone) (?:again )?(?:after|within|in) (?:a |one |two |\\d+ |a few |a couple (?:of )?)?(?:secs?|seconds?|mins?|minutes?|moments?|bit)", "improv\\w*", "less (?:swollen|swelling|bruised|dizzy)", "(?:has )?gone", "settled", "eased", "(?:it |that )?passed", "went away", "gone away", "wore off", "(?:nothing|none|not) since", "(?:fine|ok|okay|good|normal|all good) (?:ever )?since", "back to normal", "(?:hasnt|has not|havent|have not) (?:come back|been back|returned|happened again)", "(?:going|turning|gone|turned|fading|faded) (?:\\w+ )?(?:yellow\\w*|green\\w*|yellowy)", "(?:bruis\\w*|black and blue) (?:[\\w,]+ ){0,4}(?:fading|faded|clearing up)", "healing (?:nicely|well|up)"],
  ["(?:ya )?(?:bajo|bajando|baja)", "mejor", "mejor(?:o|ando|ado|ando)", "no (?:esta |va )?peor", "menos (?:hinchad\\w*|inflamad\\w*|mareo)", "(?:la enfermera|el doctor|la doctora|el medico|la medica|el cirujano) (?:dijo|me dijo|le dijo|reviso)(?: \\w+){0,3} (?:bien|normal|nada)", "se (?:me )?(?:quito|fue|paso)", "(?:nada|no) desde (?:entonces|ahi)", "(?:ya )?(?:volvio|regreso) a la normalidad", "no (?:ha|me ha) vuelto", "se (?:me |le )?(?:pasa|baja|deshincha|desinflama)", "(?:ya )?(?:esta|estan) normal(?:es)?", "(?:ya )?(?:esta|se puso|se esta poniendo) (?:verde ?)?(?:amarill\\w*|verde)"],
));

export const SAFETY_NET_RULE: ConceptRule = {
  id: "unexplained-symptom",
  syndrome: "safety-net",
  level: "therapist",
  effect: "request",
  description: "Symptom language beyond mild soreness that no other rule explains.",
  sentence: [SYMPTOM_LANGUAGE],
  unless: [IMPROVING],
};
