import { type ConceptRule, lexicon } from "../lexicon.js";
import { CAST_OFF, LONG_AGO, PAIN } from "../shared.js";

/**
 * Fracture, dislocation and tendon rupture, from the Ottawa ankle/knee rules (cannot bear weight,
 * bony tenderness), and the Simmonds / Thompson history of Achilles rupture (a snap, "like being
 * kicked"), and dislocation signs (visible deformity, a leg shorter or turned, cannot move it).
 */

const SNAP = lexicon(
  "a snap, crack or pop",
  ["something (?:\\w+ ){0,1}(?:snapped|cracked|popped|tore|ripped|gave|went pop|went snap)", "(?:felt|heard) (?:a |something )?(?:pop|snap|crack|tear|rip|twang)", "(?=snap)(?<!\\b(?:strap|straps|band|bands|string|lace|laces|buckle|velcro|handle|cord|elastic|theraband|tube|tubing|clip|chain|rope|belt|zip|zipper|cable) )snap(?:ped|ping|s)?", "crack(?:ed|ing|s)?(?! of dawn| on)", "pop(?:ped|ping|s)?(?! (?:in|by|over|round))", "clunk\\w*", "crunch(?:ed)?", "tore", "torn", "tearing", "ripped", "rupture\\w*", "something (?:went|gave|went twang|broke)", "twang", "kicked in the (?:back of|heel|calf)", "shot in the (?:back of|heel|calf)", "like a (?:whip|gunshot|rubber band)",
    // The snap told as the sound it made: "a noise like a branch going", "like a stick snapping".
    "(?:noise|sound|bang|crack|click) (?:\\w+ )?like (?:a |an |someone )?(?:\\w+ )?(?:branch|twig|stick|gunshot|gun going off|shot|whip|pencil|carrot|celery|firework|cap gun)", "went bang", "like (?:i|id|i had|he|hed|she|shed) (?:been|got) (?:shot|kicked|hit)"],
  ["chasquido", "crujido", "crac+k?", "cruji\\w*", "(?:hizo|ha hecho|hace|hacia|sono|sonar|senti|oi|escuche) (?:\\w+ ){0,2}(?:clac|crac|crack|crec|cloc|clic|pum|tac)", "(?:como|sono como) (?:una |un )?(?:rama|palo|ramita|lapiz) (?:que se )?(?:romp\\w*|quebr\\w*|part\\w*)", "tronido", "estalo", "trono", "tron[oó]", "truene", "trueno", "truena", "truenan", "trone", "crack", "crac", "clac", "se (?:me|le) (?:rompio algo|desgarro)", "rotura", "desgarr\\w*", "como (?:un latigazo|una patada|un balazo)", "algo (?:se rompio|trono|cruji\\w*)", "latigazo", "como una pedrada", "como si (?:me|le) (?:hubieran|hubiesen) (?:dado|pegado|tirado) (?:una )?(?:patada|pedrada|piedra|golpe)"],
);

/**
 * Tendon rupture as people tell it: an Achilles as if kicked or hit in the back of the heel or calf
 * when no one was there, and a gap or dent above the heel afterwards (Simmonds / Thompson history);
 * a quadriceps or patellar tendon as a dent just above or below the kneecap.
 */
const TENDON_GAP = lexicon(
  "tendon rupture told through the body",
  [
    "(?:kicked|hit|struck|shot|whacked|smacked|slapped) (?:me |him |her |them )?(?:in|on) (?:the )?(?:back of )?(?:{P} )?(?:heel|calf|ankle|achilles|lower leg|leg)",
    "(?:a |an )?(?:whack|thump|kick|blow|smack|knock|bang|thwack) (?:\\w+ ){0,2}(?:at|in|on|to) the back of (?:{P} )?(?:leg|heel|calf|ankle|achilles|lower leg)",
    "(?:heel|calf|achilles|ankle|back of {P} (?:leg|heel|calf|ankle)) (?:\\w+ ){0,3}(?:like|as if|as though) (?:\\w+ ){0,3}(?:hit|kicked|struck|shot|whacked|smacked|thumped)",
    "(?:gap|dent|hollow|dip|divot|hole|soft spot) (?:\\w+ ){0,3}(?:above|behind|in|at the back of) (?:{P} )?(?:heel|achilles|tendon|ankle)",
    // Quadriceps or patellar tendon rupture: a dent above or below the kneecap, the knee cannot be straightened.
    "(?:gap|dent|hollow|dip|divot|hole|soft spot|sunken bit) (?:\\w+ ){0,3}(?:just )?(?:above|below|under|over) (?:{P} )?(?:kneecap|knee cap|patella|knee)",
  ],
  [
    "(?:patada|golpe|pedrada|balazo|pelotazo|latigazo) (?:\\w+ ){0,2}(?:en|atras|detras)(?: de)?(?: {S}| del)? ?(?:talon|pantorrilla|tobillo|tendon|pierna)",
    "(?:hueco|hundido|hundimiento|agujero) (?:\\w+ ){0,3}(?:arriba del|encima del|sobre el|detras del|en el) (?:talon|tendon|tobillo)",
    "(?:hueco|hundido|hundimiento|agujero) (?:\\w+ ){0,3}(?:arriba|encima|abajo|debajo) de (?:la |mi |su )?(?:rodilla|rotula)",
  ],
);

const SEVERE_OR_DISABLING = lexicon(
  "severe pain or loss of function",
  [
    "severe", "agony", "excruciating", "unbearable", "screaming", "killing me", "worst", "intense", "sharp", "sudden\\w*", "really bad", "so bad",
    "(?:cant|cannot|couldnt|unable to) (?:put (?:any )?weight|bear weight|walk|stand|move it|lift|straighten|bend|push off|go on (?:tip ?toes|tiptoe)|(?:stand|get|go|rise) (?:up )?on (?:{P} )?(?:tip ?toes|tiptoe|toes))", "(?:cant|cannot|couldnt|unable to|wont) (?:\\w+ ){0,1}put (?:{P} |that |the )?(?:foot|leg) (?:down|to the (?:floor|ground))",
    "swelled (?:up )?(?:immediately|straight away|right away|fast)", "(?:swelled|swelling|swollen|blew|ballooned|puffed) (?:right )?up", "ballooned", "(?:like|the size of) a (?:balloon|golf ball|tennis ball|grapefruit|orange|melon|egg)", "twice the size", "bruis\\w*", "deformed", "limp\\w*", "pain\\w*", "hurts?", "hurting", "(?:8|9|10)(?:/10| out of 10)",
  ],
  ["fuerte\\w*", "fuertisimo", "insoportable", "horrible", "agudo", "intenso", "de golpe", "no (?:puedo|puede|pude) (?:apoyar|caminar|mover\\w*|estirar|doblar|pisar|(?:pararme|ponerme|subirme|estar) de punt(?:itas|illas))", "no (?:me|se) (?:puedo|puede|pude|pudo) (?:parar|poner|subir) de punt(?:itas|illas)", "no (?:la|lo|me la|me lo|le) (?:puedo|puede|pude|pudo) (?:apoyar|pisar|mover\\w*|estirar|doblar)",
    "(?:se )?(?:me |le )?hinch\\w* (?:bien |muy |super )?(?:de inmediato|inmediatamente|enseguida|al instante|al momento|rapid\\w*|luego luego|de golpe|muchisimo|un monton)", "no (?:aguanto|aguanta|soporto|puedo) (?:pararme|estar de pie|ponerme de pie|pisar|apoyar)", "no consigo (?:apoiar|apoyar|andar|pisar|caminar|mover\\w*)", "moret\\w*", "morado", "como (?:una |un )?(?:pelota|globo|naranja|toronja|huevo|melon)", "cojea\\w*", "dolor\\w*", "duele\\w*", "no (?:puedo|puede|pude|pudo) (?:poner|put|apoyar) (?:\\w+ )?(?:weight|peso)"],
);

