import { anyOf, type ConceptRule, explainingTheWholeMessage, lexicon } from "../lexicon.js";
import { RECENT_SURGERY } from "../shared.js";

/**
 * Post-operative wound infection and sepsis, from NICE NG125 (surgical site infection) and NICE
 * NG51 / the UK Sepsis Trust "ask: could it be sepsis?": a wound red, hot, swollen, weeping, smelly
 * or opening, redness spreading, fever; with high fever, uncontrollable shaking, confusion,
 * drowsiness or feeling very unwell it may be sepsis.
 */

const WOUND = lexicon(
  "surgical wound",
  ["incision", "incison", "insicion", "wound", "gauze", "bandage", "scar", "stitches", "stiches", "staples", "sutures?", "surgical site", "op site", "surgery site", "(?:the|my|his|her|a) cut(?! (?:back|down|out|the|it|them|my|short|off))", "dressing", "where (?:they|he|she) (?:operated|cut)", "site of (?:the |my )?(?:op|surgery|operation)", "(?:new )?(?:knee|hip|shoulder) (?:scar|wound|incision)", "pin sites?", "(?:drain|cannula|canula|iv|picc|line) (?:site|hole|spot)",
    // A pressure sore, or a sore a brace or socket rubbed, infects like a wound.
    "(?:pressure|bed|open|weeping|rubbing|raw) sores?", "(?:blister|sore|graze|cut|ulcer) (?:\\w+ )?on (?:my|his|her|the) stump", "stump (?:blister|sore|wound)", "pressure (?:ulcer|injury|injuries|area)", "sores? (?:\\w+ )?(?:on|from|under|over) (?:my|his|her|the) (?:\\w+ )?(?:sacrum|tailbone|heel|heels|stump|bum|bottom|hip|ankle|brace|socket|splint|cast|boot|afo)"],
  ["herida\\w*", "cicatriz", "puntos", "grapas", "costura\\w*", "sutura\\w*", "incision", "corte", "la operacion", "donde (?:me|le) operaron", "la cirugia", "cicatris", "(?:sitio|zona|lugar|agujero|hueco) (?:\\w+ ){0,3}(?:via|suero|cateter|canula|drenaje|pinchazo|inyeccion)", "(?:la )?via (?:del|en el) brazo", "drenaje", "llaga\\w*", "escara\\w*", "ulcera\\w* (?:por presion|de presion|en (?:el|la|los|mi|su) (?:sacro|talon|talones|coxis|munon|cadera|nalga))", "rozadura\\w*"],
);

const WOUND_SIGN = lexicon(
  "wound sign of infection",
  ["red", "redder", "pinker", "redness", "spreading", "getting (?:more )?(?:red|pink)", "hot(?! (?:shower|bath|water|tub|pack|compress|weather|day))", "warm(?! ?up|ing up| to the touch)", "warm to the touch", "swollen", "swelling", "pus", "puss", "discharge", "leak\\w*", "ooz\\w*", "weep\\w*", "seep\\w*", "smell\\w*", "stink\\w*", "(?<!\\b(?:bruis\\w*|black and blue) (?:[\\w,]+ ){0,6})(?:yellow\\w*|green\\w*)", "gunk", "goo", "gooey", "angry", "infected", "opening", "opened", "open", "(?:came|come|comes|coming|split|splitting|burst|bursting|pulled|broke|broken) (?:open|apart)", "coming apart", "pulling apart", "separat\\w*", "gap(?:ing|ped|s)?", "gaping", "split", "crusty", "wet", "draining", "fluid",
    "puffy", "inflamed", "tender", "(?:looks?|looking) (?:\\w+ )?(?:nasty|gross|bad|awful|horrible|angry|manky|wrong|worse|icky|yucky|disgusting|dodgy|terrible|not right)", "(?:isnt|is not|not|hasnt|has not|wont|doesnt) (?:\\w+ )?heal\\w*", "blister\\w*", "pimple\\w*", "boil", "(?:black|dark) (?:edges?|bits)", "sticky", "soaked", "bubbl\\w*", "(?:hot|warm) (?:fi|to|ta) touch"],
  ["roj\\w*", "colorad\\w*", "materia", "encon\\w*", "caliente", "hinchad\\w*", "pus", "supura\\w*", "secrecion", "liquido", "(?<!\\b(?:moreton\\w*|cardenal\\w*|hematoma|morado) (?:[\\w,]+ ){0,6})(?:amarill\\w*|verde)", "mal olor", "huele (?:mal|feo)", "abiert\\w*", "se (?:me |le )?(?:abrio|abrieron|abre|abren)", "abrio", "abrieron", "(?:se )?(?:solto|soltaron|reventaron|revento)", "infectad\\w*", "mojad\\w*", "chorre\\w*", "sale agua", "inflamad\\w*",
    "enrojecid\\w*", "huele\\w*", "apesta\\w*", "olor\\w*", "aguita", "(?:mala pinta|mal aspecto)", "se (?:le |me )?ve (?:fea|feo|mal|rara|horrible|fatal)", "(?:esta|la veo|se puso) (?:muy )?(?:fea|feo)", "no (?:\\w+ )?(?:cierra|sana|cicatriza)", "supur\\w*", "(?:se )?(?:botaron|boto|zafaron|zafo|saltaron|salto) (?:los |un |el )?puntos?", "ampolla\\w*", "granit\\w*", "liquidito", "(?:se (?:esta|va) )?extendiendo"],
);

