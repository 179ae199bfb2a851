import type { Completion } from "./completion.js";
import { MAY_MEAN_THE_EXERCISE, type KeywordMatch } from "./keywords.js";
import type { MessageKind } from "./reading.js";
import type { RedFlagMatch } from "./red-flags.js";

/** Everything the reader noticed in a message, before deciding what it mainly is. */
export interface Signals {
  keyword: KeywordMatch | null;
  asksToOptOut: boolean;
  /** A keyword shouted around other words ("STOP!! too many texts"). */
  shoutedStop: boolean;
  /** The opt-out keyword said as a sentence of its own, a reason beside it: "STOP. 2nd time asking". */
  stopSentence: string | null;
  /** Said to last ("forever", "para siempre"), or therapy over ("discharged", "me dieron el alta"): not about an exercise. */
  forGood: boolean;
  /** Fed up with the messages themselves ("too many texts", "no necesito niñera"): a stop beside it is about them. */
  fedUpWithMessages: boolean;
  /** The opt-out is about timing ("stop texting me so early"). */
  onlyForNow: boolean;
  /** A stop word with a limit: "stop until after my surgery", "nada hasta el 15". */
  limitedStop: boolean;
  asksToOptIn: boolean;
  /** "I'm back", "ya regresé del viaje", "…otra vez el 20": asking for the reminders again after being away. */
  resumesAPause: boolean;
  /** "Start again": an opt-in after an opt-out, a resume after a pause. */
  asksToRestart: boolean;
  /** "Don't stop the reminders": the opposite of an opt-out. */
  wantsToKeepMessages: boolean;
  asksAboutService: boolean;
  asksToReschedule: boolean;
  offTopic: boolean;
  redFlags: RedFlagMatch[];
  pain: number | null;
  completion: Completion | null;
  /** Something is said to be done ("did the bridges", "chin tucks done", "las sentadillas sí"). */
  saysSomethingDone: boolean;
  isQuestion: boolean;
  /** Asked as a question, with a question mark or a question word first, not only in other words. */
  asksWithAQuestionMark: boolean;
  aboutProgram: boolean;
  symptomWords: boolean;
  /** A body part is named ("knee", "la espalda"). */
  bodyNamed: boolean;
  chitchat: boolean;
  /** Small talk asked as a question ("how are you?", "¿cómo le va?"). */
  smallTalkQuestion: boolean;
  emojiOnly: boolean;
  doneEmoji: boolean;
  hasContext: boolean;
  optedOut: boolean;
  cheerful: boolean;
}

export interface KindDecision {
  kind: MessageKind;
  rule: string;
  sure: boolean;
}

/**
 * What a message mainly is (LABELS.md). The order is the contract: opt-out keywords first,
 * then anything that may be an emergency, then explicit requests, then reports, then talk.
 */
