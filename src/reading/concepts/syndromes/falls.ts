import { type ConceptRule, explainingTheWholeMessage, lexicon } from "../lexicon.js";
import { LONG_AGO } from "../shared.js";

/**
 * Falls, from NICE NG249 / CG161 (falls in older people) and the "long lie" criteria: a fall with
 * a head strike, or after which the person cannot get up or is still on the floor, needs emergency
 * help; any other fall needs a clinician the same day. A near-fall or fear of falling is not a fall:
 * it is a balance concern for the therapist (LABELS Clarifications).
 */

const NEAR = "(?:almost|nearly|near|close to|just about|practically|kind of|sort of|about to|casi|por poco|a punto de|poquito)";

/** Things, not people, that fall: "my phone fell in the toilet", "the weights fell over". */
const THING = String.raw`(?:phone|cell|mobile|glasses|keys|cup|mug|plate|glass|book|bottle|remote|band|weights?|dumbbells?|picture|frame|tree|branch|leaves|snow|rain|prices?|temperature|temp|fever|number|score|pain|pressure|sugars?|it|that|this|something|stuff|things|box|pan|pot|bag|towel|pillow|blanket|hat|shoe|sock|tv|lamp|shelf|chair|ladder|card|paper|sheet|handout|stitch|dressing|bandage|scab|plaster|tape)`;

/** Someone the patient lives with or near, found on the floor or seen to fall. */
const SOMEONE_CLOSE = String.raw`(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|grandma|grandmother|grandad|grandpa|grandfather|gran|nan|granny|brother|sister|aunt|uncle|patient|neighbou?r|friend)`;

/** Things that fall in Spanish: "se cayó el cuadro", "se cayó la app". */
const COSA = String.raw`(?:el |la |los |las |un |una |mi |su )?(?:visitas?|gente|trabajo|chamba|aguacero|chaparron|cuadro|telefono|celular|movil|vaso|taza|plato|libro|botella|control|pesas?|liga|banda|lentes|gafas|llaves|arbol|rama|hojas|foto|repisa|estante|tele|television|pelota|cosas?|nieve|lluvia|sistema|servidor|server|deploy|despliegue|produccion|prod|red|wifi|web|base de datos|conexion|pedido|venta|negocio|trato|contrato|plan|vuelo|precio|bolsa|app|aplicacion|pagina|internet|senal|luz|llamada|mensaje|pelo|cabello|diente|costra|curita|venda|aposito)\b`;