/** Red or warm, and discharging: told of a wound named in another sentence ("now it's red all around, warm, and yellow stuff coming out"). */
const RED_OR_WARM = lexicon("red or warm", ["red", "redder", "redness", "pink(?:er)?", "hot(?! (?:shower|bath|water|tub|pack|compress|weather|day))", "warm(?! ?up|ing up)", "inflamed", "angry"], ["roj\\w*", "enrojecid\\w*", "colorad\\w*", "caliente", "inflamad\\w*"]);
const DISCHARGING = lexicon(
  "discharging",
  ["pus", "puss(?! in boots)", "discharge", "ooz\\w*", "weep\\w*", "seep\\w*", "(?:yellow\\w*|green\\w*|cloudy|milky) (?:stuff|gunk|goo|liquid|fluid|crust|discharge|bits|water)", "(?:stuff|gunk|goo|liquid|fluid) (?:\\w+ )?(?:coming|came|leaking|oozing|seeping|draining) out", "smells? (?:bad|funny|off|awful|gross)", "stink\\w*"],
  ["pus", "supura\\w*", "secrecion", "materia", "(?:liquido|agua|aguita|cosa|algo) (?:\\w+ )?(?:amarill\\w*|verde\\w*|turbi\\w*|lechos\\w*)", "(?:sale|salia|le sale|me sale|esta saliendo) (?:\\w+ ){0,2}(?:liquido|agua|aguita|pus|materia|algo amarill\\w*)", "mal olor", "huele (?:mal|feo|raro)"],
);

const SPREADING_REDNESS = lexicon(
  "redness spreading",
  ["red(?:ness)? (?:\\w+ ){0,3}spread\\w*", "pink(?:er|ness)? (?:\\w+ ){0,3}spread\\w*", "spread\\w* (?:\\w+ ){0,2}red(?:ness)?", "red (?:streaks?|lines?)", "redness (?:\\w+ ){0,2}(?:bigger|growing|getting bigger)", "(?:gone|spread\\w*|went|grown|past) (?:\\w+ )?(?:past|beyond|over|outside) the (?:line|pen|mark|marks|outline)", "red(?:ness)? (?:\\w+ ){0,3}(?:creep\\w*|crawl\\w*|climb\\w*|travel\\w*|moving|going|spread\\w*) (?:up|down|along|across|towards)"],
  ["(?:enrojecimiento|rojez|lo rojo|rojo|mancha roja|roncha roja) (?:\\w+ ){0,3}(?:se )?(?:(?:esta|va) )?(?:extiende|extendiendo|expandiendo|crece|creciendo|sube|subiendo|agranda|agrandando|llega|llegando)", "rayas rojas", "lineas rojas", "estrias rojas", "(?:rayas|lineas|vetas|manchas) rojas? (?:\\w+ ){0,2}(?:suben|sube|subiendo|bajan|se extienden)", "(?:cada (?:dia|vez) mas grande|se (?:esta|va) (?:haciendo|poniendo) (?:mas )?grande)", "(?:se (?:paso|salio)|paso|rebaso|sobrepaso) (?:de )?(?:la raya|la linea|la marca|el borde|lo marcado|la pluma|el plumon)", "(?:lo rojo|la raya|el borde) (?:\\w+ ){0,6}(?:ya )?se (?:paso|salio) de (?:la raya|la linea|la marca)", "(?:lo rojo|rojez|enrojecimiento) (?:\\w+ ){0,3}(?:sube|subiendo|avanza|avanzando|baja|bajando) (?:por|hacia|hasta)"],
);

/** On chemotherapy, where a fever may be neutropenic sepsis (NICE NG151: treat as an emergency). */
const ON_CHEMOTHERAPY = lexicon(
  "on chemotherapy",
  ["chemo\\w*", "neutropeni\\w*", "low (?:white (?:cell|blood)|neutrophil) count"],
  ["quimio\\w*", "neutropeni\\w*", "(?:defensas|globulos blancos|leucocitos|neutrofilos) (?:muy |bien )?baj[oa]s"],
);

const FEVER = lexicon(
  "fever or chills",
  // Hay fever is an allergy, not a fever.
  ["(?<!\\bhay )fever\\w*", "(?:temp|temperature|thermometer)(?:[ ,:]+\\w+){0,4}?[ ,:]+(?:10[0-5]|3[89]|4[01])[.,]\\d(?!\\d)", "feaver", "fevre", "febrile", "pyrexi\\w*", "(?:a|running a|high|got a|have a|has a|with a|spiking a) (?:temperature|temp)", "(?:temperature|temp) (?:of|is|was|at|went up|up)(?! (?:normal|fine|ok|okay|good|down|back to normal|low)\\b| (?:3[0-6]|37(?:[.,][0-4])?|9[0-9](?:[.,]\\d)?)\\b(?![.,]\\d))", "chills", "shivers", "burning up", "boiling (?:hot|to (?:the )?touch)", "hot and cold", "night sweats", "(?:temp|temperature) (?:of |is |was |at |hit |reached |over )?(?:3[89]|4[01]|10[0-5])(?:[.,]\\d)?", "(?:10[0-5]|3[89]|4[01])(?:[.,]\\d)? ?(?:degrees|°|f|c)", "(?:3[89]|4[01])(?:[.,]\\d)? (?:on|in|from) the (?:thermometer|temp\\w*)", "(?:thermometer|temp|temperature) (?:\\w+ ){0,2}(?:says|said|reads|read|showing|shows|showed|hit|reached) (?:10[0-5]|3[89]|4[01])(?:[.,]\\d)?", "temps (?:is |was |at |of )?(?:10[0-5]|3[89]|4[01])(?:[.,]\\d)?", "(?:temp|temperature) (?:\\w+ ){1,2}(?:3[89]|4[01]|10[0-5])(?:[.,]\\d)?", "(?=[34]\\d[.,]\\d)(?<![\\d.,$€£] ?)(?:3[89]|4[01])[.,]\\d(?!\\d)(?! ?(?:kg|kilos?|lbs?|cm|mm|km|miles?|millas|k\\b|%|mins?|minutos|minutes|secs?|segundos|seconds|hours|hrs|horas|weeks|semanas|years|anos|euros?|dollars?|dolares|pounds|pesos|libras))"],
  ["febril", "(?:temperatura|termometro)(?:[ ,:]+\\w+){0,4}?[ ,:]+(?:3[89]|4[01])[.,]\\d(?!\\d)", "fiebre\\w*", "calentur\\w*", "(?:termometro|temperatura) (?:\\w+ ){0,2}(?:marca|marco|dice|dio|llego a) (?:3[89]|4[01])(?:[.,]\\d)?", "afiebrad\\w*", "destemplad\\w*", "con temperatura", "temperatura (?:de|alta|a)", "tengo temperatura", "escalofrios", "febricula", "sudores nocturnos", "(?=[34]\\d[.,]\\d)(?<![\\d.,$€£] ?)(?:3[89]|4[01])[.,]\\d(?!\\d)(?! ?(?:kg|kilos?|lbs?|cm|mm|km|miles?|millas|k\\b|%|mins?|minutos|minutes|secs?|segundos|seconds|hours|hrs|horas|weeks|semanas|years|anos|euros?|dollars?|dolares|pounds|pesos|libras))", "(?:3[89]|4[01])(?:[.,]\\d)? ?(?:grados|°)", "(?:38|39|40)(?:[.,]\\d)? de (?:temperatura|fiebre)", "(?:tengo|tiene|tenia) (?:3[89]|4[01])(?: y pico| y medio| y algo|[.,]\\d)?(?! (?:anos|años|kilos|semanas|dias|minutos))"],
);

