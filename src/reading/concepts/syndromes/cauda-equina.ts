import { anyOf, type ConceptRule, explainingTheWholeMessage, lexicon } from "../lexicon.js";
import { BACK } from "../shared.js";

/**
 * Cauda equina syndrome, from the GIRFT / NICE back-pain red flags and the patient-facing
 * "cauda equina card": new difficulty passing urine, loss of the urge to go, leaking urine or stool
 * without feeling it, numbness "down there" (saddle, genitals, bottom, inner thighs, when wiping),
 * weakness in both legs. Told through the body and the bathroom more often than in medical words.
 */

const BLADDER_OR_BOWEL_LOSS = lexicon(
  "new loss of bladder or bowel control",
  [
    "(?:came|come|comes|went|just came|leaked|slipped) out (?:\\w+ ){0,2}without (?:me )?(?:feeling|noticing|knowing) (?:it|a thing|anything)",
    "(?:wet|wetting|peed|peeing|pee(?:d)?|pissed|pissing|soiled|soiling|messed|messing|pooped|pooping|pooed|pooing|pooped in|wee(?:d)?|weeing) (?:myself|himself|herself|themselves|{P} (?:pants|trousers|bed|underwear|knickers|diaper))",
    "wet the bed", "(?:peed|pooped|pooed|wet (?:myself|himself|herself)|leaked|went) (?:\\w+ )?(?:w|with|without) (?:no|any) (?:warning|feeling|knowing|urge)", "(?:peed|wet|leaked|wee(?:d)?|pee(?:d)?) (?:a (?:little|bit)|some|slightly)", "accidents? (?:\\w+ ){0,4}(?:didnt|did not|couldnt|never|without) (?:even )?(?:feel\\w*|notic\\w*|realis\\w*|realiz\\w*)", "(?:didnt|did not|never) (?:even )?(?:feel|notice) (?:\\w+ ){0,3}accident", "(?:toilet|bathroom|bladder|bowel|pee|wee|potty|poo|poop) accidents?", "accidents? (?:in|with) {P} (?:pants|bed|bladder|bowels?|underwear|trousers)", "(?:bladder|bowel|pee|urine|stool|poo|poop)s? (?:\\w+ ){0,2}(?:leak\\w*|accident\\w*|escap\\w*|came out|just came)",
    "leak\\w* (?:\\w+ ){0,3}(?:urine|pee|wee|stool|poo|poop)", "(?:lose|loses|lost|losing) (?:{P} )?(?:urine|pee|wee|stool|poo|poop|pipi)", "(?:urine|pee|stool|poo) (?:just )?(?:comes|came) out",
    "(?:cant|cannot|couldnt|unable to|trouble|difficulty|struggling to|hard to|havent been able to) (?:\\w+ ){0,1}(?:pee|wee|urinate|pass (?:water|urine)|go to the (?:toilet|bathroom|loo)|empty {P} bladder|start (?:peeing|the stream)|poop|poo)",
    "(?:cant|cannot|couldnt|unable to) control (?:when|how) (?:i|he|she) (?:pee|wee|urinate|poo|poop|go)", "(?:pee|wee|urine|it) (?:just )?(?:come|comes|came|coming) out (?:by itself|on its own|without)",
    "(?:cant|cannot|couldnt) (?:hold|control) (?:it(?! (?:for|more than|longer|past|beyond|over|up|steady|still|straight|there|in position|long enough|even|with|without|on (?:one|my|the|a)|while|balanced|\\d))|{P} (?:pee|bladder|urine|bowels?|wee))", "(?:lost|losing|lose|no) control (?:of|over) (?:{P} )?(?:bladder|bowels?)", "(?:lost|losing) (?:{P} )?(?:bladder|bowel) control",
    "(?:didnt|dont|doesnt|did not|do not|cant|couldnt) (?:even )?(?:feel|notice|realise|realize|know) (?:that )?(?:i|he|she) (?:needed|had|need|have) to (?:go|pee|wee|poo)",
    "(?:no|lost the|lost|dont get the|dont have the) urge to (?:go|pee|wee|urinate)",
    "(?:(?:dont|doesnt|do not|does not|didnt|never|no longer|cant|havent|hasnt) (?:get|have|feel|felt|had|got) (?:the |any |that )?(?:feeling|sensation|urge|need)|(?:never|dont|doesnt|no longer|cant) (?:\\w+ )?feel (?:like|that)) (?:\\w+ )?(?:i|he|she) (?:need|needs|have|has) to (?:go(?= *(?:$|[.!;]|\\n)| anymore| any more| at all| to the (?:toilet|loo|bathroom))|pee|wee|urinate)",
    "(?:havent|hasnt|hadnt|not|never) (?:felt|had|got) (?:the |any |an )?(?:urge|need|sensation) to (?:pee|wee|urinate|go to the (?:toilet|loo|bathroom))", "(?:only|just) (?:pee|wee|go|urinate) (?:when|if|because) (?:i|he|she) (?:remember|think of it|think about it)", "(?:no|lost (?:the |all )?|losing (?:the )?|(?:dont|doesnt|do not|does not|didnt|cant|never|no longer) (?:get|have|feel|notice) (?:the |any |an )?)(?:urge|need|sensation|feeling) (?:to|that (?:i|he|she) (?:need|needs) to) (?:pee|wee|urinate|poo|poop|open {P} bowels|go to the (?:toilet|loo|bathroom))", "incontinen\\w*", "bowel accident", "bladder accident", "retention",
    "(?:havent|hasnt|hadnt|not) (?:peed|urinated|passed water|had a (?:wee|pee|piss|wee wee)|been able to (?:pee|wee|urinate|pass water|make water|spend a penny|go to the (?:toilet|bathroom|loo)))", "(?:cant|cannot|couldnt|could not|unable to) (?:pass water|make water|spend a penny)(?! (?:on|for|at|in|without|more|of|until)\\b)",
    "(?:bladder|it) (?:\\w+ ){0,3}(?:wont|will not|doesnt|does not|never|isnt|not) (?:\\w+ )?(?:empty|emptying|emptied)", "(?:only|just) (?:a )?(?:dribble|trickle|few drops|drop or two) (?:\\w+ )?(?:comes?|came) out", "(?:dribbl\\w*|trickl\\w*) (?:\\w+ ){0,2}(?:pee|urine|wee)(?<!\\bafter (?:i |he |she )?(?:pee|wee))",
    // The cauda equina card's items in lay words: not knowing when the bladder is full, straining, no feeling as it passes, needing pads.
    "(?:cant|cannot|can not|dont|doesnt|do not|does not|no longer) (?:\\w+ )?(?:tell|know|feel|sense|control|predict) (?:when|if) (?:{P} bladder|(?:i|he|she) (?:need|needs|have|has) to (?:pee|wee|go|urinate|poo)|(?:i|he|she) (?:need|needs) (?:the |a )?(?:toilet|loo|bathroom|wee|pee))",
    "strain\\w* (?:\\w+ )?to (?:pee|wee|urinate|pass water|empty {P} bladder|get (?:it|the pee|anything) out)", "(?:have|has|had|need|needs|having) to (?:push|strain|bear down) (?:\\w+ ){0,3}(?:and|but) (?:it|nothing|only a little|hardly anything|barely anything) (?:\\w+ )?(?:comes?|came)", "(?:pee|urine|wee|stream) (?:\\w+ )?(?:wont|will not|doesnt|does not|wouldnt) (?:start|come|flow|come out)",
    "(?:cant|couldnt|didnt|dont|doesnt|can not) (?:even )?feel (?:it|the pee|the urine|the wee|myself|anything|the poo|when) (?:\\w+ ){0,2}(?:coming out|come out|pass\\w*|when (?:i|he|she) (?:pee|wee|go|went|peed|poo))",
    "(?:peed|pee|wee|urinat\\w*|bowel movement|pooed|pooped) (?:\\w+ ){0,3}(?:couldnt|cant|didnt|could not|did not) (?:even )?feel",
    "(?:cant|cannot|couldnt|can not|hard to|trouble) (?:\\w+ )?(?:stop|control|hold) (?:the )?(?:peeing|pee|wee|weeing|flow|stream|urine|bladder)",
    // The card's "difficulty starting or stopping the flow" and "loss of sensation when you pass urine or a bowel motion".
    "(?:cant|cannot|can not|couldnt|could not) (?:get|make) (?:the |{P} )?(?:pee|wee|urine|stream|flow|bladder|bowels?) (?:to )?(?:start|go|come|flow|empty|work|move)",
    "(?:cant|cannot|can not|couldnt|dont|didnt|do not|did not|no longer) (?:even )?(?:feel|sense|notice) (?:\\w+ ){0,2}(?:when|as|while) (?:i|he|she) (?:pee|peed|wee|weed|urinat\\w*|poo|pooed|poop\\w*|go|went|open {P} bowels|opened {P} bowels|pass (?:water|urine|a stool|stools|wind)|have a (?:poo|bowel movement|wee|pee))",
    "(?:no|lost (?:the |all )?|losing (?:the )?|without (?:any )?)(?:feeling|sensation) (?:when|as|while) (?:i|he|she) (?:pee|wee|urinat\\w*|poo|go|open {P} bowels|pass (?:water|urine|a stool|wind))",
    "(?:had|have|has|having) to (?:start )?(?:wear\\w*|us\\w*) (?:incontinence )?(?:pads|nappies|diapers|depends|a pad|a nappy|a diaper)(?! (?:for|on) (?:{P} )?(?:knees?|elbows?|kneeling|the floor|gardening))",
    "(?:needing|need|needs|started (?:needing|wearing|using)|have to wear|has to wear|having to wear) (?:incontinence )?(?:pads|nappies|diapers|depends|a pad|a nappy|a diaper)(?! (?:for|on) (?:{P} )?(?:knees?|elbows?|kneeling|the floor|gardening))",
  ],
  [
    "(?:se (?:me|le) (?:salio|sale|escapo|escapa|fue|va)|(?:me|se) (?:hice|hizo|orine|orino|cague|cago)) (?:\\w+ ){0,3}sin (?:sentir\\w*|darme cuenta|darse cuenta|notarlo|notarla|enterarme|enterarse)",
    "(?:me|se) (?:lo |la )?(?:he|ha|habia|has|hayas) hecho (?:\\w+ )?(?:encima|pis|pipi|caca|del bano)", "(?:me|se) lo (?:hice|hizo|hago|hace) encima", "me (?:hice|hago|orine|orino) (?:pis|pipi|chis|del uno|del dos|encima|en (?:los|el|la) (?:pantalones|panal|cama|silla|sillon))", "se (?:hizo|orino|hace|orina) (?:pis|pipi|encima|en (?:los|el|la) (?:pantalones|panal|cama|silla|sillon))",
    "perdidas? de (?:orina|pis|heces)", "escapes? de (?:orina|pis|heces)", "(?:moje|mojo|mojaba|mojado) (?:mis|sus|los|el|la) (?:pantalones|calzones|ropa interior|cama|bragas|calzoncillos)",
    "no (?:he|ha|hemos|han|habia|habra) (?:orinado|hecho (?:pis|pipi|chis)|meado)", "no (?:me|le) (?:sale|salio) (?:el pis|la orina|el pipi|la pipi|el chis|ni (?:una )?gota)", "vejiga (?:\\w+ ){0,4}no (?:sale|salio) nada", "no (?:se )?(?:me |le )?vacia (?:bien )?la vejiga", "me (?:hice|hago) (?:del bano|caca)", "se (?:hizo|hace) (?:del bano|caca)",
    "se (?:me|le) (?:escapa|escapo|escapan|salio|sale|salen|(?:ha|han|habia) (?:escapado|salido)) (?:un poco (?:de )?|un poquito (?:de )?|tantito |poquito |algo (?:de )?)?(?:pipi|pis|la orina|el pis|el pipi|la pipi|la pis|el chis|los meados|los orines|el orin|la caca|el excremento|la popo|el popo|las heces|los gases|gotas de orina|gases|heces|orina|caca)", "no (?:puedo|puede|pude|pudo|podia|he podido|ha podido|consigo|logro) (?:orinar|hacer pis|hacer pipi|mear|vaciar la vejiga|hacer del bano|obrar)", "no (?:puedo|puede|pude|pudo|podia|he podido|ha podido|consigo|logro) (?:\\w+ ){1,4}ni (?:orinar|hacer pis|hacer pipi|mear|pis|pipi)",
    "no (?:controlo|controla|aguanto|aguanta) (?:la orina|la vejiga|el esfinter|los esfinteres|el pis|el intestino)", "no (?:me|se) (?:aguanto|aguanta) (?:el pis|la orina|el pipi|las ganas)", "se (?:me|le) (?:escapo|escapa|escaparon|salio|sale) (?:\\w+ ){0,2}sin (?:darme|darse|que (?:me|se)) (?:de )?cuenta", "perdi (?:el )?control (?:de|del) (?:la vejiga|esfinter\\w*|intestino|la orina)",
    "sin poder (?:orinar|hacer pis|hacer pipi|mear|hacer del bano)", "(?:lleva|llevo|llevamos) (?:\\w+ ){0,4}sin (?:orinar|hacer pis|hacer pipi|mear)",
    "incontinencia", "escape\\w* de orina", "(?:me|se) (?:moje|mojo|he mojado|ha mojado) (?:\\w+ ){0,2}sin (?:darme|darse|que (?:me|se)) (?:de )?cuenta", "(?:me|se) (?:moje|mojo|he mojado|ha mojado)(?: encima)?,? (?:y )?no (?:lo |me |se )?(?:senti|sintio|note|noto)", "no (?:siento|sentia|senti|siente) (?:las )?ganas de (?:orinar|ir al bano|hacer pis)", "no (?:me |le )?(?:dan|da|daban|vienen|viene|tengo|tiene|noto|nota) (?:las )?ganas de (?:orinar|ir al bano|hacer pis|hacer pipi|hacer popo|hacer del bano)", "retencion de orina",
    "no (?:siento|siente|sentia|se|sabe|noto|nota) cuando (?:tengo|tiene|tenia) (?:ganas|que|la vejiga) (?:de )?(?:orinar|ir al bano|hacer pis|hacer del bano|llena)", "accidente (?:\\w+ ){0,3}(?:y )?no (?:lo |me |se )?(?:senti|sintio|di cuenta|dio cuenta)",
    "(?:tengo|tiene) que (?:pujar|hacer fuerza) (?:\\w+ )?para (?:orinar|hacer pis)", "no (?:siento|siente|senti|sintio) (?:cuando )?(?:sale|salir|salio) (?:la orina|el pis|nada)",
    "no (?:siento|siente|senti|sintio|sentia|noto|nota) (?:nada )?(?:cuando|al) (?:orino|orina|orinar|oriné|hago (?:pis|pipi|popo|caca|del bano)|hace (?:pis|pipi|popo|caca|del bano)|hacer (?:pis|pipi|popo|caca|del bano)|voy al bano|va al bano|ir al bano|evacuo|evacua|evacuar|obro|obrar)",
    "no (?:puedo|puede|pude|pudo|logro) (?:empezar a|comenzar a|parar de|dejar de|aguantar(?: las ganas de)?|detener (?:el chorro|la orina)) (?:orinar|hacer pis|hacer pipi)",
    "(?:usar|uso|usa|usando|ponerme|ponerle|necesito|necesita) (?:un |unos )?(?:panal\\w*|toallas? (?:femeninas?|sanitarias?|para (?:la )?incontinencia))", "no (?:esta|estoy|estaba|estuvo) pudiendo (?:orinar|hacer pis|mear|hacer del bano)"],
);

