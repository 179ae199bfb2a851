import { clauseAround } from "../regex.js";

/**
 * Symptoms that belong to someone who is not the patient: a neighbour who fell, a friend's heart
 * attack, a stroke seen on television. Those clauses are hidden before screening. A relative's or
 * caregiver's report about the patient is never hidden (LABELS: who speaks does not matter), and
 * neither is a clause that also speaks of the patient ("my neighbour found me on the floor").
 * Only people who clearly are not the patient count: a spouse, parent or child may be the patient.
 */

/** Livestock, whose falls and bleeding are the farm's ("the cow went down", "la vaca se cayó"); not "calf", which is a leg. */
const FARM_ANIMAL = String.raw`(?:cows?|heifers?|bulls?|horses?|mares?|foals?|ponies|pony|sheep|lambs?|ewes?|goats?|pigs?|sows?|donkeys?|chickens?|hens?)`;
const ANIMAL_DE_GRANJA = String.raw`(?:vacas?|vaquillas?|toros?|becerr[oa]s?|terner[oa]s?|caballos?|yeguas?|potr[oa]s?|burr[oa]s?|ovejas?|borreg[oa]s?|cabras?|chiv[oa]s?|cerd[oa]s?|puerc[oa]s?|chanch[oa]s?|marranos?|gallinas?)`;

const NOT_THE_PATIENT = String.raw`(?:(?<=^\W*)(?!(?:this|his|hers|its|was|is|has|yes|as|us|plus|always|thus|less|unless|does|mums|moms|dads)\b)[a-z]+s (?:mother|mom|mum|father|dad|grandma|grandpa|grandmother|grandfather|nan|aunt|uncle)|(?<=^\W*)(?:g(?:ra?|a)n?d?(?:so+ns?|daughte?rs?|kids?|children|child)|niet[oa]s?|ve(?:ci|ic|c)n[oa]s?|n(?:e+i?|ie|ei)g?h?i?g?h?b(?:ou?|uo|o)u?rs?|coworkers?|compa(?:n|ñ)er[oa]s?(?: de trabajo)?|amig[oa]s?|friends?|buddy)|(?:my|our|a|the|his|her) (?:next door |best |old |close |good |elderly |older |young )?(?:n(?:e+i?|ie|ei)g?h?i?g?h?b(?:ou?|uo|o)u?rs?|friends?|buddy|pal|coworkers?|co workers?|colleagues?|workmates?|boss|classmates?|roommates?|flatmates?|g(?:ra?|a)n?d?(?:so+ns?|daughte?rs?|kids?|children|child)|cousins?|nieces?|nephews?|(?:\w+)s? in law|uncles?|aunts?|aunties?|godmother|godfather|dogs?|cats?|puppy|kitten|pets?|${FARM_ANIMAL})|(?:my|our|his|her) \w+s (?:uncle|aunt|auntie|friend|cousin|boss|mother|mom|mum|dad|father|brother|sister|wife|husband|son|daughter|neighbou?r|grandma|grandpa|grandmother|grandfather|kid|baby|partner|boyfriend|girlfriend|mate)s?|someones|somebodys|a (?:guy|man|woman|lady|girl|boy|person|patient|bloke) (?:at|in|from|on|i know)|(?:saw|seen|watched|watching|vi|vimos) (?:a|an|some|this|that|the|un|una|a un|a una) (?:guy|man|woman|lady|girl|boy|kid|person|bloke|dude|chap|player|runner|cyclist|driver|stranger|passenger|senor|senora|chico|chica|muchach[oa]|hombre|mujer|nin[oa]|tipo)|(?<=^\W*|[.,;:!?]\s*|\b(?:and|when|then|while|where|y|cuando|mientras)(?: (?:today|tonight|yesterday|hoy|ayer|anoche|luego|despues))? |(?:^\W*|[.,;:!?]\s*)(?:en|at|in|on|durante|during) (?:(?:the|la|el|los|las|un|una|a|my|mi) )?\w+ )(?:(?:a|an|one|some|another) (?:guy|man|woman|lady|girl|boy|kid|child|bloke|dude|chap|player|fan|runner|cyclist|rider|driver|stranger|passenger|customer|student|pupil)|(?:un|una|otro|otra) (?:tipo|senor|senora|chic[oa]|muchach[oa]|chav[oa]|chaval[a]?|pibe|piba|chabon[a]?|nin[oa]|jugador[a]?|ciclista|corredor[a]?|piloto|aficionad[oa]|hincha|pasajer[oa]|cliente|client[a]|alumn[oa]|desconocid[oa]|residente)|(?:el|la) (?:ciclista|jugador[a]?|piloto|corredor[a]?|aficionad[oa]|hincha|pasajer[oa]|desconocid[oa]))\b|(?<=^\W*)(?:guy|bloke|dude|lady|man|woman|girl|kid) (?:at|in|on|from) (?:the|my|our|work|church|school|a)\b(?! (?:told|said|says|asked|dijo|me dijo|pregunto)\b)|another (?:patient|resident|client)|one of (?:my|our|the) (?!(?:kids|sons|daughters|children|parents|grandparents|spells|turns|funny|dizzy|bad|good|episodes|attacks|fits|seizures|blackouts|faints|flares?|headaches|migraines|days|nights|mornings|moments|exercises|stretches|sessions|legs|knees|hips|arms|hands|feet|eyes|fingers|toes|meds|pills|tablets|symptoms|stitches|staples)\b)\w+s\b|someone (?:at|in(?! person)|i know|on)|(?<=^\W*|[.,;!?]\s*|\b(?:where|when|and) )(?:someone|somebody|some (?:guy|lady|woman|man|bloke|kid))s?\b(?! (?:help|call|come|please|pls|get|anyone)\b)|(?:la|el) otr[oa] (?:paciente|senora|senor|persona|residente)|(?:a )?(?:un|una) paciente|(?:mi|mis|un|una|el|la|su|al|del) (?:ve(?:ci|ic|c)n[oa]s?|tio|tia|tios|tias|padrino|madrina|amig[oa]s?|compa(?:n|ñ)er[oa]s?(?: de trabajo)?|jefe|jefa|conocid[oa]|comadres?|compadres?|niet[oa]s?|prim[oa]s?|sobrin[oa]s?|perr[oa]s?(?![ -](?:de caza|pajaro))|perrit[oa]s?|gat[oa]s?(?![ -]camello)|mascotas?|${ANIMAL_DE_GRANJA})|un senor|una senora|alguien (?:en|de|que conozco))`;

