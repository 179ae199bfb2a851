import { type ConceptRule, anyOf, lexicon } from "../lexicon.js";
import { LONG_AGO, recoveringFrom, SUDDEN } from "../shared.js";

/**
 * Stroke, by BE-FAST (Balance, Eyes, Face, Arm, Speech, Time) and NICE NG128: face drooping or
 * numb, speech slurred or words not coming, sudden one-sided weakness or numbness, sudden loss or
 * doubling of vision, sudden confusion.
 */

const FACE = lexicon(
  "face or mouth",
  ["face", "faces", "mouth", "smile", "lip", "lips", "eyelid", "cheek", "side of {P} face", "half (?:of )?{P} face", "eye and mouth", "facial"],
  ["cara", "boca", "labios?", "sonrisa", "rostro", "parpado", "cachete", "mejilla", "la mitad de la cara", "un lado de la cara", "jeta", "comisura(?: de la boca)?", "facial"],
);

const DROOPING = lexicon(
  "drooping, numb or frozen",
  ["droop\\w*", "drop\\w*", "sag\\w*", "melt\\w*", "(?:fat|thick|heavy|fuzzy|swollen|rubbery) on (?:that|one|this|the (?:left|right|same)) side", "lopsided", "(?:gone|went|going|is|all) slack", "crooked", "uneven", "(?:not|isnt|no longer) (?:symmetric\\w*|even|straight)", "asymmetric\\w*", "(?:left|right|one) side (?:is |has |s )?(?:gone )?down", "twisted", "hanging", "slid\\w* down", "slipping", "fallen", "numb(?:ness|ed|ing|ish|y|s)?", "dead", "frozen", "paraly[sz]\\w*", "pulling to one side", "pulled (?:down |over |across )?(?:to )?(?:one|the) side", "slid\\w* (?:down )?(?:on|to|down) (?:one|the (?:left|right)|the same|that) side", "(?:down|over) on one side", "to one side", "wonky", "(?:odd|funny|weird|strange|wrong|off|different) on (?:one side|the (?:left|right)(?: side)?|the same side)", "tingl\\w*", "wont move", "not moving",
    // One side that stays still in the mirror: "only the right half moves", "pulled down on that side".
    "only (?:the )?(?:left|right|one) (?:half|side) (?:\\w+ ){0,3}(?:moves|works|goes up|lifts)", "(?:other|one|that|left|right) (?:side|half|corner) (?:\\w+ )?(?:doesnt|wont|didnt|does not|will not|isnt|is not) (?:move|moving|go up|going up|lift)", "(?:pulled|pulling|dragged|drawn) down (?:on )?(?:one|that|the (?:left|right)|the same) side", "slipped", "pulled down", "gone down", "fell (?:down )?(?:on|to) (?:one|the (?:left|right)|the same) side", "(?:falling|falls) (?:down )?(?:on|to|of|from) (?:one|the (?:left|right)|the same) side"],
  ["caid\\w*", "(?:se (?:me|le) )?tuerce\\w*", "derriti\\w*", "(?:hacia|para|pa) un (?:solo )?lado", "cae (?:a |de |para |hacia |pa )?un lado", "se (?:le|me) cayo(?! (?:el|un) (?!lado|costado|parpado|labio|ojo|cachete)| (?:una|mi|mis|los|unos|unas|su|sus) | la (?!cara|boca|mitad|parte|comisura|mejilla|ceja|lado|sonrisa)\\w)", "se (?:me|le) (?:durmi\\w*|adormeci\\w*|entumi\\w*|paraliz\\w*)", "de lado", "torcid\\w*", "chuec\\w*", "colgad\\w*", "colgando", "(?:le|me) cuelga", "dormid\\w*", "adormecid\\w*", "entumid\\w*", "entumecid\\w*", "paralizad\\w*", "se (?:le|me) (?:fue|va) de lado", "desviad\\w*", "ladead\\w*", "(?:se (?:le|me) )?lade(?:o|a|aba)", "no (?:la|lo) (?:mueve|muevo)", "(?:sale|va|se va|tira|se le va|se me va) (?:para|hacia|a|de) un (?:solo )?lado", "no se (?:le |me )?mueve\\w*", "(?:hacia|para) abajo", "se (?:le|me) torcio", "jala(?:da)? (?:pa|para|hacia) (?:\\W*)?(?:un|el otro) lado", "(?:pa|para) un lado"],
);

// Writing is language too: typing or handwriting that comes out wrong is the same sign as speech (aphasia).
const SPEECH = lexicon("speech, words or writing", ["words?", "speech", "mumbl\\w*", "rambl\\w*", "tongue", "speak\\w*", "talk\\w*", "voice", "sentences?", "says", "saying", "typing", "texting", "writing", "handwriting"], ["habla\\w*", "palabras?", "lengua", "voz", "frases?", "dice", "decir", "escrib\\w*", "letra", "letras", "pronunciar"]);

/** One side of the face, and a change there however it is put: "the left side of my face feels funny", "un lado de la cara raro". */
const ONE_SIDE_OF_THE_FACE = lexicon(
  "one side of the face",
  ["(?:left|right|one) side of {P} face", "(?:left|right|one) half of {P} face", "half (?:of )?{P} face", "facial droop"],
  ["(?:el )?lado (?:izquierdo|derecho) de (?:la|mi|su) cara", "(?:la )?mitad (?:izquierda |derecha )?de (?:la|mi|su) cara", "un lado de (?:la|mi|su) cara"],
);
const FEELS_ODD = lexicon(
  "feels odd",
  ["funny", "weird", "strange", "odd", "off", "different", "wrong", "tingl\\w*", "fuzzy", "heavy", "droop\\w*"],
  ["rar[oa]", "extran[oa]", "hormigue\\w*", "acorchad[oa]", "pesad[oa]", "caid[oa]"],
);