const FALL = lexicon(
  "a fall happened",
  [
    `(?=f[ae]l)(?<!${NEAR} (?:\\w+ ){0,3})(?<!\\b${THING} (?:\\w+ )?(?:has |had |just )?)(?:fell|fallen|fel)(?!\\W+asleep\\b)(?! (?:asleep|behind|apart|in love|out (?:laughing|with|over|in the spirit|of (?:love|favou?r|touch|step|line|the habit|the routine))|for (?:it|this|that|him|her|them|the (?!(?:first|second|third|fourth|\\w+th|last|next|\\d+\\w*) time))|short|through|off the wagon|out of (?:the )?(?:habit|routine)|into (?:a|the) (?:habit|routine)|back on|silent|ill|sick|pregnant|into place|off (?:{P} )?(?:diet|plan|routine|schedule|program\\w*|regime|bandwagon|radar|streak)))`,
    // "feel" for "fell" (a phone slip or voice-to-text), read as a fall only when what follows is a fall's aftermath.
    "(?=feel )(?<=\\b(?:i|he|she|mum|mom|dad) )feel(?= (?:and|&|n) (?:cant|couldnt|cannot|hit|banged|bumped|hurt|landed))",
    `(?=had|took|have|suffered)(?<!${NEAR} )(?:had|took|have had|suffered) (?:a |an |another |two |three |a few |a couple of |several )?(?:\\w+ )?(?:fall|falls|tumble|spill|nasty fall|bad fall)`,
    // A tumble told on its own: "little tumble in the garden", "a small tumble on the stairs".
    `(?=tumble)(?<!${NEAR} (?:\\w+ ){0,3})(?<=(?:^|[.,;!]|\\b(?:a|little|small|bit of a|nasty|bad|another)) ?)tumble(?= (?:in|on|at|off|down|over|outside|yesterday|today|this|last|earlier|while|when|from))`,
    `(?=tripped|slipped|stumbled|tumbled|toppled)(?<!${NEAR} (?:\\w+ ){0,3})(?<!\\b(?:thumb|thumbs|finger|fingers|hand|grip|mind|tongue|band|phone|pen|knife|date|it|that) )(?:tripped|slipped|stumbled|tumbled|toppled)(?! (?:my mind|up on (?:the|my) words|disc|disk|out|(?:my|his|her|the|some|a) (?:\\w+ )?(?:shoes?|boots?|slippers?|socks?|coat|jacket|trainers|sneakers|brace|sleeve|dress|top|ring)s? (?:on|off)|(?:on|into|off) (?:my|his|her|the|some|a) (?:\\w+ )?(?:shoes?|boots?|slippers?|socks?|coat|jacket|trainers|sneakers|brace|sleeve|dress|top|ring|bed|seat|chair)s?\\b))`,
    `(?=went)(?<=\\b(?:i|he|she|we|and|then|mom|mum|dad) )went (?:down|flying|over)(?! (?:well|fine|ok|the|to|a|it))`, `(?=hit)(?<!${NEAR} )hit the (?:floor|ground|deck|pavement)`, "ended up on the (?:floor|ground)", "(?:was |got |been |being )?(?:knocked|pushed|shoved|bowled|barged|bumped|thrown|taken) (?:me |him |her )?(?:over|down|off (?:my|his|her) feet|to the (?:floor|ground))(?! (?:a|the|some|my|his|her|their|that|this|it|them)\\b)", `(?<!${NEAR} )did (?:actually |really |indeed |still )?fall(?! (?:asleep|behind|apart|short|through|for|off (?:the )?(?:wagon|plan|routine|schedule)))`, "(?:landed|sat down hard|plonked down|dropped) on (?:the |my )?(?:floor|ground|bum|butt|backside|bottom)", "(?:lost|losing) {P} (?:balance|footing)(?: \\w+){0,5},? (?:and )?ended up (?:sitting |lying |sprawled |flat |in a heap )?on", "ended up (?:sprawled|in a heap|flat on {P} (?:back|face|front)|on all fours)", "(?<=\\b(?:i|he|she|mum|mom|dad|and|then|just) )(?:tipped|toppled|keeled) (?:right |straight )?over(?! (?:the|a|my|his|her|it|some) )",
    // A fall told by its aftermath: "black and blue from falling over", "bruised after falling down the step".
    `(?=falling)(?<=\\b(?:from|after|since) )(?<!${NEAR} (?:\\w+ ){0,3})falling (?:over|down|off)\\b`,
    "(?:^|(?<=, ))went (?:down|over|flying)(?! (?:well|fine|ok|the|to|a|it|by|from|with|and (?:got|did)))", "(?:took|had) a header", `(?<!${NEAR} (?:\\w+ ){0,3})(?:went|sent) sprawling`, `(?<!${NEAR} (?:\\w+ ){0,3})(?:came|come) down hard on (?:{P} )?(?:\\w+ )?(?:hip|knee|knees|back|bottom|backside|bum|side|wrist|arm|shoulder|head)`, "(?:did|had|took) (?:a |another )?(?:proper |nasty |bit of a )?pratfall", `(?<!${NEAR} (?:\\w+ ){0,3})dropped to (?:{P} )?knees (?:\\w+ ){0,6}(?:couldnt|could not|cant|cannot|unable to) get (?:back )?up`, "went (?:head over heels|arse over \\w+|ass over \\w+)", "ate (?:pavement|dirt|concrete|the floor)", "(?:came|come|comes|coming) a cropper", "(?:ate|biffed|stacked) it (?:on|in|at|down|going|coming|off)", "(?:biffed|stacked) it(?= *(?:$|[.!;]|\\n)| *[.,!;])", "dropped to the (?:floor|ground)", "landed on (?:my|his|her)", "went down (?:hard )?on (?:{P} )?(?:backside|bum|butt|bottom|knees?|side|back|hip|face|wrist|hands?)", "(?:saw|watched|heard) (?:me|him|her) (?:fall|go down|trip|hit the (?:floor|ground))", "lost {P} (?:balance|footing) and (?:\\w+ )?(?:fell|went down|hit|landed)", "wiped out (?:on|off|at|in|going|while|riding|skiing|coming|hard)", "face ?planted", "(?=fall)(?<=\\b(?:a|the|my|his|her|another|\\w+s) )falls? (?:at home|in the (?:shower|kitchen|bathroom|garden|street))",
    "(?:slid|slipped|rolled|toppled|tipped|came|slumped|sank) (?:\\w+ ){0,3}(?:off|out of|down from) (?:the |my |his |her |a )?(?:bed|chair|couch|sofa|toilet|wheelchair|stool|commode|recliner|bench) (?:\\w+ ){0,2}(?:onto|on to|on) the (?:floor|ground)",
    "(?:slid|slipped|rolled|toppled|tipped|crumpled|sank|dropped) (?:\\w+ ){0,3}(?:onto|on to|down to|to) the (?:floor|ground)",
    "(?:knees?|legs?) (?:\\w+ )?(?:gave way|gave out|buckled|went) (?:\\w+ ){0,3}(?:and|so) (?:i|he|she) (?:collapsed|crumpled|dropped|went down|hit the (?:floor|ground)|ended up)", "(?:since|after) (?:the|my|his|her|that) (?:fall|tumble|spill)", "(?:saw|seen|see|witnessed|heard|hear) (?:the|his|her|my) (?:fall|tumble)", `(?:found|find|finding) (?:him|her|me|{P} ${SOMEONE_CLOSE}) (?:lying |sitting |sprawled |collapsed )?on (?:{P} )?(?:\\w+ )?(?:floor|ground)`,
    "(?:slid|slipped|toppled|tipped|slumped) (?:\\w+ ){0,2}(?:off|out of) (?:the |my |his |her |a )?(?:bed|chair|couch|sofa|toilet|wheelchair|commode|recliner|stool)", "(?:legs?|feet) (?:just )?(?:went|gone|came|gave|were taken) (?:out )?from under (?:me|him|her|them)", "missed (?:{P} |a |the )?(?:footing|step|last step|bottom step)(?! but)", "ended up (?:at the bottom of the (?:stairs|steps)|at the bottom|on (?:{P} )?(?:backside|bum|butt|bottom|knees|back))", "came off (?:{P} |a |the )?(?:bike|bicycle|horse|scooter|ladder|step ?ladder|stool|chair|motorbike|skateboard)", "(?:came|went|tumbled|slid|bumped) (?:tumbling |crashing |sliding )?down (?:a few|a couple of|some|several|\\d+|two|three|four) (?:\\w+ )?(?:steps|stairs|stair)", "slid (?:off|out of|down) (?:the )?(?:edge of the )?(?:bed|chair|sofa|couch|toilet|seat|wheelchair)", "(?:slid|slipped|slumped|sank) (?:off|down|out) (?:during|in|mid|on|while doing) (?:the |a |my |his |her )?(?:\\w+ )?(?:transfer|pivot|stand|turn)", "(?:been|keeps?|kept|started) falling(?: over)? (?:more|a lot|again|often|all the time)", "(?:sat|landed|plonked|went) down hard on (?:the |my )?(?:floor|ground|bum|butt|backside|bottom|tailbone)", "lost (?:it|my balance|his balance|her balance) and (?:sat|landed|went down|ended up) (?:down )?(?:hard )?on the (?:floor|ground)"],
  [
    // Spelt by ear: "se caiyó", "se calló, no puede levantarse" (callar, to go quiet, for caer).
    "(?:me|se|le) (?:caiy[oe]|cayio|cayi)\\b", "(?:me|se) (?:calle|callo)(?=[ ,]+(?:y |pero )?no (?:me |se )?(?:puedo|puede|pude|pudo|podia|podemos) (?:levantar|parar|mover))",
    `(?=me|se|nos|te)(?<!${NEAR} )(?<!\\bse )(?:me|se|nos|te) (?:cai|caí|cayo|caimos|he caido|ha caido|caido)(?! (?:de (?:la )?risa|de sueno|bien|mal|gord[oa]|pesad[oa]|fatal|el veinte|la ficha|en cuenta|${COSA}))`, "(?:me|se) (?:resbale|resbalo|tropece|tropezo|fui al (?:suelo|piso)|fue al (?:suelo|piso))", "(?:me|la|lo) (?:empujo|empujaron|tumbo|tumbaron|tiro|tiraron|derribo|derribaron|atropello|atropellaron) (?:\\w+ ){0,3}(?:al suelo|al piso|y (?:me|se) cai\\w*)", "(?:fui|fue) (?:\\w+ )?(?:derribad[oa]|tumbad[oa]|atropellad[oa]|empujad[oa])", "(?<=\\b(?:mama|papa|madre|padre|abuel[oa]|espos[oa]|marido|mujer|hij[oa]|suegr[oa]|ella|el|yo) )(?:cayo|cai)\\b(?! (?:en cuenta|bien|mal|gord[oa]))", "(?<!\\b(?:casi|por poco) )(?:me|se) (?:comi|comio) (?:el|la) (?:piso|suelo|banqueta|acera|vereda|calle|pavimento|lona)", "(?<!\\b(?:casi|por poco) )(?:me|se|nos) (?:volvi|volvio|volvimos|he vuelto|ha vuelto) a caer", "se (?:me|le|nos) (?:cayo|ha caido) (?:la |el |mi |su )?(?:mama|papa|madre|padre|abuel[oa]|abuelit[oa]|espos[oa]|marido|mujer|hij[oa]|suegr[oa]|paciente|tia|tio|herman[oa])\\b", `(?=ca)(?<!${NEAR} (?:\\w+ ){0,2})(?:cai|cayo|caimos|caiste) (?:al|en el|en la|de(?! (?:la )?risa| sueno| cansancio)|por|contra|sobre|redond\\w*)`,
    "(?=una|la|otra|tuve|sufri)(?<!miedo (?:a|de) )(?:una|la|otra|tuve una|sufri una) caida", "(?:termine|termino|acabe|acabo|quede|quedo) en el (?:suelo|piso)", "(?:me|se) (?:sente|sento) de golpe (?:en|sobre) el (?:suelo|piso)", "(?:me|se) (?:di|dio|pegue|pego|eche|echo) (?:un|una) (?:golpe|golpazo|porrazo|costalazo|madrazo|chingadazo|trancazo|cantazo|senton|sentonazo|culazo|caida|azotada|guamazo|tortazo|trompazo|leche|hostia|ostia|pina|palo|palazo|batacazo|piñazo|pinazo|ranazo|azoton|zapotazo|catorrazo|mameyazo|putazo|fregadazo|chingazo|madrazo|trompicon)", "(?:me|se) (?:fui|fue) de (?:boca|bruces|espaldas|lado|nalgas|rodillas|cara|jeta|hocico|trompa|panza|senton|sentones)", "(?:me|se) (?:fui|fue|he ido|ha ido|hemos ido|han ido) de (?:culo|poto|traste|trasero|pompis|pompas|morros|narices|boca|bruces|espaldas|nalgas|cara|jeta)(?! con (?:el|la) (?:trabajo|curro|tiempo|chamba))", "(?:me|se) (?:desparram|despatarr|espatarr|estamp)\\w* (?:en|por|contra) (?:la |el |las |los )?(?:vereda|calle|acera|suelo|piso|escalera|escaleras|banqueta|pasillo|entrada|jardin|patio|cocina|bano|ducha|pista|parque|asfalto|baldosas)", "(?=ca)(?<=\\b(?:y|e|pero|luego|entonces|hasta que) )(?:cai|cayo)\\b(?! (?:en (?:la cuenta|cuenta)|bien|mal))", "rod(?:e|o|aron|amos) (?:por|de) (?:las |la |unas |unos |los )?(?:escaleras?|gradas|escalones)", "(?:me|se) (?:fui|fue) escaleras abajo", "(?:me|lo|la) (?:vio|vieron|vi) caer(?:se|me)?", `(?=h)(?<!\\bse (?:me|te|le|nos|les) )(?:he|ha|hemos|han) caido(?! (?:en la cuenta|en cuenta|de la risa|bien|mal|enferm\\w*|en (?:la )?(?:depre|tentacion|trampa)|${COSA}))`, "(?:me he|se ha|nos hemos) (?:resbalado|tropezado|ido al (?:suelo|piso))", "(?:tuve|tuvo|he tenido|ha tenido) (?:un|una) (?:fall|caida|resbalon|tropezon)", "(?:despues de|al|tras|por) caer(?:me|se|nos)", "(?:me|se) (?:calle|callo)(?= (?:de|del|en|al|por|contra|y))", "(?:me|se|nos) (?:he |ha |hemos )?(?:dado|pegado|di|dio|pegue|pego) (?:un|una) (?:batacazo|porrazo|costalazo|trancazo|guarapazo|sentonazo|culazo|golpazo) (?:en|contra) (?:el|la) (?:suelo|piso|calle|acera|vereda|banqueta|escalera)", "(?:me|se|nos) (?:he |ha )?(?:dado|pegado|di|dio|pegue|pego) (?:un|una) (?:batacazo|porrazo|costalazo|sentonazo|culazo)"],
);

