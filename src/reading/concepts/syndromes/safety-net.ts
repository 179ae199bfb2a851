import { type ConceptRule, lexicon } from "../lexicon.js";

/**
 * The safety net: symptom language beyond mild soreness that no syndrome rule explains is at least
 * `therapist`, never `none`. Mild words ("a bit sore", "achy", "stiff") are deliberately absent.
 */

/**
 * Said mildly, swelling or a bruise after exercise is expected and iced, not reviewed: "a little
 * swollen", "small bruise", "un poco hinchada". Said of anything else the modifier changes nothing.
 * Each guarded word is looked ahead first ("(?=swell)"), so the look-behind runs only where the
 * word starts instead of at every position of every message.
 */
const MILD = String.raw`(?<!\b(?:a (?:little|bit|tad|touch|wee bit|tiny bit)|bit|little|lil|slightly|slight|mildly|mild|small|tiny|minor|some) (?:of )?)`;
const LEVE = String.raw`(?<!\b(?:un poco|un poquito|un poquitin|poco|algo|ligeramente|levemente|leve|pequeno|pequeno) (?:de )?)`;

const SYMPTOM_LANGUAGE = lexicon(
  "symptoms beyond mild soreness",
  [
    `(?=swell)${MILD}swell\\w*`, `(?=swollen)${MILD}swollen`, `(?=swolen)${MILD}swolen`, `(?=puffy)${MILD}puffy`, `(?=bruis)${MILD}bruis\\w*`, "black and blue", "dizz\\w*", "light ?headed", "woozy", "vertigo", "(?:room|everything|head) (?:is |was |keeps )?spinning", "nause\\w*", "vomit\\w*", "threw up", "throwing up",
    "palpitat\\w*", "(?:heart|pulse) (?:is |was |keeps )?(?:racing|pounding|fluttering|skipping|irregular)", "throbb\\w*", "stabbing", "shooting", "burning (?:pain|sensation|feeling)", "sharp (?:pain|pains)", "(?:knee|joint|it|hip|back|shoulder) (?:\\w+ )?lock(?:ed|ing|s)(?: up)?",
    "gives? way", "giving way", "unstable", "limp(?:ing|s)?", "(?:cant|cannot|couldnt|unable to) (?:walk|sleep|bend|straighten|move|sit|stand(?! (?:the|it|this|that|these|those|him|her|them|doing|how|when))|lift|raise|turn)", "hurts? (?:a lot|so much|like hell|badly|bad)", "(?:really|very|so|extremely|super) (?:painful|sore|swollen)",
    "lot of pain", "so much pain", "in pain", "bad pain", "pain (?:is |s |has been |getting |feels )(?:really |very |so |pretty |quite )?bad", "blister\\w*", "rash", "discolou?r\\w*", "(?:blue|purple|white|cold) (?:toes|foot|fingers|hand)", "grinding", "clicking and (?:pain|hurting)", "cough\\w*", "headaches?", "migraine",
  ],
  [
    `(?=hinchad)${LEVE}hinchad\\w*`, `(?=inflamad)${LEVE}inflamad\\w*`, `(?=hinchazon)${LEVE}hinchazon`, `(?=moreton)${LEVE}moreton\\w*`, "morado\\w*", "mare(?:o|ad[oa]|os|ando)", "vertigo", "nause\\w*", "vomit\\w*", "palpitaciones", "punzante\\w*", "pinchazo\\w*", "ardor", "(?:se )?bloque(?:a|o|ada|ado)", "trab(?:a|o|ada)", "cojea\\w*", "renque\\w*",
    "no (?:puedo|puede|pude) (?:caminar|dormir|doblar|estirar|mover|sentarme|pararme|levantar)", "duele (?:mucho|muchisimo|bastante)", "mucho dolor", "muy (?:adolorid\\w*|hinchad\\w*)", "ampolla\\w*", "sarpullido", "comezon", "picazon", "tos", "dolor de cabeza", "jaqueca",
  ],
);

/** Said about a symptom that is getting better, it is not a new report: "the swelling went down". */
const IMPROVING = lexicon(
  "improving",
  ["(?:went|gone|going|come|came|coming) down", "(?:much |a lot |way )?better", "improv\\w*", "less (?:swollen|swelling|bruised|dizzy)", "(?:has )?gone", "settled", "eased", "(?:it |that )?passed", "went away", "gone away", "wore off"],
  ["(?:ya )?(?:bajo|bajando|baja)", "mejor", "menos (?:hinchad\\w*|inflamad\\w*|mareo)", "se (?:me )?(?:quito|fue|paso)"],
);

export const SAFETY_NET_RULE: ConceptRule = {
  id: "unexplained-symptom",
  syndrome: "safety-net",
  level: "therapist",
  effect: "request",
  description: "Symptom language beyond mild soreness that no other rule explains.",
  sentence: [SYMPTOM_LANGUAGE],
  unless: [IMPROVING],
};