const SPEECH_WRONG = lexicon(
  "speech slurred or not coming",
  ["slurr\\w*", "jumbl\\w*", "garbl\\w*", "scrambl\\w*", "(?:cant|cannot|couldnt|could not) get (?:them|it|the words?|a word) (?:off|past|out of) {P} (?:tongue|lips|mouth)", "(?:dont|do not|doesnt|does not|didnt|arent|are not|isnt|is not|werent) (?:make|making) (?:any |much )?sense", "make no sense", "mixed up", "muddl\\w*", "(?<!\\b(?:this|that|such|the|what|all this|of this|of that|for this|for that) )nonsense", "gibberish", "wont come out", "wouldnt come out", "(?:come|comes|came|coming) out (?:all )?mixed", "all mixed(?! (?:feelings|results|reviews|bag|emotions|up with))", "not coming out", "(?:words?|speech) (?:are |is )?not coming (?:out )?right", "dont come out", "coming out (?:all )?wrong", "(?<!\\b(?:makes?|made|making) )no sense", "(?:cant|cannot|couldnt) understand (?:him|her|them|a word|what)", "cant get (?:\\w+ ){0,2}out", "mushy", "come out (?:all )?(?:wrong|mushy|weird)", "(?=blurr)(?<=\\bspeech (?:\\w+ ){0,3})blurr\\w*", "(?:wont|cant|cannot|couldnt|doesnt) (?:shape|form|make|say) (?:\\w+ ){0,1}(?:the )?words?", "(?:marbles|a mouthful of \\w+|cotton wool) in (?:it|{P} mouth)", "mix(?:-| )?mix", "(?:not|never) the right (?:ones|words)", "like (?:a )?drunk(?: man| woman| person)?", "(?:like|as) (?:wood|a stone|rubber|a brick)"],
  ["arrastra\\w* (?:las |sus )?palabras", "trab(?:a|an|aba|aban|ada|adas|ando|ado|ados|o)", "enredad\\w*", "rar[oa]s?", "no (?:le|me) salen", "no (?:le|me) sale (?:bien|nada|lo que)", "sin poder (?:hablar|decir|pronunciar)", "no (?:puedo|podia|pude|puede|pudo) (?:hablar|decir|pronunciar) (?:bien|claro|nada)", "sin sentido", "incoherente\\w*", "no se (?:le|me) entiende", "no se entiende", "mocha", "como borrach\\w*", "no encuentr[ao](?! (?:las|los|el|la|mis|sus|mi|su|un|una|unos|unas) (?!palabras?\\b|(?:\\w+ )?palabras?\\b)\\w)", "revuelt\\w*", "al reves", "desordenad\\w*", "no (?:le|les|te) (?:entiendo|entendemos) (?:lo que dice|nada|cuando habla|bien)", "(?:incoherencias|incoherente)", "mezcla (?:las )?palabras", "(?:digo|dice) una cosa y (?:me )?sale otra", "(?:me|le) salen (?:\\w+ ){0,1}(?:mal|cualquier cosa|raras|al reves)", "(?:me|le) cuesta (?:pronunciar|hablar|articular)", "(?:me|le) cuesta (?:mucho )?(?:encontrar|sacar|decir) (?:las )?palabras", "disartria", "afasia"],
);

const RECOVERING_FROM_A_STROKE = recoveringFrom("a stroke", "(?:stroke|mini stroke)", "(?:ictus|derrame(?: cerebral)?|embolia)");

/** A golfer's or swimmer's stroke, a painter's, one being worked on: "gotta fix my stroke lol". Looked ahead first. */
const NOT_A_STROKE_OF_SPORT_OR_ART = String.raw`(?=stroke)(?<!\b(?:breast|back|brush|paint|golf|tennis|swim|swimming|putting|rowing|backhand|forehand|(?:fix|fixed|improve|improved|perfect|adjust|practi[cs]e|practi[cs]ed|practi[cs]ing|work on|worked on|working on) (?:my|his|her|the|their)) )(?<!\b(?:gave|give|giving|gives|nearly gave|almost gave|near gave) (?:me|him|her|us|everyone) (?:a )?(?:mini |little )?)(?<!\b(?:nearly|almost|practically|just about) (?:had|have|having) (?:a )?(?:mini |little )?)`;
const STROKE_NAMED = lexicon(
  "stroke or its unmistakable signs",
  [`${NOT_A_STROKE_OF_SPORT_OR_ART}stroke(?! of| (?:the|my|his|her) (?:cat|dog|kitty|puppy|hair|beard|horse))`, "(?=strokes)(?<!\\b(?:brush|paint|pen|long|short|broad|golf|swim\\w*|few) )strokes", "mini stroke", "slurring", "(?:speech|talking|voice|words) (?:is |are |was |sounds? |sounding |came out |coming out |went |all )?(?:\\w+ )?(?:funny|weird|strange|wrong|off|drunk|thick)", "cant find (?:{P} |the )?words(?! to)", "talking (?:like (?:he|she|i) (?:is|was|am) )?drunk", "slurred", "gibberish", "cant (?:talk|speak) (?:properly|right|clearly|normally)", "(?:words|speech) (?:\\w+ ){0,2}slurred", "(?:keeps?|kept|keeping) (?:saying|using|coming out with) (?:the )?wrong words?", "(?:says?|saying|said|calls?|calling|called) (?:\\w+ ){1,3}when (?:he|she|i|they) (?:means?|meant|wants?|wanted)", "tongue (?:\\w+ ){0,2}(?:too big|too thick|thick|heavy|fat|swollen and (?:\\w+ )?words)",
    // Slurred speech as relatives tell it: drunk-sounding without a drink.
    "(?:sounds?|sounding|seems?|acting|talks?|talking) (?:\\w+ )?drunk (?:\\w+ ){0,2}(?:but|and|yet|though|when) (?:\\w+ )?(?:hasnt|hadnt|didnt|has not|had not|did not|doesnt|does not|never|not) (?:\\w+ ){0,2}(?:drink\\w*|drunk|had (?:a|any|anything))", "(?:talking|speaking) (?:\\w+ ){0,2}(?:with|like \\w+ (?:has|had|got)) (?:\\w+ ){0,2}marbles in", "(?:went|gone|going|acting) (?:all )?(?:funny|strange|weird|odd|quiet and) (?:\\w+ ){0,6}(?:dropping|drops|slurr\\w*|droop\\w*|cant (?:talk|speak|lift|move))"],
  ["derrame cerebral", "ictus", "embolia", "trombosis cerebral", "habla arrastrada", "arrastra las palabras", "arrastrando las palabras", "no (?:puede|puedo) hablar", "habla (?:\\w+ ){0,2}como (?:si estuviera |si estuviese )?borrach[oa] (?:\\w+ ){0,2}(?:y|pero|sin) (?:no )?(?:ha |haber |había |habia )?(?:tomado|bebido|tomar|beber)", "habla como (?:si estuviera |si estuviese )?borrach[oa] (?:\\w+ ){0,2}(?:si|y|pero|sin) (?:no )?(?:he |ha |haber )?(?:tomado|bebido)"],
);

const HALF_BODY = lexicon(
  "one side of the body",
  ["one side", "(?:left|right) side", "half (?:of )?{P} body", "arm and leg", "leg and arm", "whole (?:left|right) side", "down one side", "(?:on )?the same side", "(?:left|right) half of {P} body", "(?:left|right) half", "left (?:arm|hand|fingers)(?:[ ,]+\\w+){0,15}?[ ,]+left (?:leg|foot)", "left (?:leg|foot)(?:[ ,]+\\w+){0,15}?[ ,]+left (?:arm|hand|fingers)", "right (?:arm|hand|fingers)(?:[ ,]+\\w+){0,15}?[ ,]+right (?:leg|foot)", "right (?:leg|foot)(?:[ ,]+\\w+){0,15}?[ ,]+right (?:arm|hand|fingers)", "one handed", "with (?:my|the) other hand"],
  ["un lado", "lado (?:izquierdo|derecho)", "la mitad del cuerpo", "medio cuerpo", "brazo y (?:la )?pierna", "pierna y (?:el )?brazo", "todo el lado", "del mismo lado", "(?:la )?mitad (?:izquierda|derecha)", "(?:brazo|mano) izquierd[oa](?:[ ,]+\\w+){0,15}?[ ,]+(?:pierna|pie) izquierd[oa]", "(?:pierna|pie) izquierd[oa](?:[ ,]+\\w+){0,15}?[ ,]+(?:brazo|mano) izquierd[oa]", "(?:brazo|mano) derech[oa](?:[ ,]+\\w+){0,15}?[ ,]+(?:pierna|pie) derech[oa]", "(?:pierna|pie) derech[oa](?:[ ,]+\\w+){0,15}?[ ,]+(?:brazo|mano) derech[oa]", "ni el brazo ni la pierna", "con la (?:otra mano|izquierda|derecha)"],
);