/** The floor as people name it by its surface: the carpet by the bed, the bathroom tiles, the lino. */
const FLOOR_SURFACE = String.raw`(?:carpet|rug|tiles|lino|linoleum|floorboards)`;
const SUELO_SUPERFICIE = String.raw`(?:baldosas|baldosines|alfombra|azulejos|losetas|tapete|ceramica|mosaicos)`;
const FLOOR = lexicon("on the floor", ["floor", "ground", "pavement", "bathroom tiles", FLOOR_SURFACE], ["suelo", "piso", SUELO_SUPERFICIE, "rellano", "tirad[oa]", "vereda", "acera", "banqueta"]);

const STILL_ON_FLOOR = lexicon(
  "still on the floor",
  ["(?:stuck|still|been lying|been laying|been) on the (?:\\w+ )?(?:floor|ground)", "(?:lay|lying|laid|laying|layed|stayed) (?:there|on the (?:floor|ground)) (?:for (?:hours|ages|a long time|the night|an hour|\\w+ hours)|all night|overnight|till|until)", "on the (?:\\w+ )?(?:floor|ground)(?: (?:in|of|by|at|next to|beside) (?:the|my|his|her)(?: \\w+){1,2})? (?:for (?:an? |\\d+ |over |hours|ages|a while|a long)|since|still)", `on the (?:\\w+ )?${FLOOR_SURFACE} (?:\\w+ ){0,3}(?:for (?:an? |\\d+ |over |hours|ages|a long)|since (?:last night|the night|\\d|this morning|early)|all night)`, `(?:found|find|finding) (?:me|him|her|them|{P} ${SOMEONE_CLOSE}) (?:lying |collapsed |sprawled )?on the (?:\\w+ )?(?:floor|ground)`],
  ["caid[oa] (?:\\w+ ){0,2}no (?:me|se|lo|la) (?:levanto|levanta|levantamos|puedo levantar|podemos levantar)\\b", "(?:sigo|sigue|llevo|lleva) (?:\\w+ ){0,2}(?:tirad\\w+ )?en el (?:suelo|piso)", "(?:se quedo|me quede|quedo|quede) (?:\\w+ )?(?:tirad\\w+ )?en el (?:suelo|piso)", "(?:la|lo) (?:encontre|encontramos|encontraron|encontro|halle|hallamos) (?:\\w+ ){0,3}en el (?:suelo|piso)",
    // Lying on the floor by its surface or beside the bed, since the night: a long lie.
    `(?:tirad|tumbad)[oa] (?:en|sobre) (?:el|la|las|los) (?:\\w+ )?(?:suelo|piso|${SUELO_SUPERFICIE})(?: \\w+){0,4} desde`, "(?:tirad|tumbad)[oa] (?:al lado de|junto a|a los pies de|entre) la cama"],
);

const LYING_ON_FLOOR = lexicon("lying on the floor", ["(?:lying|laying|lay|sitting|sat|stuck) (?:on )?(?:the|my|his|her) (?:\\w+ )?(?:floor|ground)", `(?:lying|laying|lay|sitting|stuck|sprawled|down) (?:\\w+ )?on the (?:\\w+ )?${FLOOR_SURFACE}`, "(?:still|been) (?:lying|laying|stuck|sitting) (?:here|there|in the (?:bath|tub|bathtub|shower))", "(?:stuck|lying|laying) in the (?:bath|tub|bathtub)"], ["(?:estoy|esta|tirad\\w*) en el (?:suelo|piso)", `(?:tirad|tumbad|sentad)[oa] (?:en|sobre) (?:el|la|las|los) (?:\\w+ )?(?:suelo|piso|${SUELO_SUPERFICIE})`]);

/** The writer (or the one written about) down on the floor now: "On the floor in the kitchen.", "shes on the floor". */
const ON_THE_FLOOR_NOW = lexicon(
  "on the floor now",
  ["(?=on|still)(?<=^\\W*)(?:still )?on the (?:\\w+ )?(?:floor|ground)\\b", "(?:im|i am|hes|he is|shes|she is|theyre|they are) (?:still |now |down )?on the (?:\\w+ )?(?:floor|ground)"],
  ["(?=en|sigo)(?<=^\\W*)(?:sigo )?en el (?:suelo|piso)\\b", "(?:estoy|esta|sigo|sigue) (?:todavia |aun )?(?:tirad[oa] )?en el (?:suelo|piso)"],
);

