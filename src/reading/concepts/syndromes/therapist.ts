import { type ConceptRule, lexicon } from "../lexicon.js";
import { SINCE_EASED } from "./pain.js";
import { MEDICINA, MEDICINE } from "../shared.js";

/**
 * The therapist level (LABELS "therapist" and its Clarifications), criterion by criterion, in the
 * ways patients and relatives text it: an exercise given up for pain, too hard or too easy, equipment
 * gone, asking to be called or seen, low mood without self-harm (PHQ-2 in lay words), and questions
 * that need clinical judgement rather than the exercise library (pregnancy, heat/ice/creams,
 * substituting equipment, progressing, the patient's own condition). The legacy rule table in
 * red-flags.ts holds the older patterns of the same rules (same ids) and the medication words.
 */

const CLINICAL_TOPIC = lexicon(
  "a clinical question topic",
  [
    "pregnan\\w*", "embarrass\\w* (?:of|since|for|from) (?:\\d+|\\w+) (?:months|weeks)", "expecting a baby", "(?:a |got a |have a |with a )?bun in the oven", "(?:im|i am|shes|she is|were|we are) expecting(?= *(?:$|[.!?,;]| again| our| my| a| twins| in| baby))", "(?:estoy|esta|estamos) (?:esperando|encargando) (?:un )?(?:bebe|nene|nena|familia)", "(?:estoy|esta) (?:en estado|en cinta|encinta|preñada|prenada|panzona)", "(?:im|i am|shes|she is) (?:\\d+|\\w+) weeks (?:pregnant|along|gone)",
    // Whether the dose suits the patient's age: "are 20 reps too much for someone my age?".
    "(?:too (?:much|many|hard|easy|little|few)|(?:ok|okay|safe|right|enough|normal)) (?:\\w+ ){0,2}(?:for|at) (?:someone|somebody|a person|a man|a woman|people|anyone) (?:of )?my age", "(?:too (?:much|many|hard)|(?:ok|okay|safe|enough)) (?:\\w+ ){0,2}at my age",
    "(?:dangerous|bad|safe|harmful|ok|okay|a problem) for (?:{P} )?(?:prosthesis|prothesis|protesis|implant|new (?:knee|hip|shoulder)|replacement|(?:knee|hip|shoulder) replacement|operation|surgery|repair|graft)", "(?:must|should) i (?:continue|carry on)(?= *$| *[?,.!])", "(?:while|when|as|since|now) (?:im|i am|shes|she is|were|we are) expecting", "(?:im|i am|shes|she is|were|we are) expecting(?= *$| *[.,!]|(?= (?:a baby|again|twins|\\w+ (?:baby|child))))", "(?:found out|just found out|turns out) (?:im|i am|shes|she is|were|we are) expecting", "what (?:can|could|should) (?:i|we|he|she) use instead", "(?:can|could) (?:i|we|he|she) use (?:a |an |my |the |some )?(?:\\w+ ){1,3}(?:or|instead)\\b",
    // Whether the program works, or should change, is about the patient's condition (LABELS: therapist questions).
    "(?:are|is) (?:these|this|they|it|the exercises|any of (?:this|these|it)) (?:\\w+ ){0,2}(?:doing anything|doing any good|working|helping|making (?:a|any) difference|any good|worth it)", "(?:change|switch|swap) (?:up )?(?:my |the )?(?:exercises|program|programme|plan|routine)",
    // Progress in doubt, or two advisers who disagree, is the therapist's to settle.
    "(?:not|no|never) (?:seeing|seen|noticing|noticed|feeling|felt) (?:any |much |a )?(?:improvement|progress|difference|change|better)", "(?:exactly|just|still) the same (?:after|as|since)", "(?:\\d+|\\w+) (?:weeks|months) (?:in|on|later) and (?:\\w+ ){0,3}(?:still|exactly|just|no) (?:the same|better|different|change|improvement)", "(?:who|which (?:one|of them)) (?:is|s) right", "(?:who|which (?:one|of them)) (?:should|do) i (?:believe|trust|listen to)",
    "(?:with|around|near|safe for|ok for|okay for|bad for) (?:a |an |my |the )?(?:pace ?maker|defibrillator|icd)", "(?:a few|a couple|a couple of|some|two|three|\\d) (?:beers|drinks|glasses of wine|pints|shots)", "alcohol", "hung ?over", "hangover",
    // Whether to exercise through an illness is a clinical judgement.
    "(?:(?:if|when|while|with) (?:i|im|he|she|hes|shes) (?:have|has|got|am|is|feel|feels|ve got|have got)? ?|with )(?:a |the )?(?:cold|flu|covid|virus|bug|chest infection|tummy bug|stomach bug|sick|ill|unwell|poorly|on (?:my|her) period)", "(?:\\d+|a few|few|\\w+) (?:weeks|months) along", "baby on the way", "(?:two|2) (?:pink |blue )?lines", "positive (?:pregnancy |preg )?test", "🤰", "breastfeed\\w*", "heat", "ice", "ice packs?", "icing", "frozen peas", "cold packs?", "heating pad", "heat pack", "hot pack", "hot water bottle", "hot tub", "jacuzzi", "sauna", "hot bath", "epsom salts?",
    "creams?", "gels?", "ointments?", "rubs?", "patch(?:es)?", "voltaren", "deep heat", "tiger balm", "biofreeze", "icy hot", "bengay", "tens(?: machine| unit)?", "kinesio\\w*", "k ?tape", "kt tape", "taping", "cold (?:plunges?|water (?:swim\\w*|immersion|therapy))", "ice baths?", "cryo\\w*", "hrt", "hormone (?:replacement|therapy|patch\\w*|tablets?)", "raynaud\\w*", "electric blanket",
    "instead of (?:the |a |my )?(?:\\w+ )?(?:band|bands|weights?|dumbbells?|step|ball|roller|foam roller|strap|chair|mat|towel|cane|walker|kettlebell|machine|bike|floor|bed|stairs|wall|bench|couch|sofa|table|counter|rail|broom|stick)",
    "(?:on|in|with) (?:a |the |my )?(?:\\w+ )?(?:bed|mattress|couch|sofa|recliner|pillow|cushion) (?:instead|rather)", "substitut\\w*", "swap\\w*(?! (?:you|ya|u|shifts?|places|numbers|seats|days?|with (?:you|someone|a coworker))\\b)", "replace (?:the |a )?\\w+ with", "(?:use|using) (?:a |an |my )?\\w+(?: \\w+)? instead", "(?:progress|level up|move up|step up|go up|increase|add) (?:\\w+ ){0,3}(?:weight|weights|reps|sets|resistance|level|difficulty|band)", "(?:move|go|switch|jump|step|bump) (?:up |on )?to (?:\\w+ )?(?:sets|reps|kg|kilos|lbs|pounds|band|level|weights?)", "progress\\w*", "next level", "harder band", "drop back", "(?:restart|start again|start back|pick up) (?:\\w+ ){0,2}(?:at|on|from) (?:the same|a lower|an easier|the easier|the first|level)", "make (?:it|them|this|these|that) (?:\\w+ )?(?:harder|more difficult|tougher|more challenging)", "(?:start|move on to|go to|begin|try) (?:the )?(?:level|phase|stage) (?:\\d|two|three|ii)",
    // Whether to move on, stop an exercise or put down a walking aid is whether to progress (LABELS: therapist questions).
    "(?:when|how soon) (?:can|could|will) (?:i|we|he|she) (?:stop|drop|quit)(?! (?:the |my |these |getting |receiving )?(?:reminders|messages|texts|alerts|notifications)\\b)", "ready (?:for|to (?:move on|progress|go up|add))", "(?:move|moving|go|going) (?:\\w+ ){0,2}on to",
    "(?:stop using|ditch|get rid of|give up|go without|do without|walk without) (?:the |my |his |her )?(?:cane|walker|crutch\\w*|stick|walking stick|sling|brace|boot|frame)",
    "(?:from|off) (?:the |my |his |her )?(?:walker|frame|crutch\\w*|cane|stick|wheelchair|boot|brace|sling) (?:\\w+ ){0,2}(?:to|onto) (?:just |only )?(?:a |the |my |one )?(?:cane|stick|crutch\\w*|walker|nothing|shoes?|trainers?)",
    "(?:heavier|stronger|thicker|tighter|next|harder|lighter|easier|softer|thinner|weaker|looser) (?:band|theraband|weights?|dumbbells?|kettlebell)", "(?:use|try|switch to|change to|move to|go to|go up to|get|need|buy|order) (?:a |the |my )?(?:red|green|blue|black|silver|gold|yellow) (?:band|theraband)", "ankle weights?", "can i use (?:a |an |my |the )?(?:\\w+ )?(?:broom\\w*|mop|handle|stick|umbrella|pole)", "(?:twice|two times|more often|extra|every day) (?:a day )?to (?:get better|heal|recover|improve) (?:faster|quicker|sooner)", "antibiotic\\w*", "(?:will (?:i|she|he|they)|ill|shell|hell|theyll) (?:ever )?be able to", "(?:able|allowed|ok|okay|safe) to (?:\\w+ )?(?:dance|run|jog|drive|ski|golf|swim|play|hike|kneel|climb|go back to work|return to)", "(?:should|do) i (?:go easy|take it easy|be careful|hold back|avoid)", "(?:more|extra|additional) (?:reps|sets|weight|weights|resistance|rounds|repetitions)", "(?:heavier|bigger) weights?", "(?:only|just) (?:have|got) (?:\\w+ ){0,2}(?:weights?|dumbbells?|bands?|kg|kilos?|pounds?|lbs)",
    "(?:use|using) (?:\\w+ ){1,3}as (?:a |my |the )?(?:weights?|dumbbells?|band|step|strap|ball|roller)", "(?:do|doing) (?:them|these|it|this|the \\w+) (?:in|at|on) (?:the |a |my )?(?!(?:morning|mornings|evening|evenings|night|afternoon|weekend|weekends|lunch|lunchtime)\\b)\\w+ instead", "on (?:my|her) period",
    "(?:is|are) (?:\\w+ )?(?:swimming|running|jogging|cycling|biking|walking|golf|tennis|pickleball|yoga|pilates|the gym|driving|hiking|dancing|gardening|skiing) (?:\\w+ )?(?:ok|okay|safe|alright|fine|allowed|good|bad)",
    "brace", "compression (?:sleeve|socks?|stockings?)", "knee sleeve", "massage", "chiropract\\w*", "acupunct\\w*", "cortisone", "steroid", "supplements?", "collagen", "glucosamine", "(?:in|with|wearing) (?:the |a |my |his |her )?(?:sling|cast|boot|moon boot|splint|brace|walker|frame|collar)", "latex", "(?:gp|doctor|surgeon|consultant|scan|x ?ray|mri) (?:\\w+ ){0,3}(?:said|says|showed|shows|found|scanned|confirmed)", "(?:stress )?fracture", "ruptur\\w*", "sleep (?:on|in) (?:my|his|her|a|the) (?:\\w+ )?(?:side|back|front|stomach|chair|recliner)", "(?:is|was) (?:that|this|it) normal for (?:him|her|them)", "(?:use|using) (?:a |an |my |some )?(?:\\w+ ){1,4}instead", "(?:ibuprofen|paracetamol|acetaminophen|naproxen|tylenol|advil|aleve|nurofen|painkillers?|mefenamic|diclofenac|volini|spray|tramadol|codeine)", "c ?section", "caesarean", "cesarean", "osteopor\\w*", "hernia", "tinnitus", "fasting", "ramadan", "(?:use|using) (?:a |an |my |the )?(?:\\w+ )?(?:towel|belt|scarf|chair|cans?|bottles?|books?|pillow|cushion|sock|tins?|bag|rope|tie|jugs?)(?: or (?:smth|something|sth|anything|whatever)| for (?:it|them|that|those|the \\w+))", "(?:move|go|step|switch|bump) (?:up )?to (?:the )?(?:red|green|blue|black)(?: (?:one|band))?",
  ],
  ["(?:vale|valdra|valdria) la pena (?:seguir|continuar|hacer\\w*)", "(?:sigo|sigue|estoy|esta) igual(?: que| despues| desde| y)", "no (?:veo|noto|he visto|he notado|siento) (?:ningun |ninguna |nada de |mucha |mucho )?(?:mejoria|cambio|progreso|avance|diferencia)", "(?:quien|cual) (?:\\w+ )?tiene (?:la )?razon", "(?:a )?quien (?:le )?(?:hago caso|creo)", "(?:con|para) (?:el |mi |un )?(?:marcapasos|desfibrilador)", "(?:unas|un par de|dos|tres|\\d) (?:cervezas|chelas|copas|tragos)", "alcohol", "resaca", "cruda",
    "(?:en vez|en lugar) de (?:la |el |las |los |una |un |mis |mi )?(?:\\w+ )?(?:pesitas|pesas?|mancuernas?|bandas?|ligas?|elastico|escalon|pelota|silla|toalla|baston|andador|rodillo)","(?:sirven|sirve|funcionan|funciona|ayudan|ayuda) (?:de algo|para algo)", "(?:cambiar|cambien|cambiarme|cambian) (?:los |mis |estos )?ejercicios", 
    "(?:demasiad[oa]s?|mucho|muchas|muchos|suficiente|normal|seguro|bien) (?:\\w+ ){0,2}(?:para|a) (?:alguien|una persona|gente|un hombre|una mujer) de mi edad", "(?:demasiad[oa]s?|mucho|muchas|muchos|seguro|suficiente) (?:\\w+ ){0,2}a mi edad", "(?:estoy|esta) de (?:\\d+|\\w+) semanas", "embaraz\\w*", "(?:dos|2) (?:rayitas|rayas|lineas|rayitas rosas)", "(?:prueba|test) (?:de embarazo )?(?:salio |dio )?positiv[oa]", "lactancia", "(?:peligroso|malo|seguro|un problema) para (?:la |mi |su )?(?:protesis|operacion|cirugia|implante|rodilla nueva|cadera nueva)", "(?:debo|tengo que|puedo) (?:seguir|continuar)(?= *$| *[?,.!])", "(?:si|cuando|con|mientras) (?:tengo|tiene|estoy|esta)? ?(?:gripa|gripe|resfriado|resfrio|catarro|covid|un virus|la regla|enferm[oa])", "amamant\\w*", "calor", "hielo", "compresa\\w* fria\\w*", "frio o calor", "bolsa de agua caliente", "jacuzzi", "sauna", "tina caliente", "bano caliente", "compresa\\w* calientes?", "crema\\w*", "pomada\\w*", "gel", "unguento", "parche\\w*", "voltaren", "kinesio\\w*", "vendaje neuromuscular", "(?:almohadilla|manta|cojin) (?:electrica|termica)", "banos? de hielo", "terapia hormonal", "raynaud\\w*", "(?:uso|usar|ponerme|pongo) guantes", "cinta (?:kinesio\\w*|neuromuscular)", "bengue", "(?:en vez|en lugar) del? (?:la |el |las |los )?(?:banda|liga|pesas?|escalon|pelota|rodillo|silla|toalla|baston|andadera)", "cambiar (?:la|el) \\w+ por", "sustitu\\w*", "reemplaz\\w*",
    "(?:subir|subo|subirle|aumentar|aumento|pasar|paso|agregar|agrego|anadir|anado) (?:\\w+ ){0,2}(?:nivel|peso|repeticiones|series|dificultad|resistencia)", "(?:debo|deberia|puedo|tengo que|hay que) (?:subir|aumentar|intensificar|endurecer) (?:los|las|el|la|mis) (?:ejercicios|rutina|intensidad|carga)", "siguiente nivel", "progresar", "cuando (?:pasamos|paso|pasaremos|cambiamos|subimos|avanzamos) (?:a|al|de) (?:algo|otr[oa]s?|ejercicios|el siguiente|nivel)", "(?:empezar|empiezo|retomo|retomar|arranco) (?:\\w+ ){0,2}(?:en|desde|con) (?:el )?(?:mismo nivel|nivel|principio|lo mas facil)", "(?:hacer(?:la|lo|las|los)?|poner(?:la|lo|las|los)?) (?:\\w+ )?mas (?:dificil|dificiles|dur[oa]s?|pesad[oa]s?|intens[oa]s?|exigentes?)", "(?:pasar|paso|pase|pasamos|subir|subo|cambiar|cambio) a (?:la |el |una |un )?(?:siguiente|otra|otro|liga|banda|pesa|nivel)",
    "(?:dejar|dejo|deje|dejamos) (?:de usar |de llevar )?(?:el|la|los|las|mi|su) (?:baston|muletas?|andador|cabestrillo|faja|ferula|rodillera|bota)", "(?:list[oa]s?|preparad[oa]s?) para (?:pasar|subir|empezar|hacer|correr|caminar|dejar)", "(?:pasar|paso|pasamos) (?:ya )?a (?:los|las|hacer) ",
    "(?:liga|banda|pesa|mancuerna)s? (?:mas )?(?:dura|fuerte|pesada|gruesa|siguiente|suave|ligera|blanda|floja|delgada)", "(?:usar|uso|usamos|probar|pruebo|pasar|paso|pasarme|cambiar|cambio|cambiarme|comprar|compro|necesito) (?:a )?(?:la |una |mi )?(?:liga|banda) (?:mas )?(?:roja|verde|azul|negra)", "tobilleras?(?: de peso)?", "en cuanto tiempo (?:me |se |le )?(?:recuper(?:o|a)|san(?:o|a)|cur(?:o|a)|mejor(?:o|a)|quit(?:o|a))", "antibiotico\\w*", "arnica", "pesas? (?:de|en los) tobillos?", "(?:podre|podra|va a poder|voy a poder) (?:volver a )?(?:bailar|correr|manejar|conducir|nadar|jugar|caminar|trabajar)", "mas (?:repeticiones|series|peso|resistencia)", "solo tengo (?:\\w+ ){0,2}(?:pesas?|ligas?|bandas?|mancuernas?|kilos?)", "(?:usar|uso) (?:\\w+ ){1,3}como (?:pesas?|mancuernas?|liga|banda|escalon)", "(?:hacer|hacerlos|hacerlas|los hago|las hago) (?:\\w+ ){0,2}en (?:la |el )?(?!(?:manana|tarde|noche|mediodia|finde)\\b)\\w+ en vez", "(?:con|en) (?:la|mi) regla", "rodillera", "faja", "masaje\\w*", "quiropract\\w*", "suplementos?", "enyes\\w*", "yeso", "(?:le |me )?pusieron (?:una |la )?(?:bota|ferula|escayola|cabestrillo|yeso)", "cabestrillo", "andador\\w*", "latex", "fractura\\w*", "rotura", "(?:el |la )?(?:traumatologo|traumatologa|medico|medica|doctor|doctora|cirujano) (?:\\w+ ){0,2}(?:dijo|dice|confirmo|vio)", "ibuprofeno", "paracetamol", "naproxeno", "diclofenaco", "calmantes?", "cesarea", "osteopor\\w*", "hernia", "bult\\w* en la ingle", "collarin", "ayunas", "ramadan", "agua caliente", "(?:me siento|estoy|ando) (?:\\w+ )?(?:malit[oa]|enferm[oa]|con gripe|resfriad[oa])", "(?:paso|pasar|pasarme|puedo pasar|subo|subir|subirle|cambio|cambiar|cambiarme) (?:ya )?a (?:la |el |los |las )?(?:roja|verde|azul|negra|siguiente|mas (?:dura|fuerte|pesada)|\\d+ (?:kilos?|kg|libras))",
  ],
);