const LIMB = lexicon("arm, hand, leg or foot", ["arm", "arms", "hand", "hands", "leg", "legs", "foot", "fingers"], ["brazo", "mano", "pierna", "pie", "dedos"]);

const WEAK_OR_NUMB = lexicon(
  "weak, numb or not working",
  ["weak\\w*", "numb(?:ness|ed|ing|ish|y|s)?", "num", "dead", "heavy", "(?:feels?|felt|feeling) (?:like )?(?:(?:it|its|they|theyve|it has|has) )?(?:fell|fallen|gone|went)? ?(?:asleep|to sleep)",
    // A task the hand could do this morning: "couldn't get my cup to my mouth", "no pude llevarme la taza a la boca".
    "(?:cant|couldnt|cannot|could not) (?:get|bring|lift|raise) (?:{P} |a |the )?(?:\\w+ )?(?:cup|mug|glass|spoon|fork|food|hand|arm)(?: \\w+)? (?:up )?to (?:{P} )?(?:mouth|face|lips)", "floppy", "limp", "useless", "powerless", "feeble", "(?:gone|went|going) (?:all )?slack", "(?:gone|went|going|has gone) on strike", "wont (?:move|work|lift|hold|go up|come up|rise)", "cant (?:move|lift|feel|hold|grip|use)", "not working", "stopped working", "went (?:dead|numb|weak|clumsy)", "paraly[sz]\\w*", "tingl\\w*", "no (?:strength|feeling)", "lost (?:the |all |{P} )?(?:feeling|sensation|strength|power|use)", "(?:wont|doesnt|didnt|will not|isnt) (?:do what|obey|listen|cooperate|respond)", "(?:wont|doesnt|didnt|would not|wouldnt|will not|cant) do (?:anything|a thing|nothing)", "(?:feels?|felt|feeling) like (?:its|it is|it was|they are|theyre|it isnt|it wasnt) (?:not )?(?:mine|my own|part of me|someone elses)", "(?:clumsy|useless) (?:\\w+ )?(?:suddenly|all of a sudden)", "unplugged", "switched off", "turned off", "(?:has |have |got |gets )?no (?:signal|power|juice|connection|comms)", "(?:wont|doesnt|dont|will not|does not|isnt|is not) (?:take|taking|follow|following|obey|obeying) (?:\\w+ )?(?:commands|orders|instructions)", "(?:went|gone|going|has gone|just went) (?:offline|off ?line|dark|dead on me)", "(?:quit|quits|packed up|packed in|gave out|gives out|shut down|shut off|powered down|lost power|died on me)(?! \\w+ing\\b)", "(?:just )?stops? working", "gives? up on (?:me|him|her)", "(?:keeps?|kept) dropping (?:\\w+ )?(?:stuff|things|cups?|it|everything)", "dragging", "drops? (?:it|things|stuff)", "(?:cant|cannot|couldnt) get (?:{P} )?(?:\\w+ )?(?:arm|hand|leg) up", "(?:wont|doesnt|dont|will not|does not) answer(?: me)?", "(?:typing|texting|writing) (?:\\w+ ){0,2}(?:one handed|with one hand|with (?:my|the) (?:left|right|other) hand)", "(?:arm|leg) drift", "drift\\w*", "(?:isnt|wasnt|is not|was not|just not) there(?! (?:anymore|any more|now|today|either|for me))", "(?:disappeared|vanished|went missing)"],
  ["no (?:pude|pudo|puedo|puede) (?:llevar(?:me|se)?|subir(?:me|se)?|acercar(?:me|se)?) (?:la |el )?(?:taza|vaso|cuchara|tenedor|comida|mano) (?:\\w+ )?a la boca", "debil\\w*", "dormid\\w*", "se (?:me|le) (?:durmi\\w+|duerme\\w*|adormeci\\w+|adormece\\w*|entumi\\w+|entume\\w*|paraliz\\w+)", "adormecid\\w*", "entumid\\w*", "entumecid\\w*", "sin fuerza\\w*", "perdi\\w* (?:la |toda la )?fuerza", "sin sensibilidad", "no (?:(?:me|le|se) )?(?:puede|puedo|pudo|pude) (?:mover|levantar|alzar|subir)\\w*", "no (?:le|me) responde", "paraliz\\w*", "no (?:la|lo|las|los) siente", "no (?:la|lo|las|los) siento", "no (?:siento|siente|sentia|senti) (?:bien )?(?:el|la|los|las|mis?|sus?) (?:brazos?|piernas?|manos?|pies?|lado|dedos)", "pesad\\w*", "muert[oa]", "fall(?:a|an|o|aron|ando)", "(?:me|le) falta(?:n)? (?:\\w+ )?(?:fuerza|la pierna|el brazo|la mano|el pie)", "se (?:me|le) (?:fue|fueron|va|iba) (?:toda )?la fuerza", "no (?:me|le) (?:obedece|hace caso)", "desconectad[oa]", "apagad[oa]", "se (?:me|le) (?:fue|va|perdio) la (?:senal|conexion|corriente)", "sin (?:senal|conexion|corriente)", "se (?:me|le) (?:apago|desconecto|murio|fue la luz)", "no (?:me|le) responde", "se (?:me|le) caen las cosas", "arrastra\\w*", "no (?:me|le) aguanta", "(?<!\\bya )no (?:esta|estaba) (?:ahi|alli)(?! (?:el dolor|la molestia))", "desaparecio", "(?:lado|brazo|pierna|mano) (?:\\w+ ){0,2}no (?:esta|estaba)(?= *(?:[,.;!?]|$))", "ni (?:el|la) \\w+ ni (?:el|la) \\w+ (?:me|le) (?:responden|funcionan|obedecen|hacen caso)", "no (?:puedo|puede|pude|pudo) agarrar", "(?:te |le |les )?escribo con la (?:otra|izquierda|derecha)"],
);

