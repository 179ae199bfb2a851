import { type ConceptRule, anyOf, lexicon } from "../lexicon.js";
import { BREATHING_TROUBLE, LONG_AGO, PAIN, recoveringFrom } from "../shared.js";

/**
 * Acute coronary syndrome, trouble breathing, and clots (DVT / pulmonary embolism).
 * Sources: AHA "warning signs of a heart attack" (chest discomfort, pressure, squeezing, fullness;
 * spreading to arms, back, neck, jaw; cold sweat, breathlessness, nausea); NICE CG95/NG158 and the
 * Wells criteria (calf swelling, tenderness, heat, redness; sudden breathlessness, pleuritic chest
 * pain, coughing up blood).
 */

const CHEST = lexicon(
  "chest",
  ["chest", "chests", "cheast", "chst", "chset", "breastbone", "breast bone", "sternum", "heart", "ribcage", "rib cage",
    // Told by what covers it or frames it: "the middle of my bra", "behind his tie", "round his ribs".
    "(?:middle|centre|center|front) of {P} (?:\\w+ ){0,2}(?:shirt|bra|blouse|top|tie|torso|ribs)", "(?:under|behind|beneath) {P} (?:bra|tie|shirt buttons|breastbone)", "mid ?(?:torso|chest)", "(?:round|around|across) {P} (?:ribs|ribcage|torso|upper body)"],
  ["pecho", "esternon", "corazon", "torax", "(?:en )?(?:el )?(?:medio|centro) de (?:las|mis|sus) costillas", "(?:alrededor|a la altura) de (?:las|mis|sus) costillas", "(?:debajo|detras) (?:del|de la) (?:brasier|sosten|corbata)", "torac\\w*"],
);

/** A weight on the chest told without the word chest: "the elephant is back sitting on me". */
const SAT_ON = lexicon(
  "something heavy sitting on them",
  ["elephant (?:is |s )?(?:\\w+ ){0,2}(?:sitting|sat|standing|stood) on (?:me|him|her)", "(?:anvil|truck|lorry|car|bus|piano|fridge|horse|cow|rock|boulder|bricks?|sumo(?: wrestler)?|safe|tank) (?:is |s )?(?:\\w+ ){0,2}(?:sits|sitting|sat|stands|standing|stood|parked|kneeling|lying|resting|dropped|on top) (?:on|of) (?:me|you|him|her|{P} (?:chest|breastbone|sternum|ribs))", "(?:someone|somebody|something) (?:is |s )?(?:sitting|standing|kneeling) on (?:me|him|her)(?! (?:lap|knee|feet|legs|bed|couch|sofa))"],
  ["(?:un )?elefante (?:\\w+ ){0,2}(?:sentado|parado|encima) (?:de mi|sobre mi|encima)"],
);
/** A weight pressing down with nothing named under it ("como un peso encima que no se va"), told with a cold sweat. */
const A_WEIGHT_ON_TOP = lexicon(
  "a weight on top",
  ["(?:a |like a )?(?:weight|ton of bricks|brick|anvil|heavy (?:weight|thing)) (?:\\w+ ){0,2}(?:on (?:top of )?(?:me|him|her)|pressing (?:down )?on (?:me|him|her))"],
  ["(?:como )?un peso (?:encima|sobre mi|sobre (?:el|mi) pecho|que me aplasta)", "(?:como )?una losa (?:encima|sobre mi)", "algo (?:pesado )?(?:encima|que me aplasta|que me oprime)"],
);
/** The chest wall, not the heart: sore muscles after push-ups that hurt only when pressed. */
const CHEST_WALL = lexicon(
  "the chest wall",
  ["(?:hurts?|sore|tender) only (?:if|when)", "only (?:hurts?|sore|tender) (?:if|when) (?:i )?(?:press|push|touch|poke)", "chest muscles?", "pecs? (?:are |is |feel )?(?:sore|achy|stiff|tight)", "(?:sore|ache\\w*|stiff) like after (?:the gym|a workout|working out|a session)"],
  ["(?:solo|nomas) (?:me )?duele (?:si|cuando) (?:me )?(?:aprieto|toco|presiono)", "musculos del pecho", "pectorales"],
);
/** A death and its rites, the words grief is told with. */
const GRIEF = String.raw`(?:died|passed|funeral|wake|memorial|burial|griev\w*|mourn\w*|loss|lost (?:my|her|his|our|their)|murio|fallecio|falleci\w*|velorio|entierro|luto|duelo|se nos fue|en paz descanse)`;
/** A heart idiom said in grief, the death told after it or before it in the sentence: "my heart is heavy today, my friend's husband died". */
const inGrief = (opening: string, idiom: string) => [`(?=${opening})${idiom}(?=[^.!?]*\\b${GRIEF})`, `(?=${opening})(?<=\\b${GRIEF}\\b[^.!?]*)${idiom}`];
/** Moved, not ill: "se me hizo un nudo en el pecho cuando vi a mi nieta graduarse". */
const FEELING_MOVED = lexicon(
  "moved by something seen",
  ["(?:so |very |really )?emotional", "(?:so |very |really )?proud", "tears of joy", "(?:so |very |really )?moved", "lump in (?:my|the) throat", "when i (?:saw|watched|heard) (?:my|our|her|his)",
    ...inGrief("my|the|heart|heavy", "(?:(?:my |the )?heart (?:is|feels|s) (?:so |very |really )?(?:heavy|broken|aching)|heavy heart)")],
  ["emocion\\w*", "orgullos[oa]", "(?:cuando|al) (?:vi|ver|oi|escuche) a\\b", "me emocione",
    ...inGrief("corazon|el|tengo", "(?:(?:el |tengo el )?corazon (?:muy |bien )?(?:pesado|roto|partido|destrozado|apachurrado|hecho pedazos))")],
);

/** "It took my breath away", "me dejó sin aliento el precio": an idiom. */
const BREATH_TAKEN_AWAY = lexicon(
  "breath taken away, an idiom: by a sight, by laughter, by work",
  ["took (?:my|his|her) breath away", "breathtaking",
    "what a wheeze", "(?:chok\\w*|drown\\w*|gasp\\w*|wheez\\w*|suffocat\\w*|cry\\w*|howl\\w*|crack\\w*|dying|died|dead)(?: \\w+){0,2} (?:with|from|of|in) (?:the )?laugh\\w*", "laugh\\w* (?:so hard|too hard|till|until|that much|so much) (?:\\w+ ){0,3}(?:couldnt|could not|cant|cannot|can not) (?:breathe|breath)",
    "drown\\w* in (?:\\w+ ){0,2}(?:work|paperwork|emails?|bills|debt|orders|tickets|invoices|homework|laundry|dishes|admin|deadlines|jobs)"],
  ["(?:me|le|nos) (?:dejo|dejaron) sin (?:aliento|respiracion) (?:el|la|los|las|lo|ver)\\b", "(?:me|le|nos) (?:tiene|tienen|dejo|dejaron) sin aliento (?:\\w+ ){0,2}(?:jaja\\w*|que alegria|de (?:la )?(?:emocion|alegria))", "(?:noticia|partido|final|vista|paisaje|sorpresa) (?:me|le|nos) (?:tiene|tienen|dejo|dejaron) sin aliento",
    "(?:ahog\\w*|atragant\\w*|asfixi\\w*|muriendo|mori|muero|muerta|muerto)(?: \\w+){0,2} (?:de|con|por) (?:la |tanta )?risa", "sin (?:aire|aliento) de (?:tanto )?re(?:i|ir)\\w*",
    "(?:ahogad[oa]s?|me ahogo|ahogando\\w*|me ahogaba) (?:en|con|de) (?:\\w+ ){0,2}(?:trabajo|deudas|papeles|papeleo|pedidos|correos|facturas|cuentas|tareas|pendientes)"],
);

