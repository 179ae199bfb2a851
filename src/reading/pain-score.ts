/**
 * The current pain score a patient states, from a normalised message: "7/10", "8 out of ten",
 * "pain is a six", "knee went up to a 7", "un 9 de 10", "dolor de ocho". Numbers that are
 * not a current pain score are skipped: reps, sets, times, weights, temperatures,
 * "10/10 would recommend", and pain that is over ("it was 6/10 last week, nothing today").
 */
import { clauseAround, matchesOf } from "./regex.js";
import { numberWordsBetween } from "../text/number-words.js";

// Eleven and twelve count only with their scale: "eleven from ten" is a 10 said loudly.
const NUMBER_WORDS = numberWordsBetween(0, 12);

// A half ("8.5", "6,5") is read as the next whole number up, like a range ("5-6" is 6).
const NUMBER = String.raw`(?:(?<![\d.,:/$£€#+])(?:[1-9][0-9]|[0-9])(?:[.,]5)?(?![\d]|[.,:]\d)|\b(?:${Object.keys(NUMBER_WORDS).join("|")})\b)`;
const NUMBER_AT_START = new RegExp(`^${NUMBER}`);
const ALL_NUMBERS = new RegExp(NUMBER, "g");

const OUT_OF_TEN = /^\s*(?:\/|out of|outta|of|over|on|from|de|sobre|en)\s*(?:10|ten|diez)\b(?!\s*(?:am|pm|:|min))/;
// …or a change told by its verb, the later number the one that holds: "de 6 bajó a 2", "went from 4 up to 8".
const CHANGED_TO = String.raw`(?:(?:went|gone|dropped|jumped|came|come|climbed|crept|shot|is|s)(?: (?:up|down|back))?|(?:baj|sub|pas)(?:o|e)|(?:ha|se ha) (?:bajado|subido|pasado)|se (?:bajo|subio|paso))\s+(?:to|a)`;
const RANGE_OR_CHANGE = new RegExp(String.raw`^\s*(?:${CHANGED_TO}|-|–|to|or|a|o|->|→|hasta)\s*(?:(?:a|an|un|una)\s+)?(?=${NUMBER})`);
const TOLD_AS_A_CHANGE = new RegExp(String.raw`^\s*${CHANGED_TO}\b`);
/** "between 8 and 9", "entre 8 y 9": a range whose "and" only reads as one after "between". */
const BETWEEN_BEFORE = /\b(?:between|entre)\s+(?:(?:a|an|un|una)\s+)?$/;
const AND_NEXT = new RegExp(String.raw`^\s*(?:and|y|e)\s*(?:(?:a|an|un|una)\s+)?(?=${NUMBER})`);

/** Times of day, in both languages. */
const TIME_OF_DAY = String.raw`in the (?:morning|afternoon|evening)|at night|tonight|tomorrow|manana|por la`;

/** Number words that make a number bigger than a score with the word before or after: "one twenty over eighty five". */
const TENS = String.raw`(?:twenty|fifty|sixty|seventy|eighty|ninety|hundred|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento)\b`;
const TENS_BEFORE = new RegExp(String.raw`\b${TENS}(?: and| y)? $`);

/** What follows a number that counts something else. */
const NOT_A_SCORE_AFTER = new RegExp(
  String.raw`^\s*(?:x\b|reps?\b|repetitions?|sets?\b|times?\b|mins?\b|minutes?|hrs?\b|hours?|h\b|days?\b|nights?\b|noches\b|weeks?|months?|years?|yrs?\b|secs?\b|seconds?|segundos?|kgs?\b|kilos?|lbs?\b|pounds?|cm\b|mm\b|inch\w*|centimet\w*|pulgadas?|degrees?|°|am\b|pm\b|a\.m|p\.m|oclock|o clock|%|miles?|km\b|k\b|steps?\b|pills?|tablets?|capsules?|meds\b|pastillas?|capsulas?|comprimidos?|tabletas?|pildoras?|paracetamol\w*|ibuprofen\w*|tylenol\w*|advil\w*|aspirin\w*|tramadol\w*|oxy\w*|percocet\w*|codeine|codeina|morfina|mg\b|exercises?|ejercicios|stretch\w*|legs?\b|sides?\b|more\b|each\b|rounds?\b|laps?\b|flights?\b|stairs\b|blocks?\b|of (?!10\b|ten\b|pain\b)|de (?!10\b|diez\b|dolor\b|siempre\b)|out of (?!10\b|ten\b)|veces|repeticiones|series|minutos|horas|dias|semanas|meses|anos|grados|y media|and a half|thirty|fifteen|forty|${TENS}|${TIME_OF_DAY}|:\d|session|workout|would|recommend|effort|experience|vibes?\b|mood|energy|fun\b|sesion|rutina|ganas|animo|tones?\b|colou?rs?\b|shades?\b|ways?\b|people\b|things?\b|tonos?\b|colores\b|cosas\b|personas\b)`,
);