/** A question about a medicine — when to take it, whether to keep on, what it does to the exercises — asked in the sentence that names it (LABELS: therapist). */
const A_MEDICINE = lexicon("a medicine", [MEDICINE, "laxatives?", "(?:take|taking|took|have|having) (?:anything|something|nothing) for (?:the |my )?pain"], [MEDICINA, "laxantes?", "(?:tomar|tomo|tome) (?:algo|nada) para el dolor"]);
const ASKS_ABOUT_IT = lexicon(
  "asks about it",
  ["(?:can|could|should|shall|may|do|does|did|is|are|will|would|must|am) (?:i|we|he|she|it|that|this|they|these|those)", "(?:ok|okay|safe|fine|alright|allowed|bad|good|better) (?:to|for|if)", "(?:what|when|which|how|why|whether)", "(?:affect|interfere|matter|change) (?:\\w+ ){0,2}(?:exercises?|anything|them|it|my|the)", "(?:any|which) (?:exercises?|ones?) (?:\\w+ )?(?:i )?(?:should(?:nt)?|must(?:nt)?|cant|to) (?:avoid|not do|skip)"],
  ["(?:puedo|podria|puede|podre|debo|deberia|debe|tengo que|tiene que|se puede|hay que|conviene|sigo|seguir|dejo|dejar|(?:la|lo|las|los) (?:tomo|tomare|tome|dejo))", "es (?:normal|malo|bueno|peligroso|seguro)", "esta bien", "(?:afecta\\w*|importa|cambia\\w*|interfier\\w*)", "(?:cuando|cuanto|cual|como|por que)(?= (?:\\w+ )?(?:la|el|las|los|lo|me|le|se|tomo|tomar|tiempo|debo|puedo|hay|es|son))", "hago (?:los ejercicios|las ejercicios|la rutina|los) (?:igual|de todas formas|aun asi)", "(?:espero|esperar) a (?:acostumbrarme|que se me pase)", "(?:algun|algunos|que|cual(?:es)?) ejercicios? (?:\\w+ ){0,2}(?:no (?:deba|debo|pueda|puedo)|(?:deba|debo) evitar)"],
);

