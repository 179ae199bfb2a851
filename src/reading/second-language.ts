/**
 * Someone writing in their second language carries the grammar of their first one over, and does so
 * the same way every time (the transfer errors of learner English and heritage Spanish): "no" before
 * the verb ("I no can breathe"), no past tense after "yesterday" ("this morning I fall in bathroom"),
 * an adjective for an adverb ("she talk strange"), "without force" for weak, and in Spanish an English
 * verb or construction ("no puedo breathe", "no puedo sentir mi pierna"). The lexicons know each sign
 * in the usual form, so such a sentence is first put in that form. Every rewrite here only says the
 * same thing the usual way; none adds a sign that was not told.
 */

/** Verbs of what a body can or cannot do that a learner's "no" opening a clause negates; "no pee problems" is a denial, not this. */
const CLAUSE_OPENING_ABILITY_VERBS = "breathe|breath|move|see|talk|speak|swallow|wake up|stand up|get up|lift|feel (?=my|his|her|the|legs?|arms?|hands?|feet|foot|face)";
/** All verbs of what a body can or cannot do: "no" before them, after its subject, says the patient cannot. */
const ABILITY_VERBS = `${CLAUSE_OPENING_ABILITY_VERBS}|pee|urinate|hold|control|hear|grip|feel (?=anything|nothing)`;
/** Verbs after which a learner's "no" or "not" means "do not". */
const DO_VERBS = "have|want|know|like|need|remember|understand|do|go|take|sleep|eat|send|write|text|message|call|contact|receive|continue";
/** Who does something, as a learner writes it: a pronoun, or "my wife", "mom". */
const SUBJECT = String.raw`(?:i|he|she|it|we|they|you|(?:my|his|her|our) \w+|mom|mum|mother|dad|father|wife|husband)`;
/** Words that, said before the verb, make a clause a worry, a plan or a hypothetical, not a report of what happened. */
const NOT_A_REPORT = /\b(?:if|when|whenever|afraid|scared|fear\w*|worr\w*|might|may|will|would|could|can|should|shall|dont|not|almost|nearly|careful|in case|before|instead|tonight|tomorrow|later|next|must|have to|need to|want to|going to|gonna|reason|why|how|every|always|usually|sometimes|often)\b/;
/** Words that put a clause in the past, where a learner may keep the verb in the present. */
const PAST_MARKER = /\bbefore\s*$|\b(?:yesterday|last (?:night|week|evening)|this (?:morning|afternoon)|today morning|earlier|(?:an?|one|two|three|\d+) (?:hours?|days?|minutes?) ago|ago)\b/;
const PAST_OF: Record<string, string> = {
  do: "did", make: "made", finish: "finished", complete: "completed", fall: "fell", faint: "fainted", hit: "hit",
  "pass out": "passed out", "black out": "blacked out", break: "broke", twist: "twisted", lose: "lost", feel: "felt",
  go: "went", "wake up": "woke up", cough: "coughed", vomit: "vomited", see: "saw", stop: "stopped", write: "wrote",
};
/** "yes I do it", "I do all": said of the day's exercises, done. */
const DONE_IN_THE_PRESENT = /\bi (?:do|make) (it|them|all|everything|the exercises|all exercises|all the exercises)(?= *$|[.,!;]| (?:today|already|now|this morning|yesterday|all of them|two times|twice|three times|every day|each day|daily)\b)/g;
const PRESENT_VERB = new RegExp(String.raw`\b(${SUBJECT}) (${Object.keys(PAST_OF).join("|")})\b`, "g");
/** "I fall in bathroom": a learner's fall, told without a time word, is still one that happened. */
const A_PERSON_FALLS = /\b(i|he|she|we|they|mom|mum|mother|dad|father|wife|husband) fall (?=down|over|in|on|of|off|from|at|again)/g;

const GERUND: Record<string, string> = { send: "sending", text: "texting", write: "writing", message: "messaging", contact: "contacting", call: "calling" };
const PARTICIPLE: Record<string, string> = { confuse: "confused", worry: "worried", scare: "scared", tire: "tired", disorientate: "disoriented", swell: "swollen" };

