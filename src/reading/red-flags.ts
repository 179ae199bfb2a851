import type { EscalationLevel } from "./reading.js";
import { levelRank, maxLevel } from "./reading.js";
import { isAnsweredNoAfter, isNegatedAt } from "./negation.js";
import { globalVersion } from "./regex.js";
import { CONCEPT_RULES, SAFETY_NET_RULE } from "./concepts/catalogue.js";
import { ANOTHER_SENSE, DREAMT, EXERCISE_NAMES, FROM_HOW_IT_WAS_HELD, HARMLESS_CAUSE, RETRACTED, RULED_OUT, SELF_HARM_DENIED, SITE_SAID_FINE } from "./concepts/shared.js";
import { type ConceptRule, patternOf, type Syndrome } from "./concepts/lexicon.js";
import { claimedAsTheirOwn, isBaselineAt, isHistoryAt, isHypotheticalAt, isLongAgoAt, isResolvedAt, saysToWatchFor, usualIsNoAlarm, screenConcepts, TOLD_AS_BEGUN, withConditionsMet } from "./concepts/screen.js";
import { typoCorrector } from "./concepts/typos.js";
import { hideSomeoneElse, withMineNamed } from "./concepts/someone-else.js";

/**
 * Triage rules, as data, for clinical review (LABELS.md, "escalate"). The primary screen is the
 * concept catalogue in ./concepts (one file per syndrome: lay-word lexicons combined by rules);
 * this older pattern table runs beside it and owns the therapist-level requests; falls and head strikes, stroke,
 * fainting, wound infection, chest pain, trouble breathing, suicide and self-harm, and severe pain in words are
 * owned by the catalogue alone; the table's urgent signs know history the catalogue's way (concepts/screen.ts isHistoryAt)
 * (near-falls are never falls; a fever that is gone is over; a chest "press" is an exercise).
 *
 * Patterns run against normalised text: lower case, no accents, no apostrophes
 * ("can't" is written "cant", "golpeé" is "golpee"). A match is ignored when a denial
 * ("no", "not", "didnt", "without", "sin", "ni", ...) stands a few words before it in the
 * same clause, so "no numbness" and "no me golpee la cabeza" do not fire; patterns that
 * carry their own negation ("cant breathe", "no puedo respirar") start with it.
 * Every rule that matches is reported; the strictest level wins and is never lowered.
 */
export interface RedFlagRule {
  id: string;
  /** The catalogue's syndrome the rule belongs to: it decides, as for the catalogue, whether the patient's usual calls the sign off. */
  syndrome: Syndrome;
  level: Exclude<EscalationLevel, "none">;
  /** What the rule catches, in words a clinician can check against the patterns. */
  description: string;
  /** symptom: the message becomes a pain report; mood and request do not change what it is. */
  effect: "symptom" | "mood" | "request";
  en: RegExp[];
  es: RegExp[];
  /** The rule fires only if one of these also matches, undenied, somewhere in the message. */
  alsoNeeds?: RegExp[];
  /** The rule only applies to questions ("can I take ibuprofen?", not "prescribe me oxycodone"). */
  questionsOnly?: boolean;
  /** Not when the symptom is hypothetical: "do I stop if it hurts?". */
  notHypothetical?: boolean;
  /** Denials do not cancel it: "I dont see any reason to keep living" is still a cry for help. */
  denialDoesNotCancel?: boolean;
  /** Said of an old injury and not of now, it is history (concepts/screen.ts isHistoryAt, the catalogue's rule too). */
  historyCancels?: boolean;
  /** Said to have gone ("a cramp in my calf, stretched it and it went", "se me pasó caminando"), it is not a report of now. */
  fadesWhenResolved?: boolean;
}

export interface RedFlagMatch {
  id: string;
  level: RedFlagRule["level"];
  effect: RedFlagRule["effect"];
}

const PAIN_WORDS: RegExp[] = [
  /\b(?:pain\w*|hurts?|hurting|sore|sharp|sudden\w*|agony|swollen|swelling)\b/,
  /\bcant (?:straighten|bend|move|walk|put weight|bear weight|lift)\b/,
  /\b(?:dolor\w*|duele|punzante|agudo|hinchad\w*|no puedo (?:estirar|doblar|mover|caminar|apoyar))\b/,
];

const EQUIPMENT = String.raw`(?:band|bands|theraband|resistance band|step|step thing|box|ball|weights?|dumbbells?|foam roller|roller|strap|door anchor|anchor|tubing|handles?|bike|pulley|mat|equipment|kit|cane|walker|crutch\w*|brace|chair with arms|sturdy chair|stairs|steps|bench|rail|railing|counter|kitchen counter)`;
/** Another condition or its treatment, in both languages: insulin, dialysis, a pregnancy, "my pressure". */
const OTHER_CONDITION = String.raw`(?:blood pressure|my pressure|bp|heart ?rate|pulse|heart beat|oxygen (?:level|sat\w*)|sats|frecuencia cardiaca|pulso|pulsaciones|saturacion|oxigenacion|(?:blood )?sugars?|glucose|insulin|inhalers?|puffer|dialysis|chemo\w*|radiotherapy|pregnan\w*|postpartum|copd|asthma|diabet\w*|pacemaker|blood thinners?|warfarin|apixaban|rivaroxaban|eliquis|xarelto|angina|heart failure|epilep\w*|seizures?|parkinson\w*|osteoporosis|dementia|presion|tension (?:alta|baja|arterial)|azucar|glucosa|insulina|inhalador|dialisis|quimio\w*|radioterapia|embarazad\w*|estoy de (?:\w+ )?(?:meses|semanas)|ginecolog\w*|obstetr\w*|matrona|posparto|postparto|epoc|asma|marcapasos|anticoagula\w*|sintrom|insuficiencia cardiaca|convulsion\w*|demencia|alzheimer)`;
/** Whether to exercise, or how: "should I still do them?", "how low is too low to exercise?", "¿hago igual los ejercicios?". */
const ASKS_IF_TO_EXERCISE = String.raw`(?:should (?:i|he|she|we)|can (?:i|he|she|we)|is it (?:ok|okay|safe|alright|fine)|ok to|okay to|safe to|too (?:low|high)|before or after|sigo|continuo|(?:lo|los|las|la) paro|(?:is|was) (?:that|this|it) (?:ok|okay|normal|safe|alright|fine|too (?:low|high|much))|puedo|puede|debo|debe|conviene|hago|hace|antes o despues)`;

/** A question about how to do an exercise: "how many heel slides?", "what does a pendulum look like?", "¿se hacen de lado?". */
const A_HOW_TO_QUESTION = String.raw`\b(?:how many|how long|how often|how far|how (?:do|should) i (?:do|hold|position|place|set)|what does (?:\w+ ){1,3}look like|which (?:way|side|band|colou?r)|cuant[oa]s|cada cuanto|cuanto tiempo|como se hace|se hacen|de que lado|con que (?:pierna|brazo|lado|mano))\b`;
/**
 * A medicine asked about: named in the sentence that asks ("…ibuprofen before the exercises?"), asked after by a pronoun
 * ("forgot my blood thinner… take it now or skip?"), or in a message with no question mark or none about how to do an
 * exercise. Not named in passing beside "how many heel slides? I take my tablets at lunch".
 */
