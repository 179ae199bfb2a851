import { type ConceptRule, lexicon } from "../lexicon.js";
import { MEDICINE, MEDICINA } from "../shared.js";

/**
 * A person who is critically unwell whatever the cause: unresponsive or hard to wake (AVPU below
 * "alert"), or with a sense of impending doom — "I feel like I might die" is one of the UK Sepsis
 * Trust's six signs and a classic of heart attack and pulmonary embolism.
 */

const UNRESPONSIVE = lexicon(
  "unresponsive or hard to wake",
  ["(?:can|could) (?:barely|hardly|not|t) (?:rouse|wake) (?:him|her|them)", "(?:really |very |so |super )?(?:hard|difficult|impossible) to (?:wake|rouse)(?! (?:up )?(?:early|at|before|for|in time|in the morning))", "(?:cant|cannot|couldnt|can not|wont|will not) (?:\\w+ ){0,1}wake (?:him|her|them|mom|mum|dad)(?: up)?(?! (?:early|at|before|for|in time))", "(?:he|she|mom|mum|dad|grandma|grandpa|husband|wife) (?:\\w+ ){0,6}(?:wont|will not|doesnt|didnt|isnt|is not|wasnt|was not) (?:wake|waking|respond\\w*)(?: up)?(?! (?:early|till|until|before|at|to))", "unresponsive", "(?:and|but|now|just|still) (?:wont|isnt|is not|not|doesnt|will not) (?:respond\\w*|react\\w*)(?! to (?:the )?(?:exercises|treatment|physio|therapy|meds|medication|texts|messages|calls|emails|my))", "(?:barely|hardly|cant|cannot|couldnt) wake (?:him|her|them|me)(?! (?:up )?(?:early|at|before|for|in time))", "(?:hes|shes|he is|she is) not responding(?! to (?:the )?(?:exercises|treatment|physio|therapy|meds))", "(?:barely|hardly) (?:responding|conscious)", "(?:only |barely |hardly )?half (?:answering|responding|conscious)", "(?:barely|hardly|cant|cannot|can not) stay conscious", "wont stay awake", "(?:in|into) (?:a|some kind of|some sort of) stupor", "(?:hes|shes|he is|she is|dad is|mom is|mum is|husband is|wife is|grandma is|grandpa is) (?:\\w+ ){0,2}(?:hard|difficult|impossible) to (?:wake|rouse)"],
  ["no (?:despierta|reacciona)", "no (?:respondia|respondio|reaccionaba|reacciono) (?:\\w+ ){0,2}(?:un rato|un ratito|un momento|unos (?:segundos|minutos)|por un (?:rato|momento|minuto)|nada)", "(?:casi )?no (?:consigo|logro|puedo|podemos) despertar(?:la|lo|le)", "no responde (?:cuando|aunque|a nada|nada)", "no (?:lo|la) (?:puedo|podemos|pude|pudimos) despertar", "no hay (?:forma|manera) de despertar(?:lo|la)", "(?:casi|apenas) (?:no )?(?:responde|reacciona)", "(?:cuesta|cuesta mucho|cuesta muchisimo|es dificil|es imposible) despertar(?:lo|la|le)(?! (?:temprano|a las|para))"],
);

const IMPENDING_DOOM = lexicon(
  "a sense of dying",
  ["(?:feel|feels|feeling) (?:like|as if|as though) (?:im|i am|i was|hes|he is|shes|she is|i|he|she) (?:(?:going to|gonna|about to|might|could|will) die|dying)", "(?:i think|think) (?:im|i am|he is|shes|she is|hes) dying", "(?:feel|feels|feeling) like (?:im|i am|hes|shes) dying", "something (?:is )?(?:really |very |terribly )?wrong with (?:me|him|her)"],
  ["(?:siento|sientes|siente) (?:que|como que) (?:me|se) (?:voy|va) a morir", "(?:creo|siento) que (?:me estoy|se esta) muriendo", "(?:me|se) (?:siento|siente) morir", "algo (?:muy )?malo (?:me|le) (?:pasa|esta pasando)"],
);

