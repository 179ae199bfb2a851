import { type ConceptRule, lexicon } from "../lexicon.js";
import { FROM_HOW_IT_WAS_HELD, SINCE_AN_OLD_INJURY } from "../shared.js";

/**
 * New neurological signs in a limb (NICE CKS sciatica / radiculopathy red flags): numbness, tingling,
 * pins and needles, weakness, a foot that drags or slaps (foot drop), new shooting pain down a leg.
 * Gradual or single-limb → urgent; sudden one-sided is stroke (stroke.ts).
 */

const LIMB_NUMB = lexicon(
  "numbness, tingling or pins and needles",
  ["numb(?:ness|ed|ing|ish|y|s)?", "num", "pa?r(?:a|ae|e)sth?esia\\w*", "tingl\\w*(?! (?:stretch|pull))", "pins and needles", "pins n needles", "prickl(?:ing|es)", "fell asleep and (?:wont|didnt) wake", "(?:cant|cannot|couldnt) feel (?:much |anything |a thing )?(?:in |on )?(?:{P} )?(?:\\w+ )?(?:foot|feet|leg|legs|toes?|hand|hands|fingers?|arm|arms|thumb|heel|pinky|pinkie|little finger|ring finger|knee|thigh|ankle|shin|skin)", "(?:feel|feels|felt|feeling) nothing (?:in|on|with|from) (?:{P} )?(?:foot|feet|leg|legs|toes|hand|hands|fingers|arm|arms|thumb|heel)", "no feeling in", "lost (?:the )?feeling in", "electric (?:shocks?|feeling)", "(?:foot|feet|leg|legs|hand|hands|arm|arms|toes|fingers|knee|thigh|ankle) (?:\\w+ ){0,4}asleep", "buzzing (?:in|down)", "like ants"],
  ["hormigue\\w*", "cosquille\\w*", "se (?:me|le|les) (?:duermen|durmieron)(?! (?:\\w+ )?(?:de|por|x) (?:estar|tanto))", "(?:se (?:me|le) )?(?:va|van|esta|estan|anda|andan) (?:\\w+ ){0,3}(?:durmiendo|adormeciendo|entumiendo|entumeciendo)", "adormecimiento", "entumecimiento", "entumid\\w*", "entumecid\\w*", "adormecid\\w*", "acorchad\\w*", "calambrit\\w*", "no (?:siento|siente|noto|nota) (?:nada )?(?:{S} )?(?:pie|pies|pierna|piernas|mano|manos|dedos|brazo|talon|rodilla|muslo|tobillo|piel)(?! (?:tan )?(?:mal|cansad\\w*))", "(?:pie|pies|pierna|piernas|mano|manos|brazo|dedos|rodillas?|muslos?|tobillos?)(?: \\w+){0,4} (?:como )?(?:dormid[oa]s?|acorchad[oa]s?)", "(?:pie|pies|pierna|piernas|mano|manos|brazo|dedos) (?:\\w+ ){0,3}se (?:me|le) (?:va |esta |sigue )?(?:durmiendo|adormeciendo|entumiendo)", "parestesia\\w*", "sin sensibilidad", "se (?:me|le) (?:ha|han|habia) (?:dormido|adormecido|entumecido|entumido|acorchado) (?:{S} )?(?:pie|pierna|mano|brazo|dedo)\\w*", "se (?:me|le) (?:durmi\\w*|duerme\\w*|adormec\\w*|entum\\w*) (?:{S} )?(?:pie|pierna|mano|brazo|dedos)\\w*", "piquetitos", "piquete\\w*", "toques electricos"],
);

/**
 * Numbness told as a likeness (NICE CKS: reduced sensation in a limb is a red flag however it is put):
 * a part gone like cotton wool, cork or cardboard, like after a dentist's injection, like it belongs
 * to someone else, fizzing or buzzing. Only of a limb: a head "like cotton wool" is a cold.
 */