/** "5 out of 10 for style", "un 8 de 10 en puntualidad": a score given to something other than pain. */
const RATES_SOMETHING_ELSE_AFTER = /^\s*(?:for|en|de|por) (?:style|looks|taste|effort|fashion|presentation|creativity|punctuality|estilo|puntualidad|presentacion|sabor|esfuerzo)\b/;

/** "Soy diabética tipo 1", "type 2 diabetic": a kind of diabetes, not a score ("tipo 7" alone is "like a 7"). */
const DIABETES_TYPE_BEFORE = /\bdiabet\w*(?: (?:de|del))? (?:tipo|type) $|\btype $/;
const DIABETES_AFTER = /^\s*diabet/;
const LIST_MARK_AFTER = /^[.)]\s/;
const isNextInAList = (before: string, value: number) => value > 1 && new RegExp(String.raw`(?:^|\s)${value - 1}[.)]\s`).test(before);
const DENIED_SCORE_BEFORE = /\b(?:no es|no era|no llega a|not|isnt|is not|wasnt|was not|not quite|never)\s+(?:a |an |un |una )?$/;
/** A score denied and put right in the same breath: "not a 6 like yesterday, it's an 8 today", "no es un 7, ya es 9"; the second is the score. */
const CORRECTED_SCORE = new RegExp(
  String.raw`\b(?:not|isnt|is not|no es|no era)\s+(?:a |an |un |una )?(?:${NUMBER})(?!${NOT_A_SCORE_AFTER.source.replace(/^\^/, "")})(?:\s+[\w/]+){0,4}?[,;.]?\s+(?:(?:its|it is|it s|now|more like|closer to|ya es|es|sino|mas bien|ahora es|but)\s+)+(?:a |an |un |una )?(${NUMBER})\b`
    // …or a joke score taken back: "12/10 jaja no mentira, es un 8", "a 20 lol jk its a 6".
    + String.raw`|\b(?:jk|just kidding|kidding|joking|no mentira|mentira|es broma|en serio|seriously|but seriously)\b[,.!]?\s+(?:(?:its|it is|it s|more like|ya es|es|but|pero|really|de verdad)\s+)*(?:a |an |un |una )?(${NUMBER})\b`,
);
const TIME_OF_DAY_AFTER = new RegExp(String.raw`^\s*(?:${TIME_OF_DAY})`);
/** "It's an 8 tonight": with an article the number is a score said with its time; "8 tonight" alone is a time. */
const A_SCORES_ARTICLE_BEFORE = /\b(?:a|an|un|una) $/;
const AN_ARTICLE_BEFORE = /\b(?:its|it is|it s|s|is|is like|like) an? $/;

const PAIN_ANCHOR = String.raw`(?:pain|painful|pains|paining|hurts?|hurting|sore|soreness|aches?|aching|achy|level|(?<!\b(?:sleep|readiness|energy|mood|credit|stress|fitness|recovery|battery|test|quiz|game|step|steps|activity|health) )score|dolor|dolorcito|dolorcillo|dolorazo|duele|duelen|dolia|dolian|dolio|doliendo|molestia|molesta|adolorid[oa]|pinchazos?|punzadas?|latigazos?)`;
const BODY_PART = String.raw`(?:arm|arms|brazo|brazos|hand|hands|mano|manos|chest|pecho|glutes?|gluteos?|nalgas|butt|backs|knee|knees|hip|hips|back|shoulder|shoulders|neck|ankle|ankles|leg|legs|elbow|wrist|foot|feet|calf|thigh|hamstring|groin|heel|rodilla|rodillas|cadera|espalda|lumbar|lumbares|cervicales|hombro|hombros|cuello|tobillo|pierna|piernas|codo|muneca|pie|pies|talon)`;
const FILLER_AFTER_PAIN = String.raw`(?:afterwards|after|recorded|logged|noted|measured|registered|as|alto|alta|high|muchisimo|demasiado|has|been|have|had|stayed|stuck|sharp|tipo|insoportable|horrible|terrible|unbearable|awful|brutal|fuerte|severe|excruciating|intense|intenso|number|numero|eva|vas|nrs|nprs|escala|paining|seriously|este|estuvo|estaba|sube|subio|llega|llego|is|e|s|sat|sits|sitting|solid|steady|hovering|was|at|of|about|around|like|maybe|between|entre|anda|andaba|easily|least|atleast|surely|honestly|literally|got|gets|getting|reached|hit|hits|climbed|jumped|spiked|goes|going|ronda|rondando|con|nivel|dice|dijo|says|said|que|rate|rated|put|call|give|gives|le|doy|pondria|pongo|probably|prob|prolly|a|an|to|up|down|went|its|it|now|today|currently|still|level|score|rating|right|this|morning|only|just|really|very|tiny|bit|little|lil|slightly|roughly|approx|approximately|say|id|sitting|solid|def|definitely|in|on|my|the|me|from|whole|day|es|de|un|una|como|mas|o|menos|unos|esta|en|hoy|ahora|sobre|del|alrededor|aprox|poco|poquito|mucho|el|la|mi|tengo|sigue|ya|lot|lots|bad|badly|so|too|pretty|quite|kinda|mucho|bastante|${BODY_PART})`;
const FILLER_AFTER_BODY = String.raw`(?:la|lo|tengo|tiene|tenia|por|says|dice|apenas|barely|hardly|entre|between|tipo|been|screaming|killing|literally|me|matando|literal|from|de|paso|went|gone|dropped|bajo|subio|throbbing|agony|burning|bit|little|tad|sore|achy|ached|aches|aching|hurt|hurts|hurting|duele|dolio|dolia|poquito|poco|resentid[oa]|molesta|adolorid[oa]|is|was|a|an|went|up|to|about|around|like|maybe|probably|its|now|today|still|only|just|sitting|at|es|esta|un|como|en|hoy|ahora|sigue|anda|andaba|ronda|operad[oa]|operated|replaced|new|nuev[oa]|san[oa]|good|bad|buen[oa]|mal[oa]|left|right|izquierd[oa]|derech[oa]|other|otr[oa]|lower|upper|baja|alta|inferior|superior|lumbar)`;
const SEP = String.raw`[\s,:=~\-]`;