/** Down on the floor or collapsed, and not answering when spoken to (AVPU: no response to voice). */
const WENT_DOWN = lexicon(
  "went down or collapsed",
  ["(?:went|gone|just went) down", "dropped", "collapsed", "keeled over", "fell (?:down|over)", "on the (?:\\w+ )?(?:floor|ground)", "(?:slid|sank|slumped|slipped) (?:down )?(?:to|onto) the (?:floor|ground)", "slumped (?:over|against|on|in|down)"],
  ["(?:se|me) (?:ha |he )?(?:cayo|cai|caido|desplomo|desplomado|desmayo|desmayado)", "en el (?:suelo|piso)"],
);
const NOT_ANSWERING = lexicon(
  "not answering when spoken to",
  ["(?:isnt|is not|not|wont|will not|doesnt|does not|didnt|cant) (?:answer\\w*|talk\\w*|speak\\w*|respond\\w*)(?: (?:me|us|to me|to us|when|anymore|any more|for))", "no (?:answer|response|reply) (?:from (?:him|her)|when (?:i|we))", "(?:only |barely |hardly )?half (?:answering|responding)"],
  ["no (?:me|nos) (?:contesta|responde|habla)", "no (?:contesta|responde|habla) (?:cuando|nada)", "sin (?:responder|contestar|reaccionar)"],
);

/** Texting hyperbole after a hard session: "thought I was going to die on those lunges lol". */
const JOKING = lexicon("joking", ["lol", "haha\\w*", "lmao", "jk", "just kidding", "kidding", "jaja\\w*"], ["jaja\\w*", "es broma"]);

/** Medicines swallowed that were nobody's dose: a child into a handbag, half a bottle, an unknown number (accidental poisoning). */
const SWALLOWED_MEDICINES = lexicon(
  "medicines swallowed by mistake",
  ["(?:swallowed|chewed|ate|eaten|got into|drank|drunk) (?:some|a few|a handful|half|the whole|all|a lot|loads|a bottle|an unknown number|too many|a bunch)(?: of)? (?:{P} |\\w+s )?(?:\\w+ )?(?:tablets|pills|medicine|medication|meds|capsules|syrup)", "(?:swallowed|chewed|ate|eaten|got into|drank|drunk) (?:grandads|grandpas|grandmas|grannys|nans|mums|moms|dads|mothers|fathers|sisters|brothers|someone elses) (?:\\w+ )?(?:tablets|pills|medicine|medication|meds|capsules|syrup)", "(?:found|got into) (?:\\w+ ){0,3}(?:pills|tablets|medicine|meds) (?:and|&) (?:chewed|swallowed|ate|took|had) (?:some|a few|them|one|two|several|a handful)", "(?:took|taken|swallowed|had) (?:a |the |her |his |my |their )?(?:whole|entire|full) (?:weeks?|months?|bottle|box|packet|pack|strip|blister)(?: worth)? of (?:{P} |\\w+s )?(?:\\w+ )?(?:pills|tablets|meds|medication|medicine|painkillers|capsules)", "(?:took|taken|swallowed|downed|popped) (?:like |about |around |maybe |over )?(?:1\\d|[2-9]\\d|ten|twelve|fifteen|twenty) of (?:each|both)(?! (?:exercise|set|rep|stretch|side|leg|arm))"],
  ["se (?:tomo|trago|comio|bebio|tomaron|tragaron) (?:medio frasco|un frasco|el frasco|la caja|media caja|unas|varias|las|un monton de|(?:\\w+ )?pastillas)(?: \\w+){0,4} (?:del|de la|de mi|de su|de los|de las)", "se (?:tomo|trago|bebio) (?:medio |el |un )?(?:frasco|bote) (?:del|de)", "(?:pastillas|medicinas|medicamentos|pildoras) de (?:toda )?(?:la|una|un) (?:semana|mes) (?:\\w+ ){0,2}de (?:una|un) (?:vez|golpe|jalon|tiron|tiro)", "(?:me )?(?:tome|trague|tomo|trago) (?:como |unas |unos |tipo )?(?:1\\d|[2-9]\\d|diez|doce|quince|veinte) de cada (?:una|uno)"],
);

/**
 * An overdose told as what was swallowed: a swallowing verb, more than any dose, and a medicine —
 * each in the patient's own words, combined by the rules below rather than listed as whole phrases.
 * NHS: a paracetamol overdose needs A&E even when the person feels fine; an opioid or sedative one
 * shows as drowsiness and slow breathing.
 */
