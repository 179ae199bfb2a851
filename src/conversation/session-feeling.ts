import { plainWords } from "../text/fold.js";
import { hasPrefixMention } from "../text/phrase-match.js";

/**
 * How a session felt, said with a "done" and no pain score: "done but it hurt", "finally did them,
 * felt great", "lo hice pero me costó". Pure. The reply affirms the work and reflects the feeling
 * in kind (MI: an affirmation of the effort plus a reflection of what was said, never cheering next
 * to pain); whether pain needs the therapist is the reader's decision, not this one's.
 *
 * The grammar, in both languages: pain words (hurt) unless negated; dislike (hated, boring, what a
 * drag, qué flojera); effort (hard, a struggle, took forever, wiped me out, me costó, agotada);
 * a good feeling (felt + a good word, loved it, easy, stronger, me sentí bien, 💪). Negated effort
 * ("wasn't hard", "no me costó") is a good feeling; negated good ("not easy") is effort. Pride ("proud of
 * myself", "orgullosa") is affirmed as the patient's own.
 */
export type SessionFeeling = "hurt" | "disliked" | "hard" | "proud" | "good";

const HURT =
  /\b(?:hurt|hurts|hurting|ouch|painful|sore|ached|aching|achy|it was agony|killed my|dolio|dolieron|duele|duelen|me dolio|doloros[oa]s?|dolorid[oa]s?|molestias?|me molest\w*|con dolor)\b/;
// "didn't hurt", "no pain", "sin dolor": said to reassure, not to report pain.
const NOT_HURT =
  /\b(?:didn ?t hurt|did not hurt|doesn ?t hurt|don ?t hurt|no pain|pain free|painless|without pain|not sore|no (?:me )?dol(?:io|ieron|ia|ian|or)|sin dolor|ni (?:me )?dolio|nada de dolor|no (?:me )?duele\w*)\b/;

const DISLIKED = [
  "hated", "hate", "hate them", "hate it", "not fun", "no fun", "wasn t fun", "wasnt fun", "didn t enjoy", "didnt enjoy", "didn t like", "didnt like",
  "awful", "horrible", "miserable", "dreaded", "boring", "bored", "bore me", "bores me", "tedious", "a drag", "such a drag", "what a drag", "a chore",
  "annoying", "sucked", "ugh", "ughh*", "meh", "blah", "not a fan", "can t stand", "cant stand",
  "aburrimiento", "odio", "los odio", "no me gustan", "no me gusta", "no me gusto", "no me gustaron", "un rollo", "que rollo", "pesadisimo*",
  "aburrid*", "un fastidio", "que fastidio", "que pesadez", "que pesad*", "que flojera", "q flojera", "flojera", "que pereza", "q pereza", "pereza",
  "que lata", "una lata", "un embole", "un plomo", "odiosos", "odiosas", "un asco", "que asco",
];
const HARD = [
  "was hard", "were hard", "so hard", "really hard", "pretty hard", "bit hard", "hard today", "hard work", "tough", "difficult", "struggled", "a struggle",
  "struggle", "exhausting", "exhausted", "tiring", "tired", "knackered", "wiped", "wiped me out", "worn out", "took forever", "took ages", "took me ages",
  "took me forever", "brutal", "killer", "challenging", "hard going", "heavy going", "barely", "somehow", "pushed through", "push through",
  "almost gave up", "nearly gave up", "not easy", "wasn t easy", "wasnt easy", "sweating", "sweaty", "slog", "a grind", "jelly", "like jelly",
  "noodles", "wrecked", "rough", "hard one", "killed me", "a workout", "legs are dead", "beat", "spent", "gassed", "whacked", "knackered",
  "me costo*", "me costaron", "costaron", "costo mucho", "muy duro*", "fue duro", "duros", "duras", "dificil*", "agotador*", "agotad*", "me canse",
  "cansad*", "reventad*", "muert* de cansancio", "hecho polvo", "hecha polvo", "me mataron", "a duras penas", "no fue facil", "nada facil",
  "con esfuerzo", "uf", "uff*", "que esfuerzo", "sude", "que duro*", "que dura*", "bien duro*", "super duro*", "re duro*", "fue dura",
  "fue pesado", "fue pesada", "fueron pesados", "muy pesado*", "me canse mucho",
];
// Effort denied is a good session: "wasn't hard at all", "no me costó nada".
const NOT_HARD = /\b(?:not (?:so |too |that |very )?(?:hard|bad|difficult|tough)|wasn ?t (?:so |too |that |very )?(?:hard|bad|difficult|tough)|no (?:me )?(?:costo|costaron)|no fue (?:tan |muy )?(?:dificil|duro))\b/;
const GOOD =
  /\b(?:fe(?:lt|el|els|eling|elin) (?:really |so |very |pretty |super |much |a lot |way |quite |real )*(?:great|good|amazing|awesome|fantastic|wonderful|brilliant|strong|stronger|better|fine|nice|loose|looser|lighter|easier|energi[sz]ed|accomplished|proud)|loved (?:it|them)|enjoyed (?:it|them)|(?:it was|they were|felt|were|was) (?:easy|easier|fun|nice|good|great|fine)|easier|easy peasy|easy today|proud of myself|feeling stronger|getting stronger|getting easier|me (?:senti|siento) (?:muy |super |re |mucho |bastante )?(?:genial|bien|mejor|fuerte|mas fuerte|de maravilla|ligera|ligero|orgullos[oa])|me encant\w+|me gustaron|me gusto|me sentaron (?:muy )?bien|mas facil\w*|(?:fue|fueron|estuvo|estuvieron) (?:muy |super |re )?(?:facil\w*|bien|genial)|facil\w*|genial|de lujo|orgullos[oa] de mi)\b/;