const MEDIA = String.raw`(?:(?:on|in) (?:the )?(?:tv|telly|television|news|radio|paper|newspaper|internet|youtube|facebook|tiktok)|(?:on|in) (?:the|a|that|this) (?:show|series|soap|film|movie|episode)|(?:watch\w*|saw|seen|read|reading|heard|listen\w*) (?:to )?(?:a |an |the |this |that |some )?(?:\w+ )?(?:show|programme|program|documentary|article|video|film|movie|story|podcast|news|post|episode) (?:about|on)|(?:watching|watched|binge\w*|glued to) (?:\w+ ){0,2}(?:reruns?|episodes?|series|season|greys|grey s|the news|a movie|a film|netflix|a show)|(?:en|de) la (?:novela|telenovela|serie|peli|pelicula)|(?:an? |the |that |this )?(?:advert|advertisement|ad|commercial|promo) (?:on (?:the )?(?:tv|telly|radio|youtube)|for|about)|(?:un|el|ese|este) (?:comercial|anuncio) (?:de|en|sobre|para)|(?:echando|echaron|echaban|pasando|pasaron|pasaban|dando|daban|pusieron|ponian) (?:una|la|un|el) (?:peli|pelicula|serie|novela|telenovela|documental|programa|partido)|(?:watch\w*|saw|seen|vi|viendo) (?:the |el |la )?(?:game|match|world cup|football|soccer|tennis|olympics|race|fight|partido|mundial|futbol|carrera|pelea)|(?:en|por) (?:la tele|la television|las noticias|el noticiero|la radio|internet|youtube|facebook|el periodico)|(?:vi|lei|escuche|oi|vimos) (?:un|una) (?:programa|documental|video|articulo|pelicula|peli|serie|novela|noticia|reportaje|comercial|anuncio)|(?:vi|lei|vimos) en (?:\w+ ){1,2}(?:que|q) (?:a )?(?:un|una|el|la)\b`
  // People in a story or a broadcast: "the guy on General Hospital", "my favourite character", "a la protagonista".
  + String.raw`|(?:the|that|this|my favou?rite|a) (?:guy|man|woman|lady|girl|boy|kid|character|actor|actress|contestant|player|goalie|goalkeeper|keeper|host|guest|presenter|streamer|influencer|youtuber|tiktoker|celebrity|singer|footballer|quarterback|striker) (?:on|in|from) (?!(?:my|the|our) (?:clinic|office|ward|hospital|team|family|house|home|group|class|building|gym|pool|street|bus|train)\b)|favou?rite (?:character|actor|actress|player|contestant|singer|host|youtuber)|(?:podcast|show|news|tv) (?:guest|host|presenter|anchor|reporter)`
  + String.raw`|(?:el|la|del) (?:protagonista|personaje|actor|actriz|presentador[a]?|conductor[a]?|portero|arquero|jugador[a]?|influencer|youtuber|tiktoker|cantante) (?:de|del|en)|(?:el|la) (?:protagonista|villan[oa])|the (?:main character|protagonist|villain|heroine)|(?:en|durante) el partido`
  // What the story was: "the news had a segment about", "heart attack scene in Succession", "vi en una serie que…".
  + String.raw`|(?:the |a |this |that |last night s |tonight s )?(?:news|documentary|podcast|episode|show|series|film|movie|programme|segment|storyline|story line|plot|scene|book|novel|article|video|tiktok|reel|finale|season finale)(?: \w+)? (?:had|has|showed|shows|featured|features|was about|is about|where|about)`
  + String.raw`|(?:heart attack|stroke|overdose|seizure|death|suicide|blood|bloody|fainting|collapse|fall|crash|car crash|murder|shooting|clot|embolism|er|hospital|surgery) (?:scene|storyline|story line|plot|subplot|episode|movie|film|documentary|doc|video|tiktok|reel|podcast|special)`
  + String.raw`|(?:watching|watched|watch) (?:\w+ ){0,3}(?:drama|soap|sitcom|series|reality show|anime|cartoon|telenovela|movie|film|show|documentary|match|tiktoks?|videos?|youtube|reels?)|(?:showed|sent) (?:me )?(?:a|an|this|that) (?:tiktok|video|reel|post|meme|clip|article)`
  + String.raw`|(?:vi|lei|escuche|oi|vimos) en (?:un|una|el|la) (?:serie|novela|telenovela|peli|pelicula|documental|libro|video|tiktok|programa|noticias?|reportaje|podcast)|(?:vi|viendo|vio|vimos|veo|mirando|miraba|veia|mire) (?:un|una|el|la|mi) (?:documental|serie|novela|telenovela|peli|pelicula|programa|video|partido|tiktok)|(?:enseno|mostro|paso|mando) (?:un|una) (?:tiktok|video|reel|meme|post|articulo|noticia)|(?:un|una) (?:tiktok|reel|meme) (?:de|sobre|donde|en (?:el|la) que)|(?:en|de) (?:el|mi) (?:noticiero|programa|documental|podcast|libro|videojuego)`
  + ")";

/** The rest of a clause, up to a turn, or a laugh or an "and" followed by one of these words ("…but I", "…y yo", "jajaja casi me…"). */
const clauseEndBefore = (and: string, y: string, goesOnPastAComma = "(?!)") =>
  String.raw`(?:[^.;:!?,]|(?<=\d)[.,](?=\d)|,(?=\s*${goesOnPastAComma}\b))*?(?=(?<!\d(?=[.,]\d))[.;:!?]|,(?!\d)(?!\s*${goesOnPastAComma}\b)|\s[-–—]+\s|[\uD83C-\uD83E]|\b(?:lol|lmao|haha\w*|jaja\w*|jeje\w*)\s(?=(?:\w+ )?(?:${and}|${y})\b)|\b(?:but|pero|though|aunque|so|asi que|anyway|anyways|en fin|(?:and|yet) (?=(?:${and})\b)|y (?=(?:${y})\b))\b|$)`;