const CHEST_FEELING = lexicon(
  "pressure-like chest feeling",
  [
    "pain\\w*", "pian", "hurts?", "hurting", "ache", "aching", "achy", "(?=pressure)(?<!\\bblood )pressure", "pressing", "pushing", "tight\\w*", "heavy", "heaviness", "weight(?! (?:steady|stable|is|was|down|up|loss|gain|at|\\d|bearing|training|lifting|watch\\w*|check))", "squeez\\w*", "clench\\w*", "fist",
    // Not the exercise band: "the resistance band slipped off the shelf".
    "crush\\w*", "smother\\w*", "compress\\w*", "bearing down", "squash\\w*", "oppressive", "like lead", "leaden", "weighed down", "cramp\\w*", "(?=band)(?<!\\b(?:resistance|exercise|therapy|theraband|elastic|rubber|loop|mini|red|green|blue|yellow|black|purple|silver|gold|heavier|lighter|new|old) )band(?! (?:off|broke|snapped|slipped|exercises?|work|came|from|out|on the|for|is|was))", "vice", "vise", "clamp\\w*", "grip\\w*", "elephant", "sitting on", "stood on", "standing on", "bricks?", "discomfort", "burning", "stabbing",
    "constrict\\w*", "strangl\\w*", "belt", "cinch\\w*", "strap\\w*", "rope", "bear hug", "someone (?:\\w+ )?(?:sitting|standing|kneeling) on", "full(?:ness)?", "weird", "funny", "strange", "odd", "not right", "sore", "sharp", "twisting", "knot", "parked", "sat on", "clutch\\w*", "grabbing", "gripping"
  ],
  ["dolor\\w*", "duele", "duelen", "dol(?:io|ia|ian|iendo|ido)", "presion", "opresion", "oprim\\w*", "(?:camion|coche|carro|auto|tractor|yunque|roca|bloque|ladrillo|costal) (?:\\w+ ){0,2}(?:estacionad[oa]|parad[oa]|sentad[oa]|encima|aplastando|apretando)", "apret\\w*", "apriet\\w*", "trancad\\w*", "se (?:me|le) cierra", "peso", "pesad\\w*", "pesa", "ardor", "arde", "molesti\\w*", "punzada\\w*", "piedra", "losa", "elefante", "plancha", "encima", "raro", "rara", "extran\\w*", "nudo", "estruj\\w*", "soga", "cincho", "cinturon", "faja", "amarr\\w*", "ladrillo", "aplast\\w*", "cuestion pesada", "agarrando(?:se)?", "apretando(?:se)?"],
);

const SPREADS = lexicon(
  "pain spreading",
  ["spread\\w*", "radiat\\w*", "going (?:up|down|into|to)", "goes (?:up|down|into|to)", "moving (?:up|down|into|to)", "travel\\w*", "shoot\\w* (?:up|down|into|to)", "into {P}", "up {P}", "down {P}"],
  ["se (?:corre|va|extiende|pasa|irradia)\\w*", "se (?:me|le) (?:corre|va|extiende|pasa|sube|baja|irradia)\\w*", "baja (?:por|hasta|al|a)", "sube (?:por|hasta|al|a)", "irradia\\w*", "hasta {S}", "se me va (?:al|a)"],
);

const JAW_OR_LEFT_ARM = lexicon(
  "jaw or left arm",
  ["jaw", "jaws", "left arm", "left shoulder", "both arms", "teeth", "shoulder blades?", "neck and (?:jaw|arm)"],
  ["mandibula", "quijada", "brazo izquierdo", "hombro izquierdo", "ambos brazos", "los dos brazos", "dientes"],
);

const ARM_NECK = lexicon("arm, jaw, neck or upper back", ["arms?", "jaw", "neck", "shoulder (?:\\w+ ){0,2}(?:down )?to {P} (?:pinky|little finger|fingers|hand|elbow)", "(?:pinky|little finger)"], ["brazos?", "mandibula", "quijada", "cuello", "(?:dedo )?(?:menique|chiquito)"]);

const SINCE_THE_OPERATION = lexicon("since the operation", ["(?:since|after) (?:the|my|his|her) (?:op|operation|surgery|replacement)"], ["desde (?:la|mi|su) (?:operacion|cirugia|intervencion)"]);

const SWEAT_OR_SICK = lexicon(
  "cold sweat, nausea or breathlessness",
  ["sweat\\w*", "clammy", "drenched", "wet through", "cold beads", "nause\\w*", "sick to {P} stomach", "throw(?:ing)? up", "threw up", "vomit\\w*", "grey", "gray", "pale and", "breathless\\w*", "short of breath", "clammy"],
  ["sudor\\w*", "sudando", "sudad\\w*", "sudoros\\w*", "empapad\\w* en sudor", "empapad\\w* en frio", "transpir\\w*", "nause\\w*", "vomit\\w*", "ganas de vomitar", "palid\\w*", "sin aire(?! (?:acondicionado|ac|clima|fresco))"],
);

const HEART_ATTACK = lexicon(
  "heart attack named",
  ["(?=heart)(?<!(?:gave|give|giving|gives|nearly gave|almost gave) (?:me|him|her|us|everyone) (?:a )?(?:mini |little )?)(?<!(?:nearly|almost|practically|just about|half) (?:had|have|having|got) (?:a )?(?:mini |little )?)heart attack", "heart atack", "cardiac arrest", "angina attack", "having a heart"],
  ["(?=infarto)(?<!casi (?:me|le|nos) (?:da|dio|daba|dan) (?:un )?)(?<!casi (?:me|le) (?:da|dio) (?:un )?(?:mini )?)infarto", "ataque al corazon", "ataque cardiaco", "paro cardiaco", "un preinfarto"],
);

const RECOVERING_FROM_A_HEART_ATTACK = recoveringFrom("a heart attack", "(?:heart attack|cardiac arrest|mi)", "(?:infarto|ataque al corazon|ataque cardiaco|paro cardiaco)");

/** Breathless after stairs "but that's normal for me": the patient's own baseline, said as a statement. */
const USUAL_FOR_ME = lexicon(
  "usual for the patient",
  ["(?:thats|that is|its|it is|which is|is) (?:\\w+ )?(?:normal|usual|typical|standard) for (?:me|him|her)(?! *\\?)", "(?:always|normally|usually) (?:get|gets|am|is|feel|feels) (?:a bit |a little |a tad )?(?:out of breath|puffed|winded|breathless)(?! *\\?)", "(?:usual|normal) wheez\\w*", "(?:out of breath|breathless|puffed|winded|short of breath|puffing|wheezy) (?:[\\w,]+ ){0,6}(?:same as always|as always|like always|as usual|like usual)(?! *\\?)", "wheez\\w* (?:\\w+ ){0,4}(?:like|as) (?:usual|always|normal)", "(?:\\d|two|three|a couple of|a few) puffs? (?:of|on) (?:the |my )?(?:blue (?:one|inhaler)|inhaler|ventolin|salbutamol|reliever|puffer)(?: \\w+){0,2} (?:and )?(?:it )?(?:settled|eased|went|helped|cleared|passed)"],
  ["(?:es|eso es|lo) (?:normal|de siempre|lo normal) (?:en|para) mi(?! *\\?)", "siempre (?:me )?(?:quedo|fatigo|canso)", "(?:con|tras|despues de) (?:el|mi) (?:inhalador|ventolin|salbutamol|puff) (?:\\w+ ){0,3}se (?:me )?(?:paso|calmo|quito)", "(?:el )?silbido (?:\\w+ ){0,3}de siempre", "(?:falta (?:el )?aire|me fatigo|se fatiga|me ahogo|se ahoga|me agito|se agita) (?:[\\w,]+ ){0,6}(?:igual que siempre|como siempre|lo de siempre|de siempre)(?! *\\?)"],
);