const IN_THE_ASKED_SENTENCE = String.raw`(?:(?=[^.!?]*\?)|(?<!\?[\s\S]*)(?![\s\S]*\?)|(?=[\s\S]*\b(?:(?:take|taking|took|skip|skipping|stop|stopping|double|use|using|keep) (?:it|them|one|another|the rest|the dose)|(?:lo|la|los|las) (?:puedo |debo |tengo que |sigo |vuelvo a )?(?:tomo|tomar|tomando|dejo|dejar|salto|saltar|duplico|uso|usar)|(?:tomar|dejar|saltar|usar|duplicar)l[oa]s?)\b[^.!?]*\?)|(?<!${A_HOW_TO_QUESTION}[\s\S]*)(?![\s\S]*${A_HOW_TO_QUESTION}))`;
const MEDICINE = String.raw`(?:meds|medications?|medicines?|pills?|tablets?|painkillers?|pain killers?|pain relief|ibuprofen|advil|motrin|aleve|naproxen|tylenol|paracetamol|acetaminophen|panadol|codeine|oxycodone|oxy|percocet|something for the pain|vicodin|hydrocodone|tramadol|morphine|gabapentin|lyrica|muscle relaxants?|relaxants?|blood thinners?|warfarin|eliquis|xarelto|aspirin|prescriptions?|dose|dosage|steroids?|cortisone|injections?|cbd|opioids?|nsaids?|gtn(?: spray)?|nitro(?:glycerin)?(?: spray)?|inhaler|puffer)`;
/** What a recovering patient may not yet do, or must keep doing, until the therapist says (post-operative precautions). */
const RESTRICTION = String.raw`(?:drive|driving|carry\w*|lift\w* (?:\w+ ){0,2}(?:bags?|shopping|groceries|grand\w+|_{3,}|baby|kids?|boxes|anything heavy|heavy)|bend (?:\w+ )?past|kneel\w*|cross (?:my|his|her) legs|sleep (?:\w+ )?on (?:my|his|her) (?:side|stomach|front|tummy)|have sex|go (?:up|down) (?:the )?stairs|stop (?:using|wearing) (?:the |my |his |her )?\w+|take (?:the |my |his |her )?(?:sling|brace|boot|collar|splint|wedges?) off|take off (?:the |my |his |her )?(?:sling|brace|boot|collar|splint)|sit for (?:\w+ ){0,2}hours?|use (?:the |my |a |his |her )?(?:exercise bike|stationary bike|bike|treadmill|hot tub|jacuzzi))`;