const WRITER_OR_NOW = "i|im|ive|my|me|now|then|suddenly|we";
const YO_O_AHORA = "yo|me|mi|tengo|estoy|ahora|entonces|de repente|derrepente|no (?:pude|puedo|he|me)";
/** Where the writer speaks of themselves again. */
const TO_THE_CLAUSES_END = clauseEndBefore(WRITER_OR_NOW, YO_O_AHORA);
/** A story on a screen ends where someone in the room acts too: "watching the match and he collapsed". */
// …and goes on past a comma while its people are the subject: "watching greys anatomy, the guy is having a heart attack now lol".
const STORY_GOES_ON = String.raw`(?:the (?:guy|man|woman|girl|boy|lady|doctor|nurse|character|actor|actress|patient|player|main \w+|hero|villain)|el (?:tipo|senor|protagonista|doctor|actor)|la (?:chica|senora|protagonista|doctora|actriz)|(?:the )?(?:blokes|men|women|people|guys|lads|miners|soldiers|workers|folks|victims|players)|(?:los |las )?(?:hombres|mujeres|tipos|mineros|soldados|trabajadores|victimas|jugadores)|la gente)`;
const TO_THE_STORYS_END = clauseEndBefore(`he|she|they|just|realised|realized|noticed|${WRITER_OR_NOW}`, `el|ella|ellos|me di cuenta|${YO_O_AHORA}`, STORY_GOES_ON);
/** "el infarto de mi tío", "la caída del vecino": a sign owned by someone named after it. Not a parent, child or partner, who may be the patient. */
const OWNED_BY_SOMEONE_ELSE = new RegExp(String.raw`\b(?:el|la|los|las) (?:\w+ ){1,2}(?:de (?:mi|mis|su|sus|un|una|la|el)|del) (?:ti[oa]s?|prim[oa]s?|vecin[oa]s?|amig[oa]s?|compa(?:n|ñ)er[oa]s?|jefe|jefa|conocid[oa]s?|sobrin[oa]s?|niet[oa]s?|padrino|madrina|comadre|compadre|perr[oa]s?|gat[oa]s?)\b`, "g");
const SOMEONE_ELSE_CLAUSE = new RegExp(String.raw`\b(?:${NOT_THE_PATIENT}\b${TO_THE_CLAUSES_END}|${MEDIA}\b${TO_THE_STORYS_END})`, "g");

/** The patient in the clause: then it is about them after all. */
const BODY = String.raw`(?:head|forehead|nose|brow|eyebrow|temple|jaw|cheek|chin|face|arms?|legs?|knees?|hips?|back|chest|heart|speech|words|wound|incision|scar|stitches|foot|feet|hands?|neck|shoulders?|ankles?|wrists?|eyes?|vision|mouth|lips|tongue|throat|skin|calf|shin|thigh|toes?|fingers?|elbows?|heel|groin|ribs|stump|stomach|belly|bladder|bowels?|temperature|fever|breathing|balance|pain)`;
const CUERPO = String.raw`(?:espinilla|muslo|dedos?|codos?|talon|ingle|costillas|munon|cabeza|frente|nariz|ceja|mandibula|cara|boca|brazos?|piernas?|rodillas?|caderas?|espalda|pecho|corazon|habla|herida|cicatriz|pies?|manos?|cuello|hombros?|tobillos?|munecas?|ojos?|vista|labios|lengua|garganta|piel|pantorrilla|estomago|vejiga|fiebre|temperatura|respiracion|dolor)`;
/** Friends and workmates, whose husband or mum is theirs, not the patient's ("my friends husband"). */
const FRIENDS_AND_WORKMATES = String.raw`(?:friends|neighbou?rs|coworkers|colleagues|boss|bosses|classmates|roommates|flatmates)`;
/** "my friends hip", "my neighbours wound": a body part of someone who is not the patient. */
const OTHER_PEOPLES = String.raw`(?:${FRIENDS_AND_WORKMATES}|cousins|nieces|nephews|uncles|aunts|aunties)\b`;
// "my friends husband" is the friend's: a relative counts as the patient only when not someone else's.
// The exercise equipment is the patient's whoever chewed it: "our puppy destroyed the theraband".
const PATIENT_IN_CLAUSE = new RegExp(String.raw`\b(?:(?:the|my|our|la|el|mi|las|mis) (?:\w+ )?(?:theraband|resistance band|exercise band|band|bands|step|weights|ball|putty|mat|roller|liga|ligas|banda|bandas|elastico|pesas|pelota|colchoneta|escalon)|i|im|ive|id|(?<!\b(?:fainted|collapsed|passed out|died|keeled over|went down|blacked out) on )(?<!\b(?:with|alongside|beside|next to) )me|myself|(?<!\b(?:the|a|coal|gold|salt|tin|old|open) )mine(?! (?:collapse|disaster|shaft|explosion|workers?|site|pit|field|closure)\b)|(?:la|el|las|los) mi[oa]s?|yo|tengo|estoy|siento|puedo|pude|(?<!\bse )podia|quiero|necesito|escuche|senti|oi|voy|hice|hablo|veo|noto|camino|muevo|digo|arrastro|babeo|(?<!\b${FRIENDS_AND_WORKMATES}\s)(?<!\b(?:my|our|his|her) \w+s\s)(?:him|dad|mom|mum|husband|wife)|(?<!\b(?:was|were|been|being) )found|noticed|encontr\w*|not(?:o|e) que)\b|\bmy (?:(?!${OTHER_PEOPLES})\w+ )?${BODY}\b|\bmy (?:will|testament|affairs|things|stuff|belongings|pills|meds|tablets)\b|\bmis? (?:\w+ )?${CUERPO}\b`);