/** Numb for years, or from a known nerve disease: not new (an old sign is the therapist's, by old-injury-still-limits). */
const NUMB_FOR_YEARS = lexicon(
  "numb for years, or from a known nerve disease",
  ["for (?:years|ages|decades|\\d+ years|(?:two|three|four|five|six|many|several) years)", "years now", "since (?:the |my )?(?:diabetes|neuropathy|chemo|chemotherapy)", "(?:doc|doctor|gp|neuro\\w*|consultant) knows", "neuropath\\w*", "diabetic (?:feet|foot|nerves?)"],
  ["desde hace (?:\\w+ )?anos", "hace anos", "de toda la vida", "(?:por|de|desde) (?:la )?(?:diabetes|neuropatia|quimio\\w*)", "neuropatia", "(?:el|mi) (?:medico|doctor|doctora|neurologo) (?:ya )?(?:lo )?sabe"],
);

const NUMB_LIKENESS = lexicon(
  "numbness told as a likeness",
  [
    "(?:like|as if|as though|feels?|felt|gone|went) (?:\\w+ ){0,2}(?:cotton wool|cotton|cork|cardboard|polystyrene|styrofoam|rubber(?! bands?\\b)|plastic|a dead thing)",
    "(?:like|as if|as though) (?:\\w+ ){0,3}(?:dentist|dentists|dental|novocaine|anaesthetic|anesthetic|local)(?: \\w+)?(?: injection| jab| numbing)?(?! (?:wore|wearing|has worn) off)",
    "(?:like|as if|as though) (?:it|they|its|theyre|it is|they are|it was|they were) (?:\\w+ ){0,2}(?:belong\\w* to|attached to|someone|somebody|not (?:mine|my own|part of me))(?: \\w+)?(?: else)?", "(?:dont|doesnt|do not) feel (?:like )?(?:mine|my own|part of me)",
    "(?<!\\b(?:phone|mobile|cell|watch|alarm|it)(?: \\w+){0,2} )(?:fizz\\w*|buzz\\w*|humming|vibrat\\w*)(?! (?:drink|water|pop|phone|(?:\\w+ )?(?:after|from|with|on|during) (?:the |that |my |this |a )?(?:workout|run|session|exercises?|class|walk|gym|squats|bike|cycling|ride|stairs|swim|bridges|sets?|reps|excitement|energy|caffeine|coffee)))", "(?:sherbet|pop rocks|champagne|soda) (?:in|under|inside)", "like (?:im |i m |i am )?wearing (?:a )?gloves?", "like (?:a |thick )?gloves? on", "like (?:\\w+ )?ants (?:crawling|walking|marching|running)"
  ],
  [
    "como (?:de |si fuera de |si fuera )?(?:corcho|carton|algodon|goma|plastico|trapo)", "como (?:\\w+ ){0,3}(?:dentista|anestesia|anestesiad[oa])(?! (?:se (?:me |le )?(?:paso|quito|fue)))", "anestesiad[oa]",
    "como si (?:no )?(?:fuera|fueran|estuviera|estuvieran) (?:de )?(?:otra persona|otro|otra|alguien mas|ajen[oa]s?|prestad[oa]s?|mi[oa]s?)", "no (?:la|lo|las|los) siento (?:como )?(?:mia|mio|mias|mios|propi[oa]s?)",
    "(?:burbujas|burbujeo|gaseos[oa]|efervescen\\w*|zumb\\w*|vibra\\w*)(?! (?:del telefono|del celular|de la bebida))", "como (?:con|si (?:llevara|tuviera|trajera)) (?:un )?guantes?", "(?:como )?(?:hormiguitas|hormigas) (?:\\w+ ){0,1}(?:caminando|corriendo|andando|subiendo|bajando)"
  ],
);
/** Where numbness may be felt: a limb or a part of one. */
const SENSATION_SITE = lexicon(
  "a limb or part of one",
  ["arms?", "hands?", "legs?", "foot", "feet", "knees?", "thighs?", "shins?", "calf", "calves", "ankles?", "toes?", "fingers?", "thumbs?", "palms?", "heels?", "soles?", "wrists?", "forearms?"],
  ["brazos?", "manos?", "piernas?", "pies?", "rodillas?", "muslos?", "espinillas?", "pantorrillas?", "tobillos?", "dedos?", "pulgar", "palmas?", "talon\\w*", "plantas?", "munecas?", "antebrazos?", "gemelos?"],
);