const SUDDEN_CONFUSION = lexicon(
  "sudden confusion",
  ["disoriented", "disorientated", "(?:seems|is|looks|was|became|gone|went|all|so) bewildered(?! (?:by|about|at|with))", "(?:keeps?|kept) asking where (?:he|she|i) (?:is|was|am)", "calling (?:me|us|everyone|him|her) (?:by )?(?:the )?wrong names?", "doesnt know where (?:he|she|i) (?:is|am)", "didnt know where (?:he|she|i) (?:was|were)", "doesnt recogni[sz]e", "didnt recogni[sz]e", "not making (?:any )?sense", "making no sense", "(?:is|seems|got|very|so|suddenly|really|all|became|went|been) confused(?! (?:about|by|with|which|what|how|on|as to|whether|if))", "confused and", "out of it and", "(?:doesnt|didnt|dont) know what (?:day|year|month) it is", "(?:couldnt|cant|cannot|could not|wasnt able to) (?:tell|say|answer) (?:me |us |you )?(?:\\w+ ){0,8}what (?:day|year|month) it (?:is|was)", "nothing (?:he|she|i) says? makes (?:any )?sense", "(?:not|isnt) making (?:any )?sense (?:all of a sudden|suddenly|out of nowhere)", "(?:cant|cannot|couldnt|unable to) answer (?:\\w+ ){0,1}(?:simple|easy|basic|the simplest) questions?", "staring (?:\\w+ ){0,2}(?:blank\\w*|into space|at nothing) (?:\\w+ ){0,2}(?:and|but) (?:\\w+ ){0,2}(?:not|doesnt|wont|cant|isnt) (?:answer|respond|talk|speak)\\w*", "didnt know (?:what day it was|who (?:i|he|she|we) (?:was|were|am|is)|where (?:she|he|i) was)", "(?:just )?stared at (?:me|us) (?:and|blank\\w*|like)",
    // An everyday object suddenly not known or not usable (agnosia, apraxia): "couldnt tell what a fork was for", "forgot how to use her phone".
    "(?:couldnt|could not|didnt|did not) (?:tell|know|remember|work out|figure out) (?:\\w+ ){0,2}what (?:a |an |the |her |his |my )?(?:\\w+ ){1,2}(?:was|is|were|are) for", "(?:forgot|didnt know|couldnt remember) how to (?:use|hold|work|open|dial|unlock|button|tie) (?:a |an |the |her |his |my )?\\w+"],
  ["desorientad\\w*", "(?:esta|anda|quedo|se quedo) como id[oa]", "atontad[oa] (?:\\w+ ){0,3}(?:de golpe|de repente|desde)", "no carbura", "(?:anda|esta) perdid[oa] en (?:su|mi) (?:propia )?casa", "dice disparates", "confundid[oa] (?:y|de repente)", "esta (?:muy )?confundid\\w*", "no sabe donde esta", "no (?:me |nos )?reconoce", "no (?:supo|sabia|pudo|podia) (?:decirme |decirnos |decir |contestar )?(?:\\w+ ){0,8}(?:que dia (?:es|era)|en que (?:ano|mes) (?:estamos|estabamos))", "no tiene sentido lo que dice", "dice cosas sin sentido", "no sabe (?:que dia|en que dia|en que ano) (?:es|esta|estamos)", "no (?:contesta|responde) (?:ni )?(?:a )?(?:preguntas|cosas) (?:simples|sencillas|faciles|basicas)", "puras incoherencias", "no sabia (?:donde|en que|que dia|quien)", "no (?:me |nos |la |lo )?reconocia", "(?:me|nos|la|lo) llam(?:o|aba) (?:con|por) el nombre de (?:otr[oa]|mi|su)"],
);

/** Drooling from one side of the mouth: the face's muscles gone on that side. */
const DROOLING = lexicon(
  "drooling from one side",
  ["drool\\w* (?:\\w+ ){0,3}(?:one side|the side|left side|right side|corner)", "(?:one side|corner) of (?:{P} )?mouth (?:\\w+ ){0,2}drool\\w*",
    "(?:drinks?|water|tea|coffee|food|liquid|soup|milk) (?:\\w+ ){0,2}(?:dribbl\\w*|leak\\w*|spill\\w*|runs?|ran|running|came|comes|fell|falls|poured) out (?:of )?(?:the |one )?(?:side|corner) of {P} mouth"],
  ["(?:se (?:me|le) )?(?:cae|sale|escurre) la baba (?:\\w+ ){0,2}(?:de|por) un lado", "babe\\w* (?:\\w+ ){0,2}(?:de|por) un lado",
    "se (?:me|le) (?:sale|salio|cae|cayo|escurre|escurrio|derrama|derramo) (?:el agua|la bebida|el liquido|la comida|la sopa|el cafe|la leche) (?:\\w+ ){0,2}(?:de|por) (?:un lado|la comisura|el lado|una esquina)"],
);

/** BE-FAST "Balance": sudden loss of balance or coordination, with dizziness, spinning or unsteady walking. */
const BALANCE_LOST = lexicon(
  "loss of balance or coordination",
  ["(?:loss of|lost|losing|lose) (?:{P} )?coordination", "(?:cant|cannot|couldnt) (?:walk|stand) (?:straight|up straight)", "(?:room|everything|world) (?:is |was |started |keeps )?spinning", "walking like (?:\\w+ )?drunk", "staggering", "stumbling (?:into|around|about|all over)", "(?:cant|cannot|couldnt) keep (?:{P} )?balance", "veering to one side", "uncoordinated"],
  ["(?:perdi\\w*|pierd\\w*) (?:la )?coordinacion", "no (?:puedo|puede) (?:caminar|andar|pararme|pararse) (?:derech\\w*|bien|recto)", "(?:todo|el cuarto) (?:me )?da vueltas", "camina como borrach\\w*", "se va de lado"],
);