const ACTIVITY = String.raw`(?:driv\w*|golf\w*|tennis|pickleball|run|running|jog\w*|swim\w*|gym|sports?|ski\w*|football|soccer|basketball|yoga|pilates|lift weights|lifting|fly|flying|work|sex|garden\w*|danc\w*|hik\w*|cycl\w*|ride|riding|climb\w*|bowl\w*|walk\w*|travel\w*)`;

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  // ───────────── emergency: call the local emergency number now ─────────────
  {
    id: "heavy-bleeding",
    syndrome: "bleeding",
    level: "emergency",
    description: "Heavy bleeding: a lot of blood, soaking dressings or towels, bleeding that will not stop.",
    effect: "symptom",
    en: [
      /\bbleed\w*\b(?:\s+\w+){0,3}?\s+(?:a lot|loads|heavily|badly|bad|wont stop|will not stop|everywhere|through|like crazy|non ?stop|profusely|lots|so much|really bad)/,
      /\b(?:heavy|heavily|lots of|so much|a lot of|loads of|pouring|gushing|tons of)\s+(?:\w+\s+){0,2}(?:blood|bleeding)\b/,
      /\bblood\b(?:\s+\w+){0,3}?\s+(?:everywhere|pouring|gushing|wont stop|soak\w*|all over)/,
      /\bsoaked (?:through|the)\b(?:\s+\w+){0,3}\s+(?:towels?|dressing|bandage|blood)/,
      /\bcant stop the bleeding\b|\bhemorrhag\w*|\bhaemorrhag\w*/,
      /\bsoak\w*\s+(?:\w+\s+){0,2}(?:with|in|through|of) blood\b|\b(?:dressing|bandage|towel|gauze|sheets?)s?\b(?:\s+\w+){0,3}?\s+(?:soaked|drenched|full of blood|covered in blood)(?!\s+(?:with|in|by|from)\s+(?:\w+\s+)?(?:yellow|green|clear|cloudy|creamy|pus|fluid|gunk|goo|discharge|liquid|water|stuff|rain|sweat|coffee|tea|juice|milk|wine|shower|bath|pool|pee|urine))/,
      /\bblood\b(?:\s+\w+){0,2}?\s+(?:dripping|running|pouring|gushing|spurting|squirting)\b/,
    ],
    es: [
      /\bsangr\w*\s+(?:\w+\s+){0,2}(?:mucho|muchisimo|sin parar|bastante)\b/,
      /\bno (?:para|deja|paro) de sangrar\b/,
      /\bmucha sangre\b|\bsangrado (?:abundante|fuerte|que no para)\b|\bhemorragia\b/,
      /\bempapad\w+ (?:de sangre|\w+ toallas?)/,
    ],
  },
  {
    id: "cauda-equina",
    syndrome: "cauda-equina",
    level: "emergency",
    description: "New loss of bladder or bowel control, or numbness in the groin/saddle area (with back pain).",
    effect: "symptom",
    en: [
      // "Nearly peed myself laughing" is an idiom.
      /\b(?=wet|peed|pissed|soiled|pooed|pooped)(?<!\b(?:nearly|almost) )(?:wet|peed|pissed|soiled|pooed|pooped)\s+(?:myself|my pants|the bed|himself|herself)\b(?!\s+(?:laughing|from laughing|with laughter))/,
      /\b(?:lost|losing|no|loss of|cant)\s+control\s+(?:of\s+|over\s+)?(?:my\s+)?(?:bladder|bowels?|pee|poo|urine|wee)\b/,
      /\b(?:cant|cannot|couldnt)\s+(?:feel|tell)\s+(?:when|if)\s+i\s+(?:need to\s+)?(?:pee|wee|go|urinate|poo)\b/,
      /\b(?:cant|cannot|couldnt) (?:pee|urinate|wee)\b/,
      /\bnumb\w*\s+(?:\w+\s+){0,3}(?:between (?:my|the|his|her) legs|groin|saddle|genitals|privates?|private parts|down there|bottom|buttocks|backside|bum|crotch|inner thighs|perineum)\b/,
      /\b(?:groin|saddle|crotch|genitals|private parts|between (?:my|the) legs)\b(?:\s+\w+){0,3}?\s+(?:numb\w*|tingl\w*|no feeling|dead)/,
      /\b(?:cant|cannot) feel (?:my )?(?:bottom|bum|groin|genitals|private parts|down there)\b/,
      /\b(?:cant|cannot|couldnt|dont|didnt|no)\s+(?:\w+\s+){0,2}feel\w*\s+(?:\w+\s+){0,2}(?:down there|when i wipe|wiping|toilet paper|my (?:bottom|bum|groin|privates|genitals|private parts))\b/,
      /\bnumb\w* when (?:i )?wip\w*|\b(?:trouble|difficulty|struggling|problems?) (?:peeing|urinating|weeing|going for a wee|passing urine|emptying my bladder)\b/,
    ],
    es: [
      /\b(?=me )(?<!\b(?:casi|por poco) )me (?:orine|hice pis|hice popo|hice encima|mee|hice del bano)\b(?! de (?:la )?risa)/,
      /\b(?:perdi|pierdo|sin|perdida del?) (?:el )?control (?:de|del) (?:la orina|la vejiga|los esfinteres|esfinteres|el intestino|intestino|vientre)\b/,
      /\bno (?:controlo|aguanto|puedo controlar) (?:la orina|el pis|la vejiga|el intestino)\b/,
      /\bno siento (?:nada )?(?:al limpiarme|ahi abajo|la zona intima|los genitales)\b|\bno puedo orinar\b|\bme cuesta orinar\b/,
      /\b(?:dormid\w*|adormecid\w*|entumecid\w*|durmio|hormigueo|no siento|sin sensibilidad|acorchad\w*)\b(?:\s+\w+){0,4}?\s+(?:entre las piernas|ingle|zona intima|genitales|entrepierna|nalgas|trasero|gluteos)\b/,
      /\b(?:entre las piernas|ingle|zona intima|genitales|entrepierna|nalgas|trasero)\b(?:\s+\w+){0,3}?\s+(?:dormid\w*|adormecid\w*|entumecid\w*|acorchad\w*|sin sensibilidad)/,
    ],
  },

  // ───────────── urgent: a clinician the same day ─────────────
  {
    id: "limb-numbness-weakness",
    syndrome: "neuro",
    level: "urgent",
    historyCancels: true,
    fadesWhenResolved: true,
    // Numbness, tingling and pins and needles are read by the concept catalogue (neuro.ts), which knows the numb patch by a scar.
    description: "A limb that cannot feel, move, lift or hold, or goes weak; a leg giving way.",
    effect: "symptom",
    en: [
      /\b(?:cant|cannot|couldnt)\s+feel\s+(?:my\s+)?(?:foot|feet|leg|legs|toes|hand|hands|fingers|arm|arms)\b/,
      // Legs "dead" after step-ups or squats are tired legs.
      /\b(?:leg|legs|arm|arms|hand|hands|foot|knee|ankle)\b(?:\s+\w+){0,3}?\s+(?:weak|weakness|gave (?:way|out)|giving (?:way|out)|buckl\w*|went dead|(?<!\b(?:step ups?|squats?|lunges?|stairs|bridges|workout|session|sets|reps|wall sits?|leg day|gym|training|spin class|hike|run)\b.{0,30})dead)\b/,
      /\bweak(?:ness)?\s+(?:\w+\s+){0,2}(?:leg|legs|arm|arms|hand|hands|foot)\b/,
      /\bfoot drop\b|\bcant lift my (?:foot|leg|arm)\b/,
      /\b(?:losing|lost|loss of) (?:the |my |all |some )?(?:strength|power|grip) (?:in|of|from) (?:my|his|her|the) (?:\w+ )?(?:hand|arm|leg|foot|fingers|hands|arms|legs|feet)\b/,
      /\b(?:arm|hand|leg|foot|fingers)\b(?:\s+\w+){0,2}?\s+(?:wont|doesnt|cant|will not|isnt)\s+(?:work\w*|move|moving|respond\w*|grip|hold|go up|come up|lift|raise|rise|straighten)\b/,
      /\b(?:cant|cannot|couldnt)\s+(?:move|lift|grip|grasp)\s+(?:with\s+)?(?:my|his|her)\s+(?:arm|hand|leg|foot|fingers)\b/,
      // Not the buckle of a belt or a shoe, nor buckling up or down, or someone in (blanked when it is someone else: "buckled ____ in").
      /\b(?<!\b(?:belt|seatbelt|shoe|strap|boot|sandal|the|a|an|my|his|her|your|its) )buckl(?:e|es|ed|ing)\b(?! (?:up|down)\b)(?! (?:\w+ ){1,2}(?:in|up)\b(?! (?:the|a|my|his|her|pain|agony)\b))(?! _)|\bgave (?:way|out)\b|\bgiving (?:way|out)\b/,
    ],
    es: [
      /\bhormigue\w*|\bcosquille\w*|\badormecimiento\b|\bentumecimiento\b/,
      // Not a foot gone to sleep from how it lay: "se me durmió el pie de estar con las piernas cruzadas".
      new RegExp(String.raw`\bse me (?:durmio|duerme|adormece|adormecio|entumecio)\b(?![^.!?]{0,40}\b${FROM_HOW_IT_WAS_HELD})`),
      /\b(?:pierna|brazo|mano|pie|dedos|piernas|brazos|manos|pies)\b(?:\s+\w+){0,2}?\s+(?:dormid\w*|adormecid\w*|entumecid\w*|debil\w*|sin fuerza|acorchad\w*)/,
      // The limb named, then said of: "me dio un aire en la pierna, la tengo dormida desde ayer".
      /\b(?:pierna|brazo|mano|pie|piernas|brazos|manos|pies)\b[^.;!?]{0,20}\b(?:la|lo|las|los) (?:tengo|tiene|siento|siente|noto|nota) (?:\w+ )?(?:dormid|adormecid|entumecid|entumid|acorchad)\w*/,
      /\bno siento (?:el pie|los pies|la pierna|las piernas|la mano|las manos|los dedos|el brazo)\b/,
      /\bdebilidad\b|\bperdi fuerza\b/,
      // The strength leaving a limb: "se me va la fuerza de la mano izquierda", "perdiendo fuerza en el brazo".
      /\bse (?:me|le) (?:va|iba|fue|esta yendo|ha ido) (?:\w+ )?la fuerza (?:de|del|en) (?:la |el |los |las |mi |su )?(?:\w+ )?(?:mano|brazo|pierna|pie|manos|brazos|piernas|pies|dedos)\b|\bperdiendo (?:la )?fuerza (?:de|del|en) (?:la |el |los |las |mi |su )?(?:mano|brazo|pierna|pie|manos|brazos|piernas|pies|dedos)\b/,
      /\bno (?:puedo|puede) mover (?:el brazo|la mano|la pierna|el pie|los dedos)\b|\bsin fuerza en (?:el brazo|la mano|la pierna|el pie)\b/,
      /\bse me (?:dobl\w+|va|fue) (?:la rodilla|la pierna)\b/,
    ],
  },
  {
    id: "pop-or-giving-way",
    syndrome: "injury",
    level: "urgent",
    historyCancels: true,
    description: "A pop, snap or dislocation in a joint with sudden sharp pain or loss of movement.",
    effect: "symptom",
    en: [
      /\b(?:pop\w*|snap\w*|clunk\w*|crack\w*|tore|torn|ripped)\b(?:\s+\w+){0,4}?\s+(?:in|from)\s+(?:my|the|his|her)\s+(?:knee|shoulder|hip|back|ankle|calf|achilles|elbow|wrist|hamstring|leg|arm|neck|tendon|groin)\b/,
      /\bsomething\s+(?:\w+\s+)?(?:pop|popped|snapped|tore|ripped|went|gave)\b/,
      /\b(?:knee|shoulder|hip|ankle|kneecap)\b(?:\s+\w+){0,2}?\s+(?:popped|snapped|dislocated|went out|popped out|slipped out|locked)\b/,
      /\bdislocat\w*/,
    ],
    es: [
      /\b(?:chasquido|crujido|tronido|trono|pop|crack|tirón)\b/,
      /\bse me (?:salio|disloco|zafo)\b|\bluxaci\w*/,
    ],
    alsoNeeds: PAIN_WORDS,
  },
  {
    id: "pain-much-worse",
    syndrome: "high-pain",
    level: "urgent",
    historyCancels: true,
    description: "Pain much worse than before, or worse and not settling with rest; cannot bear weight.",
    effect: "symptom",
    en: [
      /\b(?:much|way|a lot|lots|significantly|considerably|really|so much|far|getting|loads)\s+worse\b|\b(?:much|way|a lot|far|so much)\s+more\s+painful\b/,
      /\bworse and worse\b/,
      /\b(?:hurts?|hurting|pain\w*|aches?|aching) (?:\w+ ){0,3}(?:much|way|a lot|far|so much) more than (?:before|yesterday|last week|usual|normal)\b[^.!?]*\b(?:not|isnt|wont|doesnt|hasnt|never|nothing)\s+(?:\w+\s+)?(?:settl\w*|eas\w*|help\w*|calm\w*|going away)/,
      /\bworse\b(?:\s+\w+){0,8}?\s+(?:not|isnt|wont|doesnt|hasnt|never)\s+(?:\w+\s+)?(?:settl\w*|eas\w*|going away|gone away|calming|improving)/,
      /\b(?:cant|cannot|couldnt) (?:put|bear) (?:any )?weight\b|\bcant walk\b(?! (?:\w+ ){0,2}without (?:it|them|my|the|his|her)\b)(?! (?:(?:my|the|his|her|our) (?:dogs?|puppy|kids|children|grandkids|son|daughter)\b|_))/,
      // Told in numbers: "went from 2/10 last week to 7 all the time, icing doesn't help".
      /\b(?:from|was) (?:a |an )?[0-3](?:\/10)?\b(?:\s+\w+){0,4}?\s+(?:to|now|and now|up to) (?:a |an )?(?:[7-9]|10)\b[^.!?]*?\b(?:(?:doesnt|dont|didnt|not|nothing|wont|isnt|no) (?:\w+ ){0,3}(?:help\w*|settl\w*|eas\w*|work\w*|calm\w*)|all the time|constant\w*)/,
    ],
    es: [
      /\b(?:mucho|muchisimo|bastante) peor\b|\bcada (?:vez|dia) (?:mas )?peor\b|\b(?:va|ido) a mas y a mas\b|\bcada (?:vez|dia) (?:me )?(?:duele|duelen|molesta) mas\b/,
      /\bpeor\b(?:\s+\w+){0,6}?\s+no (?:se )?(?:me )?(?:pasa|quita|calma|mejora)/,
      /\b(?:duele|duelen|dolor|molesta)\w* (?:\w+ ){0,3}(?:mucho|muchisimo|bastante) mas que (?:antes|ayer|la semana pasada|el otro dia|de costumbre|lo normal)\b[^.!?]*\bno (?:se )?(?:me |le )?(?:calma|quita|pasa|mejora)/,
      /\bno puedo (?:apoyar|caminar)\b/,
      /\b(?:de|era|estaba en) (?:un |una )?[0-3](?: de 10)?\b(?:\s+\w+){0,4}?\s+(?:a|ahora|y ahora) (?:un |una )?(?:[7-9]|10)\b[^.!?]*?\b(?:no (?:\w+ ){0,3}(?:ayuda\w*|calma\w*|mejora\w*|pasa|quita|sirve\w*)|todo el (?:dia|tiempo)|constante\w*)/,
    ],
  },

  // ───────────── therapist: routine review ─────────────
  {
    id: "exercise-stopped-by-pain",
    syndrome: "therapist",
    level: "therapist",
    description: "Cannot do, stopped or skipped an exercise because it hurts.",
    effect: "symptom",
    en: [
      /\b(?:cant|cannot|couldnt|unable to|not able to)\s+(?:do|finish|manage|get through|complete)\b[^.!?;]*\b(?:hurt\w*|pain\w*|sore|ache|aching|pinch\w*|twinge\w*)\b/,
      /\b(?:had to stop|stopped|skip\w*|left (?:it |them |that one )?out|gave up|give up|quit|avoid\w*)\b(?!\s+(?:hurting|feeling|aching|being|smiling))[^.!?;]*\b(?<!\b(?:no|without|zero|not in any|any|doesnt|dont|didnt|wont|not|nothing|never|nobody|none)(?: \w+)? )(?:hurt\w*|pain\w*|painful|pinch\w*|twinge\w*|(?:because|bc|cos|cause|due to|as)\b[^.!?;]*\bsore)\b/,
      /\b(?:hurt\w*|pain\w*|painful|pinch\w*|twinge\w*|sore so)\b[^.!?;]*\b(?:cant do|couldnt do|cant finish|couldnt finish|had to stop|(?<!\b(?:pain|hurting|ache|aching|twinges?|soreness|it)(?: has| had| just| finally| totally)? )stopped(?!\s+(?:hurting|feeling|aching))|skipped|left (?:it |them |that one )?out|gave up|quit|cant manage|couldnt manage)\b/,
      /\btoo (?:painful|sore)\b|\bhurts? too much\b|\bhurting too much\b/,
      // The reason said after a skip: "the bird dog no, my back was killing me".
      /\b(?:no|not|skipped|skip|didnt|couldnt)\b[,;]? (?:\w+ ){0,3}(?:back|knee|hip|shoulder|neck|leg|arm|foot|ankle)s? (?:was|is|s|were|are) (?:killing|murdering) me\b/,
    ],
    es: [
      /\bno (?:puedo|pude|podia|logro|consigo) (?:hacer|terminar|completar)\b[^.!?;]*\b(?:duele|dolor\w*|molest\w*|tirones?|pinchazos?|punzadas?|(?:me|te|le) (?:jala\w*|tira\w*|mata\w*))\b/,
      /\b(?:duele|dolor\w*|molest\w*|tirones?|pinchazos?|punzadas?)\b[^.!?;]*\b(?:no (?:(?:lo|la|los|las) )?(?:puedo|pude|podia) (?:hacer|terminar)|deje de|tuve que (?:parar|dejar)|me (?:lo|la|los|las) salte)\b/,
      /\bduele demasiado\b|\bdemasiado dolor\b/,
    ],
    notHypothetical: true,
  },
  {
    id: "asks-for-therapist",
    syndrome: "therapist",
    level: "therapist",
    description: "Asks to talk to, or be called by, their therapist, doctor or a person.",
    effect: "request",
    en: [
      /\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:my\s+|the\s+|a\s+|an\s+)?(?:therapist|physio\w*|pt|doctor|dr|clinician|someone|somebody|person|human|real person|surgeon|nurse)\b/,
      /\b(?:call|appointment|appt|meeting|session|chat)\s+with\s+(?:my\s+|the\s+)?(?:therapist|physio\w*|pt|doctor|dr)\b/,
      /\b(?:therapist|physio\w*|pt|doctor|dr \w+)\s+(?:to\s+)?(?:call|ring|phone|contact|text|message)\s+me\b/,
      // …not a relative who rang: "had to stop because my wife call me for the lunch".
      /(?<!\b(?:my|his|her) (?:wife|husband|son|daughter|mom|mum|dad|mother|father|friend|boss|sister|brother|neighbou?r|kids?|grandson|granddaughter) )\b(?:call|ring|phone) me\b(?! (?:an? )?(?:uber|lyft|taxi|cab|ride|car)\b)/,
      /\bhave (?:someone|somebody|my therapist|the therapist) (?:call|contact)\b/,
      /\b(?:a )?call (?:from|with) (?:my |the |a )?(?:therapist|physio\w*|pt|doctor|dr|clinic|someone|nurse)\b/,
      // Not the eagerness to see them at the visit booked: "dying to see my PT on Thursday to show off".
      /(?<!\b(?:dying|cant wait|can not wait|looking forward|excited|so ready|waiting) to )\b(?:call|ring|contact|reach|see|message|email|get in touch with|book (?:in )?with|appointment with)\s+(?:my|the|a)\s+(?:therapist|physio\w*|pt|doctor|dr|surgeon|clinic|nurse)\b/,
      /\b(?:therapist|physio\w*|pt|doctor|clinic|nurse)\b[^.?!]{0,20}?\b(?:call|ring|phone|contact|get in touch|reach out)\b/,
      /\bgive (?:me|us|him|her) a (?:call|ring|phone call|bell)\b/,
      /\b(?:therapist|physio\w*|pt|doctor|nurse|someone|somebody)\b[^.?!]{0,20}?\bcome (?:and |to |round to |over to |out to |out and |over and |round and |by and |by to )?(?:see|visit|check on|look at)\b/,
      /\b(?:book|make|schedule|arrange|set up|get|need|want)\s+(?:me\s+)?(?:a|an|another)\s+(?:visit|appointment|appt|check ?up|session|home visit|follow ?up|review|consultation|consult)\b/,
      /\b(?:see|seen|visit)\s+(?:someone|somebody|a (?:person|physio|therapist|doctor|nurse)|the (?:physio|therapist)|my (?:physio|therapist))\s+(?:in person|face to face)\b/,
    ],
    es: [
      /\bhablar con\s+(?:mi\s+|el\s+|la\s+|un\s+|una\s+)?(?:terap(?:euta|ista)|fisio\w*|doctor\w*|medic\w*|alguien|persona)\b|\bhablar (?:contigo|con usted)\b/,
      // Asking for an appointment, not telling of one: "tenía cita con el médico y se me hizo tarde".
      /\bque me llam\w+\b|\bllam(?:e|en)me\b|\b(?:agendar|agendarme|pedir|sacar|darme|dar|adelantar|adelantarme|conseguir|hacerme|programar|me dan|me pueden dar) (?:una |otra |la )?cita con\b/,
      /\b(?:me|nos|le) (?:puede|pueden|puedes|podria|podrian|podrias) (?:llamar|marcar|hablar)\b|\b(?:quiero|quisiera|necesito|me gustaria) (?:una |otra )?(?:cita|consulta|visita|llamada)\b/,
      /\b(?:contactar|llamar|ver|consultar)\s+(?:a|con)?\s*(?:mi|el|la)\s+(?:terap(?:euta|ista)|fisio\w*|doctor\w*|medic\w*)\b|\bllamada (?:de|con|del)\b/,
    ],
  },
  {
    id: "exercise-difficulty",
    syndrome: "therapist",
    level: "therapist",
    description: "An exercise is too hard or too easy; asks for an easier or harder version.",
    effect: "request",
    en: [
      /\btoo\s+(?:hard|easy|difficult|challenging|tough|simple|heavy|light)\b/,
      /\btoo much for (?:me|him|her|them)\b/,
      /\b(?:easier|harder|simpler|gentler)\s+(?:version|one|option|exercise|variation|alternative|way)\b/,
      /\bnot (?:hard|challenging|difficult) enough\b|\bno challenge\b|\bbarely (?:break a sweat|feel (?:it|them|anything))\b/,
      /\b(?:make|making) (?:them|it|this|these|the \w+(?: \w+)?) (?:harder|easier|more challenging|less challenging|tougher|gentler)\b|\b(?:something|anything|exercises|ones|version) (?:harder|easier|more challenging|tougher|gentler)\b/,
    ],
    es: [
      /\bdemasiado\s+(?:facil\w*|dificil\w*|dur\w*|pesad\w*|sencill\w*)\b/,
      /\bmuy\s+(?:facil\w*|dificil\w*)\b/,
      /\b(?:son|estan|me parecen|se me hacen|me resultan) (?:muy |demasiado )?(?:pesad[oa]s|dur[oa]s|complicad[oa]s)\b/,
      /\b(?:version|opcion|ejercicio|forma) mas (?:facil|sencill\w*|dificil|suave)\b/,
      /\b(?:me|le|nos) cuestan (?:mucho|muchisimo|demasiado|un monton|bastante)\b|\b(?:ejercicios?|sentadillas?|puentes?|estocadas?|planchas?) (?:\w+ )?(?:me|le|nos) cuesta\w* (?:muchisimo|demasiado|un monton)\b/,
      /\balgo mas (?:dificil|facil|sencill\w*|suave|exigente|duro)\b|\b(?:me )?(?:salen|resultan|parecen|son) (?:muy |demasiado )?(?:faciles|facil|dificiles|dificil)\b/,
    ],
  },
  {
    id: "equipment-problem",
    syndrome: "therapist",
    level: "therapist",
    description: "Exercise equipment missing, never arrived, lost or broken.",
    effect: "request",
    en: [
      new RegExp(String.raw`\b${EQUIPMENT}\b(?:\s+\w+){0,5}?\s+(?:snap+e?d|broke|broken|ripped|torn|tore|cracked|split|popped|burst|deflated|punctured|has a (?:hole|tear|rip|split|crack)|(?:hole|tear|rip|split|crack) in it|lost|missing|never (?:came|arrived|showed up)|didnt (?:come|arrive)|hasnt (?:come|arrived)|stolen|wore out|worn out)\b`),
      new RegExp(String.raw`\b(?:dont|do not|didnt|doesnt|does not|never) (?:have|got|get|receive\w*)\s+(?:(?:a|the|any|my|his|her)\s+)?(?:\w+\s+)?${EQUIPMENT}\b`),
      new RegExp(String.raw`\b(?:lost|broke|snapped|cracked|ripped)\s+(?:my|the)\s+(?:\w+\s+)?${EQUIPMENT}\b`),
    ],
    es: [
      /\b(?:banda|liga|elastico|cinta(?: elastica)?|pelota|pesas?|mancuernas?|escalon|step|rodillo|equipo|material|theraband)\b(?:\s+\w+){0,3}?\s+(?:se rompio|rot[oa]|no (?:me )?(?:llego|ha llegado)|se (?:me |nos )?perdi\w*|perdid[oa]s?|perdi\b)/,
      /\bse (?:me |le )?(?:rompio|poncho|revento|desinflo|pincho|ha roto|ha ponchado|ha reventado|ha desinflado|ha pinchado|solto|ha soltado) (?:la|el|una|un) (?:banda|liga|elastico|cinta|pelota|escalon|pesa|mancuerna)\b/,
      /\b(?:banda|liga|elastico|pelota|rodillo|pesas?)\b(?:\s+\w+){0,3}?\s+(?:tiene|trae) (?:un |una )?(?:hoyo|agujero|rotura|corte|raja|grieta)\b/,
      /\bno (?:tengo|tiene|tenemos) (?:la |el |una |un |unas |unos )?(?:banda|liga|elastico|pelota|pesas|escalon|rodillo|silla con brazos|silla firme|escaleras|barandal|banco)\b/,
      /\bno (?:me |nos |le )?(?:ha |han )?(?:llego|llegaron|llegado|mandaron|enviaron|dieron) (?:la |el |las |los |ningun\w* )?(?:banda|liga|elastico|pelota|pesas?|escalon|rodillo|equipo|material|theraband|mancuernas?)\b/,
    ],
  },
  {
    id: "question-for-clinician",
    syndrome: "therapist",
    level: "therapist",
    description: "A question the exercise library cannot answer: medicines, return to driving/sport/work, scans, surgery.",
    effect: "request",
    questionsOnly: true,
    en: [
      // Not an errand: "can you grab my prescription from Boots?", "is my prescription ready to collect?".
      new RegExp(String.raw`(?<!\b(?:grab|fetch|collect|pick up|picking up|get) (?:my |his |her |the )?)(?<!\b(?:price of|how much (?:is|are|does|do|for)) (?:the |my )?(?:\w+ )?)\b${MEDICINE}\b(?![^.!?]{0,30}\b(?:ready|to collect|collected|pick(?:ed)? up|pickup|from (?:boots|the pharmacy|the chemist|cvs|walgreens)))(?![^.!?]{0,40}\b(?:remind me to (?:buy|get|order|pick)|buy more|order more|get more))${IN_THE_ASKED_SENTENCE}`),
      new RegExp(String.raw`\b(?:go back to|get back to|back to|return to|be able to|able to|allowed to|safe to|ok to|okay to|resume|start)\s+(?:\w+\s+)?${ACTIVITY}\b`),
      new RegExp(String.raw`\b(?:can|could|may|should|when can|when will|how soon can) i (?:go |go to (?:my |a |the )?|do (?:my |a |the |some )?|start |play |be able to |get back to |return to )?(?:some )?${ACTIVITY}\b`),
      /\b(?:stitches|staples|incision|wound|scar|dressing|sutures?)\b/,
      new RegExp(String.raw`\b(?:can|could|may|should|when can|when could|how soon can|is it (?:ok|okay|safe|fine|alright)(?: for (?:me|him|her))? to|am i (?:allowed|ok|okay|safe) to|(?:is|are) (?:he|she|we) (?:allowed|ok|okay|safe) to) (?:i |he |she |we )?(?:\w+ ){0,4}${RESTRICTION}\b`),
      /\bhow (?:much )?long(?:er)? (?:do|does|should|must) (?:i|he|she) (?:have to |need to )?(?:keep|wear|use|sleep|stay|sit|leave)\b/,
      // Whether to push through pain: "is it ok to keep going if it hurts a bit?".
      /\b(?:ok|okay|safe|fine|alright|normal) to (?:keep going|keep doing|continue|carry on|push through|work through)\b(?:\s+\w+){0,4}\s+(?:if|when|while|with|through)\b/,
      // Whether an exercise is safe for them or the baby: "should I be worried about the chin tucks with my neck?", "safe for the baby?".
      /\b(?:safe|ok|okay|bad|dangerous) for (?:the|her|my|our) (?:baby|pregnancy|bump)\b/,
      /\bshould i (?:be )?(?:worried|concerned|worry) about (?:\w+ ){0,4}(?:with|for|because of|given|on) my \w+|\b(?:is|are) (?:it|this|that|they|these|those|the \w+) (?:\w+ )?(?:dangerous|risky|safe) (?:for|with) (?:me|my|someone|people|a person)\b/,
      // Whether to progress faster: "pressure from work to get back, can we speed things up?".
      /\b(?:speed (?:things|this|it|my recovery|the program|the plan) up|(?:move|progress|go) (?:things )?(?:along )?(?:faster|quicker|sooner)|ramp (?:things|it) up)\b/,
      // Whether to progress: "walked 30 instead of 20, ok to do 30 every day now?".
      /\b(?:ok|okay|safe|fine|alright) to (?:do|go|walk|add|increase|try) (?:\d+|more|longer|further|extra|heavier)\b/,
      // Exercising with another condition or its treatment: "my pressure was 162/98, should I still do them?".
      new RegExp(String.raw`\b${OTHER_CONDITION}\b.*\b${ASKS_IF_TO_EXERCISE}\b|\b${ASKS_IF_TO_EXERCISE}\b.*\b${OTHER_CONDITION}\b`),
      // "…until after my surgery" dates a pause; it asks nothing about the surgery.
      // A scan booked is a date, not a question: "my MRI is Thursday, can you skip the reminder?".
      /\b(?<!\b(?:have|got|having|booked) (?:my |an |a |the )?)(?:mri|x-?rays?|ct scan|ultrasound|blood test)\b(?! (?:appointment|appt|booked|is (?:on|at|this|next|tomorrow|today|\w+day)|on \w+day|at \d|tomorrow|today|this \w+|next \w+))|\b(?:scan results|results|(?<!\b(?:until|till|til|untill) (?:after |before )?(?:my |the |his |her )?)(?:surgery|operation)|surgeon|diagnos\w*|prognosis|recovery time|how long until|how long till)\b/,
    ],
    es: [
      new RegExp(String.raw`(?<!\b(?:cuanto (?:cuesta|cuestan|vale|valen|sale|salen)|precio de(?:l)?) (?:el |la |los |las )?(?:\w+ )?)(?:\b(?:medicamentos?|medicinas?|pastillas?|pildoras?|analgesicos?|calmantes?|ibuprofeno|paracetamol|tramadol|naproxeno|diclofenaco|metamizol|nolotil|aspirina|codeina|algo para el dolor|relajantes?(?: muscular\w*)?|anticoagulantes?|receta(?! (?:de|para|del) (?:la |el |un |una )?(?:cena|comida|almuerzo|desayuno|pollo|pasta|arroz|pastel|torta|postre|sopa|ensalada|cocina|galletas|pan|carne|pescado|tortilla))|dosis|inyeccion)\b)${IN_THE_ASKED_SENTENCE}`),
      /\b(?:acelerar (?:el|la|mi|las|los) (?:recuperacion|programa|plan|cosas|rehabilitacion|rehab)|(?:ir|avanzar|progresar) mas (?:rapido|deprisa))\b/,
      /\b(?:deberia|debo|tengo que) preocupar\w*|\b(?:es|son) (?:\w+ )?(?:peligros[oa]s?|arriesgad[oa]s?|segur[oa]s?) (?:para (?:mi|alguien|una persona)|con (?:mi|la|el))\b/,
      /\bvolver al (?:gimnasio|gym|trabajo|deporte|futbol|equipo|entrenamiento|campo|club)\b/,
      /\b(?:volver a|puedo|podre|cuando podre|se puede)\s+(?:\w+\s+)?(?:manejar|conducir|correr|nadar|jugar|trabajar|ir al gimnasio|ir a la (?:piscina|alberca|pileta|playa)|hacer deporte|viajar|bailar|trotar)\b/,
      /\b(?:cuando|puedo|podre|podra|puede|se puede)(?: \w+){0,2} (?:quitar\w* (?:el |la |los |las )?(?:cabestrillo|ferula|bota|collarin|faja|rodillera|cunas|alzas)|dejar (?:el |la |los |las )?(?:muletas|baston|andador|cabestrillo|collarin|bota|ferula)|coger peso|cargar|apoyar (?:el|la) (?:pie|pierna)|subir (?:las )?escaleras|dormir (?:de lado|boca abajo|del lado)|tener relaciones|arrodillar\w*|cruzar las piernas)\b/,
      /\b(?:puedo|puede|podemos|pueden) (?:\w+ ){0,2}?(?:seguir )?(?:usar|usando|quitarme|quitarle|quitar) (?:el |la |las |los |mi |su )?(?:collarin|cabestrillo|ferula|bota|faja|rodillera|muletas|baston|andador|bici(?:cleta)? (?:estatica|fija)|cinta de correr)\b/,
      /\b(?:puedo|puede|podre|podra)(?: \w+){0,2} (?:coger|cargar|levantar) (?:a (?:mi|su) |al |a la )?(?:nieto|nieta|bebe|nino|nina|hijo|hija|peso|bolsas|compra)\b/,
      /\b(?:usar|uso|utilizar|usando) (?:\w+ ){0,4}(?:en vez de|en lugar de) (?:la |el |las |los |mi |una |un )?(?:banda|liga|pesas?|mancuernas?|pelota|plastilina|escalon|rodillo|cinta|silla)\b/,
      /\b(?<!\b(?:tengo|tiene|me hacen|me toca|le toca|me van a hacer|le van a hacer) (?:la |el |una |un |mi |su )?)(?:resonancia|radiografia)\b|\b(?:resultados|(?<!\bhasta (?:despues de |antes de )?(?:mi |la |su )?)(?:cirugia|operacion)|cirujano|diagnostico|herida|puntos|cicatriz|grapas)\b/,
    ],
  },
  {
    id: "low-mood",
    syndrome: "therapist",
    level: "therapist",
    description: "Low mood, hopelessness or wanting to give up, without self-harm.",
    effect: "mood",
    en: [
      /\b(?:feel\w*|been|so|really|very|im|am|pretty)\s+(?:\w+\s+){0,2}(?:down(?! to\b| from\b| the\b| by\b| again by\b)|depressed|hopeless(?! (?:at|with)\b)|miserable|low|useless(?! (?:at|with)\b)|worthless|defeated|discouraged|fed up|like giving up|like a failure)\b/,
      /\bwhats?\s+(?:even\s+)?the point\b|\bno point (?:in |doing |trying)(?!(?:these|them|the (?:texts|messages|msgs|reminders|sessions|pt|physio))\b)/,
      /\bnever (?:going to|gonna|get|getting|will) (?:get )?(?:better|well|recover)\b|\b(?:is|will) (?:this|it|my \w+) ever (?:going to |gonna )?(?:get better|improve|heal|recover)\b/,
      /\bnot getting (?:any )?better\b|\bgiv(?:e|ing) up\b(?! on the)|\bhopeless\b(?! (?:at|with)\b)|\bdepress\w*/,
      /\b(?:struggling|cant|cannot|unable|trying) to cope\b|\bnot coping\b/,
      /\blow mood\b|\banhedoni\w*|\b(?:just|so|really|all) flat\b|\bflat all the time\b/,
      // PHQ-2 in lay words: little interest or pleasure, feeling down or flat, crying.
      /\b(?:feel\w*|been|so|really|very|im|am|pretty)\s+(?:\w+\s+)?(?:flat|empty|numb inside|in a (?:dark|bad|low) place|unmotivated|weepy|teary|tearful)\b|\b(?:cant|cannot|couldnt) be bothered (?:with|to do) (?:anything|everything|life)\b|\b(?:lost|losing|no|not much|little|hardly any) (?:all )?(?:interest|joy|pleasure) in (?:anything|everything|life|things|stuff)\b|\b(?:crying|cry) (?:all the time|every day|a lot|constantly|for no reason)\b|\bnothing (?:makes me happy|to look forward to)\b/,
    ],
    es: [
      /\b(?:desa(?:ni|n|in)m\w*|desan\w{1,4}ad[oa]s?|deprimid\w*|triste|sin esperanza|sin ganas|desesperad\w*|decaid\w*)\b/,
      /\b(?:bajonead[oa]s?|de bajon|agüitad[oa]s?|aguitad[oa]s?|achicopalad[oa]s?|apachurrad[oa]s?|sin animo|sin animos|con el animo (?:por los suelos|bajo)|bajo de animo|baja de animo|(?:ya )?nada me (?:interesa|ilusiona|alegra|motiva|gusta|divierte)|(?:ya )?no disfruto (?:de )?nada|(?:he |ha )?perdido (?:el )?(?:interes|las ganas) (?:en|de|por) (?:todo|nada)|llor(?:o|ando|a) (?:todo el (?:dia|tiempo)|mucho|por todo|sin razon))\b/,
      /\bpara que seguir\b|\bno sirve de nada\b|\bno tiene sentido\b(?! que (?:me |le |nos )?(?:sigan|lleguen|llegue|manden|envien|escriban|mand\w+|envi\w+))(?! (?:ahora|por ahora|de momento|mientras|hasta))/,
      /\b(?:no (?:le )?(?:veo|encuentro) (?:ningun )?sentido a nada|(?:ya )?nada tiene sentido)\b/,
      /\bnunca voy a (?:mejorar|estar bien|recuperarme)\b/,
      /\bno veo (?:ninguna |ningun |nada de )?(?:mejoria|progreso|avance|mejora|resultado)/,
      /\bme (?:quiero rendir|rindo)\b|\btirar la toalla\b/,
    ],
  },
];