export function decideKind(s: Signals): KindDecision {
  const sure = (kind: MessageKind, rule: string): KindDecision => ({ kind, rule, sure: true });
  const guess = (kind: MessageKind, rule: string): KindDecision => ({ kind, rule, sure: false });

  if (s.keyword) return sure(s.keyword.kind, s.keyword.rule);
  const symptoms = s.redFlags.filter((f) => f.effect === "symptom");
  const reportsDoing = s.completion?.state === "done" || s.completion?.state === "partial";
  const shouted = s.shoutedStop && (s.fedUpWithMessages || !reportsDoing) && !s.symptomWords && s.redFlags.length === 0 && s.pain === null && !s.isQuestion;
  // "Stop!" before a symptom or the session's report may be about the exercise ("Stop! my knee hurts when I bend it"); "Unsubscribe." never is.
  const aboutTheExercise = reportsDoing || s.symptomWords || s.bodyNamed || s.pain !== null || s.redFlags.some((f) => f.effect !== "request");
  const stopSaid = s.stopSentence !== null && (s.forGood || s.fedUpWithMessages || !(MAY_MEAN_THE_EXERCISE.has(s.stopSentence) && aboutTheExercise));
  const optOut = (s.asksToOptOut || shouted || stopSaid) && !s.onlyForNow;
  // A red flag inside an opt-out or a pause request is what matters (LABELS.md): the message is a
  // report; the patient is not opted out while telling us about an emergency, self-harm or pain 8–10.
  if (symptoms.some((f) => f.level === "emergency")) return sure("pain", "red-flag-emergency");
  if (s.redFlags.some((f) => f.effect === "mood" && f.level === "emergency")) return sure("pain", "mood-emergency");
  if (symptoms.some((f) => f.level === "urgent") || (s.pain !== null && s.pain >= 8)) return sure("pain", "red-flag-urgent");
  // "I sent STOP last month… please start sending them again": an opt-out told as past, with the opt-in asked now.
  if (optOut && s.asksToOptIn && !s.optedOut) return sure("start", "opt-in-after-an-opt-out-told");
  if (optOut) return sure("stop", "asks-to-opt-out");
  if (s.asksToOptIn) return s.resumesAPause && !s.optedOut ? sure("schedule", "resume-after-away") : sure("start", "asks-to-opt-in");
  if (s.asksToRestart) return s.optedOut ? sure("start", "restart-after-opt-out") : sure("schedule", "restart-after-pause");
  if (s.wantsToKeepMessages && !s.asksToReschedule && !s.completion) {
    return s.optedOut ? sure("start", "wants-messages-after-opt-out") : sure("chitchat", "wants-to-keep-messages");
  }
  // A sign for the therapist asked about ("leaking since my second baby, can the exercises help?") is a question.
  const asksOnly = s.asksWithAQuestionMark && s.pain === null && s.completion === null && !s.asksToReschedule && !s.limitedStop && !s.asksToOptOut;
  // "Did the bridges, the clamshells hurt too much to do": part of the session done and one left for pain is a part-done session.
  const leftForPain = symptoms.length > 0 && symptoms.every((f) => f.id === "exercise-stopped-by-pain");
  if (leftForPain && s.completion?.state === "partial" && s.saysSomethingDone && (s.pain === null || s.pain < 5)) return sure("partial", "partial-one-left-for-pain");
  // "couldn't do the squats, the knee hurts going down; the others neither": the session not done, with its reason.
  if (leftForPain && s.completion?.state === "not_done" && s.completion.rule === "completion-others-not-either" && (s.pain === null || s.pain < 5)) return sure("not_done", "not-done-one-left-for-pain");
  if (symptoms.length > 0) return asksOnly ? sure("question", "question-about-a-sign") : sure("pain", "red-flag-symptom");
  if (s.pain !== null) {
    // Mild pain beside what was or was not done is said in passing: "sore 3/10 but I'll do them after practice".
    if (s.completion && s.pain < 5) return sure(s.completion.state, `${s.completion.rule}+mild-pain`);
    // …and so beside a question: "can I use a heating pad before the exercises? back is 4" asks.
    if (s.pain < 5 && s.asksWithAQuestionMark) return sure("question", "question-with-mild-pain");
    return sure("pain", "pain-score");
  }
  if (s.asksAboutService) return sure("help", "asks-about-service");
  if (s.asksToReschedule || (s.asksToOptOut && s.onlyForNow)) return sure("schedule", "asks-to-reschedule");
  if (s.limitedStop && !s.completion) return sure("schedule", "limited-stop");
  // A session reported beside an aside about the bill or the weather is a report; "how's the weather there?" is small talk.
  // …and a question for the clinician asked beside the bill ("can I take my husband's tramadol? the refill isn't covered till the 1st") is that question.
  if (s.offTopic && !reportsDoing && !s.redFlags.some((f) => f.id === "asks-for-therapist" || f.id === "question-for-clinician")) return s.smallTalkQuestion ? sure("chitchat", "small-talk-question") : sure("other", "off-topic");
  if (s.completion) return { kind: s.completion.state, rule: s.completion.rule, sure: s.completion.sure };
  // "Quiero hablar contigo por teléfono cuando tengas un hueco": asking for the therapist is a question, however it is put.
  if (s.redFlags.some((f) => f.id === "asks-for-therapist")) return sure("question", "asks-for-therapist");
  if (s.isQuestion) {
    if (s.aboutProgram) return sure("question", "program-question");
    return s.smallTalkQuestion ? sure("chitchat", "small-talk-question") : guess("other", "question-off-program");
  }
  // Low mood is not a pain report ("me siento desanimada"): it is escalated for the therapist, and read as what it is.
  if (s.redFlags.some((f) => f.effect === "mood")) return sure("other", "mood");
  if (s.symptomWords) return sure("pain", "symptom-words");
  if (s.emojiOnly) return s.doneEmoji && s.hasContext ? guess("done", "done-emoji") : sure("chitchat", "emoji-only");
  if (s.chitchat) return sure("chitchat", "small-talk");
  // Nothing else said, and a body part named: the patient is telling how it is, whatever the words ("the back of my thighs is grumbly").
  if (s.bodyNamed) return guess("pain", "body-named");
  return s.cheerful ? guess("chitchat", "cheerful-fallback") : guess("other", "fallback");
}