const LIMB = lexicon("limb", ["arm", "arms", "hand", "hands", "leg", "legs", "foot", "feet", "knee", "thigh", "fingers", "grips?"], ["brazo\\w*", "mano\\w*", "pierna\\w*", "pie", "pies", "rodilla", "muslo", "dedos", "pata(?! de (?:la|el|una|un) (?:silla|mesa|cama|banco))", "gamba"]);

const WEAK = lexicon(
  "weak or not obeying",
  ["weak\\w*", "no strength", "(?:all |gone |went |is |s )floppy", "lost (?:\\w+ )?strength", "(?:like )?(?:a )?dead ?weight", "(?:wont|doesnt|cant|couldnt|cannot|could not|will not|isnt|wouldnt) (?:work\\w*|move|respond\\w*|grip|hold(?! (?:it |them |the \\w+ |(?:my|his|her|the) (?:balance|position) )?(?:for|more than|longer|past|beyond|steady|still|very long|long|even|with(?:out)? (?:a |my |the |both |any )?(?:hand|hands|support|help|chair|counter|wall|rail)|\\d))|lift|obey|do what|listen|cooperate)", "gave (?:way|out)", "giving (?:way|out)", "buckl\\w*", "(?:went|gone|turned|goes|go|suddenly) (?:\\w+ )?(?:like |to )?jelly", "went dead", "(?<!\\b(?:im|i am|i feel|feel|feeling|such|a|an|so|hes|shes) )useless",
    // A hand that lets go (NICE CKS: weakness of grip): things slip from it, buttons cannot be done.
    "(?:keeps?|kept|keeping|started|been) (?:\\w+ )?(?:letting go of|dropping|losing hold of) (?:things|stuff|everything|cups?|mugs?|my \\w+|the \\w+)", "lets? go of (?:things|stuff|everything) (?:on its own|by itself|without)", "(?:cant|cannot|couldnt|no longer|struggl\\w* to) (?:do up|fasten|undo|manage) (?:{P} )?(?:buttons|zip|zipper)", "clumsy"],
  ["debil\\w*", "sin fuerza", "perdi (?:la )?fuerza", "no (?:me |le )?responde", "se (?:me|le) (?:dobla|doblo) (?:la )?(?:rodilla|pierna)", "no (?:puedo|puede) (?:agarrar|sostener|levantar)", "floj\\w*", "se (?:me|le) (?:caen|cae|resbalan|escapan|escurren|sueltan) las cosas", "no (?:puedo|puede|logro|logra) (?:abrochar\\w*|abotonar\\w*)", "torpe"],
);