/** A high temperature: 39 °C or more, 102 °F or more, "burning up with a high fever". */
const HIGH_FEVER = lexicon(
  "a high fever",
  [
    "(?:high|very high|really high|raging|spiking) (?:fever|temp\\w*)", "(?:39|40|41)(?:[.,]\\d)? ?(?:degrees|°|c)", "(?:10[2-5])(?:[.,]\\d)? ?(?:degrees|°|f)?", "(?:temp|temperature|fever) (?:of |is |was |at |hit |reached |over )?(?:39|40|41)(?:[.,]\\d)?",
    "(?:a )?hundred and (?:two|three|four|five)", "(?:thirty[ -]?nine|forty(?:[ -]?one)?) (?:point|degrees)", "(?:thermometer|reading) (?:\\w+ )?(?:says|said|shows|showed|reads|read|hit|was|is) (?:39|40|41)(?:[.,]\\d)?",
    "(?:fever|temp\\w*) de (?:39|40|41)(?:[.,]\\d)?",
  ],
  [
    "fiebre (?:muy )?alta", "(?:39|40|41)(?:[.,]\\d)? ?(?:grados|°)", "(?:39|40|41)(?:[.,]\\d)? (?:\\w+ )?de (?:fiebre|temperatura|calentura)", "(?:fiebre|temperatura|calentura) (?:de |en |a )?(?:39|40|41)(?:[.,]\\d)?",
    "(?:fiebre|temperatura|calentura) (?:de |en |a )?(?:treinta y nueve|cuarenta)", "termometro (?:\\w+ ){0,2}(?:marca|marco|dice|dio|da|sale|salio) (?:39|40|41)(?:[.,]\\d)?",
    "fiebre altisima", "vol\\w* de fiebre",
  ],
);