const VISION_LOSS = lexicon(
  "sudden loss or doubling of vision",
  ["(?:lost|losing|lose|loss of) (?:{P} )?(?:vision|sight|eyesight)", "(?:went|gone|going) blind", "sightless", "blind in (?:one|{P} \\w+) eye", "(?:a |like a )?(?:curtain|shade|blind) (?:\\w+ ){0,3}(?:over|across|down|came down)(?: over| across)? (?:{P} |one )?(?:eye|vision|sight)", "(?:cant|cannot|can not|couldnt) see (?:\\w+ ){0,2}(?:out of|from|with|in) (?:one|{P}|{P} \\w+) eye", "cant see (?:out of|from|with) (?:one|{P}|{P} \\w+) eye", "(?:cant|cannot|couldnt) see (?:out of |from |with )?(?:{P} )?(?:l|r|left|right) eye", "double vision", "seeing double", "(?<!\\bor )(?:suddenly |all of a sudden )?(?:went|goes|gone|going|turned) double(?! or)", "(?:seeing|see|saw) two of (?:everything|every \\w+|them|it)", "(?:everything|vision|things) (?:\\w+ )?(?:went|goes|is|turned|became|going) double", "vision (?:is |went |gone |going )?(?:double|doubled)", "everything (?:is |looks )?doubled", "vision (?:went|goes|is|was|going) (?:\\w+ )?(?:black|dark|blurry|blurred|dim|grey|gray|fuzzy|out)", "curtain (?:over|across|came down)", "everything went (?:black|dark)",
    // Half the field of view gone (hemianopia): things on one side not seen.
    "(?:cant|cannot|can not|couldnt) see (?:anything |things |people )?(?:on|to|from) (?:{P} |the )?(?:left|right|one) (?:side|half)", "(?:half|one side) of (?:{P} |the |everything )?(?:vision|sight|view) (?:\\w+ ){0,2}(?:gone|missing|dark|black|blank|went|is missing)",
    "(?:left|right) half of (?:{P} |everything )?(?:\\w+ )?(?:has |is |s )?(?:gone|missing|disappeared|cut off|black|blank)", "(?:walk\\w*|bump\\w*) into (?:\\w+ ){0,3}on (?:the |that |{P} )?(?:left |right |one )?side", "half (?:the|of the|my) (?:tv|screen|page|view|picture|vision|world) (?:\\w+ ){0,2}(?:disappeared|gone|missing|went|vanished)", "(?:left|right) side (?:of (?:it|the \\w+) )?(?:is |was )?(?:missing|gone|disappeared)", "(?:vision|sight) (?:in (?:one|my \\w+) eye )?(?:went|has gone|suddenly went) (?:black|dark|blank)", "(?:lost|losing) (?:the )?(?:sight|vision) (?:in|of) (?:one|my \\w+|the \\w+) eye", "went blind in (?:one|my \\w+) eye", "(?:left|right) half (?:\\w+ ){0,3}(?:just )?(?:gone|missing|blank|black|disappeared|not there)", "(?:couldnt|cant|cannot|could not) read (?:the )?(?:clock|words|text|screen|page|time|numbers|phone) (?:\\w+ ){0,5}(?:all of a sudden|suddenly|out of nowhere)"],
  ["(?:perdi|perdio|pierdo) la vista", "dej[oe] de ver", "no (?:veo|ve) (?:de|por|con) un ojo", "(?:como )?una cortina (?:\\w+ ){0,4}(?:ojo|vista)", "veo doble", "ve doble", "(?:veia|veo|ve|veian|se veian|se ven|se me ven|se le ven) (?:\\w+ ){0,2}(?:doble|dobles|en doble)", "(?:veo|veia|ve|veia) dos de (?:todo|cada)", "(?:se (?:me|le) )?(?:hizo|hace|puso|ve|veo) todo doble", "no (?:veo|ve) (?:nada )?(?:de|por|con) (?:el|un|mi|su) ojo", "no (?:veo|ve) (?:nada )?del ojo", "(?:de repente|de golpe|subitamente|derrepente) no (?:veo|ve|veia|veo nada|ve nada)\\b", "vision doble", "vista (?:borrosa|nublada|negra) de repente", "ciego de un ojo", "se (?:me|le) nublo la vista", "no (?:veo|ve) (?:nada )?(?:del|por el|de mi|de su|hacia el) lado (?:izquierdo|derecho)", "(?:la )?mitad de (?:la|mi|su) vista", "se (?:me|le) fue la vista(?! (?:un momento|al levantarme|al pararme))", "(?:perdi|perdio) la vista (?:del|de un|de mi) ojo", "(?:la mitad|el lado) (?:izquierd[oa]|derech[oa]) (?:\\w+ ){0,3}(?:no (?:lo |la )?veo|desaparecio|en negro|no existe)"],
);

/** Vision that blurs, dims or greys out; a stroke sign when it comes on suddenly (BE-FAST: Eyes). */
const BLURRED_VISION = lexicon(
  "blurred or dimmed vision",
  ["(?:vision|sight|eyes?|everything|things) (?:\\w+ ){0,3}(?:blurr\\w*|fuzzy|dim|dark|grey|gray|misty|foggy|cloudy|went black)", "(?:blurr\\w*|fuzzy|dim|dark|cloudy|foggy|misty) (?:\\w+ ){0,2}(?:vision|sight|eyes?)", "(?:cant|cannot|couldnt) see (?:properly|clearly|well|straight) (?:\\w+ ){0,2}(?:eye|eyes)"],
  ["(?:vista|vision|ojos?) (?:\\w+ ){0,2}(?:borros\\w*|nublad\\w*|oscur\\w*|negr\\w*)", "(?:veo|ve|veia|veiamos) (?:todo )?(?:borroso|nublado|oscuro|negro)", "no (?:veo|ve) bien (?:de|por|con) (?:un|el|mi|su) ojo", "se (?:me|le) (?:nublo|oscurecio|puso (?:negra|borrosa|negro|borroso)) (?:la vista|el ojo|todo)"],
);
/** Greying out on standing up is a blood-pressure dip, not a stroke sign. */
const ON_STANDING = lexicon(
  "on standing up",
  ["(?:stood|stand|standing|got|get|gets|getting) up", "from (?:lying|sitting|the floor|bed)"],
  ["(?:al|cuando me|cuando se) (?:levant\\w*|par\\w*|incorpor\\w*)", "(?:me|se) (?:levante|levanto|pare|paro|incorpore|incorporo)"],
);

/**
 * FAST-ED "Denial / neglect": one side of the world or of the body ignored, a limb not known as one's
 * own — a stroke sign relatives see and the patient does not report.
 */
const NEGLECT = lexicon(
  "one side ignored, or a limb not known as one's own",
  [
    "ignor\\w* (?:everything |things |anything |people |food |whatever )?(?:on )?(?:his|her|my|the|their) (?:left|right) side",
    "(?:doesnt|didnt|does not|did not|dont|cant) (?:seem to )?(?:know|realise|realize|recogni[sz]e|notice|believe) (?:that )?(?:his|her|my|their|the) (?:\\w+ )?(?:arm|leg|hand|foot) (?:is|belongs to) (?:his|hers|mine|theirs|(?:him|her|me|them))",
    "(?:thinks|says|said|thought) (?:that )?(?:his|her|my|the) (?:\\w+ )?(?:arm|leg|hand) (?:is|was|belongs to) (?:someone elses|somebody elses|not (?:his|hers|mine))",
  ],
  [
    "ignora (?:todo )?(?:lo que (?:esta|hay|pasa) )?(?:del|de su|el|su|por su|por el) lado (?:izquierdo|derecho)",
    "no reconoce (?:su|el|la) (?:propi[oa] )?(?:brazo|mano|pierna|pie)", "dice que (?:el|la|su) (?:brazo|mano|pierna|pie) no es (?:suy[oa]|de (?:el|ella))",
  ],
);