const SADDLE = lexicon(
  "saddle area",
  [
    "down there", "between {P} legs", "between (?:{P} )?thighs", "private (?:area|region|bits)", "intimate area", "genital area", "saddle area", "back passage", "around {P} (?:anus|bottom|back passage|privates)", "groin", "crotch", "privates", "private parts", "genitals", "bum", "butt", "buttocks", "(?:my|his|her) bottom(?! of)", "the bottom(?= (?:is|was|feels|felt|went|gone|has|s) )", "backside", "saddle", "inner thighs?", "inside (?:of )?(?:both |{P} )?(?:thighs|legs)", "down below", "below the belt", "nether regions", "(?:my|his|her) bits",
    "perineum", "(?:when|while|after) (?:i |he |she )?wip\\w*", "wiping(?! (?:down|off|up|away|the|{P}|sweat|tears))", "(?:the )?(?:part|bit|bits|area|parts) (?:i|he|she|you) sit on", "(?:right|just|exactly) where (?:i|he|she|you) sit", "where (?:i|he|she|you) sit(?= on (?:a|the|my|his|her) (?:\\w+ )?(?:seat|saddle|chair|toilet|stool|bike))", "on the toilet", "toilet paper", "when (?:i|he|she) (?:go|went) to the (?:loo|toilet|bathroom)", "anus", "rectum", "vagina", "penis", "testicles", "undercarriage", "(?:my|his|her) (?:nether|lady|man) (?:bits|parts)", "seat area", "(?:the )?toilet seat", "sitting area"],
  ["ahi abajo", "alla abajo", "(?:zona|parte|area) de abajo", "(?=abajo)(?<!\\b(?:para|hacia|pa|pa') )abajo(?= *(?:$|[.!;]|\\n))", "(?:la )?(?:parte|cara|lado|zona) (?:de )?(?:adentro|dentro|interna|interior) de (?:los|las|sus|mis|ambos|ambas) (?:muslos|piernas|piernitas)", "entre los muslos", "entrepierna", "ingle", "genitales", "partes (?:intimas|privadas)", "zona intima", "nalgas", "trasero", "cola", "pompis", "culete", "culito", "culo", "pompas", "posaderas", "perine", "al limpiarme", "al limpiarse", "cuando me limpio", "cuando se limpia", "con el papel", "(?:parte|zona|area)\\W+(?:\\w+\\W+){0,3}donde (?:me|se) sient[oa]", "cara interna de (?:los|mis) muslos", "entre (?:las|mis|sus) piernas", "(?:area|zona) de (?:la )?silla de montar", "(?:sus|mis) partes", "las partes", "zona genital", "parte de dentro de (?:los|mis|sus) muslos", "(?:el|su|mi) (?:pito|pene|pajarito|cosita|chochito|vagina)"],
);

