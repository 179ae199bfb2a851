import { type ConceptRule, lexicon } from "../lexicon.js";
import { PAIN } from "../shared.js";

/** Severe pain without a number, and pain much worse than before that does not settle. */

const EXTREME = lexicon(
  "extreme or unsettling",
  [
    "unbearable", "unberable", "unbear\\w*ble", "unbar\\w*ble", "excruciating", "excrutiat\\w*", "excrusiat\\w*", "crippling", "debilitating", "horrendous", "horrific", "savage", "torture", "pure hell", "(?:like|absolute|living) hell",
    "worst (?:pain )?(?:ive|i have|i ve|hes|shes|he has|she has|theyve) (?:ever )?(?:had|felt|been in|known)", "(?:two|three|four|five|ten|twenty|hundred|million|\\d+) times worse", "twice as bad", "worse than (?:ever|before|yesterday|last night|after (?:the |my )?(?:surgery|op|operation))", "never been this bad",
    "(?:cant|cannot|can not|couldnt) (?:bear|stand|take|handle|cope with|tolerate) (?:it|this|the|much more|any more|anymore)", "out of control", "(?:brought|reduced|moved|bringing) (?:me|him|her) to tears", "doubled over", "writhing", "(?:wont|doesnt|isnt|not|never) let(?:ting|s)? up",
    "(?:cant|couldnt|cannot) (?:even )?think (?:straight|of anything else)", "seeing stars", "agony", "agoni[sz]ing", "intolerable", "killing me", "through the roof", "off the (?:charts|scale)", "worst (?:ever|i have ever|ive ever|of my life|its ever been|it has ever been)",
    "screaming", "crying", "in tears", "(?:cant|couldnt) sleep", "(?:havent|hasnt|didnt|barely|hardly|not) slept", "up all night", "no sleep", "kept me (?:up|awake)", "nothing (?:helps|works|touches it|settles it|is helping|eases it)", "(?:wont|doesnt|isnt|not) (?:settl\\w*|eas\\w*|calm\\w* down|going away)", "(?:severe|horrible|terrible|awful|intense|extreme|brutal)(?= (?:pain|ache|hurt|throb))", "(?:pain|hurts|ache|it) (?:is |was |feels |has been )?(?:so |really |very )?(?:severe|horrible|terrible|awful|intense|extreme|brutal)",
    "(?:much|way|a lot|lots|significantly|considerably|so much|far|loads) worse", "worse and worse", "getting worse",
    "relentless", "(?:cant|cannot|couldnt) get comfortable", "no position (?:helps|is comfortable|works)", "worst (?:its|it has|it s|it) (?:ever )?been", "(?:took|taking|had|take) (?:double|extra|twice|more) (?:\\w+ )?(?:painkillers|pain killers|pills|meds|tablets|dose|medication)",
    "(?:pills|meds|painkillers|pain killers|medication|tablets|tylenol|ibuprofen|paracetamol|oxy\\w*|tramadol) (?:\\w+ )?(?:arent|are not|dont|do not|not|isnt|is not|wont|didnt|havent) (?:\\w+ )?(?:working|work|helping|help|touch(?:ing)? it|doing (?:anything|a thing)|making a difference)",
    // Pain that stops the body (the 8–10 anchors of the numeric scale in words): cannot move, walk, sleep or think for it; sick or crying from it; never felt the like.
    "(?:cant|cannot|couldnt|can barely|can hardly|could barely|could hardly|unable to) (?:even )?(?:move|walk|stand|sit|function|get out of bed|get up|talk|eat|lie down|think|put (?:my|his|her) foot down)(?: \\w+){0,3} (?:for|from|because of|with|due to) (?:the |this |that )?(?:pain|agony|hurt)",
    "(?:so bad|so much|so strong|that bad) (?:that )?(?:i|he|she) (?:\\w+ )?(?:threw up|was sick|vomited|cried|screamed|nearly fainted|almost fainted|passed out|cant move|couldnt move|cant walk|couldnt walk|cant sleep|couldnt sleep|cant think)",
    "(?:threw up|throwing up|vomit\\w*|sick|nearly fainted|almost passed out|passed out|blacked out) (?:\\w+ )?(?:from|with|because of) (?:the |this )?pain",
    "never (?:had|felt|been in|known|experienced) (?:\\w+ )?(?:pain|anything|hurt) like (?:this|it|that)", "(?:most|worst) pain (?:ive|i have|i ve|hes|shes|he has|she has|theyve) (?:ever )?(?:had|felt|been in|known)", "horrendous", "horrific"
  ],
  ["insoportable", "inaguantable", "insufrible", "a rabiar", "un chingo", "que me parte", "pa(?:ra)? morir(?:se|me)", "horroros\\w*", "tremend[oa]", "espantos[oa]", "bestial", "salvaje", "(?:me |se )?muer\\w* de(?:l)? dolor", "no (?:me|la|lo|le) deja vivir", "(?:viendo|veo|ve|vi) las estrellas", "(?:llor\\w*) (?:\\w+ ){0,2}(?:del|de|por el) dolor",
    "cabron\\w*", "del carajo", "de la gran siete", "de (?:los )?mil demonios", "una barbaridad", "un horror", "no (?:lo|la) soporto", "no (?:puedo|aguanto) mas", "fuera de control", "nada me alivia", "no (?:me )?alivia\\w*", "sin alivio",
    "no (?:me |se )?(?:puedo|puede|pude|pudo|podia) (?:ni )?(?:mover\\w*|caminar|pararme|pararse|levantarme|levantarse|sentarme|sentarse|hablar|pensar|respirar|comer|acostarme) (?:\\w+ ){0,3}(?:del|de|por el|por tanto|con este|con el) dolor", "(?:del|por el) dolor no (?:me |se )?(?:puedo|puede|pude|pudo) (?:ni )?\\w+",
    "no (?:me|la|lo|le|los|las|nos) deja (?:ni )?(?:dormir|respirar|moverme|moverse|caminar|pensar|hacer nada|descansar|vivir|sentarme|sentarse)", "(?:vomit\\w*|devolvi|me desmaye|casi me desmayo) (?:\\w+ ){0,2}(?:del|de|por el) dolor",
    "nunca (?:habia|he|ha|habia) (?:tenido|sentido) (?:un )?dolor (?:asi|como este|igual)", "(?:el )?peor dolor de (?:mi|su) vida",
    "ni con (?:las |los |la )?(?:pastillas|calmantes|medicinas?|analgesicos|ibuprofeno|paracetamol) (?:se )?(?:me |le )?(?:calma|quita|pasa|baja)", "peor que (?:ayer|antes|nunca)", "(?:diez|10|mil) veces peor", "me retuerzo", "retorci\\w*", "doblad[oa] del dolor", "duele\\w* (?:horrible|horrores|muchisimo|un monton|a morir)", "no (?:lo )?aguant\\w*(?! (?:mas )?(?:vivir|esta vida))", "atroz", "dolor (?:es |esta )?(?:muy )?(?:horrible|terrible)", "(?:horrible|terrible) dolor", "me (?:esta )?mata\\w*", "llorando", "no (?:me )?deja dormir", "no (?:puedo|pude|he podido|podia) dormir", "no (?:he |ha )?dormid?o?", "sin dormir", "no (?:me )?deja descansar", "nada (?:me )?(?:ayuda|lo calma|lo quita|sirve|funciona)", "no se (?:me )?(?:calma|quita|pasa)", "(?:mucho|muchisimo|bastante) peor", "cada vez (?:mas )?peor", "cada dia (?:mas )?peor", "peor que nunca", "no encuentro (?:postura|posicion)", "no (?:cede|afloja)", "(?:el )?doble de (?:pastillas|calmantes|medicina\\w*|analgesicos)", "doliendo (?:muchisimo|horrible|horrores|un monton|igual)", "va a peor", "empeor\\w*", "(?:las )?(?:pastillas|medicinas|calmantes|analgesicos) no (?:me )?(?:hacen nada|sirven|funcionan|ayudan|quitan)", "fuertisimo", "muy fuerte", "intens[oa]", "brutal"],
);

