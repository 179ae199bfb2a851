import { matchesOf } from "./regex.js";

/** Words that deny what follows them ("no numbness", "didnt feel any", "sin dolor"). */
const CUE = /\b(?:no|non|not|never|without|didnt|dont|doesnt|isnt|wasnt|arent|werent|havent|hasnt|hadnt|nor|zero|none|nothing|sin|ni|nunca|nada|tampoco|ningun|ninguna|ninguno)\b/g;

/**
 * A cue followed by one of these expresses doubt, ignorance or accident, not denial: "not sure if I hit my head", "se tomó sin querer 10 pastillas";
 * or says the sign goes on: "no paras de sangrar", "doesnt stop bleeding".
 */
const NOT_A_DENIAL = /^\s*(?:(?:para|paras|paran|paraba|paro|deja|dejas|dejan|dejaba|dejo) de\b|(?:stop|stops|stopping|stopped)(?! (?:it|the|them|my|his|her))\b|querer(?:lo|la)?\b|pensar(?:lo)?\b|darme cuenta|darse cuenta|meaning to|thinking\b|sure|certain|know|think|realise|realize|notice|noticed|remember|mean|expect|idea|se si|se (?:cuant|cuand|dond|como\b|que\b)|sab\w* (?:cuant|si\b|que\b)|estoy segur|gonna lie|going to lie|to lie|to mention|voy a mentir|mention(?:ed)?\b|(?:tell|told) (?:you|u|them|anyone|anybody)\b|(?:te |les |le |os )?(?:conte|avise|mencione|comente)\b)/;
/** "Nothing helps the chest pain" says the pain is there; only "nothing like / nothing but…" deny it. */
const NOTHING_AFFIRMS = /^\s*(?:\w+ )?(?:helps?|helping|works?|working|eases?|easing|settles?|touch\w*|stops?|stopping|relieves?|will|is|seems|makes?|gets?|takes?|calms?|shifts?)\b/;

/** "I see nothing from my left eye", "feel nothing in my foot", "no veo nada por el ojo": nothing seen or felt is the sign itself. */
const SENSED_BEFORE_NOTHING = /\b(?:see|sees|saw|seeing|feel|feels|felt|feeling|hear|hears|heard|veo|ve|vi|veia|siento|siente|senti|sentia|oigo|oye)\s*$/;

/** "De la nada" is out of nowhere, "nada más levantarme" is as soon as I got up: suddenly, not nothing. */
const SUDDENLY_BEFORE_NADA = /\bde la\s*$/;
const AS_SOON_AS_AFTER_NADA = /^\s*mas \w+(?:ar|er|ir)(?:me|se|le|nos)?\b/;
/** "Never felt my chest this tight", "nunca había sentido un dolor así": never, said against now, tells a sign unlike any before. */
const LIKE_NOW_AFTER = /^[^.!?;\n]{0,60}?\b(?:like (?:this|that|it is now|now)|this (?:bad|tight|strong|heavy|weak|numb|sore|swollen|painful|intense|sharp|hard|much)|so (?:bad|tight|strong|heavy|intense|sharp)|asi|tan (?:fuerte|mal|intens\w*|apretad\w*|hinchad\w*|agud\w*|horrible)|como (?:este|esta|ahora|hoy|el de hoy))\b/;

/** Denial stops at the end of its clause: "no pain but my chest is tight", "pain is zero 🥳 done". */
const CLAUSE_END = /[.;!?¡¿\n,+&]|:(?=\s)|[\u2600-\u27BF]|[\uD83C-\uD83E][\uDC00-\uDFFF]|\b(?:but|pero|though|tho|however|although|aunque|and|y|except|excepto|now|ahora|then|luego|just|solo|only|still|todavia|sigue|because|porque|por+q\w{0,3}|porue|poque|poorq\w{0,2}|proq\w{0,3}|porke|xq|pq|cause|cuz|coz|cos|bc|since|desde)\b/g;

/**
 * Whether the phrase starting at `index` of a normalised text is denied by a cue at most
 * `window` words before it in the same clause.
 */
export function isNegatedAt(text: string, index: number, window = 4): boolean {
  const before = text.slice(0, index);
  let clauseStart = 0;
  for (const m of matchesOf(CLAUSE_END, before)) clauseStart = (m.index ?? 0) + m[0].length;
  const clause = before.slice(clauseStart);
  const words = clause.trim().split(/\s+/).filter(Boolean);
  const recent = words.slice(-window).join(" ");
  for (const cue of matchesOf(CUE, recent)) {
    const after = recent.slice((cue.index ?? 0) + cue[0].length);
    if (NOT_A_DENIAL.test(after)) continue;
    if (cue[0] === "nothing" && NOTHING_AFFIRMS.test(after)) continue;
    if ((cue[0] === "nothing" || cue[0] === "nada") && SENSED_BEFORE_NOTHING.test(recent.slice(0, cue.index))) continue;
    if (cue[0] === "nada" && (SUDDENLY_BEFORE_NADA.test(recent.slice(0, cue.index)) || AS_SOON_AS_AFTER_NADA.test(after))) continue;
    if ((cue[0] === "never" || cue[0] === "nunca") && LIKE_NOW_AFTER.test(text.slice(index))) continue;
    return true;
  }
  return false;
}

/** A checklist answered after the sign: "fever: no", "weight loss - nope", "fiebre: no"; not "chest pain - no idea why". */
const ANSWERED_NO = /^\s*(?:[:=-]+|\?)\s*(?:no|nope|none|nil|negative|nada|ninguna?)\s*(?:[.,;!]|$)/;

/** Said not to have returned: "the chest pain I had before my stent hasn't come back", "el mareo no ha vuelto". */
const NOT_BACK = /^[^.!?;,]{0,50}?\b(?:(?:hasnt|has not|havent|have not|never|no (?:me |le )?(?:ha|han)) (?:come back|came back|returned|vuelto|regresado)|(?:ya )?no (?:me |le )?(?:volvio|regreso|volvieron|regresaron)|never came back|didnt come back)\b(?! (?:until|till|since|hasta))/;

/** Whether the phrase ending at `end` is answered "no" right after it, as on a checklist. */
export function isAnsweredNoAfter(text: string, end: number): boolean {
  if (ANSWERED_NO.test(text.slice(end)) || NOT_BACK.test(text.slice(end))) return true;
  return SAID_NO_TO_IT.test(text.slice(end)) && ASKED_ABOUT_IT.test(text.slice(Math.max(0, end - 160), end));
}

/** A clinician's screening question answered no: "me preguntaron si tenía dolor de pecho o mareos y dije que no a todo". */
const ASKED_ABOUT_IT = /\b(?:asked|asking|asks) (?:me |him |her |us )?(?:if|whether|about)\b[^.!?;]*$|\bpregunt\w* (?:si|por|sobre)\b[^.!?;]*$/;
const SAID_NO_TO_IT = /^[^.!?;]{0,80}?\b(?:and|y) (?:i |he |she |yo |we )?(?:said|answered|told (?:them|her|him)|dije|dijo|conteste|contesto|respondi|respondio) (?:que )?(?:no|nope)\b/;