const BROKEN = lexicon(
  "a broken bone",
  ["fractur\\w*(?! (?:clinic|liaison|service|team|nurse|unit))", "crack\\w* (?:a |my |his |her |\\w+ )?(?:ribs?|bones?|wrist|ankle|hip|kneecap|elbow|collarbone|vertebra)", "broke (?:{P} )?(?:wrist|ankle|hip|arm|leg|foot|toe|finger|rib|ribs|kneecap|elbow|collarbone|shoulder|bone)", "broken (?:wrist|ankle|hip|arm|leg|foot|toe|bone|kneecap|elbow|rib|ribs|collarbone)", "(?:wrist|ankle|hip|arm|leg|foot|bone|kneecap) (?:is |might be |could be |looks )?broken"],
  ["fractur\\w*(?! (?:clinic|liaison|service|team|nurse|unit))", "(?:me|se) (?:rompi|rompio|fisure|fisuro) (?:el|la|un|una|mi|su) (?:muneca|tobillo|cadera|brazo|pierna|pie|hueso|rodilla|codo|costilla)", "hueso roto", "(?:muneca|tobillo|cadera|brazo|pierna|pie|hueso) (?:rot[oa]|quebrad[oa])", "quebr\\w*(?! (?:una una|la una|mi una|unas|las unas|mis unas|el celular|mi celular|el telefono|mi telefono|la pantalla|el vaso|un vaso|el plato|un plato|la taza|los lentes|mis lentes|las gafas|la liga|la banda))",],
);

/** Typed fast (issue #11): "its def broken", "creo q me lo rompí", the body part named earlier or not at all. */
const BROKEN_UNNAMED = lexicon(
  "it is broken, the part unnamed",
  ["(?:its|it is|thats|that is|its gotta be|it must be|it has to be) (?:def |deff |defo |deffo |definitely |prob |probably |totally |for sure )?broken(?! (?:again|now|off|into))"],
  ["(?:creo que |segur[oa] que |seguro |ya )?(?:me|se) (?:lo|la) (?:rompi|rompio|quebre|quebro|fracture|fracturo)(?= *(?:$|[.!;]|\\n)| *[,.!]| (?:bro|wey|la neta|creo|no puedo|y no))"],
);
/** Things that break and are not bones: "the band snapped, its def broken", "el celular, creo que me lo rompí". */
const THINGS_THAT_BREAK = lexicon(
  "things that break",
  ["band", "bands", "phone", "screen", "tv", "laptop", "car", "glasses", "chair", "streak", "record", "machine", "bike", "app", "link", "printer", "watch", "strap", "heart", "patience", "spirit", "wallet", "bank", "budget", "promise", "computer", "fridge", "heater", "boiler", "dishwasher", "washing machine", "door", "window", "toilet", "system", "website"],
  ["paciencia", "cartera", "billetera", "presupuesto", "promesa", "computadora", "ordenador", "nevera", "heladera", "calentador", "lavadora", "puerta", "ventana", "sistema", "pagina", "banda", "liga", "celular", "telefono", "pantalla", "tele", "carro", "coche", "lentes", "gafas", "silla", "bici", "aplicacion", "reloj", "corazon", "una una", "unas"],
);

/** "se me zafó la llave", "se le salió el tapón": a thing that slipped or came out, not a joint; "se me salió el hombro" is one. */
const NO_OBJECT_AFTER = String.raw`(?! (?:la|el|las|los|un|una|mi|su) (?!(?:hombro|rodilla|rotula|cadera|codo|muneca|tobillo|dedo|mandibula|quijada|clavicula|hueso|protesis|articulacion|pierna|brazo|pie|mano|cuello|vertebra|disco)s?\b)\w)`;

const POPPED_OUT = lexicon(
  "a joint that popped out",
  ["dislocat\\w*", "luxat\\w*", "(?:shoulder|kneecap|knee cap|patella|jaw)s? (?:just |completely |fully )?went(?= (?:during|doing|while|when|on|in|as|at|again)\\b|\\s*[,.!;]|\\s*$)", "(?:knee|kneecap|knee cap|hip|shoulder|ankle|elbow|finger|jaw|joint|patella)s? (?:\\w+ ){0,2}(?:came|popped|slipped|slid|shifted|moved|went|pops|comes|pop|slips|slides) (?:right )?(?:back )?(?:out(?: to the side)?|(?:over )?to the (?:side|outside)|sideways)", "(?:popped|slipped|slid|shifted|came|went|pops|comes) (?:right )?out of (?:its |the )?(?:place|joint|socket)", "subluxat\\w*", "(?:finger|thumb|toe|knuckle|elbow|wrist|ankle|kneecap|knee cap|shoulder)s? (?:\\w+ ){0,2}(?:bent|pointing|sticking out|twisted|turned) (?:\\w+ )?(?:sideways|sidewise|side ?ways|the wrong way|backwards|at a (?:weird|funny|strange|wrong|odd) angle)", "(?:kneecap|knee cap|patella) (?:\\w+ ){0,3}(?:sitting|sits|is|stuck|gone|moved|shifted) (?:\\w+ )?(?:round|around|on|to|over) the (?:outside|side|inside)", "(?:foot|ankle|hand|wrist|finger|leg|arm|elbow|knee)s? (?:\\w+ ){0,2}(?:pointing|facing|turned|bent|went|gone) (?:\\w+ )?(?:the wrong way|sideways|backwards|the other way)", "(?:knee|kneecap|hip|shoulder|ankle|elbow|finger|thumb|jaw|joint|patella)s? (?:\\w+ ){0,2}(?:clunk|clunked|clunks|clicked|went) out"],
  [`se (?:me|le) (?:salio|zafo|disloco|safo)(?! (?:la |el |las |los )?(?:arena|relleno|agua|aire|tinta|liquido|sangre|pus|espuma)\\b)${NO_OBJECT_AFTER}`, "luxaci\\w*", "subluxaci\\w*", "dislocad\\w*", "(?:dedo|codo|muneca|tobillo|rotula|hombro) (?:\\w+ ){0,2}(?:doblad[oa]|torcid[oa]|chuec[oa]) (?:hacia |para )?(?:un lado|el lado|atras|al reves)", "(?:dedo|codo|muneca|tobillo|rotula|hombro) (?:\\w+ ){0,3}(?:torcid[oa]|doblad[oa]|chuec[oa]) (?:\\w+ )?en (?:un )?angulo (?:raro|extrano|feo)", "(?:pie|tobillo|mano|muneca|dedo|pierna|brazo|codo|rodilla) (?:\\w+ ){0,6}(?:apuntando|mirando|volteado|vuelto) (?:\\w+ )?(?:(?:pa|para|hacia) (?:el )?otro lado|al reves|hacia atras|para atras)", "(?:hombro|rodilla|rotula|cadera|codo|dedo|tobillo|mandibula) salid[oa]", "(?:hombro|rodilla|cadera|rotula|codo|dedo|tobillo|mandibula) (?:\\w+ ){0,2}se (?:me |le )?(?:salio|zafo|disloco|safo|(?:ha|habia) (?:salido|zafado|dislocado|desencajado))(?! (?:bien|perfecto|genial))"],
);

const STILL_OUT = lexicon(
  "still out of place or cannot be moved",
  ["still out", "stuck out", "(?:cant|cannot|couldnt|unable to) (?:straighten|bend|lower|bring down) (?:it|{P} \\w+)", "(?:is|its|still|now) stuck(?= *(?:$|[.!;]|\\n)|[,!.]| there| now| like that)", "(?:wont|will not|didnt|hasnt|doesnt|wouldnt) (?:go|pop|slip|gone|went|slide) back", "stuck (?:there|like that|in that position|out of place)", "(?:cant|cannot|couldnt) move (?:it|{P} \\w+)", "out of (?:its |the )?(?:place|joint|socket)", "(?:pointing|facing|bent|turned|sticking out) (?:\\w+ )?(?:the wrong way|sideways|backwards)", "(?:at|in) (?:a |an )?(?:weird|funny|wrong|odd|strange|horrible) angle", "(?:weird|odd|funny|strange|wrong) (?:square|flat|boxy) shape", "square shape", "bent (?:\\w+ )?(?:funny|weird|wrong|sideways)", "(?:cant|cannot|couldnt) move (?:the|my|his|her) (?:\\w+ )?(?:arm|leg|fingers|hand|knee) at all"],
  ["(?:sigue|esta) (?:fuera|salid[oa])", "no (?:se )?(?:ha )?(?:vuelto|regresado|entrado)", "no (?:\\w+ )?(?:regresa|vuelve|entra) (?:a su lugar|a su sitio)", "no (?:la|lo) (?:puedo|puede) mover", "fuera de (?:su )?(?:lugar|sitio)", "(?:esta|quedo|se ve|se fue|se quedo) (?:\\w+ )?hacia (?:un|el) lado", "no (?:la|lo)? ?(?:puedo|puede) (?:estirar|doblar) (?:la pierna|el brazo|la rodilla)", "(?:apuntando|mirando|volteado) (?:\\w+ )?(?:para el otro lado|al reves|para atras)", "en (?:un )?angulo (?:raro|extrano|feo)", "no (?:lo|la) (?:muevo|mueve|puedo mover)", "no (?:puedo|puede|pude|pudo) (?:mover|subir|levantar) (?:el|la|mi|su) (?:brazo|pierna|hombro|rodilla|codo|mano|dedo)", "(?:se ve|queda|quedo|tengo|tiene) (?:como )?un (?:hueco|hundimiento|pozo)"],
);