/** Shaking, confusion, drowsiness and the other signs that make an infection an emergency. */
const SEPSIS_SIGNS = lexicon(
  "signs of sepsis besides a high fever",
  [
    "shaking", "shakes", "shaky", "trembl(?:ing|es|ed|y)", "rigors?", "shivering", "shivers", "teeth (?:are |were |keep |started )?chattering", "not with it", "(?<!\\b(?:coming|came|comes|oozing|leaking|draining|seeping|pouring|dripping|weeping) )out of it", "away with the fairies",
    "uncontrollabl\\w* (?:shak|shiver)\\w*", "(?:shak|shiver)\\w* uncontrollabl\\w*", "(?:is|seems|very|so|getting|got|became|gone|went|all) confused(?! (?:about|by|with|which|what|how|on|as to|whether|if))",
    "(?:mom|mum|dad|mother|father|he|she|wife|husband|nan|gran|grandma|grandpa)s? confused", "confused and", "(?:im|i am|i feel|feeling|feel|hes|shes|he is|she is|i m) (?:kinda |kind of |a bit |a little |really |so |very |all |quite )?(?:confused|muddled|foggy|out of it)(?! (?:about|by|with|which|what|how|on|as to|whether|if))", "(?:and|but|plus|also|now) (?:\\w+ )?confused(?! (?:about|by|with|which|what|how|on|as to|whether|if))", "confusion", "muddled", "(?:keeps|kept|keep) asking (?:me |us )?(?:what day it is|what day|where (?:she|he|i) (?:is|am)|the same (?:thing|question))", "(?:not|isnt|is not|wasnt|arent|stopped|hes not|shes not) making (?:any )?sense",
    "delirious", "drowsy", "floppy", "purple (?:spots|rash|blotches)", "rash (?:\\w+ ){0,3}(?:doesnt|does not|wont) fade", "hard to wake", "wont wake", "cant stay awake", "very unwell", "really unwell", "very sick", "mottled", "(?:heart|pulse) racing", "racing heart",
    "not himself", "not herself", "(?:heart|pulse) (?:is |was |keeps |s )?(?:racing|pounding|going like|going (?:really |so )?fast|beating (?:so |really |very )?fast)",
    "breathing (?:really |very |so )?(?:fast|quick\\w*|rapid\\w*)", "(?:fast|rapid|quick) breathing", "(?:really|very|so|too|unusually|extremely|super) sleepy", "(?:barely|hardly|cant|cannot|couldnt) (?:wake|rouse) (?:him|her|them|me)",
    "(?:cant|cannot|can not|couldnt|can barely|can hardly) keep (?:\\w+ )?eyes open", "blotchy", "(?:skin|lips|face) (?:\\w+ ){0,3}(?:blue|bluish|grey|gray|ashen)", "talking (?:nonsense|gibberish|rubbish)",
    "slurr\\w*", "(?:low|very low) (?:temperature|temp)", "(?:temperature|temp) (?:of |is |was )?3[45](?:[.,]\\d)?", "(?:muscles?|everything|whole body) (?:\\w+ ){0,3}(?:ache|aches|aching|hurts?|agony) (?:like never|all over|so bad|terribly)",
    "(?:cant|cannot|couldnt) stop (?:shaking|shivering)", "shivery", "(?:bad|terrible|violent|severe|awful|really bad|uncontrollable|horrible) (?:chills|shivers|shakes|rigors)",
    // A thermometer's reading, rigors told by the blankets and the teeth, confusion told by what the person gets wrong.
    "(?:rattling|shaking|shivering) (?:\\w+ )?under (?:\\w+ )?(?:blankets|duvets|covers)", "teeth (?:\\w+ ){0,2}(?:chatter\\w*|clatter\\w*|castanets)", "castanets", "thinks? (?:it is|its|it s|we are in) (?:19|20)\\d\\d",
    "call\\w* (?:me|us) by (?:\\w+ ){0,3}name", "(?:doesnt|didnt|does not|did not) know (?:what|which) (?:day|year|month) it is", "(?:doesnt|didnt|does not|did not) (?:know|recogni[sz]e) (?:me|us|who i am|where (?:she|he) is)",
    "not making (?:much |any )?sense", "(?:and|y) confused",
  ],
  [
    "(?:pregunta|preguntaba|me pregunta) (?:\\w+ ){0,3}(?:que dia es|en que dia estamos|donde esta|lo mismo)(?: \\w+){0,3} (?:a cada rato|todo el rato|todo el tiempo|una y otra vez|cada \\d+ minutos)", "(?:no sabe|no sabia|no se) (?:ni )?(?:que dia es|en que dia estamos|donde esta|donde estoy)", "como un trapo", "flojit[oa]", "(?:no consigo|no logro|me cuesta|no puedo) (?:que se despierte|despertarl[oa])", "no (?:quiere|puede) (?:ni )?abrir los ojos", "manch\\w* morad\\w*", "puntitos morados", "petequias", "(?:me siento|se siente|estoy|esta|ando|anda) (?:muy |medio |como )?id[oa](?= *(?:$|[.!;]|\\n)|[.,;!]| y | no )",
    "temblando", "temblores", "tiembl\\w*", "tirito\\w*", "tiritando", "escalofrios (?:muy )?(?:fuertes|intensos|horribles|terribles|tremendos|que no (?:paran|se quitan))",
    "(?:fuertes|intensos|horribles|terribles|tremendos) escalofrios", "tiembl\\w* (?:\\w+ )?de frio", "confundid\\w*", "(?:muy |bastante |super )?confus[oa](?! (?:con|sobre|por) )", "confusion", "desorientad\\w*", "no despierta",
    "no (?:se )?(?:puede|puedo|podia|pudo) despertar", "(?:cuesta|costaba|cuesta mucho) despertar(?:lo|la|se|me)", "muy somnolient\\w*", "muy mal", "delira\\w*", "no es (?:el|ella) mism[oa]",
    "no (?:esta|estaba) en si", "no sabe (?:donde|quien)", "temblor\\w* (?:que no (?:para|puedo controlar)|incontrolable\\w*)", "corazon (?:\\w+ ){0,2}(?:a mil|acelerad\\w*|desbocad\\w*|muy rapido)",
    "taquicardi\\w*", "respir\\w* (?:muy )?(?:rapido|agitad\\w*)", "adormilad\\w*", "somnolient\\w*", "amodorrad\\w*", "no hay quien (?:lo|la|me) despierte", "no (?:lo|la|me) (?:puedo|podemos|pueden) despertar",
    "como (?:ido|ida)", "ausente", "no coordin\\w*", "dice (?:incoherencias|cosas sin sentido|cosas raras|tonterias|disparates)", "desvari\\w*", "manchas moradas", "piel (?:\\w+ ){0,2}(?:moteada|marmorea|amoratada|grisacea|manchada)",
    "(?:me|le) duele\\w* todo el cuerpo", "(?:me|le) duelen todos los musculos", "no sabe (?:ni )?(?:que|en que) (?:dia|ano|mes)", "(?:me|nos) (?:llama|confunde) (?:\\w+ ){0,3}(?:nombre|con (?:mi|su))",
    "castane\\w*", "dientes (?:\\w+ ){0,2}(?:castane\\w*|chocando)", "(?:tiembl\\w*|tirit\\w*) (?:\\w+ )?(?:bajo|con) (?:\\w+ )?(?:mantas|cobijas|frazadas)", "escalofrios (?:que no (?:paro|para|se (?:me |le )?quitan)|sin parar|fuertisimos|tremendos)",
    "jamaqueo", "temblando (?:sin parar|de frio)", "tiritona", "tiritando", "no (?:puedo|puede) (?:parar|dejar) de temblar", "(?:me|le|nos) (?:hace|hacen|hacia|hacian|hizo|pone a|ponen a|puso a) temblar",
  ],
);

const SEPSIS_SEVERE = anyOf("a high fever or signs of sepsis", HIGH_FEVER, SEPSIS_SIGNS);

/** The Sepsis Trust's "extreme muscle pain": every muscle, the whole body, worse than any flu. */
const EXTREME_MUSCLE_PAIN = lexicon(
  "extreme muscle pain",
  [
    "(?:every|each) (?:single )?muscle", "all (?:of )?{P} muscles", "muscles? (?:\\w+ ){0,3}(?:screaming|on fire|killing (?:me|him|her)|in agony)", "(?:whole|entire) body (?:\\w+ ){0,2}(?:aches|aching|hurts|is screaming|in agony|is in agony|on fire)",
    "(?:worst|like the worst|worse than (?:any|the)) flu", "ach\\w* (?:in )?every(?:where| bone| joint)",
  ],
  ["(?:me|le) due(?:len|le) (?:\\w+ ){0,2}todos los (?:musculos|huesos)", "(?:todos los|cada) musculos? (?:\\w+ ){0,2}(?:duele\\w*|ardiendo)", "(?:me|le) duele (?:\\w+ )?(?:todo el cuerpo|hasta el alma)", "(?:peor que|como) (?:una|la peor) gripe"],
);