const SUBJECT_OF: Record<string, string> = { i: "i", im: "i", "i am": "i", he: "he", hes: "he", "he is": "he", she: "she", shes: "she", "she is": "she", we: "we", were: "we", "we are": "we" };
const AFTER_PERFECT: Record<string, string> = { falling: "fell", tripping: "tripped", slipping: "slipped", hitting: "hit", banging: "banged", "taking a fall": "fell" };
const SCOTS: Record<string, string> = {
  cannae: "cant", canna: "cant", didnae: "didnt", didna: "didnt", dinnae: "dont", dinna: "dont", wouldnae: "wouldnt", couldnae: "couldnt",
  isnae: "isnt", wisnae: "wasnt", wasnae: "wasnt", doesnae: "doesnt", oot: "out", hingin: "hanging",
};

const ENGLISH_REWRITES: readonly (readonly [RegExp, string | ((...groups: string[]) => string)])[] = [
  [/\b(?:no|not) can\b|\bcan no\b/g, "cant"],
  [/\b(?:no|not) could\b/g, "couldnt"],
  [new RegExp(String.raw`\b(${SUBJECT}) (?:no|not) (${ABILITY_VERBS})\b`, "g"), "$1 cant $2"],
  [new RegExp(String.raw`(^|[.,;!?] )no (${CLAUSE_OPENING_ABILITY_VERBS})\b(?! (?:problems?|issues?|trouble|changes?|accidents?|of|about)\b)`, "g"), "$1cant $2"],
  [new RegExp(String.raw`\b(i|we|they|you) (?:no|not) (${DO_VERBS})\b`, "g"), "$1 dont $2"],
  [new RegExp(String.raw`\b(${SUBJECT}) (?:no|not) (${DO_VERBS})\b`, "g"), "$1 doesnt $2"],
  [new RegExp(String.raw`(^|[.,;!?] |\bplease )(?:no|not) (${DO_VERBS.replace("need|", "")})\b`, "g"), "$1dont $2"],
  [/\b(?:no|not) did\b/g, "didnt"],
  // "I want receive", "need talk to her", "I want die": the "to" of an infinitive left out
  [/\b(want|wants|need|needs|would like|try|tries) (receive|get|do|make|send|change|stop|talk|speak|see|know|go|continue|come|start|die|live)\b/g, "$1 to $2"],
  // Calques of Romance and other first languages for what the body does: "the hand is sleeping" (dormida) is numb,
  // "the toes are with ants" (formigamento) tingle, "the breath short" (falta de aire), "my head turns" (me da vueltas),
  // "the heart running" (corazón acelerado), "the chest like in a press" (opresión), "put the weight on" (the article kept).
  [/\b(hands?|arms?|foot|feet|legs?|toes|fingers|face|bottom|bum|butt|buttocks|thighs?|side|half of (?:my|his|her|the) body) (?:is |are |was |were |feels? |stays? |stayed )?(?:all |still |like )?(?:sleeping|asleep|dormant)\b/g, "$1 is numb"],
  [/\b(toes|fingers|feet|foot|legs?|hands?|arms?) (?:are |is |feel |feels )?(?:with|full of|have|has) (?:the )?ants\b/g, "$1 tingling"],
  [/\bants in (my|his|her|the) (toes|fingers|feet|foot|legs?|hands?|arms?)\b/g, "tingling in $1 $2"],
  [/\b(?:is |are |feels? )?like (?:a |of )?cotton\b(?! wool)/g, " is numb like cotton wool"],
  [/\b(?:have|has|had|with|the|my|his|her) (?:the )?(?:breath|breathe|air|respiration) (?:is |was |very |so |too )*short\b|\bshort (?:of )?air\b|\b(?:breath|breathe|air) short\b/g, "short of breath"],
  [/\bbreathe? with (?:difficult|difficulty|difficulties|hard|problem|problems)\b/g, "difficulty breathing"],
  [/\b(?:my |the |his |her )?heart (?:is |was |start(?:s|ed)? to |begin(?:s)? to |began to )?(?:run|runs|running|ran) (?:very |so |too )?(?:fast|crazy|quick|strong|a lot)\b/g, "heart racing"],
  [/\b(?:my |the |his |her )?chest (?:\w+ ){0,2}(?:like (?:in |inside )?a press|like pressed|oppressed|is pressed)\b|\boppression (?:in|on) (?:my |the |his |her )?chest\b/g, "chest pressure"],
  // Not the neck exercise "head turns": only a head that turns of itself, said as a state.
  [/\b(?:my|his|her) head (?:is |was |start(?:s|ed)? to )?(?:turns|turning|turned|goes round|going round)\b(?= *$|[.,;!]| (?:and|when|a lot|so|very|all|every|if|since)\b)/g, "dizzy"],
  [/\bput the weight (on|in)\b/g, "put weight $1"],
  // "when I clean me in the bathroom" (limpiarme): wiping; "I don't feel nothing": the double negative of Romance languages
  [/\b(when|while|after) (i|he|she) (?:clean|cleans|cleaned) (?:me|myself|him|himself|her|herself)\b/g, "$1 $2 wipe"],
  [/\b(dont|doesnt|didnt|cant|cannot|couldnt) feel nothing\b/g, "$1 feel anything"],
  // "please you stop to send me the messages" (parar de enviar), "and not do the exercises", "ok finish"
  [/\bstop to (send|text|write|message|contact|call)\b/g, (_, verb: string) => `stop ${GERUND[verb]}`],
  [/\band (?:no|not) (do|make)\b/g, "and didnt $1"],
  [/\bin the (?:half|middle) of\b/g, "halfway through"],
  [/(^|[.,;!?] |\b(?:ok|okay|all|yes|already|i) )finish(?= *$|[.,!;])/g, "$1finished"],
  [/\b(?:for|of|per) (?:mistake|error)\b/g, "by mistake"],
  // "realize the exercises" (Romance "realizar"), "make all the exercises": do them
  [/\b(?:have |has )?(?:realized|realised|made)\b(?= (?:all |the |my |these |both |\w+ )?(?:\w+ )?(?:exercises|exercise|ones|routine|session)\b)/g, "did"],
  [/\b(?:realize|realise|make)\b(?= (?:all |the |my |these |both |\w+ )?(?:\w+ )?(?:exercises|exercise|ones|routine|session)\b)/g, "do"],
  [/(?<!\b(?:without (?:you|it|them|this|that|these)|always|sometimes|often|usually|would|will|if|when|might|may|or|otherwise|else) )\bi forget(?= *$|[!.,]| (?:today|again|yesterday|them|it|sorry|to do))/g, "i forgot"],
  // "the face is falling one side", "went to outside": the preposition or article left out
  [/\b(falling|fall|fell|dropping|drops|drop|dropped|going|gone|goes|went|pulling|pulled) one side\b/g, "$1 to one side"],
  [/\bto (outside|side)\b/g, "to the $1"],
  [/\b(cant|cannot|couldnt|not) straight\b/g, "$1 straighten"],
  // "I stayed without force in the arm": the strength is lost
  [/\b(?:stay(?:ed|s)?|remain(?:ed|s)?|left|am|is|was|got|get) without (?:any )?(?:strength|force|forces|power)\b/g, "lost strength"],
  [/\b(?:without|no|not any) (?:force|forces|power)\b/g, "no strength"],
  // "she talk strange": the speech is strange
  [/\b(?:talk|talks|talked|speak|speaks|spoke) (?:very |so |really |a bit |a little |little )?(strange|strangely|funny|funnily|weird|weirdly|wrong|bad|badly|not clear|not normal|not good)\b/g, "talking $1"],
  [/\bfell of\b/g, "fell off"],
  // Irish, Scots and Northern English: "me shoulder" is my shoulder, "I'm after falling" I've just fallen, "cannae" can't.
  [/\bme (shoulder|shoulders|hip|hips|knee|knees|leg|legs|arm|arms|head|neck|ankle|ankles|foot|feet|chest|wrist|elbow|calf|heel|toes?|fingers?|bum|eye|eyes|mouth|lip|lips|tongue|throat|pocket)\b/g, "my $1"],
  [/\b(i|im|i am|he|hes|he is|she|shes|she is|we|were|we are) (?:just )?after (falling|tripping|slipping|hitting|banging|taking a fall)\b/g, (_, subject: string, verb: string) => `${SUBJECT_OF[subject]} ${AFTER_PERFECT[verb]}`],
  [/\b(cannae|canna|didnae|didna|dinnae|dinna|wouldnae|couldnae|isnae|wisnae|wasnae|doesnae|oot|hingin)\b/g, (word: string) => SCOTS[word]!],
  [/\b(almost|nearly) (i|he|she|we|they) fall\b/g, "$2 $1 fell"],
  [/\b(i|he|she|we|they) (almost|nearly) fall\b/g, "$1 $2 fell"],
  // "I want again the reminders": the adverb after the verb, in the Romance order
  [/\b(want|need|send|receive|get) again (the|my|your|these) (\w+)/g, "$1 $2 $3 again"],
  // "he is confuse", "I am worry": the participle's ending left off
  [/\b(is|am|are|was|were|im|hes|shes|very|so|more|little|a bit) (confuse|worry|scare|tire|disorientate|swell)\b/g, (_, before: string, word: string) => `${before} ${PARTICIPLE[word]}`],
];