const OUT_OF_PLACE = lexicon(
  "a joint visibly out of place",
  [
    "(?:leg|foot|knee|kneecap|hip|arm|shoulder) (?:looks|is|seems|now) twisted", 
    "(?:leg|foot|knee|kneecap|hip|arm|shoulder) (?:\\w+ )?(?:looks |is |seems |now )?(?:more short|(?:turns?|turned|turning) (?:to the )?(?:outside|inside|outwards?|inwards?)|shorter|turned (?:in|out)|twisted(?! (?:and|when|as|while|on|under|awkwardly|badly|funny|during|going|stepping|getting|coming|landing|playing|skiing|running)\\b)|rotated|at (?:a |an )?(?:weird|odd|funny|strange) angle|pointing (?:the wrong|sideways|out)|bent the wrong way|deformed|misshapen|wrong shape)",
    "(?:shorter|twisted|deformed) (?:leg|foot|knee|hip|arm)", "bone (?:is )?(?:sticking|poking) out", "bone (?:is |s )?(?:\\w+ )?(?:sticking|poking|pushing|coming)(?= *(?:$|[.!;]|\\n)| *[.,!;]| through)", "(?:bent|looks?|shaped) like a (?:dinner )?(?:fork|tenedor)", "dinner fork", "(?:wrist|ankle|arm|forearm|elbow|finger|thumb|toe|shoulder|kneecap)s? (?:\\w+ ){0,2}(?:bent|pointing|sticking|going|turned) (?:out )?sideways", "(?:wrist|ankle|arm|forearm|elbow|finger|thumb|toe|shoulder|kneecap)s? (?:\\w+ ){0,3}(?:stuck|sticking|poking) out (?:weird|funny|wrong|oddly|at an angle)", "(?:legs?|foot) (?:\\w+ ){0,4}(?:shorter|turned (?:in|out|outwards?|inwards?|sideways|to the side))", "(?:leg|foot|knee) (?:\\w+ ){0,2}(?:rolled|turned|twisted|pointing|rotated|flopped) (?:out|in|outwards|inwards|outward|inward|to the side)",
    "(?:wrist|ankle|arm|forearm|elbow|finger|thumb|toe|leg|shoulder) (?:\\w+ ){0,2}(?:bent|bends|bending|sitting|sticking|pointing|going|looks|looking|is) (?:\\w+ ){0,2}(?:a |an )?(?:funny|weird|odd|strange|wrong|unnatural|awkward) (?:shape|angle|way|direction)", "(?:a |an )?(?:dinner fork|s) shape(?:d)?", "(?:looks?|looking|shaped|bent|bends|sitting) like a (?:dinner )?fork",
    // "Its bent in a weird shape", said of the limb just named.
    "(?<=\\b(?:wrist|ankle|arm|forearm|elbow|finger|thumb|toe|leg|shoulder|knee|hand|foot|collarbone)\\b[^.!?]{0,40})(?:its|it is|is|s|now|all) (?:all )?bent (?:in |at |into )?(?:a |an )?(?:funny|weird|odd|strange|wrong|unnatural|awkward) (?:shape|angle|way|direction)",
    "(?:shoulder|hip|kneecap|knee cap|patella|elbow|jaw) (?:is |s |has gone |went )(?:back |right |completely )?out(?= *(?:$|[.!;]|\\n)|[.!,]| again| of (?:its |the )?(?:socket|joint|place))", "bone (?:\\w+ )?(?:sticking|poking|coming|breaking|pushing) (?:out|through)", "(?:see|seeing|can see) (?:the )?bone",
    "(?:shoulder|hip|knee|kneecap|elbow|finger|thumb|jaw|ankle|joint|patella)(?: replacement)? (?:\\w+ ){0,2}(?:is |s |still |now )?out of (?:its |the )?(?:socket|joint|place)", "(?:replacement|new (?:hip|shoulder|knee)) (?:feels|felt) (?:like|as if) (?:its|it is|it s|it has|its gone|it went|it came) (?:\\w+ )?out of (?:its |the )?(?:socket|joint|place)",
    "(?:kneecap|knee cap|patella|knee|shoulder|hip|elbow|finger|ankle) (?:is |s )?(?:stuck|sitting|sticking|locked|pushed) (?:out )?(?:to the side|out of place|on the outside|sideways|in the wrong place)",
    "(?:wrist|forearm|arm|finger|ankle|leg|shin|toe|elbow|shoulder|knee|hip) (?:\\w+ ){0,2}(?:looks?|looking|seems|is) (?:all |really |totally |completely |kind of |kinda )?(?:crooked|wonky|misshapen|lopsided|out of place|the wrong shape|(?:bent )?(?:and |all )?wrong)(?! (?:to me|colou?r))",
    "(?:wrist|forearm|finger|shin|toe|collarbone) (?:\\w+ ){0,2}(?:looks?|looking|seems) (?:all |really |totally |kind of )?bent",
    "(?:finger|thumb|pinky|pinkie|toe|wrist|ankle|knee|kneecap|elbow|arm|leg) (?:\\w+ ){0,4}(?:bent|pointing|sticking|going|facing|turned) (?:out )?(?:sideways|backwards|the wrong way|the other way|to the side)", "(?:its|it s|it is|is now|now) (?:all )?(?:bent|pointing|facing) (?:sideways|backwards|the wrong way)", "(?:lump|bump|step) (?:\\w+ ){0,2}where (?:the|my|his|her) (?:bone|wrist|collarbone|shoulder)",
    // Dislocation signs told plainly (AAOS, hip-replacement leaflets): a bump where there should be none, a squared-off
    // shoulder, an arm held out from the side that will not come in, a jaw stuck open, a joint gone deformed.
    "(?:lump|bump|knob|bulge|ball) (?:\\w+ ){0,3}where (?:\\w+ )?(?:shouldnt|should not|isnt|is not|wasnt|never was|never used to) (?:be )?(?:one|anything|a bump|a lump)?",
    "shoulder (?:\\w+,? ){0,3}(?:squared?(?: off)?|boxy|flat(?:tened)?(?: off)?|sunken|caved in)(?! (?:up|away|away from))", "(?:dent|hollow|dip|gap) (?:\\w+ ){0,2}(?:in|at|on|under) (?:the (?:top|side|point) of )?{P} shoulder(?! (?:from|since|after) (?:the |my )?(?:surgery|op|operation))",
    "bone (?:\\w+ ){0,2}(?:sticking|poking|pushing) (?:forward|up|forwards|out the front)",
    "arm (?:\\w+ ){0,4}(?:out )?(?:away from|out from) (?:{P} )?(?:body|side) (?:\\w+ ){0,3}(?:cant|cannot|couldnt|wont|will not) (?:\\w+ ){0,1}(?:bring|move|put|get|lower)",
    "jaw (?:\\w+ ){0,2}(?:stuck|locked|jammed) (?:wide )?open", "(?:cant|cannot|couldnt) close {P} (?:mouth|jaw)(?! (?:all the way )?(?:when|while|after) (?:i )?(?:chew|eat|yawn))",
    "(?:looks?|looking|is|seems|gone|went|very|so) (?:all |really |totally |completely |kind of |kinda |a bit |badly |very )?(?:deformed|misshapen)",
    "(?:bent|bend\\w*) (?:\\w+ ){0,4}(?:where|in a way|in places) (?:it|they|a \\w+|an \\w+|bones?) (?:shouldnt|should not|isnt (?:meant|supposed) to|doesnt normally|cant|never)",
    "(?:wrist|forearm|arm|leg|shin|finger|ankle|collarbone) (?:\\w+ ){0,3}(?:like a|has a|into a) (?:step|staircase|zigzag|z shape|banana)", "(?:wrist|forearm) (?:\\w+ ){0,3}(?:shaped )?like a (?:dinner )?fork", "(?:dinner )?fork (?:shape|shaped|deformity)",
    "(?:bone|bony bit|it) (?:\\w+ ){0,3}(?:poking|pushing|pressing|sticking) (?:up )?(?:against|under|into) (?:the |{P} )?skin", "tenting", "skin (?:\\w+ )?tented",
    "(?:kneecap|knee cap|patella) (?:\\w+ ){0,2}(?:moved|shifted|slid|gone|went) (?:over )?to the (?:side|outside)", "(?:kneecap|knee cap|patella) (?:is|s|went|gone|sits|sitting) (?:\\w+ ){0,2}on the (?:side|outside) of (?:the|my|his|her) (?:leg|knee)", "(?:sitting|sits|is|stuck) (?:\\w+ )?in (?:completely |totally |entirely )?the wrong place", "kneecap(?:s| s| has| is)? (?:moved|gone|sitting|sits|stuck|shifted) (?:\\w+ )?(?:round|over|off|out) to the side(?! and back)", "(?:its|it is|it s) (?:\\w+ )?bent (?:sideways|the wrong way|backwards)(?:[ ,]+\\w+){0,6}[ ,]+(?:cant|cannot|couldnt) move it", "(?:snap|crack|pop)\\w* in (?:my|his|her) (?:wrist|ankle|arm|leg|finger|elbow)(?:[ ,]+\\w+){0,10}[ ,]+(?:bent|looks) (?:funny|weird|wrong|sideways)", "(?:l|r|left|right) (?:leg|arm) (?:\\w+ ){0,2}(?:shortened|externally rotated|internally rotated)", "(?:shortened|externally rotated) (?:and|&) (?:externally |internally )?rotated"
  ],
  [
    "(?:pierna|pie|rodilla|cadera) (?:\\w+,? ){0,4}(?:mas corta|torcida|girada|volteada)",
    // "torcido" alone is a sprain in Spanish ("tobillo torcido"), so the wrist and ankle need a shape word.
    "(?:pierna|pie|rodilla|cadera) (?:\\w+ ){0,8}(?:torcid[oa]|girad[oa]|voltead[oa]|vuelt[oa]|rotad[oa]) (?:hacia|para|pa) (?:dentro|adentro|fuera|afuera)(?! (?:de nacimiento|desde (?:siempre|nin\\w*|chic\\w*|pequen\\w*)))", "(?:pierna|pie|rodilla|cadera|muneca|brazo|codo|dedo|hombro|tobillo) (?:\\w+ ){0,2}(?:chuec[oa]|deforme|(?<!\\b(?:poner\\w*|acostar\\w*|tumbar\\w*|echar\\w*|dormir|duermo|acostad[oa]|tumbad[oa]|recostad[oa]|girar\\w*|voltear\\w*) )de lado|en mala posicion|para otro lado|fuera de lugar|con forma rara)",
    // Left pointing the wrong way: "se me volteó el tobillo… y quedó apuntando pa otro lado".
    "(?:pierna|pie|rodilla|cadera|muneca|brazo|codo|dedo|hombro|tobillo) (?:\\w+ ){0,6}(?:quedo|queda|quedado|esta|se ve) (?:\\w+ )?(?:apuntando|mirando|volteado|vuelto|girado) (?:\\w+ )?(?:(?:pa|para|hacia) (?:el )?otro lado|al reves|hacia atras|para atras)",
    "deforme", "deformad[oa]", "(?:doblad[oa]|torcid[oa]|quedo|queda) (?:en|de|con) (?:una )?forma (?:rara|extrana|fea|de tenedor)", "(?:muneca|brazo|antebrazo|pierna|tobillo) (?:[\\w,]+ ){0,8}como (?:en |un |una )?(?:tenedor|escalon|zeta|bayoneta)", "(?:muneca|antebrazo|brazo) (?:\\w+ ){0,3}(?:forma|figura) de (?:tenedor|bayoneta|escalon|zeta)", "(?:dedo|muneca|brazo|codo|tobillo|pie) (?:\\w+ ){0,2}doblad[oa] (?:para|hacia) (?:atras|un lado|el otro lado|afuera|adentro)", "el hueso (?:\\w+ )?(?:empuja|presiona|levanta|estira) la piel", "hueso (?:saliendo|salido|expuesto|de fuera|por fuera)", "se (?:me |le )?(?:ve|ven|sale|asoma) (?:el|un) (?:hueso|huso)", "(?:rotula|rodilla|hombro|codo|dedo) (?:\\w+ ){0,3}(?:de lado|hacia (?:un|el) lado|fuera de (?:su )?(?:lugar|sitio))",
    "(?:bulto|bola|bolita|chipote|protuberancia) (?:\\w+ ){0,3}donde no (?:deberia|debe|debia|habia|hay)", "hombro (?:\\w+,? ){0,6}(?:cuadrad\\w*|hundid\\w*|plan[oa])", "(?:pie|pierna|rodilla) (?:\\w+,? ){0,4}(?:girad[oa]|voltead[oa]|virad[oa]|apunta|apuntando) (?:hacia |para |pa )?(?:afuera|adentro|fuera|dentro|un lado)",
    "(?:mandibula|quijada|boca) (?:\\w+ ){0,2}(?:trabad[oa]|atorad[oa]|atascad[oa])(?: (?:abierta))?", "no (?:puedo|puede) cerrar la boca", "(?:quedo|se ve|esta|se quedo) (?:como |toda |todo |muy )?(?:chuec[oa]|deforme|desviad[oa])", "(?:se (?:le|me) ve )?deforma(?= *(?:$|[.!;]|\\n)| *[,.!])", "virad[oa]? pa(?:ra)? (?:un|el otro) lado", "pierna (?:\\w+ ){0,2}(?:acortada|mas corta) (?:y|e) (?:\\w+ )?rotada"],
);

