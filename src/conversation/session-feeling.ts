import { plainWords } from "../text/fold.js";

/**
 * How a session felt, said with a "done" and no pain score: "done but it hurt", "did them, felt
 * great", "los hice pero me dolió". Pure. The reply affirms the work and reflects the feeling;
 * whether pain needs the therapist is the reader's decision, not this one's.
 */
export type SessionFeeling = "hurt" | "good";

const HURT =
  /\b(?:hurt|hurts|hurting|ouch|painful|sore|ached|aching|achy|it was agony|killed my|dolio|dolieron|duele|duelen|me dolio|doloros[oa]s?|dolorid[oa]s?|molestias?|me molest\w*|con dolor)\b/;
// "didn't hurt", "no pain", "sin dolor": said to reassure, not to report pain.
const NOT_HURT =
  /\b(?:didn ?t hurt|did not hurt|doesn ?t hurt|don ?t hurt|no pain|pain free|painless|without pain|not sore|no (?:me )?dol(?:io|ieron|ia|ian|or)|sin dolor|ni (?:me )?dolio|nada de dolor|no (?:me )?duele\w*)\b/;
const GOOD =
  /\b(?:fe(?:lt|el|els|eling) (?:really |so |very |pretty |super |much |a lot |way )*(?:great|good|amazing|awesome|fantastic|wonderful|brilliant|strong|stronger|better)|loved (?:it|them)|enjoyed (?:it|them)|(?:it was|they were|felt) easy|easier|me (?:senti|siento) (?:muy |super |mucho )?(?:genial|bien|mejor|fuerte|mas fuerte)|me encant\w+|me gustaron|me sentaron (?:muy )?bien|mas facil\w*|genial)\b/;

export function sessionFeeling(text: string): SessionFeeling | null {
  const t = plainWords(text);
  if (HURT.test(t) && !NOT_HURT.test(t)) return "hurt";
  if (GOOD.test(t) || NOT_HURT.test(t)) return "good";
  return null;
}

// The whole message is a number, maybe with "/10": "4", "a 6", "un 3", "about 5 out of 10".
const BARE_SCORE = /^(?:(?:a|an|about|around|like|maybe|prob(?:ably)?|un|una|como|unos|sobre|mas o menos) )*(?<score>\d{1,2})(?: (?:out of|de|over) 10| 10)?$/;

/** The pain score a bare answer to "how bad was it, from 0 to 10?" gives, or null when it is not one. */
export function answeredPainScore(text: string): number | null {
  const score = Number(BARE_SCORE.exec(plainWords(text))?.groups?.score ?? NaN);
  return Number.isInteger(score) && score >= 0 && score <= 10 ? score : null;
}