/** A learner's English sentence said the usual way; see the file's comment. */
export function englishInItsUsualForm(text: string): string {
  const rewritten = ENGLISH_REWRITES.reduce((t, [pattern, usual]) => (typeof usual === "string" ? t.replace(pattern, usual) : t.replace(pattern, usual)), text);
  return rewritten.replace(/[^.;!?,]+/g, (clause, start: number) => {
    if (rewritten[start + clause.length] === "?") return clause;
    const past = PAST_MARKER.test(clause);
    const told = (said: string, at: number, usual: string) => (NOT_A_REPORT.test(clause.slice(0, at)) ? said : usual);
    return clause
      .replace(A_PERSON_FALLS, (said, subject: string, at: number) => told(said, at, `${subject} fell `))
      .replace(DONE_IN_THE_PRESENT, (said, what: string, at: number) => told(said, at, `i did ${what}`))
      .replace(PRESENT_VERB, (said, subject: string, verb: string, at: number) => (past ? told(said, at, `${subject} ${PAST_OF[verb]}`) : said));
  });
}

/** English verbs kept in a Spanish sentence ("no puedo breathe"), read in Spanish. */
const SPANISH_VERB_FOR: Record<string, string> = {
  breathe: "respirar", breath: "respirar", move: "mover", walk: "caminar", talk: "hablar", speak: "hablar", see: "ver",
  pee: "orinar", swallow: "tragar", feel: "sentir", stand: "pararme", lift: "levantar",
};