const ANCHORED_BY_PAIN = new RegExp(String.raw`\b${PAIN_ANCHOR}\b(?:${SEP}+${FILLER_AFTER_PAIN}\b){0,7}${SEP}*$`);
// The head is rated like the body ("head at a 7"), though a head named is no sign the talk is of pain.
const ANCHORED_BY_BODY = new RegExp(String.raw`\b(?:${BODY_PART}|head|cabeza)\b(?:${SEP}+${FILLER_AFTER_BODY}\b){1,5}${SEP}*$`);
/**
 * "knee 4", "cadera 5,", "knee 5-6 after": a body part and its number closing the clause. Not "knee to chest 10", nor
 * the parts that name exercises ("glúteos 10" is glute sets); a bare 10 there is more often a count than a score.
 */
const BODY_THEN_SCORE = new RegExp(String.raw`(?<!\b(?:to|into|towards|hacia|al)\s)\b(?!(?:glutes?|gluteos?|nalgas|butt|calf|heel|talon|chest|pecho)\b)${BODY_PART}${SEP}*$`);
const CLAUSE_ENDS = /^\s*(?:$|[,.;!?)]|(?:and|y|after|afterwards|now|today|tonight|but|despues|ahora|hoy|pero)\b)/;
/** "knee 9 cant sleep", "rodilla 10 no aguanto": what the score does to the patient, said right after it. */
const SUFFERING_AFTER = /^\s*(?:cant (?:sleep|walk|bend|move|stand)|cannot|killing|unbearable|agony|no (?:aguanto|puedo|duermo)|me (?:mata|esta matando)|insoportable)\b/;
/** "only a 3 now", "maybe 7", "como un 4": a score when the message talks about pain. */
/** Said of a score that does not let up: "a constant 8", "now constant 7", "un 7 constante" reads the same. */
const STEADY = String.raw`(?:constant|steady|solid|strong|consistent|fuerte|constante)`;
// …and a rating said on its own after a comma ("me duele el brazo, un 9"), given ("me da un 5") or sat at ("grumbling at a 5-6").
const LOOSELY_ANCHORED = new RegExp(String.raw`\b(?:and|y|but|pero) (?:now|ahora|today|hoy) (?:its |it s |is |es |esta en |anda en )?(?:a |an |un |una )?$|\b(?:la|lo) (?:tengo|tiene|tenia|tenemos) (?:en|a) (?:un |una )?$|^\W*(?:a|an|un|una) (?:${STEADY} )?$|\b(?:back (?:at|to|down to|up to)|at|still at) (?:my|his|her|the|its|it s) (?:usual|normal|regular|baseline|everyday) $|\bdolor (?:en|a) (?:mi|su) $|\b(?:subido|subio|llegado|llego|disparado|disparo) (?:hasta )?(?:a|al) (?:un |una )?$|\b(?:shot|jumped|spiked|climbed|rose|went|gone) (?:right )?(?:up )?to (?:a |an )?$|[,;:.!]\s*(?:a|an|un|una)\s+$|\b(?:me|le) (?:da|dio|daba) (?:un|una) $|\bat (?:a|an) $|\b(?:now|ahora|pain|dolor)\b(?:,? \w+){0,4},? (?:is|its|es|esta|at|en)(?: at| en)? (?:a |an |un |una )?$|\b(?:diria|yo diria|le pondria|le doy) (?:que )?(?:un|una) $|\b(?:went|gone|jumped|climbed|dropped|shot|paso|subio|bajo|salto) (?:up |down )?(?:from|de) (?:a |an |un |una )?$|\b(?:id|i would|i d) (?:call|rate|put|give) it (?:at )?(?:a |an )?$|\b(?:its|it is|thats|that is|it s) (?:down to |up to |at )?(?:a |an )(?:${STEADY} )?$|\b(?:settled|eased|calmed|dropped|gone|went) (?:down )?(?:to|at) (?:a |an )?$|\b(?:only|just|down to|up to|now|today|hoy|still|todavia|aun|sigue|maybe|about|around|like|roughly|probably|prob|say|id say|como|tipo|unos|mas o menos|quizas|tal vez|ahora)\s+(?:(?:its|it is|is|es|esta|its at|it was|ya)\s+){0,2}(?:at\s+)?(?:a\s+|an\s+|un\s+|una\s+|en\s+)?(?:${STEADY}\s+)?$|\b(?:later|afterwards|after that|luego|despues|mas tarde)(?:,? (?:its|it is|it was|its down to|down to|es|esta|estaba|ya|bajo a|baja a))* $|\bfrom (?:a |an )?\d+(?:\/10)?(?: [a-z]+){0,3} to (?:a |an )?$|\bde (?:un |una )?\d+(?: de 10)?(?: [a-z]+){0,3} a (?:un |una )?$|\b(?:im|i am|hes|shes|he is|she is|were|we are|theyre|estoy|esta|ando|anda|sigo|sigue|vamos|es|era)\s+(?:at\s+|en\s+)?(?:a|an|un|una)\s+$|\b(?:va|iba|anda|andaba|esta|estaba) (?:ya )?(?:por|en) (?:un |una )?$`);
/**
 * A number said the way only a rating is, without naming the pain: "hovering 5-6 after the step-ups",
 * "sits around a five after", "bird dog had me at about a 6", "somewhere 8-9", "quedé en un 7", "rate it? 10".
 */