/** A medicine started, stopped or changed: "el médico me subió la prednisona", "started on amlodipine", "new tablets". */
const MEDICINE_CHANGED = lexicon(
  "a medicine started, stopped or changed",
  ["(?:started|starting|stopped|stopping|upped|increased|doubled|lowered|reduced|changed|switched|put me on|took me off|taken off|came off|new)(?: \\w+){0,3} (?:on |my |the |a |to )?(?:dose|medicine|medication|meds|pills|tablets|prescription)", "(?:doctor|gp|surgeon|consultant|specialist|cardiologist|nurse) (?:\\w+ ){0,3}(?:started|upped|increased|doubled|lowered|changed|switched|stopped|put me on|prescribed)"],
  ["(?:el |la |mi )?(?:medic[oa]|doctor[a]?|cardiolog[oa]|especialista|enfermer[oa]) (?:\\w+ ){0,3}(?:subio|subieron|bajo|bajaron|cambio|cambiaron|aumento|aumentaron|receto|recetaron|quito|quitaron|doblo|puso)", "(?:empece|empezaron|deje|cambie) (?:a tomar |de tomar )?(?:\\w+ ){0,2}(?:pastillas?|medicamento|medicina|dosis|tratamiento)", "(?:nueva|nuevo|nuevas|nuevos) (?:pastillas?|medicamentos?|medicinas?|tratamiento|dosis)"],
);
/** Asks whether to take, keep taking or share a medicine: "¿puedo tomar el suyo?", "should I double it?". */
const ASKS_TO_TAKE = lexicon(
  "asks whether to take it",
  ["(?:can|could|should|may|do|must) (?:i|he|she|we) (?:\\w+ )?(?:take|use|keep taking|stop taking|double|skip|share|borrow|have)\\b", "(?:ok|okay|safe|fine|alright) (?:for me |for him |for her )?to (?:take|use|keep taking|stop taking|double|skip|share|borrow)"],
  ["(?:puedo|podria|debo|deberia|tengo que|se puede|sigo|conviene) (?:\\w+ )?(?:tomar|usar|seguir tomando|dejar de tomar|duplicar|saltar|compartir)\\w*", "(?:la|lo|las|los) (?:puedo|debo|tengo que) (?:tomar|dejar|duplicar|saltar)"],
);
/** Asks whether the exercises must change: "¿tengo que cambiar algo de los ejercicios?", "do I need to change anything?". */
const ASKS_TO_CHANGE_THE_EXERCISES = lexicon(
  "asks whether the exercises must change",
  ["(?:do|should|must|will) (?:i|we) (?:\\w+ )?(?:change|adjust|modify|stop|avoid|skip|cut back|ease off)(?: \\w+){0,3} (?:exercises|routine|program|programme|anything)", "(?:change|adjust|modify) (?:anything|something)"],
  ["(?:tengo que|debo|deberia|hay que|conviene) (?:\\w+ )?(?:cambiar|ajustar|modificar|dejar|suspender|evitar|bajar)(?: \\w+){0,4} (?:ejercicios|rutina|programa)", "(?:cambiar|ajustar|modificar) (?:algo|nada)"],
);

/** A medicine named in passing, not asked about: waited on to work, blamed for a foggy head, priced or fetched. */
const A_MEDICINE_IN_PASSING = lexicon(
  "a medicine named in passing",
  ["(?:while|whilst) (?:i )?(?:wait|waiting) (?:for )?(?:the |my )?(?:\\w+ ){0,2}to (?:kick in|work)", "(?:remind me to|need to|have to|gotta) (?:buy|get|order|pick up) (?:more|some|another)", "(?:box|bottle|packet|tube|pack|blister) (?:is |s )?(?:empty|finished|running low)", "(?=take)(?<=(?:^|[,.;!?]\\s*)i )take (?:my|the) (?:\\w+ )?(?:pills|tablets|meds|medication|medicine|painkillers) (?:at|after|before|with|in the) (?:breakfast|lunch|dinner|tea|bedtime|night|morning|evening|\\d)", "(?:foggy|drowsy|groggy|dopey|spaced out|out of it) (?:on|from)(?: the| my| all the)?", "how much (?:does|do|would|will) (?:the |a |it )?(?:\\w+ ){0,3}cost", "how much (?:is|are) (?:the |a )?(?:\\w+ ){0,3}(?:at|in|from) (?:the |your )?(?:pharmacy|chemist|shop|store|boots|cvs|walgreens)", "price of", "(?:is|are) (?:\\w+ ){0,3}open (?:on |this |late|today|tomorrow|sunday|saturday)"],
  ["mientras (?:espero|esperaba) (?:a )?que (?:me )?(?:haga|hiciera) efecto", "(?:cuanto|que precio) (?:cuesta|cuestan|vale|valen|sale|salen|tiene)", "precio de(?:l)?", "(?:abre|abren|esta abierta|estan abiertos|abierta) (?:el|los|hoy|manana|en)", "(?:atontad[oa]|adormilad[oa]|medio dormid[oa]) (?:con|por)(?: el| la| las| los)?"],
);

const TOO_PAINFUL = lexicon(
  "an exercise too painful to do",
  ["(?:hurts?|hurting|hurt|painful|sore|aches?|aching) (?:\\w+ ){0,2}(?:too much|so much (?:that|i)|too bad)", "too (?:painful|sore)", "(?:wouldnt|wont|cant|couldnt|cannot|doesnt) (?:\\w+ ){0,6}without (?:it )?(?:hurting|pain|killing)",
    "(?:impossible|not possible|no way|out of the question) (?:\\w+ ){0,2}(?:with|because of|due to|from|for) (?:{P} |the |this )?(?:\\w+ )?(?:pain|hurt\\w*|sore\\w*)", "(?:cant|couldnt|unable to) (?:do|finish|manage) (?:\\w+ ){0,3}(?:because of|from|with) (?:the )?pain",
    // "couldn't get past halfway for the pain": the movement stopped short by pain, not a remedy looked for ("can't take anything for the pain").
    "(?:cant|couldnt|cannot|could not|unable to) (?!(?:take|find|buy|afford|use|sleep|get (?:anything|something|any|meds|medicine|pills|help))\\b)(?:\\w+ ){1,7}(?:for|because of|due to) (?:the |my )?pain"],
  ["(?:duele\\w*|dolor) (?:\\w+ ){0,2}demasiado", "demasiado dolor", "imposible (?:\\w+ ){0,2}(?:con|por) (?:el |este |tanto )?dolor", "no (?:puedo|pude|puede|pudo) (?:hacer\\w*|terminar\\w*) (?:\\w+ ){0,3}(?:por|del) (?:el )?dolor", "no (?:puedo|pude|puede|pudo|podia|podre) (?:\\w+ ){0,2}(?:por|del|con|x) (?:el |tanto |mucho )?dolor", "(?:el )?dolor no (?:me |le )?(?:deja|dejo|dejaba)", "no (?:me|le) (?:sale|salen|salio|salieron) (?:\\w+ ){0,2}(?:por|del|con) (?:el |tanto )?dolor"],
);

/** Fear of getting hurt while exercising: a concern for the therapist, like a fear of falling (never self-harm). */
const FEAR_OF_INJURY = lexicon(
  "fear of injury while exercising",
  ["(?:scared|afraid|frightened|nervous|terrified|too scared) (?:to|of) (?:do|doing|try|trying) (?:the |my )?(?:\\w+ ){0,2}(?:after|since) (?:last time|what happened|the last)", "(?:scared|afraid|fear\\w*|frightened|worried|nervous|terrified|anxious|wary|paranoid) (?:\\w+ ){0,4}(?:hurt\\w*|injur\\w*|re ?injur\\w*|damag\\w*|tear\\w*|dislocat\\w*|break\\w*|pull\\w* something|strain\\w*|undo\\w*|mess\\w* up) (?:\\w+ ){0,1}(?:myself|himself|herself|it|my|his|her|the|something|again)",
    // …or of a serious event the patient has been warned of: a replaced joint coming out, a faint, a clot.
    "(?:scared|afraid|fear\\w*|frightened|worried|nervous|terrified|anxious|wary|paranoid|petrified) (?:\\w+ ){0,5}(?:dislocat\\w*|pop\\w* out|com\\w* out|faint\\w*|pass\\w* out|black\\w* out|collaps\\w*|(?:a |another )?(?:blood )?clot)",
    // Fear of movement (the Tampa Scale of Kinesiophobia): bending, twisting or trusting the joint at all.
    "(?<!\\bused to (?:be |get )?)(?:scared|afraid|terrified|frightened|petrified|fear\\w*) (?:of |to )(?:bend\\w*|mov\\w*|twist\\w*|lift\\w*|put\\w* weight|walk\\w*|try\\w*)",
    "(?:disc|back|spine|knee|hip|shoulder|ankle) (?:\\w+ ){0,2}(?:will|would|is going to|gonna|going to|itll|itd) (?:\\w+ )?(?:slip|pop|go out|give way|give out|buckle|let me down|snap)",
    "(?:zero |no |lost (?:all )?|dont have (?:any )?)confidence in (?:this|my|the|his|her) (?:knee|hip|back|leg|ankle|shoulder|body)"],
  ["(?:miedo|temor|panico|preocupa\\w*|nervios\\w*) (?:\\w+ ){0,6}(?:lastimar\\w*|hacer\\w* dano|lesion\\w*|romper\\w*|dislocar\\w*|zafar\\w*|desgarr\\w*|fastidiar\\w*|joder\\w*)",
    "(?:miedo|temor|panico|preocupa\\w*|nervios\\w*) (?:\\w+ ){0,4}(?:se (?:me|le) (?:salga|zafe|disloque)|desmay\\w*|(?:un )?(?:coagulo|trombo))",
    "(?:miedo|temor|panico) (?:\\w+ ){0,3}se (?:me|le) (?:vaya|falle|doble|rompa) (?:la|el) (?:rodilla|tobillo|espalda|cadera|hombro)",
    "(?:prefiero|mejor) no mover\\w* (?:[\\w,]+ ){0,8}(?:para no|por si) (?:\\w+ )?(?:hacerme|hacerle|lastimarme|lastimarle|me lastimo|me hago|lesionarme)"],
);

/** Pain named as what stops an exercise: not mild soreness ("a bit sore" is expected), which is left out. */
const HURTING = lexicon(
  "pain that stops an exercise",
  ["hurt\\w*(?! (?:a (?:bit|little|tiny bit|touch)|slightly|a wee bit))", "pain(?! (?:meds|medication|medicine|killers?|pills|tablets|relief|clinic|doctor|management|team|specialist))", "pains", "painful", "aches", "ache", "(?:too|so|really|very|super) sore", "aching", "twinge\\w*", "pinch\\w*", "screaming at (?:me|him|her)", "(?:was |is )?killing (?:me|him|her)", "(?:acting|playing|flaring|flared) up", "giving (?:me|him|her) (?:grief|trouble|hell)", "(?:is|are|was|were) screaming", "screams", "(?:even )?(?:with|after) (?:a |the |my )?(?:painkillers?|pain pills?|ibuprofen|paracetamol|tylenol|advil)"],
  ["dolor", "dolores", "duele\\w*(?! (?:un poco|un poquito|un poquitin|poquito|apenas|algo|nomas un poco))", "dolia\\w*", "dolio", "doliendo", "lastima\\w*", "(?:me|le) (?:estaba |esta )?matando", "(?:me|le) quema\\w*", "(?:me|le) grita\\w*", "ni con (?:el |los |un |la )?(?:analgesic\\w*|calmantes?|ibuprofeno|paracetamol|pastilla\\w*)"],
);