const SWALLOWED = lexicon(
  "swallowed",
  ["took", "taken", "swallowed", "ate", "eaten", "chewed", "downed", "popped", "got into", "gotten into", "overdosed on", "od on", "oded on"],
  ["(?:me |se |le )?(?:tome|tomo|trague|trago|comi|comio|bebi|bebio)", "(?:me|se|le) (?:ha |he |han )?(?:tomado|tragado|comido|bebido)", "ingiri\\w*", "ingeri\\w*"],
);
const A_SWALLOWED_MEDICINE = lexicon("a medicine that is swallowed", [`${MEDICINE}s?`, "capsules?", "caps"], [`${MEDICINA}(?:es|s)?`, "capsulas?", "comprimidos?", "tabletas?"]);
const TEN_OR_MORE = String.raw`(?:about |around |like |maybe |over |more than |at least |almost |nearly |unos |unas |como |mas de |casi |al menos )?(?:1\d|[2-9]\d|\d{3}|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|cien)`;
/** Ten or more of a medicine, or ten or more swallowed with the medicine named elsewhere ("took about 20 this morning"); never 15 squats or a 9/10. */
const TEN_OR_MORE_PILLS = [
  String.raw`${TEN_OR_MORE} (?:of (?:my |his |her |the |their )?|de (?:mis |sus |las |los )?)?(?:\w+ )?(?:${MEDICINE}s?|${MEDICINA}(?:es|s)?|capsules?|capsulas?|comprimidos?|tabletas?)`,
  String.raw`(?:took|taken|swallowed|ate|downed|popped|(?:me |se |le )?(?:tome|tomo|trague|trago|comi|comio)) ${TEN_OR_MORE}(?= (?:this|today|tonight|last|yesterday|earlier|in one go|at once|all at once|of each|of both|esta|hoy|anoche|ayer|de golpe|de una vez|de cada (?:una|uno)|de las dos|de los dos)\b| *$| *[,!;]| *\.(?!\d))`,
];
const MORE_THAN_ANY_DOSE = lexicon(
  "more than any dose",
  [
    ...TEN_OR_MORE_PILLS, "(?:the|a|an) (?:whole|entire|full) (?:box|bottle|pack|packet|strip|blister|tub|jar|sheet|sleeve|card|tube|container)", "(?:the |a |an )?(?:whole|entire|full) (?:weeks?|months?|days?)(?: s)? (?:worth|supply)", "(?:pill ?(?:organi[sz]er|box)|dosette|blister pack) (?:\\w+ ){0,6}(?:empty|emptied|all gone)",
    // Every tablet there was, not the day's dose: "all the pills I had saved up", "all of her pills in the drawer".
    String.raw`all (?:of )?(?:the|my|his|her|their|those|these) (?:\w+ ){0,2}(?:${MEDICINE}s?|capsules?) (?:(?:that|which) )?(?:(?:i|he|she|they|we) (?:had|have|got|saved|kept|hid|stashed|collected|could find|found)|(?:in|from) (?:the|my|his|her) (?:bottle|box|house|drawer|cabinet|cupboard|pack|packet|jar))`, "half (?:a|the) (?:box|bottle|pack|packet|strip)",
    "a (?:handful|fistful|bunch|load) of(?! (?:my |his |her |the )?(?:vitamins|supplements|gummies|fish oil))", "loads of", "(?:way )?too many", "(?:no idea|idk|i dont know|not sure|dont know|who knows) how many", "an unknown (?:number|amount)", "all (?:of )?(?:the|my|his|her|their) (?:\\w+ ){0,5}(?:at once|in one go|all at once|at the same time)",
  ],
  [
    ...TEN_OR_MORE_PILLS, "toda la (?:caja|tira|bolsa|tableta)", "(?:las |los )?(?:pastillas|medicinas|medicamentos) de toda la semana", "(?:todo el )?pastillero (?:\\w+ ){0,3}vacio",
    String.raw`tod[oa]s (?:las |los |mis |sus )?(?:\w+ )?(?:${MEDICINA}(?:es|s)?|capsulas|comprimidos|tabletas) (?:que )?(?:tenia|tengo|tiene|tenian|habia|guardaba|guarde|junte|encontre|habia guardado|tenia guardad[oa]s)`, "todo el (?:frasco|bote|blister|paquete|sobre)", "(?:la|el) (?:caja|frasco|bote|blister|paquete) (?:entera|entero|completa|completo)",
    "(?:media|una) caja", "medio frasco", "tod[oa]s (?:las |los |mis |sus )?(?:\\w+ ){0,7}de (?:una|un) (?:vez|golpe|jalon|tiron|tiro)", "un (?:punado|monton|frasco|bote)", "demasiad[oa]s", "no (?:se|sabe|sabemos) cuant[oa]s",
  ],
);
/** One dose too many by mistake: only with a sign of it (drowsy, slow breathing, vomiting) an emergency. */
const AN_EXTRA_DOSE = lexicon(
  "an extra dose",
  [
    "twice", "two times", "double", "doubled up", "an extra (?:dose|one|pill|tablet)", "two doses", "(?:by|my) mistake", "by accident", "accidentally",
    // Not remembering whether the dose was taken is how most double doses happen; four to nine at once is more than a dose.
    "(?:forgot|couldnt remember|could not remember|didnt remember|wasnt sure|not sure|dont know|didnt know) (?:if|whether|that) (?:i|he|she) (?:had )?(?:already )?(?:took|taken|had)",
    String.raw`(?:about |around |like |maybe |some )?(?:[4-9]|four|five|six|seven|eight|nine)(?! ?(?:mg|ml|mcg|milligrams?|g)\b) (?:of (?:my |his |her |the )?)?(?:\w+ )?(?:${MEDICINE}s?|capsules?)`,
  ],
  [
    "dos veces", "doble", "de mas", "otra dosis", "dosis extra", "por (?:error|equivocacion|accidente)", "sin querer",
    "(?:no (?:me )?(?:acordaba|acorde|recordaba|recorde|sabia|estaba segur[oa])|olvide|se me olvido) (?:de )?(?:si|que) ya (?:me )?(?:lo |la |los |las )?(?:habia )?tom\\w*",
    String.raw`(?:como |unos |unas |tipo )?(?:[4-9]|cuatro|cinco|seis|siete|ocho|nueve)(?! ?(?:mg|ml|mcg|miligramos?|g)\b) (?:de (?:mis |sus |las |los )?)?(?:\w+ )?(?:${MEDICINA}(?:es|s)?|capsulas?|comprimidos?|tabletas?)`,
  ],
);
const WITH_ALCOHOL = lexicon(
  "with alcohol",
  ["alcohol", "booze", "whisk(?:e)?y", "vodka", "tequila", "(?:bottle|glass|glasses) of (?:wine|rum|gin)", "(?:with|and|after|on top of) (?:a few |some |a couple of |two |three )?(?:drinks|beers|wine|vodka|whisky|whiskey|rum|gin|shots)", "drinking", "been drinking"],
  ["alcohol", "(?:con|y) (?:unas |unos |un par de |dos |tres )?(?:cervezas|vino|copas|tragos|chelas|whisky|tequila|ron)", "whisky", "tequila", "vodka", "mezcal", "aguardiente", "(?:botella|copas?|vasos?|trago) de (?:vino|ron|cerveza|ginebra)", "tomando (?:alcohol|cerveza|vino)", "bebiendo"],
);
/**
 * Tablets that were someone else's or the wrong ones, swallowed by mistake: "my mom's blood pressure pills instead of
 * mine". Another person's heart or blood-pressure tablets slow the heart and drop the pressure (poison centres:
 * beta-blocker and calcium-channel-blocker ingestions), so any sign since makes it an emergency.
 */