const RATED_APPROXIMATELY = /\b(?:somewhere|hovering|hovers|sits|sitting|sat|had (?:me|him|her) at|rates? it|rated it|rating it|quede|quedo|ando|anda|rondando|ronda|(?:no (?:baja|bajo|ha bajado)|nunca baja) de|(?:doesnt|wont|didnt|never|wouldnt|does not|will not) (?:go|drop|come|get) (?:below|under|lower than)|(?:subio|bajo|llego|went up|went down|jumped|climbed|crept up|is up|is down) (?:a|to|hasta))(?: (?:at|around|about|like|in|en|a|an|un|una|solid|good|buen|de|un poco|por|el|los))*\W*$/;

/**
 * When something started, or the hour a reminder should come: "started around 9", "text me in the evenings instead? like 7ish".
 * Not "pain at around 7".
 */
const SAID_OF_A_TIME = /\b(?:gets?|got|getting|comes?|came|coming|be|home|is|s|wife|husband|hubby|mom|mum|dad|son|daughter|kids|she|he|they) back (?:at|by|around) (?:like |about |around )?$|\b(?:vuelve|vuelven|llega|llegan|regresa|regresan|sale|salen) (?:a|como a|sobre) las $|\b(?:started|starting|began|begun|since|until|till|empezo|empece|empezaron|comenzo|desde|hasta)\s+(?:(?:around|about|like|roughly|maybe|at|a las|como a las|sobre las)\s+)*$|\b(?:text|message|remind|ping|send|write)\w* (?:me|us)\b[^.!?]*?\b(?:evenings?|mornings?|afternoons?|nights?)\b[^0-9]{0,60}\b(?:like|around|about|at|maybe)\s+$/;
/** A number said on its own, between full stops, in a message about pain: "duele. 6. no sé", "no puedo apoyar. 8". */
const ALONE_BEFORE = /(?:^|[.!?;]\s*)$/;
const ALONE_AFTER = /^\s*(?:[.!?;]|$)/;
const ALONE_AMONG = new RegExp(String.raw`\b(?:${PAIN_ANCHOR}|ouch|ow|tiron|pinchazo|no puedo apoyar|cant (?:put|bear) weight|swollen|swelling|hinchad[oa]|worse|peor|(?:cant|couldnt|can not|could not) sleep|no (?:puedo|pude|pudo|puede) dormir|(?:killing|kills|killed) me|me (?:mata|mato|esta matando))\b`);
const isAListMark = (after: string, value: number) => LIST_MARK_AFTER.test(after) && new RegExp(String.raw`(?:^|\s)${value + 1}[.)]\s`).test(after);