/** "Killing me" said of a body part: hyperbole alone, severe when nothing settles it. */
const SITE_KILLING_ME = lexicon(
  "a body part killing me",
  ["(?:knee|hip|back|shoulder|leg|ankle|neck|foot|arm|wrist|elbow|calf|heel)s? (?:is |are |s |has been |have been )?(?:\\w+ )?killing me"],
  ["(?:me|la|el) (?:esta )?mata\\w* (?:la|el|mi) (?:rodilla|cadera|espalda|hombro|pierna|tobillo|cuello|pie|brazo)", "(?:rodilla|cadera|espalda|hombro|pierna|tobillo|cuello|pie|brazo) me (?:esta )?mata\\w*"],
);
/** Words that say severe pain on their own ("it's excruciating", "es insoportable"), not of the weather. */
const UNBEARABLE = lexicon(
  "unbearable, said alone",
  ["(?:unbearable|unberable|excruciating|agonizing|agonising|intolerable|in agony|(?:the )?worst pain)(?! (?:heat|weather|humidity|noise|boredom|wait\\w*|traffic|music|smell|person|people|neighbou?r\\w*))"],
  ["(?:insoportable|inaguantable|atroz|muchisimo dolor|(?:el )?peor dolor)(?! (?:calor|clima|ruido|frio|espera|trafico|musica|olor|gente|persona|vecin\\w*))"],
);