/** "at my cousins wedding", "my friends house": someone's place or party, where the writer was. */
const PLACE_OR_EVENT = /^\S+ (?:\w+ )?\w+s (?:wedding|house|home|place|party|funeral|birthday|bbq|barbecue|garden|graduation|christening|pool|flat|apartment|farm|cabin)\b/;

/** A relative or caregiver writing for the patient, or someone holding the patient's phone: nothing is hidden. */
const WRITING_FOR_THE_PATIENT = /\b(?:not|isnt|is not) my (?:phone|cell|mobile)\b|\b(?:this|his|her|their|el|este|esta|su) (?:phone|cell|cellphone|mobile|celu|celular|movil|telefono)\b|\b(?:writing|texting|messaging) (?:for|on behalf of|about)|\bon (?:his|her|their) behalf\b|\bthis is (?:his|her|their)\b|\b(?:his|her) (?:wife|husband|son|daughter|carer|caregiver) here\b|\ble escribo (?:por|de parte)|\bde parte de\b|\bsoy (?:su|la|el) (?:hij|espos|cuidador|herman)|\bsoy su \w+|\b(?:soy|escribe|le escribe|les escribe) (?:el|la|un|una|su) (?:\w+ ){1,4}de (?:don |dona |la senora |el senor |mi )?\w+|^\W*(?:(?:his|her|their|the) )?(?:neighbou?r|friend|roommate|flatmate|coworker|colleague|carer|caregiver|nurse|interpreter|translator) here\b/;

/** When a relative writes, "my friend" may be the patient; the patient's own neighbour ("her neighbour") is not. */
const THE_PATIENTS_OWN = /^(?:his|her|their|su|sus)\b/;

/**
 * "playing with the grandkids", "lifting the dog": the other person is what the patient was doing, not whose symptom it is;
 * "busqué en internet…", "looked up online…": so is a search the patient made; "tripped over the dog": so is what they fell over.
 */
const DOING_SOMETHING_WITH = /\b(?:(?:tripped|tripping|trip|tumble|tumbled|fell|falling|stumbled|slipped|went flying) over|(?:tropece|tropezo|me cai|se cayo) con|asked|asking|told|telling|begged|left|gave away|given away|giving away|gave|given|giving|handed|sold|rehomed|rehoming|regale|regalo|le di|busque|busco|buscaba|buscando|mirando|mire|investigando|investigue|googled|googling|searched|searching|looked up|looking up|looking|researching|playing with|babysitting|minding|carrying|lifting|chasing|picking up|holding|looking after|running after|walking|bathing|cuidando a|cargando a|jugando con|paseando a|levantando a|\w+(?:aba|ia|ando|iendo) con|\w+ing with) $/;

/** The agent of what was done to the patient: "I was knocked over by the dog", "fui atropellada por un vecino". The clause is the patient's. */
const DONE_TO_THE_PATIENT_BY = /\b(?:i was|i got|ive been|i have been|i d been|was|got|been|being|fui|me|he sido|ha sido)(?: \w+){1,3} (?:by|por) $/;

/**
 * The writer has exercises of their own ("I did mine", "yo ya hice los míos") and says the relative is
 * fine: then "my sister had a fall but she's fine" is family news. A relative in trouble is never hidden.
 */
const HAS_OWN_EXERCISES = /\b(?:(?:did|do|done|doing|finished|will do|ill do) (?:all (?:of )?)?mine|my own (?:exercises|ones)|my (?:\w+ )?(?:exercises|stretches)|mis (?:\w+ )?ejercicios|yo (?:\w+ ){0,4}(?:hacer|hice|hago|hare|he hecho|termine) (?:los|mis) ejercicios|(?:hice|hare|termine|hago) (?:todos )?(?:los|las) mi(?:o|a)s|(?:hice|he hecho|termine|hare) (?:todos )?mis ejercicios|yo (?:hice |hago |hare )?(?:los|las) mi(?:o|a)s)\b/;
/** The writer's own session done, told in full: "did my quad sets in the waiting room", "hice los ejercicios de la mañana". */
const OWN_SESSION_DONE = /\b(?:did|done|finished|got through) my (?:\w+ ){0,2}(?:sets|reps|routine|session|workout|walk|slides|raises|squats|bridges)\b|\b(?:hice|he hecho|termine|complete) (?:todos )?(?:los|las) (?:\w+ )?(?:ejercicios|estiramientos)\b|\b(?:hice|he hecho) todos?\b|\bi did (?:them all|everything|all (?:of them|3|three|2|two))\b|^\W*(?:did|done|finished) (?:them all|all of them|all (?:3|three|2|two|4|four)|everything|the lot)\b|(?:^|[.,;!]\s*)(?:ejercicios |exercises |all |todo )?(?:done|hechos?|listos?|terminados?)\s*[.!]*$/;
const RELATIVE_IS_FINE = /\b(?:(?:she|he|they)(?: is| s| are)?|shes|hes|theyre) (?:\w+ )?(?:fine|ok|okay|alright|all right|doing (?:well|ok|okay|fine|better)|recovering(?: well)?|stable|home now|back home)\b|\b(?:esta|estan) (?:bien|mejor|estables?|en casa|recuperandose)\b|\brecuperandose\b/;
const A_RELATIVE = String.raw`(?:(?:el|la|los|las) (?:nene|nena|peque|bebe|chiquit[oa])s?|(?:my|our|mi|mis) (?:sister|brother|husband|hubby|wife|partner|mom|mum|mother|dad|father|son|daughter|little one|youngest|eldest|kid|child|baby|toddler|hermana|hermano|esposo|esposa|marido|mujer|pareja|mama|papa|madre|padre|hijo|hija|nene|nena|peque|bebe|suegr[oa]|cunad[oa]|yerno|nuera)s?)`;
const RELATIVE_CLAUSE = new RegExp(String.raw`\b${A_RELATIVE}\b${TO_THE_CLAUSES_END}`, "g");
/**
 * "My son has a fever so I'm skipping today to look after him": the writer skips their own session to care for the
 * relative, so the relative is not the patient. Caring alone is not enough: a wife may be looking after the patient.
 */