const SOMEONE_ELSES_MEDICINE = lexicon(
  "someone else's or the wrong medicine",
  [
    String.raw`(?:{P} |(?:moms|mums|dads|mothers|fathers|husbands|wifes|partners|sisters|brothers|sons|daughters|grandmas|grandpas|grannys|nans|grandads|kids|roommates|neighbours|neighbors|friends) )(?:[\w-]+ ){0,3}(?:${MEDICINE}s?|capsules?) (?:[\w-]+ ){0,3}(?:instead of (?:mine|my own|my \w+|hers|his|her \w+|his \w+)|by (?:mistake|accident)|accidentally|thinking (?:they|it) (?:were|was) (?:mine|hers|his|(?:my|her|his) \w+))`,
    String.raw`(?:someone elses|somebody elses|another persons|the wrong) (?:[\w-]+ ){0,2}(?:${MEDICINE}s?|capsules?)`,
  ],
  [
    String.raw`(?:${MEDICINA}(?:es|s)?|capsulas|comprimidos|tabletas) (?:\w+ ){0,4}(?:de mi|de su|del|de la) (?:\w+ ){1,3}(?:por error|por equivocacion|por accidente|sin querer|en vez de (?:las|los) mi[oa]s|en lugar de (?:las|los) mi[oa]s)`,
    String.raw`(?:${MEDICINA}(?:es|s)?|capsulas|comprimidos|tabletas) (?:equivocad[oa]s|de otra persona)`,
  ],
);
/** Blood-pressure, heart, sugar and sedative tablets: one dose too many drops the pressure, the heart rate or the sugar (poison centres). */
const A_MEDICINE_THAT_DROPS_PRESSURE_OR_SUGAR = lexicon(
  "a blood-pressure, heart, sugar or sedative medicine",
  ["(?:blood pressure|bp|heart|diabetes|sugar|water|sleeping) (?:pills?|tablets?|meds|medications?|medicines?)", "insulin", "beta ?blockers?", "metoprolol", "bisoprolol", "atenolol", "propranolol", "amlodipine", "lisinopril", "ramipril", "losartan", "digoxin", "diltiazem", "verapamil", "furosemide", "glipizide", "gliclazide", "metformin", "warfarin", "oxycodone", "morphine", "tramadol", "diazepam", "xanax", "zolpidem"],
  ["(?:pastillas?|medicinas?|medicamentos?|remedios?|pildoras?) (?:de|para|del) (?:la |el )?(?:tension|presion|corazon|azucar|diabetes|dormir|los nervios)", "insulina", "betabloqueantes?", "metoprolol", "bisoprolol", "atenolol", "propranolol", "amlodipino", "enalapril", "losartan", "digoxina", "furosemida", "glibenclamida", "metformina", "sintrom", "warfarina", "tramadol", "morfina", "clonazepam", "rivotril", "diazepam", "alprazolam"],
);
/** Any new sign after someone else's tablets: dizzy, shaky, odd, a slow or racing heart, sick, drowsy. */
const FELT_SINCE = lexicon(
  "a sign since swallowing it",
  ["dizz\\w*", "light ?headed", "woozy", "shak(?:y|ing)", "(?:white|pale|grey|gray) as a (?:sheet|ghost)", "(?:very |really |so )?(?:pale|grey|gray|clammy)", "(?:can|could) (?:barely|hardly) (?:stand|stay on (?:his|her|my) feet)", "trembl\\w*", "(?:feel|feels|feeling|felt) (?:\\w+ )?(?:weird|strange|funny|odd|off|faint|sick|awful|terrible|wrong|out of it)", "heart ?(?:beat|rate)? (?:\\w+ ){0,3}(?:slow|racing|pounding|fluttering|skipping|weird|funny|low)", "pulse (?:\\w+ ){0,2}(?:slow|low|racing)", "faint\\w*", "throwing up", "threw up", "vomit\\w*", "confused", "sleepy", "drowsy"],
  ["mare\\w*", "(?:me siento|se siente|me senti|me sentia) (?:\\w+ )?(?:rar[oa]|mal|extran[oa]|debil|desmayar)", "(?:blanc[oa]|palid[oa]) como (?:la pared|un papel|un fantasma|la leche)", "(?:muy |super )?palid[oa]", "(?:casi )?no (?:se|me) (?:tiene|tengo|sostiene|sostengo|mantiene|mantengo) en pie", "tembl\\w*", "corazon (?:\\w+ ){0,3}(?:lento|despacio|acelerado|rapido|raro)", "pulso (?:\\w+ )?(?:bajo|lento)", "vomit\\w*", "desmay\\w*", "somnolient[oa]", "dormid[oa]"],
);