const FOOT_DROP = lexicon(
  "foot drop",
  ["foot drop", "drop foot", "(?:foot|toes) (?:\\w+ ){0,2}forgot how to (?:lift|come up|go up|work|move)", "(?:it|foot|toes) (?:\\w+ )?(?:slaps|slapping|flaps|flapping) (?:on |against )?(?:the )?(?:floor|ground|pavement)", "foot (?:\\w+ ){0,2}(?:drags?|dragging|flops?|flopping|flaps?|flapping|floppy|slaps?|slapping|catches|catching|scuffs?|scuffing|hangs?|hanging)", "(?:drag|dragging|drags) (?:{P} )?(?:left |right |bad |weak )?(?:foot|leg|toes)", "(?:cant|cannot|couldnt) (?:lift|raise|pull up|point) (?:{P} )?(?:foot|toes|ankle)", "(?:trip|tripping|catch|catching) (?:over |on )?(?:{P} )?(?:own )?(?:foot|toes)",
    // Foot drop told by the gait (NICE CKS): the toe scuffing or catching, the knee lifted high to clear it, the foot slapping down.
    "(?:shoe|shoes|toe|toes|foot|feet) (?:\\w+ ){0,2}(?:scuff\\w*|scrap\\w*|catch\\w*|clip\\w*|snag\\w*|stub\\w*) (?:\\w+ ){0,3}(?:carpet|floor|ground|step|steps|stair|stairs|pavement|kerb|curb|rug|every step|each step|on every|on each)(?! (?:because|cause|coz|since) (?:theyre|they are|its|it is) (?:too )?(?:big|loose|new|long))",
    "(?:lift|raise|hitch|swing|bring) (?:{P} )?(?:\\w+ )?(?:knee|leg|foot) (?:up )?(?:really |extra |very |so |right |super )?(?:high|higher)(?: \\w+){0,3} (?:to (?:clear|get over|stop|avoid)|like a (?:horse|pony|soldier|stork)|so (?:\\w+ )?(?:foot|toes?) (?:doesnt|dont|wont))",
    "(?:foot|feet) (?:\\w+ ){0,2}(?:smack\\w*|slap\\w*|slam\\w*|thwack\\w*|flap\\w*|flop\\w*|thud\\w*|bang\\w*) (?:\\w+ ){0,4}(?:every|each) step", "like a (?:flipper|clown shoe|duck foot)", "like (?:i am |im )?(?:wearing )?flippers",
    "(?:front|tip|toes|ball) of {P} (?:\\w+ )?foot (?:wont|will not|doesnt|cant|cannot|isnt|wouldnt) (?:come|go|lift|pull|point|bend)\\w* up", "(?:cant|cannot|couldnt|unable to) (?:lift|raise|pull up|bring up) the (?:front|tip|point) of {P} (?:\\w+ )?foot", "foot (?:is |keeps )?(?:falling|dropping|falls|drops) (?:\\w+ ){0,2}when (?:i |he |she )?walk", "(?:hits|slaps|smacks) the (?:floor|ground) like a slap",
    "(?:cant|cannot|couldnt|unable to) (?:stand|walk|balance) on {P} heels?(?!,? (?:\\w+ ){0,3}(?:hurts|pain|sore|because|cause|tender|plantar|fasciitis|spurs?)\\b)", "(?:cant|cannot|couldnt|unable to) (?:pull|lift|raise|bring|point) (?:{P} )?(?:\\w+ )?(?:foot|toes) (?:up )?(?:towards|toward|to) (?:me|him|her)", "(?:foot|it) (?:\\w+ ){0,2}just (?:hangs|flops|dangles)(?: there| down)?",
    // Told by what happens: toes that will not come up, tripping over nothing, a slipper lost without feeling it go.
    "toes? (?:\\w+ ){0,2}(?:wont|doesnt|dont|cant|will not|does not|do not) (?:lift|come up|go up|clear)", "(?:keep|keeps|kept|keep on) (?:tripping|stumbling|catching (?:my|his|her|the) (?:toes?|foot)) (?:over|on) (?:nothing|thin air|air|flat ground)",
    "(?:slipper|shoe|flip ?flop|sandal|clog)s? (?:\\w+ ){0,2}(?:keeps?|kept) (?:falling|coming|slipping|sliding) off (?:\\w+ ){0,6}(?:dont|didnt|cant|doesnt|do not|did not) (?:even )?(?:feel|notice)"],
  ["pie caido", "pie (?:\\w+,? ){0,3}(?:se )?arrastr\\w* (?:cuando|al) (?:camin|and)\\w*", "(?:arrastro|arrastra|arrastrando) (?:el|la|mi|su) (?:pie|pierna|punta del pie)", "(?:pie|pierna)\\b[^.!?]{0,40}\\b(?:lo|la) (?:arrastro|arrastra|voy arrastrando|llevo arrastrando)", "(?:arrastro|arrastra|arrastrando) (?:la punta|los dedos)(?: del pie)?", "se (?:me|le) cae (?:el|mi|su) pie(?! (?:de|del|fuera|por) )", "(?:el|mi|su) pie (?:\\w+ ){0,2}(?:arrastra|cuelga|se cae|no se levanta|golpea)", "no (?:puedo|puede) levantar (?:la punta del pie|el pie|los dedos del pie)", "se me engancha el pie",
    "(?:punta del pie|pie|dedos del pie|zapato|zapatilla|punta) (?:\\w+ ){0,3}(?:engancha|tropieza|roza|arrastra|pega|choca|atora|atasca|enreda)\\w* (?:\\w+ ){0,4}(?:cada|en (?:el|la|los|las|cada)) (?:escalon|escalones|paso|alfombra|suelo|piso|vereda|acera|escalera)",
    "(?:engancha|tropieza|roza|arrastra|choca|atora|atasca|enreda)\\w* (?:\\w+ ){0,2}(?:punta del pie|punta|zapato|zapatilla|dedos del pie)(?: \\w+){0,4} (?:a )?(?:cada|en (?:el|la|los|las|cada)) (?:escalon|escalones|paso|alfombra|suelo|piso|vereda|acera|escalera)",
    "(?:levantar|subir|alzar) (?:mucho |bien )?(?:la )?rodilla (?:muy |bien )?(?:alt\\w*|arriba)(?: \\w+){0,3} (?:para que no|para no|porque)",
    "(?:pie|pies) (?:\\w+ ){0,3}(?:pegando|golpeando|azotando|aplaudiendo|chancleando|palmeando|pega|golpea|azota) (?:\\w+ ){0,5}(?:cada paso|como (?:una )?(?:chancla|aleta|pato))", "como (?:una )?(?:chancla|aleta) (?:\\w+ ){0,3}(?:cada|al) (?:paso|caminar)",
    "no (?:puedo|puede) (?:subir|levantar|alzar) la punta(?: del pie)?", "(?:el|mi|su|la) (?:pie|pierna) (?:\\w+ ){0,3}se (?:me|le) (?:va )?arrastr\\w*", "se (?:me|le) cae la punta(?: del pie)?", "(?:me|le) cuesta (?:mas |mucho |trabajo )?(?:levantar|subir|alzar) (?:el|la|mi|su) (?:pie|punta)", "se (?:me|le) arrastra (?:el|la|mi|su) (?:pie|pierna)", "(?:pie|pies) (?:\\w+ ){0,2}colgando", "(?:lo|la) (?:arrastro|arrastra|arrastre) (?:al|cuando) (?:camin|and)\\w*", "pie (?:\\w+ ){0,6}(?:lo|la) (?:arrastro|arrastra|arrastre|voy arrastrando)", "se (?:me|le) va de punta", "(?:el|mi|su) pie (?:\\w+ ){0,2}(?:me |le )?palmea", "ruido de chancla", "(?:voy|va) pateando el (?:suelo|piso)", "se (?:me|le) (?:esta )?cayendo el pie", "(?:el pie )?(?:pega|golpea) en el (?:piso|suelo) (?:\\w+ ){0,2}(?:cuando|al) (?:camino|camina|caminar)", "(?:lo|la) (?:voy|va|iba) arrastrando", "no (?:me )?(?:puedo|puede) (?:poner|pararme|pararse|subir) de (?:puntillas|puntitas) con el pie"],
);

