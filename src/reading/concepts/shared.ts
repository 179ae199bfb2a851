import { datingWhatIsTold, lexicon } from "./lexicon.js";

/** Lay vocabulary several syndromes share. */

export const SUDDEN = lexicon(
  "sudden onset",
  ["sudden\\w*", "all of a sudden", "(?:came on|started|began|happened|hit) (?:\\w+ )?all at once", "out of nowhere", "out of the blue", "suddenly", "abrupt\\w*", "without warning", "in an instant", "came on (?:fast|quickly)", "sudenly", "suddently", "(?:came on|started|began|happened|kicked in) (?:\\w+ ){0,2}(?:in the last|within the last|about|like|only)? ?(?:\\d+|ten|five|few|couple of) (?:mins?|minutes)", "(?:\\d+|ten|five|fifteen|twenty|few|couple of) (?:mins?|minutes) ago",
    // The moment told: "my hand just went dead".
    "just (?:went|gone|goes) (?:dead|numb|limp|floppy|weak)", "just (?:gave out|gave way)"],
  ["de repente", "de golpe", "repentin\\w*", "subit\\w*", "derrepente", "de la nada", "de un momento a otro", "de pronto", "de buenas a primeras", "(?:empezo|empezó|comenzo|le dio|me dio) hace (?:\\d+|unos|diez|cinco|pocos) minutos", "hace (?:\\d+|unos|diez|cinco|pocos) minutos"],
);

/** An event long over is history, not a report: "had a fall two years ago", "dislocated it years ago". */
export const LONG_AGO = datingWhatIsTold(
  lexicon(
    "long ago",
    ["(?:years?|yrs?|months?|mths?|a while|ages|decades?) ago", "(?<!\\b(?:like|as) )last (?:year|summer|winter|spring|autumn|fall)", "(?:back )?in (?:19|20)\\d\\d", "back in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the winter|the autumn|the fall)", "when (?:i|he|she) was (?:a kid|young|little|younger)", "history of", "used to(?! be\\b)", "last month", "long (?:gone|over|since gone|since over)",
      // A past illness that dates what is told beside it: "when I had the clot my leg was swollen". Not an operation: in rehab that is often weeks ago.
      "(?:when|back when|the time) i (?:had|got) (?:my|his|her|the|a|that) (?:\\w+ )?(?:clot|dvt|stroke|heart attack|mini stroke|tia|pneumonia|covid|sepsis|baby|c ?section|chemo|bypass|stent|kidney stones?)", "a month ago", "(?:when|as) (?:i was )?a (?:teenager|teen|kid|child)", "in my (?:teens|twenties|youth)", "back then", "back when (?:i|he|she) (?:had|was)", "in (?:high |grade |primary |secondary |middle )?school", "in college", "at uni(?:versity)?", "as a (?:boy|girl|youngster|student)",
      // An age the event happened at: "my dad had a heart attack at 60".
      "(?:had|got|suffered|survived|died|passed away|was diagnosed)\\b[^.,;!?]{0,40}\\b(?:at|aged) (?:the age of |age )?[2-9]\\d\\b(?! ?(?:%|percent|bpm|mg|kg|lbs?|mmhg|degrees|over|am|pm|o ?clock|mins?|minutes|reps|sats?)\\b)"],
    ["hace (?:\\w+ )?(?:anos|meses|tiempo|mucho)", "hace (?:como|unos|casi|mas de|cerca de|ya) (?:\\w+ )?(?:anos|meses)", "(?<!\\bcomo )(?:el|del) ano pasado", "(?:de|cuando era) (?:nin[oa]|joven|chic[oa])", "antecedentes? de", "el mes pasado", "(?:de|cuando era) adolescente", "(?:a los|con) (?:\\d+|quince|dieciseis|diecisiete|dieciocho|veinte) anos", "(?:tuvo|tuve|le dio|me dio|murio|fallecio)\\b[^.,;!?]{0,40}\\ba los [2-9]\\d\\b(?! (?:minutos|segundos|dias|kilos|grados))", "en (?:19|20)\\d\\d", "en (?:ese|aquel) entonces",
      "cuando (?:tuve|me dio) (?:el|la|un|una|mi|aquel|aquella) (?:\\w+ )?(?:trombo|coagulo|trombosis|ictus|infarto|derrame|embolia|neumonia|covid|sepsis|bebe|cesarea|quimio|bypass|calculos?|piedras?)"],
  ),
);

/**
 * A limit that dates a sign to an old injury: "since I broke my wrist I cant grip" is how the wrist
 * has been, not a new sign — unless the sentence also says it is recent ("since I broke it yesterday").
 */
export const SINCE_AN_OLD_INJURY = lexicon(
  "since an old injury",
  ["(?:ever )?since (?:i|he|she|we) (?:broke|fractured|sprained|twisted|tore|dislocated|injured|hurt|had (?:my|his|her|the) (?:surgery|operation|accident|fracture|break|injury|op))", "since (?:my|his|her|the) (?:\\w+ )?(?:fracture|break|injury|sprain|accident)", "ever since", "(?:always|never) been (?:the same|right)", "(?:still \\w+ )?(?:from|since) (?:the|my|his|her) stroke(?!s)", "same as (?:it s|its|it has|it is|always)(?: been)?(?: since)?", "(?:as|like) usual", "nothing new", "(?:same|just) as (?:usual|always|ever|normal)", "as (?:usual|always)", "nothing new", "(?<!\\b(?:not|isnt|no longer|never|nothing like) )(?:my|his|her|the) (?:usual|normal|regular|old) (?:sciatica|\\w+ pain|ache|aches|bruises|bruising|tingling|numbness|one|thing|flare up|flare)"],
  ["desde (?:que (?:me|se) (?:rompi|rompio|fracture|fracturo|torci|torcio|lesione|lesiono|disloque|disloco)|hace (?:anos|meses|mucho))", "de toda la vida", "desde siempre", "desde (?:el|mi|su) (?:ictus|acv|derrame)", "igual que siempre", "(?:como|igual que) (?:siempre|de costumbre|siempre)", "(?<!\\bno (?:es|son|era) )(?:los|las|lo|la) (?:\\w+ )?de siempre", "nada nuevo"],
);

/** Words that put a sign in the present: with them an old injury does not make the sentence history. */
/** Out of the cast: pale, thin skin or tingling underneath is no longer a cast too tight (injury.ts, compartment.ts). */
export const CAST_OFF = lexicon(
  "the cast taken off",
  ["(?:cast|plaster|splint|boot|brace) (?:\\w+ ){0,2}(?:came off|come off|comes off|removed|taken off|off (?:now|today|yesterday|at last))", "(?=out|took|taken|got|rid)(?<!\\b(?:sticking|poking|peeking|peeping|showing|hanging|coming) )(?:out of|took off|taken out of|got out of|rid of) (?:the |{P} )?(?:cast|plaster|splint|boot)"],
  ["(?:me|le) (?:quitaron|quitan|retiraron) (?:el|la) (?:yeso|escayola|ferula|bota)", "sin (?:el )?(?:yeso|escayola)", "ya no tengo (?:el )?(?:yeso|escayola)"],
);

/**
 * A sign said to be the patient's usual, unchanged: "feet numb like always, nothing new", "right side still weak from the
 * stroke, same as it's been for years", "el ahogo normal mío", "el pie dormido de siempre por la diabetes".
 */
export const BASELINE = lexicon(
  "the patient's usual, unchanged",
  [
    "(?=like|as|same)(?<!\\b(?:not|isnt|is not|wasnt|nothing) )(?:like|as|same as) (?:always|usual|ever|normal)", "(?:the )?(?:same )?way (?:it|they|he|she) always (?:is|are|does|do|feels?|has been|have been)", "like (?:it|they) always (?:does|do|is|are)", "(?:nothing|not|isnt|is not) (?:\\w+ )?(?:new|different|unusual)", "no different (?:than|from|to) (?:usual|normal|always|before|ever)",
    "same as (?:it|they)(?: s| has| have| is| are)? (?:always )?been", "(?:for|these past|the last|the past) (?:many |a few |several |\\d+ |two |three |five |ten )?years", "(?:my|his|her) usual", "(?=normal|usual)(?<!\\b(?:is|be) (?:it|this|that) )(?:normal|usual) for (?:me|him|her)", "(?:thats|that s|its|it s) just (?:me|him|her|my \\w+)",
    "(?:from|since|after) (?:my|his|her|the) (?:old )?stroke(?!s)", "(?:from|since|with|because of) (?:the |my |his |her )?(?:diabetes|neuropathy|copd|emphysema|ms|parkinsons|arthritis|fibromyalgia)",
  ],
  [
    "(?=como)(?<!\\bno (?:es|era|esta|estoy|fue|esta siendo) )como (?:siempre|de costumbre|cada dia|todos los dias)", "(?:de|igual que) siempre", "lo de siempre", "nada (?:nuevo|raro|distinto|diferente|fuera de lo normal)", "(?:normal|habitual) (?:mio|mia|en mi|para mi)", "desde hace (?:\\w+ )?(?:anos|mucho)", "de toda la vida",
    "(?:por|con) (?:la |el |mi |su )?(?:diabetes|neuropatia|epoc|enfisema|artrosis|artritis|fibromialgia)", "(?:desde|por|del) (?:el |mi |su )?(?:ictus|derrame|acv)",
  ],
);

/** What says the usual has changed: "…but this time it popped OUT", "ahora las dos piernas". */
export const CHANGED_FROM_THE_USUAL = lexicon(
  "a change from the usual",
  [
    "(?=new)(?<!\\b(?:nothing|not|no|anything) )new", "worse", "(?<!\\b(?:nothing|not|no) )different", "(?<!\\b(?:nothing|not|no) )unusual", "sudden\\w*", "out of nowhere", "never (?:had|happened|felt|been|done)", "first time", "this time", "other side", "both (?:legs|sides|arms|feet|hands)", "spread\\w*", "started", "again", "more than (?:usual|normal|ever)", "not (?:like|the same as) (?:usual|always|normal)", "but (?:today|now|this)",
  ],
  [
    "(?=nuev)(?<!\\b(?:nada|no) )nuev[oa]", "peor", "(?<!\\b(?:nada|no) )(?:distint[oa]|diferente|raro)", "de repente", "de golpe", "nunca", "primera vez", "esta vez", "el otro lado", "(?:las|los|ambas|ambos) (?:dos )?(?:piernas|lados|brazos|pies|manos)", "se (?:extendio|esta extendiendo|subio)", "empezo", "otra vez", "mas (?:de lo normal|que nunca)", "no (?:es|era) como siempre", "pero (?:hoy|ahora|esta)",
  ],
);

export const RECENT = lexicon(
  "recent onset",
  ["(?<!\\bnot )today", "tonight", "this (?:morning|afternoon|evening|week)", "yesterday", "last night", "just now", "again", "(?=new)(?<!\\b(?:nothing|no|not) )new", "suddenly", "sudden", "out of nowhere", "(?:\\w+ )?(?:hours?|days?|minutes?) ago", "started", "since (?:this morning|yesterday|last night|today)", "(?:getting|got|gets) (?:worse|weaker|number)", "worse (?:and worse|every day|each day)", "(?:more and more|every day|each day) (?:\\w+ )?(?:worse|weaker|number|more)"],
  ["hoy", "ayer", "anoche", "esta (?:manana|tarde|noche|semana)", "otra vez", "de nuevo", "(?=nuev)(?<!\\b(?:nada|no es|sin) )nuev[oa]", "de repente", "hace (?:\\w+ )?(?:horas?|dias?|minutos?)", "empezo", "cada (?:dia|vez) (?:\\w+ ){0,3}(?:mas|peor)", "(?:va|esta|se pone|se esta poniendo) (?:cada vez )?peor"],
);

/** A recent operation: "had my knee replaced Monday", "post op day 5", "me operaron la semana pasada". */
export const RECENT_SURGERY = lexicon(
  "a recent operation",
  [
    "(?:after|since|from|post) (?:the |my |his |her |a )?(?:surgery|op|operation|replacement|procedure)", "post ?op\\w*", "(?:op|surgery|operation) (?:was )?(?:on |last )?(?:\\w+day|yesterday|\\d+ days? ago|(?:a|one|two) (?:days?|weeks?) ago|this week|last week)",
    "had (?:my|his|her|the) (?:\\w+ ){0,2}(?:replaced|done|operated on|op|surgery|operation)", "(?:knee|hip|shoulder)s? (?:was |were |got )?replaced",
  ],
  ["(?:despues de|desde) (?:la |mi |su )?(?:cirugia|operacion)", "(?:me|lo|la|le) operaron", "operad[oa] (?:de|del|de la)", "recien operad[oa]"],
);

export const PAIN = lexicon(
  "pain",
  ["pain\\w*", "hurts?", "hurting", "hurted", "sore", "ache", "aches", "aching", "achy", "agony", "throbb\\w*", "stabbing", "sharp", "pian", "pian\\w*", "painn\\w*"],
  ["dolor\\w*", "duele\\w*", "duelen", "adolorid\\w*", "molesti\\w*", "punzada\\w*", "dolia", "doliendo", "dolio"],
);

export const BACK = lexicon(
  "back or spine",
  ["back", "backache", "spine", "spinal", "lumbar", "lower back", "sciatica", "disc", "disk", "slipped disc", "backs(?= (?:been|is|was|gone|killing|bad|playing|agony|hurting|sore|went))", "backs(?= (?:got|getting|gotten))"],
  ["espalda", "columna", "lumbar\\w*", "ciatica", "cintura", "hernia", "disco", "rinones", "lumbago", "rabadilla", "coxis", "back"],
);