/** Confusion or speech that has gone wrong, said plainly or by a relative ("saying odd things", "mumbling"). */
const MUDDLED_OR_SLURRED = lexicon(
  "confused, muddled or slurring",
  [
    "(?:is |seems |very |so |getting |got |became |gone |went |all )confused(?! (?:about|by|with|which|what|how|on|as to|whether|if))", "confusion", "muddled", "disoriented", "disorientated", "delirious", "drowsy", "mumbl\\w*", "slurr\\w*", "not making (?:any )?sense",
    "(?:saying|says|talking|said) (?:\\w+ )?(?:odd|weird|strange|silly|funny|nonsense|gibberish|rubbish)(?: things| stuff)?", "(?:doesnt|does not|didnt|dont|cant|couldnt) (?:know|remember|tell) (?:what day|where (?:he|she|i) (?:is|am|was)|who i am|who (?:he|she) is)", "not (?:himself|herself)",
  ],
  ["confundid\\w*", "desorientad\\w*", "desvari\\w*", "delira\\w*", "somnolient\\w*", "adormilad\\w*", "arrastr\\w* (?:las )?palabras", "(?:no dice|dice) (?:cosas )?(?:sin sentido|incoherencias|cosas raras|disparates)", "no sabe (?:donde|quien|que dia)", "no (?:es|parece) (?:el|ella) mism[oa]"],
);

const INFECTION = lexicon("infection named", ["infect\\w*", "pus", "puss(?! in boots)", "fester\\w*", "exud\\w*", "abscess", "cellulitis", "(?:oozing|weeping|leaking) (?:yellow|green|yellowy|greenish|cloudy)"], ["infecci\\w*", "infectad\\w*", "se (?:me |le )?(?:infecto|encono)", "enconad\\w*", "pus", "absceso", "celulitis", "supur\\w*"]);

/** UK Sepsis Trust: skin mottled or discoloured, with extreme shivering. */
const MOTTLED = lexicon(
  "mottled or discoloured skin",
  ["mottled", "blotchy", "marbled", "discolou?r\\w*", "(?:skins?|legs|knees|arms|feet|hands) (?:\\w+ ){0,3}(?:patchy|grey|gray|ashen|purple blotch\\w*|(?:a )?(?:weird|strange|funny|odd|horrible|bad) colou?r)"],
  ["(?:piel|manchas?|piernas|brazos) (?:\\w+ ){0,4}(?:moteada|marmorea|manchada|amoratada|grisacea|jaspeada|de (?:un )?color raro)", "manchas moradas", "jaspead[oa]", "motead[oa]"],
);
const SHIVERING = lexicon(
  "shaking or shivering",
  ["shaking", "shaky", "shiver\\w*", "rigors?", "teeth chattering", "freezing", "(?:so|really|very|freezing) cold and (?:shaky|shaking|shivery)"],
  ["temblando", "tiritando", "tiembl\\w*", "escalofrios", "congelad[oa]"],
);

/** The UK Sepsis Trust's "I feel I might die" and NICE NG51 "feels very unwell": never felt this ill. */
const NEVER_THIS_ILL = lexicon(
  "never felt this ill",
  ["never (?:ever )?felt (?:this|so|as|that) (?:ill|sick|unwell|bad|rough|awful|terrible|poorly)", "(?:worst|sickest|illest) (?:i have|ive|i|he has|hes|she has|shes) ever (?:felt|been)", "(?:has|have) never been this (?:ill|sick|unwell|poorly)"],
  ["nunca (?:me |se |te )?(?:habia|he|ha|habian) (?:sentido|estado|visto) (?:tan|asi de) (?:mal|enferm\\w*|malit\\w*)", "(?:nunca|jamas) (?:me |se )?(?:habia|he|ha) sentido (?:asi|tan mal)"],
);

/** Hyperbole for feeling very ill; a sepsis sign when it comes with shaking or a fever. */
const FEEL_LIKE_DEATH = lexicon(
  "feels like death",
  ["(?:feel|feels|feeling|felt) (?:like )?(?:death|dead|half dead|death warmed up)", "(?:feel|feels|feeling|felt) (?:\\w+ )?(?:like|as if|as though) (?:i|im|he|hes|she|shes)(?: am| is| was)? (?:going to|gonna|about to|might|could) die",
    "(?:so|really|very|too|extremely|terribly) (?:ill|sick|poorly|unwell|weak) (?:that )?(?:i|he|she) (?:can|could) (?:barely|hardly|not|t)\\b", "(?:cant|cannot|can barely|can hardly|couldnt) (?:\\w+ )?get out of (?:bed|the chair)", "(?:very|really|so|extremely) (?:dizzy|faint|light ?headed)", "(?:keep|keeps|kept) (?:being sick|throwing up|vomiting)", "(?:vomiting|throwing up|being sick|sick) (?:\\w+ )?(?:all day|all night|non ?stop|constantly|again and again|over and over)", "(?:cant|cannot|couldnt) keep (?:anything|food|water|fluids|drinks) down", "(?:feel|feels|feeling) (?:so |really |very |absolutely )?(?:awful|terrible|horrible|horrendous|atrocious|ghastly|dreadful|rough|wretched|like hell|like death)", "(?:really|very|so) (?:ill|sick|poorly|unwell)"],
  ["(?:me siento|se siente|me encuentro|se encuentra) (?:muy |fatal|fatal\\w*|malisim\\w*|horrible|muy mal|muy malit\\w*|de muerte)", "(?:siento|siente|sentia) (?:\\w+ )?(?:que|como si) (?:me|se) (?:fuera|va|voy|iba|fuese) a morir",
    "no (?:me )?(?:puedo|puede|pude|pudo) (?:ni )?(?:levantar(?:me|se)?|salir) de la cama", "(?:muy |bien |super )?maread[oa] (?:\\w+ )?(?:muy|mucho|bastante)", "muy maread[oa]", "no (?:paro|para|dejo|deja) de vomitar", "vomit\\w* (?:todo el dia|toda la noche|sin parar)", "no (?:retengo|retiene) (?:nada|ni el agua|los liquidos)", "(?:estoy|esta) (?:muy )?(?:malisim\\w*|fatal|muy mal|muy enferm\\w*)"],
);

