import { anyOf, type ConceptRule, explainingTheWholeMessage, lexicon } from "../lexicon.js";

/**
 * Signs that hold whatever the cause, for when the words for the cause are ones no syndrome knows.
 * Telephone triage starts from them (Schmitt-Thompson: "sounds like a life-threatening emergency";
 * NHS Pathways' early exits): emergency care already called or being weighed, and the skin of shock
 * (ashen, grey or blue, with a cold sweat or a faint — ACS, PE, sepsis and anaphylaxis all look so).
 */

const EMERGENCY_CARE = lexicon(
  "an ambulance, paramedics or the emergency room",
  ["ambulance\\w*", "paramedic\\w*", "911", "999", "(?=112)(?<!\\b(?:rate|pulse|hr|bpm|pulso|frecuencia|ritmo|pressure|presion|sugar|glucose|glucosa|azucar|weight|peso|was|is|at|of|de|en|a|about|around|over|under|to|reps?|x) )112(?! ?(?:bpm|beats|lpm|latidos|over|/|mmhg|mg|kg|lbs?|pounds|reps|times|degrees))", "emergency (?:room|department|services|line|number)", "(?:the|to|in|at) (?:er|e r|a&e|a and e|casualty)", "blue lights"],
  ["ambulancia\\w*", "paramedic\\w*", "(?:el|al) (?:911|112|061|999|107|131|123|066)", "urgencias", "emergencias", "sala de (?:urgencias|emergencias?)", "(?:el|al) samu"],
);

/** Being called, on the way, there, or weighed now: "the paramedics are here", "should I call 911?". */
const NOW_OR_WEIGHED = lexicon(
  "now, on the way, or being weighed",
  [
    "now", "here", "on (?:the|its|their|our) way", "coming", "arrived", "outside", "just", "right away",
    "calling", "called", "call(?:ed)? for", "rang", "ringing", "phoned", "dialled", "dialed", "(?:we are|were|im|i am|hes|he is|shes|she is|theyre) (?:in|at|going to|headed to|off to|taking)",
    "(?:should|shall|do|must|need to|have to|gotta) (?:i|we) (?:\\w+ ){0,2}(?:call|ring|phone|go|take)", "(?:is|would) (?:it|this) (?:be )?(?:an? )?(?:emergency|worth)", "(?:call|ring|phone|dial)(?:ing)? (?:an?|the|for an?)",
    // Asking those around to call: "someone call 911", "HELP call an ambulance".
    "(?:someone|somebody|anyone|anybody|please|pls|plz|help|quick|quickly|sos) (?:\\w+ )?(?:call|ring|phone|dial|get)",
  ],
  [
    "ahora", "ya (?:viene|vienen|esta|estan|llame|llamamos|llego|llegaron)", "viene", "vienen", "en camino", "llegaron", "llego", "afuera",
    "llame", "llamamos", "llamando", "llamo", "(?:estamos|estoy|esta|va|vamos|voy|van) (?:en|a|para|camino a)", "(?:lo|la|me|nos) (?:llevan|llevamos|llevaron|llevo)",
    "(?:debo|debemos|deberia|tengo que|tenemos que|hay que|necesito) (?:\\w+ )?(?:llamar|ir|llevar\\w*)", "(?:llamo|voy|vamos|lo llevo|la llevo) (?:\\w+ )?(?:a|al) (?:urgencias|emergencias|ambulancia|911|112)", "llamen", "llama (?:a|al)", "(?:que )?alguien (?:llame|pida)", "pidan",
  ],
);