/** Pain scores escalate on their own (LABELS.md): 8–10 the same day, 5–7 for routine review. */
export function painScoreLevel(pain: number | null): { id: string; level: EscalationLevel } | null {
  if (pain === null) return null;
  if (pain >= 8) return { id: "pain-score-8-10", level: "urgent" };
  if (pain >= 5) return { id: "pain-score-5-7", level: "therapist" };
  return null;
}

const HYPOTHETICAL = /\b(?:if|si|in case|en caso de)\b/;

const correctTypos = typoCorrector([...CONCEPT_RULES, SAFETY_NET_RULE]);
/** Pictographs other than those a lexicon reads (a headstone, a coffin). */
const EMOJI = /(?![🪦⚰])\p{Extended_Pictographic}/u;
const EMOJI_RUN = /(?:(?![🪦⚰])\p{Extended_Pictographic}|\uFE0F|\u200D)+/gu;

export interface ScreenOptions {
  /** Plainly a question: an "if" in it is hypothetical. */
  isQuestion: boolean;
  /** Asks something, with or without a question mark: enough for the question-only rules. Defaults to isQuestion. */
  asks?: boolean;
  /** The stated pain score: a patient who rates it 0–4 has said it is mild, so the safety net stays off. */
  pain?: number | null;
}

/**
 * Screens a normalised message: the clinical concept catalogue (./concepts, one file per syndrome),
 * then this table of patterns, then the safety net. Every match is reported; the strictest level
 * wins and is never lowered. Who is speaking (the patient, a spouse, a parent) never matters.
 */