/** An operated or painful joint that is red, hot or swollen: with rigors, a septic joint (NICE NG51, NG125). */
const JOINT_INFLAMED = lexicon(
  "a joint red, hot or swollen",
  ["(?:knee|hip|shoulder|joint|ankle|elbow|wrist) (?:\\w+ ){0,3}(?:red|hot|swollen|inflamed|angry)"],
  ["(?:rodilla|cadera|hombro|articulacion|tobillo|codo|muneca) (?:\\w+ ){0,3}(?:roja|colorada|caliente|hinchada|inflamada)"],
);
/** Rigors: shaking that cannot be stopped (the Sepsis Trust's "extreme shivering"), not a passing chill. */
const RIGORS = lexicon(
  "rigors",
  ["(?:cant|cannot|couldnt|can not) stop (?:shaking|shivering|trembling)", "uncontrollabl\\w* (?:shak|shiver|trembl)\\w*", "(?:shak|shiver|trembl)\\w* uncontrollabl\\w*", "rigors?", "teeth (?:are |were |keep |started )?chattering", "(?:bad|terrible|violent|severe|awful|uncontrollable) (?:chills|shivers|shakes)", "shivering under (?:\\w+ ){0,2}(?:blankets|duvets|covers)"],
  ["temblores? (?:incontrolables?|que no (?:para|paran))", "no (?:puedo|puede|podia) (?:dejar de|parar de) (?:temblar|tiritar)", "no (?:paro|para|paraba|dejo|deja) de (?:temblar|tiritar)", "temblores? (?:barbaros|tremendos|horribles|terribles|fuertisimos)", "escalofrios (?:muy )?(?:fuertes|intensos|horribles)", "tiritando", "temblando de frio"],
);

/** NICE NG51 high-risk criterion: not passed urine in 18 hours (lay: all day, since yesterday). */
const NOT_PASSING_URINE = lexicon(
  "not passing urine",
  [
    "(?:havent|hasnt|hadnt|have not|has not|not|didnt|did not) (?:\\w+ ){0,1}(?:peed|urinated|weed|passed (?:any )?(?:urine|water)|had a (?:wee|pee)|been (?:for a|to) (?:wee|pee)|needed (?:to|a) (?:wee|pee))",
    "(?:hardly|barely|not|no) (?:any|much|a drop of) (?:wee|pee|urine|water out)", "(?:no|hardly any|barely any|very little) (?:urine|wee|pee)(?: (?:all day|today|since))?", "(?:urine|pee|wee) (?:is |has been )?(?:very |really )?(?:dark|little|scant)",
  ],
  ["no (?:he|ha|hemos|han) (?:orinad?o|hecho (?:pipi|pis)|meado|ido a orinar)", "casi no (?:orino|orina|hago|hace|he orinado|ha orinado)", "no (?:orino|orina|hago pipi|hago pis|hace pipi|hace pis) (?:nada|desde|en todo)", "(?:desde|en todo) (?:\\w+ ){0,3}no (?:orino|orina|he orinado|ha orinado|hago pipi|hace pipi)", "(?:orino|orina) (?:muy )?poc[oa]"],
);

/** The operated joint itself red and hot (NICE NG125; a septic joint after replacement). */
const HOT_RED_JOINT = lexicon(
  "operated joint red and hot",
  ["(?:knee|hip|shoulder|joint|ankle|elbow) (?:\\w+,? ){0,6}(?:red|hot),? and (?:\\w+ )?(?:hot|red|swollen)", "(?:red|hot),? (?:and )?(?:hot|red|warm)(?: and \\w+)? (?:\\w+ ){0,3}(?:the )?(?:whole )?(?:knee|hip|shoulder|joint)", "(?:knee|hip|shoulder|joint|ankle|elbow) (?:\\w+,? ){0,3}(?:swollen|hot|warm|puffy) and (?:\\w+ )?(?:red|hot)", "(?:red|hot),? (?:hot|red|swollen) (?:and \\w+ )?(?:knee|hip|shoulder|joint)", "(?:knee|hip|shoulder|joint|ankle|elbow) (?:\\w+,? ){0,3}(?:swollen|hot|red) and angry(?: looking)?", "hot to (?:the )?touch,? (?:\\w+ ){0,2}(?:knee|hip|shoulder|joint|ankle|elbow) (?:\\w+ ){0,2}(?:swollen|red|angry)"],
  ["(?:rodilla|cadera|hombro|articulacion|tobillo|codo) (?:\\w+,? ){0,3}(?:roja|caliente) y (?:\\w+ )?(?:caliente|roja|hinchada)"],
);

/**
 * A joint swollen and hot to the touch, in any order or words: "my new knee swelled up like a balloon overnight and it's
 * hot to touch", "la rodilla hinchada y caliente al tacto" (an infected joint or operation: a same-day review).
 */
const A_JOINT = lexicon("a joint", ["knees?", "hips?", "shoulders?", "ankles?", "elbows?", "wrists?", "joints?"], ["rodillas?", "caderas?", "hombros?", "tobillos?", "codos?", "munecas?", "articulacion\\w*"]);
const SWELLED = lexicon("swollen", ["swell\\w*", "swollen", "puffed up", "ballooned", "like a balloon"], ["hinchad[oa]", "(?:se )?(?:me |le )?hinch[oa]\\w*", "inflamad[oa]", "como (?:un|una) (?:globo|pelota)"]);
const HOT_TO_TOUCH = lexicon("hot to the touch", ["(?:hot|burning|boiling|red hot) (?:to (?:the )?touch|when (?:i|you) touch (?:it|them))"], ["(?:caliente|ardiendo|hirviendo) (?:al (?:tacto|tocar\\w*)|cuando (?:la|lo) toco)"]);