/** "a 2 now", "a 1 maybe", "3ish": a bare number opening a clause, hedged or dated to now, is a rating. */
const RATING_HEAD = /(?:^|[,.!;:]\s*|\b(?:a|an|un|una|like|about|around|entre|between)\s)$/;
const RATING_TAIL = /^(?:\s*-?ish\b|\s+(?:now|right now|maybe|tops|at most|or so|ahora|mas o menos|creo|nomas)\b)/;

/** The scale the service asks about ("on your 0-10 scale I'm at a ten"): a pain scale unless it rates something else. */
const ON_THE_SCALE = /\b(?:scale|escala)\b/;
const OTHER_SCALE = /\b(?:fun|enjoy\w*|difficult\w*|hard|easy|effort|energy|mood|confiden\w*|motivat\w*|sleep|happy|stress\w*|tired|dificil|facil|esfuerzo|energia|animo|divertid\w*|cansad\w*|confianza|motivacion|estres)\b/;
/** The pain named right after its score: "I'm at an 8 with the pain", "a 9 pain-wise", "un 8 de dolor". */
/** The score then where it is: "tengo un 7 en la rodilla", "a 6 in my hip". */
const ITS_SITE_RIGHT_AFTER = new RegExp(String.raw`^\s*(?:(?:en|in|on) )?(?:la|el|mi|my|the|his|her|su) ${BODY_PART}\b`);
const PAIN_RIGHT_AFTER = /^\s*(?:(?:with|for|on|of|in|to) (?:the |my |his |her )?|de |en |al |a (?:mi |su |la )?|para (?:el |mi |su )?)?(?:pain|dolor)(?:\s*wise)?\b(?!\s*(?:-?\s*free|pills?|killers?|meds|medication|relief|tablets|clinic|management|doctor|specialist|team|nurse))/;
const PAIN_CONTEXT = new RegExp(String.raw`\b(?:${PAIN_ANCHOR}|${BODY_PART}|ouch|ow|swollen|stiff|tender|throbbing|twinge|sharp|cant sleep|meds|painkillers|pain pills?|ibuprofen|ibuprofeno|paracetamol|acetaminophen|tylenol|advil|aleve|naproxen|tramadol|codeine|analgesic\w*|calmantes?|agony|unbearable|screaming|settles?|nothing helps|worst|peor|worse than (?:labour|labor|childbirth|giving birth|ever)|no puedo dormir|no pude dormir|couldnt sleep|no se (?:me |le )?(?:quita|pasa|calma)|when i (?:bend|straighten|lift|walk|climb|squat|kneel|stand|move|turn|raise|reach)\w*|insoportable|calmantes|getting worse|worse and worse|empeorando|cada vez peor|(?:killing|kills) me|me (?:mata|esta matando))\b|😣|😖|😫|😭|😩|🤕`);
/** A scale number right after one of these rates something other than pain. */
const OTHER_RATING_BEFORE = /\b(?:sleep|sueno)(?: (?:quality|score|was|is|been|about|around|like|maybe|fue|es|de))*\W*$|\b(?:difficulty|effort|energy|mood|motivation|rpe|session|workout|fatigue|tiredness|dificultad|esfuerzo|animo|energia|sesion|rutina|fatiga|cansancio|confidence|stress|balance)\b(?:\W+\w+){0,3}\W*$/;