export function screenRedFlags(told: string, asked: ScreenOptions): RedFlagMatch[] {
  const owned = claimedAsTheirOwn(told);
  const text = withMineNamed(owned ?? told);
  // "Can I do the cat camel if it's numb down there? It started yesterday": a condition told as begun is no what-if.
  const options = asked.isQuestion && (owned !== null || TOLD_AS_BEGUN.test(text)) ? { ...asked, isQuestion: false } : asked;
  const byId = new Map<string, RedFlagMatch>();
  // A rule (of the catalogue or the table) is kept as its match: id, level and effect.
  const add = ({ id, level, effect }: RedFlagMatch) => {
    const seen = byId.get(id);
    if (!seen || levelRank(level) > levelRank(seen.level)) byId.set(id, { id, level, effect });
  };
  const conditionsMet = withConditionsMet(text);
  const withoutSomeoneElse = hideSomeoneElse(conditionsMet);
  const { aboutThePatient, masked } = maskedFor(conditionsMet, withoutSomeoneElse);
  // An emoji inside a phrase ("finger 👉 bent sideways") splits it: read again without them, and keep what either reading finds.
  const views = EMOJI.test(masked) ? [masked, masked.replace(EMOJI_RUN, " ").replace(/ +/g, " ")] : [masked];
  for (const view of views) for (const match of askedAfterAnAllClear(view, screenConcepts(view, CONCEPT_RULES, options), options)) add(match);
  for (const m of screenTable(aboutThePatient, options)) add(m);
  // A relative in trouble now, hidden as family news, still counts for an emergency: the writer is told to call for help.
  // Only a message with someone else's clause hidden can have one (most have none: no second pass).
  const withRelativesInTrouble = withoutSomeoneElse === conditionsMet ? conditionsMet : hideSomeoneElse(conditionsMet, { keepingRelativesInTroubleNow: true });
  if (withRelativesInTrouble !== withoutSomeoneElse) {
    const relatives = maskedFor(conditionsMet, withRelativesInTrouble);
    for (const rule of screenConcepts(relatives.masked, CONCEPT_RULES, options)) if (rule.level === "emergency") add(rule);
    for (const m of screenTable(relatives.aboutThePatient, options)) if (m.level === "emergency") add(m);
  }
  // "watched a show where a guy cuts himself… ive been doing that again": what the writer says they do too is theirs.
  if (withoutSomeoneElse !== conditionsMet && SAYS_IT_OF_THEMSELVES.test(conditionsMet)) {
    // Told as their own: "a guy cuts himself" is "cuts myself" for one who does it too.
    const asTheirOwn = conditionsMet.replace(/\b(\w+?)s? (?:himself|herself)\b/g, "$1 myself").replace(/\b(?:his|her)\b/g, "my");
    const theirsToo = maskedFor(asTheirOwn, asTheirOwn);
    for (const rule of screenConcepts(theirsToo.masked, CONCEPT_RULES, options)) if (rule.level === "emergency" || rule.level === "urgent") add(rule);
  }
  const explained = [...byId.values()].some((m) => m.effect !== "request" || m.level !== "therapist");
  const mildScore = options.pain !== undefined && options.pain !== null && options.pain <= 4;
  if (!explained && !mildScore && screenConcepts(masked, [SAFETY_NET_RULE], options).length > 0) {
    add(SAFETY_NET_RULE);
  }
  return [...byId.values()];
}

