import type { ExerciseMentions } from "./exercises.js";
import { ALL_OF_THEM, COMPLETION, COUNT_OF, DONE_EMOJI, NONE_OF_THEM, NOT_DONE, PARTIAL } from "./intents.js";
import { isNegatedAt } from "./negation.js";
import type { Answering } from "./reading.js";
import { matchesOf } from "./regex.js";

export type CompletionState = "done" | "partial" | "not_done";

export interface Completion {
  state: CompletionState;
  rule: string;
  /** false when the words hedge ("kind of did them") and asking would be better than guessing. */
  sure: boolean;
}

const COUNT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6,
};

/** Words that open a bare yes to "did you do them?", however stretched ("yesss", "siii"). */
const YES_WORDS = new Set([
  "y", "ye", "yes", "yea", "yeah", "yeh", "yep", "yup", "yas", "ok", "okay", "okey", "k", "kk", "sure", "absolutely", "definitely",
  "si", "sip", "sii", "claro", "ya", "seguro", "obvio", "simon", "did", "done", "yessir", "yesir", "yeap", "yah", "totally", "affirmative", "sipi", "sep", "sisi", "aja", "mhm", "uhuh", "yeppers", "yupp",
]);
/** Words that open a bare no ("nope", "not today", "hoy no"). */
const NO_WORDS = new Set(["n", "no", "noo", "nop", "nope", "nah", "naw", "negative", "not", "nel", "nothing", "none", "todavia", "aun", "havent", "hasnt", "didnt", "nada", "ninguno", "ninguna"]);
/** What may follow a yes or a no without making it more than an answer: "yes ma'am", "nope, sorry", "no, hoy no". */
const ANSWER_FILLER = new Set([
  "i", "did", "done", "it", "them", "all", "good", "great", "fine", "thanks", "thank", "you", "maam", "sir", "already", "today", "of", "course",
  "sure", "yes", "yep", "ok", "thing", "que", "si", "claro", "ya", "hoy", "todo", "bien", "gracias", "los", "las", "hice", "senor", "senora",
  "not", "yet", "sorry", "no", "lo", "siento", "perdon", "todavia", "aun", "this", "time", "really", "dear", "lol", "haha", "jaja", "por", "supuesto",
  "tomorrow", "tmrw", "later", "manana", "luego", "mas", "tarde", "maybe", "quizas",
]);
/** Someone passing on the patient's answer: "mom says yes", "dice que si". */
const REPORTED = /^\W*(?:(?:my |mi )?(?:mom|mum|dad|mother|father|husband|wife|son|daughter|he|she|they|mama|papa|esposo|esposa|hijo|hija|el|ella)\s+)?(?:says|said|dice|dijo)\s+(?:que\s+)?/;
const ANSWER_EMOJI_YES = /^[\s👍👌🙌💪✅]+$/u;
const ANSWER_EMOJI_NO = /^[\s❌👎🙁☹😞😔]+$/u;

/** "yes" or "no" when the whole message is nothing more than an answer; null otherwise. */
export function bareAnswer(text: string): "yes" | "no" | null {
  const bare = text.replace(REPORTED, "").replace(/[^\p{L}\p{N}\s👍👌🙌💪✅❌👎🙁☹😞😔]/gu, " ").trim();
  if (bare === "") return null;
  if (ANSWER_EMOJI_YES.test(bare)) return "yes";
  if (ANSWER_EMOJI_NO.test(bare)) return "no";
  const words = bare.replace(/[^\p{L}\p{N}\s]/gu, " ").trim().split(/\s+/);
  if (words.length > 6 || !words.slice(1).every((w) => ANSWER_FILLER.has(w))) return null;
  const first = words[0]!.replace(/([a-z])\1+$/, "$1"); // "yess", "noo", "sii"
  if (NO_WORDS.has(first) || (first === "hoy" && words[1] === "no")) return words.includes("did") && first !== "not" && first !== "no" ? null : "no";
  if (YES_WORDS.has(first)) return words.some((w) => NO_WORDS.has(w) && w !== "not") || words.includes("not") ? null : "yes";
  return null;
}

/** An eye-roll after the done, not one at the reminder or a story before it: "done 🙄" but not "that time again already? 🙄 fine. done". */
const EYE_ROLL_AT_THE_DONE = /\bsarcas|\b(?:done|did (?:them|it|em|those|these|all|everything)|finished|completed|hechos?|listos?|hice|los hice|termine)\b[^!?🙄😒]{0,40}?(?:🙄|😒)/iu;