/** A sudden, severe "thunderclap" headache: AHA/ASA list it among the stroke signs (bleeding in the brain). */
const THUNDERCLAP = lexicon(
  "sudden worst headache",
  ["worst headache (?:of|in) {P}? ?(?:life|lives)", "worst headache (?:i|ive|i have|he|she) (?:ever|has ever|have ever)", "(?:sudden|suddenly|out of nowhere|all of a sudden)(?: \\w+){0,3} (?:severe|terrible|horrible|splitting|massive|blinding|excruciating|worst) headache", "(?:severe|terrible|horrible|splitting|massive|blinding|excruciating) headache (?:\\w+ ){0,3}(?:out of nowhere|all of a sudden|suddenly|came on (?:suddenly|fast))", "(?:thunderclap|thunder clap) headache", "headache like (?:being hit|a (?:bomb|thunderclap|bat|hammer|explosion))", "(?:head|skull) (?:\\w+ ){0,2}(?:exploded|exploding|split open|like a bomb) (?:\\w+ ){0,3}(?:out of nowhere|all of a sudden|suddenly)", "headache[^.!?]{0,30}worst (?:\\w+ )?(?:of|in) {P} (?:life|lives)", "worst (?:\\w+ )?(?:of|in) {P} (?:life|lives)[^.!?]{0,20}headache"],
  ["(?:el )?peor dolor de cabeza de (?:mi|su) vida", "dolor de cabeza (?:\\w+ ){0,3}(?:de golpe|de repente|repentino|subito|como (?:un|una) (?:golpe|explosion|trueno|martillazo))", "(?:de golpe|de repente) (?:\\w+ ){0,3}dolor de cabeza (?:muy )?(?:fuerte|terrible|horrible|insoportable)", "(?:martillazo|explosion|exploto|estallo|reventon|bombazo) (?:\\w+ ){0,3}(?:cabeza|nuca|choya|coco|tatema|mate) (?:\\w+ ){0,3}(?:de repente|de golpe|de la nada)", "(?:de repente|de golpe|de la nada) (?:\\w+ ){0,3}(?:martillazo|exploto|estallo) (?:\\w+ ){0,3}(?:cabeza|nuca|choya|coco)", "(?:me |le )?(?:exploto|estallo|revento) la (?:cabeza|choya|nuca|tatema) (?:de repente|de golpe|de la nada)", "(?:nunca|jamas) (?:me|le) (?:habia|ha) dolido asi (?:la cabeza|la nuca)", "dolor de cabeza[^.!?]{0,30}(?:el )?peor de (?:mi|su) vida"],
);

/** Whole phrases for the same signs, kept from the older table; each sits with its sign below. */
const FACE_IN_FULL_PHRASES = lexicon(
  "face drooping or numb, as whole phrases",
  [
    "\\b(?:face|mouth|smile|lip|lips|eyelid)\\b(?:\\s+\\w+){0,4}?\\s+(?:droop\\w*|numb\\w*|lopsided|crooked|sagging|saggy|twisted|fallen|frozen|tingl\\w*|asymmetric\\w*|not symmetric\\w*)\\b",
    "\\b(?:droop\\w*|numb\\w*|sagging|lopsided|crooked)\\s+(?:\\w+\\s+){0,3}(?:face|mouth|smile|lip)\\b",
  ],
  [
    "\\b(?:cara|boca)\\b(?:\\s+\\w+){0,3}?\\s+(?:caid\\w*|torcid\\w*|dormid\\w*|adormecid\\w*|entumecid\\w*|paralizad\\w*|chueca|colgando)",
    "\\bse (?:le|me) (?:cayo|durmio|torcio|paralizo|adormecio) (?:\\w+ ){0,2}(?:cara|boca)\\b", "se (?:me|le) (?:cae|cayo|caia|va|fue|iba) la boca (?:de|para|hacia|pa) (?:un|el|un solo) lado", "(?:no puedo|no puede|no podia|me cuesta|le cuesta) sonre\\w* (?:\\w+ ){0,2}(?:de|por|en|con) un (?:solo )?lado", "sonrisa (?:\\w+ )?(?:torcida|chueca|caida|de (?:un )?lado)"],
);

const SPEECH_IN_FULL_PHRASES = lexicon(
  "speech slurred or muddled, as whole phrases",
  [
    "\\b(?:mix\\w*|jumbl\\w*|muddl\\w*|garbl\\w*) (?:up )?(?:my|his|her|the) words\\b|\\bgibberish\\b|\\b(?:he|she|talking|speech|speaking)\\s+(?:is\\s+|isnt\\s+)?not making (?:any )?sense\\b",
    "\\b(?:words|speech|talking|speaking|voice)\\b(?:\\s+\\w+){0,4}?\\s+(?:funny|wrong|jumbled|garbled|strange|weird|slurred|mixed up|muddled|nonsense|mushed|mashed|smushed|running together)\\b",
    // Sounding drunk without a drink: "played it back and I sounded drunk… haven't had a drink".
    "\\b(?:i|he|she|you) (?:sound|sounded|sounds|sounding|talk\\w*) (?:\\w+ )?drunk\\b(?=[^.!?]{0,80}(?:[.!?,]\\s*)?[^.!?]{0,60}\\b(?:havent|hasnt|hadnt|not|didnt|no|never) (?:had |been )?(?:a )?(?:drink|drinking|drunk|alcohol)\\b)",
    "\\b(?:cant|cannot|couldnt|trouble|struggling to|hard to)\\s+(?:get\\s+(?:my|the|his|her)\\s+words\\s+out|find\\s+(?:my|the|his|her)\\s+words|speak (?:properly|clearly|right)|speaking)\\b",
  ],
  [
    "\\b(?:habla|hablar|palabras)\\b(?:\\s+\\w+){0,3}?\\s+(?:arrastrad\\w*|rar[oa]s?|trab\\w*|enredad\\w*|sin sentido)",
    "\\barrastr\\w+ las palabras\\b",
    "\\b(?:hablo|habla|hablaba|hablando) (?:\\w+ )?(?:rar[oa]|mal|gracios[oa]|chistos[oa]|como borrach[oa]|enredad[oa]|arrastrad[oa])\\b(?! (?:ingles|espanol|idiomas?|el idioma))(?![^.!?]*\\bcuando (?:estoy|esta|me|se) (?:cansad|canso|cansa|nervios))",
    "\\bno (?:puede|puedo) hablar bien\\b",
    "\\bse (?:le|me) traba la lengua\\b", "no (?:encontraba|encontro|hallaba|le salian|le salieron|me salian|me salieron) las palabras", "se (?:me|le) (?:trab(?:o|a|aba)|enred(?:o|a|aba)) la lengua"],
);

const HALF_BODY_IN_FULL_PHRASES = lexicon(
  "an arm and leg weak or numb together, as whole phrases",
  [
    "\\b(?:arm and leg|leg and arm|one side of (?:my|his|her) body|whole (?:left|right) side)\\b(?:\\s+\\w+){0,4}?\\s+(?:weak\\w*|numb\\w*|dead|heavy|floppy|tingl\\w*)",
    "\\b(?:weak\\w*|numb\\w*)\\s+(?:\\w+\\s+){0,3}(?:arm and leg|leg and arm|one side of (?:my|his|her) body)\\b",
  ],
  [
    "\\b(?:brazo y (?:la )?pierna|pierna y (?:el )?brazo|un lado del cuerpo|todo el lado)\\b(?:\\s+\\w+){0,4}?\\s+(?:debil\\w*|dormid\\w*|adormecid\\w*|entumecid\\w*|sin fuerza|paralizad\\w*)",
    // Both told as unfelt or unmoved: "no siento ni el brazo ni la pierna de ese lado".
    "\\bno (?:siento|siente|sentia|puedo mover|puede mover|podia mover) (?:ni )?(?:el|mi|su) brazo (?:ni|y|ni tampoco) (?:la|mi|su) pierna\\b", "\\bno (?:siento|siente|sentia|puedo mover|puede mover|podia mover) (?:ni )?(?:la|mi|su) pierna (?:ni|y|ni tampoco) (?:el|mi|su) brazo\\b",
  ],
);