/** The writer saying they do or have it too: "ive been doing that again", "me too", "a mí me pasa lo mismo". */
const SAYS_IT_OF_THEMSELVES = /\b(?:(?:ive|i have) been|i(?:ve)? (?:started|keep|kept)|i) (?:doing|done|do|did|having|had|feeling|felt) (?:that|it|the same|this)(?: thing)? (?:again|too|as well|myself|lately|since|for)\b|(?:^|[.,;!?]\s*)(?:me too|same here|same with me|yo tambien|a mi tambien|yo igual)(?=\s*(?:[.,;!?]|$|actually|lol|haha|tbh|jaja))|\b(?:a mi me pasa lo mismo|me pasa lo mismo|lo mismo (?:me pasa|hago|tengo))\b/;

/**
 * A sign a clinician has since cleared, asked about ("the chest pain turned out to be reflux, all cleared. can I do planks?",
 * "la cirujana dijo que es normal… ¿sigo?"), is a question for the therapist: not the sign's own level, not nothing.
 */
const SAYS_AN_ALL_CLEAR = new RegExp(patternOf(RULED_OUT).source);
const CLEARED_SIGN_ASKED_ABOUT: RedFlagMatch = { id: "question-for-clinician", level: "therapist", effect: "request" };
function askedAfterAnAllClear(view: string, fired: readonly ConceptRule[], options: ScreenOptions): readonly RedFlagMatch[] {
  if (!options.isQuestion || !(SAYS_AN_ALL_CLEAR.test(view) || saysToWatchFor(view))) return fired;
  const notCleared = new Set(screenConcepts(view, CONCEPT_RULES, { ...options, allClearHeardInQuestions: true }));
  return fired.map((rule) => (notCleared.has(rule) || rule.level === "therapist" ? rule : CLEARED_SIGN_ASKED_ABOUT));
}