const CALF = lexicon(
  "calf or back of the lower leg",
  ["calf", "calfs", "calves", "caf", "caff", "clf", "back of {P} (?:lower )?leg", "lower leg", "shin", "behind {P} knee", "(?:{P} )?whole leg"],
  ["pantorrilla\\w*", "chamorro\\w*", "gemelos?", "canilla", "batata", "pantorilla\\w*", "detras de {S} rodilla"],
);

const LEG = lexicon("whole leg", ["leg", "legs", "thigh", "leg under the knee"], ["pierna\\w*", "muslo"]);

const CLOT_SIGN = lexicon(
  "clot signs: swelling, heat, redness, tenderness",
  ["swell\\w*", "swolen", "swollen", "sweling", "swoled", "swolled", "puffy", "puffed", "bigger", "twice the size", "fat", "hot", "warm", "red", "tender\\w*", "hard", "throbb\\w*", "cramp\\w*", "pain\\w*", "hurts?", "hurting", "sore", "aching", "achy", "ache", "aches", "veins? (?:\\w+ ){0,3}(?:bulg\\w*|sticking out|popping out|standing out)", "bulg\\w*", "hudge", "huge", "massive"],
  ["hinchad\\w*", "hincha", "hinchazon", "adolorid\\w*", "inflamad\\w*", "se (?:me|le) (?:hincho|hinchaba|ha hinchado)", "caliente", "roj\\w*", "dur[oa]", "sensible", "mas grande", "calambre\\w*", "dolor\\w*", "duele\\w*", "gord[oa]", "colorad[oa]", "pinchazo\\w*", "punzada\\w*"],
);

/** "calves a little sore", "un poco adoloridas": mild soreness (LABELS), with no other clot sign in the sentence. */
const NO_OTHER_CLOT_SIGN = String.raw`[^.!?]*\b(?:swell\w*|swollen|puffy|bigger|hot|warm|red|tender|hard|throbb\w*|cramp\w*|hinchad\w*|inflamad\w*|caliente|roj[oa]s?|dur[oa]s?|calambre\w*)\b`;
const ONLY_A_LITTLE_SORE = lexicon(
  "a calf only a little sore",
  [`(?=a |slightly|mildly|bit|lil|little)(?<!${NO_OTHER_CLOT_SIGN}[^.!?]*)(?:a (?:little|bit|tad|wee bit|tiny bit)|slightly|mildly|bit|lil|little) (?:sore|achy|stiff)(?!${NO_OTHER_CLOT_SIGN})`],
  [`(?=un |ligeramente|algo)(?<!${NO_OTHER_CLOT_SIGN}[^.!?]*)(?:un (?:poco|poquito|pelin)|ligeramente|algo) (?:adolorid\\w*|cargad\\w*|resentid\\w*)(?!${NO_OTHER_CLOT_SIGN})`],
);

const SWOLLEN = lexicon(
  "swollen",
  ["swell\\w*", "swolen", "swollen", "sweling", "swoled", "swolled", "puffy", "puffed up", "bigger", "twice the size", "like (?:a|an) (?:balloon|tree trunk|log|elephant\\w*|sausage|stump)", "(?:deep|deeper) sock marks?", "sock marks? (?:\\w+ ){0,3}(?:deep|deeper|so deep|really deep)", "(?:shoe|boot|trainer) (?:\\w+ ){0,3}(?:wont|will not|doesnt|does not|cant) (?:\\w+ )?(?:go on|fit|do up)"],
  ["hinchad\\w*", "inflamad\\w*", "se (?:me|le) (?:hincho|hinchaba|ha hinchado)", "mas grande", "como (?:un|una) (?:tronco|poste|bota|globo|pata de elefante|morcilla)", "marcas? (?:del|de los|de la) (?:calcetin|calcetines|media|medias) (?:\\w+ ){0,6}(?:profund\\w*|hond\\w*)", "(?:el )?zapato no (?:me |le )?entra"],
);
// Hard too: a swollen leg gone hard and tight is how a deep vein clot is often told.
const HOT_OR_RED = lexicon("hot, red, painful or hard", ["hot", "warm", "red", "tender", "painful", "hurts?", "hard", "tight"], ["caliente", "roj\\w*", "sensible", "duele\\w*", "dolor\\w*", "dur[oa]", "tirante"]);

const COUGHING_BLOOD = lexicon(
  "coughing up blood",
  [
    "ha?emoptysis", "cough\\w* (?:up |out )?(?:some |a bit of |bits of )?blood\\w*", "blood (?:when|while|as) (?:i |he |she )?cough\\w*", "spit\\w* (?:up )?blood",
    "blood in {P} (?:spit|phlegm|mucus|sputum|saliva)", "bloody (?:phlegm|mucus|spit|sputum)", "cough\\w* (?:up )?(?:red|pink) (?:stuff|phlegm)",
  ],
  ["hemoptisis", "tos\\w* (?:con )?sangre", "toso sangre", "tose sangre", "escup\\w* sangre", "sangre al toser", "flema\\w* con sangre", "sangre en (?:la |las )?flema\\w*", "tosiendo sangre"],
);

/** Coughing and blood in one sentence, however told: "coughed into a tissue and there was blood", "toso y sale sangre". */
const COUGH = lexicon(
  "coughing or what is coughed up",
  ["cough\\w*", "coughed", "hack\\w*", "phlegm", "mucus", "sputum", "spit\\w*", "spat", "hawk\\w*", "gunk", "goo", "gob", "(?:brought|bringing|bring|brings) up", "(?:what|stuff|it|something|that) (?:\\w+ )?(?:came|comes|coming) up"],
  ["tos\\w*", "toso", "tose", "tosi", "tosio", "tosiendo", "flema\\w*", "esput\\w*", "escup\\w*", "gargajo\\w*", "moco\\w*"],
);
const BLOOD_OR_PINK = lexicon(
  "blood, or pink or red",
  ["blood\\w*", "bloody", "(?:pink|pinkish|red|reddish|rusty) (?:and )?(?:streaky |stringy |frothy )?(?:froth\\w*|phlegm|spit|mucus|sputum|stuff|streaks?|gunk|goo|threads?)", "streak\\w* of (?:red|blood)", "(?:spit|phlegm|mucus|sputum) (?:is |was |looks |came out |comes out )?(?:pink|red|rusty)", "bright red", "(?:it|that|phlegm|spit) (?:was|came up|came out) red"],
  ["sangre", "sangrad\\w*", "sanguinolent\\w*", "(?:flema|saliva|esputo|moco)s? (?:\\w+ )?(?:rosad\\w*|roj\\w*)", "hilitos? de sangre", "hilos? de sangre", "rayitas? de sangre", "hilitos? rosad\\w*", "(?:hilitos?|hilos?|rayitas?|vetas?) (?:\\w+ )?roj\\w*", "(?:mancho|manchas?|tino|tiñe|sale) (?:\\w+ ){0,2}de rojo", "(?:panuelo|servilleta|papel) (?:\\w+ ){0,2}roj[oa]", "(?:rojo|roja) (?:brillante|intens[oa])"],
);