/** Crying or screaming over a body part is pain at its worst, even unnamed: "in tears all night with this knee". */
const IN_TEARS_OVER_A_SITE = lexicon(
  "crying over a body part",
  ["(?:crying|in tears|sobbing|screaming|howling|cried|screamed|wept|weeping) (?:\\w+ ){0,4}(?:with|over|from|because of|about) (?:{P} |this |that )?(?:\\w+ )?(?:knee|hip|back|shoulder|leg|ankle|neck|foot|arm|wrist|heel|calf|elbow)s?\\b"],
  ["(?:llor\\w*|grit\\w*) (?:\\w+ ){0,4}(?:por|con|de) (?:{S} |esta |este )?(?:rodilla|cadera|espalda|hombro|pierna|tobillo|cuello|pie|brazo|muneca|talon|codo)"],
);

/** Pain that was severe and is now better is history: "it was unbearable after surgery but now it's fine". */
export const SINCE_EASED = lexicon(
  "severe then, better now",
  ["(?:was|were|had been|used to be)(?: \\w+){0,7}(?: but| and)? now (?:its |it s |its )?(?:\\w+ )?(?:much |way |a lot |so much )?(?:better|fine|ok|okay|good|manageable|gone|easing|easier)"],
  ["(?:era|estaba|fue|tenia|tuve)(?: \\w+){0,7}(?: pero| y)? (?:ya|ahora) (?:\\w+ )?(?:esta |estoy |me siento |se siente )?(?:mucho )?(?:mejor|bien|tranquil\\w*|se me quito|se quito|paso)"],
);

const NOTHING_SETTLES = lexicon(
  "nothing settles it",
  ["nothing (?:helps|works|touches it|settles it|is helping|eases it)", "(?:pills|meds|painkillers|pain killers|medication|tablets) (?:\\w+ )?(?:arent|are not|dont|do not|not|isnt|wont|didnt|havent) (?:\\w+ )?(?:working|work|helping|help|touch(?:ing)? it|doing anything)", "(?:cant|couldnt) sleep", "all night", "getting worse", "worse and worse", "nothing touches it"],
  ["nada (?:me )?(?:ayuda|lo calma|lo quita|sirve|funciona)", "(?:pastillas|medicinas|calmantes) no (?:me )?(?:hacen nada|sirven|funcionan|ayudan)", "no (?:puedo|pude) dormir", "cada (?:vez|dia) (?:mas )?peor"],
);

/**
 * Pain much worse than before that does not settle (LABELS urgent; NICE CKS and post-operative
 * advice: pain increasing rather than easing, not relieved by rest or painkillers), told without the
 * word pain: a body part "twice as bad", "way beyond how it was", "nastier every day", and "nothing
 * touches it", "doesn't let up", "no afloja".
 */