const SKIPPING_OWN_SESSION = /\bno (?:me )?(?:manden|envien|mandes|envies|escriban|escribas) (?:nada|mensajes|recordatorios)\b|\bpause (?:his|her) (?:\w+ )?(?:messages|reminders|texts)\b|\b(?:skip\w*|missing (?:my|today)|missed (?:my|todays|today s) (?:\w+ )?(?:session|exercises|workout|stretches|routine|physio)|no exercises|not doing (?:them|my)|(?:no|sin) (?:hacer )?(?:mis )?ejercicios|me (?:salto|salte)|pause (?:my|the) (?:messages|reminders|texts|exercises)|paus(?:en|ar|a|e) (?:los|mis) (?:mensajes|recordatorios|ejercicios))\b/;
const CARING_FOR_THEM = /\b(?:to |i m |im |i am |been )?(?:look\w* after|take care of|taking care of|caring for|nursing) (?:him|her|them|my (?:mom|mum|mother|dad|father|husband|wife|son|daughter|sister|brother))\b|\b(?:estoy|estamos|estaba|estuve|estuvimos|ando|andamos) (?:cuidando|atendiendo|acompanando) a (?:mi|mis)\b|\b(?:cuidar(?:lo|la|los|las)|cuidandol[oa]s?)\b|\b(?:lo|la|los|las) (?:estoy|estamos|estaba|estabamos) (?:cuidando|atendiendo|acompanando)\b/;
/** The writer's own session missed for the relative's sake: "can't do them today", "por eso no hice los ejercicios". */
const OWN_SESSION_MISSED = /^\W*(?:hoy no|not today|today no|no pude|no puedo|couldnt|cant)\b(?! (?:\w+ ){0,2}(?:respirar|breathe|move|mover|hablar|talk|feel|sentir|get up|stand|walk|levantar\w*|caminar|parar(?:me|se)))|\b(?:(?:cant|couldnt|can not|could not|wont|will not|didnt|did not) (?:do|get to|manage) (?:them|my exercises|the exercises|mine|any|a single one|anything)|no (?:pude|podre|voy a poder|he podido) hacer(?:los|las|los ejercicios| nada)|no (?:los|las) (?:hice|pude hacer)|no hice (?:los|mis) ejercicios|no hice nada|por eso no (?:hice|pude)|no time (?:today|for (?:them|my exercises|the exercises|it))|hoy no (?:puedo|podre|voy a poder)|(?:ill|i will|im going to|im gonna) (?:\w+ )?(?:do|get to|finish) (?:them|mine|my exercises|the exercises) (?:tonight|later|tomorrow|this (?:evening|afternoon))|(?:los|las) (?:hago|hare|voy a hacer) (?:mas tarde|luego|manana|esta noche|en la noche|al rato|despues))\b/;
/** The writer beside the relative, or fine themselves: "I'm at the hospital with her", "estuve con ella", "yo estoy bien". */
const WITH_THEM_OR_FINE_MYSELF = /\b(?:(?:im|i am|i was|was|been|stayed|staying|stay|estuve|estoy|estaba|me voy a quedar|me quedo|me quedare|me quede|nos quedamos|me tuve que quedar) (?:\w+ ){0,4}(?:with (?:her|him|them)|con (?:ella|el|ellos|ellas|(?:mi|mis) (?:hij[oa]s?|mama|papa|madre|padre|espos[oa]|marido|mujer|herman[oa]s?|abuel[oa]s?)))|(?:at|by) (?:my|our) \w+s (?:bed ?side|hospital bed)|junto a la cama de (?:mi|mis)|(?:at|in|to) (?:the )?(?:er|a&e|hospital|emergency room|urgent care|clinic)(?:\W+\w+){0,4}\W+with (?:my|our) (?:son|daughter|kids?|children|mom|mum|mother|dad|father|husband|wife|partner|sister|brother|grandma|grandpa|grandmother|grandfather)s?|(?:since|ever since|after|desde que|despues de que) (?:my|mi) (?:sister|brother|mom|mum|mother|dad|father|husband|wife|son|daughter|hermana|hermano|mama|madre|papa|padre|esposo|esposa|hijo|hija)\b|helping (?:him|her|them)|ayudandol[oa]s?|(?:im|i am|i m|i felt|i feel|i was) (?:\w+ )?(?:fine|ok|okay|alright|good|lucky)|yo (?:estoy )?(?:bien|perfectamente)|yo (?:gracias a dios |por suerte )?nada de eso|yo(?:,)? (?:que soy (?:la|el) (?:operad[oa]|paciente))|(?:i|who) (?:looked after|took care of) (?:her|him|them))\b/;
/**
 * Together: the writer misses (or does) their own session and is beside the relative or fine themselves, so the
 * relative is family news, not the patient — "my daughter fainted at school and I'm at the hospital with her".
 */
const LEADING_RELATIVE = new RegExp(String.raw`^${A_RELATIVE}\b`);

/**
 * The relative as the one written to, told or done for ("escribí cartas a mis hijos para despedirme", "tell my kids I love
 * them"): the clause is the patient's own. Not "a mi padre le dio un infarto", where "a … le" names who it happened to.
 */
const TO_OR_FOR_BEFORE = /(?<!\b(?:cuidando|cuidar|atendiendo|acompanando|ayudando|caring|looking after|taking care of) (?:a |for )?)\b(?:to|for|tell|told|telling|a|para)\s$/;
const IT_HAPPENED_TO = /^\s*(?:le|la|lo|les|se)\b/;
function isTheRecipient(text: string, offset: number, clause: string): boolean {
  return TO_OR_FOR_BEFORE.test(text.slice(Math.max(0, offset - 30), offset)) && !IT_HAPPENED_TO.test(clause.replace(LEADING_RELATIVE, ""));
}