/** Lips or fingertips turning blue or grey (cyanosis): not enough oxygen. */
const CYANOSIS = lexicon(
  "lips or fingertips blue or grey",
  ["(?:lips|lip|mouth|face|fingertips|fingernails|nails) (?:\\w+ ){0,4}(?:blue|bluish|blueish|purple|grey|gray|dusky)", "(?:blue|bluish|blueish|purple|grey|gray) (?:lips|lip|mouth|fingertips)", "(?:he|she|hes|shes|im|i am|is|was|getting|going) (?:\\w+ )?turn(?:ing|ed)? blue", "chok\\w* (?:\\w+ ){0,6}(?:turned|went|going|turning|gone) (?:blue|purple|grey|gray)", "(?:blue|bluish|blueish|purple|grey|gray|dusky)(?: colou?r| tinge| tint)? (?:\\w+ ){0,2}(?:round|around|on|at|about) (?:the |his |her |my |their )?(?:lips|lip|mouth|fingertips|fingernails|nails)"],
  ["labios? (?:\\w+ ){0,2}(?:morad\\w*|azul\\w*|grises|gris|amoratad\\w*)", "(?:se (?:me|le) )?(?:puso|pusieron|estan|esta|tiene|tengo) (?:los labios|la boca|la cara|las unas) (?:morad\\w*|azul\\w*|amoratad\\w*)", "(?:unas|dedos) (?:morad\\w*|azul\\w*)", "se (?:le |me )?(?:puso|pone|ponia|esta poniendo|estaba poniendo|quedo) azul", "(?:poniendo|pusieron|puso|ponen|pone|ponian|quedaron) (?:\\w+ )?(?:azul\\w*|morad\\w*|amoratad\\w*|gris\\w*) (?:los |las |sus |mis )?(?:labios|unas|dedos|cara|boca)", "(?:atragant\\w*|ahog\\w*) (?:\\w+ ){0,6}(?:azul|morad[oa]|amoratad[oa])", "(?:azul\\w*|morad[oa]s?|amoratad[oa]s?|gris\\w*)(?: \\w+){0,3} (?:alrededor de|en|por) (?:los |la |sus |mis )?(?:labios|boca|unas|yemas)"],
);

/** Breathless enough to stop mid-sentence or mid-step: a sign of real respiratory distress. */
const STOPS_FOR_AIR = lexicon(
  "stopping for air",
  ["(?:stop\\w*|pause\\w*|gasp\\w*|fight\\w*|gulp\\w*|struggl\\w*) (?:\\w+ ){0,2}for (?:air|breath)", "(?:cant|cannot|couldnt) (?:finish|get through|say) (?:a |one |{P} )?(?:sentence|word|whole sentence)", "out of breath (?:just )?(?:sitting|lying|resting|talking|at rest|doing nothing)", "breathing (?:really |very |so )?(?:fast|quick|hard|heavy) (?:and|even|at rest|sitting|lying)", "(?:cant|cannot) slow (?:my|his|her) breathing", "(?:can only|only|can just) (?:say|get out|get|manage|speak) (?:out )?(?:like |about )?(?:\\d|a few|two|three|four)(?: or (?:\\d|two|three|four))? words", "words (?:out )?(?:at a time )?before (?:i|he|she) (?:need|needs|have|has|must|gotta) (?:to )?(?:take |catch |get )?(?:another|a|my|his|her) breath", "(?:breathing|puffing|panting|gasping) (?:\\w+ ){0,6}(?:and|but) (?:ive|i have|i ve) been (?:sitting|resting|lying) (?:down )?(?:for )?(?:\\d+|half an hour|an hour|ages)", "(?:cant|cannot|can not) walk (?:\\w+ ){0,6}without stopping (?:to|for) (?:get |catch )?(?:my |a )?breath", "(?:cant|cannot|couldnt|can not) get to the end of a sentence", "(?:stop|stopping|stopped|pause|pausing) (?:\\w+ ){0,2}to (?:get|catch) (?:my|his|her) breath (?:\\w+ ){0,3}(?:going up|after|climbing|on) (?:\\d|one|two|three|a few|a couple of)"],
  ["(?:no (?:puedo|puede) )?(?:terminar|acabar) (?:una|la) frase", "solo (?:puedo|puede|alcanzo a|alcanza a) (?:decir|hablar) (?:unas |como )?(?:\\d|dos|tres|cuatro|pocas)(?: o (?:\\d|dos|tres|cuatro))? palabras", "palabras y (?:tengo|tiene) que (?:respirar|tomar aire|parar)", "(?:me|le) (?:falta|faltaba) el aire (?:hasta )?(?:para hablar|sentad\\w*|acostad\\w*|en reposo)", "respir\\w* (?:muy )?(?:rapido|agitad\\w*) (?:sin parar|sentad\\w*|acostad\\w*)", "(?:me |se )?(?:tengo|tiene|tuve|tuvo) que parar a (?:coger|tomar|agarrar|recuperar) (?:el )?(?:aire|aliento)"],
);

/**
 * Breathless at little or no effort (NHS / BTS red flags for breathlessness, NYHA class IV, orthopnoea):
 * winded walking to the bathroom, getting dressed, talking, lying flat. Never the puffing of a workout.
 */
const BREATHLESS = lexicon(
  "breathless, winded or panting",
  ["winded", "out of breath", "(?:like (?:i|he|she) (?:ran|d run|had run) a marathon)", "breathing (?:really |so |very |super )?(?:fast|quick|hard|heavy|heavily)", "like (?:i|he|she) (?:just )?(?:ran|d run|had run|was running) (?:up )?(?:the |a )?(?:stairs|mile|race|hill)", "breathless\\w*", "short(?:ness)? of breath", "short of wind", "puffed(?! up)", "puffing", "panting", "huffing", "gasping", "cant (?:catch|get) {P} breath", "(?:have|has|had) to stop (?:\\w+ ){0,2}(?:to|for) (?:breathe|breath|air)", "(?:stop|stopping|stopped|pause|pausing) (?:\\w+ ){0,2}to (?:get|catch) (?:my|his|her) breath"],
  ["(?:me|le|se) (?:falta|faltaba|falto) (?:el )?(?:aire|aliento)", "(?:quedarme|quedarse|quedandome|quedandose) sin (?:aire|aliento)", "respira (?:con )?(?:mucho |muchisimo )?esfuerzo", "(?:me|le) cuesta (?:mucho |muchisimo )?respirar", "(?:me|le|se) (?:agito|agita|fatigo|fatiga|ahogo|ahoga|canso|cansa)", "sin aliento", "jade\\w*", "agitad[oa]", "parar a (?:coger|tomar|agarrar|recuperar) (?:el )?(?:aire|aliento)", "(?:me|le|se) (?:falta|faltaba|falto) el respiro"],
);
const LITTLE_EFFORT = lexicon(
  "little or no effort",
  [
    "(?:walk\\w*|going|get\\w*|go) (?:\\w+ ){0,2}(?:to|across|into) (?:the |my |his |her )?(?:bathroom|toilet|loo|kitchen|door|front door|mailbox|letterbox|next room|other room|couch|sofa|bed|car)", "across the room",
    "(?:getting|get) (?:dressed|out of bed|up from (?:a |the )?chair)", "(?:in|taking) (?:the|a) shower", "showering", "brushing {P} (?:teeth|hair)",
    "(?:just|even|while|when|from) (?:\\w+ )?(?:talking|speaking|eating|sitting|lying|laying|resting|rolling over)", "(?:sitting|lying|laying) (?:still|flat|in bed)", "at rest", "(?:after|climbing|up|going up|doing) (?:just |only )?(?:\\d|one|two|three|four|a few|a couple of) (?:steps|stairs)", "doing nothing", "on the phone",
  ],
  [
    "(?:ir|voy|va|caminar|camino|camina|andar|llegar) (?:\\w+ ){0,2}(?:al bano|a la cocina|a la puerta|a la cama|al cuarto)", "(?:al|de) (?:vestirme|vestirse|banarme|banarse|ducharme|ducharse|hablar|comer|levantarme|levantarse)", "(?:en la|en el) (?:ducha|regadera)",
    "(?:aun|incluso|hasta|estando|solo) (?:sentad[oa]|acostad[oa]|descansando)", "(?:solo|aun|incluso) (?:de|con) estar (?:sentad[oa]|acostad[oa]|quiet[oa])", "(?:subiendo|al subir|despues de) (?:solo )?(?:\\d|un|uno|dos|tres|cuatro|unos|unos pocos) (?:escalones|peldanos|gradas)", "en reposo", "sin hacer nada", "(?:hablando|comiendo)", "por la casa",
  ],
);