/** An exercise given up, cut short or left out; with pain in the same sentence it was stopped by pain. */
const GAVE_UP_AN_EXERCISE = lexicon(
  "an exercise given up or left out",
  [
    "skip(?:ped|ping|s)?", "left (?:it|that one|them|those|that|the \\w+(?: \\w+)?) out", "gave (?:it|that one|them|those|the \\w+(?: \\w+)?) a miss", "had to (?:stop|quit|give up|skip|leave)", "(?=stopped)(?<!\\b(?:pain|hurting|ache|aching|twinges?|soreness|throbbing|it)(?: has| had| just| finally| totally)? )stopped (?:halfway|half way|partway|part way|early|after|doing|the|them|it|that|those)",
    "gave up(?! (?:hope|on (?:life|myself|everything)))", "(?:so|and) (?:i )?(?:didnt|couldnt|stopped|quit)(?: \\w+)?$", "(?:so|and) (?:i )?(?:didnt|couldnt|stopped|quit)(?= (?:do|finish|them|it|that|those))",
    "(?:cant|cannot|couldnt|unable to|not able to|wasnt able to) (?:do|finish|manage|complete|get (?:thru|through)) (?:it|them|that one|those|the|any|my|more than)", "wont let me (?:do|finish|get)", "(?:cant|cannot|can not|not possible)(?= *[,.;]| *$)"],
  [
    "no (?:pude|puedo|puede|pudo|podia|logre|logro|consegui|consigo) (?:con|hacer\\w*|terminar\\w*|completar\\w*)", "(?:lo|la|los|las) deje", "deje (?:de hacer )?(?:el|la|los|las|ese|esa|esos|esas)", "pare", "tuve que (?:parar|dejar\\w*)", "me (?:lo|la|los|las) salte", "(?:me )?salte (?:el|la|los|las)", "no (?:lo|la|los|las) hice", "no (?:hice|termine|acabe|complete) (?:el|la|los|las|ese|esa|esos|esas|todos|todas|mis)", "no (?:lo|la|los|las) (?:puedo|pude|puede|pudo|podia|logro|logre) (?:hacer|terminar|completar)", "no (?:puedo|pude|puede|pudo|consigo|logro)(?= *[,.;]| *$)"],
);

/** An exercise that hurts whenever it is done, or cannot be done without pain. */
const HURTS_EVERY_TIME = lexicon(
  "an exercise that hurts every time",
  ["(?:hurts?|hurting|painful|pain) (?:\\w+ ){0,3}(?:every time|everytime|each time|whenever)", "(?:every time|everytime|each time|whenever) (?:i|he|she) (?:\\w+ ){1,5}(?:it |that )?(?:hurts?|kills|is painful)", "(?:cant|cannot|couldnt|never) (?:\\w+ ){1,5}without (?:it |them |that |my \\w+ )?(?:hurt\\w*|pain\\w*|being painful|flaring(?: up)?|acting up|playing up|aching|killing me)", "hurts? to do"],
  ["(?:me |le )?duele\\w* (?:\\w+ ){0,3}(?:cada vez|siempre que)", "cada vez que (?:\\w+ ){1,4}(?:me |le )?duele", "no (?:puedo|puede|pude) (?:\\w+ ){1,4}sin (?:que me duela|dolor)"],
);

/** What patients call the exercises, as the subject of "are really tough". */
const EXERCISE_WORDS = "(?:exercises?|ones|squats?|lunges?|bridges?|clamshells?|step ?ups?|stretches|raises|slides|planks?|reps|sets|they|these|those)";

/** Too hard or too easy: the dose no longer fits, which is the therapist's to change. */
const DOSE_DOES_NOT_FIT = lexicon(
  "an exercise too hard or too easy",
  [
    "(?:way|super|so|really|very|ridiculously|too|pretty|real|much|getting|got|gotten|now) easy(?! (?:to|on|going|with|does it|peasy))", "(?:a )?doddle", "(?:could|can|coulda) do (?:these|them|this|it|those) (?:\\w+ )?(?:in my sleep|in a coma|with my eyes (?:closed|shut)|blindfolded|standing on my head)", "(?:can|could) (?:we|i) (?:level|step|move|bump|kick) (?:it |things |them )?up", "(?:something|one|ones|exercises?|version) with (?:a bit |a little )?more (?:bite|challenge|oomph|kick|punch)", "(?:getting|got|gotten|so|too) (?:boring|dull) (?:and|&) easy", "(?:a breeze|a piece of cake|piece of cake|a walk in the park|child s play|childs play)(?! (?:compared|than))", "not (?:hard|challenging|difficult|tough) (?:enough|at all|anymore)", "(?:not|no longer) (?:a )?challeng\\w* (?:me )?(?:at all|anymore|enough)", "bored (?:of|with) (?:them|these|the exercises)", "(?:so easy|too easy) (?:im|i am|its) bored",
    "(?:dont|cant|barely|hardly|do not|cannot) (?:even )?feel (?:anything|a thing|it|them) (?:anymore|with|from|now)", "harder (?:ones|exercises|version|stuff|progression|band)", "(?:shorter|quicker|short|quick|\\d+ ?min(?:ute)?s?|(?:five|ten|fifteen) ?min(?:ute)?s?) (?:version|routine|program|programme|workout|session|plan)", "can i (?:do|get|have|try) (?:more|harder|heavier|extra)", "(?:something|sth|smth|anything|one) (?:a bit |a little |even )?(?:harder|tougher|more challenging|more difficult)", "(?:way|far|much|waaay|so) to easy", "(?:bump|crank|ramp|step|push) up (?:the )?(?:reps|sets|weight|weights|resistance|difficulty|level)",
    "(?:can|could) (?:barely|hardly|only just) (?:do|manage|get through|finish) (?:one|1|a single|two|2|any|the first)", "(?:cant|cannot|couldnt) (?:even )?(?:do|manage|finish|get through) (?:even )?(?:one|1|a single|a rep|(?:\\d|one|two|three|four|five) reps?)", "(?:can|could) only (?:manage|do|get through|get) (?:\\w+ ){0,3}(?:reps?|of the \\d+|of the \\w+ reps?)",
    "(?:really |so |such a )?struggl\\w* (?:with|to do|doing|through|to get through|to finish) (?:the|them|these|those|it|my|that)", "beyond me", "too (?:strong|tight|stiff|resistant) for (?:me|him|her)", "(?:dont|doesnt|do not|does not|no longer) challenge (?:me|him|her)", "(?:are|is|seem|seems) (?:\\w+ )?impossible(?! to (?:get|find|reach|book|fit))", "impossible for (?:me|him|her)", "too (?:advanced|basic|intense|strenuous|hardcore|hard core)", "(?:feel|feels|felt) like nothing(?: now| anymore| at all)?", "(?:could|can) (?:easily )?do (?:twice|double|way more|lots more|loads more|heaps more|a lot more)", "(?:finding|find|found) (?:the |them |these |those |it )?(?:\\w+ ){0,3}(?:impossible|really hard|very hard|so hard|too hard|really difficult|so difficult|really tough|so tough|a struggle)", `${EXERCISE_WORDS} (?:are|is|were|was|feel|feels|seem|seems) (?:really|so|very|super|incredibly|way|extremely) (?:tough|hard|difficult|challenging)(?! to)`, "(?:can|could) only (?:do|manage|get through) (?:a couple|a few|one or two|half)", "(?:cant|cannot|couldnt) get (?:down )?(?:to|on|onto) the floor", "(?:cant|cannot|couldnt|can not) get (?:past|beyond|more than) (?:\\d+|one|two|three|four|five|six) (?:reps?|sets?|seconds?)", "too (?:much|hard) for (?:my|his|her) (?:knee|hip|back|body|legs?|shoulder)",
  ],
  [
    "(?:me|le|nos|les) cuesta\\w* (?:muchisimo|mucho|un monton|demasiado|bastante|horrores|trabajo|un chingo|un buen)(?! respirar)", "(?:ya )?(?:me |le )?(?:quedan|quedaron|estan|son|se me hacen|se le hacen|resultan|parecen) (?:muy |bien |super |demasiado |re )?(?:faciles|facilitos|facilitas|sencillos|sencillitos|facilones)", "(?:muy|super|re|bien|demasiado) facil\\w*", "facilisim[oa]s?", "ya (?:me |le )?(?:queda|resulta|parece|se me hace|se le hace|es) (?:muy |bien |super |demasiado |re )?(?:facil\\w*|sencill\\w*)",
    "no (?:puedo|pude|puede|pudo|llego a hacer|alcanzo a hacer|aguanto) ni (?:con )?(?:una|1|un[oa]?|dos|2|\\d) (?:sola )?(?:repetici\\w*|sentadillas?|vez|veces)?", "no llego a (?:hacer )?ni \\w+", "no (?:llego|llegue|alcanzo) a (?:las |los )?\\d+", "no (?:paso|pase|pasa|paso) de (?:las |los )?(?:\\d+|dos|tres|cuatro|cinco|seis) (?:repeticiones|reps|series|segundos|veces)", "(?:version|rutina|sesion|programa) (?:mas )?(?:corta|cortita|rapida|reducida|de \\d+ minutos)", "(?:se me hacen?|se le hacen?|es|son) imposibles?", "demasiado avanzad\\w*", "(?:muy|demasiado) (?:dura|duro|fuerte|pesad[oa]) para (?:mi|el|ella)", "(?:ningun|sin|no (?:es|son) un) reto", "no (?:me |le )?represent\\w* (?:ningun |un )?reto", "(?:ya )?no me cansa\\w* (?:nada|para nada|ni tantito)", "no (?:me|le) salen? ni (?:una|uno|un[oa]?|dos)", "(?:ya )?no (?:siento|noto) nada con (?:la|el|las|los) \\w+", "(?:me )?(?:dan|da) mucho trabajo", "(?:esta|estan|es|son|se me hace|se me hacen|se le hace|se le hacen) (?:muy|bien|super|re|demasiado) dificil(?:es)?(?! (?:de|para) (?:entender|encontrar|conseguir|ver|leer))", "no (?:aguanto|aguanta|aguante|aguanto) ni (?:\\d+|un[oa]?|dos|tres|cinco|diez) (?:segundos?|minutos?)", "ya no (?:me|le) cuesta(?:n)? (?:nada|ningun trabajo|ningun esfuerzo)",
  ],
);

const EQUIPMENT = "(?:door anchor|anchor|putty|therapy putty|grip ball|sticks?|wand|pole|bands?|theraband|resistance bands?|weights?|dumbbells?|ball|exercise ball|step|roller|foam roller|strap|pulley|kettlebell|mat)";
const MATERIAL = "(?:plastilina|masilla|banda|bandas|liga|ligas|elastico|pelota|pesas?|mancuernas?|escalon|rodillo|cinta|polea|tapete|colchoneta|esterilla|cajon|escaleras?|canicas)";

/** What a patient walks, sits or stands with, or wears: a broken one makes the exercises unsafe. */
const DEVICE = "(?:wheel ?chair|chair|brakes?|crutch(?:es)?|crutch (?:tips?|ferrules?)|walker|zimmer(?: frame)?|frame|rollator|cane|walking stick|brace|afo|splint|orthotics?|sling|prosthe\\w*|prosthetic (?:leg|arm|foot)|socket|liner|shrinker|boot|hearing aids?)";
const APOYO = "(?:silla(?: de ruedas)?|frenos?|muletas?|gomas|tacos|contera\\w*|andador|andadera|baston|ferula|ortesis|protesis|encaje|liner|cabestrillo|bota|rodillera|tobillera|audifonos?)";