const NAMED_IN_FULL_PHRASES = lexicon(
  "a stroke named, or slurring, as whole phrases",
  [
    "\\bslurr\\w*",
    "(?<!\\b(?:gave|give|giving|gives|nearly|almost|practically|just about) (?:me|him|her|us|everyone|had|have) )\\b(?:a|having|had|mini) stroke\\b(?! of| (?:in (?:19|20)\\d\\d|\\w+ years ago|years ago|last year))",
  ],
  [
  ],
);


/** One eye named, as people name it: "my right eye", "the left eyeball", "outta my rite peeper", "del ojo izquierdo". */
const ONE_EYE = lexicon(
  "one eye",
  ["(?:{P} |one |the |outta |out of )?(?:left|right|rite|good|bad|other) (?:eye|eyeball|peeper)s?", "(?:in|out of|outta|from|with|over) (?:one|{P}) (?:eye|eyeball|peeper)", "one eye"],
  ["(?:el |un |mi |su |del |de un |de mi |de su )?ojo(?: izquierdo| derecho| bueno| malo)?", "(?:de|por) un ojo"],
);

/** Sight gone from that eye, however it is put: black, dark, a grey blind pulled down, cannot see out of it. */
const SIGHT_GONE = lexicon(
  "sight gone",
  ["(?:gone|went|going|turned|just|all|everything|is|its|s) (?:\\w+ )?(?:black|dark|grey|gray|blank)", "(?:cant|cannot|can not|couldnt) see (?:out of|outta|from|with|through|anything|a thing|nothing)", "(?:see|saw|seeing|sees) nothing (?:from|with|in|out of|through)", "(?:a |like a )?(?:grey |gray |black |dark |big )?(?:curtain|shade|blind|veil|shutter) (?:\\w+ ){0,2}(?:pulled |drawn |came |come )?(?:down|over|across)", "(?:lost|losing) (?:the |all )?(?:sight|vision)", "blind", "(?:switched|turned|went|shut|snapped|clicked|blinked) off like (?:a |the )?(?:light|switch|tv|telly|lamp|bulb)"],
  ["(?:se (?:me|le) )?(?:apago|apagó|fue|nublo|oscurecio|borro) la vista", "(?:se (?:me|le) )?(?:ha )?(?:quedado|quedo|puso|pone) (?:en |todo )?negro", "todo negro", "(?:se (?:me|le) )?apag(?:o|aba) como (?:una |la )?(?:luz|tele|television|lampara|bombilla|foco)", "no (?:veo|ve|vei|veia) (?:nada|na|ni)", "(?:quedado|quede|quedo|estoy|esta) sin ver", "ciego", "(?:como )?(?:una )?(?:cortina|persiana|sombra|telon) (?:\\w+ ){0,3}(?:abajo|encima|sobre)"],
);

/** Muddled all at once, in everyday words: foggy, scrambled, cannot follow or answer; sudden, it is a stroke sign (BE-FAST). */
const MUDDLED = lexicon(
  "muddled or confused",
  ["confus\\w*", "(?:cant|cannot|doesnt|does not|forgets) (?:tell|know|remember|work out|figure out|how to use) (?:\\w+ ){0,2}(?:what (?:a |an |the |her |his |my )?(?:\\w+ ){1,2}(?:is|are) for|(?:a |an |the |her |his |my )?(?:phone|fork|spoon|keys|remote|kettle|cup))", "confuzed", "confuzd", "foggy", "fogged", "scrambled", "muddled", "mixed up", "(?:not|isnt|wasnt) with it", "out of it", "away with the fairies", "(?:cant|cannot|couldnt) (?:follow|work out|figure out|understand) (?:\\w+ ){0,2}(?:what|anything|where)", "(?:doesnt|didnt|dont) (?:know|no|remember) (?:\\w+ ){0,3}(?:what day|what year|where (?:he|she|i) (?:is|am|was))"],
  ["confundid[oa]", "no (?:sabia|sabe|supo|se acordaba) (?:para )?(?:que|como) (?:era|servia|sirve|es|se usaba|usar) (?:el |la |los |las |un |una )?\\w+", "(?:se le olvido|olvido|se me olvido) (?:como|para que) (?:usar|se usa|sirve|servia) (?:el |la |los |las |un |una )?\\w+", "confus[oa]", "desorientad[oa]", "incoherenc\\w*", "incoherente\\w*", "(?:mezcla|revuelve|cambia) las palabras", "(?:ida|ido) (?:de la cabeza|del mundo)", "como (?:ida|ido|perdid[oa])", "no (?:sabe|se) (?:ni )?(?:que dia|donde esta|donde estoy|quien soy|quien es)", "no (?:contesta|responde) (?:\\w+ ){0,2}(?:preguntas|lo que (?:le|se) pregunt\\w*)", "se (?:le|me) (?:fue|va) la onda", "la mirada perdida"],
);

/** One limb, not both: "my legs went heavy after the squats" is a workout. */
const ONE_LIMB = lexicon("one arm, hand, leg or foot", ["arm", "hand", "leg", "foot"], ["brazo", "mano", "pierna", "pie"]);
/** Gone weak or limp for a while and back (a transient ischaemic attack), not numb, which sitting explains. */
const WENT_WEAK = lexicon(
  "went weak or limp",
  ["(?:went|was|felt|got|goes|going|gone) (?:all |totally |completely )?(?:weak|limp|useless|dead|floppy)"],
  ["(?:se (?:me|le) )?(?:quedo|puso|fue|quedaba|ponia) (?:el |la )?(?:brazo |mano |pierna |pie )?(?:sin fuerza|debil|muert[oa]|inutil|floj[oa])"],
);
const FOR_MINUTES = lexicon(
  "for some minutes",
  ["for (?:about |like |around |maybe )?(?:\\d+|a few|several|ten|five|twenty|fifteen|thirty|a couple of) (?:min\\w*|seconds?|secs?)"],
  ["(?:por|durante|unos|como) (?:unos |como )?(?:\\d+|cinco|diez|quince|veinte|treinta|unos|varios) (?:minutos|segundos)"],
);