/** Having to sit or sleep propped up to breathe, or waking up breathless (orthopnoea, paroxysmal nocturnal dyspnoea: heart failure, PE). */
const ORTHOPNOEA = lexicon(
  "sitting up to breathe",
  [
    "(?:sleep|sleeps|sleeping|slept|sit(?:ting)? up|sat up|propped(?: up)?|prop (?:my|him|her)self up|(?:three|3|four|4|extra|more|two|2) pillows) (?:\\w+ ){0,4}(?:to|so (?:i|he|she) can|in order to|just to) (?:breathe|breath|get (?:some |enough )?air)",
    "(?:cant|cannot|couldnt|can not) (?:lie|lay) (?:down|flat)(?: \\w+){0,3} (?:without|because|cause|cos|or) (?:\\w+ ){0,3}(?:breathe|breath|breathing|air|gasping|choking|drowning|suffocat\\w*)",
    "(?:wake|wakes|woke|waking) up (?:\\w+ ){0,3}(?:fighting for|gasping for|struggling for) (?:air|breath)", "(?:feel|feels|feeling|felt) like (?:im|i am|hes|shes|he is|she is|i was|he was|she was|i m) drowning(?! in)",
  ],
  ["(?:dormir|duermo|duerme|dormia|dormimos) sentad[oa]", "(?:dormir|duermo|duerme|acostad[oa]) (?:con|sobre) (?:\\w+ )?(?:almohadas|cojines) para (?:poder )?respirar", "incorporad[oa] para (?:poder )?respirar", "(?:no (?:puedo|puede) )?acostar(?:me|se) (?:\\w+ ){0,2}(?:porque|sin que|por que) (?:me|le|se) (?:falta|ahog)\\w*", "(?:siento|siente) que (?:me|se) (?:ahogo|ahoga) (?:al|cuando) (?:acostar|acuesto|acuesta)\\w*"],
);

/** The air that will not go in, in the words people use: a straw, lungs that will not fill, a rattling chest, pink froth. */
const AIR_WONT_GO_IN = lexicon(
  "air that will not go in",
  [
    "(?:air|breath) (?:wont|doesnt|isnt|is not|cant|will not|does not) (?:\\w+ )?(?:go|get|going|getting|come|coming) in", "(?:cant|cannot|couldnt|can not) (?:get|pull|draw) (?:a |any )?(?:full|deep|proper|good|decent|whole) breath",
    "breath(?:ing|e)? (?:through|thru) a (?:straw|pillow|wet (?:towel|cloth))", "(?:lungs|chest) (?:wont|dont|cant|doesnt|will not|do not|arent|are not) (?:\\w+ )?(?:fill|filling|expand|expanding|open|opening)", "(?:cant|cannot) fill (?:my|his|her) lungs",
    "(?:chest|breathing|lungs) (?:is |are |sounds |sound )?(?:\\w+ )?(?:rattl\\w*|crackl\\w*|gurgl\\w*|bubbl\\w*)", "rattl\\w* (?:in|from) (?:my|his|her) chest", "pink (?:frothy |foamy )?(?:froth|foam|frothy spit)", "(?:frothy|foamy) (?:pink )?(?:spit|sputum|phlegm)",
    "(?:cant|cannot|couldnt|can not|can barely|can hardly|unable to) (?:talk|speak) in (?:full|whole|complete) sentences", "every breath (?:is|feels like|takes) (?:an effort|a struggle|hard work|work|so much effort)", "breathing (?:is|feels) (?:like )?(?:hard work|an effort|a struggle|such an effort)",
    "(?:breathing|breathe|gasping|gulping|gasp|gulp) (?:\\w+ ){0,3}like a fish", "all (?:whistly|wheezy|rattly)", "(?:whistl\\w*|wheez\\w*|squeak\\w*) (?:\\w+ )?(?:when|as|every time) (?:i|he|she) (?:breathe|breath)", "(?:inhaler|puffer|nebuli[sz]er|blue pump) (?:\\w+ ){0,2}(?:not|isnt|doesnt|didnt|wont|aint|is not|does not) (?:\\w+ )?(?:help|touch)\\w*",
    "(?:theres|there is|isnt|is not|there isnt) (?:not )?enough air", "breath(?:e|es|ing)? (?:through|under|in) water", "(?:breathing|chest|breath|lungs) (?:is |are |sounds? |was )?(?:\\w+ )?(?:noisy|wet|rattly|crackly|gurgly|bubbly|whistl\\w*|squeak\\w*)(?! (?:from|with) laugh)", "(?:cant|cannot|couldnt|can not|can barely|can hardly|unable to) (?:get|finish) (?:a |one )?(?:full |whole |complete )?(?:sentence|sentences|words?) out", "(?:have to|having to|need to|must|got to) (?:stop|pause) (?:every|after) (?:\\w+ ){0,2}words?", "(?:cant|cannot|couldnt|can not|can barely|can hardly|unable to) (?:\\w+ ){0,5}without (?:stopping|pausing) (?:to|for) (?:breathe|breath|air)",
  ],
  [
    "(?:respir\\w*|resoll\\w*) (?:como )?(?:por|con) (?:un popote|una pajita|un pitillo|una bombilla)", "no (?:me|le) (?:llenan|llena) (?:los )?pulmones", "no (?:puedo|puede) (?:llenar|inflar) (?:los|mis|sus) pulmones",
    "(?:respir\\w*|boque\\w*) (?:\\w+ ){0,3}como (?:un )?pez", "(?:el )?(?:inhalador|puff|nebulizador|salbutamol|ventolin) (?:\\w+ ){0,2}no (?:me |le )?(?:hace nada|ayuda|sirve|funciona|hace efecto)", "(?:me|le) silba (?:al respirar|la respiracion)",
    "(?:me|le) (?:silba|chilla|suena|ronca|hierve) (?:mucho )?el pecho", "(?:silbido|silbidos|ruido|pitido|hervidero) (?:\\w+ )?(?:en el|del) pecho", "el pecho (?:me |le )?(?:silba|chilla|hierve)", "espuma rosad\\w*",
    "no (?:puedo|puede|pudo|podia) (?:terminar|acabar) (?:una|la|las|ni una) frases?", "no (?:puedo|puede|pude|pudo) (?:\\w+ ){0,5}sin (?:parar|detener\\w*) a respirar",
  ],
);

/**
 * Breathless from exertion that settled with a rest ("out of breath after the stairs but fine after a
 * minute", "me agité en las escaleras pero se me pasó rápido"): the puffing of exercise, which a careful
 * PT reads as nothing. Only the mild words, and only when nothing worse is said between them.
 */
