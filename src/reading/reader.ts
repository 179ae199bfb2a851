import { decideKind, type Signals } from "./classify.js";
import { readCompletion, SOMETHING_SAID_DONE } from "./completion.js";
import { matchExercises } from "./exercises.js";
import {
  ASKS_FOR_CONTACT,
  ASKS_WITHOUT_QUESTION_MARK,
  EMBEDDED_QUESTION,
  INVERTED_QUESTION,
  KEEP_MESSAGES,
  asksAboutService,
  asksAboutTheKeyword,
  asksToOptIn,
  BACK_FROM_AWAY,
  FROM_A_LATER_DAY,
  asksToRestart,
  asksToOptOut,
  asksToReschedule,
  CHITCHAT,
  DONE_EMOJI,
  isOffTopic,
  isOnlyForNow,
  CLINIC_LOGISTICS,
  PROGRAM_TOPIC,
  QUESTION_START,
  SHOUTED_STOP,
  SMALL_TALK_QUESTION,
  STOP_WORDS,
  SYMPTOM_WORDS,
  BODY_PART,
  stoppedByAccident,
  FOR_GOOD,
  FED_UP_WITH_MESSAGES,
  THERAPY_OVER,
  wantsToKeepMessages,
} from "./intents.js";
import { KIND_MODEL, type KindModel, secondOpinionOnKind } from "./kind-model.js";
import { LEVEL_MODEL, type LevelModel, levelRaisedByModel, READ_BY_THE_LEVEL_MODEL, saysSomethingClinical } from "./level-model.js";
import { stopKeywordSentence, saysInfoKeywordSentence, saysStartKeywordSentence, matchKeyword, shoutsAKeywordFirst } from "./keywords.js";
import { normalise } from "./normalize.js";
import { ownWords } from "./own-words.js";
import { globalVersion } from "./regex.js";
import { extractPainScore } from "./pain-score.js";
import { hideSomeoneElse } from "./concepts/someone-else.js";
import type { ReadInput, Reading } from "./reading.js";
import { answeringOf, exercisesOf, maxLevel } from "./reading.js";
import { painScoreLevel, screenRedFlags, strictestLevel } from "./red-flags.js";

/**
 * Reads one patient message into a Reading by the rules of LABELS.md. Pure and synchronous:
 * no clock, no I/O, no language model, so it can run first on every message and be tested exhaustively.
 * Where the rules only guess the kind, the in-process kind model (kind-model.ts) may give it; where
 * they find no urgent sign, the level model (level-model.ts) may raise the level. `kindModel: null`
 * and `levelModel: null` read by the rules alone.
 */
const REPORT_OPENING = /^\W*(?:did|done|finished)\b(?![^.!?]*\?)/;

/** The one question in a message: the sentence ending in its only question mark. */
/** The one question mark hedges a number: "a 2 maybe?", "3ish?". */
const A_HEDGED_SCORE_ONLY = /^[^?]*\b\d(?:ish)?(?: (?:maybe|i think|i guess|or so|creo|supongo))?\s*\?+[^?]*$/;

const ONE_QUESTION = /^[^?]*?([^.!?]*\?)[^?]*$/;

/**
 * What escalation rests on, from the normalised text alone (never the context): red flags and the
 * pain score. Red-flag screening treats a condition in a question as hypothetical ("what if my knee
 * swells?"), so it gets only the plain signs of a question for that; the wider reading decides the
 * kind and lets the question-only rules hear a clinical question asked without a question mark.
 */