/**
 * Words that make a sign sound small, left out for the concepts: smallness in words never lowers a red flag ("me falta tantito el
 * aire", "tengo tantito entumida la cara", "a wee bit of pressure"). Not "a bit", "un poco" or "un poquito", which the mild lexicons read
 * ("me quedé sin aliento un poquito con la bici").
 */
const MADE_SMALL = / ?\b(?:tantito|tantita|un pelin|un pelito|a wee bit|a teeny(?: tiny)? bit|teeny(?: tiny)?|itty bitty|a tad|just a tad|kinda|sorta|sort of|kind of)\b/g;

/** The message with what is not a report about the patient blanked, for the pattern table, and further masked for the concepts. */
function maskedFor(conditionsMet: string, withoutSomeoneElse: string): { aboutThePatient: string; masked: string } {
  const hide = (phrase: string) => "_".repeat(phrase.length);
  // A word's other sense is read in the whole message, before other people's clauses are blanked: "passed out on the couch watching the game (fell asleep lol)".
  const withoutHarmlessCauses = withoutSomeoneElse.replace(patternOf(RETRACTED), hide).replace(patternOf(DREAMT), hide).replace(patternOf(HARMLESS_CAUSE), hide);
  const aboutThePatient = blankWhere(patternOf(ANOTHER_SENSE), conditionsMet, withoutHarmlessCauses).replace(patternOf(SELF_HARM_DENIED), hide);
  const masked = correctTypos(aboutThePatient.replace(patternOf(EXERCISE_NAMES), hide).replace(MADE_SMALL, "")).replace(patternOf(SITE_SAID_FINE), hide);
  return { aboutThePatient, masked };
}