const NUMB = lexicon(
  "numb or no feeling",
  ["numb(?:ness|ed|ing|ish|y|s)?", "num", "(?:cant|cannot|couldnt|can not) feel (?:\\w+ ){0,2}(?:paper|tissue|wiping|it when)", "no feeling", "no sensation", "lost (?:the |all )?sensation", "cant feel", "couldnt feel", "dont feel", "lost (?:the )?feeling", "dead", "tingl\\w*", "pins and needles", "like (?:a|an) (?:anaesthetic|anesthetic|injection)", "asleep",
    // The numbness of a dentist's jab, or of a thing that is not skin: "like cardboard", "like cotton wool".
    "(?:after|at|from) (?:a |the )?dentist\\w*", "dentist (?:injection|jab|numbing)", "like (?:cardboard|cotton wool|rubber|wood|leather|plastic)", "(?:had|like|with|after) (?:a )?(?:local )?(?:anaesthetic|anesthetic|novocaine|injection at the dentist)", "deaf", "like (?:sitting on )?cotton"],
  ["dormid\\w*", "(?:se (?:me|le) )?(?:durmio|durmieron|duerme|duermen)", "adormec\\w*", "entumid\\w*", "entumecid\\w*", "acorchad\\w*", "sin sensibilidad", "no (?:siento|siente|sentia|senti) nada", "no (?:siento|siente)", "hormigue\\w*", "insensible", "no (?:tengo|tiene|hay) (?:\\w+ )?sensibilidad", "(?:como )?(?:de|despues del?|con la) (?:anestesia|dentista)", "como (?:de )?(?:carton|corcho|algodon|goma|madera)", "(?:como )?(?:con )?anestesia", "no se siente (?:nada|igual)", "no (?:siente|siento|sentia) (?:el|la|los|las|su|sus|mi|mis) (?:\\w+ ){0,1}(?:ni|y)", "dormente\\w*", "sord[oa]s?", "como (?:sentad[oa] (?:en|sobre) )?algodon"],
);