/** The body slowed by what was swallowed: very drowsy, slow breathing, vomiting, very dizzy, confused. */
const SLOWED_BY_IT = lexicon(
  "drowsy, slowed or sick after swallowing it",
  ["(?:so|very|really|super|too|extremely|really really) (?:sleepy|drowsy|dizzy|woozy|groggy|out of it|confused)", "(?:cant|cannot|can not) (?:stay|keep) (?:awake|{P} eyes open)", "breathing (?:feels |is |seems |s )?(?:\\w+ )?(?:slow|shallow|weird|funny|strange)", "throwing up", "threw up", "vomit\\w*", "slurr\\w*", "(?:cant|cannot|can not) (?:breathe|breath) (?:right|properly|well)", "not breathing (?:right|well|properly)"],
  ["(?:muy|super|re|demasiado|bien) (?:maread[oa]|dormid[oa]|somnolient[oa]|atontad[oa]|adormilad[oa]|confundid[oa])", "no (?:me )?(?:puedo|puede) mantener despiert[oa]", "(?:me|le) cuesta (?:mucho )?(?:mantener(?:me|se)? despiert[oa]|abrir los ojos|mantener los ojos abiertos)", "(?:me siento|se siente|estoy|esta) (?:muy |super |bien )?(?:rar[oa]|id[oa]|atontad[oa]|grogui)", "vomit\\w*", "respiro (?:muy )?(?:raro|lento|mal|extrano|despacio)", "no (?:puedo )?respir\\w* bien", "(?:me|se) (?:estoy|esta) (?:durmiendo|quedando dormid[oa])", "respira (?:muy )?(?:raro|lento|mal|extrano|despacio)"],
);
/** What an opioid or sedative does too much of: breathing slowed, eyes that will not stay open (NHS: signs of an overdose). */
const BREATHING_SLOW_OR_EYES_CLOSING = lexicon(
  "breathing slowed or eyes closing",
  ["breathing (?:feels|is|seems|s|has (?:got|gotten|gone)|got|gotten|went) (?:very |really |so |super |too |quite |a bit |kind of |weirdly |strangely )?(?:slow|shallow)", "breathing (?:very |really |so |too )?(?:slow|shallow)(?= *(?:$|[.!;]|\\n)| *[.,;!]| and\\b)", "(?:cant|cannot|can barely|can hardly|barely|hardly|struggling to) (?:keep|stay) (?:{P} eyes open|awake)", "(?:keep|keeps) (?:nodding|dozing) off"],
  ["respir\\w* (?:muy |super |bien )?(?:lento|despacio|superficial)", "no (?:puedo|puede) (?:mantener|tener) los ojos abiertos", "(?:casi no|apenas) (?:puedo|puede) (?:mantener(?:me|se)? despiert[oa]|abrir los ojos)", "se (?:me|le) cierran los ojos"],
);