const SETTLED_PUFFING = lexicon(
  "puffing that settled",
  [String.raw`(?:out of breath|puffed|puffing|winded|breathless|short of breath|breathing (?:hard|heavy|heavily|fast|quick)|huff\w* and puff\w*|panting)(?:(?!\b(?:cant|cannot|couldnt|gasp\w*|chok\w*|wheez\w*|blue|chest|lips|calf|still|worse|again)\b)[^.!?;]){0,60}?\b(?:(?:fine|ok|okay|good|normal|alright|all right|better|settled|recovered|back to normal|(?:comes?|came|coming) back)(?: again)? (?:after|within|in) (?:a |one |two |\d+ |a few |a couple (?:of )?)?(?:minute|min|second|sec|moment|rest|breather|bit)s?|(?:caught|got) (?:my|his|her) breath(?: back| again)?(?! (?:for|after) (?:\d+|twenty|thirty|ages|a long|an hour|hours))|(?:fine|ok|okay|good|normal|alright|better) now|(?:it |that |which |and )?(?:settled|passed(?! out)|went away)(?! (?:but|then))|back to normal)\b`],
  [String.raw`(?:me agite|me agito|agitad[oa]|sin aliento|(?:me )?(?:quede|quedo) sin (?:aire|aliento)|(?:me|le) falt(?:o|aba|a) (?:el )?(?:aire|aliento)|jadeando|me fatigue)(?:(?!\b(?:no puedo|ahog\w*|silb\w*|morad\w*|pecho|labios|pantorrilla|todavia|sigue|peor)\b)[^.!?;]){0,60}?\b(?:se (?:me |le )?(?:paso|quito|calmo)|(?:me|se) recuper(?:e|o)|recuper(?:e|o) el (?:aliento|aire)|(?:ya )?(?:estaba|estoy|quede) bien (?:al|despues|en)|volvi a la normalidad|(?:al (?:rato|ratito)|enseguida|en (?:un|unos) (?:rato|ratito|minutos?|segundos?)|a los (?:\d+|pocos|dos|cinco) (?:minutos?|segundos?)) (?:ya )?(?:normal|bien|tranquil[oa])|(?:como|igual que) (?:siempre|de costumbre)|(?:me sente|descanse|pare) (?:\w+ ){0,3}y (?:ya|listo|se (?:me )?paso)|todo (?:normal|bien))\b`],
);

/** Pain when breathing in (pleuritic pain), a sign of pulmonary embolism after surgery or immobility. */
const PAIN_ON_BREATHING = lexicon(
  "pain on breathing in",
  [
    "(?:hurts?|hurting|pain\\w*|sharp|stab\\w*|catch\\w*|ache\\w*) (?:\\w+ ){0,5}(?:when|whenever|every time|each time|if|as) (?:i |he |she )?(?:breathe|breath|inhale|take (?:a |in a )?(?:deep |big )?breath|try to breathe)",
    "pleuritic (?:chest )?pain", "(?:hurts?|painful|pain) to (?:breathe|breath|take a (?:deep )?breath|inhale)", "(?:cant|cannot|couldnt) take a (?:deep|full|big) breath",
  ],
  ["dolor pleuritico", "(?:duele\\w*|dolor\\w*|punzada\\w*|pinchazo\\w*) (?:\\w+ ){0,5}(?:al|cuando|cada vez que) (?:respir\\w*|inspir\\w*|tom\\w* aire)", "no (?:puedo|puede) (?:respirar|tomar aire) (?:hondo|profundo)"],
);

/** Indigestion or heartburn that is really the heart: AHA lists it among women's and older people's symptoms. */
const INDIGESTION = lexicon(
  "indigestion or heartburn",
  ["indigestion", "heartburn", "heart burn", "acid reflux"],
  ["indigestion", "acidez", "agruras", "reflujo", "ardor de estomago", "boca del estomago"],
);
const BETWEEN_SHOULDER_BLADES = lexicon("between the shoulder blades", ["between {P} shoulder ?blades"], ["entre (?:los|mis|sus) omoplatos", "entre (?:las|mis|sus) paletas", "entre (?:las|mis|sus) paletillas"]);
const COLD_SWEAT_OR_BREATHLESS = lexicon(
  "cold sweat, clammy or breathless",
  ["sweat\\w*", "clammy", "drenched", "breathless\\w*", "short of breath", "out of breath"],
  ["sudor\\w*", "sudando", "sudad\\w*", "sudoros\\w*", "empapad\\w*", "sin resuello", "sin aire(?! (?:acondicionado|ac|clima|fresco))", "falta (?:el )?aire"],
);
const JAW = lexicon("jaw or teeth", ["jaw", "jaws", "teeth"], ["mandibula", "quijada", "dientes"]);
const LEFT_ARM = lexicon("left arm", ["left arm", "left shoulder", "both arms", "arm"], ["brazo izquierdo", "hombro izquierdo", "ambos brazos", "los dos brazos", "brazo"]);
const ARM_OR_JAW_SYMPTOM = lexicon(
  "aching, heavy, numb or tingling",
  ["pain\\w*", "hurts?", "hurting", "ache\\w*", "aching", "achy", "heavy", "heaviness", "numb\\w*", "tingl\\w*", "rubb\\w*"],
  ["dolor\\w*", "duele\\w*", "pesad\\w*", "dormid\\w*", "se (?:me|le) (?:duerme|durmio)", "hormigue\\w*", "entumid\\w*", "adormecid\\w*", "molesti\\w*"],
);

/**
 * A cold sweat, clammy skin, nausea, breathlessness or light-headedness: the company an arm, jaw or
 * upper-stomach complaint keeps in a heart attack (AHA). Plain sweating is left out: after exercise it is expected.
 */
const COLD_SWEAT_AND_COMPANY = lexicon(
  "cold sweat, clammy, sick, breathless or light-headed",
  ["cold sweat\\w*", "clammy", "sweating buckets", "breaking out in (?:a )?(?:cold )?sweat", "drenched in sweat", "nause\\w*", "(?:feel|feeling|felt) sick", "throw(?:ing)? up", "threw up", "vomit\\w*", "breathless\\w*", "short of breath", "(?:cant|cannot) (?:catch|get) {P} breath", "light ?headed\\w*", "dizzy", "faint\\w*", "grey", "gray"],
  ["sudor frio", "sud\\w* frio", "frio y sudad\\w*", "empapad\\w* (?:en|de) sudor", "pegajos\\w*", "nause\\w*", "ganas de vomitar", "vomit\\w*", "sin aire(?! (?:acondicionado|ac|clima|fresco))", "(?:me|le) falta (?:el )?aire", "mare\\w*", "desmay\\w*", "palid\\w*"],
);

/** A cold sweat or clammy skin, not the sweat of exercise; with a stomach complaint, nausea alone is a stomach bug's too. */
const COLD_SWEAT = lexicon(
  "cold sweat or clammy",
  ["cold sweat\\w*", "clammy", "breaking out in (?:a )?(?:cold )?sweat", "drenched in (?:a )?(?:cold )?sweat"],
  ["sudor frio", "sud\\w* frio", "frio y sudad\\w*", "empapad\\w* (?:en|de) sudor", "pegajos\\w*"],
);

/** Upper-stomach discomfort or an unusual tiredness: how a heart attack often comes to women, older and diabetic people (AHA). */
const ATYPICAL_HEART = lexicon(
  "upper-stomach discomfort or unusual tiredness",
  [
    "upper (?:stomach|belly|abdomen|abdominal|tummy)", "(?:pit|top) of {P} (?:stomach|belly)", "(?:stomach|belly|tummy) (?:\\w+ ){0,2}(?:feels? )?(?:funny|weird|off|odd|strange|heavy|tight|burning)",
    "(?:unusual(?:ly)?|strange(?:ly)?|weird(?:ly)?|sudden(?:ly)?|crushing) (?:\\w+ )?(?:tired\\w*|fatigue\\w*|exhaust\\w*|weak\\w*|wiped out|drained)",
  ],
  ["boca del estomago", "(?:parte de )?arriba del (?:estomago|abdomen)", "cansancio (?:raro|extrano|inusual|repentino|muy fuerte)", "(?:muy |super )?(?:cansad[oa]|agotad[oa]) (?:de repente|de la nada|sin razon|sin hacer nada)", "(?:de repente|de la nada) (?:muy |super )?(?:cansad[oa]|agotad[oa])"],
);