/** Someone who is not family is in trouble only while it is happening: "my neighbour collapsed and isnt breathing". */
const HAPPENING_NOW = /\b(?:now|right now|just now|just started|just (?:collapsed|fell|fainted|passed out|stopped|went down|had)|doing cpr|haciendo rcp|cant|can not|cannot|wont|isnt|doesnt|wants?|going to|gonna|ahora|ahorita|ya mismo|en este momento|acaba de|de repente|no (?:puede|responde|contesta|despierta|reacciona|quiere)|quiere)\b/;
/** Told as news: dated, in care, or laughed about ("se desmayó en la boda el sábado", "my dad is in the ER", "flojo jaja"). */
const TOLD_AS_NEWS = /\b(?<!\b(?:since|desde) )(?:yesterday|last (?:night|week|month|year|weekend)|(?:days?|weeks?|months?|years?) ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|ayer|anoche|la semana pasada|el (?:mes|ano) pasado|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|hace (?:\w+ )?(?:dias|semanas|meses|anos)|(?:back )?in (?:19|20)\d\d|en (?:el )?(?:ano )?(?:19|20)\d\d|(?:in|at|from) (?:the )?(?:hospital|er|a&e|emergency room|icu|ward)|admitted|discharged|(?:en|al|del) (?:el )?(?:hospital|urgencias|la clinica)|hospitaliz\w*|ingresad[oa]|internad[oa]|(?:just )?had (?:\w+ ){0,2}(?:surgery|an operation|an op)|after (?:his|her|their) (?:\w+ )?(?:surgery|operation|op)|se opero|(?:recien )?operad[oa]|lol|lmao|haha\w*|jaja\w*)\b/;
const AN_ANIMAL = new RegExp(String.raw`\b(?:dogs?|cats?|puppy|kitten|pets?|perr[oa]s?|perrit[oa]s?|gat[oa]s?|mascotas?|${FARM_ANIMAL}|${ANIMAL_DE_GRANJA})\b`);
const WRITERS_NOW = /\b(?:now|ahora)(?= (?:i|im|ive|id|yo|estoy|me)\b)/g;

/** Fine now, unqualified: not "hes ok just bleeding a bit and woozy". */
const FINE_NOW = /\b(?:(?:(?:she|he|they) (?:is|s|are)|shes|hes|theyre) (?:\w+ )?(?:fine|ok|okay|alright|all right|doing (?:well|ok|okay|fine|better)|recovering|stable|home now|back home)|(?:esta|estan) (?:bien|mejor|estables?|en casa|recuperandose))\b(?!,? (?:just|but|except|apart from|only|though|pero|solo|aunque|menos))/;

/**
 * Someone in trouble now, with the writer: "HELP my husband collapsed and isnt waking up", "my mom wrote goodbye letters",
 * "mi mamá se tomó 10 pastillas, está mareada". Kept, when asked, for the emergency rules (red-flags.ts): the writer is
 * told to call for help whoever the patient is. A relative's trouble is news once dated, in care, said to be fine now or
 * laughed about; anyone else's only while it is happening.
 */
function isInTroubleNow(text: string, offset: number, who: "relative" | "anyone"): boolean {
  const { start, end } = clauseAround(text, offset, /[.!?\n]/g);
  // What they are like now may come a sentence later: "my wife fainted doing the balance. shes awake now but very pale".
  const next = end < text.length ? text.slice(end, clauseAround(text, end + 1, /[.!?\n]/g).end) : "";
  if (TOLD_AS_NEWS.test(text.slice(start, end)) || FINE_NOW.test(text.slice(start, end)) || FINE_NOW.test(next)) return false;
  // Their "now", not the writer's: "someone had a stroke and now im checking my face" is news.
  return who === "relative" || HAPPENING_NOW.test((text.slice(offset, end) + next).replace(WRITERS_NOW, " "));
}

/** A relative who died is not the patient ("mi abuelo murió por una fractura de cadera, por eso…"); wanting to be with them is the patient's. */
const DEAD_RELATIVE_CLAUSE = new RegExp(String.raw`\b(?=my|our|mi|nuestr)(?<!\b(?:with|join|see|con|a ver a|reunirme con) )(?:my|our|mi|mis|nuestr[oa]) (?:late )?(?:grandpa|grandma|grandfather|grandmother|granddad|nan|nana|mother|father|mom|mum|dad|husband|wife|brother|sister|son|daughter|uncle|aunt|abuel[oa]|madre|padre|mama|papa|esposo|esposa|marido|mujer|herman[oa]|hij[oa]|ti[oa]) (?:\w+ ){0,2}(?:died|passed away|murio|fallecio|se murio)\b${TO_THE_CLAUSES_END}`, "g");

/** The text with clauses about someone other than the patient blanked out (same length). */
/**
 * A sentence that says it was someone else, not the writer: "heart attack scare was my neighbour not me lol", "…, not me".
 * Not "not me being dramatic", "this is not me anymore", "a mí no me duele", "no soy yo misma".
 */
const NOT_ME_SENTENCE = /[^.!?\n]*(?:(?:,\s*|\b(?:my|his|her|our|the) \w+,? )not me(?! \w+ing\b)|\b(?:wasnt|was not) me|\bno fui yo)\b[^.!?\n]*/g;

/**
 * The sign said to be someone else's, to the clause's end: "lo del infarto fue de mi suegro", "the stroke thing was my dad".
 * Only when a person follows, never "the chest pain was my heart".
 */
const SIGN_WAS_SOMEONE_ELSES = /\b(?:(?:lo|eso) de(?:l| la| los| las)? [^.!?,;\n]{1,30}? (?:fue|era|es) (?:(?:de|del|lo de) (?:mi|mis|su|sus|nuestr[oa]|la|el) (?:suegr[oa]|madre|padre|mama|papa|abuel[oa]|ti[oa]|prim[oa]|herman[oa]|espos[oa]|marido|hij[oa]|vecin[oa]|amig[oa]|cunad[oa]|compa\w+|jefe|jefa|senor|senora)|(?:de )?_{3,})|the [^.!?,;\n]{1,30}? (?:thing |stuff |story |scare )?(?:was|is) (?:about )?(?:my|our) (?:mother|mom|mum|father|dad|grand\w+|aunt|uncle|cousin|sister|brother|husband|wife|son|daughter|\w+ in law|neighbou?r|friend|boss|coworker)s?)\b[^.!?,;\n]*/g;