/** A joint that gave way under the patient: with sudden sharp pain or since unable to walk, it is a same-day injury. */
const JOINT_GAVE_WAY = lexicon(
  "a joint gave way",
  ["(?:knee|hip|ankle|leg|back) (?:\\w+ ){0,2}(?:gave way|gave out|gives (?:way|out)|buckled|buckles|went (?:out )?from under (?:me|him|her))", "(?:knee|hip|ankle|leg|back) (?:\\w+ ){0,5}and (?:gives|gave) (?:way|out)"],
  ["se (?:me|le) (?:doblo|fue|vencio|safo) (?:la|el) (?:rodilla|cadera|tobillo|pierna)", "(?:rodilla|cadera|tobillo|pierna) (?:\\w+ ){0,2}se (?:me|le) (?:doblo|fue|vencio)"],
);
const SHARP_OR_DISABLING = lexicon(
  "sharp pain, or unable to walk on it",
  ["sharp", "stabbing", "severe", "agony", "excruciating", "unbearable", "(?:cant|cannot|couldnt|unable to|can barely|can hardly|barely able to) (?:put (?:any )?weight|bear weight|walk|stand)"],
  ["punzante", "pinchazo", "agud[oa]", "insoportable", "(?:no|apenas) (?:puedo|puede|pude|pudo) (?:apoyar|caminar|andar|pisar)"],
);