/** Saddle numbness as people describe it: an odd feeling where one sits or wipes (the card's "altered feeling"). */
const WHERE_ONE_WIPES = lexicon(
  "where one sits or wipes",
  ["down there", "between {P} legs", "private (?:area|region|bits|parts)", "privates", "genitals", "back passage", "saddle", "(?:when|while|after) (?:i |he |she )?wip\\w*", "wiping(?! (?:down|off|up|away|the|{P}|sweat|tears))", "toilet paper"],
  ["ahi abajo", "alla abajo", "(?:zona|parte|area) (?:de abajo|intima)", "partes (?:intimas|privadas)", "genitales", "entre las piernas", "al limpiar(?:me|se)", "cuando (?:me|se) limpi\\w*", "con el papel"],
);
const FEELS_ODD = lexicon(
  "feels odd or different",
  ["(?:feels?|feeling|felt|is|s) (?:\\w+ )?(?:weird|strange|odd|different|funny|off|wrong|not (?:right|normal)|like (?:rubber|cardboard|wood|a glove|it isnt mine|its not mine))", "(?:is|isnt|s|are|arent) (?:not )?(?:mine|my own|part of me)", "(?:like )?(?:theres|there is) no feeling", "(?:like )?(?:its |it s )?someone else\\w*"],
  ["(?:se siente|siento|sentia|esta|lo siento|la siento) (?:\\w+ )?(?:rar[oa]|extran[oa]|diferente|distint[oa]|como (?:de )?(?:carton|madera|goma|ajen[oa]))"],
);
const SITTING_ON_SOMETHING = lexicon(
  "as if sitting on something",
  ["(?:like|as if|as though) (?:i am |im |hes |shes |he is |she is |i was |im always |i keep )?sitting on (?:a |an |something|some )?(?:\\w+ )?(?:wallet|cushion|pillow|lump|sock|rolled up|saddle|bike seat)"],
  ["como si (?:estuviera|estuviese|estoy|estaria) sentad[oa] (?:en|sobre) (?:un|una|algo) ?(?:cojin|almohada|cartera|calcetin|bulto)"],
);