/** Emergency care told as past and settled, worked in, or weighed against "is it normal": not tonight's call. */
const NOT_NOW = lexicon(
  "a past visit, a job, or a what-if",
  [
    "yesterday", "last (?:night|week|month|time|year)", "(?:days?|weeks?|months?|years?) ago", "on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", "(?:they|doctor|doc|nurse|paramedics?|medics|ambulance (?:crew|staff|people)) (?:\\w+ ){0,2}(?:said|says|told|sent|discharged|checked|looked (?:at|over))", "checked (?:me|him|her|them|us) (?:over|out)", "sent (?:me|him|her|us) home", "discharged", "(?:all )?clear(?:ed)?",
    "(?:is|s|as|am|was|im|i am) (?:an? )?(?:\\w+ )?(?:paramedic\\w*|er nurse|a&e nurse|ambulance driver)", "works? (?:in|at|for|on) (?:the |an? )?(?:er|a&e|ambulance|emergency)", "(?:wait|waiting) (?:\\w+ ){0,3}(?:hours|forever|ages)",
    // Called for someone else (hidden before screening), or a siren heard going past.
    "(?:for|with) _{3,}\\w*", "sirens?",
    "(?:for|with) (?:my|our|a|the|his|her) (?:neighbou?r|friend|coworker|colleague|boss|grand\\w+|cousin|aunt|uncle|niece|nephew|dog|cat)\\w*", "(?:for|with) (?:his|her) (?:mum|mom|dad|mother|father)", "(?:will|ill|i will|gonna|going to|can|could) (?:still )?(?:do|try|catch up on|get to) (?:them|it|mine|the exercises|my exercises)",
    "(?:was|were|spent) (?:\\w+ ){0,4}(?:in|at) (?:the )?(?:er|a&e|hospital|emergency)",
    // Weighed against "is it normal": a doubt, read by the sign's own rules.
    "or (?:is (?:it|this|that) |its |it s |is )?(?:normal|expected|to be expected)",
  ],
  [
    "ayer", "anoche", "la semana pasada", "el (?:mes|ano) pasado", "hace (?:\\w+ )?(?:dias|semanas|meses|anos)", "el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)", "(?:me|le|nos) (?:dijeron|mandaron|dieron de alta)", "(?:me|lo|la|los|las|nos) (?:revisaron|revisaron bien|checaron|chequearon|miraron)", "(?:dado|dada|dieron) de alta",
    "(?:es|soy|era) (?:\\w+ )?(?:paramedic[oa]|enfermer[oa] de urgencias|chofer de ambulancia)", "trabaja\\w* (?:en|de) (?:urgencias|emergencias|la ambulancia|paramedic\\w*)",
    "(?:estuve|estuvimos|estuvo|fui|fuimos|pase|pasamos) (?:\\w+ ){0,4}(?:en|a) (?:urgencias|emergencias|el hospital)", "(?:para|con) (?:mi|su|el|la|un|una) (?:vecin[oa]|amig[oa]|compa\\w+|jefe|jefa|suegr[oa]|abuel[oa]|ti[oa]|prim[oa]|perr[oa]|gat[oa])", "(?:los|las) (?:hago|hare|hacemos|hacere) (?:\\w+ )?(?:luego|mas tarde|manana|esta noche|despues)",
    "(?:para|con) _{3,}\\w*", "sirenas?",
    "o (?:es )?(?:normal|de esperar)",
  ],
);

/** Emergency care asked about for a what-if, or as the leaflet advises: the question may be a sentence away ("¿y si me falta el aire? ¿llamo al 911?"). */
const FOR_A_WHAT_IF = explainingTheWholeMessage(
  lexicon(
    "a what-if, or advice",
    ["what if", "if (?:i |it |he |she )?ever", "(?:if|when) (?:\\w+ ){0,2}(?:someday|some day|one day)", "(?:if|when|in case) (?:it|this|that|the \\w+|i|he|she|my \\w+) (?:\\w+ ){0,3}(?:again|comes back|happens|gets worse|returns|ever|starts)", "(?:says|said|told (?:me|us)|leaflet|handout|instructions?) (?:\\w+ ){0,3}(?:call|go to|ring|dial)"],
    ["y si", "que pasa si", "(?:si|cuando) (?:\\w+ ){0,2}(?:algun dia|alguna vez|un dia)", "(?:si|cuando|en caso de que) (?:\\w+ ){0,3}(?:vuelve|pasa|empeora|otra vez|de nuevo|vuelva|pase|empeore)", "(?:dice|dijo|dijeron|indica\\w*|folleto|instrucciones) (?:\\w+ ){0,3}(?:llam\\w*|ir a)"],
  ),
);