/** A mechanism of injury: the moment something happened to a limb. */
const INJURY_MECHANISM = lexicon(
  "a mechanism of injury",
  [
    "(?:landed|fell|came down) (?:hard |badly |awkwardly |wrong )?on (?:{P} )?(?:wrist|hand|arm|elbow|shoulder|ankle|foot|knee|hip|leg|side)", "(?:twisted|rolled|turned|went over on|sprained|jammed|stubbed|smashed|crushed|caught) (?:{P} )?(?:ankle|knee|wrist|foot|toe|finger|leg|hand)",
    "(?:ankle|knee|foot|leg) (?:\\w+ )?(?:went over|rolled|twisted|buckled|gave way|gave out|collapsed)", "(?:dropped|fell) (?:\\w+ ){1,3}on (?:{P} )?(?:foot|toe|hand|finger)",
    "(?:banged|bashed|whacked|hit|knocked|slammed|smacked) (?:{P} )?(?:wrist|hand|arm|elbow|shoulder|ankle|foot|knee|kneecap|hip|leg|shin|toe|finger|thumb)", "(?:wrist|hand|arm|elbow|shoulder|ankle|foot|knee|kneecap|hip|leg|shin) (?:\\w+ ){0,2}(?:smashed|slammed|banged|crashed|went) (?:into|against)",
    "(?:fell|landed|came down) on (?:{P} |an )?outstretched (?:hand|arm)",
  ],
  [
    "(?:cai|cayo|aterrice|aterrizo) (?:\\w+ )?(?:sobre|en) (?:{S} )?(?:muneca|mano|brazo|codo|hombro|tobillo|pie|rodilla|cadera|pierna|lado)", "(?:me|se) (?:torci|torcio|doble|doblo|lastime|lastimo|golpee|golpeo|pegue|pego|machuque|machuco) (?:{S} )?(?:tobillo|rodilla|muneca|pie|dedo|pierna|mano)",
    "se (?:me|le) (?:doblo|torcio|fue|volteo) (?:{S} )?(?:tobillo|rodilla|pie)",
  ],
);
const CANNOT_BEAR_OR_MOVE = lexicon(
  "cannot bear weight or move it since",
  ["(?:cant|cannot|couldnt|unable to|not able to) (?:\\w+ )?(?:put (?:any )?weight on|support (?:the |any |my )?weight|bear weight|walk on|stand on|move|turn|bend|straighten|use|grip with|hold anything with)(?! (?:it|them) (?:much|fully|all the way|properly) yet)", "(?:cant|cannot|couldnt|unable to|not able to) (?:even )?(?:take|manage|do|walk) (?:\\w+ )?(?:steps?|a step)", "(?:cant|cannot|couldnt|unable to|not able to) weight ?bear\\w*"],
  ["no (?:puedo|puede|pude|pudo|logro) (?:apoyar|pisar|caminar|mover|doblar|estirar|girar|usar|cerrar|pararme|pararse|ponerme de pie|levantarme|levantarse)\\w*", "no (?:la |lo )?(?:apoyo|piso|apoya|pisa)\\b", "no (?:la|lo|las|los) (?:puedo|puede|pude|pudo) (?:apoyar|pisar|mover|doblar|estirar|girar|usar)"],
);
const BRUISED_AND_SWOLLEN = lexicon(
  "swelling and bruising together",
  ["(?:swollen|swelled|swelling) (?:\\w+ ){0,3}(?:bruis\\w*|black and blue|purple)", "(?:bruis\\w*|black and blue|purple) (?:\\w+ ){0,3}(?:swollen|swelled|swelling)"],
  ["hinch\\w* (?:\\w+ ){0,5}(?:morad\\w*|moreton\\w*|negr\\w*)", "(?:morad\\w*|moreton\\w*) (?:\\w+ ){0,4}hinch\\w*"],
);

/** Ottawa rules: tenderness over the bone itself (the ankle or foot bones, the scaphoid below the thumb). */
const BONY_TENDERNESS = lexicon(
  "tender over the bone",
  [
    "(?:tender|sore|painful) (?:spot|point|bit) (?:\\w+ ){0,3}(?:bone|below {P} thumb|base of {P} thumb|snuffbox|ankle bone)", "(?:bone|bony bit|knobbly bit|ankle bone) (?:\\w+ ){0,3}(?:tender|hurts (?:when|if) (?:i|you) (?:press|touch|push))",
    "(?:hurts|tender|sore|painful|agony) (?:\\w+ ){0,3}(?:when|if) (?:i |you )?(?:press|touch|push)\\w* (?:on )?(?:the )?bone", "snuffbox",
  ],
  ["(?:me |le )?duele (?:\\w+ ){0,3}(?:al|cuando) (?:presiono|aprieto|toco|tocar|presionar|apretar) (?:el )?hueso", "(?:hueso|huesito) (?:\\w+ ){0,2}(?:muy )?(?:sensible|adolorido)", "(?:punto|zona) (?:\\w+ )?(?:sensible|dolorosa) (?:\\w+ ){0,3}(?:del pulgar|del hueso)"],
);

/**
 * A hand or foot gone cold, white or blue beyond a cast or a break (cast-care leaflets; compartment
 * syndrome, a cut-off circulation): go to A&E now, not the fracture clinic.
 */
const HAND_OR_FOOT_END = lexicon("fingers, toes, hand or foot", ["toes?", "fingers?", "foot", "feet", "hand", "hands"], ["dedos?", "pie", "pies", "mano", "manos"]);
const CIRCULATION_GONE = lexicon(
  "cold, white or blue",
  ["(?:ice |icy |stone )?cold", "white", "pale", "blue", "bluish", "grey", "gray", "dusky"],
  ["frio", "fria", "frios", "frias", "helad[oa]s?", "blanc[oa]s?", "palid[oa]s?", "azul\\w*", "gris\\w*"],
);
const CAST_OR_BREAK = lexicon(
  "a cast, splint or break",
  ["cast", "plaster", "splint", "brace", "boot", "break", "broken", "fracture\\w*"],
  ["yeso", "ferula", "escayola", "bota", "fractura\\w*", "rot[oa]", "quebrad[oa]"],
);


/** Swelling, bruising and stiffness are expected for weeks after an operation: the wound rules judge those. */
const AFTER_SURGERY = lexicon(
  "after an operation",
  ["(?:after|since|from|post) (?:the |my |his |her )?(?:surgery|op|operation|replacement|procedure)", "post ?op\\w*"],
  ["(?:despues de|desde) (?:la |mi |su )?(?:cirugia|operacion|protesis)", "postoperatori\\w*", "me operaron", "lo operaron", "la operaron"],
);

/** A pop or crack followed by relief is a joint cavitating ("heard a pop in my neck, felt better after"). */
const RELIEVED = lexicon(
  "relief after the pop",
  ["(?:felt|feels|feel|feeling) (?:\\w+ )?(?:better|good|great|looser|relieved|fine)(?: (?:after|afterwards|now|since))?", "(?:relief|relieved|no pain|doesnt hurt|didnt hurt|painless)", "(?:zero|0) pain", "(?:walked|walking|walks) (?:on it )?(?:fine|normally|ok|okay)", "(?:nothing|no) (?:hurts|hurt|pain) (?:at all|after|afterwards)"],
  ["(?:me |se )?(?:senti|siento|sintio|siente) (?:\\w+ )?(?:mejor|bien|alivi\\w*|suelt[oa])", "(?:alivio|sin dolor|no (?:me )?duele|no (?:me )?dolio)", "(?:cero|0) dolor", "(?:camino|camine|caminando) (?:\\w+ )?(?:bien|normal)"],
);