export const BREATHING_TROUBLE = lexicon(
  "trouble breathing",
  [
    "(?:cant|cannot|can not|couldnt|could not|unable to|struggling to|struggle to|hard to|harder to|trouble|difficulty|problems?|bother) (?:\\w+ ){0,2}(?:breathe|breath|breth|breathing|breething|brethe)", "(?:cant|cannot|can not|couldnt|could not) (?:take|catch|get) the air", "drowning (?:me|myself|himself|herself)", "(?:only|barely|just) (?:get|say|manage|gasp) (?:out )?(?:a (?:few|couple of)|one or two|two|three|\\d) words (?:\\w+ ){0,2}(?:between|before|per|each) breathe", "(?:cant|cannot|couldnt) (?:finish|get through|complete) (?:a |{P} )?sentences?(?: without (?:stopping|gasping|a breath))?",
    "short(?:ness)? (?:of|on) breath(?! (?:from|with) laugh\\w*)", "(?=o)(?<!\\b(?:bit|little|slightly|lil|normal|usual|bit more|mildly|somewhat) )out of breath(?! (?:from|with) laugh\\w*)", "breathless\\w*(?! (?:from|with) laugh\\w*)", "gasping\\w*", "gasps?", "wheez\\w*",
    "(?:cant|cannot|couldnt) (?:even |really |quite |properly )?(?:get|catch) (?:enough |any |{P} )?(?:air|breath)", "fighting for (?:air|breath)", "struggling for (?:air|breath)",
    "breathing (?:is |feels |got |was )?(?:\\w+ )?(?:difficult|hard|labou?red|shallow|funny|weird|strange|rough|fast and)", "air hunger", "(?:stop|stopping|pause|pausing|gasp\\w*) (?:\\w+ )?(?:every|after) (?:\\d|one|two|three|four|a few|a couple of?)(?: or (?:\\d|two|three|four))? words", "(?:inhaler|puffer|reliever|ventolin|salbutamol|albuterol|blue one) (?:\\w+ ){0,4}(?:did nothing|does nothing|doing nothing|not working|isnt working|didnt work|doesnt work|wont work|doesnt help|isnt helping|not helping|didnt help|no help|no good)", "short of air", "(?:breathing|breathe|breath) (?:all |real |really |very |so )?short(?! (?:of|on|story|time|while|walk|distance))",
    // Too breathless to speak (NICE: unable to complete sentences), and breath told by what it is drawn through.
    "(?:cant|cannot|can not|couldnt|unable to) (?:say|speak|talk|get out|finish) (?:more than )?(?:a (?:few|couple of)|one or two|two|three|\\d) words", "(?:cant|cannot|can not|couldnt) (?:finish|complete|get through|get out) (?:a |my |whole |full )?sentences?", "(?:breathing|breathe|breath) (?:in |out )?through a (?:wet |damp |thick )?(?:sponge|straw|towel|cloth|pillow|rag)",
    "(?:can|could) (?:only|barely|just|hardly) (?:get|say|manage|speak|talk) (?:out )?(?:a few|a couple of|one or two|two|three|\\d) words", "(?:a few|two|three|\\d) words (?:out )?at a time", "(?:usually|normally) (?:fixed|sorted|settled|helped|better) (?:by|with|after) (?:a |one |two |2 |1 )?(?:puffs?|inhaler|ventolin)(?=[\\s\\S]*\\b(?:now|done|had|taken|took)\\b[^.!?]{0,20}\\b(?:[4-9]|1\\d|ten|six|eight)\\b)",
    "suffocat\\w*", "choking", "\\bsob\\b(?! (?:story|stories))", "\\bdib\\b", "dyspno?e?a\\w*", "(?:can|could) (?:barely|hardly|only just) (?:breathe|breath|get (?:any |enough )?air|catch {P} breath)", "cant breathe", "cant breath", "(?:cant|cannot|couldnt|can not) get (?:enough|enuf|enuff|nuff) air", "(?:puffing|panting|gasping|huffing) (?:\\w+ )?for (?:air|breath)", "(?:still|keeps?|kept|constantly) (?:puffing|panting)(?! (?:from|after|on|up) )", "outta breath(?! (?:from|with) laugh\\w*)", "(?:cant|cannot|couldnt|could not|can not) (?:get|catch) {P} wind", "breathing (?:too|way too) (?:fast|quick)(?! (?:\\w+ )?(?:after|on|from|during|with))", "sob(?= (?:cp|chest|and|sweat\\w*|rn|now|at rest|since|all day))", "(?<=(?:cp|chest pain) )sob"
  ],
  [
    "disnea", "(?:me|se) (?:estoy|esta|estaba) ahogando(?! en (?:\\w+ )?(?:tareas|trabajo|deudas|papeles|problemas|examenes|mensajes|correos|un vaso|pendientes))", "no (?:puedo|puede|podia|pude|pudo) (?:coger|agarrar|tomar|jalar|meter) (?:el )?aire", "no (?:puedo|puede|podia|pude|pudo) (?:coger|agarrar|tomar|recuperar) (?:su |mi |el )?(?:respiracion|aliento)", "(?:silbido|pitido|chiflido) (?:\\w+ ){0,2}(?:al|cuando) respir\\w*",
    "no (?:puedo|puede|podia|podemos|pude|pudo) respirar", "(?:me|le|nos|les) (?:falta|faltan|faltaba) (?:(?:mucho|muchisimo|bastante|tanto|harto|demasiado) )?(?:el |de )?(?:aire|air|aliento)", "falta de aire", "(?:me|le) cuesta (?:mucho )?respirar",
    "dificultad (?:para|al) respirar", "no (?:puedo|puede|pude|pudo|podia) (?:decir|terminar|hablar|completar) (?:ni )?(?:dos|tres|unas pocas|pocas|\\d) palabras", "no (?:puedo|puede|pude|pudo|podia) (?:terminar|completar|acabar) (?:una |las |la )?frases?", "respir\\w* (?:a traves de|por) (?:una|un) (?:esponja|popote|pajita|trapo|toalla)", "(?:me|se) ahog\\w*", "ahogo", "ahogandome", "ahogandose", "sin aliento(?! (?:un )?(?:poc\\w*|poq\\w*|pelin|rato|ratito)| de (?:la )?risa)", "sin aire(?! (?:acondicionado|ac|clima|fresco))", "no (?:me|le) (?:entra|llega) (?:el )?aire",
    "respir\\w* (?:con dificultad|mal|muy rapido|entrecortad\\w*)", "(?:respiro|respira|respiracion) (?:muy |bien |super )?(?:cortit[oa]|cort[oa])(?! (?:de|el|la|los|las)\\b)", "jadeando", "(?:me|se|le) (?:estoy |esta |estaba )?sofoc\\w*(?! (?:\\w+ )?(?:el|de|del|con el|por el|x el) calor)", "sofocad[oa](?! (?:\\w+ )?(?:de|del|con el|por el|x el) calor)", "sofocando(?:me|se)?(?! (?:\\w+ )?(?:de|del|con el|por el|x el) calor)", "sensacion de sofoco", "no (?:consigo|logro|consegui|logre) respirar", "(?:me|le) falta o aire", "(?:paro|parar|tengo que parar|hago (?:una )?pausa) cada (?:\\d|dos|tres|pocas) palabras", "(?:inhalador|ventolin|salbutamol|puff|bomba|bombita) (?:\\w+ ){0,3}no (?:me )?(?:hace|hizo|sirve|sirvio|funciona|funciono|ayuda|ayudo)", "asfixi\\w*", "se (?:me|le) (?:va|iba|fue) el aire", "no (?:me|le) alcanza (?:el )?(?:aire|aliento|resuello)", "(?:me|le) falta (?:el )?resuello", "(?:fatiga|ahogo) (?:\\w+ ){0,1}que no (?:puedo|puede|podia) (?:ni )?hablar", "(?:me|le) cuesta (?:muchisimo|bastante|un monton|horrores) respirar", "(?:empez\\w*|comenz\\w*) a faltar(?:me|le)? (?:el )?(?:aire|aliento)", "no me alcanza (?:el aire|la respiracion)", "respiro y (?:respiro y )?no me alcanza"],
);

/** Exercise names that contain a body word; masked before screening so "knee to chest" is not chest pain. */
export const EXERCISE_NAMES = lexicon(
  "exercise names with body words",
  [
    "knees? (?:to|2) (?:the )?chest", "opposite (?:arm|leg|hand|knee) (?:and|&|\\+) (?:the )?(?:opposite )?(?:arm|leg|hand|knee)", "chest (?:stretch\\w*|press(?:es)?|fly|flies|opener\\w*|expansion\\w*|lifts?)", "calf (?:raises?|stretch\\w*|pumps?|rolls?)",
    "heel (?:slides?|raises?|drops?)", "head (?:lifts?|nods?|turns?|tilts?)", "neck (?:stretch\\w*|rotations?|tilts?)", "face (?:down|up)", "arm (?:circles?|raises?|slides?)",
    "leg (?:raises?|lifts?|swings?|press\\w*|slides?)", "straight leg raises?", "hamstring stretch\\w*", "wall slides?", "sit to stand",
    // …and with symptom words: "chest feels it in the doorway stretch, squeezes done too" is no squeezing chest.
    "(?:scapular|scap|shoulder blade|glute|ball|pillow|pelvic floor|adductor|quad|grip|hand) squeez(?:es|e)", "squeezes(?= (?:done|too|as well|finished|x ?\\d|\\d))",
    // Posture cues: "keep your chest up", "chest proud", not a chest symptom.
    "(?:keep\\w*|kept|lift\\w*|open\\w*|push\\w*|stick\\w*|puff\\w*|with) (?:{P} )?chest (?:up|out|open|proud|forward|lifted|high)", "chest (?:up|out|proud)(?= *(?:and|,|$))",
  ],
  ["rodillas? al pecho", "pecho (?:arriba|afuera|erguido|hacia (?:arriba|afuera|adelante))", "(?:saca\\w*|abr\\w*|levant\\w*) (?:el )?pecho", "elevacion\\w* de (?:talones|pantorrilla|pierna\\w*)", "estiramiento\\w* de (?:pantorrilla|gemelos?|pecho|cuello)"],
);

/**
 * A body site said to be fine is not the site of a symptom: "my chest is fine, just sore arms from
 * the bands". Masked before screening, unless the sentence turns ("fine until I walk, then tight").
 */
const TURNS = String.raw`(?![^.!?;]*\b(?:but|except|until|till|unless|apart from|when|whenever|then|although|though|if|pero|hasta|excepto|salvo|cuando|aunque|si)\b)`;
export const SITE_SAID_FINE = lexicon(
  "a body site said to be fine",
  [
    `(?:chest|chset|cheast|chst|heart|breathing|head|calf|calves)s? (?:is |are |s |feels? |seems? |looks? )(?:totally |all |completely |perfectly |just )?(?:fine|ok|okay|good|normal|clear|great|alright|all right|perfect)${TURNS}`,
    `(?:wound|scar|incision|cut|stitches)s? (?:is |are |s )?(?:healing|healed|closing|closed) (?:up )?(?:nicely|well|fine|great|beautifully|ok|okay|nice)${TURNS}`,
  ],
  [`(?:el pecho|el corazon|la respiracion|la cabeza|la pantorrilla) (?:esta|lo siento|la siento|se siente|se ve) (?:muy |totalmente |perfectamente )?(?:bien|normal|perfect[oa])${TURNS}`],
);

/**
 * Thoughts of suicide or self-harm denied, as a screening question is answered (C-SSRS: "no"): "No SI, just flat",
 * "nada de ideación suicida", "I'm not thinking of hurting myself or anything". Masked before screening, so the low
 * mood beside it is read for the therapist; any warning sign told in the same message is still read.
 */
export const SELF_HARM_DENIED = lexicon(
  "thoughts of self-harm denied",
  [
    "not (?:done|finished|over) with (?:life|living|it all)", "(?:not|never|no longer) (?:\\w+ ){0,2}(?:suicidal|thinking (?:of|about) (?:hurting|harming|killing) (?:my|him|her)self|(?:going to|gonna|gunna|about to) (?:hurt|harm|kill|do anything to) (?:my|him|her)self|planning (?:to |on )?(?:hurt\\w*|harm\\w*|kill\\w*) (?:my|him|her)self)(?:,? no plans?)?(?: or anything(?: like that)?)?",
    "(?:(?:im )?not (?:going to|gonna)|(?:i )?wont|i will not) do anything (?:stupid|silly|drastic)(?: to (?:my|him|her)self)?",
    "(?:hasnt|has not|havent|have not|didnt|did not|doesnt|does not|never) (?:said|mentioned|talked about|spoken about|says|mention|talk about) (?:anything |a word )?(?:about |of )?(?:harming|hurting|killing) (?:my|him|her|them)sel(?:f|ves)", "no (?:talk|mention|signs?|thoughts?|word) (?:of|about) (?:harming|hurting|killing) (?:my|him|her|them)sel(?:f|ves)",
    "(?:no|denies|deny|denied|negative for|without|nil) (?:\\w+ )?(?:suicidal (?:ideation|thoughts?|ideas?|intent|plans?)|self ?harm(?:ing)?|thoughts of (?:suicide|self ?harm|hurting (?:my|him|her)self))(?:,? (?:no|or|nor) (?:plans?|intent))?",
    // The clinical abbreviations, only as a checklist answer: "No SI, just flat" (Spanish "no sé si…" is not one).
    "(?:no|denies|denied|negative for|nil) (?:si|dsh)(?=\\W*(?:$|[,.;]| just\\b| but\\b| and\\b| or\\b| no plans?\\b))",
  ],
  [
    "(?:no|nada de|sin|ninguna?) (?:\\w+ )?(?:ideacion suicida|pensamientos? suicidas?|ideas? (?:suicidas?|de (?:hacerme dano|suicidio|quitarme la vida))|autolesiones)(?: ni (?:nada de eso|nada parecido|nada))?",
    "no (?:pienso|quiero|voy a|tengo (?:intencion|ganas) de) (?:hacerme dano|lastimarme|matarme|quitarme la vida|suicidarme|autolesionarme)(?: ni nada(?: parecido| de eso)?)?", "no (?:soy|estoy) suicida", "no (?:pienso|piensa|pense|penso) en (?:hacerme|hacerse) dano", "no (?:ha dicho|dice|dijo|habla|hablo|ha hablado|menciona|ha mencionado) (?:nada )?(?:de|sobre) (?:hacerse|hacerme) dano", "no (?:pienso|voy a|quiero) hacer(?:me)? (?:nada|ninguna (?:locura|tonteria|estupidez))(?: (?:malo|raro))?",
  ],
);