const CANT_GET_UP = lexicon(
  "cannot get up",
  [
    "(?:tried|trying|try|tries) (?:to )?(?:get(?:ting)?|stand(?:ing)?|pull(?:ing)?|push(?:ing)?|haul(?:ing)?|lift(?:ing)?|heav(?:e|ing)) (?:\\w+ )?(?:up|upright)(?: \\w+){0,6},? (?:(?:and|but) (?:i |he |she |we )?(?:cant|cannot|can not|couldnt|could not|failed|no luck|no good|no joy|not a chance)|no (?:luck|joy|good|chance|way))",
    "(?:cant|cannot|can not|couldnt|could not|unable to) get (?:myself |him |her )?out(?: of (?:the )?(?:bath|tub|bathtub|shower))?(?! of (?:bed|the house|the car|the chair|doing))",
    "(?:cant|cannot|can not|couldnt|could not|unable to|not able to|wont be able to|havent been able to) (?:\\w+ )?(?:get|stand|pull|push|haul|heave) (?:\\w+ )?(?:up|upright|back up|off the (?:floor|ground)|to (?:\\w+ )?feet)",
    // Legs that will not lift the body (a long lie told by what fails).
    "(?:knees?|legs?) (?:\\w+ )?(?:wont|will not|cant|couldnt|wouldnt|dont|arent|just wont) (?:lift|hold|push|raise|get) (?:me|him|her)(?: up)?(?! (?:for long|all day))",
    "(?:cant|couldnt|cannot) (?:lift|pick) (?:him|her|myself)(?! weights)", "(?:legs?|knees?|body|back|hip) (?:\\w+ )?(?:wont|will not|doesnt|dont|didnt|wouldnt) let (?:me|him|her) (?:get|stand|pull (?:myself|himself|herself)) up", "(?:cant|cannot|couldnt|can not) be (?:lifted|got|gotten|picked|pulled) (?:up|off)", "(?:neither|none|nobody|no one|noone) (?:of (?:us|them) )?(?:can|could|is able to|was able to|were able to|managed to) (?:get|lift|pick|pull) (?:him|her|them|me) (?:back )?(?:up|off)"
  ],
  ["sin poder (?:pararme|levantarme|pararse|levantarse|ponerme de pie|ponerse de pie|incorporarme|incorporarse)", 
    // Legs that will not lift the body: "no me aguantan las piernas para levantarme".
    "no (?:me|le|la|lo) (?:aguantan|sostienen|responden|dan) las piernas (?:\\w+ )?(?:para )?(?:levantar\\w*|parar\\w*|ponerme de pie|ponerse de pie|incorporar\\w*)",
    "no (?:me |se |lo |la |le )?(?:puedo|pude|puede|pudo|podemos|podia|podiamos|he podido|ha podido|logro|logra) (?:levantar\\w*|parar\\w*|poner\\w* de pie|incorporar\\w*)", "(?:en el (?:suelo|piso)|caid[oa]) (?:\\w+ ){0,2}no (?:me|se) (?:levanto|levanta|paro|para)\\b",
    "(?:intente|intento|intenta|intentamos|trate|trato) (?:de )?(?:levantar\\w*|parar\\w*|incorporar\\w*|poner\\w* de pie)(?: \\w+){0,6},? (?:y|pero) no (?:pude|puedo|pudo|puede|pudimos|hubo manera)", "no hay (?:manera|forma|modo|quien|como) de (?:levantar|parar|incorporar|subir|poner)\\w*", "no (?:tiene|tengo|tenia|tenemos|tiene las|tengo las) (?:\\w+ )?fuerzas? (?:para|pa) (?:levantar|parar|incorporar|poner)\\w*", "(?:las piernas|las rodillas) no (?:me |le )?(?:responden|sostienen|aguantan|dan)(?: para (?:levantar|parar|incorporar)\\w*)?", "no (?:me |se )?(?:puedo|puede|pude|pudo) (?:get|stand) up", "no (?:me |se )?(?:consigo|consigue|logro|logra) (?:levantar|parar|incorporar)\\w*", "(?:si|cuando) intento levantarme (?:\\w+ ){0,3}(?:me fallan|no me responden|no me sostienen) las piernas", "no se (?:levanta|puede levantar|para)(?! (?:temprano|tarde|de la cama|hasta))"],
);

/** Up again without help: found on the floor but able to get up is a fall, not a long lie. */
const GOT_UP_UNAIDED = explainingTheWholeMessage(lexicon(
  "got up unaided",
  ["got (?:\\w+ )?up (?:by|on) (?:him|her|my|them)sel(?:f|ves)", "got (?:him|her|my)self (?:back )?up", "(?:pulled|picked|hauled) (?:him|her|my)self (?:back )?up", "(?:stood|got) (?:back )?up (?:alone|unaided|without (?:any )?help)", "(?:then|and then|before|after a (?:bit|while|minute)|(?:a )?(?:bit|minute|moment) then) (?:i |he |she )?(?:got|stood|managed to get|was able to get) (?:myself |himself |herself )?(?:back )?up\\b(?! (?:to|for|at|again and))"],
  ["(?:se|me) (?:levanto|levante|paro|pare) (?:sol[oa]|solit[oa]|sin ayuda)", "(?:se|me) (?:pudo|pude) (?:levantar|parar) (?:sol[oa]|solit[oa]|sin ayuda)", "(?:se|me) (?:volvio|volvi) a (?:levantar|parar) (?:sol[oa]|solit[oa]|sin ayuda|el solo|ella sola|yo sol[oa])"],
));