function screenText(text: string) {
  const plainQuestion = text.includes("?") || QUESTION_START.test(text);
  let asksInOtherWords: boolean | undefined;
  const asksOtherwise = () => (asksInOtherWords ??= EMBEDDED_QUESTION.test(text) || ASKS_WITHOUT_QUESTION_MARK.test(text) || ASKS_FOR_CONTACT.test(text));
  // "my neighbour's knee was 9/10 for weeks, mine's only a 2": another person's score is not the patient's.
  const pain = extractPainScore(hideSomeoneElse(text), text);
  // "did the warm up and checked the incision" opens like a question ("did the…?") and is a report.
  // "the doctor says rest this week, can you pause the messages?": the one question is about the messages, not the care.
  const asksOnlyForAPause = () => {
    const question = ONE_QUESTION.exec(text);
    if (question === null || !asksToReschedule(question[1]!)) return false;
    const rest = text.replace(question[1]!, " ");
    return !INVERTED_QUESTION.test(rest) && !EMBEDDED_QUESTION.test(rest) && !ASKS_WITHOUT_QUESTION_MARK.test(rest);
  };
  const asks = (plainQuestion || INVERTED_QUESTION.test(text.replace(REPORT_OPENING, "")) || asksOtherwise()) && !asksOnlyForAPause();
  const redFlags = screenRedFlags(text, { isQuestion: plainQuestion, asks, pain });
  const painLevel = painScoreLevel(pain);
  return { plainQuestion, asksOtherwise, pain, redFlags, painLevel, escalate: maxLevel(strictestLevel(redFlags), painLevel?.level ?? "none") };
}

/**
 * Screens made by `escalationOf`, each kept until the messages it was made for are read: under a
 * backlog a message is screened for red flags when it arrives and read in full later, and the
 * screen is most of the reading. The same words ("done", "hecho") share one screen. Only the
 * latest few thousand texts are kept.
 */
const screenedAhead = new Map<string, { screen: ReturnType<typeof screenText>; unread: number }>();
const SCREENED_AHEAD = 4_096;

interface ModelOptions {
  kindModel?: KindModel | null;
  levelModel?: LevelModel | null;
}

/** The level `readMessage` gives the message, at a fraction of its cost: escalation never depends on the context. */
export function escalationOf(raw: string, options: ModelOptions = {}): Reading["escalate"] {
  const { own, quoted } = ownWords(raw);
  const text = normalise(own);
  const kept = screenedAhead.get(text);
  const screen = kept?.screen ?? screenText(text);
  if (kept) kept.unread++;
  else {
    if (screenedAhead.size >= SCREENED_AHEAD) screenedAhead.delete(screenedAhead.keys().next().value!);
    screenedAhead.set(text, { screen, unread: 1 });
  }
  return withModelOpinion(withQuotedFlags(screen, quoted), text, options).escalate;
}

/** A level the model raises joins the red flags as one flag of its own, so the therapist sees that a model read it. */
function withModelOpinion(screen: ReturnType<typeof screenText>, text: string, options: ModelOptions): ReturnType<typeof screenText> {
  const model = options.levelModel === undefined ? LEVEL_MODEL : options.levelModel;
  if (!model) return screen;
  const flags = screen.redFlags.map((f) => f.id);
  const raised = levelRaisedByModel(text, { level: screen.escalate, flags, saysSomethingClinical: saysSomethingClinical(text, flags, screen.pain) }, model);
  if (raised === null) return screen;
  return { ...screen, redFlags: [...screen.redFlags, { id: READ_BY_THE_LEVEL_MODEL, level: raised, effect: "symptom" }], escalate: raised };
}

function screenOnce(text: string) {
  const kept = screenedAhead.get(text);
  if (kept === undefined) return screenText(text);
  if (--kept.unread === 0) screenedAhead.delete(text);
  return kept.screen;
}

/** Red flags in the lines set apart from the patient's own words (a forwarded message may carry them) still count. */
function withQuotedFlags(screen: ReturnType<typeof screenText>, quoted: string): ReturnType<typeof screenText> {
  if (quoted === "") return screen;
  const inQuote = screenText(normalise(quoted));
  if (inQuote.redFlags.length === 0) return screen;
  return { ...screen, redFlags: [...screen.redFlags, ...inQuote.redFlags], escalate: maxLevel(screen.escalate, inQuote.escalate) };
}