/** Pain travelling down the legs is nerve-root pain from the back (sciatica), said without naming the back. */
const RADICULAR = lexicon(
  "nerve pain down the legs",
  ["sciatic\\w*", "(?:shoot\\w*|radiat\\w*|runs?|running|travel\\w*|going|goes|shot) (?:\\w+ ){0,2}down (?:both |{P} )?legs?", "nerve pain"],
  ["ciatic\\w*", "(?:me |le )?(?:baja|bajaba|corre|recorre) (?:\\w+ ){0,2}(?:por )?(?:las|ambas|la|mis|sus) (?:dos )?piernas?", "dolor de nervio"],
);
const BACK_OR_RADICULAR = anyOf("back or nerve pain down the legs", BACK, RADICULAR);

const BOTH_LEGS = lexicon(
  "both legs",
  ["both legs", "both (?:of )?{P} legs", "(?:my|his|her) legs are both", "both knees", "both (?:of )?{P} knees", "(?:my |his |her )?legs (?:\\w+ )?both", "both (?:of )?{P} legz", "both legz", "neither leg", "legs (?:\\w+ ){0,3}both of them", "legs (?:\\w+ ){0,2}are both", "neither leg (?:\\w+ ){0,2}(?:will|can|would|is going to) (?:hold|take|carry|support)", "legs(?: \\w+){0,3}, both of them"],
  ["las dos piernas", "ambas piernas", "(?:las|mis|sus) dos rodillas", "ambas rodillas", "ninguna (?:de las dos )?pierna", "las piernas (?:\\w+ ){0,3}las dos", "no (?:siento|siente|sentia) (?:bien |casi )?las piernas"],
);
/** Spanish names the legs first and how they feel after: "las dos piernas… las siento débiles". */
const LEGS_FELT_WEAK = lexicon("the legs felt weak, said after them", [], ["(?:las|los) (?:siento|siente|noto|nota|sentia) (?:muy )?(?:debiles|flojas|dormidas|sin fuerza)"]);
const LEGS_FAIL = lexicon(
  "legs weak or giving way",
  ["weak\\w*", "giving (?:way|out)", "gave (?:way|out)", "like jelly", "(?:gone|went|turned|going|turning) (?:to )?(?:jelly|rubber|mush|noodles|water)", "buckl\\w*", "wont hold", "numb(?:ness|ed|ing|ish|y|s)?", "dead", "heavy", "(?:wont|will not|doesnt|cant) (?:\\w+ ){0,1}hold (?:me|him|her)", "like (?:jelly|rubber|noodles|cooked spaghetti|wet string)", "(?:will|can|would) (?:\\w+ )?(?:hold|take|carry|support) (?:me|him|her)", "fold\\w*"],
  ["debil\\w*", "sin fuerza\\w*", "no (?:tengo|tiene|tenia) fuerzas?", "no (?:me|le) (?:sostienen|responden)", "se (?:me|le) doblan", "dormidas", "entum\\w*", "flojas", "(?:se (?:me|le) )?afloj\\w*", "no (?:me|le) (?:aguantan|sostienen)", "como (?:de )?(?:trapo|gelatina|flan|mantequilla)", "pesadas", "fall(?:an|aron|ando)", "no (?:siento|siente|sentia) (?:bien |casi )?(?:las dos |ambas )?piernas", "no (?:siento|siente|sentia) (?:bien |casi )?las piernas"],
);

/** The card's sexual items: a change in erection or ejaculation, or no feeling in the genitals during sex. */
const SEXUAL_CHANGE = lexicon(
  "a change in sexual function",
  ["(?:erection|ejaculat\\w*|sexual function|orgasm)", "(?:no|lost|losing|less|reduced) (?:\\w+ )?(?:feeling|sensation) (?:\\w+ ){0,2}(?:during|in|having) sex", "sex (?:\\w+ ){0,2}(?:numb|no feeling|different)", "(?:cant|cannot|couldnt|can not|dont|didnt) (?:\\w+ )?feel (?:\\w+ ){0,2}(?:during|in|having|when (?:we|i) (?:have|had)) sex"],
  ["(?:no (?:tengo|tiene|logro|logra|consigo|consigue|puedo tener|puede tener) (?:una )?)?erecci?on(?:es)?", "eyacula\\w*", "(?:no siento|sin sensibilidad|sin sensacion) (?:\\w+ ){0,2}(?:relaciones|sexo)"],
);

/** Clothes or bed found wet or soiled, and it was never felt: leaking without knowing (the card's "leaking urine"). */
const FOUND_WET = lexicon(
  "clothes or bed found wet or soiled",
  ["(?:underwear|pants|trousers|knickers|boxers|pyjamas|pajamas|bed|sheets|chair|seat|pad) (?:\\w+ ){0,2}(?:was|were|is|are|got|had got|found) (?:\\w+ )?(?:wet|damp|soaked|soiled|dirty)"],
  ["(?:ropa interior|calzones|calzon|pantalones|pantalon|bragas|calzoncillos|sabanas|cama|silla) (?:\\w+ ){0,2}(?:mojad[oa]s?|empapad[oa]s?|sucios?|sucias?|manchad[oa]s?)"],
);
const NEVER_FELT = lexicon(
  "never felt or noticed it",
  ["(?:hadnt|didnt|had not|did not|never) (?:even )?(?:notic\\w*|felt|feel|realis\\w*|realiz\\w*|know)", "without (?:noticing|feeling|realising|realizing|knowing)"],
  ["no (?:me |se )?(?:di|dio|dieron) cuenta", "sin (?:darme|darse|que (?:me|se) diera) cuenta", "no (?:lo )?(?:senti|sintio|note|noto)"],
);