const HEAD_STRIKE = lexicon(
  "hit the head",
  [
    "(?:hit|hitting|bang\\w*|bash\\w*|smash\\w*|bump\\w*|whack\\w*|smack\\w*|knock\\w*|struck|slamm?\\w*|crack\\w*|clonk\\w*|conk\\w*|bonk\\w*|clipp?\\w*|thump\\w*|bust\\w*) (?:\\w+ ){0,2}(?:{P} )?(?:head|forehead|skull|temple|face|eyebrow|brow|chin)",
    "(?:split|cut|gash\\w*|bust\\w*) (?:{P} )?(?:head|forehead|scalp|eyebrow|brow)(?: open)?", "(?:cut|gash|split) (?:on|in|to) {P} (?:head|forehead|scalp|eyebrow|brow)",
    "head (?:hit(?! the (?:pillow|sack|hay|bed|books))|first|injury|wound|knock|bleeding|went into|smashed)",
    "(?:head|skull|forehead|temple|noggin|face|nose|brow) (?:\\w+ ){0,2}(?:met|found|caught|connected with|clipped|bounced off|smacked into|slammed into|crashed into|cracked (?:on|against|into)|struck) (?:the |a |an )?(?:\\w+ ){0,2}?(?:radiator|table|corner|counter|worktop|door|doorframe|floor|ground|sink|toilet|bath|tub|edge|step|steps|stairs|shelf|cupboard|pavement|kerb|curb|bedside|dresser|chair|banister|tiles|concrete|mantelpiece|fireplace|cabinet|desk|post|railing)", "(?:hit|hitting|bang\\w*|bash\\w*|smash\\w*|bump\\w*|whack\\w*|smack\\w*|knock\\w*|struck|crack\\w*|clipp?\\w*) (?:\\w+ ){1,6}with (?:{P} )?(?:head|forehead)", "(?:knock\\w*|bang\\w*|bump\\w*|hit|smack\\w*|whack\\w*|crack\\w*|clonk\\w*|conk\\w*|bash\\w*) (?:{P} )?(?:noggin|bonce|noodle|nut|melon)", "landed on {P} (?:head|face)", "concuss\\w*", "egg on {P} (?:head|forehead)", "goose egg", "lump on {P} (?:head|forehead)", "(?:hit|hitting|bang\\w*|bump\\w*|smack\\w*|whack\\w*|knock\\w*|crack\\w*) (?:my|his|her|the) hed"
  ],
  ["(?:golpe\\w*|pegue|pego|azote|azoto) (?:\\w+ ){0,2}(?:en )?(?:la )?(?:cabeza|frente|nuca|cara)", "(?:me|se) (?:di|dio) (?:\\w+ ){0,3}en la (?:cabeza|frente|nuca)", "golpe (?:fuerte )?en la (?:cabeza|frente|nuca)", "(?=chichon)(?<!\\b(?:espinilla|pierna|rodilla|brazo|codo|pie|tobillo|muslo|mano|dedo|cadera|espalda|gemelo|pantorrilla|canilla)\\b[^.!?]{0,40})chichon", "(?:conmocion|contusion) cerebral", "se (?:me|le) abrio la cabeza",
    "(?:me|se|le) (?:abri|abrio|ario|rompi|rompio|parti|partio|raje|rajo) (?:la )?(?:cabeza|ceja|frente|crisma)(?! (?:pensando|tratando|intentando|buscando))", "descalabr\\w*", "(?:me|se) revent(?:e|o) la (?:cabeza|ceja|frente|crisma)", "(?:me|se) (?:di|dio|pegue|pego|golpee|golpeo) (?:con )?la (?:cabeza|frente|nuca)", "(?:me|se|le) (?:he |ha |has |han )?(?:dado|pegado|golpeado) (?:\\w+ ){0,2}(?:con|en) (?:la|el) (?:cabeza|frente|nuca|coco)", "(?:cabeza|frente|nuca) contra", "(?:cabeza|frente|nuca|crisma) (?:\\w+ ){0,2}(?:choco|dio|pego|golpeo|reboto|se estrello|se dio) (?:con|contra|en) (?:el|la|un|una|los|las)",
    "(?:golpe|madrazo|chingadazo|trancazo|cantazo|porrazo|tortazo|coscorron) (?:\\w+ ){0,2}(?:en|de) (?:la )?(?:cabeza|frente|nuca|crisma|ceja)", "(?:me|se|le) (?:di|dio|pegue|pego|golpee|golpeo) (?:\\w+ ){0,3}(?:en|con) (?:el|la|mi|su) (?:coco|choya|chola|mollera|tatema|cabezota|calabaza|maceta|azotea|cabeza)", "(?:coco|choya|chola|mollera|tatema|cabezota) contra"],
);

/** After a fall these mean the head was hurt (NICE NG232 head injury: bleeding, headache, vomiting). */
const HEAD_HURT = lexicon(
  "head hurt",
  ["head (?:is |was |keeps |started )?(?:\\w+ )?(?:bleeding|pounding|throbbing|hurting|hurts|aching|killing me|spinning|cut)", "(?:bruis\\w*|swelling|swollen|graze|mark|egg) (?:\\w+ ){0,2}(?:on|to|over) {P} (?:head|forehead|temple|brow|eyebrow)", "(?:bleeding|cut|gash|bump|lump|blood) (?:on|from|in) {P} (?:head|forehead|scalp)", "(?:bad |terrible |splitting |awful )?headache", "vomit\\w*|threw up|throwing up"],
  ["(?:la )?cabeza (?:me |le )?(?:sangra|duele|late|da vueltas)", "(?:sangre|herida|chichon|golpe) (?:en|de) la cabeza", "dolor de cabeza", "vomit\\w*", "(?:me|le) duel[ea] (?:\\w+ ){0,2}la cabeza"],
);

/** After a fall, a leg that cannot be moved: a possible hip fracture, and no way up. */
const LEG_WONT_MOVE = lexicon(
  "cannot move the leg or hip",
  ["(?:cant|cannot|couldnt|unable to|wont) (?:move|lift|bend|feel) (?:{P} )?(?:leg|hip|legs)", "(?:leg|hip) (?:wont|will not|doesnt) move", "(?:is |s )?still down(?! (?:to|by|at))"],
  ["no (?:puede|puedo|pudo|pude) mover (?:la|su|mi) (?:pierna|cadera)", "(?:sigue|esta) (?:tirad[oa] )?(?:en el suelo|en el piso|abajo)"],
);

/** A long lie (NICE CG161: on the floor an hour or more, or until found): harm even once up. */
const LONG_LIE = lexicon(
  "a long lie on the floor",
  [
    "(?:was|were|been|lay|lying|laying|stayed|stuck|left) (?:\\w+ ){0,2}on the (?:floor|ground)(?: \\w+){0,3} (?:until|till|til|for (?:hours|ages|a long time|an hour|over an hour|\\w+ hours|the night)|all night|overnight|the whole night)",
    "took (?:me|him|her|them|us) (?:over |more than |almost |nearly )?(?:an hour|hours|ages|forever|a long time|\\w+ hours|\\w+ minutes) to (?:get|stand|pull) (?:\\w+ )?up",
    "(?:had to|needed to) (?:press|push|pull|use) (?:{P} )?(?:alarm|pendant|lifeline|button)", "(?:been|lying|lay|laying|stuck|stayed|left) (?:there|here) (?:since|(?:for )?(?:about |around |over |nearly |almost )?(?:hours|ages|an hour|a long time|(?:\\d+|\\w+) (?:hours|hrs?)|the night)|all (?:night|day|morning|afternoon)|overnight)", "(?:couldnt|could not|wasnt able to) get (?:myself |himself |herself )?(?:up|off the floor)",
  ],
  [
    "(?:estuvo|estuve|quedo|quede|paso|pase) (?:\\w+ ){0,2}(?:tirad[oa] )?en el (?:suelo|piso) (?:hasta|toda la noche|horas|mucho tiempo|\\w+ horas|un buen rato)",
    "(?:tarde|tardo|tardamos) (?:\\w+ ){0,2}en (?:levantarme|levantarse|levantarla|levantarlo|pararme|pararse)", "no (?:me |se )?(?:pude|pudo|podia) (?:levantar\\w*|parar\\w*)",
  ],
);

/** Ottawa rules and NICE hip-fracture signs: after a fall, not bearing weight means a possible fracture. */
const CANT_BEAR_WEIGHT = lexicon(
  "cannot bear weight",
  [
    "(?:cant|cannot|can not|couldnt|could not|unable to|not able to) (?:\\w+ )?(?:put|bear|take) (?:any |much )?weight", "(?:cant|cannot|can not|couldnt|could not|unable to|not able to) (?:\\w+ )?(?:walk|stand (?:on|up on)|step on|put (?:my|his|her) foot down)",
    "(?:wont|will not) take (?:my|his|her|any) weight",
  ],
  ["no (?:puedo|puede|pude|pudo|podia) (?:apoyar|pisar|caminar|andar|pararme en|pararse en|sostenerme|sostenerse)", "no (?:aguanta|soporta) (?:mi|su|el) peso"],
);