/** Grey, ashen, blue or deathly pale: the skin of a circulation failing. */
const SHOCK_COLOUR = lexicon(
  "grey, ashen, blue or deathly pale",
  [
    "ashen", "(?:went|gone|going|turned|turning|looks?|looking|is|s|so|all|really|very) (?:\\w+ )?(?:grey|gray|greyish|grayish)(?! (?:hair|sky|day|weather|cloud))", "(?:white|pale) as (?:a )?(?:sheet|ghost|paper|chalk|death)",
    "deathly (?:pale|white)", "(?:lips|face|fingers|skin) (?:\\w+ ){0,2}(?:blue|bluish|purple|grey|gray)", "(?:blue|purple|grey|gray) (?:lips|face)", "drained of colou?r", "(?:lost|losing) (?:all )?(?:his|her|my|their) colou?r",
  ],
  [
    "(?:se puso|se ha puesto|esta|estaba|lo veo|la veo|me veo|quedo) (?:\\w+ )?(?:gris|ceniz\\w*|verdos\\w*|blanc[oa] como (?:la pared|un papel|el papel|la leche|un fantasma))", "palid[oa] como", "(?:labios|cara|dedos|piel) (?:\\w+ ){0,2}(?:azul\\w*|morad[oa]s?|gris\\w*)", "(?:se le|se me) fue el color",
  ],
);

/** What comes with it when it is shock: a cold sweat, a faint, breathlessness or a mind going. */
const SHOCK_COMPANY = lexicon(
  "a cold sweat, faint, breathless or muddled",
  [
    "sweat\\w*", "clammy", "cold and (?:wet|damp)", "drenched", "faint\\w*", "passed out", "(?:about|going|gonna) to pass out", "dizz\\w*", "light ?headed", "woozy", "(?:cant|cannot|couldnt|struggling to|hard to) (?:breathe|catch|get (?:his|her|my|their) breath)", "breathless\\w*", "short of breath", "gasping", "confused", "not making sense", "out of it", "shaking", "shivering", "collaps\\w*", "cold (?:hands|skin|to the touch)",
  ],
  ["sud\\w*", "empapad\\w*", "frio y (?:humedo|mojado)", "desmay\\w*", "mare\\w*", "(?:no (?:puede|puedo)|le cuesta|me cuesta) respirar", "falta (?:de )?(?:el )?aire", "ahoga\\w*", "confundid\\w*", "tembl\\w*", "escalofrios", "(?:piel|manos) fri[oa]s"],
);

/** Minutes or hours old, or come on at once: "10 min ago", "since lunch", "ahorita", "de golpe". */
const JUST_HAPPENED = lexicon(
  "minutes or hours old",
  [
    "(?:\\d+|a few|few|ten|five|fifteen|twenty|half an?|an?) ?(?:mins?|minutes?|hours?|hrs?|secs?|seconds?) ago", "(?:in|within|over) the (?:last|past) (?:\\w+ )?(?:mins?|minutes?|hours?|half hour|hour)", "just now", "right now",
    "(?:since|from) (?:last night|this morning|lunch|breakfast|dinner|midnight|waking up|(?:he|she|i) woke up)", "out of nowhere", "all of a sudden", "suddenly",
  ],
  ["hace (?:\\d+|unos|un par de|cinco|diez|quince|veinte|media) ?(?:min\\w*|horas?|segundos?)", "desde (?:anoche|esta manana|la madrugada|el almuerzo|que se desperto|que me desperte)", "ahorita", "ahora mismo", "de repente", "de golpe", "de la nada", "derrepente"],
);

/** Alarm in the writer's words, or a relative writing for the patient. */
const ALARMED = lexicon(
  "alarm, or a relative writing",
  [
    "^help", "help (?:me|us|please|pls)", "please help", "scared", "frightened", "terrified", "panick\\w*", "never (?:like|been like) this", "something (?:is |s )?(?:really |very )?wrong", "what (?:do|should) (?:i|we) do",
    "this is (?:his|her|their) (?:wife|husband|son|daughter|carer|mum|mom|dad|partner)", "(?:his|her) (?:wife|husband|son|daughter|carer|partner) here",
  ],
  ["ayuda(?:nme|me)?", "(?:me da|tengo|que) miedo", "asustad\\w*", "que (?:hago|hacemos)", "nunca (?:estuvo|ha estado|habia estado) asi", "soy su (?:hij[oa]|espos[oa]|cuidador\\w*|niet[oa]|pareja)", "algo (?:anda|esta) (?:muy )?mal"],
);