/**
 * A word taken back: quoted from an earlier message and corrected ("when I said I want to end it I meant end the
 * exercises", "suicide was autocorrect for side", "la embolia que mencioné es de mi tío", "no era me sangra mucho,
 * era me cansa mucho"). Only the quoted words are masked: what the patient says they meant is still read.
 */
export const RETRACTED = lexicon(
  "a word taken back",
  [
    "(?:thinking|thought|convinced|sure|scared) (?:it was|i was having|i had|i d had) (?:\\w+ ){0,3}(?:heart attack|stroke|clot)[^.!?]{0,40}?(?:turned out|but it was|it was (?:just|only)|was (?:just|only)) (?:to be )?(?:\\w+ ){0,2}(?:nightmare|dream|indigestion|heartburn|reflux|gas|wind|anxiety|panic)",
    "(?:when |earlier |before )?(?:i|she|he|we) (?:said|wrote|typed|put|texted|mentioned) [^.!?]{1,40}? (?:i|she|he|we) (?:meant|was talking about|was referring to)",
    "\\bby [^.!?,]{1,30}? (?:i|she|he|we) meant", "(?:\\w+ ){1,4}(?:was|is|got|were) (?:an? )?autocorrect\\w*(?: (?:for|from|of))?",
    "(?:\\w+ ){1,3}in my (?:last |earlier |previous |first )?(?:message|msg|text) (?:was|is|should (?:be|have been)|meant)", "(?:put|wrote|typed|said) (?:\\w+ ){1,3}in my (?:last |earlier |previous |first )?(?:message|msg|text)",
    "it (?:wasnt|was not|isnt|is not) [^.!?]{1,30}?,? it (?:was|is|s)\\b", "(?:the )?(?:\\w+ ){1,3}(?:i|we) mentioned (?:was|is|were|are) (?:my|his|her|our) \\w+s\\b",
    // A sign thought of, then explained: "thought I was having a heart attack but it was the stairs I'd just run up".
    "(?:i |we )?thought (?:i was|i d|it was|i had|he was|she was|my \\w+) (?:having |getting |going to have )?[^.!?]{1,50}?,? (?:but|turns out|turned out) (?:it was|it s|its|was just|it turned out|turned out|it was just)(?! (?:really|actually|real))",
    // Said and taken back as a joke, never a thought of dying: "blood all over the kitchen 😱 jk my daughter dropped the beet juice".
    "(?:^|(?<=[.!?]\\s*))(?:(?!\\b(?:die|dying|dead|kill\\w*|suicid\\w*|end it|overdose|cut myself|hurt myself)\\b)[^.!?])+?\\s(?:jk|j k|just kidding|kidding|just joking|only joking)\\b(?=\\s+\\S[^.!?]{8,})",
    "heart attack (?:of the day|of the week|moment)",
    // Other people's emergencies at work, in the plural or as the hospital calls them: "two chest pain patients and a stroke alert on my shift".
    "(?:\\w+ )?(?:chest pain|stroke|heart attack|cardiac|trauma|fall|overdose|sepsis|bleeding) (?:patients|cases|calls|admissions|alerts?|codes?|activations?)\\b",
    // An earlier message named by its words and explained: "the blood everywhere text was about my nosebleed last month".
    "(?:the|that|my) (?:\\w+ ){1,5}(?:text|message|msg) (?:i sent |from (?:earlier|yesterday|before|last night) )?(?:was|is) (?:about|re|regarding|referring to|talking about)",
  ],
  [
    "(?:cuando|lo que) (?:dije|escribi|puse|mencione) [^.!?]{1,40}? (?:quise decir|queria decir|me referia)",
    // Said and taken back as a joke in the next breath, never a thought of dying: "me dio un infarto de ver cuántas eran. Mentira, los hice".
    "(?:^|(?<=[.!?]\\s*))(?:(?!\\b(?:morir\\w*|muero|muert[oa]|matarme|suicid\\w*|cortarme|pastillas)\\b)[^.!?])+?[.!]+\\s*(?:mentira|es broma|era broma|es chiste|era chiste|naa+h?)\\b(?=\\W+\\S[^.!?]{8,})", "lo de [^.!?,]{1,30}? (?:jaja\\w*|era (?:porque|por|de|que|broma)|fue (?:porque|por|broma)|es (?:porque|por|broma))",
    "(?:el|la|lo|los|las) (?:\\w+ ){1,3}que (?:mencione|dije|puse|escribi|comente) (?:es|era|fue|son|eran) (?:el |la |lo |los |las )?(?:de )?(?:mi|un|una|su) \\w+",
    "no (?:era|fue|dije) (?:me|mi|que me|que mi|yo) [^.!?,]{1,30}?, (?:era|fue|es|dije|sino)\\b", "(?:\\w+ ){1,3}(?:fue|era|es) (?:el |del )?(?:autocorrect\\w*|corrector)", "(?:el|la) (?:del|de la) \\w+ (?:fue|era|es) (?:el|la|un|una|mi|su)\\b", "(?:la|el) que (?:se )?\\w+ (?:fue|era|es) (?:mi|su) \\w+",
    "(?:pense|crei|me parecio) que [^.!?]{1,80}?,? pero (?:era|fue|resulto)(?! (?:de verdad|real|cierto|verdad))", "(?:le |les )?(?:puse|escribi|dije|mande) [^.!?]{1,40}? (?:y )?(?:era|fue) (?:por|de|sobre|acerca de)",
    "(?:el|ese|mi) (?:mensaje|texto|msj) (?:de |del |que (?:decia|dice) )?(?:\\w+ ){1,5}(?:era|fue|es) (?:sobre|de|por|acerca de)",
  ],
);

/**
 * What happened in a dream is no report, up to waking: "dreamt my hip dislocated and woke up in a sweat", "soñé que me caía
 * por las escaleras". Waking, now, today or a "but" end it: "had a nightmare and woke up with chest pain" reports the pain.
 */
const UNTIL_AWAKE = String.raw`[^.!?;,]*?(?=\s+(?:woke|wake|waking|awake|now|today|this morning|but|desperte|me desperte|despierto|ahora|hoy|esta manana|pero)\b|\s*[.!?;,]|\s*$)`;
export const DREAMT = lexicon(
  "a dream told",
  [String.raw`(?:(?:dreamt|dreamed|dreaming|had (?:a|this|the|that) (?:\w+ )?(?:dream|nightmare)|nightmare) (?:that|about|of|where|in which|i|my|me)|in (?:my|the|a) dream)\b${UNTIL_AWAKE}`],
  [String.raw`(?:(?:sone|sonaba|sonando|sonado) (?:que|con)|tuve (?:un|una|ese|esa) (?:\w+ )?(?:sueno|pesadilla) (?:que|con|donde|en (?:el|la) que)|pesadilla (?:con|de|en la que|donde|que)|en (?:el|mi|un) sueno)\b${UNTIL_AWAKE}`],
);

/**
 * A sign a clinician has since looked at and found harmless, or that turned out to be something
 * benign: "the ER did an ECG, it was just anxiety", "el cardiólogo dijo que era muscular".
 */
export const RULED_OUT = lexicon(
  "checked and found harmless",
  [
    "(?:turned out|turns out) (?:to be |it was |its |it s )?(?:just |only )?(?:a |an )?(?:heartburn|indigestion|reflux|acid reflux|anxiety|(?:a )?panic attack|gas|wind|(?:a )?pulled muscle|muscular|(?:a )?muscle strain|(?:a )?strain|costochondritis|nothing(?: serious)?|(?:a )?virus|dehydration|low blood sugar|low blood pressure|low bp|(?:a )?vasovagal(?: \\w+)?|(?:a )?trapped nerve)",
    "(?:doctor|doc|gp|cardiologist|surgeon|nurse|er|a&e|hospital|they|tests?|ecg|ekg|scan|x ?rays?|bloods?|mri) (?:[\\w,]+ ){0,6}(?:said|says|showed|shows|found|confirmed|came back) (?:\\w+ ){0,3}(?:it was |its |it s |was |were |all )?(?:just |only )?(?:nothing|fine|normal|clear|heartburn|indigestion|reflux|anxiety|muscular|(?:a )?pulled muscle|(?:a )?muscle|from (?:the |my |a )?\\w+(?: \\w+)?)",
    "(?:nothing|not) (?:to do with|wrong with) (?:my|his|her|the) heart", "(?:wasnt|was not|isnt|is not|not) (?:my |his |her |the )?heart(?: related)?", "ruled out", "all clear", "(?:cleared|checked) (?:me|him|her) (?:out|over)? ?(?:and )?(?:\\w+ )?(?:fine|ok|okay|normal)",
  ],
  [
    // Found so, or told so by whoever examined it: "creo que fue gastritis" is the patient's own guess and clears nothing.
    "(?:resulto(?: ser)?|resulta que (?:era|fue)|(?:dijeron|dijo|confirmaron|confirmo|diagnosticaron|diagnostico) que (?:\\w+ ){0,8}?(?:era|fue|es)) (?:solo |solamente |nada mas )?(?:muscular|ansiedad|gastritis|acidez|reflujo|gases|un ataque de panico|panico|un tiron|una contractura|nada|nada grave|nada del corazon|estres|un virus|deshidratacion)",
    "no (?:era|fue|es) (?:nada )?(?:del corazon|grave|un infarto|un coagulo|cardiaco)", "nada del corazon",
    "(?:me|le|nos) (?:hicieron|sacaron) (?:\\w+ ){0,4}(?:electro\\w*|analisis|pruebas|estudios|radiografias?|resonancia|tac|placas?) (?:\\w+ ){0,4}(?:todo )?(?:(?:salio|salieron|esta|estan|dio|dieron) )?(?:bien|normal\\w*|limpi\\w*|nada)",
    "(?:dijo|dijeron|me dijo|me dijeron|le dijo|le dijeron) que (?:era|fue|es) (?:\\w+ ){0,2}(?:muscular|ansiedad|gastritis|nada|normal|por)", "(?:resulto(?: ser)?|resulta que (?:era|fue)|(?:me |le )?(?:dijeron|dijo) que (?:era|fue)) (?:solo |solamente |nada mas )?(?:la |una |un )?(?:(?:presion|tension|azucar|glucosa) baj[oa]|vasovagal|bajon de (?:presion|tension|azucar))",
  ],
);

/** A medicine, by class or by common name (analgesics, anti-inflammatories, opioids, nerve-pain, mood and sleep, steroids, blood thinners, antibiotics, supplements, jabs). */
export const MEDICINE = String.raw`(?:pills?|tablets?|meds|medication|medicine|prescription|painkillers?|pain (?:meds?|pills?|killers?|medication)|sleeping (?:pills?|tablets?)|(?:flu|covid|cortisone|steroid|b12|booster|tetanus) (?:jab|shot)|jabs?|vaccines?|injections?|antibiotics?|anti ?inflammator(?:y|ies)|muscle relax(?:ants?|ers?)|blood thinners?|antidepressants?|steroids?|statins?|vitamins?|vitamin [a-z]\d*|supplements?|iron (?:tablets|pills)|inhaler|chemo|chemotherapy|paracetamol|acetaminophen|tylenol|ibuprofen|advil|motrin|nurofen|aleve|naproxen|diclofenac|voltaren|celecoxib|celebrex|meloxicam|aspirin|ketorolac|tramadol|codeine|oxycodone|oxycontin|hydrocodone|oxys?|percs?|percocets?|norcos?|vicodin|fentanyl|methadone|suboxone|morphine|gabapentin|pregabalin|lyrica|amitriptyline|duloxetine|cymbalta|sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|melatonin|zolpidem|diazepam|valium|xanax|alprazolam|benzos?|klonopin|clonazepam|ativan|lorazepam|cyclobenzaprine|flexeril|methocarbamol|baclofen|tizanidine|prednisone|prednisolone|dexamethasone|cortisone|warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|heparin|clexane|enoxaparin|clopidogrel|atorvastatin|simvastatin|metformin|insulin|amoxicillin|augmentin|cephalexin|keflex|doxycycline|clindamycin|ciprofloxacin|magnesium|calcium|collagen|glucosamine|fish oil|turmeric)`;
export const MEDICINA = String.raw`(?:pastillas?|pildoras?|medicamentos?|medicinas?|medicacion|remedios?|calmantes?|analgesicos?|antiinflamatorios?|relajantes? musculares?|antibioticos?|anticoagulantes?|antidepresivos?|vitaminas?|vitamina [a-z]\d*|suplementos?|vacunas?|inyecci(?:on|ones)|infiltraci(?:on|ones)|quimio|quimioterapia|inhalador|jarabe|paracetamol|ibuprofeno|naproxeno|diclofenaco|ketorolaco|metamizol|nolotil|dipirona|tramadol|codeina|morfina|gabapentina|pregabalina|lyrica|amitriptilina|duloxetina|sertralina|fluoxetina|escitalopram|melatonina|clonazepam|rivotril|diazepam|valium|alprazolam|ciclobenzaprina|prednisona|dexametasona|cortisona|corticoides?|sintrom|acenocumarol|warfarina|heparina|clexane|enoxaparina|xarelto|eliquis|insulina|metformina|amoxicilina|augmentin|magnesio|calcio|colageno|hierro|omeprazol)`;
/** Asked about, a side effect is a question for the therapist, not an explanation: "the pills make me queasy, is that normal?". */
const NO_QUESTION_AFTER = String.raw`(?![^?]*\?)`;