/** Lost memory of the fall: a probable loss of consciousness (NICE NG232). */
const NO_MEMORY_OF_FALL = lexicon(
  "does not remember the fall",
  ["(?:dont|do not|cant|cannot|doesnt|didnt) (?:\\w+ )?(?:remember|recall) (?:\\w+ ){0,3}(?:fall\\w*|how|what happened|hitting|going down|getting|landing|anything)", "(?:came to|woke up|found myself|came round|came around) on the (?:floor|ground)"],
  ["no (?:me )?(?:acuerdo|recuerdo|se acuerda|recuerda) (?:\\w+ ){0,2}(?:de nada|nada|como|que paso|la caida|caer\\w*|del golpe)", "(?:desperte|desperto|amaneci) en el (?:suelo|piso)"],
);

/**
 * After a fall, the head-injury warning signs of NICE CG176 / NG232 and the ambulance services'
 * head-injury advice: drowsy or hard to wake, confused, a fit, clear fluid or blood from the nose or
 * ears, double vision, lost time. Any of them means the head was hurt, said or not.
 */
const AFTER_FALL_DANGER = lexicon(
  "head-injury warning signs after a fall",
  [
    "drows\\w*", "(?:really|very|so|too|unusually|extremely|super) sleepy", "(?:hard|difficult) to (?:wake|rouse)", "(?:cant|cannot|can not|couldnt) (?:keep (?:\\w+ )?eyes open|stay awake)",
    "confus\\w*", "muddl\\w*", "not making (?:any )?sense", "talking (?:nonsense|gibberish|rubbish)", "not (?:himself|herself|myself|with it)", "out of it", "dazed", "groggy",
    "seizures?", "seizing", "convuls\\w*", "(?:had|having|has|went into) (?:a |another )?fit(?! (?:about|over|when|because|of))",
    "(?:clear |watery )?(?:fluid|liquid) (?:\\w+ ){0,3}(?:nose|ears?)", "(?:bleeding|blood) (?:\\w+ ){0,2}(?:from|out of) (?:{P} )?(?:ears?|nose)", "black eyes?", "double vision", "seeing double", "blurr\\w* vision", "vision (?:is |went |gone )?blurr\\w*",
    "how long (?:i|he|she) was (?:out|unconscious|down)",
    // Memory lost since (NICE NG232 amnesia): asking the same thing again and again.
    "(?:keeps?|kept|keeping) (?:asking|repeating|saying) (?:\\w+ ){0,3}(?:same|over and over|again and again)", "repeating (?:himself|herself|myself|themselves)", "(?:was|were) out (?:cold|for a (?:few |couple of )?(?:seconds|minutes|second|minute|moment|bit))", "slurr\\w*",
  ],
  [
    "adormilad\\w*", "somnolient\\w*", "amodorrad\\w*", "atontad\\w*", "aturdid\\w*", "confundid\\w*", "desorientad\\w*", "como (?:ido|ida)", "ausente", "no coordin\\w*", "no (?:lo|la) (?:puedo|podemos) despertar", "no hay quien (?:lo|la) despierte",
    "convulsi\\w*", "ataque epileptico", "(?:liquido|agua|sangre) (?:\\w+ ){0,2}(?:de|por) (?:la nariz|el oido|los oidos|la oreja|las orejas)", "vision doble", "veo doble", "ve doble", "vista borrosa",
    "dice (?:incoherencias|cosas sin sentido|cosas raras|tonterias|disparates)", "(?:repite|pregunta|preguntando|repitiendo) (?:\\w+ )?(?:lo mismo|las mismas (?:cosas|preguntas)|una y otra vez)", "(?:quedo|quede) (?:privad[oa]|inconsciente|sin sentido)",
  ],
);

/** Said after a trip or slip, it makes it a near-fall: "tripped but caught myself". */
const CAUGHT = lexicon(
  "caught before falling",
  ["caught (?:myself|himself|herself)", "caught (?:her|him) (?:in time|just in time|before (?:she|he) (?:fell|went down|hit))", "grabbed (?:the|a|my) (?:\\w+ )?(?:rail|counter|wall|chair|table|walker|cane|door) (?:in time|just in time)", "managed not to fall", "(?:tripped|slipped|stumbled) (?:\\w+ ){0,4}(?:but )?(?:didnt|did not) (?:fall|go down)"],
  ["me (?:pude )?(?:agarre|sostuve|detuve) a tiempo", "(?:la|lo) (?:agarre|sostuve|sujete|atrape|detuve|agarramos|sostuvimos) a tiempo", "(?:tropece|resbale|tropezo|resbalo) (?:\\w+ ){0,5}(?:y )?(?:me|se) (?:agarre|agarro|sujete|sujeto|apoye|apoyo|sostuve|sostuvo) (?:(?:a|de|en) (?:la|el|una|un)|del|al) \\w+", "(?:tropece|resbale|tropezo|resbalo) (?:\\w+ ){0,4}(?:pero )?no (?:me cai|se cayo|llegue a caer\\w*)", "sin caer\\w*"],
);

/**
 * A call for help opening the message, or ending a message of a few words ("fell. floor. help", "SOS me cai"):
 * someone asking for help now after a fall cannot manage alone. Help with something is not a call.
 */
const CALLING_FOR_HELP = lexicon(
  "calling for help now",
  [
    "(?=help|sos)(?<=^\\W*)(?:help|sos)(?! (?:with|on|for|about|needed|me (?:with|understand|figure|decide|out|know|find|choose|pick)))",
    "(?=help)(?<=^(?:\\W*\\w+){0,5}\\W*)help(?: me)?(?= *(?:please|now|asap|quick|someone|anyone)?\\W*$)", "sos", "(?:someone|somebody|anyone|anybody|send) help(?! (?:me )?(?:with|on|for))", "need help (?:now|asap|right now|getting up|to get up|up|off the floor)",
  ],
  [
    "(?=ayuda|socorro|auxilio|sos)(?<=^\\W*)(?:ayuda|socorro|auxilio|sos)(?! (?:con|para (?:hacer|entender|saber)|sobre|de (?:los|las|como)))",
    "(?=ayud)(?<=^(?:\\W*\\w+){0,5}\\W*)(?:ayuda|ayudenme|ayudame)(?= *(?:por favor|porfa|ya|rapido)?\\W*$)", "socorro", "auxilio", "sos", "necesito ayuda (?:ya|urgente|para levantarme|ahora)",
  ],
);

/** Said after a trip or slip, it was not a fall. */
const DIDNT_FALL = lexicon("did not fall", ["(?:didnt|did not|never) (?:actually |quite |really )?(?:fall|go down|hit the (?:floor|ground))"], ["no (?:llegue|llego|llegamos) a caer\\w*", "no (?:me cai|se cayo)", "(?:la|lo) (?:agarre|sostuve|sujete|atrape|detuve|agarramos|sostuvimos) a tiempo"]);

/** A fall dated today, told beside an old one: "el año pasado me caí y hoy otra vez me caí", "fell last year and today I fell again". */
const FELL_TODAY = lexicon(
  "a fall dated today",
  ["(?:today|this morning|tonight|just now|earlier today) (?:i |he |she )?(?:fell|went down|took a (?:tumble|spill)|had (?:a|another) fall)\\b", "(?:fell|went down) (?:\\w+ )?again (?:\\w+ ){0,2}(?:today|this morning|tonight|just now)"],
  ["(?:hoy|esta manana|esta tarde|anoche|ahorita) (?:\\w+ ){0,2}(?:otra vez |de nuevo |nuevamente )?(?:me|se) (?:cai|cayo)\\b", "(?:me|se) (?:cai|cayo) (?:\\w+ ){0,2}(?:otra vez|de nuevo|nuevamente) (?:\\w+ ){0,2}(?:hoy|esta manana|esta tarde|anoche)", "(?:me|se) (?:volvi|volvio) a caer (?:\\w+ ){0,2}(?:hoy|esta manana|esta tarde|anoche)"],
);