/** Equipment lost, broken, chewed, never delivered or out of reach: the program cannot be done as written. */
const EQUIPMENT_GONE = lexicon(
  "equipment lost, broken or not at hand",
  [
    `(?:cant|cannot|couldnt) find (?:{P} )?(?:\\w+ )?${EQUIPMENT}`, `(?:lost|losing) (?:{P} )?(?:\\w+ )?${EQUIPMENT}`, `no (?:marbles|towel|putty|stairs|steps?|step stool|box|chair|table|wall space|space) (?:\\w+ ){0,2}(?:in|at) (?:the|my|our|his|her|this|that) (?:house|home|flat|apartment|place|room)`, `${EQUIPMENT} (?:broke|snapped|tore|ripped|split) (?:off|apart|in two|in half)\\b`, `${EQUIPMENT} (?:is|was|s|are|were|has|have) (?:gone|missing|lost|broken|snapped|torn|ripped|chewed|destroyed|ruined|busted|bust|kaput|disappeared|vanished)\\b`, `(?:dont|do not|didnt|did not) (?:have|own) (?:a |an |the |any |{P} )?(?:\\w+ )?${EQUIPMENT}\\b`, `misplaced (?:{P} )?(?:\\w+ )?${EQUIPMENT}`, `(?:chewed|ate|destroyed|ruined|wrecked|broke|snapped|popped|tore|ripped)(?: up)? (?:{P} )?(?:\\w+ )?${EQUIPMENT}(?! (?:open|out|off))`,
    `(?:left|forgot) (?:{P} )?(?:\\w+ )?${EQUIPMENT} (?:at|in)`, `still no (?:\\w+ )?${EQUIPMENT}`, `${EQUIPMENT} (?:\\w+ ){0,3}(?:hasnt|has not|havent|have not|didnt|did not|never) (?:\\w+ )?(?:come|came|arrived|shown up|turned up|been delivered)`, `${EQUIPMENT} (?:are |is )?(?:at|in) (?:my|his|her|our|the) (?:\\w+s? )?(?:house|place|office|work|car)`, `no (?:stairs|steps?|rail|railing|sturdy chair|weights|bands?) (?:in|at) (?:my|our|his|her|the|this|that) (?:apartment|flat|house|home|place|building)`, `(?:have|got|has) no (?:\\w+ )?${EQUIPMENT}`, `(?:gave|sold|lent|returned) (?:{P} )?(?:\\w+ )?${EQUIPMENT}`, `(?:stairs|step|steps|chair|bed|couch|bench) (?:\\w+ ){0,2}(?:are|is) too (?:steep|high|low|narrow|small|short|tall|soft|wobbly)`, `(?:dont|do not|doesnt|does not) own (?:a |an |any )?(?:\\w+ ){0,2}(?:${EQUIPMENT}|chair|stairs|steps)`, `${EQUIPMENT} (?:\\w+ ){0,3}(?:lost (?:its|it s|the) (?:stretch|spring|bounce)|(?:is |s |gone |went )?(?:all )?(?:saggy|stretched out|overstretched|leaking|flat)|has a (?:\\w+ )?leak)`, `no ${EQUIPMENT}(?! (?!(?:here|with me|at home|today|rn|right now|so|lol|tho|though)\\b)\\w)`,
    `${DEVICE} (?:\\w+,? ){0,4}(?:is |are |s |has |have |got |gone |went )?(?:broke|broken|snapped|cracked|split|bent|ripped|torn|tore|came apart|fell apart|worn(?: out| down| through)?|wore (?:out|down|through)|slipp(?:y|ing)|(?:has|have|got) (?:a |an )?(?:big |huge |small )?(?:hole|tear|rip|split|crack)|(?:doesnt|dont|wont|isnt|arent|not) (?:hold|holding|lock|locking|work|working|stop|stopping|fit|fitting|grip|gripping))\\b`,
  ],
  [
    `${MATERIAL},? (?:\\w+,? ){0,3}(?:se (?:me |nos |le )?(?:rompio|revento|desinflo|poncho|pincho|perdio|rasgo|partio)|rot[oa]s?|perdid[oa]s?|no (?:la|lo|las|los) (?:encuentro|hallo)|(?:me |nos |le )?(?:la|lo|las|los) (?:rompio|rompieron|mordio|destrozo|partio))`, `se (?:me |nos |le )?(?:rompio|perdio|desinflo|poncho|revento|rasgo) (?:la|el|mi|las|los|mis) ${MATERIAL}`,
    `(?:perro|perrito|gato|nino|nieto|nieta|bebe)\\w* (?:\\w+ )?(?:mordio|rompio|se comio|destrozo|mordisqueo) (?:la|el|mi|las|los|mis) ${MATERIAL}`, `nunca (?:me |nos |le )?(?:llego|llegaron|mandaron|dieron) (?:la|el|las|los|mi|mis) ${MATERIAL}`, `no (?:hay|tengo|tenemos|tiene) (?:(?:una|un|unas|unos|la|el|las|los|mis) )?(?:\\w+ )?${MATERIAL}\\b(?:(?: ni| o) (?:(?:una|un|la|el) )?\\w+)?(?! (?:hoy|ahora)? ?(?:para|pero))`, `no (?:encuentro|hallo) (?:la|el|mi|las|los|mis) ${MATERIAL}`, `(?:perdi|rompi|rompio|rompieron|mordio|destrozo|se comio|regale|vendi|preste|devolvi) (?:la|el|mi|las|los|mis) ${MATERIAL}`, `${MATERIAL} (?:\\w+ ){0,4}(?:estirad[oa]s?|vencid[oa]s?|ponchad[oa]s?|desinflad[oa]s?|(?:toda |muy )?flojas?)`,
    `se (?:me |le )?(?:rompio|rompieron|desgarro|despego|despegaron|solto|soltaron) (?:el|la|los|las) (?:\\w+ ){0,2}(?:de (?:la|el|mi|su) )${APOYO}`,
    `${APOYO} (?:\\w+ ){0,4}(?:(?:esta|estan|ya) )?(?:rot[oa]s?|gastad[oa]s?|se (?:me |le )?(?:rompi\\w*|gast\\w*|safo|zafo)|ya no (?:frena|frenan|para|paran|sirve|sirven|funciona|funcionan|agarra|agarran|ajusta)|no (?:frena|frenan|para la rueda|sirve|sirven|funciona|funcionan|agarra|agarran|ajusta)|resbal\\w*|(?:tiene|trae) (?:un |una )?(?:hoyo|agujero|rotura|raja|grieta))`,
  ],
);

/** Asking to be called, seen or put through to someone, in any words (a relative asking for the patient too). */
const WANTS_CONTACT = lexicon(
  "asks to be called or seen",
  [
    "(?:can|could|may) (?:i|we) (?:please )?(?:speak|talk|chat) (?:to|with|w)", "(?:could|can|would|will) (?:someone|somebody|you|the (?:therapist|physio|pt)|she|he|they) (?:please )?(?:do|make|come (?:out )?for|come and do|arrange) a home visit", "(?:get|have|book|arrange|request) a home visit", "(?:can|could) we (?:please )?(?:talk|speak|chat)(?= *(?:$|[.!?,]| soon| today| tomorrow| this week| by phone| on the phone| about (?:my|the|this|it)))", "(?:speak|talk|chat) (?:to|with) (?:an? )?(?:actual|real|live) (?:human|person|people|physio|therapist)", "(?:any way|anyway|possible|a chance|chance) (?:\\w+ ){0,3}(?:speak|talk|chat) (?:to|with|w)", "(?:speak|talk|chat) (?:w|w/|wit|to|with) (?:some ?one|some ?body|a person|a human|a real person|{P} (?:therapist|physio\\w*|pt|doctor|dr|nurse|surgeon))", "(?:wants?|would like|needs?|asked|asks|wanted) to (?:speak|talk|chat) (?:to|with|w) (?:{P} )?(?:therapist|physio\\w*|pt|doctor|nurse|someone|somebody)",
    "put (?:me|us) through to (?:{P} |a )?(?:therapist|physio\\w*|pt|doctor|dr|nurse|someone|somebody|person|human)", "(?:come|get|go) in (?:to see|to be seen|sooner|earlier|for a (?:check|look|visit|review))", "(?:book|get) (?:me )?in (?:to be seen|to see|for)", "be seen (?:sooner|earlier|in person|by (?:someone|the|my|a))", "(?:see|visit) (?:her|him|them|my therapist|my physio|my pt) (?:sooner|earlier|before)", "(?:want|need|like|have) to see (?:my |the |a )?(?:pt|physio|therapist)",
    "(?:can|could|would|will) (?:she|he|they|you|someone|somebody|\\w+) (?:\\w+ ){0,3}(?:ring|call|phone) (?:me|us|him|her|my \\w+)(?! (?:at|later|tomorrow|tonight|in|on|after|before|instead|every|each|(?:an? )?(?:uber|lyft|taxi|cab|ride))\\b)", "(?:a )?(?:call|ring) back", "(?:get|have|book) a (?:call|ring|phone call|video call) (?:from|with) \\w+", "(?:appointment|appt|visit) (?:\\w+ ){0,2}(?:more early|earlier|sooner)", "(?:change|move|bring) (?:the |my )?(?:appointment|appt|visit) (?:\\w+ ){0,3}(?:before|earlier|sooner|more early)", "give (?:me|us|him|her) a (?:buzz|shout|holler|bell)", "(?:someone|somebody|a doctor|a physio|a therapist) (?:needs to|should|has to|to) (?:looks? at|check|see|examine) (?:my|his|her|this|the)", "(?:need|needs|want|wants) to (?:see|be seen by) (?:someone|somebody|a doctor|a physio|the physio|my physio|a therapist)", "(?:could|can|may) (?:i|we|he|she) (?:please )?(?:have|get|book|make) (?:a|an|another) (?:in person |in-person |face to face |face-to-face |real |proper |home )?(?:visit|appointment|appt|check ?up|session|review|consult\\w*)", "(?:phone|video) (?:call|appointment) (?:with|from)",
    "(?:id|i would|i d|i want|i wanted|i need|wed|we would) (?:like|love|want|prefer)? ?(?:the|my|a|our) (?:therapist|physio\\w*|pt|doctor|clinic) to (?:check|look at|see|review|go over|recheck|reassess|call|ring)",
    "(?:can|could|would) (?:someone|somebody|you|the (?:therapist|physio|pt)) (?:please )?(?:talk|walk|take) me through",
    // Asking for the therapist to take a look: "can the physio have a look at it?".
    "(?:can|could|would) (?:{P} |a )?(?:therapist|physio\\w*|pt|doctor|dr|nurse|surgeon) (?:please )?(?:have|take) a (?:look|peek)"
  ],
  [
    "(?:me|nos|le) (?:puede|pueden|podeis|podria|podrian|podriais) (?:llamar|telefonear|hablar)", "llam(?:enme|adme|ame)", "(?:quiero|quisiera|necesito|me gustaria) que me (?:llamen|llameis|llame)",
    "(?:quiero|quisiera|necesito|me gustaria) que me (?:vea|revise|llame|atienda|examine) (?:la |el |mi )?(?:fisio\\w*|terap(?:euta|ista)|doctor\\w*|medic[oa]|kinesiolog[oa])", "(?:quiero|quisiera|necesito|me gustaria) que (?:la |el |mi )?(?:fisio\\w*|terap(?:euta|ista)|doctor\\w*|medic[oa]|kinesiolog[oa]|alguien) me (?:vea|revise|llame|hable|contacte|escriba|atienda)", "(?:que|quisiera que|quiero que|necesito que|me gustaria que|pueden|puede) (?:me |nos |le )?(?:marquen|marque|llamen|llame|hablen|hable|contacten|contacte|regresen la llamada)", "(?:llamar|llame|llamen|llamarme|llamarnos|devolver)(?: \\w+)? (?:para atras|de vuelta|de regreso|la llamada)", "(?:quiere|quisiera|necesita|ocupa|ocupo|quiero|necesito) hablar con (?:{S} )?(?:terap(?:euta|ista)|fisio\\w*|doctor\\w*|doctora|medic[oa]|enfermer[oa]|alguien|una persona|licenciad[oa]|lic|dra|dr|kine\\w*)", "(?:me|nos|le) (?:marca|marcan|marcas|llama|llaman|llamas|habla|hablan) cuando (?:pueda|puedan|puedas|tenga un (?:rato|momento|chance))",
    "(?:ir|pasar|venir|ver\\w*) (?:a )?(?:consulta|la clinica|revision|que me (?:vean|revisen))", "que me (?:vea|vean|revise|revisen|examine|examinen|atienda|atiendan) en persona", "(?:se puede|puedo|podria|podemos) (?:sacar |tener |agendar |conseguir )?una cita", "(?:sacar|hacer|agendar|pedir|programar|reservar|conseguir) (?:una |otra )?cita", "alguien (?:me |le )?(?:revise|vea|cheque|chequee|examine)", "(?:quiero|necesito|ocupo|quisiera) (?:que me (?:vean|revisen)|ver a (?:{S} )?(?:terap(?:euta|ista)|fisio\\w*|doctor\\w*))", "(?:me gustaria|quisiera|quiero|necesito|ocupo) ver a (?:{S} )?(?:terap(?:euta|ista)|fisio\\w*|doctor\\w*)",
    "(?:lo|la|me|le|los|las) (?:puede|pueden|podria|podrian) (?:mirar|ver|revisar|checar|valorar) (?:\\w+ ){0,2}(?:{S} )?(?:fisio\\w*|terap(?:euta|ista)|doctor\\w*|medic[oa]|cirujan[oa])", "quiero que (?:la|el|mi) (?:terap(?:euta|ista)|fisio\\w*|kinesiolog\\w*|doctor\\w*) me (?:llame|contacte|escriba|vea)", "(?:pasar|pasas|pasa|pases|pase|comunicar|comunicas|comunique|poner|pones|ponga)(?:me|nos)? con (?:{S} )?(?:fisio\\w*|terap(?:euta|ista)|doctor\\w*|doctora|kine\\w*|alguien|una persona)", "(?:quiero|quisiera|necesito|ocupo) hablar con (?:ella|el)(?= *$| *[,.!?]| porfa| por favor| plis)", "que (?:lo|la|los|las|me) (?:revise|vea|mire|chequee|corrija) (?:ella|el|la fisio\\w*|el fisio\\w*|mi fisio\\w*|la terapeuta|el terapeuta|mi terapeuta)", "(?:puede|podria|pueden) (?:la|el|mi) (?:fisio\\w*|terapeuta|kine\\w*|doctor\\w*) (?:ver|mirar|revisar|chequear) (?:este|el|mi|esta|la)",
  ],
);