export function readMessage(input: ReadInput, options: ModelOptions = {}): Reading {
  const answering = answeringOf(input);
  const prompted = exercisesOf(answering);
  const { own, quoted } = ownWords(input.text);
  const text = normalise(own);
  const { plainQuestion, asksOtherwise, pain, redFlags, painLevel, escalate } = withModelOpinion(withQuotedFlags(screenOnce(text), quoted), text, options);
  // "hip achy tonight, a 2 maybe?": a score hedged is no question for its kind (red flags still hear the mark).
  const onlyAHedgedScore = A_HEDGED_SCORE_ONLY.test(text) && !QUESTION_START.test(text) && !INVERTED_QUESTION.test(text) && !asksOtherwise();
  const isQuestion = (plainQuestion || INVERTED_QUESTION.test(text) || asksOtherwise()) && !onlyAHedgedScore;
  const keepsMessages = wantsToKeepMessages(text);
  const byAccident = stoppedByAccident(text);
  const exercises = matchExercises(text, prompted);
  const onlyForNow = isOnlyForNow(text);
  const emojiOnly = text.length > 0 && !/[\p{L}\p{N}]/u.test(text);

  const signals: Signals = {
    keyword: matchKeyword(own, input.optedOut ?? false),
    asksToOptOut: asksToOptOut(text),
    shoutedStop: !keepsMessages && (SHOUTED_STOP.some((p) => p.test(text)) || shoutsAKeywordFirst(own)),
    stopSentence: keepsMessages || byAccident ? null : stopKeywordSentence(own),
    forGood: FOR_GOOD.test(text) || THERAPY_OVER.test(text),
    fedUpWithMessages: FED_UP_WITH_MESSAGES.test(text),
    onlyForNow,
    limitedStop: onlyForNow && STOP_WORDS.test(text),
    asksToOptIn: asksToOptIn(text) || saysStartKeywordSentence(own),
    // "START. I'm back from surgery": the keyword is an opt-in, whatever the pause before it.
    resumesAPause: (BACK_FROM_AWAY.test(text) || (FROM_A_LATER_DAY.test(text) && !byAccident)) && !saysStartKeywordSentence(own),
    asksToRestart: asksToRestart(text),
    wantsToKeepMessages: keepsMessages,
    asksAboutService: asksAboutService(text) || saysInfoKeywordSentence(own) || asksAboutTheKeyword(text),
    // "don't cancel my reminders" must not read as a request to cancel them.
    asksToReschedule: asksToReschedule(keepsMessages ? text.replace(globalVersion(KEEP_MESSAGES), " ") : text),
    offTopic: isOffTopic(text),
    redFlags,
    pain,
    completion: readCompletion({ text, raw: own, exercises, answering, prompted: prompted.length, isQuestion }),
    saysSomethingDone: SOMETHING_SAID_DONE.test(text),
    isQuestion,
    asksWithAQuestionMark: plainQuestion && !onlyAHedgedScore,
    aboutProgram:
      (PROGRAM_TOPIC.test(text) && !CLINIC_LOGISTICS.test(text)) ||
      exercises.named.length > 0 ||
      redFlags.some((f) => f.id === "question-for-clinician" || f.id === "asks-for-therapist"),
    symptomWords: SYMPTOM_WORDS.test(text),
    bodyNamed: BODY_PART.test(text),
    chitchat: CHITCHAT.some((p) => p.test(text)),
    smallTalkQuestion: SMALL_TALK_QUESTION.test(text),
    emojiOnly,
    doneEmoji: DONE_EMOJI.test(text),
    hasContext: prompted.length > 0,
    optedOut: input.optedOut ?? false,
    // Not an eye-roll: "getting every message 3 times now 🙄" is a complaint.
    cheerful: /(?![🙄😒])[!😀-🙏🎉❤️☀️]/u.test(text) || /\b(?:lol|haha|yay|woohoo)\b/.test(text),
  };
  const rulesDecision = decideKind(signals);
  const kindModel = options.kindModel === undefined ? KIND_MODEL : options.kindModel;
  const decision = kindModel ? secondOpinionOnKind(rulesDecision, text, signals.hasContext, kindModel) : rulesDecision;
  const ruleIds = [decision.rule, ...(painLevel ? [painLevel.id] : [])];
  return {
    kind: decision.kind,
    pain,
    escalate,
    rule: ruleIds.join("+"),
    redFlags: redFlags.map((f) => f.id),
    sure: decision.sure,
    exercises: exercises.named,
    source: "rules",
  };
}