/** Said after a dislocation, it went back in: a same-day review rather than an ambulance. */
const WENT_BACK = lexicon(
  "went back in",
  ["(?:went|popped|slipped|slid|clicked|put it|got it|pushed it) (?:right |straight |just )?back(?: in| into place)?", "back in (?:place|its socket)", "relocated", "reduced (?:it|itself)", "for a (?:second|sec|moment|split second)", "(?:and|then) (?:right |straight )?back(?: in| into place| again)?(?= *(?:$|[.!;]|\\n)|[.,!]| in| into| again| by itself| on its own)"],
  ["(?:volvio|regreso|se acomodo|entro) (?:a su (?:lugar|sitio)|solo|sola)", "(?:la|lo) (?:acomode|regrese|meti)", "se volvio a acomodar"],
);
/** A fracture being rehabilitated is why many patients are here: "since I broke my wrist", "in a boot". */
const FRACTURE_BEING_TREATED = lexicon(
  "a fracture already known and treated",
  [
    "(?:weeks?|months?) ago", "(?:in|out of|got|still in|wearing|took off) (?:a |the |my |his |her )?(?:cast|boot|splint|sling|brace|plaster)", "since (?:i |he |she )?(?:broke|fractured)", "(?:after|since|from) (?:{P} )?(?:fracture|break|broken)", "(?:weeks?|months?|wks?|mths?) (?:post|after|out from|since) (?:{P} |an? )?(?:\\w+ )?(?:fracture|break|op|surgery|orif)", "post (?:\\w+ )?(?:fracture|break)",
    "(?:fracture|break|bone) (?:\\w+ ){0,3}(?:healing|healed|mended|knitting)", "(?:healing|healed|recovering|rehab\\w*) (?:\\w+ ){0,3}(?:fracture|break|broken)", "(?:plate|pins|screws|rod) (?:in|put in)",
  ],
  ["hace (?:\\w+ )?(?:semanas|meses)", "(?:yeso|bota|ferula|cabestrillo|inmovilizador)", "desde (?:que )?(?:me |se )?(?:rompi|rompio|fractur\\w*)", "(?:despues de|desde) (?:la|mi|su) fractura", "(?:semanas|meses) (?:despues de|de|tras) (?:la|mi|su|una) fractura", "(?:fractura|hueso) (?:\\w+ ){0,3}(?:sanando|soldando|curando|sano|soldo)", "(?:placa|clavos|tornillos)"],
);
const DISLOCATED = lexicon(
  "dislocated",
  // A hip that came out seldom goes back by itself (a replaced hip least of all).
  [
    "dislocat\\w*", "hip (?:\\w+ ){0,2}(?:came|popped|slipped|went) (?:right )?out",
    // Said in the past, a joint that came out is out until said to have gone back (WENT_BACK).
    "(?:new |replaced )?hip replacement (?:has |s |is )?(?:popped|gone)(?= *(?:$|[.!;]|\\n)| *[,.!])",
    "(?:shoulder|kneecap|knee cap|patella|elbow|jaw|(?:new |replaced )?hip(?: replacement)?|ball of (?:\\w+ ){0,2}hip) (?:(?!(?:wont|will|would|could|might|may|cant|never|doesnt|didnt|not|shouldnt)\\b)\\w+ ){0,2}(?:came|come|comes|popped|poped|slipped|went|gone) (?:right )?out(?! (?:a bit|slightly|a little|partly|partially|halfway))(?: of (?:its |the )?(?:socket|joint|place))?", "(?:shoulder|hip|knee|kneecap|elbow) (?:\\w+ )?se (?:me |le )?(?:salio|ha salido)"
  ],
  [
    "dislocad\\w*", "luxaci\\w*", `se (?:me|le) (?:disloco|zafo|salio de su lugar)${NO_OBJECT_AFTER}`, "se (?:me|le) (?:salio|zafo) (?:la|mi|su) cadera", "(?:la |mi |su )?cadera (?:\\w+ )?se (?:me|le) (?:salio|zafo)",
    "se (?:me|le) (?:salio|zafo|safo|desencajo|disloco|boto|(?:ha|habia) (?:salido|zafado|desencajado|dislocado)|(?:(?:ha|habia) vuelto|volvio) a (?:salir|zafar|desencajar|dislocar)) (?:el|la|mi|su) (?:hombro|cadera|rodilla|rotula|codo|mandibula|quijada|protesis|tobillo|dedo)", "se (?:me|le) (?:desencajo|desacomodo) (?:el|la|mi|su) \\w+", "(?:hombro|rotula|codo|protesis|cadera) (?:\\w+ ){0,2}se (?:me|le) (?:salio|zafo|safo|desencajo)",
  ],
);

/** An acute event in the body, not the benign clicking of a knee during squats. */
/** A pop the patient knows and that does not hurt: LABELS makes a pop urgent only with severe pain or loss of function. */
const A_PAINLESS_HABITUAL_POP = lexicon(
  "a painless, habitual pop",
  ["painless", "(?:same|usual|normal|old) (?:\\w+ )?(?:pop|click|crack|clunk)", "(?:pops?|clicks?|cracks?|clunks?) (?:\\w+ ){0,3}(?:always does|it always does|like always|as always|all the time|every time)"],
  ["(?:el |ese |este )?(?:chasquido|tronido|crujido) de siempre", "(?:truena|cruje|suena) (?:\\w+ ){0,3}(?:siempre|como siempre|todo el tiempo)"],
);

const ACUTE_SNAP = lexicon(
  "an acute snap, crack or tear",
  ["something (?:\\w+ ){0,1}(?:snapped|cracked|popped|tore|ripped|gave way|went pop|went snap)", "(?:felt|heard) (?:a |something |this )?(?:loud )?(?:pop|snap|crack|tear|rip|twang)", "(?:achilles|tendon|hamstring|calf|bicep|biceps|quad|quads|quadriceps|muscle|pec|rotator cuff) (?:\\w+ ){0,2}(?:snapped|tore|ripped|went|popped|gave|burst|ruptured|go (?:snap|pop|bang|twang|crack))",
    "(?:snapped|tore|torn|ripped|ruptured|burst) (?:{P} )?(?:achilles|achilles tendon|tendon|hamstring|calf muscle|bicep|biceps|quad|quads|quadriceps|patellar tendon|pec|rotator cuff)",
    // "Popeye" sign of a ruptured biceps: the muscle balled up in the upper arm.
    "(?:ball|lump|bulge|bunched up) (?:\\w+ ){0,3}(?:upper arm|bicep|biceps)"],
  ["(?:senti|sintio|escuche|escucho|oi|oyo|note|noto) (?:un |algo como un |como un )?(?:chasquido|crujido|tronido|crack|pop|latigazo|tiron|desgarro|desgarron|rotura|jalon)", "algo (?:se )?(?:rompio|trono|crujio|desgarro)",
    "(?:me|se) (?:desgarre|desgarro|rompi|rompio|revente|reviento) (?:el |la |un |una )?(?:tendon|aquiles|talon de aquiles|musculo|gemelo|pantorrilla|isquio\\w*|biceps|cuadriceps)", "(?:se )?(?:me|le) (?:desgarro|rompio|revento|corto) (?:el |la )?(?:tendon|aquiles|musculo|gemelo|biceps|cuadriceps)"],
);

/** A dislocation in someone's past or one that comes and goes by habit is history, not today's emergency. */
const HISTORY_OR_HABIT = lexicon(
  "an old or habitual dislocation",
  ["(?:in|at|during|back in) (?:coll?egg?e|high school|school|uni|university|my twenties|my teens|the army|the navy)", "when i was (?:\\w+ )?(?:\\d+|younger|a teenager|in college|playing)", "(?:keeps?|always|often|sometimes|used to) (?:\\w+ )?(?:dislocat\\w*|pop\\w* out|come\\w* out)", "(?:several|many|a few|multiple|two|three) times (?:before|in the past)", "(?:history|hx) of", "(?:since|after) (?:the|my|his|her|that) (?:\\w+ )?dislocat\\w*(?! (?:today|yesterday|this morning|last night))"],
  ["(?:en|cuando estaba en) (?:la )?(?:universidad|prepa|secundaria|escuela|el ejercito)", "cuando (?:era|tenia) (?:joven|chic[oa]|\\d+)", "(?:siempre|seguido|a veces|varias veces) se (?:me|le) (?:sale|disloca|zafa)", "(?:desde|despues de) (?:la|mi|su|esa) luxaci\\w*(?! (?:de )?(?:hoy|ayer|esta manana|anoche))"],
);

/**
 * A replaced hip out (AAOS / hip-replacement leaflets): sudden severe hip or groin pain, often with a
 * clunk or pop, after bending or twisting, and the leg cannot take weight.
 */