/** Low mood without self-harm (PHQ-2: little interest or pleasure; feeling down, depressed or hopeless), in lay words. */
const LOW_MOOD = lexicon(
  "low mood or hopelessness",
  [
    "too (?:down|low|depressed|sad) (?:today|to (?:do|face|bother))", "(?:mood|spirits) (?:s |has |have |is |are )?(?:been )?(?:getting |going |gone |sinking |dropping )?(?:lower|worse|down|darker|sinking|in my boots|in the dumps)(?! (?:the|a) (?:hill|stairs))", "(?:cant|cannot|can t) (?:get|seem to get) (?:myself|me) motivated", "(?:cant|can not|cannot) face (?:anything|the day|people|anyone|getting up)",
    // Withdrawal told by what the days are like: in bed most days, friends put off again, no point lately.
    "(?:staying|stayed|been) in bed (?:most|all) (?:days|day|of the (?:day|week))", "cancel\\w* (?:seeing|on|plans with) (?:my )?friends (?:again|every time)", "(?:dont|do not) (?:really )?see the point(?= *$| *[.,!]| (?:lately|anymore|any more|of anything|in anything)\\b)",
    "(?:dont|do not|cant|cannot|no longer) enjoy (?:my \\w+|anything|things|much|life|doing anything)", "frustrat\\w* (?:\\w+ ){0,6}(?:months|weeks|not getting|no progress|not improving|nothing)", "nothing(?:s| is)? (?:changing|improving|getting better|working)", "(?:will|does|is) (?:this|it|my \\w+) ever (?:get better|improve|heal|go away|get back to normal)", "(?:in|into) (?:a |such a )?(?:funk|slump|rut)", "down in the dumps", "nothing (?:brings|gives) (?:me|him|her) (?:any )?(?:joy|pleasure|happiness)", "(?:no|zero) (?:motivation|energy|drive|interest) (?:for|to do|in) (?:anything|everything|much|life)", "(?:feel|feeling|felt) (?:so |really |pretty |very )?(?:crappy about (?:everything|myself)|like (?:a )?failure|useless|worthless|pathetic)",
    "(?:ill|i will|im|i am) never (?:going to |gonna )?(?:walk|run|be|get|feel) (?:\\w+ )?(?:right|normal|back|better|the same|myself)", "(?:lost|losing|giving up|given up) (?:all )?hope", "(?:dont|do not|cant|cannot) see (?:the |any )?point (?:in|of|to)(?! (?:living|life|going on|being here))", "(?:dont|cant|do not) see (?:it|this|me|myself|things) (?:ever )?getting (?:any )?better", "sick (?:and tired )?of (?:not getting better|not improving|being like this|this (?:knee|hip|back|pain|injury))",
    // PHQ-9 items beyond the PHQ-2 (sleep, energy, worthlessness, withdrawal), GAD-2 and hopelessness, as rehab patients text them.
    "(?:everything|life|it all|all of it) (?:feels|seems|is|has felt|has been) (?:so |really |pretty |kind of |kinda |a bit |sort of |just )?(?:pointless|meaningless|hopeless|empty|grey|gray|bleak)", "(?:havent|have not|hardly|barely|not) (?:left|been out of|gone out of) the house", "(?:dont|do not) (?:really )?(?:want|feel like) (?:to )?(?:see|seeing|talk to|talking to) (?:anyone|anybody|people)",
    "(?:cant|can not|cannot) (?:get|make) myself (?:get )?(?:up|out of bed|to do anything|do anything)", "sleeping (?:\\d+|ten|eleven|twelve|thirteen|fourteen|fifteen) hours", "like (?:such a|a total|a complete|a) (?:failure|loser)", "no hope (?:that |this |my |it |of )",
    "hopelessness", "(?:feel|feeling|felt|im|i am) (?:so |really |pretty |totally )?hopeless(?! (?:at|with))", "(?:feel|feeling|felt|im|i am|been) (?:so |really |pretty |very )?(?:depressed|down lately|low lately|so low|really low)", "(?:cant|can not|cannot) stop crying", "(?:been|keep|kept) crying (?:\\w+ ){0,2}(?:all|every|a lot|since)",
    "(?:hate|hating) my (?:body|self|life)(?! (?:for|when) )", "my body is useless", "(?:anxious|worried sick|on edge) all the time", "(?:cant|can not|cannot) stop worrying", "panic attacks?", "(?:really |very |so )?withdrawn", "not in a (?:good|great) (?:place|headspace|space)", "in a (?:dark|bad) (?:place|headspace)",
    "(?:im|i am) so over (?:this|it|my|the) (?:\\w+ )?(?:recovery|rehab|knee|hip|back|injury|surgery|pain)", "(?:cant|can not|dont|do not) see (?:the |any )?light at the end of (?:the|this) tunnel", "no energy,? no motivation", "(?:sit|sitting|sat) (?:and|just) star\\w* at the wall",
    "(?:havent|have not|hasnt|has not) had the (?:heart|energy|will) (?:for|to)", "(?:i )?cry (?:\\w+ )?every (?:night|day|morning)", "crying (?:\\w+ )?every (?:night|day)", "(?:feel|feeling) like (?:im|i am|i m) going backwards", "(?:im|i am) (?:\\w+ )?(?:a (?:mess|wreck)|an emotional wreck)(?! (?:of|at|with))",
  ],
  [
    "(?:ya )?no (?:tengo|me dan|me da|le dan|tiene) ganas de nada", "(?:me siento|me sentia|se siente|estoy|ando) (?:muy |bien |tan )?(?:inutil|un inutil|una inutil|bajoneado|bajoneada|agüitad[oa]|tristisim[oa]|sin ganas|fatal de animo)", "(?:estoy|ando) (?:harta|harto|cansad[oa]) de (?:no (?:mejorar|avanzar)|esto|estar asi)", "(?:siento que )?no avanzo(?: nada)?", "me desespero", "nada (?:me|le) (?:da|trae) (?:alegria|gusto|ilusion)",
    "(?:he|ha) perdido (?:la )?(?:esperanza|ilusion)", "frustrad[oa] (?:\\w+ ){0,5}(?:meses|semanas|no mejoro|no avanzo|nada)", "llevo (?:\\w+ )?(?:meses|semanas) y no (?:mejoro|avanzo|cambia nada)", "va a mejorar (?:algun dia|alguna vez|nunca)", "no (?:le )?veo (?:el )?(?:caso|sentido) (?:a|de) (?:hacer|seguir con) (?:los|las|estos|estas)", "nunca voy a (?:volver a )?(?:caminar|correr|estar|ser) (?:bien|igual|normal|como antes)",
    // PHQ-9 más allá del PHQ-2 (sueño, energía, inutilidad, aislamiento), GAD-2 y desesperanza, como se escriben en rehabilitación.
    "no mejoro (?:nada|para nada|en nada)", "me (?:bajonee|bajonie|bajoneo)", "no le (?:encuentro|veo) (?:el )?sentido a (?:nada|seguir|la rehabilitacion|esto)", "(?:siento que )?nada (?:mejora|cambia|sirve)", "no duermo nada", "(?:dandole|dando|le doy) vueltas a todo", "(?:estoy|ando) (?:harta|harto|cansad[oa]) de (?:este|tanto) dolor", "ya no se que mas hacer", "(?:extrano|echo de menos) (?:mucho )?mi vida de antes",
    "(?:me da|tengo) (?:mucha )?ansiedad", "ataques? de (?:ansiedad|panico)", "casi no duermo", "(?:me tiene|estoy) amargad[oa]", "(?:rabia|coraje) conmigo mism[oa]", "(?:un|una) (?:cero|0) a la izquierda", "me cuesta todo(?= *$| *[.!,])", "(?:me siento|estoy|ando) (?:muy |tan )?sol[oa](?! (?:en casa|hoy|esta semana|el fin))",
    "nadie (?:viene|vino|me viene) a verme", "(?:siento que |creo que )?(?:ya )?no sirvo (?:para nada|pa nada)", "lloro (?:\\w+ )?(?:todas las noches|todos los dias|cada noche|cada dia)", "no levanto cabeza", "no (?:veo|le veo) (?:la )?luz al final del tunel", "(?:estoy|ando|me siento) (?:muy )?(?:deprimid[oa]|destrozad[oa]|hundid[oa])", "no paro de llorar", "llor\\w* (?:todo el dia|todos los dias|sin parar|a cada rato)",
  ],
);