/** A person, or a limb or face, that can no longer do what it did: "he can't lift it", "her hand won't grip", "no puede hablar". */
const FUNCTION_LOST = lexicon(
  "a person or a body part that can no longer do something",
  [
    "(?:i|im|he|hes|she|shes|they|mum|mom|dad|{P} (?:mum|mom|dad|husband|wife|son|daughter|partner|father|mother|grandma|grandpa|nan|gran)|{P} (?:arm|arms|hand|hands|leg|legs|foot|feet|face|mouth|eye|eyes|fingers)) (?:\\w+ )?(?:cant|cannot|can not|couldnt|could not|wont|will not|wouldnt|is unable to|isnt able to|stopped|no longer|doesnt|didnt) (?:\\w+ ){0,2}(?:move|lift|hold|grip|feel|see|speak|talk|say|swallow|breathe|walk|stand|get up|wake|answer|respond|make sense|work|pee|wee)\\w*",
  ],
  ["no (?:puede|pudo|podia) (?:\\w+ )?(?:mover|levantar|agarrar|sostener|sentir|ver|hablar|tragar|respirar|caminar|pararse|despertar|contestar|orinar|hacer pis)\\w*", "no (?:puedo|pude) (?:\\w+ )?(?:mover|levantar|agarrar|sostener|sentir|ver|hablar|tragar|respirar|caminar|pararme|orinar|hacer pis)\\w*", "no (?:le |me )?(?:responde|contesta|obedece)\\b"],
);

/** Emergencies the patient has lived through, by the names people give them. */
const A_PAST_EMERGENCY = String.raw`(?:heart attacks?|cardiac arrest|(?:mini |little |small )?strokes?|tia|(?:blood )?clots?|pulmonary embolism|embolism|dvt|sepsis|septic shock|anaphyla\w*|allergic reaction|seizures?|bypass|stent|brain bleed|bleed|haemorrhage|hemorrhage|aneurysm|collapse|blackout|overdose)`;
const UNA_EMERGENCIA_PASADA = String.raw`(?:infartos?|ataque (?:al corazon|cardiaco)|paro(?: cardiaco)?|derrames?(?: cerebral)?|ictus|embolias?|trombos?|trombosis|coagulos?|sepsis|anafilaxia|reaccion alergica|convulsion(?:es)?|hemorragia|aneurisma|sobredosis|bypass)`;
const PASSED_OUT = String.raw`(?:passed out|fainted|blacked out|collapsed|keeled over|went down)`;

/**
 * A sign known by its likeness to an emergency the patient lived through (NHS 111 and Schmitt-Thompson ask
 * "is this like your previous heart attack?"; a yes is an emergency): "this is exactly how my heart attack
 * started", "I know this feeling, it's what I had before my bypass", "dad's face is doing that thing again,
 * like in 2019 when he had the stroke", "me está pasando lo mismo que cuando me dio el derrame".
 */