/** A small child, who can be poisoned by a few of an adult's tablets. */
const A_SMALL_CHILD = lexicon(
  "a small child",
  ["toddler", "baby", "little one", "(?:kid|kids|child|grandkid|grandchild|grandbaby)", "(?:\\d|one|two|three|four|five|six) ?(?:year old|yr old|yo)"],
  ["nin[oa]s?", "nene", "nena", "bebe", "peque", "chiquit[oa]", "(?:hij|niet)[oa]s? de (?:\\d|un|uno|dos|tres|cuatro|cinco|seis) anos?"],
);
const ATE_OR_GOT_INTO = lexicon("ate or got into", ["ate", "eaten", "swallowed", "chewed", "got into", "gotten into", "found and (?:ate|took|swallowed)"], ["se (?:comio|trago|tomo|bebio|metio a la boca)", "(?:comio|trago|agarro)"]);

/** A household chemical, a button battery or magnets swallowed: poisoning whatever the amount (NHS: go to A&E). */
const DRANK_OR_SWALLOWED = lexicon(
  "drank or swallowed",
  ["swallowed", "drank", "drunk", "ate", "eaten", "chewed", "got into", "gotten into", "had a (?:sip|swig|mouthful|gulp) of", "(?:took|had|taken) a (?:big |large |huge |little |small |good )?(?:sip|swig|mouthful|gulp|swallow|drink)"],
  ["(?:me |se |le )?(?:tomo|tome|trago|trague|bebio|bebi|comio|comi)", "(?:me|se|le) (?:ha |he )?(?:tomado|tragado|bebido|comido)"],
);
/** Fumes of household chemicals or gas breathed in (poison centres: bleach mixed with ammonia or acid cleaners gives off chlorine gas). */
const FUMES_BREATHED_IN = lexicon(
  "chemical fumes or gas breathed in",
  [
    "(?:mixed|mixing|mix) (?:\\w+ ){0,3}(?:bleach|ammonia|cleaners?|chemicals|drain cleaner|cleaning products)", "bleach (?:and|with|plus) (?:ammonia|vinegar|toilet cleaner|another cleaner|drain cleaner)", "(?:the )?fumes (?:made|gave|are making|got|have made)", "(?:bleach|ammonia|chemical|chlorine|cleaning|cleaner|paint|gas|solvent) (?:fumes|vapou?rs?)",
    "breathed in (?:\\w+ ){0,3}(?:fumes|gas|smoke|chemicals|bleach|spray)", "inhaled (?:\\w+ ){0,3}(?:fumes|gas|smoke|chemicals|bleach)", "gas leak", "carbon monoxide", "(?:co|gas|carbon monoxide) (?:alarm|detector) (?:went off|is going|beeping)",
  ],
  [
    "mezcl\\w* (?:\\w+ ){0,3}(?:lejia|cloro|lavandina|amoniaco|limpiador\\w*|productos de limpieza|destapacanos)", "(?:lejia|cloro|lavandina) (?:y|con) (?:amoniaco|vinagre|otro limpiador|limpiador)", "(?:los )?(?:vapores|gases) (?:me )?(?:marearon|dieron|hicieron)", "(?:vapores|gases|humo) (?:de|del) (?:la )?(?:lejia|cloro|lavandina|amoniaco|limpiador\\w*|pintura|gas)",
    "(?:respire|inhale|aspire) (?:\\w+ ){0,3}(?:vapores|gases|humo|cloro|lejia|gas)", "(?:fuga|escape) de gas", "monoxido",
  ],
);
/** What fumes do to the airways and head. */
const AIRWAY_HIT = lexicon(
  "coughing, a burning chest, breathlessness or dizziness from it",
  ["cough\\w* (?:\\w+ )?(?:nonstop|non stop|a lot|badly|constantly|and cant stop)", "(?:cant|can not|cannot) stop cough\\w*", "chest (?:\\w+ )?(?:burns|burning|tight\\w*|hurts|sore)", "(?:cant|hard to|trouble|struggling to|difficult to) (?:breathe|breath|catch)", "wheez\\w*", "dizzy", "throat (?:burns|burning|closing|tight)", "eyes (?:streaming|burning|stinging)", "headache", "(?:sick|nause\\w*|vomit\\w*|threw up)"],
  ["tos (?:sin parar|fuerte|que no para)", "(?:toso|tosiendo) (?:sin parar|mucho)", "(?:me |le )?arde (?:el pecho|la garganta)", "ardor en el pecho", "(?:me|le) cuesta respirar", "no (?:puedo|puede) respirar", "mare\\w*", "(?:me |le )?arden los ojos", "dolor de cabeza", "vomit\\w*", "nause\\w*"],
);