const SHOOTING = lexicon(
  "shooting pain down a limb",
  ["(?:shooting|electric|burning|radiating|lightning|zinging|searing|stabbing) (?:pain|pains|feeling|sensation|shocks?|bolts?)? ?(?:\\w+ ){0,2}(?:down|into|through|along) (?:{P} |the back of (?:{P} )?)?(?:leg|legs|buttock|bum|butt|foot|calf|thigh|arm|hand)", "(?:pain|it) (?:\\w+ ){0,1}(?:shoots|shooting|goes|going|runs|running|travels|radiates) (?:all the way )?down (?:{P} )?(?:leg|arm|foot)",
    // Sciatica by name only when it is new, flaring or bad; named as the patient's known condition it is not a new sign.
    "(?:got|have|getting|developed|started|new|bad|awful|terrible|horrible) (?:\\w+ )?sciatica", "sciatica (?:\\w+ ){0,2}(?:in|down|into) (?:both|my|the|his|her) (?:\\w+ )?(?:legs?|foot|feet|calf|thigh|buttock)", "sciatica (?:\\w+ ){0,2}(?:started|began|kicked in|flar\\w*|again|is back|came back|killing|awful|terrible|bad|worse|down)"],
  ["dolor (?:\\w+ ){0,3}(?:que )?(?:\\w+ )?(?:baja|corre|se corre|recorre|se va|irradia) (?:por|hasta|a) (?:la|mi|el) (?:pierna|pie|gluteo|nalga|brazo)", "(?:como (?:una )?)?(?:corriente|descarga|electricidad) (?:\\w+ ){0,3}(?:pierna|pie|brazo)", "corrientazo\\w*", "calambre (?:que )?(?:baja|corre)", "(?:me )?(?:dio|empezo|vino|volvio|tengo|agarro) (?:\\w+ )?ciatica", "ciatica (?:\\w+ ){0,2}(?:en|por|hasta) (?:las dos|ambas|la|las|el|mi) (?:\\w+ )?(?:piernas?|pie|pantorrilla|muslo|nalga|gluteo)", "ciatica (?:\\w+ ){0,2}(?:empezo|me mata|peor|fuerte|insoportable|de nuevo|otra vez|volvio|baja)", "descarga\\w* (?:electrica\\w*)? ?(?:por|en) (?:la )?pierna"],
);