/** Trying to pass urine and nothing comes (urinary retention, told as the attempt). */
const NOTHING_COMES = lexicon(
  "nothing comes out",
  ["nothing (?:\\w+ )?(?:comes?|came|coming)(?: (?:out))?", "(?:nothing|not a drop|barely anything|hardly anything) (?:would |will )?(?:come|comes|came) out", "nothing came"],
  ["no (?:me |le )?(?:sale|salio|sal\\w*) nada", "no (?:sale|salio) ni (?:una )?gota"],
);
/** Not to the toilet for a day or a night: a bladder that is not filling or not felt. */
const NO_TOILET_FOR_HOURS = lexicon(
  "not to the toilet for hours",
  ["(?:havent|hasnt|hadnt|not|cant|cannot|couldnt) (?:\\w+ ){0,3}(?:do|done|go|gone|manage|managed|had) (?:a )?(?:number one|wee|pee|piddle|tinkle|widdle) (?:since|for|all)", "(?:havent|hasnt|hadnt|not) (?:been|gone) to the (?:loo|toilet|bathroom) (?:all day|all night|since (?:last night|yesterday|this morning|lunch|breakfast)|(?:in|for) (?:\\w+ )?(?:\\d+|twelve|ten|eight|\\w+teen|\\w+ty) hours)", "(?:(?:my|his|her) )?(?:waters?|wee|pee) (?:has |have |s |is )?(?:stopped|not come|not coming)", "(?:havent|hasnt|hadnt|not) (?:been|gone|peed|had a (?:wee|pee)) (?:\\w+ ){0,3}since (?:last night|yesterday|this morning)", "(?:havent|hasnt|hadnt|not|didnt) (?:peed|pee|wee|weed|urinated|passed (?:urine|water)) (?:\\w+ ){0,2}(?:in|for) (?:\\w+ )?(?:\\d+|twelve|ten|eight|\\w+teen|\\w+ty|a day|a whole day)(?: hours| hrs| h)?", "(?:\\d+|twelve|ten|eight|fourteen|fifteen|sixteen|eighteen|twenty) (?:hours|hrs|h) (?:without|no) (?:peeing|a pee|a wee|urinating|urine)"],
  ["no (?:he|ha) ido al bano (?:en todo el dia|en toda la noche|desde (?:anoche|ayer|la manana|esta manana)|en (?:\\d+|\\w+) horas)", "no (?:he|ha) (?:orinado|hecho pis|hecho pipi|meado) desde (?:anoche|ayer|la manana|esta manana)", "no (?:orino|hago pis|hago pipi|meo|he orinado|ha orinado|orina) (?:\\w+ ){0,2}desde hace (?:\\d+|\\w+) horas", "no (?:orino|hago pis|hago pipi|meo|orina) desde (?:anoche|ayer|la manana|esta manana|hace)", "(?:\\d+|doce|diez|ocho|seis|muchas|varias|veinte) horas sin (?:orinar|hacer pis|hacer pipi|mear)"],
);
const BLADDER_WORDS = lexicon("the bladder or passing urine", ["bladder", "pee(?:s|d|ing|ed|pee)?", "wee(?:s|d|ing|ed|wee)?", "urin\\w*", "pass water", "make water", "spend a penny"], ["vejiga", "orin\\w*", "pis", "pipi", "mear"]);
const TOILET = lexicon("the toilet", ["toilet", "loo", "bathroom", "restroom"], ["bano", "inodoro", "taza", "retrete", "escusado", "wc"]);

/** Leakage known for years is not new (LABELS Clarifications): routine review, not an emergency. */
/** Leakage since childbirth, or on a cough, a sneeze or a laugh: the message's leaking is that, wherever it is said ("had it since my second baby"). */
const LEAKING_SINCE_CHILDBIRTH_OR_ON_EFFORT = explainingTheWholeMessage(
  lexicon(
    "leaking since childbirth or on effort",
    ["since (?:i had )?(?:the |my )?(?:kids|children|baby|babies|childbirth|birth|pregnancy|giving birth)", "(?:when|if) (?:i|he|she) (?:sneeze|laugh|cough|jump|lift|run)\\w*", "since (?:my|her|the) (?:\\w+ )?(?:baby|babies|kids|child|children|pregnancy|delivery|labou?r)", "always happens", "happens (?:all the time|a lot)", "nothing new", "since (?:i|she|he|we) had (?:the |my |her |our )?(?:kids|children|baby|babies|twins|son|daughter)"],
    ["desde el parto", "desde (?:que tuve|mis) (?:hijos|bebes|embarazo)", "al estornudar", "al toser", "al reir", "cuando (?:toso|estornudo|me rio|salto|brinco)", "desde (?:el|mi|los) (?:(?:primer|segundo|tercer|ultimo) )?(?:parto|partos|embarazo|embarazos)", "desde que tuve a (?:mis|mi) (?:hij\\w*|bebes?|nin\\w*)", "desde que (?:naci\\w+|tuve|tuvimos) (?:a )?(?:mi|mis|el|la|los|las) (?:\\w+ )?(?:hij\\w*|bebes?|nin\\w*|gemel\\w*)"],
  ),
);
const KNOWN_FOR_YEARS = lexicon(
  "known for years",
  ["for years", "(?:\\d+|two|three|four|five|six|several|many) years ago", "for (?:\\d+|two|three|four|five|six|several|many) years", "always (?:have|had|do)", "for ages", "years now"],
  ["desde hace anos", "hace anos", "de siempre", "desde (?:hace )?(?:\\w+ )?anos", "hace (?:\\w+ )?anos"],
);
const LONG_STANDING = anyOf("long-standing", KNOWN_FOR_YEARS, LEAKING_SINCE_CHILDBIRTH_OR_ON_EFFORT);