const PAST = /\b(?:(?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?! (?:and|y) (?:today|now|hoy))|(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado|(?:right |just )?after (?:the|my|his|her) (?:op|operation|surgery)|(?:justo )?despues de (?:la|mi|su) (?:operacion|cirugia)|last (?:week|month|time|night)|yesterday|earlier|this mo\w{3,5}g|overnight|when i woke up|first thing|esta manana|en la manana|al despertar|ago|used to|antes (?:era|estaba|tenia)|(?:me |le )?dolia|estaba en|was (?:at|hurting)|before it was|before the op\w*|before surgery|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|la semana pasada|ayer|el otro dia|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)|hace (?:\w+ )?(?:dias|semanas|meses))\b/;
const SINCE_PAST = /\b(?:since|desde)\s+(?:\w+\s+)?(?:last (?:week|month|night)|yesterday|earlier|this morning|esta manana|ayer|la semana pasada)\b/;
// "cant do nothing today" is a learner's double negative, not pain that is over.
const PAIN_IS_OVER = /(?<!\b(?:do|did|does|doing|cant|cannot|can|could|couldnt) )\b(?:nothing|none|fine|gone|better|no pain|zero|all good|ok|okay) (?:at all )?(?:today|now|anymore)\b|\b(?:today|now|this week)(?: its| it is)? (?:nothing|fine|gone|ok|okay|much better)\b|\bya no (?:me )?(?:duele|hay dolor)\b|\b(?:hoy|ahora|esta semana) (?:ya )?(?:nada|bien|sin dolor)\b|\b(?:today|now|hoy|ahora) (?:with|thanks to|con|gracias a) (?:the |my |el |la |las |los |mi |mis )?(?:\w+ ){0,2}(?:nothing|gone|fine|nada|bien|sin dolor)\b|(?<!\b(?:hacer|hice|hizo|hago|hace) )\bnada hoy\b/;
/** A score said as what the pain was, and pain said to have changed since: "it was a 4, now way worse", "antes era un 4, va a más" — no score holds now. */
const WAS_A_SCORE = new RegExp(String.raw`\b(?:was|used to be|before it was|antes era|era|antes estaba en)\s+(?:a |an |un |una |like |about |around |como (?:un |una )?)?(?:${NUMBER})\b`);
const CHANGED_SINCE = /\b(?:worse|peor|a mas|mas fuerte|better|mejor|increas\w*|decreas\w*|aumenta\w*|subiendo|bajando)\b/;
// "4 right after, an hour later it's 2": the later score is the one that holds now.
const CURRENT = /\b(?:now|today|currently|right now|at the moment|ahora|hoy|actualmente|later|afterwards|luego|mas tarde)\b/;
/** "5 now", "a 3 today": the time said right after the score. */
/** "…y ahora un 6": the clause opened by "now", which is itself the break before it. */
const NOW_JUST_BEFORE = /\b(?:now|ahora)\s*$/;
const NOW_RIGHT_AFTER = /^[^,.;!?]{0,12}?\b(?:now|right now|today|ahora|hoy)\b/;
const CLAUSE_BREAK = /[.;!?\n]|,|\p{Extended_Pictographic}|\b(?:but|pero|now|ahora|vs|versus|compared to|contra|frente a)\b/gu;

const COUNT_ASKED = /\b(?:how many|cuant[oa]s) (?:\w+ )?(?:reps|repetitions|sets|times|rounds|seconds|secs|repeticiones|series|veces|segundos)\b/;
const FROM_BEFORE = /\b(?:de|from|desde)\s+(?:(?:a|an|un|una)\s+)?$/;
const NOW_BEFORE_A_SCORE = /(?:^|[,;]|\b(?:and|but|y|pero))\s*(?:now|right now|today|ahora|ahorita|hoy)\s*(?:(?:its|it s|it is|is|es|esta|esta en|im at|at|en)\s+)?(?:(?:a|an|un|una)\s+)?$/;
const AFTER_A_SCORE_SAID = /(?:[,;]|\b(?:and|but|y|pero))\s*(?:(?:a|an|un|una)\s+)?$/;
const NOW_RIGHT_AFTER_A_SCORE = /^\s+(?:now|right now|today|tonight|ahora|hoy)\b/;

interface Candidate {
  value: number;
  index: number;
  past: boolean;
  current: boolean;
  /** "now" in the score's own clause, not just after it: "was 8 during them, now it's down to 5" — the 5. */
  currentInClause: boolean;
  /** "no es un 10 pero es un 8": a score said not to be, which gives way to one that is. */
  denied: boolean;
}

/**
 * Two scores told by their times and nothing else, as the answer to a pain check: "8 this morning, 3 now",
 * "un 7 anoche, ahora 4" (LABELS). The one said for now is the score.
 */
const SCORE = String.raw`(?:(?:a|an|un|una) )?(${NUMBER})(?:\s*(?:\/|out of|de)\s*(?:10|ten|diez))?`;
const EARLIER = String.raw`(?:this morning|last night|last week|the other day|earlier|yesterday|overnight|at night|in the morning|in the mornings|mornings|before|esta manana|anoche|ayer|la semana pasada|el otro dia|en la manana|en la noche|por la manana|por las mananas|en las mananas|antes)`;
const NOW_WORD = String.raw`(?:now|right now|today|ahora|hoy)(?:\s+(?:at night|tonight|this evening|in the evening|en la noche|por la noche|esta noche|en la tarde))?`;
const IT_IS = String.raw`(?:(?:its|it s|it is|is|was|es|era|esta en|esta|estaba en|had|tenia|tuve)\s+)?`;
const SCORES_BY_TIME = new RegExp(String.raw`^\W*(?:(?:it|pain|the pain|el dolor|dolor|(?:my |the |la |el |mi )?${BODY_PART})\s+)?(?:was\s+|were\s+|era\s+|estaba\s+(?:en\s+)?)?(?:${EARLIER}\W+${IT_IS}${SCORE}|${SCORE}\s+${EARLIER})\W+(?:(?:and|but|pero|y)\s+)?(?:${NOW_WORD}\W+${IT_IS}${SCORE}|${IT_IS}${SCORE}\s+${NOW_WORD})(?:\s+(?:after|with|from|doing|since|con|despues de|tras|desde)\b[^.!?]*)?\W*$`);