/** A blood pressure of 180 over 120 or above (a hypertensive crisis), as a reading. */
const BP_CRISIS = lexicon(
  "blood pressure of 180/120 or more",
  ["(?:bp|blood pressure|pressure|reading)\\W{0,3}(?:is |was |of |at |reads |read |showed |shows )?(?:1[89]\\d|2\\d\\d) ?/ ?\\d{2,3}", "(?:1[89]\\d|2\\d\\d) ?/ ?(?:1[2-9]\\d)"],
  ["(?:presion|tension|ta)\\W{0,3}(?:de |en |es |esta en |marca |marco )?(?:1[89]\\d|2\\d\\d) ?/ ?\\d{2,3}"],
);
/** Late pregnancy or the days after birth: the time pre-eclampsia and eclampsia come (NICE NG133). */
const PREGNANT_OR_JUST_DELIVERED = lexicon(
  "pregnant or just delivered",
  ["(?:[2-4]\\d|twenty \\w+|thirty \\w+) (?:weeks|wks)(?: pregnant)?", "pregnan\\w*", "(?:gave birth|had the baby|delivered|c ?section|caesarean|cesarean) (?:\\w+ ){0,3}(?:days?|a week|yesterday|last week)"],
  ["(?:[2-4]\\d|veinti\\w+|treinta \\w+) semanas", "embarazada", "(?:di a luz|dio a luz|nacio el bebe|cesarea) (?:\\w+ ){0,3}(?:dias?|ayer|anteayer|una semana|la semana pasada)"],
);
/** What pre-eclampsia does beside the headache: sight (flashing, zigzags, blurring), sudden swelling, pain under the right ribs. */
const PRE_ECLAMPSIA_SIGN = lexicon(
  "sight changes, sudden swelling, or pain under the right ribs",
  ["(?:flashing|zig ?zag|zigzag|sparkl\\w*|wavy) (?:lights|lines)", "(?:blurr\\w*|blurry|spots|stars) (?:\\w+ ){0,2}(?:vision|eyes|sight)", "(?:vision|sight|eyes) (?:\\w+ ){0,2}(?:blurr\\w*|blurry|funny|spotty|strange)", "(?:see|seeing) (?:spots|stars|flashes|zig ?zags)",
    "(?:face|hands|fingers|feet|ankles) (?:\\w+ ){0,4}(?:suddenly |really |very )?(?:puffy|swollen|swelled up|puffed up)", "(?:under|below) (?:my |the )?(?:right )?ribs"],
  ["veo (?:borroso|lucecitas|destellos|manchas|puntitos|estrellitas)", "(?:vista|vision) (?:\\w+ )?(?:borros\\w*|nublad\\w*)", "(?:cara|manos|pies|tobillos) (?:\\w+ ){0,3}(?:hinchad\\w*|inflamad\\w*)", "(?:debajo|bajo) de las costillas"],
);
const A_HEADACHE_BEYOND_THE_USUAL = lexicon(
  "a severe or unrelenting headache",
  ["headache (?:\\w+ ){0,4}(?:wont|will not|doesnt|does not) (?:go|shift|ease|budge)", "head (?:is |s )?(?:\\w+ )?(?:pounding|splitting|throbbing) (?:\\w+ ){0,3}(?:like never before|worst|never had)"],
  ["dolor de cabeza (?:\\w+ ){0,4}(?:que no (?:se )?(?:me |le )?(?:quita|pasa|calma))", "(?:la cabeza|dolor de cabeza) (?:\\w+ ){0,3}(?:como nunca|el peor)"],
);

/** A headache said to be severe. */
const BAD_HEADACHE = lexicon(
  "a severe headache",
  ["(?:pounding|splitting|terrible|horrible|severe|awful|blinding|massive|crushing|really bad|very bad|bad) headache", "headache (?:\\w+ ){0,2}(?:pounding|splitting|terrible|horrible|severe|awful|unbearable)"],
  ["dolor de cabeza (?:\\w+ )?(?:horrible|terrible|fuerte|insoportable|tremendo|espantoso|muy fuerte)", "(?:horrible|terrible|fuerte|tremendo|espantoso) dolor de cabeza"],
);
const A_SEVERE_HEADACHE = anyOf("a severe or unrelenting headache", BAD_HEADACHE, A_HEADACHE_BEYOND_THE_USUAL);

export const STROKE_RULES: readonly ConceptRule[] = [
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "Face drooping, lopsided or numb (BE-FAST: Face).", sentence: [FACE, DROOPING] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "Speech slurred, jumbled or words not coming out (BE-FAST: Speech).", sentence: [SPEECH, SPEECH_WRONG] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "One side of the face feeling odd, come on suddenly (BE-FAST: Face).", sentence: [ONE_SIDE_OF_THE_FACE, FEELS_ODD], message: [SUDDEN] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "A stroke named, or slurring (not one long ago).", sentence: [STROKE_NAMED], unless: [LONG_AGO, RECOVERING_FROM_A_STROKE] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "One side of the body weak or numb (BE-FAST: Arm).", sentence: [HALF_BODY, WEAK_OR_NUMB] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "A limb suddenly weak or numb.", sentence: [LIMB, WEAK_OR_NUMB, SUDDEN] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "Sudden confusion, not knowing where they are.", sentence: [SUDDEN_CONFUSION] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "Sudden loss or doubling of vision (BE-FAST: Eyes).", sentence: [VISION_LOSS] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "Vision suddenly blurred or dimmed, not on standing up (BE-FAST: Eyes).", sentence: [BLURRED_VISION, SUDDEN], unless: [ON_STANDING] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "One side of the world or the body ignored, a limb not known as one's own (FAST-ED: Denial / neglect).", sentence: [NEGLECT] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "Drooling from one side of the mouth.", sentence: [DROOLING] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "Sudden loss of balance or coordination, spinning or cannot walk straight (BE-FAST: Balance).", sentence: [BALANCE_LOST, SUDDEN] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "A sudden, severe headache, the worst ever (thunderclap).", sentence: [THUNDERCLAP] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "Face drooping, lopsided or numb (BE-FAST: Face).", sentence: [FACE_IN_FULL_PHRASES] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "Speech slurred, jumbled or words not coming out (BE-FAST: Speech).", sentence: [SPEECH_IN_FULL_PHRASES] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "One side of the body weak or numb (BE-FAST: Arm).", sentence: [HALF_BODY_IN_FULL_PHRASES] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "A stroke named, or slurring (not one long ago).", sentence: [NAMED_IN_FULL_PHRASES] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "Sight gone from one eye, in any words (BE-FAST: Eyes).", sentence: [ONE_EYE, SIGHT_GONE], unless: [LONG_AGO] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "Muddled, foggy or unable to follow, all of a sudden (sudden confusion).", sentence: [MUDDLED, SUDDEN] },
  { id: "pre-eclampsia", syndrome: "stroke", level: "emergency", effect: "symptom", description: "Late in pregnancy or just after birth, a severe headache with sight changes, sudden swelling or pain under the right ribs (pre-eclampsia, NICE NG133).", message: [PREGNANT_OR_JUST_DELIVERED, A_SEVERE_HEADACHE, PRE_ECLAMPSIA_SIGN] },
  { id: "blood-pressure-crisis", syndrome: "stroke", level: "emergency", effect: "symptom", description: "A reading of 180/120 or above with a severe headache (a hypertensive emergency).", message: [BP_CRISIS, BAD_HEADACHE] },
  { id: "stroke-signs", syndrome: "stroke", level: "emergency", effect: "symptom", description: "One limb gone weak for minutes and back (a transient ischaemic attack is still an emergency).", sentence: [ONE_LIMB, WENT_WEAK, FOR_MINUTES] },
];