/** "all but the bridges", "todos menos el puente": an "all" with one taken out. */
const EXCEPT = /\b(?:except|excepto|(?<!mas o )menos|salvo|but not)\b/;
const DESPITE = /\b(?:anyway|anyways|regardless|de todas formas|de todos modos|igual|aun asi)\b/;
const MISSED_ONE = /\b(?:cant|cannot|couldnt|could not|didnt|did not|skipped|no pude|no puedo|no hice|no he podido)\b/;
const OTHERS_DONE = /\b(?:the )?(?:others|rest|other (?:ones|two|three|exercises))(?: \w+)? (?:(?:went|were|was|are|felt) )?(?:fine|ok|okay|good|great|well|done|easy|easier)\b|\b(?:las|los) (?:otras|otros|demas|otr[oa]s dos|otr[oa]s tres)(?: \w+)? (?:bien|sin problema|salieron bien|las hice|los hice|si|hechas|hechos|listas|listos)\b/;
const OTHERS_NOT_DONE_EITHER = /\b(?:las|los) (?:otras|otros|demas) (?:\w+ )?tampoco\b|\b(?:nor|or) the (?:others|rest)\b|\bthe (?:others|rest) (?:neither|either)\b|\bneither (?:did|were|was) the (?:others|rest)\b/;