const NOT_CHANGING = String.raw`(?![^.!?]*\b(?:now|today|new|spreading|worse|whole|entire|suddenly|hoy|ahora|nuev[oa]|peor|toda|todo el|de repente|se extiende)\b)`;

/**
 * A numb patch beside the scar: the skin's small nerves cut by the incision, expected for months
 * after an operation (AAOS on knee replacement). Not when it is spreading, new or worse.
 */
/** Numb as a feeling, not a sensation (PHQ-9: feeling nothing, not caring): low mood, not a nerve sign. */
const NUMB_INSIDE = lexicon(
  "numb as a feeling",
  ["emotionally numb", "numb inside", "numb to (?:it all|everything|the world|everyone)", "numb,? (?:\\w+ ){0,2}(?:dont|do not) care"],
  ["(?:entumecid[oa]|anestesiad[oa]) por dentro", "no siento nada por dentro"],
);
/** A foot or arm gone to sleep from how it lay: sat on, legs crossed, slept on — pressure on the nerve, not a new sign. */
const ASLEEP_FROM_HOW_IT_LAY = lexicon(
  "gone to sleep from how it lay",
  [
    // …or from the ice on it: "my knee goes numb after 20 min of ice".
    "numb\\w* (?:\\w+ ){0,4}(?:from|after|with|under) (?:\\w+ ){0,3}(?:ice|icing|ice packs?|the cold pack|frozen peas)", "(?:after|when|while|from|with) (?:i )?(?:ice|icing|iced) (?:\\w+ ){0,5}numb\\w*", "(?:despues de|al|cuando) (?:ponerme |pongo |me pongo |poner )?(?:el )?hielo (?:\\w+ ){0,5}(?:dormid[oa]|entumid[oa]|adormecid[oa]|entumecid[oa])", "(?:hielo|bolsa de hielo)\\b(?:\\w+ ){0,4}(?:dormid[oa]|entumid[oa]|adormecid[oa])","(?:from|after|by|with) (?:\\w+ )?(?:sitting|sat|kneeling|knelt|squatting) (?:\\w+ ){0,3}(?:too long|for (?:ages|hours|a while|too long|\\w+ hours)|cross ?legged|on it|on (?:my|his|her) (?:foot|feet|leg|legs))", "(?:from|after|by) (?:\\w+ )?(?:crossing|crossed) (?:my |his |her )?legs", "(?:legs?|ankles?) crossed", "cross ?legged", "(?:slept|sleeping|lay|lying|laid) (?:funny |wrong )?on (?:it|(?:my|his|her) (?:\\w+ )?(?:arm|hand|leg|side))", "sat on (?:it|my (?:foot|leg|feet))"],
  [FROM_HOW_IT_WAS_HELD, "(?:por|de|x) (?:estar |tanto )?cruzad[oa] de piernas", "(?:con )?(?:la|las) piernas? cruzadas?", "(?:por|de|x) (?:dormir|haber dormido|estar acostad[oa]) (?:sobre|encima de|de lado sobre) (?:el|la|mi|su) (?:brazo|mano|pierna|lado|costado|hombro)", "(?:me|se) (?:sente|sento) (?:sobre|encima de) (?:el|la|mi|su) (?:pie|pierna)"],
);
const NUMB_BY_THE_SCAR = lexicon(
  "a numb patch beside the scar",
  [
    `${NOT_CHANGING}(?:numb|numbness|dead|tingl\\w*|pa?r(?:a|ae|e)sth?esia\\w*)(?: \\w+){0,6} (?:around|next to|near|beside|by|below|above|along|under|over|on|at|outside|inside) (?:(?:of|to) )?(?:the |my |his |her )?(?:scar|incision|wound|cut|stitches|graft site|where they took the graft)`,
    `${NOT_CHANGING}(?:scar|incision)(?: \\w+){0,4} (?:is |feels |still )?(?:numb|dead|tingly)`,
  ],
  [
    `${NOT_CHANGING}(?:cicatriz|herida)(?: \\w+){0,5} (?:dormid[oa]|acorchad[oa]|adormecid[oa]|insensible)`,
    `${NOT_CHANGING}(?:dormid[oa]|acorchad[oa]|adormecid[oa]|insensible|parestesias?) (?:\\w+ ){0,4}(?:alrededor de|junto a|al lado de|cerca de|debajo de|encima de) la (?:cicatriz|herida)`,
  ],
);