const LIKE_A_PAST_EMERGENCY = lexicon(
  "like an emergency lived through before",
  [
    `(?:same|exact same|just|exactly|identical|the very same) (?:\\w+ ){0,3}(?:as|like|to)(?! (?:you|u|the (?:doctor|nurse|physio|therapist|surgeon)|my (?:doctor|nurse|physio|therapist|surgeon)) (?:asked|said|told|suggested|wanted|recommended|requested)\\b) (?:\\w+ ){0,4}(?:before|when|with|during|after|(?:the |that )?(?:last |first |other )?time|my|his|her) (?:\\w+ ){0,3}${A_PAST_EMERGENCY}`,
    `(?:feels?|feeling|felt|is|its|it s|this is|thats|that s|thats exactly) (?:exactly |just |a lot |very much )?(?:like|how) (?:the (?:start|beginning|onset|lead up) (?:of|to) )?(?:my|his|her|the) (?:last |first |previous |old |other )?${A_PAST_EMERGENCY}(?: (?:started|began|felt|came on|did|was))?`,
    `(?:what|how) (?:i|he|she) (?:had|felt|was|got) (?:right |just )?(?:before|with|when) (?:(?:my|his|her|the|i|he|she|had|a) ){0,2}${A_PAST_EMERGENCY}`,
    `(?:the way|how|like) (?:i|he|she) (?:did|felt|was) (?:right |just )?before (?:i|he|she) ${PASSED_OUT}`,
    `(?:doing|happening|started|starting) (?:that|the same|this|it)(?: thing)? again\\W+(?:\\w+\\W+){0,9}?${A_PAST_EMERGENCY}`,
    `(?:the )?same (?:thing|feeling|symptoms?) (?:is |are )?(?:happening|back|again|coming on) (?:\\w+ ){0,5}(?:before|when|with) (?:\\w+ ){0,4}${A_PAST_EMERGENCY}`,
    `i know this feeling\\W+(?:\\w+\\W+){0,8}?${A_PAST_EMERGENCY}`,
  ],
  [
    `(?:lo mismo|igual|identico|exactamente igual|tal cual|mismos? sintomas?) (?:\\w+ ){0,2}(?:que )?(?:cuando|antes de(?:l)?|la vez que|la otra vez que|en|con) (?:\\w+ ){0,4}${UNA_EMERGENCIA_PASADA}`,
    `(?:lo mismo|igual|como) (?:\\w+ ){0,2}(?:que )?(?:cuando|la vez que|antes de que) (?:me|le|se) (?:desmaye|desmayo|cai|cayo|dio el (?:ataque|soponcio))`,
    `(?:haciendo|pasando|empezo|empezando) (?:eso|lo mismo|esa cosa)(?: otra vez| de nuevo)\\W+(?:\\w+\\W+){0,9}?${UNA_EMERGENCIA_PASADA}`,
    `conozco (?:esta|esa) sensacion\\W+(?:\\w+\\W+){0,8}?${UNA_EMERGENCIA_PASADA}`,
  ],
);
/** A comparison that reassures: "nothing like my heart attack", "no es como cuando me dio el infarto". */
const NOTHING_LIKE = lexicon(
  "nothing like it",
  ["nothing like", "not like", "no longer", "not anymore", "(?:dont|doesnt|do not|does not) (?:have|get|feel) (?:that|it|this) (?:anymore|any more)", "(?:isnt|wasnt|doesnt feel|didnt feel|does not feel|is not) (?:anything )?like", "different (?:from|to|than)", "not the same as", "unlike"],
  ["no (?:es|fue|se siente|se parece en nada) (?:como|a|igual)", "ya no (?:tengo|tiene|siento|siente|me pasa|le pasa|me da|le da)", "nada que ver con", "nada (?:como|parecido a)", "distinto (?:a|de)", "diferente (?:a|de)"],
);

export const EMERGENCY_CARE_RULES: readonly ConceptRule[] = [
  {
    id: "like-a-past-emergency",
    syndrome: "emergency-care",
    level: "emergency",
    effect: "symptom",
    description: "A sign told as like an emergency the patient lived through (a previous heart attack, stroke, clot, faint or sepsis).",
    sentence: [LIKE_A_PAST_EMERGENCY],
    unless: [NOTHING_LIKE],
  },
  {
    id: "emergency-care-now",
    syndrome: "emergency-care",
    level: "emergency",
    effect: "symptom",
    description: "An ambulance, paramedics or the emergency room called, on the way, or being weighed right now.",
    sentence: [EMERGENCY_CARE, NOW_OR_WEIGHED],
    unless: [NOT_NOW, FOR_A_WHAT_IF],
  },
  {
    id: "shock-signs",
    syndrome: "emergency-care",
    level: "emergency",
    effect: "symptom",
    description: "Skin gone grey, ashen, blue or deathly pale, with a cold sweat, a faint, breathlessness or confusion (shock).",
    message: [SHOCK_COLOUR, SHOCK_COMPANY],
  },
  {
    id: "sudden-loss-of-function",
    syndrome: "emergency-care",
    level: "emergency",
    effect: "symptom",
    description: "A person or limb that can no longer move, hold, feel, speak, see, swallow, breathe or answer — minutes or hours old, or told in alarm or by a relative (sudden loss of function: stroke until shown otherwise).",
    message: [FUNCTION_LOST, anyOf("just happened, or told in alarm", JUST_HAPPENED, ALARMED)],
  },
];