const HIP_OR_GROIN = lexicon("hip or groin", ["hip", "hips", "groin", "new hip", "hip replacement"], ["cadera", "ingle", "protesis"]);
const HIP_GOING = lexicon(
  "the moment a hip goes",
  ["clunk\\w*", "(?:felt|heard) (?:a |something )?(?:pop|snap|crack|clunk|shift|give|slip|go)", "popped", "sudden(?:ly)? (?:\\w+ ){0,2}(?:severe|sharp|terrible|awful|bad)", "severe (?:\\w+ ){0,2}sudden", "(?:twisted|twisting|turned|bent (?:down|over|forward)|bending (?:down|over|forward)|crossed {P} legs|pivot\\w*)"],
  ["(?:senti|sintio|escuche|escucho|oi) (?:un |como un )?(?:trueno|tronido|chasquido|crujido|clac|pop)", "(?:trono|tron[oó]|truene|cruji\\w*)", "(?:al |me )agach\\w*", "(?:me )?(?:gire|giro|torci|torcio|doble|cruce las piernas)", "de (?:repente|golpe) (?:\\w+ ){0,2}(?:dolor|fuerte|horrible)"],
);


/**
 * A joint out of place told by its shape or position (AAOS dislocation signs: visibly out of place or
 * misshapen, cannot be moved): lower than the other side, a hollow where the round bit was, a lump
 * sticking out, a foot or kneecap gone to one side, not lined up. With a limb that cannot be used or
 * hangs, it is out now; a shape that has always been so, with the limb working, is not.
 */
const SHAPE_OUT_OF_PLACE = lexicon(
  "a joint's shape or position gone wrong",
  [
    "(?:a |an )?(?:totally |really |completely |very |all |kind of |proper )?(?:weird|funny|odd|strange|wrong|unnatural|bizarre) shape", "(?:weird|funny|odd|strange|big|huge|massive|hard) (?:bump|lump|knob|bulge)", "(?:it |its |it s |shoulder |knee |joint )?looks? (?:all |totally |completely |really )?(?:wrong|deformed|out of place|crooked|misshapen)",
    "(?:lump|bump|knob|ball|bone) (?:\\w+ ){0,2}(?:sticking|poking|jutting|bulging) (?:out|up)", "squared?[ -]?off", "(?:square|squared|flat|flattened)(?: and (?:flat|square|flattened))? (?:at|on|along) the (?:top|side|edge|outside)", "(?:sitting|sits|stuck|gone|moved|shifted|slid|went) (?:\\w+ ){0,2}(?:over )?(?:on|to) the (?:outside|inside) of (?:the |{P} )?(?:knee|leg|joint)", "(?:stuck|sticking|poking) out (?:weird|funny|wrong|oddly|at an angle)", "(?:lump|bump|bulge|ball) (?:\\w+ ){0,2}(?:at|in|on) the (?:front|back)(?! of (?:my |his |her |the )?(?:thigh|calf|leg|shin|head|neck))",
    "(?:hollow|dent|dip|gap|hole|pit|divot|sunken bit) (?:\\w+ ){0,3}where (?:the|it|its|my|his|her) (?:\\w+ ){0,3}(?:should be|used to be|was|belongs|normally is|ought to be)",
    "(?:sitting|sits|pointing|points|facing|faces|gone|stuck|turned|twisted|shifted|moved|slid|skewed|went) (?:right |off |over |out )?(?:off )?to (?:one|the|the other|the outside|the wrong) side", "(?:is|its|now|went|gone|came|come) (?:\\w+ )?out of (?:its |the )?(?:place|socket)", "(?:i |you )?(?:see|can see) it (?:on|to|at) the (?:side|outside)",
    "(?:not|isnt|doesnt look|no longer) lined up", "(?:sitting|sits|hanging|hangs) (?:\\w+ )?(?:lower|higher|further forward)(?! than)", "(?:sticking|poking|bulging) out (?:at|in) the (?:front|back)", "(?:sitting|sits|hanging|hangs|looks|is) (?:\\w+ )?(?:lower|higher|further forward|further out|further back) than (?:the other|{P} other|the good)", "(?:slipped|popped|come|came|gone) out\\b(?:\\W+\\w+){0,3}\\W+(?:arm|leg) (?:is |s )?(?:hanging|dangling) (?:funny|weird|limp|down|useless|wrong)", "(?:bent|shaped|looks?|looking) (?:\\w+ ){0,2}like a (?:dinner )?fork", "bent (?:funny|weird|wrong|oddly|all wrong)", "(?:a |this |big |deep |weird )*(?:dip|dent|hollow|divot|step|gap) (?:in|on) (?:it|the (?:top|side|front|point|joint)|(?:my|his|her|the) (?:shoulder|knee|elbow|hip|ankle|wrist|finger|kneecap))", "(?:looks?|looking|gone|is) (?:all )?(?:deflated|caved in|sunken)", "bone (?:is )?(?:showing|pushing|poking|visible) (?:\\w+ )?(?:weird|funny|wrong|under the skin|against the skin|through)"],
  [
    "(?:forma|figura) (?:muy )?(?:rara|extrana|fea)", "(?:hombro|rodilla|cadera|codo|dedo|rotula|tobillo|mandibula|muneca)(?: \\w+){0,4} (?:esta|se ve|quedo|como|parece|anda) (?:\\w+ )?salid[oa]\\b(?! (?:de|del|a las|temprano))", "salid[oa] (?:con|y) (?:\\w+ )?(?:un )?bulto", "se (?:ve|nota|siente) (?:un )?bulto", "(?:bulto|bola|bolita|hueso|chichon) (?:\\w+ ){0,2}(?:saliendo|salido|que sale|asomando|para afuera)", "(?:se ve |quedo |esta )?cuadrad[oa]", "(?:bulto|bola) (?:\\w+ ){0,2}(?:delante|adelante|por delante)",
    "(?:pozo|hueco|hundido|agujero|pozito|hoyo|hundimiento) (?:\\w+ ){0,3}donde (?:antes )?(?:estaba|habia|tenia|iba|va|deberia|debe)",
    "(?:mirando|apuntando|torcid[oa]|girad[oa]|ido|ida|fue|quedo|quedado|movid[oa]|corrid[oa]|desviad[oa]) (?:\\w+ ){0,2}(?:para|hacia|al|a) (?:otro lado|un lado|el otro lado|afuera|el lado de fuera|fuera|lado de fuera|un costado|el costado)",
    "(?:mas )?(?:abajo|bajo|caido|alto) que el otro", "fuera de (?:su )?(?:sitio|lugar)", "no (?:esta|queda) alineado",
    "(?:torcid[oa]|chuec[oa]|deformad[oa]) (?:muy |bien |toda |todo )?(?:rar[oa]|fe[oa])", "hueso (?:se )?(?:marca|nota|ve|asoma) (?:muy )?(?:rar[oa]|extran[oa]|salido|mal)",
  ],
);
/** The joint cannot be used since: not lifted, moved, straightened or put down, or the arm hangs. */
const LIMB_OUT_OF_USE = lexicon(
  "a limb that cannot be used",
  [
    "(?:cant|cannot|couldnt|unable to|not able to|wont) (?:\\w+ ){0,2}(?:lift|raise|move|bend|straighten|use|rotate|turn|put (?:it|weight|{P} foot|that foot|the foot) (?:down|on))(?! (?:it |them )?(?:\\w+ )?(?:fully|all the way|properly|completely|much|yet|as (?:far|much)|over (?:my|his|her) head))",
    "(?:arm|hand|leg|foot) (?:\\w+ )?(?:just )?(?:hangs|hanging|dangl\\w*|flopp\\w*|limp)", "(?:cant|cannot|couldnt) (?:\\w+ ){0,3}an inch", "(?:stuck|locked|jammed) (?:bent|straight|in place|like that|half bent)",
  ],
  [
    "no (?:lo|la|los|las|me lo|me la|le) (?:\\w+ )?(?:puedo|puede|pude|pudo) (?:\\w+ )?(?:apoyar|mover|levantar|estirar|doblar|subir|bajar|girar|usar|pisar)",
    "no (?:puedo|puede|pude|pudo) (?:apoyar|mover|levantar|estirar|doblar|girar|usar|pisar)\\w*", "(?:quedo|se quedo|esta|se trabo|sigue) (?:\\w+ )?(?:trabad[oa]|bloquead[oa]|atascad[oa]|atorad[oa])", "(?:brazo|mano|pierna|pie) (?:\\w+ ){0,2}(?:cuelga|colgando|colgado|muerto|caido|como muerto)",
  ],
);
/** A shape that has always been so ("always sat lower", "since I was a kid"): "used to be" is the sign's own words here, not history. */
const ALWAYS_THAT_SHAPE = lexicon(
  "a shape that has always been so",
  ["always (?:\\w+ )?(?:been|had|sat|sits|was|looked|pointed|points)", "(?:years?|months?|decades?) ago", "last year", "since (?:birth|i was (?:born|a kid|little|young)|childhood)", "born (?:like|with) (?:that|it|this)", "(?:posture|scoliosis)"],
  ["(?:siempre|de toda la vida|desde siempre|desde (?:nin[oa]|chic[oa]|que naci))", "hace (?:\\w+ )?(?:anos|meses|tiempo|mucho)", "el ano pasado", "(?:postura|escoliosis)"],
);
/** "It popped out" said of a joint named elsewhere in the message. */
const IT_CAME_OUT = lexicon(
  "it came out",
  ["(?:it|its|it s|then|and|this time it) (?:\\w+ )?(?:popped|came|slipped|went) (?:right |all the way |fully )?out(?! of (?:the|my|his|her) (?:door|car|bag|box|house|pocket|hand))"],
  ["(?:se (?:me |le )?)(?:salio|zafo|safo) (?:del todo|completamente|de su sitio|de lugar)"],
);
const JOINT = lexicon(
  "a joint",
  ["shoulders?", "elbows?", "knees?", "kneecaps?", "knee caps?", "patella", "ankles?", "wrists?", "hips?", "fingers?", "thumbs?", "toes?", "foot", "jaw", "collarbone", "arm"],
  ["hombros?", "codos?", "rodillas?", "rotulas?", "tobillos?", "munecas?", "caderas?", "dedos?", "pie", "mandibula", "quijada", "clavicula", "brazo"],
);