export const NEURO_RULES: readonly ConceptRule[] = [
  { id: "limb-numbness-weakness", syndrome: "neuro", level: "urgent", effect: "symptom", description: "New numbness, tingling or pins and needles, not said to have gone, nor gone to sleep from sitting or lying on it.", sentence: [LIMB_NUMB], unless: [NUMB_BY_THE_SCAR, NUMB_INSIDE, ASLEEP_FROM_HOW_IT_LAY, NUMB_FOR_YEARS], historyCancels: true, fadesWhenResolved: true },
  { id: "limb-numbness-weakness", syndrome: "neuro", level: "urgent", effect: "symptom", description: "A limb weak, not obeying or giving way.", sentence: [LIMB, WEAK], historyCancels: true },
  { id: "old-injury-still-limits", syndrome: "neuro", level: "therapist", effect: "symptom", description: "Numbness, tingling or weakness of an old injury: not new, still for the therapist; not once it has gone, nor a limb gone to sleep from how it lay.", sentence: [LIMB_NUMB], unless: [ASLEEP_FROM_HOW_IT_LAY], fadesWhenResolved: true },
  { id: "old-injury-still-limits", syndrome: "neuro", level: "therapist", effect: "symptom", description: "A limb still weak since an old injury.", sentence: [LIMB, WEAK] },
  { id: "foot-drop", syndrome: "neuro", level: "urgent", effect: "symptom", description: "A foot that drags, flops or slaps (foot drop).", sentence: [FOOT_DROP], historyCancels: true, unless: [SINCE_AN_OLD_INJURY] },
  { id: "limb-numbness-weakness", syndrome: "neuro", level: "urgent", effect: "symptom", description: "A limb's numbness told as a likeness: cotton wool, cork, cardboard, a dentist's injection, belonging to someone else, fizzing.", sentence: [SENSATION_SITE, NUMB_LIKENESS], unless: [NUMB_BY_THE_SCAR], historyCancels: true },
  { id: "shooting-pain", syndrome: "neuro", level: "urgent", effect: "symptom", description: "New shooting or electric pain down a leg or arm, not said to be better.", sentence: [SHOOTING], historyCancels: true, fadesWhenResolved: true },
];