const A_HOUSEHOLD_POISON = lexicon(
  "a household poison",
  ["bleach", "antifreeze", "drain cleaner", "(?:dishwasher|laundry|washing) (?:tablets?|pods?|capsules?|liquid|detergent)", "detergent", "pesticide", "weed ?killer", "rat poison", "insecticide", "paint thinner", "white spirit", "turpentine", "(?:button|coin|watch) batter(?:y|ies)", "magnets", "cleaning (?:stuff|products?|liquid|fluid|spray|tablets?)", "(?:oven|toilet|floor|glass|window) cleaner", "lighter fluid", "lamp oil", "paraffin"],
  ["lejia", "cloro", "lavandina", "clorox", "anticongelante", "destapacanos", "detergente", "(?:capsulas?|pastillas?) (?:de|para) (?:lavavajillas|detergente|lavadora|la lavadora)", "veneno", "matarratas", "raticida", "insecticida", "plaguicida", "pesticida", "herbicida", "thinner", "aguarras", "(?:pilas?|baterias?) de boton", "imanes", "productos? de limpieza", "limpiador\\w*", "liquido de (?:limpiar|limpieza)", "suavizante", "gasolina", "queroseno"],
);

/** Breathing slowed or shallow in someone drowsy: the opioid and sedative overdose picture (NHS: slow, shallow breathing). */
const BREATHING_SLOWED = lexicon(
  "breathing slow or shallow",
  ["(?:his|her|their|(?:my )?(?:dads|moms|mums|husbands|wifes|grandmas|grandpas)) breathing (?:is |s |has |seems |looks )?(?:gotten |got |become |gone |been )?(?:very |really |so |super |quite |too |really really )?(?:slow|shallow|weak)", "breathing (?:is |s )?(?:very|really|so|super|too|awfully) (?:slow|shallow)", "barely breathing", "hardly breathing"],
  ["respira (?:muy |super |demasiado )?(?:lento|despacio|poquito|superficial|debil)", "respiracion (?:muy |super |demasiado )?(?:lenta|superficial|debil)", "casi no respira"],
);