/** A little leakage without saying what, read only beside a long-standing cause ("when I sneeze, since my second baby"). */
const LEAKS_A_LITTLE = lexicon(
  "leaks a little",
  ["leak(?:s|ing|ed)? (?:a (?:little|bit|tiny bit)|some|slightly|a few drops|when)", "(?:little|small) leaks?", "(?:some|a little|a bit of|a little bit of|bit of|little bit of|slight|minor|occasional) (?:leaking|leakage|leaks|dribbling|dribbles)", "leaking (?:a (?:little|bit)|some|slightly|when|since)", "(?:leak\\w*|lose|losing|lost|dribbl\\w*) (?:my|his|her) water (?:a (?:little|bit|tiny bit)|some|slightly|a few drops|when|since|with)", "weak bladder", "bladder weakness", "bladders? (?:is |s |has been )?(?:a bit |a little )?weak"],
  ["se (?:me|le) (?:escapa|escapan|sale|salen) (?:un poco|un poquito|algo|unas gotas|unas gotitas|gotitas|tantito|poquito|un pelin|un chorrito)", "pequenas perdidas", "(?:un poco|algo) de perdida", "(?:un poco de|algo de|alguna|pequenas) (?:perdida|perdidas|escape|escapes)(?: (?:de orina|de pis))?", "perdidas? de orina", "escapes? de orina"],
);

/** "Nearly peed myself laughing": an idiom, not a bladder that leaks. */
/**
 * A loss of control told as new in its own clause, on no effort: "antes se me escapaba un poco al estornudar, desde ayer se me
 * sale la orina sola" — the old leakage on a sneeze does not explain the new one.
 */
const LOSS_TOLD_AS_NEW = lexicon(
  "a loss of control told as new",
  ["(?:since (?:yesterday|last night|this morning|the weekend)|suddenly|all of a sudden|out of nowhere|now)[^,.;!?]{0,30}\\b(?:leak\\w*|wet (?:myself|himself|herself|the bed)|pee\\w* (?:myself|himself|herself)|wee\\w* (?:myself|himself|herself)|pissed (?:myself|himself|herself)|(?:cant|cannot|can t) (?:hold|control) (?:it|my (?:bladder|bowels?|pee|wee)))(?![^,.;!?]*\\b(?:cough\\w*|sneez\\w*|laugh\\w*)\\b)"],
  ["(?:desde (?:ayer|anoche|esta manana|el fin de semana)|de repente|de golpe|ahora)[^,.;!?]{0,30}\\b(?:se (?:me|le) (?:sale|salio|escapa|escapo) (?:la orina|el pipi|la caca|el pis)|(?:me|se) (?:hago|hizo|hice|orino|orine|orina) (?:encima|en la ropa|pipi|en la cama)|no (?:puedo|puede) (?:aguantar|controlar) (?:la orina|el pipi|el pis|la vejiga|la caca))(?![^,.;!?]*\\b(?:tos\\w*|toser|estornud\\w*|reir|risa)\\b)"],
);

const WET_WITH_LAUGHING = lexicon(
  "wet with laughing, an idiom",
  ["(?:nearly|almost) (?:peed|wet|pissed) (?:my ?self|(?:my )?(?:pants|knickers))", "(?:peed|wet) (?:my ?self |(?:my )?(?:pants|knickers) )?(?:laughing|from laughing|with laughter)"],
  ["(?:casi|por poco) (?:me )?(?:hago pis|me meo|me orino|me hice pis)", "(?:me )?(?:hice pis|orine|mee) de (?:la )?risa"],
);

/**
 * The bladder or bowel by any name, and control lost or the urge not felt, with back pain: "can't hold my
 * water", "waterworks have shut down", "no aguanto el chis", "el intestino se me suelta solo", "se orinó
 * sin darse cuenta" (cauda equina card: new incontinence, retention, no sensation of needing to go).
 */