/** Sarcasm that takes back a "done": "yeah right, 'done'", "done. not.", "si claro, 'hecho' jaja". */
const SARCASM = /\byeah,? right\b(?!\s+(?:after|before|now|away|then))|\bya,? right\b|\bsi,? claro\b.*\b(?:jaja\w*|jeje\w*)\b|\b(?:done|did|hecho|listo)\W+not\W*$|\bas if\b/;
/** A completion word inside quotes on the raw text — normalising drops the quotes. */
const QUOTED_DONE = /["'‘’“”«]\s*(?:done|finished|did (?:it|them)|hecho|hechos|listo|terminado)\s*["'‘’“”»]/i;
/** Hedges that make a completion a guess. */
const HEDGE = /\b(?:kind of|kinda|sort of|sorta|more or less|ish|i think|i guess|mostly|pretty much|mas o menos|medio|creo que|casi todos?|casi todas?)\b/;
/** "some", "a few", "unos cuantos": an unnamed part of the session. */
const SOME = /\b(?:did|done|managed|finished|completed|got through)\s+(?:like |about |maybe |only |just )?(?:some|a few|a couple|a bit|part|half|most|several)\b|\b(?:some|a few|a couple|half|most)\s+(?:of (?:them|it|em)\s+)?(?:done|finished)\b|\bgot (?:some|a few|a couple) (?:of (?:them|em) )?done\b|\b(?:hice|hizo|hicimos) (?:algun\w*|unos|unas|un par|la mitad|parte|pocos|pocas|varios|varias|la mayoria)\b|\bla mayoria\b/;
/** "some", "most of them", "la mayoria" as the whole answer. */
const BARE_PART =
  /^\W*(?:some|most|bits|parts|a few|a couple|half|part|la mayoria|algunos|algunas|unos|unas|casi todos|casi todas|la mitad|parte|un par)(?:\s+(?:of (?:it|them|em)|de (?:ellos|ellas)|today|hoy|yes|si))?\W*$/;
/** "2 of the 3", "2/3", "2 de 3" as the whole answer. */
const BARE_COUNT =
  /^\W*(\d|one|two|three|four|uno|dos|tres|cuatro)\s*(?:of|out of|\/|de)\s*(?:the\s+|los\s+|las\s+)?(\d|two|three|four|five|dos|tres|cuatro|cinco)(?:\s+(?:today|hoy|so far|yet|todavia))?\W*$/;
/** "got 2 done", "did one", "3 done", "hice 2": how many exercises, to compare with how many were prompted. */
const DONE_COUNT =
  /\b(?:did|done|got|got through|finished|completed|managed|hice|termine|complete)\s+(?:only\s+|just\s+|(?:los|las|the|all)\s+)?(\d|one|two|three|four|five|uno|dos|tres|cuatro|cinco)\b(?!\s*(?:sets?|reps?|x|times|mins?|minutes|series|veces|minutos|seconds|segundos|\/|of(?! (?:them|em|those|these|the exercises)\b)|out|de(?! (?:ellos|ellas|los ejercicios)\b)))|\b(\d|one|two|three|four|five|dos|tres|cuatro|cinco)\s+(?:done|finished|hechos|hechas|listos|listas|terminados)\b/;
/** The day missed before, made up today: "forgot them yesterday, today yes", "se me olvidó ayer, hoy sí". */
const MISSED_YESTERDAY_DONE_TODAY = /\b(?:forgot|missed|skipped|didnt|olvide|no (?:los |las )?hice|se me (?:olvido|olvidaron|paso|fue))\b.*\b(?:yesterday|ayer)\b\W+(?:but |pero )?(?:today|hoy) (?:yes|yep|si|i did|did them|done|ya|los hice|las hice|hechos?|listo)\b/;
/** A skip denied is the whole session: "didnt skip any today", "never missed a rep", "no me salté ninguno". */
const NOTHING_SKIPPED =
  /\b(?:didnt|did not|never|havent|have not|hasnt|not)\s+(?:\w+\s+)?(?:skip|skipped|miss|missed)\s+(?:a|any|one|a single|anything|a thing|a day|a rep|a set|a beat|nothing)\b|\bnot (?:a )?(?:single )?one (?:skipped|missed)\b|\bno (?:me )?(?:salte|falte|perdi|falto) (?:ninguno|ninguna|ni uno|ni una|nada)\b|\bsin saltar(?:me)? (?:ninguno|ninguna|ni uno|ni una|nada)\b/;
/** "Did them yesterday, not today": yesterday's session is no answer for today's. */
const YESTERDAY_NOT_TODAY = /\b(?:did|done|hice|hechos?)\b.*\b(?:yesterday|ayer)\b.*(?:\b(?:not|no)\s+(?:today|hoy)\b|\b(?:today|hoy)\s+(?:no|not|nope)\b)/;
/** "5 sets instead of 3": more than asked is the session done. */
const MORE_THAN_ASKED = /\b(\d+) (?:sets?|rounds?|reps?|series|repeticiones) (?:instead of|en vez de|en lugar de) (\d+)\b/;
/** A dose cut short, said as numbers: "did 15 min of the 20", "did 10 instead of 15", "hice 2 series de las 3". */
const SHORT_OF_THE_DOSE = /\b(?:did|done|hice|managed|got through)\s+(\d+)\s*(?:min\w*|reps?|sets?|rounds?|minutos|series|repeticiones|km)?\s+(?:of|out of|de)\s+(?:the\s+|los\s+|las\s+)?(\d+)\b|\b(?:did|done|hice|managed|only|just|solo)\s+(\d+)\s+(?:\w+\s+)?(?:instead of|en vez de|en lugar de)\s+(?:the\s+)?(\d+)\b/;
/** Nothing, as the whole answer to the prompt: "0 today", "hoy 0", "zero" (not "0, no pain"). */
const NONE_AS_THE_ANSWER = /^(?![^.]*\b(?:pain|dolor|hurts?|duele|sore)\b)\W*(?:(?:hoy|today)\s+)?(?:0|zero|cero)(?:\s+(?:today|hoy|so far|de momento))?(?:\W*$|\s*[,.;!])/;
/** All of them as the whole of the answer: "los tres, como siempre", "todas, de una", "both 💪". */
const ALL_AS_THE_ANSWER = /^\W*(?:(?:of|de) )?(?:all(?: of them| \d)?|both|everything|the lot|todos|todas|los dos|las dos|los tres|las tres|los cuatro|las cuatro|ambos|ambas)\b(?!\s+(?:but|except|menos|excepto|salvo))/;

/** "The first two", "los 2 primeros": how many, counted against the prompt. */
const FIRST_FEW = /\b(?:the )?first (\d|two|three|four|five)\b|\b(?:los|las) (\d|dos|tres|cuatro|cinco) primer[oa]s\b|\b(?:los|las) primer[oa]s (\d|dos|tres|cuatro|cinco)\b/;

/** A dose written out: "3 sets of 10", "3x10", "3 series de 10" — never a count of exercises. */
const DOSE = /\b\d+\s*(?:sets?|series|rounds?|vueltas)\s+(?:of|de)\s+\d+\b|\b\d+\s*x\s*\d+\b/g;

/** Words that say some exercise was done, beside whatever was not: "did the bridges", "chin tucks done", "pendulums ok.", "las sentadillas sí". */
export const SOMETHING_SAID_DONE = /\b(?:did|done|finished|managed|got through|completed|hice|hizo|hicimos|termine|termino|hecho|hechos|hecha|hechas|listo|listos)\b|\b(?:ok|okay|fine|si)\s*(?:[.,;]|$)/;

export interface CompletionInput {
  /** Normalised text. */
  text: string;
  raw: string;
  exercises: ExerciseMentions;
  answering: Answering;
  /** How many exercises the open prompt or question is about. */
  prompted: number;
  isQuestion: boolean;
}

/**
 * What the patient says about doing the session: all of it, some of it, none of it, or
 * nothing (null). Exercises are accounted one by one against what was prompted: named done,
 * named skipped, marked ✅ or ❌; done vs partial follows from what was named.
 */
export function readCompletion(input: CompletionInput): Completion | null {
  const { raw, exercises, answering, prompted, isQuestion } = input;
  const text = input.text.replace(DOSE, " ");
  const sure = (state: CompletionState, rule: string): Completion => ({ state, rule, sure: true });

  if (SARCASM.test(text) || (EYE_ROLL_AT_THE_DONE.test(raw) && COMPLETION.some((p) => p.test(text)) && exercises.notDone.length === 0) || (QUOTED_DONE.test(raw) && /\b(?:yeah|yea|sure|right|si|claro|lol|jaja\w*|haha\w*)\b/.test(text))) {
    return sure("not_done", "sarcastic-done");
  }
  if (YESTERDAY_NOT_TODAY.test(text)) return sure("not_done", "done-yesterday-not-today");
  if (MISSED_YESTERDAY_DONE_TODAY.test(text)) return sure("done", "missed-yesterday-done-today");
  if (NOTHING_SKIPPED.test(text) && exercises.notDone.length === 0 && !PARTIAL.some((p) => p.test(text))) return sure("done", "completion-nothing-skipped");
  const more = MORE_THAN_ASKED.exec(input.text);
  if (more && Number(more[1]) > Number(more[2])) return sure("done", "completion-more-than-asked");
  const short = SHORT_OF_THE_DOSE.exec(text);
  if (short) {
    const [did, of] = [Number(short[1] ?? short[3]), Number(short[2] ?? short[4])];
    if (did < of) return sure(did === 0 ? "not_done" : "partial", "completion-short-of-the-dose");
  }
  if (answering.type === "prompt" && NONE_AS_THE_ANSWER.test(text)) return sure("not_done", "answer-none-to-prompt");
  // One named as not done, and then the rest: "couldn't do the step-ups… the others went fine", "no pude las sentadillas… las otras tampoco".
  const oneMissed = exercises.notDone.length > 0 || MISSED_ONE.test(text);
  if (oneMissed && OTHERS_NOT_DONE_EITHER.test(text)) return sure("not_done", "completion-others-not-either");
  if (oneMissed && OTHERS_DONE.test(text)) return sure("partial", "completion-others-done");
  if (answering.type === "prompt" && ALL_AS_THE_ANSWER.test(text) && !PARTIAL.some((p) => p.test(text))) return sure("done", "answer-all-to-prompt");
  const marks = markCounts(text);
  if (marks.done > 0 && marks.notDone > 0) return sure("partial", "marks-some-done");
  if (prompted > 1 && marks.done >= prompted && marks.notDone === 0) return sure("done", "marks-all-done");
  // The answer may come first, with a reason after it: "Nope! Busy day", "yes, felt good".
  const answer = answerTo(answering, text) ?? (isQuestion ? null : answerTo(answering, firstSentence(text)));
  if (answer) return answer;

  // Answering the prompt with nothing but names: those were done.
  if (answering.type === "prompt" && !isQuestion && exercises.namesOnly && exercises.notDone.length === 0) {
    const named = new Set(exercises.named).size;
    return sure(named >= prompted ? "done" : "partial", "answer-names-to-prompt");
  }
  const doneAt = completionAt(text);
  const completed = doneAt !== null || (DONE_EMOJI.test(text) && answering.type !== "nothing") || exercises.done.length > 0;
  if (isQuestion && !completed) return null;
  if (NONE_OF_THEM.test(text) && exercises.done.length === 0) return sure("not_done", "none-of-them");
  const count = COUNT_OF.exec(text);
  if (count) {
    const did = toCount((count[1] ?? count[3])!);
    const of = toCount((count[2] ?? count[4])!);
    if (did < of) return sure("partial", "completion-count-some");
    if (did === of) return sure("done", "completion-count-all");
  }
  if (exercises.notDone.length >= Math.max(prompted, 1) && exercises.done.length === 0 && !completed) return sure("not_done", "completion-all-skipped");
  const doneCount = DONE_COUNT.exec(text);
  if (doneCount && prompted > 0) {
    const did = toCount(doneCount[1] ?? doneCount[2]!);
    if (did < prompted) return sure(did === 0 ? "not_done" : "partial", "completion-count-of-prompted");
    if (did === prompted) return sure("done", "completion-count-of-prompted");
  }
  const firstFew = FIRST_FEW.exec(text);
  if (firstFew && prompted > 0 && exercises.notDone.length === 0) {
    const did = toCount(firstFew[1] ?? firstFew[2] ?? firstFew[3]!);
    if (did < prompted) return sure("partial", "completion-first-few");
    if (did === prompted) return sure("done", "completion-first-few");
  }
  if (exercises.only.length > 0 && exercises.only.length < Math.max(prompted, 2)) return sure("partial", "completion-only-some");
  // "couldnt breathe laughing during the bridges 😂 did them all anyway": all of them, despite what was told of one.
  if (completed && ALL_OF_THEM.test(text) && DESPITE.test(text) && !EXCEPT.test(text)) return sure("done", "completion-all-despite");
  if (exercises.notDone.length > 0 && (exercises.done.length > 0 || exercises.notDone.length < prompted || completed)) {
    return sure("partial", "completion-exercises-skipped");
  }
  // "casi me caigo haciendo el equilibrio… los demás los hice": the one they wobbled in was done too, and then the rest
  // (not "casi me caigo en el 3er escalón… los demás sí", stopped at the third step).
  if (WOBBLED_THEN_THE_REST.test(text)) return sure("done", "completion-wobbled-then-the-rest");
  if (SOME.test(text)) return sure("partial", "completion-some");
  if (completed) {
    if (FINISHED_LATER.test(text)) return sure("done", "completion-finished-later");
    const hedged = HEDGE.test(doneAt === null ? text : sentenceAround(text, doneAt));
    if (PARTIAL.some((p) => p.test(text))) return sure("partial", "completion-partial-words");
    if (ONE_LEFT_OUT.test(text)) return sure("partial", "completion-one-left-out");
    if (ALL_OF_THEM.test(text) && !EXCEPT.test(text)) return { state: "done", rule: "completion-all", sure: !hedged };
    const named = new Set(exercises.done).size;
    // "done 😂 my cat thought the bird dog was an invitation", "…never thought I'd do 3x15 step ups. Done!": the session said done on its own.
    if (named > 0 && prompted > 0 && named < prompted && !SESSION_DONE_ON_ITS_OWN.test(text) && !SESSION_DONE_AS_THEM.test(text)) return sure("partial", "completion-exercises-some");
    return { state: hedged ? "partial" : "done", rule: hedged ? "completion-hedged" : "completion", sure: !hedged };
  }
  if (isQuestion) return null;
  if (PARTIAL.some((p) => p.test(text))) return sure("partial", "partial-words");
  if (NOT_DONE.some((p) => p.test(text))) return sure("not_done", "not-done-words");
  // "3x10 each, felt good", "20 calf raises, alphabet both feet": the doses done, told instead of a yes.
  if (prompted > 0 && DOSE_REPORTED.test(input.text)) return sure("done", "completion-dose");
  return null;
}

const DOSE_REPORTED = /^\W*(?:\d+\s*x\s*\d+|\d+\s*(?:reps?|sets?|secs?|seconds?)\b|\d+ (?:\w+ )?(?:raises|squats|slides|bridges|reps|lunges|clams|clamshells|sentadillas|puentes|elevaciones|repeticiones|series))/;

/**
 * Beside a session reported done, one left out in a clause of its own, whatever its name (it may not be the prompt's):
 * "side lying one I skipped", "hip ext tomorrow", "press ups were a no", "no step ups, the kids' stuff is on the stairs",
 * "el de la pared lo dejo para la noche", "la plastilina la olvidé", "hice los otros dos".
 */
const ONE_LEFT_OUT =
  /\bno (?:room|space) (?:\w+ ){0,4}for (?:the |my )?\w+|(?:^|[.,;!]\s*)(?:the |my |and |but )?(?:\w+ ){1,3}(?:i |we |he |she )?(?:skipped(?! a beat)|missed(?! a beat)|were a no|was a no|(?:is |are |will be )?(?:for )?tomorrow|next time)\b|(?:^|[.,;!]\s*)(?:but )?no (?:\w+ )?(?:\w*ups|raises|squats|lunges|bridges|planks?|stretch\w*|slides|curls|rows|walk\w*|clams|clamshells|dips|presses|kicks|marching|stands|pumps|circles|tilts|rotations|extensions|sentadillas|puentes|zancadas|estiramientos?|caminata|planchas)(?: today| tonight)?\s*(?:[,.;!]|$| because| cos| cause| as| since)|(?:^|[.,;!]\s*)(?:the |my |and |but )?(?:\w+ ){1,3}(?:will have to|ll have to|has to|have to|can|must|gonna have to) wait\b|(?:^|[.,;!]\s*)(?:y |pero )?(?:el |la |los |las )?(?:\w+ ){1,3}(?:tendra|tendran|puede|pueden|va a tener|van a tener) que esperar\b|\b(?:el|la|los|las) (?:\w+ ){0,4}(?:lo|la|los|las) (?:dejo|deje|dejare) para (?:la noche|luego|manana|despues|mas tarde)\b|\b(?:el|la|los|las) \w+ (?:\w+ ){0,2}(?:la|lo|las|los) olvid\w*|\b(?:did|done|finished|managed|hice|he hecho|termine|complete) (?:the |los |las )?(?:other|otr[oa]s) (?:two|three|four|dos|tres|cuatro|\d)\b/;

/** Stopped halfway and finished later: "had to stop halfway, phone rang. finished them after", "después los terminé". */
const FINISHED_LATER = /\b(?:finished|completed|did|done) (?:them|it|the rest|the others|all|the lot)(?: off)? (?:after|afterwards|later)\b|\b(?:then|and then|but then|after that|afterwards|later) (?:i )?(?:finished|completed|did) (?:them all|all of them|all three|all two|the lot|everything|the rest)\b|\b(?:despues|luego|y luego|pero luego|ya) (?:los |las )?(?:termine|acabe|complete|hice) (?:todos|todas|el resto)\b|\b(?:despues|luego|mas tarde) (?:los |las |lo )?(?:termine|acabe|complete)\b|\b(?:los|las|lo) (?:termine|acabe|complete) (?:despues|luego|mas tarde)\b/;

/** "1" (or one, uno) as the whole answer to a prompt that asked "Reply 1 if you did today's exercises". */
const REPLY_ONE = /^\W*(?:1|one|uno)\W*$/;

/** A bare yes or no means what the open question asked. */
function answerTo(answering: Answering, text: string): Completion | null {
  if (answering.type === "nothing") return null;
  if (answering.type === "prompt") {
    if (answering.replyOne && REPLY_ONE.test(text)) return { state: "done", rule: "answer-one-to-prompt", sure: true };
    const part = BARE_PART.exec(text);
    if (part) return { state: "partial", rule: "answer-some-to-prompt", sure: true };
    const count = BARE_COUNT.exec(text);
    if (count) {
      const did = toCount(count[1]!);
      const of = toCount(count[2]!);
      if (did < of) return { state: did === 0 ? "not_done" : "partial", rule: "answer-count-to-prompt", sure: true };
      if (did === of) return { state: "done", rule: "answer-count-to-prompt", sure: true };
    }
  }
  const bare = bareAnswer(text);
  const yes = bare === "yes";
  const no = bare === "no";
  if (!yes && !no) return answering.type === "clarify" ? clarifyAnswer(answering.exercises.length, text) : null;
  if (answering.type === "yes_no") {
    const kind = yes ? answering.yes : answering.no;
    return kind === "done" || kind === "partial" || kind === "not_done" ? { state: kind, rule: `answer-${yes ? "yes" : "no"}`, sure: true } : null;
  }
  return { state: yes ? "done" : "not_done", rule: `answer-${yes ? "yes" : "no"}-to-${answering.type}`, sure: true };
}

/** The answer to "did you get to all of them, or some?": "all", "some", "2", "none". */
function clarifyAnswer(asked: number, text: string): Completion | null {
  const sure = (state: CompletionState, rule: string): Completion => ({ state, rule, sure: true });
  if (/^\W*(?:none|ninguno|ninguna|nada|zero|cero|0)\b/.test(text)) return sure("not_done", "clarify-none");
  if (/^\W*(?:(?:yes|yeah|yep|si)\W+)?(?:all|every one|everything|the lot|todos|todas|todo|all of (?:them|em)|los \w+|las \w+|all \w+|both|ambos)\W*$/.test(text) && !/\b(?:but|pero|except|(?<!mas o )menos)\b/.test(text)) {
    return sure("done", "clarify-all");
  }
  const number = /^\W*(?:(?:just|only|solo|nada mas)\s+)?(\d|one|two|three|four|five|uno|dos|tres|cuatro|cinco)\b(?!\s*(?:\/|of|out of|de)\s*10)/.exec(text);
  if (number) {
    const did = toCount(number[1]!);
    if (did === 0) return sure("not_done", "clarify-count");
    return sure(asked > 0 && did >= asked ? "done" : "partial", "clarify-count");
  }
  if (/^\W*(?:some|some of them|a few|a couple|half|most|part|algunos|algunas|unos|unas|la mitad|parte|un par|casi todos|casi todas|not all|no todos|no todas)\b/.test(text)) {
    return sure("partial", "clarify-some");
  }
  return null;
}

function firstSentence(text: string): string {
  return text.split(/[.!?,;:]/)[0] ?? "";
}

function markCounts(text: string): { done: number; notDone: number } {
  return { done: (text.match(/✅|✔/g) ?? []).length, notDone: (text.match(/❌|✖/g) ?? []).length };
}

/** "Done" as a sentence of its own, not said of the exercises named before it ("bridges and bird dog done"). */
const SESSION_DONE_ON_ITS_OWN = /(?:^|[.!?;]\s*|\p{Extended_Pictographic}\s*)(?:(?:anyway|anyways|so|but|pero|en fin|bueno),?\s+)?(?:all )?(?:done|finished|hecho|hechos|hechas|listo|listos|terminado|terminados)(?:\s+(?:tho|though|today|hoy))?\s*(?:[.!?]|\p{Extended_Pictographic}|$)/u;

/** The session said done as "them" before one exercise is told about: "los hice en la tarde… subí el escalón 15 veces". */
const SESSION_DONE_AS_THEM = /\b(?:did|done|finished|completed) (?:them|em|them all|all of them)\b|\b(?:los|las) (?:hice|termine|acabe|complete)\b|\bhice (?:todos|todas)\b/;

/** Where the first completion word not denied ("didnt finish", "unable to complete") is, or null. */
function completionAt(text: string): number | null {
  for (const pattern of COMPLETION) {
    for (const m of matchesOf(pattern, text)) {
      const at = m.index ?? 0;
      if (!isNegatedAt(text, at, 3) && !UNABLE_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return at;
    }
  }
  return null;
}

const WOBBLED_THEN_THE_REST =
  /\b(?:casi me caigo|casi me cai|por poco me caigo|almost (?:fell|took a tumble|went over|lost (?:my|his|her) balance)|nearly (?:fell|took a tumble|went over|lost (?:my|his|her) balance))\b[^.!?]{0,40}?\b(?:haciendo|en el|en la|during|on the|doing|while doing|in the|with the)\b(?! (?:\d+\w*|primer\w*|segund\w*|tercer\w*|cuart\w*|first|second|third|fourth|last|ultim\w*)\b).*\b(?:(?:los|las) (?:demas|otr[oa]s) (?:si |bien |todos |todas )?(?:los hice|las hice|hechos|hechas|listos|listas|bien|si)|did (?:all )?the (?:rest|others)|(?:the )?(?:rest|others) (?:done|were fine|went fine|all done))\b/;

/** "I was unable to complete the exercises", "I aint did them yet": the completion word says it was not done. */
const UNABLE_BEFORE = /\b(?:unable|not able|wasnt able|werent able|failed|didnt manage|did not manage) to\s*$|\b(?:aint|ain t)\s+(?:\w+\s+)?$/;

/** The sentence around `at`: a hedge elsewhere ("scar still kinda pink. done") is about something else. */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(...[".", "!", "?", ";"].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const ends = [".", "!", "?", ";"].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

function toCount(token: string): number {
  return COUNT_WORDS[token] ?? Number(token);
}