const NEAR_FALL = lexicon(
  "a near-fall or fear of falling",
  [
    `${NEAR} (?:fell|fall|falling|fallen|went down|went over|went flying|took a (?:tumble|spill|header)|tripped|slipped|hit the floor)(?! (?:asleep|behind|apart|in love|for it|off to sleep))`, "caught (?:myself|himself|herself)", "(?:wobbl\\w*|lost (?:my |his |her )?balance|unsteady) (?:\\w+ ){0,4}(?:grabbed|grabbing|clutched|held onto|hold onto|caught) (?:onto )?(?:the |a |my )?(?:counter|counters|worktop|chair|table|rail|railing|wall|sink|door ?frame|door|bannister|banister|furniture|sofa|couch)",
    "(?:scared|afraid|fear|frightened|terrified|worried|worry|worrying|worries|nervous|anxious|panic\\w*|petrified|wary) (?:\\w+ ){0,3}(?:fall\\w*|falls|trip\\w*|going over|go over|toppl\\w*|tip over|keel over|go down|los(?:e|ing) {P} balance)(?! (?:asleep|behind|apart|in love|short|through|off the wagon|out of (?:the )?(?:habit|routine)))", "fear of falling", "(?:scared|afraid|frightened|terrified|nervous|anxious|petrified|wary) (?:to do|of doing|doing|of|to try|about) (?:the |my )?(?:balance|single leg|one leg(?:ged)?|standing on one leg)", "(?:keep|keeps|kept|been|started|always|constantly) (?:tripping|stumbling|catching {P} (?:foot|feet|toes?)|losing {P} (?:balance|footing))", "(?:keep|kept|been|started|always) falling(?! (?:asleep|behind|apart))", "(?:might|could|would|going to|gonna|will) fall(?! (?:asleep|behind|apart|in love|short|through|off the wagon|out of (?:the )?(?:habit|routine)))", "wobbly(?! (?:\\w+ )?(?:like (?:jelly|jello)|(?:from|after) (?:the |my |all )?(?:bike|workout|exercises|squats|session|set|reps|step ups|lunges|walk|gym)))", "(?:lost|lose|losing) {P} footing", "(?:in case|incase|for fear) (?:i|he|she|they) (?:\\w+ )?(?:fall|falls|trip|trips|slip|slips|go over|goes over)", "unsteady", "off balance", "lose {P} balance", "losing {P} balance", "lost {P} balance(?! and)",
  ],
  [
    "(?:casi|por poco|a punto de) (?:me )?(?:cai|caigo|caerme|caer|me caigo|se cae|se cayo|resbalo|me resbalo|me doy en la torre|me mato|me (?:como|comi) el (?:piso|suelo))", "(?:casi|por poco) (?:me|se|te|nos) la (?:pega|pego|pegue|pegaba|pegamos|da|dio|di)\\b", "(?:casi|por poco) (?:me|se) (?:voy|iba|fui|va|iba|fue) (?:al suelo|al piso|de boca|de cara|de espaldas|para abajo)", "(?:miedo|panico|terror|pavor) (?:de |a )?hacer (?:\\w+ ){0,3}(?:de pie|parad[oa]|sin apoyo|de equilibrio)", "me agarre (?:\\w+ ){0,2}(?:(?:de|a) (?:la|el|una|un)|del|al) (?:mesa|silla|pared|barandal|baranda|barandilla|lavabo|mueble|encimera|puerta|sofa|sillon)", "(?<=\\b(?:los|las|el|la) (?:de )?(?:equilibrio|balance|una pierna|un pie) (?:\\w+ ){0,2})(?:me|le) (?:dan|da|daban|daba) (?:miedo|panico|terror|pavor|nervios)", "(?:miedo|panico|terror|pavor) (?:de |a )?(?:subir|bajar|pararme|caminar|andar) (?:\\w+ ){0,3}(?:sin apoyo|sin agarrarme)", "no (?:me|se) (?:cai|cayo) pero (?:casi|por poco)", "(?:miedo|temor|panico|pavor|terror|aterra\\w*|asusta\\w*|nervios\\w*) (?:\\w+ ){0,2}(?:caer\\w*|caida\\w*)", "(?:miedo|temor|panico|me asusta\\w*|me da nervios) (?:\\w+ ){0,2}(?:los|las|el|la) (?:de )?(?:equilibrio|balance|una pierna|un pie)", "(?:por si|no vaya a ser que|no sea que) (?:me|se) (?:caigo|caiga|cae|resbalo|resbale|resbala|voy|va)", "me (?:pude )?(?:agarre|sostuve|detuve) a tiempo", "inestable", "me tambale\\w*", "perdi el equilibrio(?! y)", "pierdo el equilibrio",
  ],
);

/** A slip or trip said not to have ended in a fall: a near-fall, even though a fall word is in it. */
const SLIPPED_BUT_DID_NOT_FALL = lexicon(
  "slipped but did not fall",
  ["(?:slipped|tripped|stumbled|lost {P} balance) (?:\\w+ ){0,12}(?:but|and) (?:luckily |thankfully |somehow )?(?:i |he |she )?(?:didnt|did not|never|managed not to) (?:fall|go down|hit the (?:floor|ground))", "(?:almost|nearly) (?:fell|went (?:over|down|flying)) (?:\\w+ ){0,14}(?:i |he |she )?(?:didnt|did not|never) (?:actually )?(?:fall|go down|hit the (?:floor|ground))"],
  ["(?:me resbale|se resbalo|me tropece|se tropezo|perdi el equilibrio|perdio el equilibrio) (?:\\w+ ){0,12}(?:pero|y) (?:por suerte |gracias a dios |al final )?no (?:me |se )?(?:cai|cayo|llegue a caer\\w*)", "(?:casi|por poco) (?:me|se) (?:\\w+ ){1,14}no (?:me |se )?(?:cai|cayo)"],
);

/** Whole phrases for a head strike, kept from the older table. */
const HEAD_STRIKE_IN_FULL_PHRASES = lexicon(
  "hit the head, as whole phrases",
  [
    "\\b(?:hit|hitting|bang\\w*|bump\\w*|whack\\w*|smack\\w*|knock\\w*|struck|slamm?\\w*|cracked|clonk\\w*)\\s+(?:\\w+\\s+){0,2}(?:my|his|her|the back of (?:my|his|her))\\s+head\\b",
    "\\bhead (?:injury|wound|knock|first)\\b|\\bconcuss\\w*",
  ],
  [
    "\\b(?:golpe\\w*|pegue|pego|di|dio)\\s+(?:\\w+\\s+){0,2}(?:en\\s+)?la\\s+cabeza\\b",
    "\\bgolpe (?:fuerte )?en la cabeza\\b",
  ],
);