/** A funeral: what follows it in the sentence is the dead person's story ("me voy al funeral de mi tío, le dio un derrame"), until the writer speaks of themselves. */
const AFTER_A_FUNERAL = /\b(?:funeral|velorio|entierro|memorial)(?: service)? (?:de|del|of|for) (?:(?:my|mi|su|his|her|our|nuestr[oa]) )?(?!own\b|propio\b|mi mism)\w+[^.!?\n]*|\b(?:my|his|her|our) (?!own\b)\w+s (?:funeral|memorial)\b[^.!?\n]*/g;
const hideFuneralStory = (sentence: string) =>
  sentence
    .split(/(?=,)/)
    .reduce<{ out: string; hiding: boolean }>(
      ({ out, hiding }, part) => {
        const still = hiding && !isThePatients(part);
        return { out: out + (still ? "_".repeat(part.length) : part), hiding: still };
      },
      { out: "", hiding: true },
    ).out;

/** The last text read and what it hid: the reader asks for the pain score, then the red-flag screen asks again. */
let lastHidden: { text: string; hidden: string } | null = null;

export function hideSomeoneElse(text: string, options: { keepingRelativesInTroubleNow?: boolean } = {}): string {
  const keeping = options.keepingRelativesInTroubleNow ?? false;
  if (!keeping && lastHidden?.text === text) return lastHidden.hidden;
  const hidden = hideSomeoneElseIn(text, keeping);
  if (!keeping) lastHidden = { text, hidden };
  return hidden;
}

function hideSomeoneElseIn(text: string, keepingRelativesInTroubleNow: boolean): string {
  const hidden = hideOthersClauses(text, keepingRelativesInTroubleNow).replace(NOT_ME_SENTENCE, (sentence) => "_".repeat(sentence.length)).replace(SIGN_WAS_SOMEONE_ELSES, (clause) => "_".repeat(clause.length)).replace(AFTER_A_FUNERAL, hideFuneralStory);
  // A message all about one family member, with nothing else in it and nothing seen on a screen, is most
  // likely written for them as the patient: "Mi tía amaneció con la boca jalá pa' un lado…". Friends,
  // neighbours and workmates stay news.
  const nothingLeft = !/\p{L}/u.test(hidden);
  return nothingLeft && FAMILY_MEMBER.test(text) && !MEDIA_SEEN.test(text) ? text : hidden;
}

const MEDIA_SEEN = new RegExp(MEDIA);
const FAMILY_MEMBER = /\b(?:my|our|mi|nuestr[oa]) (?:aunt|auntie|uncle|cousin|grandma|grandpa|grandmother|grandfather|granny|nan|nana|\w+ in law|tia|tio|prima|primo|abuela|abuelo|abuelita|abuelito|suegra|suegro|cunad[oa])\b/;

/** Said outright: "mi papá (él no es el paciente…)". */
const SAID_NOT_THE_PATIENT = /\b(?:(?:he|she|they) (?:is not|isnt|s not|are not|arent)|(?:el|ella|ellos) no (?:es|son)) (?:the |el |la |your |su |un |una )?(?:patients?|pacientes?)\b/;

/** The writer's feelings about it, or their care for them, do not make the clause the writer's: "it freaked me out", "lo estoy cuidando". */
const WRITERS_REACTION = /\b(?:freaked|scared|shocked|worried|upset|frightened|terrified|spooked|shook|shaken) (?:me|us)(?: up| out)?\b|\b(?:i|im|i am|we|were) (?:\w+ )?(?:looking after|caring for|helping|with) (?:him|her|them)\b|\b(?:me|nos) (?:asusto|preocupo|impacto|dio (?:miedo|susto|pena))\b|\b(?:me|nos) (?:conto|dijo|comento|aviso|escribio|mando|llamo|conto que|dijo que)\b|\b(?:told|texted|called|messaged|rang|phoned) (?:me|us)\b|\b(?:lo|la|los|las) (?:estoy|estamos|estaba) (?:cuidando|ayudando|acompanando)\b/g;
// "a friend of mine": the friend's, not the writer's.
const isThePatients = (clause: string) => PATIENT_IN_CLAUSE.test(clause.replace(WRITERS_REACTION, " ").replace(/\bof (?:mine|ours)\b/g, " "));

/** The hidden clause tells what happened to them, so the next ones may go on with it; not a bare "soy su nieto". */
const TELLS_WHAT_HAPPENED = /\b(?:had|has|was|were|got|fell|fainted|collapsed|pass(?:ed|es|ing)? out|keeled over|went down|died|broke|tuvo|tiene|fue|estaba|estuvo|se (?:cayo|rompio|desmayo|murio|corto)|le dio|hospital|ambulance|ambulancia|urgencias|er|a&e)\b/;

/**
 * The writer beside them, and the next clause opens with them as its subject: "I'm at my mom's bedside, she had a stroke
 * on Sunday", "at the ER with my son, he broke his wrist". Not "it's my son, he had a fall", which may name the patient.
 */
const BESIDE_THEM_BEFORE = /\b(?:at|with|by|beside|next to|con|junto a|al lado de)\s$/;
const THEIR_STORY_GOES_ON = /^,\s*(?:he|she|they|el|ella|ellos)\b/;

/** Now, today: a clause that says it has lost the thread of someone else's story and speaks of the present. */
const THE_PRESENT = /\b(?:today|tonight|now|this (?:morning|afternoon|evening)|since|hoy|ahora|esta (?:manana|tarde|noche)|desde)\b/;

/**
 * "My neighbour had a stroke on Sunday, face drooping and everything": the comma clauses after a hidden one go on
 * about the same person until one speaks of the writer or of now. Only when the message also says the writer has
 * their own session or that the other person is fine, so that a bare "my friend is here, chest pain" stays read.
 */