const BODY_SITE = lexicon(
  "a body part",
  ["knees?", "hips?", "back", "spine", "shoulders?", "neck", "ankles?", "legs?", "foot", "feet", "arms?", "wrists?", "elbows?", "heels?", "calf", "thighs?", "scar", "wound", "joint", "it"],
  ["rodillas?", "caderas?", "espalda", "columna", "hombros?", "cuello", "tobillos?", "piernas?", "pies?", "brazos?", "munecas?", "codos?", "talon", "pantorrilla", "muslos?", "cicatriz", "herida", "lumbar", "cintura"],
);
const MUCH_WORSE_THAN_BEFORE = lexicon(
  "much worse than before, in lay words",
  [
    "(?:twice|three times|double) as (?:bad|sore|angry|vicious|nasty)", "(?:way|far|miles|well)(?: way)? (?:beyond|past) (?:how|what|anything|where|last|before|the)",
    "(?:more|even more|getting more) (?:vicious|savage|brutal|angry|nasty|aggressive|fierce|intense|unbearable) (?:every|each|by the) (?:day|hour|night)", "(?:nastier|angrier|fiercer|sorer|more vicious|more savage) (?:and (?:nastier|angrier|fiercer|sorer|more \\w+) )?(?:every|each|by the) (?:day|hour|night)",
    "never (?:been|felt|was) (?:like this|this bad|this way)", "(?:much |a lot |way |far )more worse", "(?:every|each) day (?:more|worse)", "(?:got|gotten|getting|gets|grown|grew) worse (?:every|each) (?:single )?day"
  ],
  [
    "el doble de (?:\\w+ )?(?:jodid[oa]|mal|fastidiad[oa]|malo|peor|resentid[oa]|adolorid[oa]|dolorid[oa])", "(?:muchisimo|mucho|bastante) (?:mas )?(?:fastidiad[oa]|jodid[oa]|resentid[oa]|dolorid[oa]|adolorid[oa]|mal) que (?:antes|la semana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|ayer|nunca)",
    "(?:mas y mas|cada vez mas|cada dia mas) (?:\\w+ ){0,2}(?:cada dia|cada vez|fuerte|jodid[oa]|fastidiad[oa]|mal)", "(?:matando|doliendo|molestando|fastidiando) (?:mas y mas|cada vez mas|cada dia mas)", "nunca (?:estuvo|estaba|habia estado|ha estado|me habia|me ha) (?:\\w+ )?(?:asi|tan mal)", "(?:peor|empeora\\w*) (?:cada dia|dia a dia|cada vez mas)"
  ],
);
const NOT_SETTLING = lexicon(
  "not settling with anything",
  [
    "nothing (?:touches|shifts|settles|eases|helps|calms|budges|moves) it", "(?:doesnt|wont|never|isnt|not|does not|will not) (?:let up|calm down|settle|ease|ease off|go off|quieten|quiet down|back off|budge|shift)",
    "(?:not even|even when) (?:\\w+ )?(?:lying still|lying flat|lying down|at rest|resting|in bed|overnight|at night|i rest|sitting still)", "(?:doesnt|does not|didnt|wont|isnt|not) settl(?:e|ed|ing)(?: at all| down)?"
  ],
  [
    "no (?:se |me |le ){0,2}(?:afloja|cede|calma|pasa|baja|para|quita|alivia)", "ni (?:con|en|de) (?:hielo|reposo|noche|echad[oa]|acostad[oa]|descans\\w*|pastillas|calmantes|nada)", "no se (?:me |le )?(?:calma|pasa|quita) (?:ni )?con (?:nada|hielo|reposo)",
  ],
);

export const PAIN_RULES: readonly ConceptRule[] = [
  { id: "severe-pain-words", syndrome: "high-pain", level: "urgent", effect: "symptom", description: "Pain described as unbearable, the worst ever, or much worse and not settling.", sentence: [PAIN, EXTREME], unless: [SINCE_EASED], fadesWhenResolved: true, historyCancels: true, yieldsToAScore: true },
  { id: "severe-pain-words", syndrome: "high-pain", level: "urgent", effect: "symptom", description: "Unbearable, excruciating, the worst pain, said alone.", sentence: [UNBEARABLE], unless: [SINCE_EASED], fadesWhenResolved: true, yieldsToAScore: true },
  { id: "severe-pain-words", syndrome: "high-pain", level: "urgent", effect: "symptom", description: "Crying or screaming over a body part.", sentence: [IN_TEARS_OVER_A_SITE], unless: [SINCE_EASED], fadesWhenResolved: true, yieldsToAScore: true },
  { id: "severe-pain-words", syndrome: "high-pain", level: "urgent", effect: "symptom", description: "A body part 'killing me' with nothing settling it.", message: [SITE_KILLING_ME, NOTHING_SETTLES], fadesWhenResolved: true, yieldsToAScore: true },
  { id: "severe-pain-words", syndrome: "high-pain", level: "urgent", effect: "symptom", description: "A body part much worse than before (twice as bad, way beyond, nastier every day) and nothing settling it.", sentence: [BODY_SITE, MUCH_WORSE_THAN_BEFORE], message: [NOT_SETTLING], unless: [SINCE_EASED], historyCancels: true },
];