/** A stomach upset put down to a bug is the bug's only with no blood, black vomit or stool, dehydration or confusion told with it. */
const WITHOUT_BLOOD_OR_CONFUSION = String.raw`(?![^.!?]*\b(?:blood\w*|sangr\w*|black|negr\w*|coffee grounds|posos|dehydrat\w*|deshidrat\w*|confus\w*)\b)`;

/**
 * A sign with its harmless cause named in the same breath — numb from the dentist's injection, a
 * foot asleep from sitting on it, words that "came out wrong" in a text the patient then corrects.
 * Masked before screening, like a site said to be fine.
 */
export const HARMLESS_CAUSE = lexicon(
  "a sign with its harmless cause",
  [
    // Breathless from running for the bus or chasing the dog, and the breath back after: effort, not a sign.
    "(?:ran|run|running|chased|chasing|sprinted|sprinting|raced|racing|hurried|rushed|jogged|jogging|climbed|climbing|cycled|biked|danced|dancing|hiked|walked (?:fast|quickly|up)) [^.!?]{0,100}?(?:out of breath|breathless|gasping|puffing|panting|winded|puffed|huffing)(?=[\\s\\S]*?\\b(?<!\\b(?:not|never|cant|didnt|havent|hasnt|isnt|wasnt|no|nunca|sin) )(?:caught (?:my|his|her|our) breath|(?:got|had|have) (?:my|his|her) breath back|breathing (?:normal|normally|fine|ok|okay)|back to normal|recovered)\\b)",
    // A nail bruised by a blow, not blue from lack of oxygen: "hammered my thumb… the nail's going purple".
    "(?:hammer\\w*|hit|smash\\w*|slamm\\w*|shut|trapp\\w*|jamm\\w*|stubb\\w*|caught|crush\\w*|whack\\w*|bash\\w*|dropp\\w* (?:\\w+ ){1,3}on) (?:{P} )?(?:thumb|finger|toe|big toe|fingernail|toenail)s?\\b[^.!?]{0,60}?\\b(?:nail|nails|thumb|finger|toe)s? (?:\\w+ ){0,2}(?:purple|black|blue)",
    // Something in the eye, the sight back once it is washed out: "got toothpaste in my eye, couldn't see out of it for a minute".
    "(?:soap|shampoo|toothpaste|sun ?cream|sunscreen|sweat|dust|sand|grit|chlorine|onion|lemon|lime|hairspray|deodorant|mascara|chilli|chili|pepper|conditioner|bleach|paint|sawdust)\\w* (?:\\w+ )?(?:in|into) (?:{P} )?eyes?\\b[^.!?]{0,80}?(?:couldnt see|cant see|could not see|blurry|blurred|blind\\w*|see (?:nothing|a thing))",
    // Signs listed as a medicine's possible side effects (an advert, a leaflet), not had: "listed serious bleeding, stroke as side effects".
    "(?:listed|lists|listing|mentions?|mentioned|warns? (?:of|about)|warned (?:of|about)|says?|said) (?:[\\w]+[ ,]+){1,6}(?:as )?(?:possible |rare |common )?side effects?",
    "side effects? (?:list |leaflet |label )?(?:listed|lists|said|says|include[sd]?|mention(?:s|ed)?|warn(?:s|ed)? (?:of|about))(?: [\\w]+,?){1,6}",
    "(?:numb\\w*|frozen|tingl\\w*|dead|asleep|pins and needles) (?:(?!like\\b|as if\\b|as though\\b)\\w+ ){0,4}(?:from|after|since) (?:the |my |a |an |his |her )?(?:dentist\\w*|dental \\w+|anaesthetic|anesthetic|injection|filling|root canal|novocaine|numbing \\w+|nerve block|epidural|tooth \\w+)",
    "(?:dentist\\w*|dental \\w+|anaesthetic|anesthetic|novocaine|nerve block|epidural) (?:\\w+ ){0,2}(?:numbed|froze|frozen) (?:\\w+ ){0,6}(?:face|lip|lips|cheek|jaw|mouth|tongue|gums?)",
    "(?:numb\\w*|dead|asleep|tingl\\w*|pins and needles) (?:\\w+ ){0,4}(?:from|after|with) (?:\\w+ ){0,2}(?:sitting|lying|sleeping|kneeling|crossing {P} legs) (?:on|in|for|at|through|with|cross)",
    // …or with the position named after "when": "my leg falls asleep when I sit cross-legged too long". Not a bare
    // "numb when I sit", which may be the saddle (cauda-equina.ts): the position must be one that presses a nerve.
    "(?:numb\\w*|dead|asleep|tingl\\w*|pins and needles) (?:\\w+ ){0,3}(?:when|whenever|if) (?:i|he|she) (?:sit|sits|kneel|kneels|lie|lies|sleep|sleeps)\\w* (?:\\w+ ){0,2}(?:cross.?legged|with (?:my|his|her) legs crossed|on (?:it|my (?:leg|foot|arm|hand)|his (?:leg|foot|arm|hand)|her (?:leg|foot|arm|hand))|(?:for )?too long)",
    // Eyes puffy or red from crying, red all over from beetroot or paint: "cried at the end of a film, eyes still puffy", "blood everywhere!! ...from the beetroot".
    "(?:cried|crying|cry|wept|weeping|bawled|sobbed|sobbing) (?:[\\w,]+ ){0,10}(?:eyes? (?:are |is |still |all )*(?:puffy|swollen|red|sore|stinging)|(?:puffy|swollen|red|sore) eyes?)",
    "(?:blood|bleeding) (?:everywhere|all over (?:the )?\\w+)\\W+(?:\\w+ )?(?:from|it was|just|only|its|it s) (?:the |some |my )?(?:beetroot|beets?|tomato(?:es)?|ketchup|red wine|wine|paint|hair dye|dye|jam|cherr(?:y|ies)|pomegranate|lipstick|nail polish|raspberr(?:y|ies)|strawberr(?:y|ies))",
    // Skin blotchy, mottled, red or numb from an ice or heat pack, lips blue from cold water: the cold's doing.
    "(?:blotch\\w*|mottled|marbled|red|pink|numb|blue|purple) (?:\\w+ ){0,4}(?:from|after|under) (?:the |my |an? )?(?:ice|ice pack|icing|cold pack|heat pack|heat pad|heating pad|hot water bottle|frozen peas|cold (?:pool|water|sea|lake|swim|shower|plunge)|swim\\w*|pool|sea|lake|popsicle|ice lolly|slushie|blueberries)(?![^.!?]*\\b(?:hours|still|cant feel|cannot feel|blister\\w*)\\b)",
    // A colour that came from food, dye or paint, a rash from a strap or a bite: "the blue on my lips was the blueberry smoothie", "dyed my hair and my forehead's stained purple, looks like a bruise".
    "(?:blue|bluish|purple|red|pink|green|black|orange|yellow|grey|gray|stain\\w*|colou?r\\w*) (?:[\\w,]+ ){0,6}(?:was|were|is|are|its|it s|just|only|from|thanks to|because of) (?:just |only |all )?(?:the |my |some |a |that |those )?(?:\\w+ )?(?:blueberr\\w*|beetroot|beets?|hair dye|dye|paint|ink|marker|felt tip|sharpie|lipstick|food colou?ring|red wine|wine|smoothie|popsicle|ice lolly|slushie|jeans|fake tan|henna|crayon|chalk|juice)",
    "(?:dyed|dyeing|hair dye|painted|painting|fake tan|henna)[^.!?]{0,80}(?:stain\\w*|purple|blue|green|black|orange|bruis\\w*)",
    "(?:rash|red|itchy|irritated|blotch\\w*|spots) (?:[\\w,]+ ){0,5}(?:from|is from|s from|cos of|because of) (?:the |my |a |an )?(?:new )?(?:watch|strap|watch strap|plaster|tape|kinesio tape|sticker|bra|belt|shaving|razor|sunburn|mosquito|bug|bite|nettles?|washing powder|detergent)(?: bites?)?(?: (?:that|which) looks like (?:a |an )?\\w+)?",
    "(?:from|under|after) (?:the |my |an? )?(?:ice pack|cold pack|heat pack|heat pad|heating pad|hot water bottle)[^.!?]{0,60}(?:blotch\\w*|mottled|marbled)",
    // Words held back by a full mouth or a feeling, a bottom numb from a long sit that walking cured, a stomach upset from a bug.
    "(?:words?|it|nothing) (?:wouldnt|would not|didnt|did not|couldnt|wont) come out[^.!?]{0,60}\\b(?:mouthful|mouth full|full mouth|laughing|crying|emotion\\w*|excite\\w*|shock|surprise\\w*|choked up)",
    "(?:butt|bum|backside|bottom|behind) (?:\\w+ )?(?:went numb|fell asleep|went dead|went to sleep)[^.!?]{0,60}\\b(?:fine|ok|okay|better|normal|went away|passed|wore off) (?:once|when|after|as soon as) (?:i |he |she )?(?:stood|got up|walked|moved|had a walk)",
    `${WITHOUT_BLOOD_OR_CONFUSION}(?:threw up|throwing up|vomit\\w*|sick|puk\\w*|diarrh\\w*|the runs)(?:[\\w ,]{0,40})\\b(?:bug|stomach bug|tummy bug|food poisoning|norovirus|gastro|something i ate|dodgy \\w+)`,
    // A cold's own cough (not asked about: whether to exercise with it is a question) and the cold's numbness: "chest cold, coughing a lot but breathing fine", "hands numb with cold".
    "(?=cough|sniffl|runny|sore|congest|stuff)(?<=(?:(?:chest|head|bad|nasty|stinking|heavy|streaming) cold|(?:got|have|has|caught|with|getting over) (?:a |the |this )?(?:cold|flu|bug))[,.]? (?:[\\w,]+ ){0,4})(?:cough\\w*|sniffl\\w*|runny nose|sore throat|congest\\w*|stuffed up|stuffy)(?![^.!?]*\\b(?:blood\\w*|cant breathe|cannot breathe|short of breath|breathless|wheez\\w*|chest pain|struggling to breathe)\\b)(?![^?]*\\?)",
    "(?:numb\\w*|frozen|dead|stiff|white) (?:\\w+ ){0,2}(?:with|from) (?:the )?cold(?! (?:sweat|clammy))",
    // Words that fail for thanks, and feet unfelt for the cold: "no words to thank you", "cant feel my feet cos its freezing in here".
    "(?:no|not enough) words? (?:to|can) (?:thank|express|describe|say)", "words (?:cant|can not|cannot|could never) (?:express|describe|say)",
    "(?:cant|cannot|can t|couldnt) feel (?:my|his|her|the) (?:feet|toes|fingers|hands|nose|ears) (?:\\w+ ){0,2}(?:cos|because|cause|coz|from|with) (?:of )?(?:the |its |it s |how )?(?:cold|freezing|icy|chilly)",
    // Clothes tight on the chest: "new bra is tight round the ribs", "shrank my shirt, tight across the chest"; not a likeness ("like a belt pulled tight around my ribs").
    "(?=bra|shirt|top|jumper|sweater|t shirt|tshirt|vest|dress|jacket|coat|wetsuit|sports bra|binder)(?<!\\b(?:like|as if|as though|feels like) (?:a |an |my |the )?(?:\\w+ )?)(?:bra|shirt|top|jumper|sweater|t shirt|tshirt|vest|dress|jacket|coat|wetsuit|sports bra|binder) (?:\\w+ ){0,8}(?:tight|snug|digging in) (?:round|around|across|on|under) (?:the |my )?(?:ribs|chest|boobs|bust|middle)",
    // The tingle a TENS machine or electrical stimulation is meant to give.
    "(?:tingl\\w*|pins and needles|buzz\\w*|prickl\\w*) (?:\\w+ ){0,4}(?:from|with|of|after|during|under) (?:the |my |a )?(?:tens|e ?stim|electrical stim\\w*|electrodes?|stim machine)", "(?:tens|e ?stim|electrodes?|stim machine)(?:[ ,]+\\w+){0,6}[ ,]+(?:tingl\\w*|pins and needles|buzz\\w*|prickl\\w*)",
    // Legs like jelly, dead or shaky after a hard set: the muscles are tired, not failing.
    "(?:jelly|jello|dead|noodles?|wobbly|shaky|weak|heavy) (?:\\w+ ){0,3}(?:after|from|during) (?:\\w+ ){0,2}(?:squats|lunges|leg day|workout|exercises|session|gym|reps|sets|wall sits?|step ups|bike|walk|run|hike|class|stairs|plank|carrying|shopping|gardening|digging|housework|cleaning|moving|swim\\w*|dancing|yoga|pilates)",
    // Calves tight, hard or sore from the walk or run that worked them: not a clot, unless swollen, red or hot.
    "(?:calf|calves) (?:(?!swollen|swelling|red|hot|warm)\\w+ ){0,3}(?:tight|hard|sore|stiff) (?:\\w+ ){0,2}(?:after|from) (?:the |a |my |all (?:the |that )?)?(?:\\w+ ){0,2}(?:walk\\w*|run\\w*|hike|hiking|exercises|workout|session|stairs|calf raises|heel raises|raises|step ups|squats|lunges|jumps|skipping|dancing|tennis|football|soccer|gym)",
    "(?:walk\\w*|run\\w*|hike|hiking|jog\\w*|stairs|calf raises|went (?:\\w+ )?(?:longer|further|farther|harder)) (?:\\w+ ){0,5}(?:calf|calves) (?:(?!swollen|swelling|red|hot|warm)\\w+ ){0,2}(?:tight|sore|stiff|achy|aching)(?![^.!?]*\\b(?:swollen|swelling|red|hot|warm|one (?:calf|leg) (?:bigger|fatter))\\b)",
    // A bruise from bumping into the furniture: "me salió un moretón, me pegué con la silla".
    "(?:bruis\\w*) (?:[\\w,]+ ){0,6}(?:bumped|banged|knocked|hit) (?:it |my \\w+ )?(?:on|into|against) (?:the|a|my) (?:chair|table|door|bed|counter|couch|sofa|step|cupboard)",
    // A cough or a runny nose from a cold is the cold's, and a limb that fell asleep in a position and came back is not numbness.
    "(?:cough\\w*|sniffl\\w*|runny nose|sore throat|stuffy|congest\\w*)(?= (?:\\w+ ){0,3}(?:from|with|because of|due to|cos of|cause of) (?:a |the |my |this )?(?:cold|head cold|flu|bug|allerg\\w*|hay fever))",
    // A common side effect the patient puts down to a medicine or a jab; drowsiness only when the patient says it of themselves.
    `(?:nause\\w*|queasy|sick to (?:my|his|her) stomach|flushed|dry mouth|constipat\\w*|(?:a bit |a little |slightly )?tired) (?:\\w+ ){0,4}(?:from|after|because of|due to|since starting|on) (?:the |my |a |an |his |her |this |these |those )?(?:new )?(?:\\w+ )?${MEDICINE}${NO_QUESTION_AFTER}`,
    `(?:im|i am|i feel|i felt|feeling|i was|i get|i got) (?:\\w+ )?(?:drowsy|sleepy|groggy|dozy) (?:\\w+ ){0,3}(?:from|after|because of|due to|on) (?:the |my |a |an |this |these )?(?:new )?(?:\\w+ )?${MEDICINE}${NO_QUESTION_AFTER}`,
    `${MEDICINE} (?:\\w+ ){0,3}(?:makes?|made|making|gives?|gave|giving|leaves?|left) (?:me|him|her) (?:\\w+ ){0,2}(?:nause\\w*|queasy|flushed|constipated|a dry mouth|dry mouth|tired|a bit tired)${NO_QUESTION_AFTER}`,
    `${MEDICINE} (?:\\w+ ){0,3}(?:makes?|made|making|leaves?|left) me (?:\\w+ ){0,2}(?:drowsy|sleepy|groggy|dozy)${NO_QUESTION_AFTER}`,
    "(?:bumped|banged|knocked|hit) (?:it |{P} (?!head|face|forehead|temple|skull|nose)\\w+ )?(?:on|into|against) (?:the|a|my) (?:chair|table|door|bed|counter|couch|sofa|step|cupboard|coffee table|bed frame)(?:[ ,]+\\w+){0,6}[ ,]+bruis\\w*",
    "(?:foot|feet|leg|legs|butt|bum|arm|hand) (?:\\w+ )?(?:fell asleep|went to sleep|went numb|was asleep|were asleep)(?= (?:[\\w,]+ ){0,8}(?:fine|ok|okay|good|normal) (?:now|again|after)|(?: [^\\s.!?]+){0,8} (?:shook it out|shaking it out|went away|came back|passed|woke (?:back )?up|wore off))",
    // Winded by the effort itself and put down to fitness or a fast climb: "out of breath after side planks, need to get fitter".
    "(?:out of breath|puffed|puffing|winded|breathless|huffing and puffing|short of breath|gasping) (?:\\w+ ){0,3}(?:after|from|during|on|climbing|going up|doing) (?:the |my |those |all the |a |that )?(?:\\w+ )?(?:planks?|stairs|steps|hill|walk|run|jog|squats|lunges|step ups|exercises|workout|sets?|bike|session|cardio|burpees|reps)(?=[\\s\\S]*?\\b(?:need to get fitter|out of shape|unfit|not very fit|so unfit)\\b)",
    // Peeing less because of drinking less is not retention.
    "(?:havent|hasnt|not|barely|hardly) (?:\\w+ )?(?:peed|weed|been to the (?:loo|toilet|bathroom)) (?:much|a lot|often|as much)(?=[\\w ,]{0,50}\\b(?:forgot to drink|not drinking|didnt drink|havent (?:drunk|been drinking)|dehydrated|no water))",
    "(?:words?|it|that|this|text|message) (?:\\w+ )?(?:came|come|comes) out (?:all )?wrong\\W+(?:\\w+\\W+){0,3}(?:i meant|meant to (?:say|write|type)|sorry|typo|autocorrect\\w*)", "laugh\\w* (?:so (?:hard|much) )?(?:\\w+ ){0,6}(?:couldnt|cant|could not|can not) (?:breathe|breath|catch {P} breath)", "(?:couldnt|cant|could not) (?:breathe|breath) (?:\\w+ ){0,2}(?:from|for|with) (?:laugh\\w*|giggl\\w*)", "(?:couldnt|cant|could not|cannot) (?:breathe|breath),? (?:(?:im|i am|i was|were|we are|from) )?(?:laugh\\w*|giggl\\w*|crying laughing)", "collapsed (?:\\w+ )?(?:on|onto|in|into) (?:the |my |a )?(?:sofa|couch|bed|armchair|chair|recliner)(?= (?:\\w+ ){0,3}(?:afterwards|after|knackered|exhausted|tired|happy|lol|haha|for a nap|to watch))", "blacked out (?:the |my |all the |those )?(?:dates|days|week|weeks|calendar|diary|time|slots?)", "(?:get|getting|got|gets) (?:something|this|it|that) off {P} chest", "(?:arms|legs|shoulders|quads|glutes) (?:are|feel|were|felt) (?:\\w+ )?dead (?:after|from) (?:the |those |all the )?", "(?:(?:fell|falls|fallen|went|gone|goes) (?:to sleep|asleep)|asleep|numb|dead|tingl\\w*|pins and needles) (?:\\w+ ){0,3}(?:cos|cause|coz|because|from|after) (?:i |he |she )?(?:leaned|leant|leaning|lay|laid|lying|sat|sitting|slept|sleeping) on (?:it|them|my \\w+)", "(?:numb\\w*|dead|(?:fell |falls |falling |went |goes |gone )?asleep|tingl\\w*|pins and needles) (?:\\w+ ){0,4}(?:from |after |while )?(?:sitting|kneeling) (?:cross.?legged|on (?:it|{P} (?:foot|leg|feet|legs|hand|arm)))", "(?:numb\\w*|dead|asleep|tingl\\w*|pins and needles) (?:\\w+ ){0,4}(?:from|after) (?:\\w+ )?(?:scrolling|typing|texting|gaming)", "(?=drool|dribbl)(?<=dentist\\w*\\W{1,3}(?:\\w+ ){0,3})(?:drool\\w*|dribbl\\w*)", "slurr\\w* (?:(?!like\\b|as if\\b|as though\\b)\\w+ ){0,6}(?:karaoke|hungover|tipsy|wine|beers?|pints|cocktails|tequila|shots)", "(?:couldnt|cant|could not|can not) (?:breathe|breath) (?:\\w+ )?(?:lol|lmao|haha\\w*|jaja\\w*|hehe\\w*)", "(?:calf|calves|foot|feet|hamstrings?|thigh)s? (?:\\w+ ){0,3}(?:cramp\\w*|knotted up|seized up)(?![^.!?]*\\b(?<!\\b(?:no|not|without|sin) )(?:swell\\w*|swollen|hot|warm|red|wont|still|not going|worse|hinchad\\w*|caliente|roj[oa]|sigue|peor|no se (?:me |le )?(?:quita|pasa|va))\\b)(?=[\\s\\S]*?\\b(?:let go|went away|(?:and )?it went(?= *(?:[,.;!]|$))|eased|passed|settled|stopped|(?:fine|ok|okay|good) now|stretch\\w* (?:it|them) out|walked it off|shook it (?:out|off)|rubbed it (?:out|off)|se (?:me |le )?(?:quito|paso|fue)|ya (?:ando|estoy|esta) bien)\\b)", "cramp\\w* (?:\\w+ ){0,3}in (?:the |my |his |her )?(?:calf|calves|foot|feet|hamstrings?|thigh)(?![^.!?]*\\b(?<!\\b(?:no|not|without|sin) )(?:swell\\w*|swollen|hot|warm|red|wont|still|not going|worse|hinchad\\w*|caliente|roj[oa]|sigue|peor|no se (?:me |le )?(?:quita|pasa|va))\\b)(?=[\\s\\S]*?\\b(?:let go|went away|(?:and )?it went(?= *(?:[,.;!]|$))|eased|passed|settled|stopped|(?:fine|ok|okay|good) now|stretch\\w* (?:it|them) out|walked it off|shook it (?:out|off)|rubbed it (?:out|off)|se (?:me |le )?(?:quito|paso|fue)|ya (?:ando|estoy|esta) bien)\\b)", "(?:butt|bum|backside|leg|legs|foot|feet) (?:\\w+ )?(?:fell asleep|went numb|went to sleep|was asleep|were asleep) (?:in|during|from|after|on) (?:a |an |the |my )?(?:\\w+ )?(?:lecture|class|meeting|movie|film|flight|drive|car ride|bus ride|train ride|exam|church service|concert|game|sitting)"],
  [
    // Numb from the dentist's anaesthetic: "vino del dentista con la boca dormida por la anestesia… no siente la lengua".
    "(?:dentista|muela|odontolog\\w*|endodoncia|empaste|extraccion de (?:la |una )?muela)(?:[^.!?]{0,80}?(?:dormid[oa]|adormecid[oa]|entumid[oa]|no (?:siento|siente|sentia) (?:la |el |los |las )?\\w+|habla\\w* (?:raro|chistoso|gracioso)|babea\\w*))+",
    "(?:boca|labios?|lengua|cara|cachete|mejilla|encia)s? (?:\\w+ ){0,2}(?:dormid[oa]|adormecid[oa]|entumid[oa]) (?:\\w+ ){0,3}(?:por|de|despues de|del) (?:la |el )?(?:anestesia del dentista|dentista|muela)",
    "(?:corri|corriendo|subi|subiendo|(?:fui|he ido|iba|vine|he venido) andando|camine|caminando|persegui|baile|bailando|pedalee) [^.!?]{0,100}?(?:sin aliento|sin aire|me falta(?:ba)? el aire|jadeando|ahogad[oa]|asfixiad[oa]|con la lengua afuera)(?=[\\s\\S]*?\\b(?<!\\b(?:not|never|cant|didnt|havent|hasnt|isnt|wasnt|no|nunca|sin) )(?:recupere el aliento|respiro (?:bien|normal)|respiraba (?:bien|normal)|se me (?:paso|quito)|nada que no se arregle|(?:ya )?(?:estoy|ando|estaba) bien)\\b)",
    "(?:machaque|machuque|aplaste|apachurre|pille|pellizque|martille|golpee|pegue|agarre|atrape|maje) (?:\\w+ ){0,2}(?:el |un |mi )?dedo\\b[^.!?]{0,60}?\\buna (?:\\w+ ){0,2}(?:morada|negra|azul)",
    "(?:jabon|champu|pasta de dientes|bloqueador|protector solar|sudor|polvo|arena|cloro|cebolla|limon|laca|rimel|chile|aji|pintura|aserrin)\\w* (?:\\w+ ){0,2}(?:en|al) (?:el |los |mi |mis )?ojos?\\b[^.!?]{0,80}?(?:no (?:veia|podia ver|vi|veo)|borros\\w*|ciega|ciego)",
    "(?:decia|dice|menciona\\w*|avisa\\w*|advierte|lista\\w*) (?:que )?(?:[\\w]+[ ,]+){1,6}(?:como )?(?:posibles? )?(?:efectos? (?:secundarios?|adversos?))",
    `(?:nause\\w*|asco|sueno|somnolencia|modorra|boca seca|estrenimiento|estrenid[oa]|decaid[oa]|(?:un poco |algo )?cansad[oa]) (?:\\w+ ){0,4}(?:por|de|del|con|desde|despues de|tras) (?:el |la |los |las |mi |mis |esta |este |esa |ese |una |un )?(?:nuev[oa] )?(?:\\w+ )?${MEDICINA}${NO_QUESTION_AFTER}`,
    `${MEDICINA} (?:\\w+ ){0,3}(?:me|le) (?:da|dio|dan|dieron|pone|puso|ponen|deja|dejo|provoca|causa) (?:\\w+ ){0,3}(?:nause\\w*|asco|sueno|somnolencia|modorra|la boca seca|boca seca|estrenimiento|estrenid[oa]|decaid[oa]|cansad[oa])${NO_QUESTION_AFTER}`,
    `(?:me|le) (?:pusieron|puse|pone|ponen|dieron) (?:la |una |el |un )?${MEDICINA}(?: \\w+){0,8} (?:decaid[oa]|cansad[oa]|con sueno)${NO_QUESTION_AFTER}`,
    "moret\\w* (?:[\\w,]+ ){0,6}(?:me pegue|me golpee|se pego|se golpeo|choque|me di) (?:con|contra) (?:la|el|una|un) (?:silla|mesa|puerta|cama|esquina|escalon|mueble|sofa)",
    "(?:me falto|me faltaba|sin|con poco|quede sin|me quede sin) (?:un poco (?:de|el) |algo de |el )?(?:aire|aliento) (?:\\w+ ){0,4}(?:en|al|despues de|por|subiendo|de) (?:la |el |las |los )?(?:\\w+ )?(?:caminata|escaleras?|loma|cuesta|subida|sentadillas|ejercicios?|rutina|bici\\w*|series?)(?=[\\s\\S]*?\\b(?:(?:porque|por) (?:subi|iba|fui|camine|corri) (?:\\w+ ){0,3}(?:rapido|corriendo|deprisa|aprisa)|falta de condicion|fuera de forma|sin condicion)\\b)",
    "(?:tos|mocos|congestion|dolor de garganta)(?= (?:\\w+ ){0,3}(?:por|del|de la|de) (?:el |la |un |una )?(?:resfriado|resfrio|gripe|catarro|alergia\\w*|constipado))", "(?=tos|mocos|con)(?<=(?:catarro|resfriado|resfrio|gripe|constipado) (?:\\w+ ){0,4})(?:con )?(?:tos|mocos)(?: y (?:tos|mocos))?",
    "(?:camin\\w*|corr\\w*|subi\\w*|escaleras) (?:\\w+ ){0,6}(?:me )?(?:duelen|duele|dolian|tengo) (?:un poco |algo )?(?:las |los |mis )?(?:pantorrillas?|gemelos?|chamorros?|calves)(?![^.!?]*\\b(?:hinchad\\w*|roj[oa]s?|caliente\\w*)\\b)",
    "(?:pantorrillas?|gemelos?|chamorros?) (?:(?!hinchad|roj|caliente)\\w+ ){0,3}(?:dur[oa]s?|cargad[oa]s?|tens[oa]s?|adolorid[oa]s?) (?:\\w+ ){0,2}(?:de tanto|despues de|por) (?:\\w+ )?(?:caminar|correr|entrenar|ejercicio\\w*|subir|la caminata)",
    "(?:cosquill\\w*|hormigue\\w*) (?:\\w+ ){0,4}(?:por|de|del|con) (?:el |los |la )?(?:tens|electro\\w*|parches|aparato)", "(?:el )?(?:tens|electroestimulador|aparato de electro\\w*)(?: \\w+){0,6} (?:cosquill\\w*|hormigue\\w*)",
    "no (?:me|le) (?:salian|salen|salia|sale|salieron|salio) (?:las )?palabras[^.!?]{0,60}\\b(?:de la emocion|de emocion|de la risa|del susto|de los nervios|con la boca llena|de tanto llorar)",
    `${WITHOUT_BLOOD_OR_CONFUSION}(?:intoxicacion|gastroenteritis|un virus|algo que (?:me|le) (?:cayo|sento) mal|un bicho)(?:[\\w ,]{0,40})\\b(?:vomit\\w*|devolv\\w*|diarrea|con el estomago)`,
    `${WITHOUT_BLOOD_OR_CONFUSION}(?:vomit\\w*|devolv\\w*|diarrea)(?:[\\w ,]{0,40})\\b(?:intoxicacion|gastroenteritis|un virus|algo que (?:me|le) (?:cayo|sento) mal|un bicho)`,
    "(?:ardor de estomago|acidez|agruras) (?:\\w+ ){0,3}(?:por|del|de la) (?:el |la )?(?:cafe|picante|chile|comida|cena|vino)(?![^.!?]*\\b(?:sud\\w*|brazo|mandibula|aire|ahog\\w*|pecho)\\b)",
    "(?:entumid[oa]s?|dormid[oa]s?|helad[oa]s?|congelad[oa]s?) (?:\\w+ ){0,2}(?:de|por el|con el) frio",
    "no (?:me|nos|le) (?:salen|alcanzan|bastan) (?:las )?palabras para (?:agradecer\\w*|describir\\w*|expresar\\w*|decir\\w*)",
    "no (?:siento|sentia|siente) (?:los|mis|las|sus) (?:pies|dedos|manos) (?:\\w+ ){0,2}(?:del|de|por el|con el|con este|con tanto) frio",
    "(?=sujetador|brasier|sosten|camisa|camiseta|blusa|faja|top)(?<!\\bcomo (?:un |una |si )?(?:\\w+ )?)(?:sujetador|brasier|sosten|camisa|camiseta|blusa|faja|top) (?:\\w+ ){0,4}(?:me |le )?(?:aprieta|apretaba|queda apretad[oa]) (?:\\w+ ){0,2}(?:en |de |por )?(?:el pecho|las costillas|la espalda)?",
    "(?:teni|tenir\\w*|tinte|pintando|pinte|pintura|tinta|rotulador|plumon|remolacha|betabel|henna)[^.!?]{0,80}(?:manch\\w*|morad\\w*|azul\\w*|verde\\w*|negr\\w*|golpe|moreton\\w*)",
    "(?:morad\\w*|azul\\w*|roj\\w*|verde\\w*|manch\\w*) (?:[\\w,]+ ){0,6}(?:era|eran|es|son|fue|del|de la|por el|por la) (?:el |la |un |una )?(?:tinte|pintura|tinta|rotulador|plumon|remolacha|betabel|arandanos?|batido|licuado|vino|labial|pintalabios)",
    "(?:roncha\\w*|sarpullido|rojez|granitos|manchit\\w*|picor) (?:[\\w,]+ ){0,4}(?:de|por|del) (?:la |el |un |una )?(?:mosquito|picadura|bicho|reloj|correa|tirita|curita|cinturon|sujetador|brasier|afeitar|rastrillo|sol|quemadura de sol|detergente)(?: que parece (?:un |una )?\\w+)?",
    "(?:manchad[oa]|roj[oa]|morad[oa]|dormid[oa]|entumid[oa]) (?:\\w+ ){0,3}(?:por|de|despues de) (?:el |la )?(?:hielo|bolsa de hielo|compresa fria|agua fria|alberca|piscina|pileta|mar)(?![^.!?]*\\b(?:horas|todavia|sigue|no siento|ampolla\\w*)\\b)",
    "(?:dormid[oa]|adormecid[oa]|anestesiad[oa]|entumid[oa]|hormigue\\w*) (?:(?!como\\b)\\w+ ){0,4}(?:por|de|del|desde|despues de|despues del) (?:el |la |lo )?(?:dentista|anestesia|inyeccion|muela|empaste|odontologo)",
    "(?:durmio|dormid[oa]|adormec\\w*|entumi\\w*|hormigue\\w*) (?:\\w+ ){0,4}(?:por|de|despues de) (?:tanto |mucho )?(?:rato |tiempo )?(?:estar |haber estado )?(?:\\w+ ){0,2}(?:sentad[oa]|acostad[oa]|arrodillad[oa]|dormir|cruzar)", "(?:durmio|dormid[oa]|adormec\\w*|entumi\\w*|hormigue\\w*) (?:\\w+ ){0,4}(?:porque|por que|pq|xq|como) (?:me |se |le )?(?:sente|sento|senté|sentaba|recoste|recosto|acoste|acosto|apoye|apoyo|dormi|durmio|puse|arrodille) (?:\\w+ ){0,2}(?:encima|arriba|sobre)", "(?:sin aire|sin aliento|me ahogaba|ahogad[oa]|no podia respirar|me falta el aire|me faltaba el aire|me quede sin aire) (?:\\w+ ){0,2}de (?:tanto )?(?:reir\\w*|risa|carcajada\\w*)", "me (?:va|iba) a matar (?:si|cuando|porque)", "no (?:podia|podiamos|puedo|pude) respirar (?:\\w+ )?(?:jaja\\w*|jeje\\w*|lol|de la risa|de risa)", "calambre\\w* (?:\\w+ ){0,3}en (?:la |el |mi |su )?(?:pantorrilla|gemelo|pie|muslo|chamorro)(?![^.!?]*\\b(?<!\\b(?:no|not|without|sin) )(?:swell\\w*|swollen|hot|warm|red|wont|still|not going|worse|hinchad\\w*|caliente|roj[oa]|sigue|peor|no se (?:me |le )?(?:quita|pasa|va))\\b)(?=[\\s\\S]*?\\b(?:let go|went away|(?:and )?it went(?= *(?:[,.;!]|$))|eased|passed|settled|stopped|(?:fine|ok|okay|good) now|stretch\\w* (?:it|them) out|walked it off|shook it (?:out|off)|rubbed it (?:out|off)|se (?:me |le )?(?:quito|paso|fue)|ya (?:ando|estoy|esta) bien)\\b)", "(?:pantorrilla|gemelo|pie|muslo|chamorro) (?:\\w+ ){0,3}(?:acalambrad\\w*|con calambre)(?![^.!?]*\\b(?<!\\b(?:no|not|without|sin) )(?:swell\\w*|swollen|hot|warm|red|wont|still|not going|worse|hinchad\\w*|caliente|roj[oa]|sigue|peor|no se (?:me |le )?(?:quita|pasa|va))\\b)(?=[\\s\\S]*?\\b(?:let go|went away|(?:and )?it went(?= *(?:[,.;!]|$))|eased|passed|settled|stopped|(?:fine|ok|okay|good) now|stretch\\w* (?:it|them) out|walked it off|shook it (?:out|off)|rubbed it (?:out|off)|se (?:me |le )?(?:quito|paso|fue)|ya (?:ando|estoy|esta) bien)\\b)"],
);