/** Whole phrases for a person who cannot get up or is on the floor, kept from the older table. */
const CANT_GET_UP_IN_FULL_PHRASES = lexicon(
  "cannot get up or still on the floor, as whole phrases",
  [
    "\\b(?:cant|cannot|can not|couldnt|unable to|not able to)\\s+(?:\\w+\\s+)?(?:get up|get off the (?:floor|ground)|stand up|get myself up|get back up)\\b",
    "\\b(?:stuck|(?:typing|texting|writing|messaging)(?: this)? (?:from|on)|still) (?:on )?the (?:floor|ground)\\b", "\\b(?:legs?|knees?) (?:\\w+ )?(?:wont|will not|cant|couldnt|wouldnt|dont) (?:lift|hold|push|raise|get) (?:me|him|her) up\\b",
  ],
  [
    "\\bno (?:me )?(?:puedo|pude|puede) (?:levantar\\w*|poner\\w* de pie|incorporar\\w*)\\b",
    "\\b(?:estoy|sigo|sigue|esta) (?:tirad\\w+ )?en el (?:suelo|piso)\\b",
  ],
);

/** With them, "cannot get up" is about the floor, not a chair. */
const FALL_OR_FLOOR_IN_FULL_PHRASES = lexicon(
  "a fall or the floor, as whole phrases",
  [
    "\\b(?:fell|fallen)\\b(?!\\s+(?:asleep|behind|apart|in love|off the wagon|out of (?:the )?(?:habit|routine)))",
    "\\b(?:had|took) a (?:fall|tumble|spill)\\b",
    "\\btripped\\b|\\bslipped\\b|\\bstumbled\\b",
    "\\blanded on (?:my|the)\\b",
    "\\b(?:floor|ground)\\b",
  ],
  [
    "\\bme (?:cai|caigo|resbale|tropece)\\b",
    "\\bse (?:cayo|resbalo)\\b",
    "\\b(?:una )?caida\\b",
    "\\b(?:suelo|piso)\\b",
  ],
);

/** A fall or a blow to the head happened whatever was found since: no clinician's all-clear cancels it (LABELS: any fall is urgent). */
const FALLS_THAT_HAPPENED: readonly ConceptRule[] = [
  { id: "fall-cannot-get-up", syndrome: "falls", level: "emergency", effect: "symptom", description: "On the floor and cannot get up after a fall (a long lie).", sentence: [CANT_GET_UP], message: [FALL] },
  { id: "fall-cannot-get-up", syndrome: "falls", level: "emergency", effect: "symptom", description: "On the floor and cannot get up.", sentence: [CANT_GET_UP, FLOOR] },
  { id: "fall-cannot-get-up", syndrome: "falls", level: "emergency", effect: "symptom", description: "On the floor now, and cannot get up, said in another sentence.", sentence: [CANT_GET_UP], message: [ON_THE_FLOOR_NOW] },
  { id: "fall-cannot-get-up", syndrome: "falls", level: "emergency", effect: "symptom", description: "Still on the floor (a long lie), not found there and up unaided since.", sentence: [STILL_ON_FLOOR], unless: [GOT_UP_UNAIDED] },
  { id: "fall-cannot-get-up", syndrome: "falls", level: "emergency", effect: "symptom", description: "Lying on the floor after a fall, not up unaided since.", sentence: [LYING_ON_FLOOR], message: [FALL], unless: [GOT_UP_UNAIDED] },
  { id: "fall-head-strike", syndrome: "falls", level: "emergency", effect: "symptom", description: "A fall with a head strike.", message: [FALL, HEAD_STRIKE] },
  { id: "head-strike", syndrome: "falls", level: "emergency", effect: "symptom", description: "Hit their head (not a bump said to be without a fall).", sentence: [HEAD_STRIKE], unless: [DIDNT_FALL] },
  { id: "head-strike", syndrome: "falls", level: "emergency", effect: "symptom", description: "Hit their head.", sentence: [HEAD_STRIKE_IN_FULL_PHRASES] },
  { id: "fall-cannot-get-up", syndrome: "falls", level: "emergency", effect: "symptom", description: "On the floor and cannot get up.", sentence: [CANT_GET_UP_IN_FULL_PHRASES], message: [FALL_OR_FLOOR_IN_FULL_PHRASES] },
  { id: "fall-head-strike", syndrome: "falls", level: "emergency", effect: "symptom", description: "A fall followed by a bleeding, pounding or aching head, or vomiting.", message: [FALL, HEAD_HURT], unless: [LONG_AGO] },
  { id: "fall-cannot-get-up", syndrome: "falls", level: "emergency", effect: "symptom", description: "A fall and a leg or hip that cannot be moved, or still down.", message: [FALL, LEG_WONT_MOVE], unless: [LONG_AGO] },
  { id: "fall-cannot-get-up", syndrome: "falls", level: "emergency", effect: "symptom", description: "A fall with a long lie: on the floor for an hour or more, or unable to get up unaided.", message: [FALL, LONG_LIE], unless: [LONG_AGO] },
  { id: "fall-head-strike", syndrome: "falls", level: "emergency", effect: "symptom", description: "A fall followed by a head-injury warning sign: drowsy, confused, a fit, fluid from the nose or ears, double vision, lost time.", message: [FALL, AFTER_FALL_DANGER], unless: [LONG_AGO] },
  { id: "fall-cannot-get-up", syndrome: "falls", level: "emergency", effect: "symptom", description: "A fall and a call for help now: someone who cannot manage alone.", message: [FALL, CALLING_FOR_HELP], unless: [LONG_AGO, CAUGHT, DIDNT_FALL] },
  { id: "fall-cannot-bear-weight", syndrome: "falls", level: "urgent", effect: "symptom", description: "A fall after which they cannot bear weight or walk (possible hip or leg fracture).", message: [FALL, CANT_BEAR_WEIGHT], unless: [LONG_AGO] },
  { id: "fall-lost-consciousness", syndrome: "falls", level: "emergency", effect: "symptom", description: "A fall they do not remember, or came to on the floor (probable loss of consciousness).", message: [FALL, NO_MEMORY_OF_FALL], unless: [LONG_AGO] },
  { id: "fall", syndrome: "falls", level: "urgent", effect: "symptom", description: "Any fall, trip or slip that happened, with or without pain.", sentence: [FALL], unless: [CAUGHT, DIDNT_FALL, LONG_AGO] },
  { id: "fall", syndrome: "falls", level: "urgent", effect: "symptom", description: "A fall dated today, told beside one long ago (\"el año pasado me caí y hoy otra vez me caí\").", sentence: [FELL_TODAY], unless: [CAUGHT, DIDNT_FALL] },
];

export const FALL_RULES: readonly ConceptRule[] = [
  ...FALLS_THAT_HAPPENED.map((rule) => ({ ...rule, allClearDoesNotCancel: true })),
  { id: "near-fall", syndrome: "falls", level: "therapist", effect: "request", description: "A near-fall, unsteadiness or fear of falling: never a fall.", sentence: [NEAR_FALL], unless: [FALL] },
  { id: "near-fall", syndrome: "falls", level: "therapist", effect: "request", description: "Fear of falling since a fall long ago (a recent fall is read by the fall rules).", sentence: [NEAR_FALL], message: [LONG_AGO] },
  { id: "near-fall", syndrome: "falls", level: "therapist", effect: "request", description: "A slip or trip that did not end in a fall.", sentence: [SLIPPED_BUT_DID_NOT_FALL] },
  { id: "near-fall", syndrome: "falls", level: "therapist", effect: "request", description: "A trip or slip caught before falling.", sentence: [CAUGHT] },
];