/** A rash that does not fade under a pressed glass (NICE NG51, meningococcal sepsis): an emergency on its own. */
const RASH_NOT_FADING = lexicon(
  "a rash that does not fade",
  ["(?:rash|spots|dots|blotches|marks) (?:\\w+ ){0,8}(?:doesnt|does not|didnt|wont|dont|do not|not) (?:\\w+ )?(?:fade|blanch|disappear|go away|go white)\\w*", "(?:non|not) ?blanching", "glass test"],
  ["(?:manchas?|manchitas|puntitos|puntos rojos|ronchas|sarpullido|erupcion) (?:\\w+ ){0,8}no (?:se )?(?:\\w+ )?(?:quit\\w*|desaparec\\w*|borra\\w*|aclara\\w*|blanque\\w*)", "prueba del vaso"],
);

/** A temperature that is the weather's, not the patient's: "it's 39 degrees outside", "hace 39 grados". */
/** An infection named somewhere other than the operated site: a chest infection, a UTI (sepsis signs are still read). */
const INFECTION_ELSEWHERE = lexicon(
  "an infection somewhere other than the wound",
  ["(?:chest|urine|urinary|bladder|kidney|ear|sinus|throat|tooth|dental|eye|yeast|stomach|tummy|gut|viral|respiratory|lung) infections?", "utis?"],
  ["infecci\\w* (?:de|en) (?:(?:la|las|el|los) )?(?:orina|vias urinarias|oido|oidos|garganta|muelas?|pecho|estomago|ojos?|rinon\\w*|vejiga|pulmon\\w*)", "infecci\\w* (?:urinaria|respiratoria|estomacal|intestinal|viral)"],
);

/**
 * A cold, the flu, covid or a stomach bug: the everyday cause a patient gives for a fever they are sitting out. Such a fever
 * is not the wound's, unless the message speaks of a wound or an operation too (then the rule after it still reads it).
 */
const AN_ORDINARY_ILLNESS = explainingTheWholeMessage(lexicon(
  "an ordinary illness",
  ["(?:a|the|this|bad|head|chest|heavy|stinking|horrible|nasty|streaming|summer|winter|common|rotten|awful|terrible|lousy) cold", "flu", "influenza", "covid\\w*", "coronavirus", "(?:a|the|some|stomach|tummy|viral|winter|nasty) (?:virus|bug)", "viral", "gastro\\w*", "food poisoning", "sore throat", "strep", "tonsillitis", "sinusitis", "sinus infection", "cough\\w*", "runny nose", "sniffles", "man flu"],
  ["gripe", "gripa", "resfri\\w*", "catarro", "constipad[oa]", "covid", "(?:un|el|algun) virus", "viral", "virosis", "tos", "dolor de garganta", "anginas", "amigdalitis", "gastroenteritis", "intoxicacion (?:alimentaria|por comida)"],
));
const AN_OPERATION = lexicon(
  "an operation named",
  ["surgery", "surgeries", "operation", "op", "replacement", "arthroscopy", "reconstruction", "post ?op\\w*", "operated on"],
  ["cirugia", "operacion", "operad[oa]", "(?:me|lo|la|le) operaron", "protesis", "artroscopia", "reconstruccion"],
);
const A_WOUND_OR_OPERATION = anyOf("a wound or an operation", WOUND, RECENT_SURGERY, AN_OPERATION);

const WEATHER = explainingTheWholeMessage(lexicon(
  "the weather's temperature",
  ["(?:degrees|°) (?:\\w+ ){0,2}(?:outside|outdoors|out there|today|in the shade)", "(?:its|it s|it is|it was) (?:\\w+ ){0,2}\\d+ ?(?:degrees|°)", "(?:temperature|temp) (?:is |was |of )?(?:\\w+ ){0,2}(?:outside|outdoors)", "heat ?wave", "(?:hot|warm|scorching|boiling) (?:day|weather|outside|out)", "(?:the|outside|air|room|water|pool) (?:temperature|temp)s? (?:\\w+ ){0,2}(?:lovely|nice|great|perfect|pleasant|mild|cool|cold|chilly|freezing|dropped|dropping|fell|plummet\\w*)", "weather", "forecast", "(?:degrees|°) (?:\\w+ ){0,2}(?:out here|out|outdoors today)"],
  ["(?:hizo|hace|hara|hacia|hay|habia) (?:un )?calor (?:de|como de) \\d+", "(?:grados|°) (?:\\w+ ){0,2}(?:afuera|fuera|en la calle|hoy|a la sombra)", "hacen? (?:\\w+ ){0,2}\\d+ ?(?:grados|°)", "ola de calor", "(?:el )?clima", "pronostico", "(?:grados|°) (?:\\w+ ){0,2}(?:afuera|aqui afuera|a la sombra|en la calle|hoy)", "hace (?:\\w+ ){0,2}\\d+ ?(?:grados|°)"],
));

/** Advice about what to watch for is not a report: "the leaflet says to watch for a rash that doesn't fade". */
const WHAT_TO_WATCH_FOR = lexicon(
  "advice on what to watch for",
  ["(?:watch|look|looking|watching) (?:out )?for", "signs? of", "leaflet", "(?:told|said|says) (?:me |us )?to (?:watch|look|check)"],
  ["(?:vigilar|fijarme en|estar atent[oa] a)", "senales de", "el folleto", "(?:me|nos) dijeron que (?:vigil|revis)\\w*"],
);

/** Dizzy or faint: with a fever and an infection, a sign of falling blood pressure (UK Sepsis Trust). */
const DIZZY_OR_FAINT = lexicon(
  "dizzy or faint",
  ["dizz\\w*", "light ?headed", "faint\\w*", "woozy", "(?:room|everything|head) (?:is |keeps )?spinning"],
  ["mare(?:o|ad[oa]|os|ando)", "desvanec\\w*", "(?:me|se) (?:va|iba) a desmayar", "todo (?:me )?da vueltas"],
);