/**
 * Pain spreading into an arm: a heart's pain when nothing in the message places it in the neck,
 * back or shoulder (a trapped nerve, common in rehab, spreads the same way).
 */
/** …only when the arm is being used ("when I do the band exercise", "cuando jalo la liga"): a shoulder or nerve, not the heart. */
const NOT_WITH_ARM_USE = String.raw`(?! (?:\w+ ){0,3}(?:when|while|during|if|whenever|cuando|al|mientras) (?:i |he |she )?(?:do|doing|did|lift\w*|use|using|reach\w*|rais\w*|pull\w*|push\w*|hago|hace|levant\w*|uso|usa|jal\w*|estir\w*|subo|sube|empuj\w*))`;
const INTO_AN_ARM = lexicon(
  "pain spreading into an arm",
  [`(?:spread\\w*|radiat\\w*|shoot\\w*|travel\\w*|going|goes|moving|runs?|running) (?:up |down |into |to )(?:{P} )?(?:arm|arms)${NOT_WITH_ARM_USE}`],
  [`(?:se (?:me|le) )?(?:corre|core|va|baja|pasa|irradia|extiende)\\w* (?:hacia |hasta |por )?(?:al|el|a los|los|a mi|a su) brazos?${NOT_WITH_ARM_USE}`, `(?:corre|core|baja|se va|se pasa) (?:\\w+ ){0,2}(?:al|hasta el|por el) brazo${NOT_WITH_ARM_USE}`],
);
/** Come on over days: a nerve's way, not a heart attack's. */
/** The arm is where it starts, running down to the hand: "my left arm tingles all the way into my fingers" (a nerve, not the heart). */
const DOWN_THE_ARM_ITSELF = lexicon(
  "from the arm down to the hand",
  ["(?=arm|elbow|forearm)(?<!\\b(?:chest|jaw|neck|heart|breastbone)\\b[^.!?]*)(?:arm|elbow|forearm)\\b(?:(?! chest| jaw| neck)[^.!?]){0,40}\\b(?:into|down to|to|through) (?:{P} |the )?(?:fingers|hand|thumb|pinky|little finger|wrist)"],
  ["(?=brazo|codo|antebrazo)(?<!\\b(?:pecho|mandibula|cuello|corazon|esternon)\\b[^.!?]*)(?:brazo|codo|antebrazo)\\b(?:(?! pecho| mandibula| cuello)[^.!?]){0,40}\\b(?:hasta|a|hacia) (?:los |la |el |mis? )?(?:dedos|mano|pulgar|muneca|menique)"],
);

const OVER_DAYS = lexicon(
  "came on over days",
  ["gradual\\w*", "(?:came|coming|come|crept|creeping) on (?:\\w+ )?(?:slowly|over)", "over (?:the )?(?:last |past )?(?:few |couple of |several |\\d+ )?(?:days|weeks)"],
  ["poco a poco", "gradualmente", "(?:en|durante) (?:los |las )?(?:ultimos |ultimas )?(?:\\w+ )?(?:dias|semanas)"],
);

const SPREADS_FROM_ELSEWHERE = lexicon(
  "a neck, back, shoulder or nerve origin",
  ["neck", "back", "shoulder\\w*", "elbow", "wrist", "hand", "nerve", "sciatica", "pinched", "trapped", "disc", "cervical"],
  ["cuello", "espalda", "hombros?", "codo", "muneca", "mano", "nervio", "ciatica", "cervical\\w*", "disco"],
);

/** Arms heavy and a sweat after the weights are the workout's, not the heart's. */
const AFTER_EXERCISE = lexicon(
  "after exercise",
  ["(?:after|from|with|during) (?:the |my |all the |those |these |doing (?:the |my )?)?(?:weights|workout|exercis\\w*|gym|session|band|reps|sets|lifting|training|class|push ?ups)"],
  ["(?:despues de|por|con|de) (?:las |los |la |el |mis |hacer (?:las |los |la |el |mis )?)?(?:pesas|ejercicios?|rutina|gimnasio|liga|banda|entrenamiento|lagartijas)"],
);

/** Pitting oedema (Wells): pressing the swollen leg leaves a dent. */
const PITTING = lexicon(
  "pressing leaves a dent",
  ["pitting", "(?:press\\w*|push\\w*|poke\\w*) (?:\\w+ ){0,4}(?:leaves|left|stays|makes) (?:\\w+ ){0,2}(?:dent|dimple|mark|hole|pit)"],
  ["(?:aprieto|presiono|hundo|aprietas|presionas|aprieta|presiona) (?:\\w+ ){0,4}(?:queda|quedo|deja|hace) (?:\\w+ ){0,2}(?:hoyito|hoyo|marca|hundid\\w*|huequito|hueco)"],
);

/** One leg bigger than the other (Wells: calf swelling > 3 cm against the other side). */
const ONE_SIDED_SWELLING = lexicon(
  "one leg bigger than the other",
  ["twice the size", "(?:much |way |a lot )?bigger than (?:the other|{P} other)", "(?:fatter|thicker|puffier) than (?:the other|{P} other)", "double the size"],
  ["(?:mas|el doble de) (?:grande|gord[oa]|hinchad[oa]) que (?:la otra|el otro)", "el doble de (?:grande|tamano)"],
);

/**
 * With a calf or leg that may hold a clot, breathlessness of any degree is a possible pulmonary embolism
 * (Wells criteria; NICE NG158): winded on the stairs counts, not only at rest.
 */
const ANY_NEW_BREATHLESSNESS = anyOf("breathlessness of any degree", BREATHING_TROUBLE, BREATHLESS, STOPS_FOR_AIR, AIR_WONT_GO_IN, PAIN_ON_BREATHING);

/**
 * Angina that the patient's own spray or tablet under the tongue does not settle (NICE CG126, BHF: no better five
 * minutes after the GTN, call the emergency number): "this is nothing like my angina, and the spray isnt touching it".
 */
const GTN_NOT_WORKING = lexicon(
  "the angina spray or tablet not working",
  ["(?:spray|sprays|gtn|nitro\\w*|glyceryl\\w*|puffs?|tablet under (?:my|his|her|the) tongue)(?:[ ,]+\\w+){0,6}? (?:isnt|is not|wasnt|was not|not|didnt|did not|hasnt|has not|havent|doesnt|does not|no) (?:\\w+ )?(?:touching|touched|working|worked|helping|helped|help|shifting|shifted|easing|eased|settling|settled|doing (?:anything|a thing|much))", "(?:two|three|2|3|second|third|another) (?:sprays?|puffs?|gtn|nitro\\w*) (?:\\w+ ){0,4}(?:still|and still|no (?:better|change|difference))", "(?:spray|sprays|gtn|nitro\\w*|puffs?) (?:\\w+ ){0,4}(?:twice|two times|three times|again) (?:\\w+ ){0,5}(?:still (?:no better|there|bad|hurting|crushing|tight)|no (?:better|change|difference)|didnt help|not helping)"],
  ["(?:spray|nitro\\w*|nitroglicerina|pastilla (?:debajo de|bajo) la lengua|cafinitrina)(?:[ ,]+\\w+){0,6}? no (?:me |le )?(?:hace|hizo|funciona|funciono|sirve|sirvio|quita|quito|calma|calmo|alivia|alivio)"],
);
const ANGINA_OR_CHEST = lexicon("angina or the chest", ["angina", "chest", "heart"], ["angina", "pecho", "corazon"]);