/**
 * The patient's pain score in a normalised message, or null. `wholeText` is the message before another person's clauses were
 * hidden from `text`: it still tells what the talk is about ("her physio has her at 10/10 pain. I'm at a 2 today").
 */
export function extractPainScore(text: string, wholeText = text): number | null {
  const byTime = SCORES_BY_TIME.exec(text);
  if (byTime) {
    const now = byTime.slice(3).find((g) => g !== undefined);
    if (now !== undefined) return Math.min(toNumber(now), 10);
  }
  const corrected = CORRECTED_SCORE.exec(text);
  if (corrected && !NOT_A_SCORE_AFTER.test(text.slice(corrected.index + corrected[0].length))) return Math.min(toNumber((corrected[1] ?? corrected[2])!), 10);
  const over = PAIN_IS_OVER.exec(text);
  // A score said before "nothing today" is the pain that is over: "sore yesterday, like a 6, nothing today".
  const found = findCandidates(text, wholeText).filter((c) => over === null || c.index >= over.index);
  const candidates = found.some((c) => !c.denied) ? found.filter((c) => !c.denied) : found;
  const current = candidates.filter((c) => !c.past);
  const chosen = current.length > 0 ? current : over !== null || (WAS_A_SCORE.test(text) && CHANGED_SINCE.test(text)) ? [] : candidates;
  if (chosen.length === 0) return null;
  // The last score said "now" wins over the others: in its own clause first, then just after it.
  for (const saysNow of [(c: Candidate) => c.currentInClause, (c: Candidate) => c.current]) {
    const now = chosen.filter(saysNow);
    if (now.length > 0 && now.length < chosen.length) return now[now.length - 1]!.value;
  }
  return Math.max(...chosen.map((c) => c.value));
}

/** "about six seven today", "6 7": a range said without its dash, the second number one more than the first. */
function nextUpSaidAfter(after: string, value: number): RegExpExecArray | null {
  const next = /^\s+(?=\S)/.exec(after);
  const second = next && NUMBER_AT_START.exec(after.slice(next[0].length));
  return second && toNumber(second[0]) === value + 1 ? next : null;
}

function findCandidates(text: string, wholeText: string): Candidate[] {
  const found: Candidate[] = [];
  let consumedUntil = 0;
  for (const m of matchesOf(ALL_NUMBERS, text)) {
    const start = m.index ?? 0;
    if (start < consumedUntil) continue;
    let value = toNumber(m[0]);
    let end = start + m[0].length;
    const range = RANGE_OR_CHANGE.exec(text.slice(end)) ?? (BETWEEN_BEFORE.test(text.slice(0, start)) ? AND_NEXT.exec(text.slice(end)) : null) ?? nextUpSaidAfter(text.slice(end), value);
    if (range) {
      const second = NUMBER_AT_START.exec(text.slice(end + range[0].length));
      if (second) {
        value = toNumber(second[0]);
        end += range[0].length + second[0].length;
      }
    }
    const scale = OUT_OF_TEN.exec(text.slice(end));
    // "6 de 10 de dolor": the scale's 10 is not a second score.
    consumedUntil = end + (scale?.[0].length ?? 0);
    const before = text.slice(Math.max(0, start - 80), start);
    // "a 12" alone is not a score; "12/10" is a 10 said loudly (LABELS Clarifications), and so is a loud score said with its pain.
    if (value > 10 && !scale && !isALoudScore(m[0], value, before, wholeText)) continue;
    value = Math.min(value, 10);
    if (scale) end += scale[0].length;
    // "10 tonight" is a time; "9/10 tonight" is a score said with its time.
    // "pain 5-6 tonight": a score said with its time, right after the pain it rates.
    const toldWithItsTime = TIME_OF_DAY_AFTER.test(text.slice(end)) && (scale !== null || ANCHORED_BY_PAIN.test(before) || AN_ARTICLE_BEFORE.test(before));
    if (NOT_A_SCORE_AFTER.test(text.slice(end)) && !toldWithItsTime) continue;
    // "2. me empezó un dolor… 3. estoy sudando": the next number of a numbered list (its lines are joined by now).
    if (LIST_MARK_AFTER.test(text.slice(end)) && isNextInAList(text.slice(0, start), value)) continue;
    if (TENS_BEFORE.test(before) || DIABETES_TYPE_BEFORE.test(before) || DIABETES_AFTER.test(text.slice(end)) || RATES_SOMETHING_ELSE_AFTER.test(text.slice(end))) continue;
    if (!scale && SAID_OF_A_TIME.test(before) && !ANCHORED_BY_PAIN.test(before)) continue;
    // "how many reps for heel slides now? still 10?": a count asked about, its numbers counts.
    if (!scale && COUNT_ASKED.test(text) && !ANCHORED_BY_PAIN.test(before)) continue;
    const ratedByItsTail = () => RATING_TAIL.test(text.slice(end)) && (RATING_HEAD.test(before) || BODY_THEN_SCORE.test(before));
    const namedWithItsBodyPart = () => BODY_THEN_SCORE.test(before) && ((value < 10 && CLAUSE_ENDS.test(text.slice(end))) || SUFFERING_AFTER.test(text.slice(end)));
    const saidWhere = () => ITS_SITE_RIGHT_AFTER.test(text.slice(end)) && RATING_HEAD.test(before);
    const standsAlone = () => ALONE_BEFORE.test(before) && ALONE_AFTER.test(text.slice(end)) && ALONE_AMONG.test(wholeText) && !isAListMark(text.slice(end), value);
    // "pain was 4 last week, 8 today", "me dolía un 4 y ahora un 1": the next score, told for now, after one already read.
    // "de 4 pasé a 9 y ahora me aprieta el pecho y el dolor…": a change of score, from one number to the next, in a message about pain.
    const aChangeOfScore = () => range !== null && TOLD_AS_A_CHANGE.test(range[0]) && FROM_BEFORE.test(before) && PAIN_CONTEXT.test(wholeText);
    const theScoreNow = () => found.length > 0 && (NOW_BEFORE_A_SCORE.test(before) || (AFTER_A_SCORE_SAID.test(before) && NOW_RIGHT_AFTER_A_SCORE.test(text.slice(end))));
    if (!isPainScore(wholeText, before, value, scale !== null) && !PAIN_RIGHT_AFTER.test(text.slice(end)) && !ratedByItsTail() && !namedWithItsBodyPart() && !saidWhere() && !standsAlone() && !theScoreNow() && !aChangeOfScore()) continue;
    found.push({ value, index: start, denied: DENIED_SCORE_BEFORE.test(before), ...timing(text, start) });
  }
  return found;
}