export const ACUTELY_UNWELL_RULES: readonly ConceptRule[] = [
  { id: "poisoning", syndrome: "collapse", level: "emergency", effect: "symptom", description: "Medicines swallowed by mistake or in an unknown amount (a child, someone else's tablets).", sentence: [SWALLOWED_MEDICINES] },
  { id: "poisoning", syndrome: "collapse", level: "emergency", effect: "symptom", description: "More of a medicine swallowed than any dose: ten or more, the whole box, a handful, too many, an unknown number.", sentence: [SWALLOWED, MORE_THAN_ANY_DOSE], message: [A_SWALLOWED_MEDICINE] },
  { id: "poisoning", syndrome: "collapse", level: "emergency", effect: "symptom", description: "An extra dose taken by mistake, and drowsy, slowed, vomiting or breathing oddly since.", sentence: [SWALLOWED, A_SWALLOWED_MEDICINE, AN_EXTRA_DOSE], message: [SLOWED_BY_IT] },
  { id: "poisoning", syndrome: "collapse", level: "emergency", effect: "symptom", description: "An extra dose of a blood-pressure, heart, sugar or sedative medicine, and any sign since (dizzy, pale, cannot stand, a slow heart).", sentence: [SWALLOWED, AN_EXTRA_DOSE], message: [A_MEDICINE_THAT_DROPS_PRESSURE_OR_SUGAR, FELT_SINCE] },
  { id: "poisoning", syndrome: "collapse", level: "emergency", effect: "symptom", description: "Someone else's or the wrong tablets swallowed by mistake, and any sign since (dizzy, shaky, a slow heart).", sentence: [SWALLOWED, SOMEONE_ELSES_MEDICINE], message: [FELT_SINCE] },
  { id: "poisoning", syndrome: "collapse", level: "emergency", effect: "symptom", description: "A medicine swallowed, and breathing slowed or eyes that will not stay open since (an opioid or sedative overdose).", message: [SWALLOWED, A_SWALLOWED_MEDICINE, BREATHING_SLOW_OR_EYES_CLOSING] },
  { id: "poisoning", syndrome: "collapse", level: "emergency", effect: "symptom", description: "A medicine mixed with alcohol, and drowsy, slowed, vomiting or breathing oddly since.", sentence: [A_SWALLOWED_MEDICINE, WITH_ALCOHOL], message: [SLOWED_BY_IT] },
  { id: "poisoning", syndrome: "collapse", level: "emergency", effect: "symptom", description: "A small child who ate or got into medicines, however few.", sentence: [A_SMALL_CHILD, ATE_OR_GOT_INTO, A_SWALLOWED_MEDICINE] },
  { id: "poisoning", syndrome: "collapse", level: "emergency", effect: "symptom", description: "A household chemical, a button battery or magnets swallowed.", sentence: [DRANK_OR_SWALLOWED, A_HOUSEHOLD_POISON] },
  { id: "poisoning", syndrome: "collapse", level: "emergency", effect: "symptom", description: "Chemical fumes or gas breathed in (bleach mixed with a cleaner, a gas leak), and coughing, a burning chest, breathlessness or dizziness since.", message: [FUMES_BREATHED_IN, AIRWAY_HIT] },
  { id: "unresponsive", syndrome: "collapse", level: "emergency", effect: "symptom", description: "Unresponsive or hard to wake.", sentence: [UNRESPONSIVE] },
  { id: "unresponsive", syndrome: "collapse", level: "emergency", effect: "symptom", description: "Breathing slow or shallow (an opioid or sedative overdose).", sentence: [BREATHING_SLOWED] },
  { id: "unresponsive", syndrome: "collapse", level: "emergency", effect: "symptom", description: "Went down and does not answer when spoken to.", sentence: [WENT_DOWN, NOT_ANSWERING] },
  { id: "impending-doom", syndrome: "collapse", level: "emergency", effect: "symptom", description: "Feels they are dying or about to die (a sepsis, heart and clot warning sign).", sentence: [IMPENDING_DOOM], unless: [JOKING] },
];