const BLADDER_OR_BOWEL = lexicon(
  "the bladder or bowel, by any name",
  ["bladder", "pee(?:s|d|ing|ed|pee)?", "wee(?:s|d|ing|ed|wee)?", "urin\\w*", "make water", "spend a penny", "piss\\w*", "(?:my|his|her) water", "waterworks", "bowels?", "poo\\w*", "stools?", "number (?:one|two|2)", "bum", "pants", "trousers", "underwear", "toilet"],
  ["vejiga", "orin\\w*", "pis", "pipi", "chis", "mear", "meado", "meo", "pee", "popo", "poop", "caca", "intestinos?", "vientre", "heces", "cag\\w*", "ensuci\\w*", "pantalon\\w*", "calzones", "ropa interior"],
);
const CONTROL_OR_URGE_GONE = lexicon(
  "control or the urge gone",
  ["(?:cant|cannot|couldnt|can no longer|unable to) (?:hold|control|stop|feel) (?:it|them|{P} \\w+)", "(?:sprung|springs?|springing) a leak", "leak(?:s|ing|ed|y)?", "(?:is |s |feels |gone |been |has gone |got )(?:\\w+ )?weak", "(?:shut|shutting) down", "stopped working", "(?:without|not) (?:knowing|noticing|feeling it|realising|realizing)", "(?:didnt|did not|never|couldnt) (?:feel|notice) (?:it|a thing|anything)(?: coming)?", "(?:an |had an |had a little )?accident", "(?:wont|will not|cant|cannot|couldnt) (?:go|come|start|get (?:it|anything) out)", "(?:no|lost (?:the )?|lost all )(?:urge|feeling|sensation|control)", "just (?:comes|came|runs|ran|leaks|leaked) out", "(?:not|dont|didnt|cant|cannot|havent) (?:\\w+ )?feel(?:ing)? the (?:urge|need)(?: to (?:go|pee|wee|poo))?", "(?:dont|do not|didnt|cant|cannot|no longer) (?:\\w+ )?(?:know|feel|notice) (?:\\w+ ){0,2}when (?:i|he|she) (?:need|needs|have to|has to|want|must) (?:to )?(?:go|the|a|pee|wee)"],
  ["no (?:puedo|puede|pude|pudo) (?:controlar|aguantar|retener|hacer|sentir)", "(?:debil|floja|flojo)(?! de\\b)", "no (?:aguanto|aguanta|controlo|controla|retengo|retiene)", "se (?:me|le) (?:sale|salio|escapa|escapo|suelta|solto|va|fue) (?:sol[oa]|solit[oa])", "sin (?:darse|darme) cuenta", "sin (?:enterarme|enterarse|sentirlo|sentir nada|querer)", "(?:ni|no) (?:lo|la) (?:senti|sintio|note|noto)", "no (?:lo|la) (?:senti|sintio) venir", "no (?:he|ha) sentido ganas", "sin ganas de", "(?:un |tuve un |tuvo un )?accident\\w*", "encima", "no (?:se|me) (?:dio|di) cuenta", "no (?:siento|siente|senti|sintio) (?:las )?ganas de (?:orinar|mear|hacer)", "no (?:siento|siente|sentia|tengo|tiene|me dan|le dan) (?:\\w+ )?ganas"],
);

/** Not made it to the toilet in time: with back pain, an accident the bladder or bowel did not warn of (the cauda equina card). */
const NOT_MADE_IT_IN_TIME = lexicon(
  "did not make it to the toilet",
  ["(?:didnt|did not|couldnt|could not|never) (?:quite )?(?:make it|get) to the (?:toilet|loo|bathroom|restroom|lavatory|bog|john|commode)(?: in time)?", "(?:didnt|did not|couldnt) make it in time"],
  ["no (?:llegue|llego|alcance|alcanzo|alcance a llegar|pude llegar|pudo llegar) (?:a tiempo )?al (?:bano|wc|servicio|inodoro|sanitario|excusado)"],
);

export const CAUDA_EQUINA_RULES: readonly ConceptRule[] = [
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "With back pain, not making it to the toilet in time (new loss of control).", sentence: [NOT_MADE_IT_IN_TIME], message: [BACK], unless: [KNOWN_FOR_YEARS, LEAKING_SINCE_CHILDBIRTH_OR_ON_EFFORT, WET_WITH_LAUGHING] },
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "New loss of bladder or bowel control, or cannot pass urine.", sentence: [BLADDER_OR_BOWEL_LOSS], unless: [KNOWN_FOR_YEARS, LEAKING_SINCE_CHILDBIRTH_OR_ON_EFFORT, WET_WITH_LAUGHING] },
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "A loss of control told as new in its own clause, with back pain, whatever leaked before.", sentence: [LOSS_TOLD_AS_NEW], message: [BACK], unless: [WET_WITH_LAUGHING] },
  { id: "leakage-long-standing", syndrome: "cauda-equina", level: "therapist", effect: "symptom", description: "Leakage known for years (e.g. since childbirth, when sneezing).", sentence: [anyOf("leakage", BLADDER_OR_BOWEL_LOSS, LEAKS_A_LITTLE)], message: [LONG_STANDING] },
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "Numbness in the saddle area: down there, groin, bottom, inner thighs, when wiping.", sentence: [SADDLE, NUMB] },
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "An odd or different feeling down there or when wiping (altered saddle sensation).", sentence: [WHERE_ONE_WIPES, FEELS_ODD] },
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "Feels as if sitting on a cushion or wallet (saddle numbness).", sentence: [SITTING_ON_SOMETHING] },
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "A change in sexual function, with back pain.", sentence: [SEXUAL_CHANGE], message: [BACK] },
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "Both legs weak or giving way, with back pain or pain shooting down the legs.", sentence: [BOTH_LEGS, LEGS_FAIL], message: [BACK_OR_RADICULAR] },
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "Both legs felt weak or numb, said after them ('las siento débiles'), with back or nerve pain.", sentence: [BOTH_LEGS, LEGS_FELT_WEAK], message: [BACK_OR_RADICULAR] },
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "Trying to pass urine and nothing comes out (retention).", sentence: [BLADDER_WORDS, NOTHING_COMES] },
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "Not to the toilet all day or night, with back pain (retention or no urge).", sentence: [NO_TOILET_FOR_HOURS], message: [BACK] },
  // On the toilet alone it could be constipation; with back pain the card asks about it as retention.
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "Sat on the toilet and nothing comes out, with back pain.", sentence: [TOILET, NOTHING_COMES], message: [BACK] },
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "Clothes or bed found wet or soiled, and it was never felt (leaking without knowing).", sentence: [FOUND_WET, NEVER_FELT], unless: [KNOWN_FOR_YEARS, LEAKING_SINCE_CHILDBIRTH_OR_ON_EFFORT] },
  { id: "cauda-equina", syndrome: "cauda-equina", level: "emergency", effect: "symptom", description: "The bladder or bowel by any name with control or the urge gone, and back pain.", sentence: [BLADDER_OR_BOWEL, CONTROL_OR_URGE_GONE], message: [BACK], unless: [KNOWN_FOR_YEARS, LEAKING_SINCE_CHILDBIRTH_OR_ON_EFFORT, WET_WITH_LAUGHING] },
];