/** "pain 12", "la rodilla me quedó en un 12": 11–15 in digits, right after the pain or, with an article, the knee it rates. */
function isALoudScore(said: string, value: number, before: string, text: string): boolean {
  if (value > 15 || !/^\d/.test(said)) return false;
  if (ANCHORED_BY_PAIN.test(before)) return true;
  return A_SCORES_ARTICLE_BEFORE.test(before) && (ANCHORED_BY_BODY.test(before) || (RATED_APPROXIMATELY.test(before) && PAIN_CONTEXT.test(text)));
}

function isPainScore(text: string, before: string, value: number, onScale: boolean): boolean {
  if (ANCHORED_BY_PAIN.test(before) || ANCHORED_BY_BODY.test(before)) return true;
  if (!onScale) return RATED_APPROXIMATELY.test(before) || (LOOSELY_ANCHORED.test(before) && (PAIN_CONTEXT.test(text) || (ON_THE_SCALE.test(text) && !OTHER_SCALE.test(text))));
  if (OTHER_RATING_BEFORE.test(before)) return false;
  // "10/10" alone is praise ("10/10 would recommend"); with pain words around it is a score.
  return value < 10 || PAIN_CONTEXT.test(text);
}

function timing(text: string, index: number): { past: boolean; current: boolean; currentInClause: boolean } {
  const { start, end } = clauseAround(text, index, CLAUSE_BREAK);
  const clause = text.slice(start, end);
  const past = PAST.test(clause) && !SINCE_PAST.test(clause) && !/\b(?:still|todavia|sigue)\b/.test(clause);
  return { past, current: CURRENT.test(text.slice(start, end + 14)) || NOW_JUST_BEFORE.test(text.slice(Math.max(0, start - 8), start)), currentInClause: CURRENT.test(text.slice(Math.max(0, start - 6), end)) || NOW_RIGHT_AFTER.test(text.slice(index)) };
}

/**
 * The numbers a short answer to a 0–10 (or 1–7) question states, from a normalised message:
 * "7", "7/10", "about a six", "siete de diez", "6-7" (both). The same number reading as pain
 * scores, without the pain anchor: the question already says what the number rates. Counts
 * ("3 times", "20 minutes") are skipped; a number above the scale is returned as stated, for
 * the caller to refuse.
 */
export function scaleNumbers(text: string): number[] {
  const found: number[] = [];
  let consumedUntil = 0;
  for (const m of matchesOf(ALL_NUMBERS, text)) {
    const start = m.index ?? 0;
    if (start < consumedUntil) continue;
    let end = start + m[0].length;
    const scale = OUT_OF_TEN.exec(text.slice(end));
    if (scale) end += scale[0].length;
    consumedUntil = end;
    if (!scale && NOT_A_SCORE_AFTER.test(text.slice(end))) continue;
    found.push(toNumber(m[0]));
  }
  return found;
}

function toNumber(token: string): number {
  return NUMBER_WORDS[token] ?? Math.ceil(Number(token.replace(",", ".")));
}