export const INJURY_RULES: readonly ConceptRule[] = [
  { id: "pop-or-giving-way", syndrome: "injury", level: "urgent", effect: "symptom", description: "An acute snap, crack or tear felt or heard in the body, or a tendon said to have snapped, not followed by relief.", sentence: [ACUTE_SNAP], unless: [RELIEVED, FRACTURE_BEING_TREATED], historyCancels: true },
  { id: "pop-or-giving-way", syndrome: "injury", level: "urgent", effect: "symptom", description: "A snap, crack or pop with pain or loss of function (fracture or tendon rupture).", sentence: [SNAP, SEVERE_OR_DISABLING], unless: [A_PAINLESS_HABITUAL_POP] },
  { id: "pop-or-giving-way", syndrome: "injury", level: "urgent", effect: "symptom", description: "A joint that gave way, with sudden sharp pain or since unable to walk on it.", message: [JOINT_GAVE_WAY, SHARP_OR_DISABLING], unless: [LONG_AGO] },
  { id: "pop-or-giving-way", syndrome: "injury", level: "urgent", effect: "symptom", description: "A snap or pop, with pain said anywhere in the message.", sentence: [SNAP], message: [PAIN], unless: [A_PAINLESS_HABITUAL_POP] },
  { id: "pop-or-giving-way", syndrome: "injury", level: "urgent", effect: "symptom", description: "A snap or crack and since then cannot bear weight or move it (fracture or tendon rupture: '¡clac! y no la puedo apoyar').", sentence: [SNAP], message: [CANNOT_BEAR_OR_MOVE], unless: [LONG_AGO, RELIEVED], historyCancels: true },
  { id: "fracture", syndrome: "injury", level: "urgent", effect: "symptom", description: "A broken bone or fracture, not one already known and being treated.", sentence: [BROKEN], unless: [LONG_AGO, FRACTURE_BEING_TREATED] },
  { id: "fracture", syndrome: "injury", level: "urgent", effect: "symptom", description: "Something said to be broken, the part unnamed, when no object is named that could be it.", sentence: [BROKEN_UNNAMED], unless: [LONG_AGO, FRACTURE_BEING_TREATED, THINGS_THAT_BREAK] },
  { id: "pop-or-giving-way", syndrome: "injury", level: "urgent", effect: "symptom", description: "Tendon rupture: as if kicked in the back of the heel, or a gap above the heel or above or below the kneecap.", sentence: [TENDON_GAP] },
  { id: "fracture", syndrome: "injury", level: "urgent", effect: "symptom", description: "An injury to a limb and since then cannot bear weight on it or move it (Ottawa rules).", message: [INJURY_MECHANISM, CANNOT_BEAR_OR_MOVE], unless: [LONG_AGO] },
  { id: "fracture", syndrome: "injury", level: "urgent", effect: "symptom", description: "Swelling and bruising together with a limb that cannot bear weight or move.", message: [BRUISED_AND_SWOLLEN, CANNOT_BEAR_OR_MOVE], unless: [LONG_AGO, AFTER_SURGERY] },
  { id: "fracture", syndrome: "injury", level: "urgent", effect: "symptom", description: "An injury to a limb and the bone tender to press (Ottawa rules; the scaphoid below the thumb).", message: [INJURY_MECHANISM, BONY_TENDERNESS], unless: [LONG_AGO] },
  { id: "dislocation", syndrome: "injury", level: "emergency", effect: "symptom", description: "Fingers, toes, hand or foot cold, white or blue beyond a cast or a break (circulation cut off).", sentence: [HAND_OR_FOOT_END, CIRCULATION_GONE], message: [CAST_OR_BREAK], unless: [CAST_OFF] },
  { id: "dislocation", syndrome: "injury", level: "emergency", effect: "symptom", description: "A joint visibly out of place: a leg shorter or turned, visible deformity.", sentence: [OUT_OF_PLACE] },
  { id: "dislocation", syndrome: "injury", level: "emergency", effect: "symptom", description: "A joint that came out and is still out or cannot be moved.", message: [POPPED_OUT, STILL_OUT] },
  { id: "dislocation", syndrome: "injury", level: "emergency", effect: "symptom", description: "A joint's shape or position gone wrong (lower than the other side, a hollow where it was, a lump sticking out, gone to one side) and the limb cannot be used or hangs.", sentence: [SHAPE_OUT_OF_PLACE], message: [JOINT, LIMB_OUT_OF_USE], unless: [ALWAYS_THAT_SHAPE, HISTORY_OR_HABIT] },
  { id: "dislocation", syndrome: "injury", level: "emergency", effect: "symptom", description: "A snap or crack and a joint's shape or position gone wrong since (a visible deformity: a displaced fracture or dislocation).", message: [SNAP, SHAPE_OUT_OF_PLACE, JOINT], unless: [ALWAYS_THAT_SHAPE, HISTORY_OR_HABIT, LONG_AGO, JOINT_GAVE_WAY] },
  { id: "dislocation", syndrome: "injury", level: "emergency", effect: "symptom", description: "A joint named, that 'popped out', and its shape wrong since.", message: [JOINT, IT_CAME_OUT, SHAPE_OUT_OF_PLACE], unless: [WENT_BACK, ALWAYS_THAT_SHAPE, LONG_AGO] },
  { id: "dislocation", syndrome: "injury", level: "emergency", effect: "symptom", description: "A joint that came out and whose shape is wrong since (a dent where it was, a lump sticking out): still out.", message: [POPPED_OUT, SHAPE_OUT_OF_PLACE], unless: [WENT_BACK, ALWAYS_THAT_SHAPE, HISTORY_OR_HABIT, LONG_AGO] },
  { id: "dislocation", syndrome: "injury", level: "emergency", effect: "symptom", description: "A joint dislocated, not said to have gone back.", sentence: [DISLOCATED], unless: [WENT_BACK, LONG_AGO, HISTORY_OR_HABIT] },
  { id: "dislocation", syndrome: "injury", level: "emergency", effect: "symptom", description: "A hip or groin that went with a clunk, a pop, a twist or a bend and now cannot bear weight (a replaced hip out).", message: [HIP_OR_GROIN, HIP_GOING, CANNOT_BEAR_OR_MOVE], unless: [LONG_AGO, WENT_BACK] },
  { id: "pop-or-giving-way", syndrome: "injury", level: "urgent", effect: "symptom", description: "A joint that popped out (and went back).", sentence: [POPPED_OUT], unless: [LONG_AGO, HISTORY_OR_HABIT] },
];