/**
 * A sign's word in another sense: "fever pitch", "passing out flyers", "my heart is full", "I can't
 * breathe without you", "me caí en la tentación", "me desmayé de sueño". Masked before screening, like
 * a harmless cause; the sign itself, said in its own sense elsewhere in the message, is still read.
 */
/** How a leg or foot is held until it goes to sleep, in Spanish: "de estar sentada", "por estar con las piernas cruzadas", "x estar hincada". */
export const FROM_HOW_IT_WAS_HELD = String.raw`(?:por|de|x) (?:estar |tanto )?(?:sentad[oa]|arrodillad[oa]|hincad[oa]|en cuclillas|con (?:la|las) piernas? cruzadas?)`;

export const ANOTHER_SENSE = lexicon(
  "a sign's word in another sense",
  [
    // A team that chokes, a build like a brick, a workload of other people's emergencies: "my team is choking so bad", "built like a
    // brick", "12 hr shift full of chest pains and strokes" (a nurse): plural, at work.
    "(?:team|side|squad|club|defen[cs]e|offen[cs]e|bullpen|lineup|keeper|goalie|striker|quarterback)s? (?:\\w+ ){0,2}chok(?:e|es|ed|ing)\\b(?! on\\b)",
    "built like a brick(?: \\w+)?",
    "(?:shift|shifts|rotation|caseload|ward|triage|call)(?: (?:is|was|s|were|are|been))? (?:all |full of |nothing but |packed with )(?:\\w+ ){0,2}(?:strokes|chest pains|heart attacks|cardiac arrests|overdoses|fractures|traumas|codes|seizures|bleeds)(?: and (?:\\w+ ){0,2}(?:strokes|chest pains|heart attacks|cardiac arrests|overdoses|fractures|traumas|codes|seizures|bleeds))?",
    // Gym talk: "crushed all of them", "smashed it", "a 10/10 session", "went pretty low on the wall squats".
    "(?:crushed|crushing|crush|smashed|smashing|smash|killed|killing|destroyed|destroying|nailed|owned|aced) (?:it|them|all (?:of )?(?:them|it|my \\w+|the \\w+)|(?:my|the|today s|todays|every|each) (?:\\w+ )?(?:workout|session|exercises|reps|sets|routine|squats|lunges|bridges|planks|goals?|one|set|rep))\\b",
    "10 ?(?:/|out of|of) ?10 (?:session|workout|day|effort|form|technique|would recommend|recommend|vibes?)",
    "(?:went|go|going|got|get|getting|sat|sit|sitting|squatt?\\w*|dropped|dropping) (?:\\w+ )?(?:low|lower|deep|deeper|down low) (?:on|in|into|with|during|for) (?:the |my |those |these |todays )?(?:\\w+ )?(?:squats?|lunges?|wall sits?|sits?|bends?|dips?|stretch\\w*|split squats?)",
    // A thing's collapse, crash or death: "my tomato plant collapsed overnight", "the server went into cardiac arrest".
    "(?:plants?|tomato\\w*|stem|flowers?|seedlings?|tent|cake|souffle|sandcastle|server|servers|laptop|computer|pc|phone|app|website|system|network|printer|tv|wifi|router|market|stocks?|economy) (?:(?!(?:but|and|then|so|i|we|me|my|he|she)\\b)\\w+ ){0,3}(?:collapsed|crashed|died|fainted|passed out|flatlined|(?:went|gone|going) into (?:cardiac arrest|a coma)|had a (?:heart attack|stroke|seizure))\\b",
    // Faint as "slight": "a faint little tear in the band", "a faint click". Only the word itself is blanked.
    "faint(?= (?:\\w+ )?(?:tear|rip|line|lines|mark|marks|crack|smell|sound|noise|click|clicks|hint|trace|outline|glow|light|scar|memory|idea|chance|hope|taste|echo|pop|ache|twinge|stain|scratch)s?\\b)",
    // Someone else's faint feared for fun: "I thought somebody would pass out".
    "(?:thought|figured|swore|sure|bet) (?:someone|somebody|anyone|anybody|everyone|everybody|people|half (?:the|of) \\w+) (?:would|was going to|were going to|might|d) (?:\\w+ )?(?:pass out|faint|collapse|keel over|die|drop)",
    // Legs "dead" after a workout, told with a laugh: "nailed all of them, legs are dead 😂".
    "(?:legs?|quads?|glutes?|calves|arms?|hammies|hamstrings|thighs) (?:are|is|feel|feels|r|were|was) (?:\\w+ )?(?:dead|toast|destroyed|wrecked|fried|shot)(?=\\s*(?:😂|🤣|😅|💀|💪|🔥|🥵|lol|lmao|haha\\w*|jaja\\w*))",
    // Degrees of a joint's bend are not a temperature: "wall slides only got to about 100 degrees", "can't bend it past 40°".
    "(?<=\\b(?:bend\\w*|bent|flex\\w*|extension|extend\\w*|straighten\\w*|lift\\w*|rais\\w*|range|rom|reach\\w*|slides?|got (?:it )?to|get (?:it )?to|past|beyond) (?:[\\w,]+ ){0,4})\\d+ ?(?:degrees|°)",
    // Blood given or taken on purpose, and a pet or a child sitting on the chest.
    "(?:donated|donating|gave|giving|give) (?:\\w+ )?blood",
    // Hyperbole about the effort, laughed about: "I feel like I'm dying after those squats 😂".
    "(?:feel|felt|feeling|i m|im) (?:like )?(?:i m |im |i am |i was )?(?:dying|gonna die|going to die|about to die|dead) (?:after|from|doing|with) (?:those|the|these|all|that|this|my|today s|todays) (?:\\w+ ){0,2}(?:squats|lunges|exercises|reps|sets|workout|session|stairs|bridges|planks|burpees|stretches|raises|steps|walk)(?=[^.!?]*(?:😂|🤣|😅|💀|🥵|😩|\\blol\\b|\\blmao\\b|\\bhaha|\\bjaja))",
    // A breaker tripped, a chair nearly fallen off for laughing: "tripped the breaker running the vacuum".
    "tripp?(?:ed|ing|s)? (?:the |a |my |our )?(?:breaker|circuit|circuit breaker|fuse|switch|alarm|sensor|trip switch)", "(?:breaker|circuit|circuit breaker|fuse|fuses|trip switch|electrics?|power) (?:\\w+ )?tripp?(?:ed|ing|s)?", "(?:nearly|almost) fell (?:off|out of) (?:my|the) (?:chair|seat|couch|sofa|bed) (?:\\w+ ){0,2}(?:laughing|with laughter|from laughing)",
    // Hyperbole and a blank memory: "heart attack level workout", "blacked out on the name of the third one".
    "(?:heart attack|stroke|aneurysm|coronary) (?:level|levels|worthy|inducing|material|territory|vibes?)", "(?:blacked|blanked|went blank) (?:out )?on (?:(?:the|his|her|its|your|their) (?:name|names|word|words|title|number|answer|question|password)|what|which|how|where|when|who)",
    "(?:rare|bloody|bleeding|blue) (?:steak|steaks|meat|burger|burgers|beef)", "(?:steak|steaks|meat|burger|beef) (?:\\w+ )?(?:still )?(?:bleeding|bloody)", "blood (?:test|tests|draw|drawn|work|donation|bank)", "chests? of drawers", "(?:cat|dog|kid|baby|toddler|grandkid|grandson|granddaughter|puppy|kitten) (?:\\w+ ){0,2}(?:sat|sitting|sits|jumped|lay|lying|laid|stood|standing|climbed) (?:on|onto) (?:my|his|her) (?:chest|stomach|belly|back|legs?)",
    // The gym's days and a game's or a market's fall, a street's blackout, dye bleeding from a new band.
    "(?:chest|leg|arm|back|shoulder|push|pull) day", "(?:team|side|defence|defense|market|shares|stocks|economy|plans?|deal|tent|cake|souffle)s? (?:\\w+ ){0,2}collaps\\w*",
    "(?:shares|stocks|prices|market|sales|ratings|grades|numbers) (?:\\w+ ){0,2}fell", "pass(?:ed|ing)? out on the (?:couch|sofa|recliner)(?= (?:at \\d+|every night|by \\d+|before \\d+))", "(?:finally|all) passed out", "pass(?:ed|ing)? out (?:for the night|early|(?:at|by|around) \\d+(?: ?pm)?)(?! (?:during|doing|in|on|while|after))", "pass(?:ed|ing)? out(?=[^.!?]{0,60}\\b(?:fell asleep|asleep|slept|sleeping|nap|napped|napping|dozed|snoring|snored)\\b)", "bleed\\w*[\\w .]{0,25}\\bfrom (?:a |my |this )?(?:paper ?cut|shaving cut|shaving|nick|hangnail|pimple|zit|cold sore)", "(?:legs?|arms?|glutes?|quads?|calves|hamstrings) (?:are|were|feel|felt|is|s) (?:\\w+ )?dead (?:like (?:zombie|jelly|noodle|spaghetti)\\w*|from (?:the )?(?:walk|hill|stairs|squats|workout|session))", "blackout (?:from|because of|due to|during|in) (?:the |a |that )?(?:storm|hurricane|wind|snow|ice storm|heat ?wave|outage)", "(?:by|with) candle ?light", "blackout[\\w ,]{0,60}?\\b(?:(?<!\\b(?:i|he|she|we) )lost (?:the |all )?power(?! (?:in|to|of|on) )|power (?:cut|outage|failure|went (?:out|off))|no (?:power|electricity)|lights (?:went|go) out)", "(?:(?<!\\b(?:i|he|she|we) )lost (?:the |all )?power(?! (?:in|to|of|on) )|power (?:cut|outage|failure|went (?:out|off))|no (?:power|electricity)|lights (?:went|go) out)[\\w ,]{0,60}?\\bblackout", "blacked out (?:the |my |all the |all |those |these |some )?(?:\\w+ ){0,3}(?:days?|dates?|names?|words?|lines?|windows?|calendar|boxes|squares|sections?|parts?|text|details)", "(?:heat|humidity|weather|air|room|house|gym|greenhouse|bus|train|office|kitchen|car) (?:is |was |s |felt |feels )?(?:\\w+ )?suffocating", "suffocating (?:heat|humidity|weather|day|room|air)", "so (?:hot|humid|stuffy|muggy)(?: \\w+){0,5} suffocat\\w*", "(?:garden|plants?|flowers|roses|lawn|grass|crops?|tomatoes|cucumbers|seedlings|phone|laptop|computer|car|battery|printer|router|wifi|tv|telly|fridge|washing machine|dryer) (?:\\w+ ){0,2}(?:wants? to|is going to|is gonna|about to|trying to) die", "(?:total |power |electricity )?(?:blackout|black out) (?:in|on|across|hit) (?:the |our |my |this )?(?:street|area|town|city|neighbou?rhood|building|house|block|village|region)", "(?:power|electricity|lights|screen|phone|tv|telly|wifi|internet) (?:\\w+ )?(?:blacked|went|cut) out", "(?:se (?:fue|corto) la luz|apagon)",
    "(?:band|dye|ink|paint|colou?r|shirt|socks?|jeans|tights) (?:\\w+ )?(?:bled|bleeds|bleeding) (?:\\w+ )?(?:dye|colou?r|ink|paint|all over)",
    // The band snapping back is the band's doing, not a tendon's.
    "(?:band|theraband|elastic|tubing|liga|banda) (?:\\w+ ){0,2}(?:snap\\w*|whipp\\w*|flick\\w*) (?:back|off|into)",
    // Sleep, a joke and an app: "about to pass out on the couch", "the app went down".
    "(?:about to|gonna|going to|ready to|could) pass out (?:on|in) (?:the |my )?(?:couch|sofa|bed)",
    // Period pain is the month's, not the program's.
    "(?:period|menstrual|time of the month) (?:pain|cramps?)(?: (?:is |are )?(?:awful|terrible|bad|horrible|killing me|unbearable))?",
    // An EpiPen in a first-aid class is a trainer, not a reaction.
    "epi ?pens? (?:trainers?|training|demo\\w*|practice)", "practi[sc]\\w* (?:with|using|on) (?:an? |the )?epi ?pens?",
    "(?:purple|blue|red|green|black|pink|yellow|grey|gray) (?:\\w+ )?(?:socks|shirt|t shirt|top|mat|yoga mat|towel|shoes|trainers|sneakers|leggings|hoodie|cap|hat|dress|jumper|sweater|pants|shorts|tracksuit|nail polish)", "(?:play\\w*|game of|games of|watch\\w*|won at|lost at|beat \\w+ at|taught \\w+) chess", "chess (?:club|board|set|match|game|games|pieces|puzzles?|tournament|app|online|with)", "dead (?:straight|ahead|centre|center|level|flat|even|easy|simple|serious|set on|right|on time)", "cold (?:snaps?|spells?)", "breathless (?:excitement|anticipation|suspense|wait\\w*)", "shivers? (?:down|up) (?:my|his|her|the) (?:spine|back)", "(?:fever pitch|cabin fever|spring fever|(?:football|footie|footy|soccer|baseball|world cup|bieber|gold|election|dance|disco|saturday night) fever)",
    "pass(?:ed|ing)? out (?:the |some |all the |all those |those |these )?(?:flyers|fliers|leaflets|pamphlets|candy|sweets|cards|invitations|food|samples|papers|worksheets|programs|programmes|tickets|snacks|gifts|presents|cookies|cake|treats)",
    "(?:my )?heart (?:is|was|feels|felt) (?:so |just |really )?(?:full|warm|happy|melting|bursting)", "heart (?:sank|melted|skipped a beat (?:when|at|seeing|reading))", "heart goes out",
    "(?:nearly|almost|practically) (?:had|have) a heart attack (?:\\w+ ){0,3}(?:when|at|seeing|after seeing|reading)", "thought i was having a heart attack (?:\\w+ )?when (?:i )?(?:saw|got|read|opened|heard|checked)", "(?:gave|giving|give) (?:me|him|her|us) (?:a|an absolute|a mini|a little) heart attack",
    "(?:nearly|almost) (?:fainted|passed out|died|fell over) (?:\\w+ ){0,2}(?:from|with|of) (?:the )?(?:excitement|joy|shock|surprise|laughing|laughter|embarrassment|happiness)", "(?:cant|can not|cannot) (?:breathe|live) without (?:you|u|him|her|coffee|my \\w+)", "numb from the neck up", "(?:wanna|want to|gonna|going to|could|about to|might|literally|just|will|ill|im gonna|im going to) (?:literally |actually |just )?die (?:of|from) (?:embarrassment|shame|cringe|laughter|laughing|boredom|cuteness)", "(?:dying|died|dead) (?:of|from) (?:embarrassment|shame|cringe|laughter|laughing|boredom|cuteness)", "(?:had|having|have|nearly had|almost had) (?:a |an )?(?:mini |small |little )?heart attack (?:when (?:i )?(?:saw|read|opened|checked|heard|got)|seeing|reading|looking at)", "heart (?:is |was |s )?(?:racing|pounding|beating (?:so |really )?fast|going (?:a mile a minute|crazy)) (?:\\w+ ){0,2}(?:bc|because|cause|cuz|coz|cos) (?:my |a |the |this )?(?:crush|bf|gf|boyfriend|girlfriend|date|he|she|they|ex|match)\\b", "(?:with )?(?:a )?heavy heart", "(?:my )?heart (?:is|was|feels|felt) (?:so |very |really )?heavy (?:today |these days |this week )?(?:because|for|about|since|over|with sadness)", "(?:lying|lie|laying|lay) (?:\\w+ ){0,2}(?:face (?:up|down)|on (?:my|your|his|her|the) side)",
    // A heart attack or stroke promised as the reaction to something to come: "I'll have a heart attack if you text me during the game".
    "(?:(?:i|he|she|you|they|we|my \\w+|mom|mum|dad) (?:will|ll|would|d|is going to|is gonna|am going to|am gonna|m going to|m gonna|are going to|are gonna)|ill|id|im (?:going to|gonna)) (?:literally |actually |probably |totally |seriously |definitely |so )?(?:have|get) (?:a |an )?(?:heart attack|stroke|coronary|aneurysm)(?= (?:\\w+ ){0,2}(?:if|when|whenever|once|the (?:day|moment|minute|second)|as soon as)\\b)",
    "(?<=\\b(?:if|when|whenever|once) (?:[^.!?,;]{1,60}?) (?:(?:i|he|she|you|they|my \\w+) (?:will|ll|would|d|is going to|is gonna|am going to|m going to|m gonna|are going to)|ill|id|im (?:going to|gonna)) (?:literally |actually |probably |totally |seriously |definitely )?)(?:have|get) (?:a |an )?(?:heart attack|stroke|coronary|aneurysm)"],
  [
    "(?:calcetines|calcetas|medias|camiseta|playera|remera|zapatillas|tenis|mallas|leggins|sudadera|gorra|toalla|esterilla|colchoneta|tapete|esmalte) (?:\\w+ )?(?:morad[oa]s?|azul(?:es)?|roj[oa]s?|verdes?|negr[oa]s?|amarill[oa]s?|ros[ae]s?|gris(?:es)?)",
    "ola de frio", "fiebre del? (?:mundial|futbol|sabado|oro|compras|la final|las rebajas)",
    "(?:done|dono|donar|di|dar) sangre", "analisis de sangre", "(?:me |le |nos )?(?:sacan|sacaron|van a sacar|saca|saco|sacar|sacaran) (?:la )?sangre", "(?:el|mi|la) (?:gato|gata|perro|perra|nieto|nieta|bebe) (?:\\w+ ){0,2}(?:se )?(?:sento|subio|echo|acosto) (?:en|sobre|encima de) (?:mi|su) (?:pecho|barriga|espalda)",
    "(?<=\\b(?:doblar|dobla|doblo|doble|flexion|flexiona\\w*|extension|estirar|estira|levantar|levanto|subir|subo|llego a|llegue a|llega a|hasta|pasar de|paso de) (?:[\\w,]+ ){0,4})\\d+ ?(?:grados|°)",
    "(?:me|nos|lo|la) (?:van|vas|va|vais) a matar de un (?:infarto|susto|coraje)", "(?:la app|la aplicacion|el sistema|la pagina|el video|la red|el internet|internet|el wifi|la conexion|el servidor|el link|el enlace) se (?:cayo|cae|callo|colgo)",
    "(?:dolor(?:es)? de (?:la )?regla|colicos? menstruales|dolor menstrual|colicos? de (?:la )?regla)",
    "entumid[oa]s? (?:\\w+ ){0,3}(?:por|de|con) (?:la humedad|el frio|el clima|la lluvia)", "(?:con|por) (?:la humedad|el frio|el clima|la lluvia) (?:\\w+ ){0,3}entumid[oa]s?",
    "calor (?:\\w+ )?sofocante", "(?:me|se|nos|le) (?:ahogo|ahoga|ahogamos|ahogaba|asfixio|asfixia|asfixiaba|derrito|derrite|muero|muere|moria) (?:de|del|con el|por el|x el) calor", "(?:me duele|me dolia|dolor de|duele|me duelen) (?:el |la |los |las )?(?:pecho|panza|barriga|estomago|cara|costillas|cachetes|abdominales)\\W*(?:de|del) (?:la |tanto )?(?:risa|reir)", "sofocante (?:calor|bochorno|humedad)", "(?:sin aire|sin aliento|ahogad[oa]|ahogando(?:me|se)?) (?:de|del) (?:la )?(?:risa|susto)", "(?:se )?(?:me|le|nos) (?:fue|va|iba) el aire de (?:la )?risa", "(?:casi )?me (?:caigo|caia|cai) (?:\\w+ ){0,4}de (?:la )?risa", "(?:me|se) (?:cai|cayo)\\W{2,6}de (?:la )?risa", "(?:me|se) (?:cai|cayo|caigo|caimos) (?:del burro|de la risa|de risa|en la tentacion|en cuenta|de la cama de (?:la )?risa)", "(?:me |se )?desmay\\w* (?:de|del) (?:la |los )?(?:sueno|hambre|risa|la risa|cansancio|aburrimiento|(?:la )?emocion|alegria|felicidad|ternura|los nervios|nervios)", "(?:casi )?me (?:muero|mori|moria) (?:de|del) (?:la )?(?:susto|emocion|alegria|nervios|miedo|envidia|gusto)", "se (?:me|le) (?:nublo|nubla|nublaron|nublan) (?:la vista|los ojos) (?:de|por) (?:la )?(?:emocion|lagrimas|llorar|alegria|felicidad|llanto)",
    "(?:me|le|nos) (?:va|van) a dar (?:un |el )?(?:infarto|ataque(?: al corazon)?|patatus|soponcio|algo) de (?:lo (?:\\w+ )?(?:\\w+) que|tanto|la risa|risa)",
    // Something or someone that will give the writer a stroke is a complaint: "me va a dar un infarto con tanto mensaje", "you people are gonna give me a stroke".
    "(?:me|le|nos) (?:va|van|vas) a dar (?:un |el )?(?:infarto|ataque(?: al corazon)?|derrame|patatus|soponcio|algo) (?:con|por)", "(?:gonna|going to|will|ll|gon) give (?:me|him|her|us) (?:a |an )?(?:stroke|heart attack|coronary|aneurysm|seizure|hernia)",
    // A preference, not a sign: "I'd rather pass out than do another wall push-up", "prefiero desmayarme que hacer otra plancha".
    "(?:id|i d|i would|would|wed|we would) (?:much |sooner |honestly )?rather (?!(?:\\w+ ){0,3}(?:die|dead|death|not|never|kill|end|gone|disappear)\\b)(?:\\w+ ){1,4}than", "(?:prefiero|preferiria|prefeririamos) (?!(?:\\w+ ){0,2}(?:morir\\w*|muert[oa]|matarme|no (?:estar|existir|despertar|vivir)|desaparecer)\\b)(?:\\w+ ){1,3}(?:que|antes que)(?= (?:hacer|seguir|otr))",
    // A pet or a relative "out cold" from sleep; breath short from joy: "mi perro, desmayado en el sillón de tanto dormir", "me falta el aire... ¡de la emoción!".
    "(?:desmayad[oa]s?|passed out|out cold|knocked out) (?:\\w+ ){0,5}(?:de tanto dormir|from sleeping|asleep|durmiendo|dormid[oa]|roncando|snoring)", "(?:me falta|me faltaba|me quede sin|sin) (?:el )?(?:aire|aliento)\\W{1,8}(?:\\w+\\W{1,4}){0,2}de (?:la |tanta )?(?:emocion|alegria|risa|felicidad|gusto|sorpresa|orgullo)",
    "(?:a )?sight for sore eyes",
    // Thanks from the heart, breath taken by joy: "gracias de corazón", "me quedé sin aliento de la emoción".
    "de (?:todo )?corazon", "con todo (?:mi|el) corazon", "sin (?:aliento|aire|respiracion) de (?:la |tanta )?(?:emocion|alegria|risa|felicidad|gusto|sorpresa|orgullo)",
    // Numb as a feeling about something: "numb. that's how I feel about these reminders".
    "(?:feel|feeling|felt|im|i am|am|go|went|gone) (?:\\w+ ){0,2}numb (?:about|to|towards|toward|inside|emotionally)", "numb\\W+(?:\\w+ ){0,2}(?:thats|that is|its|is) how (?:i|we) feel (?:about|towards|toward)", "(?:me|le) (?:dio|da) (?:un |el )?(?:infarto|ataque|patatus|soponcio) de (?:la risa|risa|lo (?:\\w+) que)",
    "(?:le dio|tuvo|le da) un infarto (?:\\w+ ){0,2}(?:al|el|la) (?:protagonista|personaje|actor|actriz|villano)", "(?:me quiero|me queria|me voy a|quiero|queria|me quise|casi me) morir (?:de|del) (?:la )?(?:verguenza|risa|aburrimiento|ternura|cringe)", "(?:casi )?(?:me|le|nos) (?:dio|da|va a dar|iba a dar) (?:un )?(?:paro cardiaco|paro|infarto|patatus|soponcio) (?:al |de )?(?:ver|vi|viendo|leer|lei|leyendo|saber|supe|escuchar|oir|oi|cuando (?:vi|lei|supe|oi|escuche|me (?:llego|dijeron)))", "(?:el )?corazon (?:me |le )?(?:late|latia|va|iba) (?:a mil|rapidisimo|muy rapido|a full) (?:\\w+ ){0,2}(?:porque|x|por|pq|xq) (?:me (?:escribio|hablo|contesto|miro)|mi crush|vi a)", "(?:acostad|tumbad|echad)[oa]s? (?:\\w+ ){0,2}(?:de lado|boca (?:arriba|abajo)|de costado)", "boca (?:arriba|abajo)",
    "(?:me|le|te|nos) (?:va|van|iba) a dar (?:un )?(?:infarto|paro|derrame|patatus|soponcio|ataque al corazon)(?= (?:\\w+ ){0,2}(?:si|cuando|el dia que|en cuanto)\\b)", "(?<=\\b(?:si|cuando) (?:[^.!?,;]{1,60}?) (?:me|le|te|nos) (?:va|van) a )dar (?:un )?(?:infarto|paro|derrame|patatus|soponcio)",
    "(?:el|la|mi) (?:portatil|laptop|compu\\w*|computadora|ordenador|celular|celu|movil|telefono|tele|impresora|servidor|sistema|planta|plantas|pastel|bizcocho|carpa) (?:\\w+ ){0,3}(?:se (?:me |nos )?(?:ha )?(?:desmay\\w*|muerto|murio|colaps\\w*|infart\\w*)|(?:ha )?(?:colapsado|colapso|murio|muerto))\\b",
    // Dropped onto the mat at the end of a hard hold, laughed about: "la plancha me mata, me desplomo sobre la colchoneta jaja".
    "(?:me|se) (?:desplom\\w*|derrumb\\w*|dej\\w* caer) (?:\\w+ )?(?:sobre|en|encima de) (?:la|mi|el) (?:colchoneta|esterilla|tapete|alfombra|mat)(?=[^.!?]*(?:jaja|jeje|\\bxd\\b|[\\uD83C-\\uD83E]|plancha|tabla|ejercicio))",
    // A song's words: "la canción de 'me duele el corazón'".
    "(?:cancion|bolero|ranchera|corrido|cumbia|copla) (?:de|que dice|que se llama|llamad[oa]) (?:\\w+ ){0,5}\\w+",
    // An almost-heart-attack of fright, laughed about or told as a fright: "casi me da un paro cardíaco 🤣⚽", "casi me da un infarto del susto".
    "(?:casi|por poco) (?:me|le|nos) (?:da|dio|daba|iba a dar) (?:un )?(?:paro cardiaco|paro|infarto|patatus|soponcio|ataque(?: al corazon)?)(?= *(?:del susto|de susto|[\\uD83C-\\uD83E]|jaja|jeje|\\bxd\\b|lol))",
    "(?<=\\b(?:bail|camin|corr|grit|gesticul|manej)\\w* (?:\\w+ ){0,2}como si (?:me|le|te) (?:fuera|fuese) a )dar (?:un )?(?:infarto|paro|patatus|soponcio)"],
);