const NOT_GOOD = /\b(?:not (?:so |that |very )?(?:easy|great|good|fun)|wasn ?t (?:so |that |very )?(?:easy|great|good|fun)|no (?:fue|fueron) (?:tan |muy )?(?:facil\w*|bien)|no me gusto|no me siento bien|no me senti bien)\b/;
const PROUD = /\b(?:proud|orgullos[oa]s?|me siento realizad[oa]|accomplished|nailed it|smashed it|crushed it)\b/;
const STRONG_EMOJI = /💪|😊|😀|😃|😄|😁|🙂|👌|🔥|🥳|🎉|😎/u;
const TIRED_EMOJI = /😩|😫|🥵|😓|😮‍💨|🥱/u;
const DISLIKED_EMOJI = /🙄|😒|😑|🤮|😤/u;

export function sessionFeeling(text: string): SessionFeeling | null {
  const t = plainWords(text);
  if (HURT.test(t) && !NOT_HURT.test(t)) return "hurt";
  if (hasPrefixMention(t, DISLIKED) || DISLIKED_EMOJI.test(text)) return "disliked";
  if (NOT_HARD.test(t)) return "good";
  if (hasPrefixMention(t, HARD) || NOT_GOOD.test(t) || TIRED_EMOJI.test(text)) return "hard";
  if (PROUD.test(t)) return "proud";
  if (GOOD.test(t) || NOT_HURT.test(t) || STRONG_EMOJI.test(text)) return "good";
  return null;
}
/**
 * A change the patient noticed, in their own words, to be said back: "way less stiff", "easier than
 * last week", "más fácil que antes". Read on the lower-cased text itself (accents kept), since the
 * words go back to the patient.
 */
const CHANGE_NOTICED = [
  /\b(?:(?:way|much|a lot|a bit|a little|bit|so much|heaps|loads|even) )?(?:less|more) (?:stiff|sore|tight|achy|painful|swollen|wobbly|flexible|mobile|steady|stable|bendy)\b(?: than (?:last week|yesterday|before|usual|last time|the first time))?/,
  /\b(?:(?:way|much|a lot|a bit|a little|bit|so much|heaps|loads|even) )?(?:easier|stronger|looser|lighter|steadier|smoother|better) than (?:last week|yesterday|before|usual|last time|the first time|ever)\b/,
  /(?<!\p{L})(?:(?:mucho|bastante|un poco|algo) )?(?:más|mas|menos) (?:rígid[oa]|rigid[oa]|ties[oa]|adolorid[oa]|hinchad[oa]|fuerte|flexible|fácil|facil|suelt[oa]|estable)(?: que (?:la semana pasada|ayer|antes|la última vez|la ultima vez))?(?!\p{L})/u,
];

export function changeNoticed(text: string): string | null {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const pattern of CHANGE_NOTICED) {
    const found = pattern.exec(lower);
    if (found) return found[0];
  }
  return null;
}

// The whole message is a number, maybe with "/10": "4", "a 6", "un 3", "about 5 out of 10".
const BARE_SCORE = /^(?:(?:a|an|about|around|like|maybe|prob(?:ably)?|un|una|como|unos|sobre|mas o menos) )*(?<score>\d{1,2})(?: (?:out of|de|over) 10| 10)?$/;

/** The pain score a bare answer to "how bad was it, from 0 to 10?" gives, or null when it is not one. */
export function answeredPainScore(text: string): number | null {
  const score = Number(BARE_SCORE.exec(plainWords(text))?.groups?.score ?? NaN);
  return Number.isInteger(score) && score >= 0 && score <= 10 ? score : null;
}