/** A sign of the patient's own condition, which makes a question about it the therapist's to answer. */
const A_SIGN_OF_THE_CONDITION = lexicon(
  "a sign of the patient's condition",
  ["(?:longer|shorter) than the other", "click\\w*", "puff\\w* up", "pops", "popping", "cracks", "cracking", "crunch\\w*", "grind\\w*", "creak\\w*", "stiff\\w*", "swell\\w*", "swollen", "bruis\\w*", "limp\\w*", "hurts? more", "(?:still|so) (?:sore|painful|hurting|weak|tight)", "weak\\w*", "numb\\w*", "tingl\\w*", "(?:pain|hurts?|aches?) (?:\\w+ ){0,3}(?:in the (?:morning|evening)|at night)", "(?:stump|residual limb|socket|liner) (?:\\w+ ){0,4}(?:size|shape|loose|looser|tight|tighter|shrink\\w*|rub\\w*)", "phantom (?:pain|limb|cramp\\w*|itch\\w*|sensations?)", "chang\\w* (?:size|shape|colou?r)"],
  ["truen\\w*", "trona", "cruje", "crujen", "cruja", "crujiendo", "chasquido\\w*", "rigid\\w*", "tiese\\w*", "hinch\\w*", "morad\\w*", "moreton\\w*", "cojea\\w*", "duel\\w* mas", "(?:sigue|siga) (?:doliendo|hinchad\\w*|rigid\\w*|debil)", "debil\\w*", "hormigue\\w*", "dolor (?:\\w+ ){0,3}(?:en la manana|por la manana|en la noche|por la noche)", "(?:munon|encaje|liner) (?:\\w+ ){0,4}(?:tamano|forma|suelto|flojo|apretado|encog\\w*|roza\\w*)", "(?:dolor|miembro|calambres?) fantasma", "cambia\\w* de (?:tamano|forma|color)"],
);

/** Asking whether something is normal or worrying, or naming a diagnosis: a question about the condition, not the exercise. */
const ASKS_ABOUT_THE_CONDITION = lexicon(
  "asks whether a sign is normal or worrying",
  ["normal (?:that|for (?:my|his|her))", "(?:is|are) (?:\\w+ ){1,6}normal", "is (?:it|this|that) (?:bad|ok|okay|a problem|serious|safe)", "why (?:does|is|do|would) (?:my|his|her|it)"],
  ["(?<!(?:dijo|dice|dijeron|dicen|comento|explico) (?:que |q )?)es normal", "es (?:grave|malo|serio)", "por que (?:me |se me |le )?(?:\\w+ )?(?:sigue|truena|cruje|duele|hincha)"],
);

/** Worded as a question whatever the punctuation: "should I be worried about the clicking", "me debo preocupar por…". */
const ASKS_IF_WORRYING = lexicon(
  "asks whether a sign is worrying",
  ["is (?:it|this|that) normal", "(?:should|do|must) (?:i|we) (?:be )?(?:worried|worry|concerned)", "(?:something|anything) to worry about"],
  ["(?:me|nos|le) (?:debo|debemos|debe|tengo que|deberia) (?:de )?preocupar", "es (?:para|de) preocupar\\w*"],
);

/** The sign itself supposed, not reported: "is it bad if my knee swells a little after?", "¿si se hincha es normal?". */
const A_SIGN_SUPPOSED = lexicon(
  "a sign supposed in an if-clause",
  A_SIGN_OF_THE_CONDITION.en.map((sign) => `(?:if|in case) (?:\\w+ ){0,3}${sign}`),
  A_SIGN_OF_THE_CONDITION.es.map((sign) => `(?:si|por si|en caso de que) (?:\\w+ ){0,3}${sign}`),
);

/**
 * The patient's own health beyond the exercises — a clot or a stroke, a blood-pressure reading, dizziness, a cold,
 * leaking since childbirth — with the question whether to exercise with it, or whether the exercises caused it:
 * the therapist's call. Said only in passing beside a question the library answers, it stays the library's.
 */
const THE_PATIENTS_HEALTH = lexicon(
  "the patient's health beyond the exercises",
  ["strokes?", "mini stroke", "tia", "(?:blood )?clots?", "dvt", "blood pressure", "bp", "\\d{2,3} ?/ ?\\d{2,3}(?= (?:after|before|when|this|today|at|bp|blood)|\\W*$)", "dizz\\w*", "light ?headed", "swimmy", "woozy", "(?:room|world|everything) (?:goes|went|is|starts|started) (?:swimmy|spinning|spinny)", "blackouts?", "blacked out", "faint(?:ed|ing)", "diabet\\w*", "blood sugars?", "asthma", "copd", "heart (?:condition|problem|trouble|failure|disease|murmur)", "(?:a )?murmur", "arrhythmi\\w*", "a ?fib", "atrial fibrillation", "pacemaker", "epilep\\w*", "seizures?", "cough\\w*", "(?:a|my|the) (?:cold|flu|chest infection|virus)", "incontinen\\w*", "leak\\w* (?:a )?(?:little|bit|when|since)"],
  ["acv", "ictus", "derrame cerebral", "infarto", "coagulos?", "trombo\\w*", "presion(?: arterial| alta| baja)?", "tension (?:arterial|alta|baja)", "\\d{2,3} ?/ ?\\d{2,3}(?= (?:despues|antes|cuando|hoy|de presion)|\\W*$)", "mare\\w*", "desmay\\w*", "blackout", "diabet\\w*", "azucar", "glucosa", "asma", "epoc", "(?:problemas?|enfermedad|soplo|insuficiencia) (?:del|en el|de) corazon", "soplo", "arritmia\\w*", "fibrilacion", "marcapasos", "epilep\\w*", "convulsi\\w*", "tos", "resfri\\w*", "catarro", "gripe", "gripa", "incontinencia", "(?:se me )?escap\\w* (?:un poco |un poquito )?(?:de )?(?:pis|orina)"],
);
/** Had it before: a past stroke or clot still bears on which exercises are safe. */
const HAD_IT_BEFORE = lexicon(
  "a past stroke, clot or heart event",
  ["(?:had|have had|ive had|history of|survived) (?:a |an |my |two |several )?(?:mini )?(?:strokes?|tia|(?:blood )?clots?|dvt|pe|heart attacks?|blackouts?|seizures?|concussions?|head injur(?:y|ies))"],
  ["(?:tuve|he tenido|tuvo|ha tenido|me dio|le dio|sobrevivi a) (?:un |una |el |mi )?(?:acv|ictus|derrame(?: cerebral)?|infarto|coagulo|trombo\\w*|trombosis|embolia|blackout|desmayo|convulsion)"],
);
/** Asked whether it is safe to exercise with it, what to avoid, or whether the exercises caused it. */
const ASKS_IF_SAFE_WITH_IT = lexicon(
  "asks whether it is safe to exercise with it",
  ["(?:can|could|may|should|shall) (?:i|we|he|she) (?:still |even |safely |just )?(?:do|keep|carry on|continue|exercise|train|go on|try|lift|rest|skip)", "(?:is|are) (?:the |my |these |those )?(?:\\w+ ){0,2}(?:ok|okay|safe|fine|alright|good|bad) for (?:me|him|her|my heart|someone like me)", "(?:is it|is that|thats|that is|its|is this) (?:\\w+ )?(?:ok|okay|safe|fine|alright|bad|dangerous|normal|a problem)(?: right)?(?= *$| *[?,.!])", "(?:ok|okay|safe|allowed) to (?:do|keep|carry on|continue|exercise)", "(?:any|which) (?:exercises?|ones?) (?:\\w+ )?(?:should(?:nt)?|must(?:nt)?|cant|to) (?:i )?(?:avoid|not do|skip)", "(?:is it|could it be|would it be|is that) (?:from|because of|due to|caused by) (?:the |my )?(?:exercises?|workouts?|stretches|session)", "(?:or|and) (?:should i )?(?:rest|skip (?:them|it|today))", "(?:be|being) careful (?:with|about|of)", "(?:does|would|will|could) (?:that|it|this) (?:still )?matter", "anything (?:\\w+ )?(?:i should|to) (?:watch|be careful|avoid)"],
  ["(?=p|d|s|t)(?<!\\b(?:ya|que|q|ahora) )(?:puedo|podria|debo|deberia|se puede|tengo que)(?: \\w+){0,2} (?:hacer\\w*|seguir|continuar|descansar|parar|ejercitar\\w*|entrenar)", "(?=es|se|est)(?<!\\bque\\b[^.?!]{0,60})(?:(?:es|sera|seria) (?:normal|malo|peligroso|seguro|grave|un problema)|esta bien(?= *$| *[?,.!]))", "(?:algun|algunos|que|cuales) ejercicios? (?:\\w+ ){0,2}(?:no (?:deba|debo|puedo|pueda)|(?:deba|debo) evitar)", "(?:es|sera|seria) (?:\\w+ )?por (?:los|el|las) (?:ejercicios|esfuerzo|estiramientos)", "hago (?:\\w+ ){0,2}igual", "(?:o|y) descanso", "(?:sigo|paro) (?:o|con)", "(?:tener|tengo que tener|debo tener|hay que tener|deberia tener) (?:\\w+ )?cuidado"],
);

/** Heat against ice, asked in so many words whatever the punctuation: "is heat better than ice for my back". */
const HEAT_OR_ICE = lexicon(
  "heat or ice, one against the other",
  ["(?:heat|ice|icing|cold|warmth) (?:or|vs|versus|better than|instead of|over) (?:heat|ice|icing|cold|warmth)"],
  ["(?:hielo|calor|frio) (?:o|vs|mejor que|en vez de|en lugar de) (?:hielo|calor|frio)"],
);

const A_DIAGNOSIS = lexicon(
  "a diagnosis or damage asked about",
  ["arthritis", "osteoarthritis", "tendinitis", "tendonitis", "bursitis", "(?:tore|torn|tear|pulled|strained|sprained|damaged|ruptured|broke|broken) (?:something|anything|a (?:muscle|ligament|tendon))", "(?:is|are) (?:it|the \\w+) (?:torn|damaged|broken|healing)", "re ?injur\\w*", "re ?(?:tore|torn|damaged)",
    // Harm to the repair asked about, and how a complication would be known: "am I wrecking the new joint?", "how do I know if I have a clot".
    "(?:wrecking|ruining|damaging|harming|wearing out|loosening|dislodging|undoing) (?:the|my|his|her) (?:new |replaced |artificial )?(?:joint|knee|hip|shoulder|implant|prosthesis|replacement|repair|graft|tendon|ligament|surgery|operation)",
    "(?:know|tell) (?:if|whether) (?:i|it|he|she|my \\w+|his \\w+|her \\w+) (?:\\w+ ){0,2}(?:clot|dvt|infect\\w*|fracture\\w*|broke\\w*|dislocat\\w*|torn|tore|tear|ruptur\\w*|loose|loosened)",
    "(?:dislocat\\w*|broke|broken|tore|torn|loosen\\w*|infected|clot\\w*)(?: [\\w,]+){0,4} (?:would|will|how would|how will|how do|can) (?:i|you|we|he|she) (?:know|tell|notice|feel it)"],
  ["artritis", "artrosis", "tendinitis", "bursitis", "(?:me|se) (?:rompi|rompio|desgarre|desgarro|lastime|lastimo) algo", "(?:esta|estara) (?:roto|desgarrad[oa]|danad[oa]|sanando)",
    "(?:estoy|estare|estara) (?:danando|estropeando|lastimando|rompiendo|desgastando|aflojando) (?:la|mi|el|su) (?:protesis|rodilla nueva|cadera nueva|articulacion|implante|operacion)",
    "como (?:se|sabria|sabre|puedo saber|me doy cuenta|se nota) si (?:tengo|tiene) (?:un |una )?(?:coagulo|trombo\\w*|infeccion|fractura|desgarro|uno|una|eso)\\b"],
);