const ENGLISH_VERB_AFTER_CAN = new RegExp(String.raw`\b(no (?:me |le |se )?(?:puedo|puede|pude|pudo|podia)) (${Object.keys(SPANISH_VERB_FOR).join("|")})\b`, "g");

const SPANISH_REWRITES: readonly (readonly [RegExp, string])[] = [
  // "no puedo ni apoyar el pie": the "ni" says not even, and the rules know the plain "no puedo apoyar"
  [/\bno (puedo|puede|pude|pudo|podia|podemos) ni (?=\w+(?:ar|er|ir)(?:me|se|lo|la|le)?\b)/g, "no $1 "],
  // "ya ni siento ganas de orinar": a "ni" before the verb is a "no" that says not even
  [/\b(ya |y )?ni (?!se (?:\w+ )?ocurr)(?=(?:siento|siente|sentia|senti|sintio|noto|nota|note|tengo|tiene|tenia|puedo|puede|pude|pudo|podia|me|le|se)\b)/g, "$1no "],
  // "no puedo sentir mi pierna" is English's "I can't feel my leg": Spanish says "no siento"
  [/\bno (?:puedo|pude|podia) sentir\b/g, "no siento"],
  [/\bno (?:puede|pudo|podia) sentir\b/g, "no siente"],
  // "no tengo fuerza en el brazo" is "sin fuerza"; "no tiene fuerzas para levantarse" is the falls lexicon's own
  [/\bno (?:tengo|tiene|tenia|hay) (?:nada de |mucha |ninguna )?fuerzas? (?=en|de)\b/g, "sin fuerza "],
];

/** A Spanish sentence written with English grammar or words said the usual way; see the file's comment. */
export function spanishInItsUsualForm(text: string): string {
  const inSpanish = text.replace(ENGLISH_VERB_AFTER_CAN, (_, can: string, verb: string) => `${can} ${SPANISH_VERB_FOR[verb]}`);
  return SPANISH_REWRITES.reduce((t, [pattern, usual]) => t.replace(pattern, usual), inSpanish);
}