function hideWhatFollows(text: string, hidden: string): string {
  return hidden.replace(/_{3,}((?:,[^.;:!?,]*)+)/g, (run, tail: string, offset: number) => {
    const toldInTheRun = TELLS_WHAT_HAPPENED.test(text.slice(offset, offset + run.length - tail.length));
    const toldNextByPronoun = BESIDE_THEM_BEFORE.test(text.slice(Math.max(0, offset - 15), offset)) && THEIR_STORY_GOES_ON.test(tail) && TELLS_WHAT_HAPPENED.test(tail.split(/(?=,)/)[0]!);
    if (!toldInTheRun && !toldNextByPronoun) return run;
    let out = run.slice(0, run.length - tail.length);
    let hiding = true;
    // An emoji ends a clause as a comma does: "he broke his wrist at soccer 🙄 ill do them tonight".
    for (const part of tail.split(/(?=,)|(?=[\uD83C-\uD83E])/)) {
      if (hiding && (isThePatients(part) || THE_PRESENT.test(part))) hiding = false;
      out += hiding ? "_".repeat(part.length) : part;
    }
    return out;
  });
}

/**
 * Each clause the pattern finds is blanked unless kept. One kept for the patient in it is searched on inside, so that "mi
 * nieta me enseñó un tiktok de una chava que se desmaya", kept for its "me", still hides the story the granddaughter showed.
 */
function hideClauses(text: string, pattern: RegExp, keepsWhole: (clause: string, offset: number) => boolean, hasThePatient: (clause: string) => boolean): string {
  let out = "";
  let done = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (keepsWhole(m[0], m.index)) continue;
    if (hasThePatient(m[0])) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    out += text.slice(done, m.index) + "_".repeat(m[0].length);
    done = m.index + m[0].length;
  }
  return out + text.slice(done);
}

function hideOthersClauses(text: string, keepingRelativesInTroubleNow: boolean): string {
  const relativeWrites = WRITING_FOR_THE_PATIENT.test(text);
  const keepsWhole = (clause: string, offset: number) =>
    PLACE_OR_EVENT.test(clause) ||
    (relativeWrites && !THE_PATIENTS_OWN.test(clause) && !SAID_NOT_THE_PATIENT.test(text)) ||
    DOING_SOMETHING_WITH.test(text.slice(Math.max(0, offset - 20), offset)) ||
    DONE_TO_THE_PATIENT_BY.test(text.slice(Math.max(0, offset - 40), offset)) ||
    (keepingRelativesInTroubleNow && !MEDIA_SEEN.test(clause) && !AN_ANIMAL.test(clause) && isInTroubleNow(text, offset, "anyone"));
  const hidden = hideClauses(text, SOMEONE_ELSE_CLAUSE, keepsWhole, isThePatients);
  const hiddenDead = hidden.replace(DEAD_RELATIVE_CLAUSE, (clause) => "_".repeat(clause.length)).replace(OWNED_BY_SOMEONE_ELSE, (phrase) => (relativeWrites ? phrase : "_".repeat(phrase.length)));
  const ownSession = HAS_OWN_EXERCISES.test(text) || OWN_SESSION_DONE.test(text) || SKIPPING_OWN_SESSION.test(text) || OWN_SESSION_MISSED.test(text);
  const theRelativesNotMine = RELATIVE_IS_FINE.test(text) || CARING_FOR_THEM.test(text) || WITH_THEM_OR_FINE_MYSELF.test(text);
  if (relativeWrites || !(ownSession || theRelativesNotMine)) return hiddenDead;
  const othersNews = hideWhatFollows(text, hiddenDead);
  // "I didn't do mine" says the writer is the patient, and so the relative is not; skipping "them" alone may be a carer's.
  if (!(ownSession && theRelativesNotMine) && !HAS_OWN_EXERCISES.test(text) && !SAID_NOT_THE_PATIENT.test(text)) return othersNews;
  // Then what the relative's hidden clause goes on to tell: "estuve con mi hijo en el hospital, tuvo una crisis de asma".
  return hideWhatFollows(
    text,
    othersNews.replace(RELATIVE_CLAUSE, (clause, offset: number) =>
      // After the relative as subject, "no podía" is theirs: "mi hermano se operó y no podía orinar".
      isThePatients(clause.replace(LEADING_RELATIVE, "").replace(/\bpodia\b/g, " ")) || isTheRecipient(text, offset, clause) || (keepingRelativesInTroubleNow && isInTroubleNow(text, offset, "relative")) ? clause : "_".repeat(clause.length),
    ),
  );
}

const MINE_TOLD = /\b(?:mine|mines)\b(?= (?:is|s|has|had|feels?|felt|was|were|been|keeps?|kept|started|went|gone|just|too|also|right|now|today|does|did|got|looks?|looked))|\b(?:el mio|la mia|los mios|las mias)\b(?= (?:es|esta|estaba|ya|tambien|ahora|hoy|se|me|sigue|lleva|parece|tiene))/g;
// "chest pain" whole, not its "pain" alone.
const LAST_BODY_PART = new RegExp(String.raw`\b((?:${BODY} )?${BODY}|${CUERPO}(?: (?:de|del) ${CUERPO})?)\b(?![\s\S]*\b(?:${BODY}|${CUERPO})\b)`);

/**
 * "mine" said of a body part named before it, as the writer's own: "don't ignore chest pain they said, well mine is crushing
 * right now", "a ella le dolía la rodilla, la mía está hinchada". The part named last before it is the one meant.
 */
export function withMineNamed(text: string): string {
  if (!/\b(?:mines?|mi[oa]s?)\b/.test(text)) return text;
  return text.replace(MINE_TOLD, (mine, index: number) => {
    const part = LAST_BODY_PART.exec(text.slice(Math.max(0, index - 120), index));
    if (part === null) return mine;
    return `${/^(?:el|la|los|las) /.test(mine) ? "mi" : "my"} ${part[1]}`;
  });
}