/** `target` (the same length as `source`) with every place the global pattern matches in `source` blanked. */
function blankWhere(pattern: RegExp, source: string, target: string): string {
  let out = target;
  pattern.lastIndex = 0;
  for (const m of source.matchAll(pattern)) out = out.slice(0, m.index) + "_".repeat(m[0].length) + out.slice(m.index + m[0].length);
  return out;
}

const bothLanguages = new WeakMap<RedFlagRule, RegExp[]>();
function patternsOf(rule: RedFlagRule): RegExp[] {
  let patterns = bothLanguages.get(rule);
  if (patterns === undefined) bothLanguages.set(rule, (patterns = [...rule.en, ...rule.es]));
  return patterns;
}

/** A sign of an old injury that still limits the patient is not new, and still for the therapist to review. */
const OLD_INJURY_STILL_LIMITS: RedFlagMatch = { id: "old-injury-still-limits", level: "therapist", effect: "symptom" };

/** The pattern table above: every rule whose patterns match, undenied and not hypothetical. */
function screenTable(text: string, options: ScreenOptions): RedFlagMatch[] {
  const matches: RedFlagMatch[] = [];
  for (const rule of RED_FLAG_RULES) {
    if (rule.questionsOnly && !(options.asks ?? options.isQuestion)) continue;
    const evenIfDenied = rule.denialDoesNotCancel ?? false;
    const hit = firstUndenied(text, patternsOf(rule), { evenIfDenied, isQuestion: evenIfDenied ? false : options.isQuestion, historyCancels: rule.historyCancels, fadesWhenResolved: rule.fadesWhenResolved, longAgoCancels: rule.level !== "therapist", baselineCancels: usualIsNoAlarm(rule) });
    if (hit === null) {
      // Only a sign that is still there: one said to have gone is neither new nor limiting.
      const saidOfOldInjury = rule.historyCancels && firstUndenied(text, patternsOf(rule), { isQuestion: options.isQuestion, fadesWhenResolved: rule.fadesWhenResolved, baselineCancels: usualIsNoAlarm(rule) }) !== null;
      if (saidOfOldInjury && (!rule.alsoNeeds || firstUndenied(text, rule.alsoNeeds) !== null)) matches.push(OLD_INJURY_STILL_LIMITS);
      continue;
    }
    if (rule.alsoNeeds && firstUndenied(text, rule.alsoNeeds) === null) continue;
    if (rule.notHypothetical && HYPOTHETICAL.test(text.slice(0, hit + 40)) && options.isQuestion) continue;
    matches.push({ id: rule.id, level: rule.level, effect: rule.effect });
  }
  return matches;
}

export function strictestLevel(matches: readonly { level: EscalationLevel }[]): EscalationLevel {
  return maxLevel(...matches.map((m) => m.level));
}

/** Index of the first match of any pattern that no denial cancels and no "if" makes hypothetical, or null. */
/** What cancels a match in `firstUndenied`, beyond a denial: each off unless said. */
interface Undenied {
  evenIfDenied?: boolean;
  isQuestion?: boolean;
  historyCancels?: boolean;
  fadesWhenResolved?: boolean;
  /** Told in the past and dated long ago, it is no report (a question about it still is the therapist's). */
  longAgoCancels?: boolean;
  /** Told as the patient's usual, unchanged (concepts/screen.ts isBaselineAt). */
  baselineCancels?: boolean;
}

function firstUndenied(text: string, patterns: readonly RegExp[], { evenIfDenied = false, isQuestion = false, historyCancels = false, fadesWhenResolved = false, longAgoCancels = false, baselineCancels = false }: Undenied = {}): number | null {
  for (const pattern of patterns) {
    // exec on the shared compiled pattern: matchAll would clone the regular expression on every call.
    const global = globalVersion(pattern);
    global.lastIndex = 0;
    for (let m = global.exec(text); m !== null; m = global.exec(text)) {
      if (m[0].length === 0) global.lastIndex++;
      const index = m.index;
      if (evenIfDenied) return index;
      if (isNegatedAt(text, index) || isAnsweredNoAfter(text, index + m[0].length) || isHypotheticalAt(sentenceBefore(text, index), index - sentenceStart(text, index), isQuestion)) continue;
      if (historyCancels && isHistoryAt(text, index)) continue;
      // As the concept screen hears it: "I used to get numb down there before my surgery".
      if (longAgoCancels && isLongAgoAt(text, index)) continue;
      if (baselineCancels && isBaselineAt(text, index)) continue;
      if (fadesWhenResolved && isResolvedAt(text, index, index + m[0].length)) continue;
      return index;
    }
  }
  return null;
}

function sentenceStart(text: string, index: number): number {
  const before = text.slice(0, index);
  const m = /[.!?;¡¿\n][^.!?;¡¿\n]*$/.exec(before);
  return m ? m.index + 1 : 0;
}

function sentenceBefore(text: string, index: number): string {
  return text.slice(sentenceStart(text, index), index);
}