const FEVERISH_OR_SHAKING = anyOf("fever, shaking or sepsis signs", FEVER, SHIVERING, SEPSIS_SEVERE);

/**
 * The UK Sepsis Trust's lay signs that are not the infection itself: slurred speech or confusion, extreme
 * shivering or muscle pain, no urine in a day, skin mottled or discoloured. Any one of them with an
 * infection, a wound that looks infected or a recent operation is an emergency.
 */
const SEPSIS_TRUST_SIGNS = anyOf("the Sepsis Trust's signs", MUDDLED_OR_SLURRED, RIGORS, EXTREME_MUSCLE_PAIN, NOT_PASSING_URINE, MOTTLED);
const INFECTED_OR_OPERATED = anyOf("an infection, a fever or a recent operation", FEVER, INFECTION, HOT_RED_JOINT, SPREADING_REDNESS, RECENT_SURGERY);

export const INFECTION_RULES: readonly ConceptRule[] = [
  { id: "wound-infection", syndrome: "wound-infection", level: "urgent", effect: "symptom", description: "A surgical wound red, hot, swollen, weeping, smelly or opening.", sentence: [WOUND, WOUND_SIGN], fadesWhenResolved: true },
  { id: "wound-infection", syndrome: "wound-infection", level: "urgent", effect: "symptom", description: "A wound named, and in a sentence of its own red or warm and discharging.", sentence: [RED_OR_WARM, DISCHARGING], message: [WOUND], fadesWhenResolved: true },
  { id: "wound-infection", syndrome: "wound-infection", level: "urgent", effect: "symptom", description: "Redness spreading.", sentence: [SPREADING_REDNESS], fadesWhenResolved: true },
  { id: "wound-infection", syndrome: "wound-infection", level: "urgent", effect: "symptom", description: "A fever or chills (after surgery); not one a cold, the flu or covid explains.", sentence: [FEVER], unless: [WEATHER, AN_ORDINARY_ILLNESS], fadesWhenResolved: true },
  { id: "wound-infection", syndrome: "wound-infection", level: "urgent", effect: "symptom", description: "A fever or chills with a wound or an operation named, whatever else it is put down to.", sentence: [FEVER], message: [A_WOUND_OR_OPERATION], unless: [WEATHER], fadesWhenResolved: true },
  { id: "wound-infection", syndrome: "wound-infection", level: "urgent", effect: "symptom", description: "An infection or pus named.", sentence: [INFECTION], unless: [INFECTION_ELSEWHERE], fadesWhenResolved: true },
  { id: "wound-infection", syndrome: "wound-infection", level: "urgent", effect: "symptom", description: "The operated joint red and hot.", sentence: [HOT_RED_JOINT], fadesWhenResolved: true },
  { id: "wound-infection", syndrome: "wound-infection", level: "urgent", effect: "symptom", description: "A joint swollen and hot to the touch.", sentence: [A_JOINT, SWELLED, HOT_TO_TOUCH], fadesWhenResolved: true },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "Infection signs with high fever, shaking, confusion or drowsiness.", message: [WOUND, WOUND_SIGN, SEPSIS_SEVERE] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "A red, hot joint with high fever, shaking, confusion or drowsiness.", message: [HOT_RED_JOINT, SEPSIS_SEVERE] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "A fever during chemotherapy (neutropenic sepsis: the oncology team's emergency).", sentence: [FEVER], message: [ON_CHEMOTHERAPY], unless: [WEATHER] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "A fever with shaking, confusion or drowsiness (a high reading alone is the fever itself).", message: [FEVER, SEPSIS_SIGNS], unless: [WEATHER] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "An infection with high fever, shaking or confusion.", message: [INFECTION, SEPSIS_SEVERE] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "Mottled or blotchy skin with shaking or shivering.", message: [MOTTLED, SHIVERING] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "A red, hot or swollen joint with rigors (a septic joint).", message: [JOINT_INFLAMED, RIGORS] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "A rash that does not fade when pressed (glass test).", sentence: [RASH_NOT_FADING], unless: [WHAT_TO_WATCH_FOR] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "Never felt this ill (the Sepsis Trust's 'I feel I might die').", sentence: [NEVER_THIS_ILL] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "Feels dreadful with shaking, shivering or a fever.", message: [FEEL_LIKE_DEATH, FEVERISH_OR_SHAKING] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "Wound infection signs with feeling dreadful, very dizzy or faint, as if going to die, or vomiting again and again (UK Sepsis Trust).", message: [WOUND, WOUND_SIGN, FEEL_LIKE_DEATH] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "A fever with an infected wound, and dizzy or faint.", message: [FEVER, WOUND, WOUND_SIGN, DIZZY_OR_FAINT], unless: [WEATHER] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "A fever with a named infection, spreading redness or a red hot joint, and dizzy or faint.", message: [FEVER, anyOf("infection signs", INFECTION, HOT_RED_JOINT, SPREADING_REDNESS), DIZZY_OR_FAINT], unless: [WEATHER] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "An infection named, or a red hot joint, with feeling dreadful, very dizzy or as if going to die.", message: [anyOf("infection", INFECTION, HOT_RED_JOINT), FEEL_LIKE_DEATH] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "A Sepsis Trust sign (confusion or slurring, extreme shivering or muscle pain, no urine, mottled skin) with an infected-looking wound.", message: [WOUND, WOUND_SIGN, SEPSIS_TRUST_SIGNS] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "A Sepsis Trust sign with a fever, an infection, a red hot joint or a recent operation.", message: [INFECTED_OR_OPERATED, SEPSIS_TRUST_SIGNS], unless: [WEATHER] },
  { id: "sepsis", syndrome: "sepsis", level: "emergency", effect: "symptom", description: "Not passing urine with a fever, shaking, an infection or feeling very ill.", message: [NOT_PASSING_URINE, anyOf("infected or unwell", FEVERISH_OR_SHAKING, INFECTION, FEEL_LIKE_DEATH)] },
];