export const CARDIORESPIRATORY_RULES: readonly ConceptRule[] = [
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "Angina that the patient's spray or tablet under the tongue does not settle.", message: [GTN_NOT_WORKING, ANGINA_OR_CHEST] },
  { id: "calf-pain-swelling", syndrome: "pe-dvt", level: "urgent", effect: "symptom", description: "One leg or calf bigger than the other (possible DVT).", sentence: [LEG, ONE_SIDED_SWELLING] },
  { id: "calf-pain-swelling", syndrome: "pe-dvt", level: "urgent", effect: "symptom", description: "One calf bigger than the other (possible DVT).", sentence: [CALF, ONE_SIDED_SWELLING] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "A chest site with a pain- or pressure-like feeling, in any words or metaphor; not sore chest muscles that hurt only when pressed, nor a knot of emotion.", sentence: [CHEST, CHEST_FEELING], unless: [CHEST_WALL, FEELING_MOVED] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "Something heavy sitting on them, the chest unnamed ('the elephant is back').", sentence: [SAT_ON] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "A weight on top with a cold sweat, even with chest pain denied ('no me duele el pecho, solo un peso encima y sudor frío').", message: [A_WEIGHT_ON_TOP, COLD_SWEAT_AND_COMPANY], denialDoesNotCancel: true },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "Pain or pressure spreading to the jaw or left arm; not numbness that crept in over days (LABELS: gradual, one limb, is urgent).", sentence: [SPREADS, JAW_OR_LEFT_ARM], unless: [OVER_DAYS, DOWN_THE_ARM_ITSELF] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "Arm, jaw or neck pain with a cold sweat, nausea or breathlessness.", sentence: [ARM_NECK, PAIN], message: [SWEAT_OR_SICK] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "A heart attack named as such, not one years ago.", sentence: [HEART_ATTACK], unless: [LONG_AGO, RECOVERING_FROM_A_HEART_ATTACK] },
  { id: "breathing-trouble", syndrome: "breathing", level: "emergency", effect: "symptom", description: "Cannot breathe, short of breath, gasping, wheezing, choking; not the puffing after exertion the patient says is usual for them.", sentence: [BREATHING_TROUBLE], unless: [BREATH_TAKEN_AWAY, USUAL_FOR_ME, SETTLED_PUFFING] },
  { id: "breathing-trouble", syndrome: "breathing", level: "emergency", effect: "symptom", description: "Breathless, winded or panting at little or no effort: walking to the bathroom, getting dressed, talking, lying down.", sentence: [BREATHLESS, LITTLE_EFFORT] },
  { id: "breathing-trouble", syndrome: "breathing", level: "emergency", effect: "symptom", description: "Having to sit or sleep propped up to breathe, or waking up fighting for air (orthopnoea).", sentence: [ORTHOPNOEA] },
  { id: "breathing-trouble", syndrome: "breathing", level: "emergency", effect: "symptom", description: "Air that will not go in: a straw, lungs that will not fill, a rattling chest, pink froth, too breathless for whole sentences.", sentence: [AIR_WONT_GO_IN] },
  { id: "coughing-blood", syndrome: "pe-dvt", level: "emergency", effect: "symptom", description: "Coughing up blood (possible pulmonary embolism).", sentence: [COUGHING_BLOOD] },
  { id: "coughing-blood", syndrome: "pe-dvt", level: "emergency", effect: "symptom", description: "Coughing, phlegm or spit with blood, pink or red in it.", sentence: [COUGH, BLOOD_OR_PINK] },
  { id: "breathing-trouble", syndrome: "breathing", level: "emergency", effect: "symptom", description: "Lips or fingertips turning blue or grey (cyanosis).", sentence: [CYANOSIS] },
  { id: "breathing-trouble", syndrome: "breathing", level: "emergency", effect: "symptom", description: "Too breathless to finish a sentence, or breathless at rest.", sentence: [STOPS_FOR_AIR] },
  { id: "pleuritic-pain", syndrome: "pe-dvt", level: "emergency", effect: "symptom", description: "Pain on breathing in (pleuritic pain: possible pulmonary embolism).", sentence: [PAIN_ON_BREATHING] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "Indigestion or heartburn with a cold sweat or breathlessness (atypical heart attack).", message: [INDIGESTION, COLD_SWEAT_OR_BREATHLESS] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "Pain between the shoulder blades with a cold sweat, nausea or breathlessness (atypical heart attack).", sentence: [BETWEEN_SHOULDER_BLADES, PAIN], message: [SWEAT_OR_SICK] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "The jaw and the (left) arm both aching, heavy or numb.", message: [JAW, LEFT_ARM, ARM_OR_JAW_SYMPTOM] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "An arm, jaw or neck aching, heavy or numb with a cold sweat, nausea, breathlessness or light-headedness.", sentence: [ARM_NECK, ARM_OR_JAW_SYMPTOM], message: [COLD_SWEAT_AND_COMPANY] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "The jaw, the left arm or both arms aching, heavy or numb, with sweating, nausea or breathlessness.", sentence: [JAW_OR_LEFT_ARM, ARM_OR_JAW_SYMPTOM], message: [SWEAT_OR_SICK], unless: [AFTER_EXERCISE] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "Upper-stomach discomfort or unusual tiredness with a cold sweat or clamminess (atypical heart attack).", message: [ATYPICAL_HEART, COLD_SWEAT] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "Pain spreading into an arm with no neck, back or shoulder origin said.", sentence: [INTO_AN_ARM], unless: [SPREADS_FROM_ELSEWHERE, LONG_AGO] },
  { id: "calf-and-breathing", syndrome: "pe-dvt", level: "emergency", effect: "symptom", description: "Calf pain or swelling with breathlessness of any degree, even on the stairs (possible pulmonary embolism).", sentence: [CALF, CLOT_SIGN], message: [ANY_NEW_BREATHLESSNESS] },
  { id: "calf-and-breathing", syndrome: "pe-dvt", level: "emergency", effect: "symptom", description: "A swollen hot or red leg with breathlessness.", sentence: [LEG, SWOLLEN, HOT_OR_RED], message: [ANY_NEW_BREATHLESSNESS] },
  { id: "calf-and-breathing", syndrome: "pe-dvt", level: "emergency", effect: "symptom", description: "A leg swollen since the operation with breathlessness (a clot that has moved).", sentence: [LEG, SWOLLEN, SINCE_THE_OPERATION], message: [ANY_NEW_BREATHLESSNESS] },
  { id: "calf-pain-swelling", syndrome: "pe-dvt", level: "urgent", effect: "symptom", description: "Calf pain, swelling, heat, redness or tenderness (possible DVT), not a mild soreness alone.", sentence: [CALF, CLOT_SIGN], unless: [ONLY_A_LITTLE_SORE], fadesWhenResolved: true },
  { id: "calf-pain-swelling", syndrome: "pe-dvt", level: "urgent", effect: "symptom", description: "A leg swollen and hot, red or painful (possible DVT).", sentence: [LEG, SWOLLEN, HOT_OR_RED] },
  { id: "calf-pain-swelling", syndrome: "pe-dvt", level: "urgent", effect: "symptom", description: "A swollen leg that pits when pressed (Wells: pitting oedema).", sentence: [LEG, SWOLLEN], message: [PITTING] },
  { id: "chest-pain", syndrome: "acs", level: "emergency", effect: "symptom", description: "The jaw, the left arm or both arms named with a cold sweat or clamminess.", sentence: [JAW_OR_LEFT_ARM, COLD_SWEAT], unless: [AFTER_EXERCISE] },
];