// "Another" and "otro" only of the event itself: "moving to another state after my stroke" is still the past.
const NOW_OR_AGAIN = String.raw`\b(?:again|another (?:one|episode|attack|bout|mini|small|stroke|heart)|today|tonight|now|right now|new|suddenly|started|otra vez|de nuevo|otr[oa] (?:episodio|ataque|ictus|derrame|infarto|mas)|hoy|ahora|nuevo|nueva|de repente|empezo)\b`;

/**
 * An event the patient is recovering from, named as the past it is: "feeling low since the heart
 * attack", "el infarto fue hace 5 semanas", "el cansancio después del ictus". Not when the same
 * sentence says something is happening now or again ("since my stroke, and today my face drooped").
 */
export function recoveringFrom(name: string, en: string, es: string) {
  const notNow = String.raw`(?<!${NOW_OR_AGAIN}[^.!?,;]*)(?![^.!?,;]*${NOW_OR_AGAIN})`;
  return lexicon(
    `recovering from ${name}`,
    [
      `${notNow}(?:since|after|following|post|recovering from|recovery from|rehab (?:after|for)|(?:still|weak|numb|clumsy|slow|heavy) from) (?:my|the|his|her|a|an|our|your) (?:\\w+ )?${en}`,
      `${notNow}${en} (?:was|happened) (?:\\w+ ){0,2}(?:days?|weeks?|months?|years?) ago`,
      `${notNow}(?:had|have had|survived) (?:my|a|the|his|her) (?:\\w+ )?${en} (?:\\w+ ){0,2}(?:days?|weeks?|months?) ago`,
      `${notNow}(?:had|have had|survived) (?:my|a|the|his|her) (?:\\w+ )?${en} (?:\\w+ ){0,2}(?:last (?:week|weekend)|the week before|weeks? (?:back|before))`,
      // The side, the group or the person it left: "my old stroke side", "a stroke survivor".
      `${notNow}(?:old|previous|earlier|prior|first|original) ${en}`, `${notNow}${en} (?:side|survivor|survivors|support group|rehab|recovery)\\b`,
    ],
    [
      `${notNow}(?:desde|despues|tras|recuperando\\w*|rehabilitacion) (?:de |del )?(?:el |la |mi |su )?${es}`,
      `${notNow}(?:el |la |mi |su )?${es} (?:fue|ocurrio|lo tuve|la tuve|me dio|le dio) hace`,
      `${notNow}(?:me|le|les|nos) dio (?:un |una |el |la )?${es} (?:hace (?:\\w+ )?(?:dias|semanas?|meses)|la semana pasada|el fin de semana pasado)`, `${notNow}(?:tuvo|tuve|tuvimos|ha tenido|he tenido) (?:un |una |el |la )?${es} (?:hace (?:\\w+ )?(?:dias|semanas?|meses)|la semana pasada|el fin de semana pasado)`,
      `${notNow}(?:el |la |mi |su )?(?:antigu[oa]|anterior|viej[oa]|primer) ${es}`, `${notNow}(?:lado|mano|pierna|brazo) (?:afectad[oa] )?(?:del|por el|por la) ${es}`,
    ],
  );
}