/** A pain the patient has not had before, or one that will not go: "a new ache in the front of my hip", "dolor nuevo en la ingle". */
const A_NEW_OR_LASTING_ACHE = lexicon(
  "a new or lasting ache",
  ["new (?:\\w+ )?(?:ache|pain|pinch\\w*|twinge|soreness|discomfort|niggle)", "(?:ache|pain|pinch\\w*|twinge|soreness|discomfort)(?: \\w+){0,8} (?:that )?(?:was not|wasnt|was never|hasnt been|had not been) there before", "(?:ache|pain|soreness)(?: \\w+){0,6} (?:isnt|is not|not|hasnt been|never) (?:going|gone|went) away", "(?:ache|pain|soreness) (?:\\w+ ){0,3}(?:for|since) (?:\\d+|a few|few|several|two|three|four|five) (?:days|weeks)", "(?:ache|pain|soreness) (?:\\w+ ){0,4}since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week)"],
  ["(?:dolor|molestia|punzada|dolorcito)(?: \\w+){0,6} nuev[oa]", "(?:dolor|molestia|punzada)(?: \\w+){0,6} que nunca (?:habia|he|hab[ií]a) (?:tenido|sentido)", "(?:me )?(?:salio|aparecio|vino|dio) un (?:dolor|molestia|dolorcito)(?! \\w+ (?:de cabeza|de muelas|de estomago|de panza))", "(?:dolor|molestia)(?: \\w+){0,6} (?:no (?:se )?(?:me )?(?:quita|mejora|pasa|va)|no ha mejorado)", "(?:dolor|molestia) (?:\\w+ ){0,4}desde (?:hace (?:\\d+|unos|varios|dos|tres) (?:dias|semanas)|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))"],
);
/** The patient's worry, or a sense the ache is not the usual one. */
const WORRIES_ABOUT_IT = lexicon(
  "worried, or not the usual ache",
  ["concern\\w*", "worr\\w*", "(?:doesnt|does not|dont|do not) feel (?:like )?(?:normal|the usual|usual|muscle) (?:soreness|ache|pain)", "not (?:normal|the usual)", "is (?:this|that|it) normal", "(?:can|could) (?:someone|the therapist|my (?:therapist|physio)|you) (?:call|take a look|have a look|look at)"],
  ["(?:me )?preocup\\w*", "no (?:se|sé) si es normal", "no es (?:normal|lo de siempre)", "(?:me|le) (?:tiene|trae) (?:preocupad[oa]|inquiet[oa])"],
);

/** Swelling that comes back: "puffed up again, third time this week", "se me hincha cada tarde aunque me ponga hielo". */
const SWELLING = lexicon(
  "swelling",
  ["swell\\w*", "swollen", "puff\\w* up", "puffy"],
  ["hinch\\w*", "inflam\\w*"],
);
const AGAIN_AND_AGAIN = lexicon(
  "again and again",
  ["again", "every (?:day|night|evening|time|afternoon)", "each (?:day|night|evening|time)", "keeps?", "(?:second|third|fourth) time", "keeps happening", "by (?:the )?evening", "all week", "for (?:days|weeks|\\d+ days)"],
  ["cada (?:vez|dia|noche|tarde|manana)", "todas las (?:noches|tardes|mananas)", "todos los dias", "(?:sigue|siguen) (?:hinchando|hinchandose|inflamad[oa]s?|hinchad[oa]s?)", "se me sigue", "(?:ya )?es la (?:segunda|tercera|cuarta) vez", "otra vez", "de nuevo", "desde hace (?:\\d+|unos|varios|dos|tres) (?:dias|semanas)", "ya van (?:\\d+|dos|tres) (?:dias|semanas)"],
);
/** Swelling that is the patient's usual, or gone by morning: expected after surgery, not a change. */
const SWELLING_AS_USUAL = lexicon(
  "swelling as usual, or gone by morning",
  ["nothing new", "like (?:it|they) always (?:do|does|are|is)", "as (?:usual|always)", "normal (?:again|by (?:the )?morning|in the morning)", "gone (?:down )?by (?:the )?morning"],
  ["nada nuevo", "(?:como|igual que) siempre", "(?:ya )?(?:esta|estan) normal(?:es)?", "por la manana (?:ya )?(?:se (?:me |le )?(?:baja|quita)|esta bien)"],
);

/** Pain that wakes the patient at night (a screening question for serious causes of pain). */
const WAKES_AT_NIGHT = lexicon(
  "pain that wakes at night",
  ["(?:wakes|woke|waking|wake|keeps) (?:me|him|her) (?:up )?(?:at night|every night|in the night|all night|awake|(?:at|around) [1-5] ?(?:am)?\\b)", "(?:cant|can not|cannot|couldnt) sleep (?:for|because of|from|with) (?:the )?(?:pain|ache)"],
  ["me despierta", "(?:me|le) (?:despierta|despertaba|desperto) (?:el dolor|en la noche|de noche|por la noche)", "no me deja dormir", "no (?:puedo|pude) dormir (?:del|por el|de) dolor"],
);

export const THERAPIST_RULES: readonly ConceptRule[] = [
  { id: "swelling-keeps-coming-back", syndrome: "therapist", level: "therapist", effect: "symptom", description: "Swelling that keeps coming back (after each session, every evening, for days).", sentence: [SWELLING, AGAIN_AND_AGAIN], unless: [SWELLING_AS_USUAL], fadesWhenResolved: true },
  { id: "night-pain", syndrome: "therapist", level: "therapist", effect: "symptom", description: "Pain that wakes the patient at night.", message: [HURTING, WAKES_AT_NIGHT] },
  { id: "new-pain-for-review", syndrome: "therapist", level: "therapist", effect: "symptom", description: "A new or lasting ache the patient is worried about, or that is not the usual soreness.", message: [A_NEW_OR_LASTING_ACHE, WORRIES_ABOUT_IT] },
  { id: "exercise-stopped-by-pain", syndrome: "therapist", level: "therapist", effect: "symptom", description: "An exercise hurts too much to do.", sentence: [TOO_PAINFUL] },
  { id: "exercise-stopped-by-pain", syndrome: "therapist", level: "therapist", effect: "symptom", description: "An exercise given up, cut short or left out, with pain in the same sentence.", sentence: [GAVE_UP_AN_EXERCISE, HURTING], unless: [SINCE_EASED], historyCancels: true },
  { id: "exercise-stopped-by-pain", syndrome: "therapist", level: "therapist", effect: "symptom", description: "An exercise that hurts every time, or cannot be done without pain.", sentence: [HURTS_EVERY_TIME] },
  { id: "exercise-difficulty", syndrome: "therapist", level: "therapist", effect: "request", description: "An exercise too hard (cannot manage a rep, struggles, cannot get to the floor) or too easy (a breeze, feels nothing).", sentence: [DOSE_DOES_NOT_FIT] },
  { id: "equipment-problem", syndrome: "therapist", level: "therapist", effect: "request", description: "Equipment lost, broken, chewed, never delivered, or not at hand.", sentence: [EQUIPMENT_GONE] },
  { id: "asks-for-therapist", syndrome: "therapist", level: "therapist", effect: "request", description: "Asks to be called back, to speak to someone, or to be seen sooner.", sentence: [WANTS_CONTACT] },
  { id: "low-mood", syndrome: "therapist", level: "therapist", effect: "mood", description: "Low mood or hopelessness without self-harm (PHQ-2 in lay words).", sentence: [LOW_MOOD] },
  { id: "question-for-clinician", syndrome: "therapist", level: "therapist", effect: "request", description: "Asks whether a sign of the condition is normal or worrying.", sentence: [ASKS_ABOUT_THE_CONDITION, A_SIGN_OF_THE_CONDITION], unless: [A_SIGN_SUPPOSED], questionsOnly: true },
  { id: "question-for-clinician", syndrome: "therapist", level: "therapist", effect: "request", description: "Asks whether a sign of the condition is normal or worrying.", sentence: [ASKS_IF_WORRYING, A_SIGN_OF_THE_CONDITION], unless: [A_SIGN_SUPPOSED] },
  { id: "question-for-clinician", syndrome: "therapist", level: "therapist", effect: "request", description: "Whether to exercise with the patient's own health as it is now (dizziness, a cold, a blood-pressure reading), or whether the exercises caused it.", message: [THE_PATIENTS_HEALTH], sentence: [ASKS_IF_SAFE_WITH_IT], questionsOnly: true },
  { id: "question-for-clinician", syndrome: "therapist", level: "therapist", effect: "request", description: "Which exercises are safe after a past stroke, clot or heart event.", message: [HAD_IT_BEFORE], sentence: [ASKS_IF_SAFE_WITH_IT], questionsOnly: true, denialDoesNotCancel: true },
  { id: "question-for-clinician", syndrome: "therapist", level: "therapist", effect: "request", description: "Heat against ice, which is the therapist's call.", sentence: [HEAT_OR_ICE] },
  { id: "question-for-clinician", syndrome: "therapist", level: "therapist", effect: "request", description: "Asks about a diagnosis or damage.", sentence: [A_DIAGNOSIS], questionsOnly: true },
  { id: "fear-of-injury", syndrome: "therapist", level: "therapist", effect: "request", description: "Afraid of getting hurt or injured doing the exercises.", sentence: [FEAR_OF_INJURY] },
  { id: "question-for-clinician", syndrome: "therapist", level: "therapist", effect: "request", description: "A question about a medicine, asked in the sentence that names it.", sentence: [A_MEDICINE, ASKS_ABOUT_IT], questionsOnly: true, unless: [A_MEDICINE_IN_PASSING] },
  { id: "question-for-clinician", syndrome: "therapist", level: "therapist", effect: "request", description: "Whether to take, keep taking or share a medicine named in another sentence.", message: [A_MEDICINE], sentence: [ASKS_TO_TAKE], questionsOnly: true },
  { id: "question-for-clinician", syndrome: "therapist", level: "therapist", effect: "request", description: "A medicine started or changed, and whether the exercises must change.", message: [MEDICINE_CHANGED], sentence: [ASKS_TO_CHANGE_THE_EXERCISES], questionsOnly: true },
  { id: "question-for-clinician", syndrome: "therapist", level: "therapist", effect: "request", description: "A clinical question: pregnancy, heat/ice/creams, equipment substitutes, progressing, braces, other treatments.", sentence: [CLINICAL_TOPIC], questionsOnly: true, unless: [A_MEDICINE_IN_PASSING] },
];
