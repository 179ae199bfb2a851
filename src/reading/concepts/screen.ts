import { isAnsweredNoAfter, isNegatedAt } from "../negation.js";
import { clauseAround, matchesOf } from "../regex.js";
import type { EscalationLevel } from "../reading.js";
import { type ConceptRule, type Lexicon, type Syndrome, type WordStarts, anyOf, mayBeIn, nextMatch, patternOf, wordStartsOf } from "./lexicon.js";
import { BASELINE, CHANGED_FROM_THE_USUAL, LONG_AGO, RECENT, RULED_OUT, SINCE_AN_OLD_INJURY } from "./shared.js";

export interface ScreenOptions {
  /** Plainly a question (a question mark, or opened like one): an "if" in it is hypothetical. */
  isQuestion: boolean;
  /**
   * Asks something at all, question mark or not ("im pregnant can i keep doing these", "wondering
   * if I can put voltaren on it"): enough for the rules that only fire in questions. Defaults to isQuestion.
   */
  asks?: boolean;
  /** The pain score the message states, if any. */
  pain?: number | null;
  /** A sign a clinician has since cleared is cancelled in a question too (by default a question keeps it). */
  allClearHeardInQuestions?: boolean;
}

/**
 * A symptom named after "if" in a question is not a report: "what if my knee swells?",
 * "if I ever get numbness do I call you?". Doubt is not a condition: "not sure if I hit my head".
 * Only the "if" clause itself is hypothetical: past its comma the symptom is what happens
 * ("if I push, my chest gets tight, should I stop").
 */
// "As if" and "como si" compare; they are not conditions ("como si tuviera un elefante encima del pecho").
// "if anyone real reads this, my arm just went weak": a plea to be read, not a condition on the sign.
const CONDITION = /\b(?:(?<!\b(?:as|como) )(?:if|si)(?! (?:anyone|anybody|someone|somebody|you|u|alguien|usted|ustedes) (?:\w+ )?(?:reads?|is reading|sees?|gets?|is there|are there|is listening|lee|leen|esta leyendo|ve|esta ahi)\b)|si (?:me |le |se )?llega a|in case|what if|whether|y si|que pasa si|en caso de que|por si)\b/g;
const DOUBT_BEFORE = /\b(?:not sure|unsure|dont know|do not know|wondering|no se|no estoy segur[oa])\s*$/;

/** Advice passed on is not a report: "the leaflet says call 911 if you have chest pain". */
const ADVICE_BEFORE = /\b(?:says?|said|told (?:me|us|him|her)|tells? (?:me|us)|advised?|according to|leaflet|handout|instructions?|(?:texts?|texted|messages?|messaged|reminds?|reminded|emails?|emailed) (?:me|us|him|her)|keeps? (?:telling|saying|texting)|dice|dijo|dijeron|me dijeron|segun|indica\w*|me (?:escribe|manda|recuerda|repite))\b/;

/** The words that advise watching for a sign: "watch for", "keep an eye out for", "vigilar si hay". */
const WATCH_FOR = String.raw`\b(?:watch(?:ing)? (?:out )?for|look(?:ing)? out for|keep an eye (?:out )?for|be on the lookout for|vigil(?:ar|e|o|en|ara|aras|aran|ase|es|ando)(?: si (?:hay|tengo|tiene|aparece)| que no (?:haya|tenga))?|estar pendiente de|pendiente (?:de )?si (?:hay|tengo|tiene))`;

/**
 * What to watch for is advice, not a report: "the leaflet says watch for mottled skin and fever", "me
 * dijeron que vigile si la herida se pone roja". Only in the same clause: past a comma it may be a report,
 * and so it is past a turn to the patient's own body ("watch for fever and my wound is red").
 */
const WATCH_FOR_BEFORE = new RegExp(String.raw`(?:${WATCH_FOR}|\bwhat to look for|\bwarning signs? (?:are|is|include|of|like)|\bestar atent[oa] (?:a|si)|\bsenales de alarma)\b[^,]*$`);
const TURNED_TO_THEIR_OWN = /\b(?:and|but|now|y|pero|ahora) (?:now |ahora )?(?:my|i|im|ive|its|mi|me|tengo|ya)\b/;
const advisedToWatchFor = (before: string) => {
  const advice = WATCH_FOR_BEFORE.exec(before);
  return advice !== null && !TURNED_TO_THEIR_OWN.test(advice[0]);
};

/**
 * A sign feared is not a sign had: "terrified my new hip will dislocate", "anxious about fainting again",
 * "me da miedo que se me salga". Only what the fear looks ahead to ("will", "of", "que"), never "worried
 * about the swelling in my calf", which reports the swelling.
 */
const FEARED_BEFORE = /\b(?:scared|afraid|worried|anxious|nervous|terrified|frightened|petrified|paranoid|fear(?:ful)?|miedo|temo|me preocupa|preocupad[oa])\b(?:(?!\b(?:because|cause|cos|coz|since|now|porque|ya que|pero|but)\b)[^,;]){0,40}?(?:\b(?:of|about)(?: (?:getting|having|another|it|a|an))?|\b(?:will|ll|might|could|would|may|going to|gonna)(?: \w+){0,3}|\bque(?: (?:se|me|le|lo|la))*) $/;

/**
 * "What are the signs of infection I should watch for?", "what does an infected incision look like?", "¿qué es el pie
 * caído?": asking what something is or looks like, not a report. Only an article may come between: "what is this
 * chest pain?" reports one.
 */
const SIGNS_OF_BEFORE = /\b(?:(?:what|which) (?:are|r|would be) (?:the )?(?:warning |main |usual )?signs? of|(?:cuales|que) (?:son )?(?:las )?(?:senales|signos) de)\b[^,]*$|\b(?:what does|what do|whats|what is) (?:a |an |the )?$|\b(?:que es|como se (?:ve|ven|nota|notan|reconoce)) (?:(?:un|una|el|la|los|las) (?:\w+ )?)?$/;

const MEANING_ASKED = /^\W*(?:(?:what|wat|wht) (?:does|do|dose) (?:\w+ ){1,3}mean|whats? (?:the )?meaning of(?: \w+){1,3}|(?:que|q) (?:significa|quiere decir|es eso de)(?: \w+){1,3}|what is meant by(?: \w+){1,3})\W*$/;

/** A worry dated from a moment past is about something happening: "me preocupa que no pueda orinar desde anoche". */
const ONGOING_SINCE = /\b(?:since (?:this|last|yesterday|lunch|breakfast|the|my|\d)|for (?:hours|days|the last|an hour)|all (?:day|night|morning)|desde (?:anoche|ayer|esta|hace|el|la|que)|hace (?:un rato|\w+ (?:horas|dias|minutos))|todo el dia|llevo (?:asi|\w+ (?:horas|dias)))\b/;

/** "If I ever…", "si algún día…": a question about some day, all of whose clauses are what-ifs. */
const SOME_DAY_IF = /\b(?:if (?:i|it|he|she|we|you|they|(?:my|his|her) \w+) ever|if ever|if one day|if at some point|si (?:algun dia|alguna vez|en algun momento|en el futuro)|por si (?:algun dia|alguna vez))\b[^.!?]*$/;

const IN_CASE = /\b(?:in case|incase|just in case|por si(?! acaso\b)|en caso de que)\b/g;
const GUARDED_AGAINST = /^ (?:(?!(?:matters|helps|wondering|need|needs|know|want|wants|asked|ask|sirve|importa|interesa|necesita|quiere|quieren|saber|pregunta|preguntan)\b)\w+ ){0,3}$/;

const WOULD_BEFORE = /\b(?:i d|id|i would|would|you d|youd)\s+(?:probably |literally |totally |actually |just )?$/;

export function isHypotheticalAt(sentence: string, index: number, isQuestion: boolean): boolean {
  const before = sentence.slice(0, index);
  // "If I ever get numbness again do I message you or the surgeon": some day, with or without a question mark.
  if (SOME_DAY_IF.test(before)) return true;
  // "I'd collapse if I did step ups in this": what would happen, on a condition.
  if (WOULD_BEFORE.test(before) && /\b(?:if|unless)\b/.test(sentence)) return true;
  // "por si me da fiebre no los hago", "in case I get dizzy": what is guarded against, in a statement too, within its clause.
  // Only the sign it opens on: not "in case it matters, my calf is swollen" nor "por si sirve de algo tengo fiebre".
  for (const m of matchesOf(IN_CASE, before)) if (GUARDED_AGAINST.test(before.slice(m.index + m[0].length))) return true;
  if (!isQuestion) {
    const after = sentence.slice(index);
    const feared = FEARED_BEFORE.test(before) && !ONGOING_SINCE.test(after.split(/[.!?;]/, 1)[0]!);
    return (reportsAdviceIf(before) || advisedToWatchFor(before) || feared) && (!TURNS_TO_NOW.test(after) || REASSURED_SINCE.test(after));
  }
  if (SIGNS_OF_BEFORE.test(before) || advisesCallingFor(before)) return true;
  // "¿qué significa 'embolia'?", "what does DVT mean": the word asked about, not a sign had.
  if (MEANING_ASKED.test(sentence)) return true;
  for (const m of matchesOf(CONDITION, before)) {
    const clause = before.slice(m.index + m[0].length);
    // "Si me duele el pecho, ¿paro?": the question after the comma is the what-if's own. A sentence ends one ("perdón si exagero. tengo fiebre…").
    if ((!clause.includes(",") || /,\s*¿[^,]*$/.test(clause)) && !/(?<!\d)\.(?!\d)|[!?;\n]/.test(clause) && !DOUBT_BEFORE.test(before.slice(0, m.index))) return true;
  }
  return false;
}

/**
 * The condition someone warned about, then said to have come true: "the nurse said if my throat ever felt tight to call
 * 911 — well it does", "me dijo que si se me hinchaba la pantorrilla y me faltaba el aire fuera a urgencias. Pues tengo
 * las dos cosas". Then its "if"s are no what-ifs: the message is screened with them blanked.
 */
const CONDITION_NOW_MET =
  /\b(?:(?:well|and|but|which|guess what|now),? (?:it|they|that|both|this) (?:(?:just|now|actually) )?(?:does|do|did|is|are|has|have)(?= *(?:[.,;:!?\u2014-]|$|and\b|now\b|today\b|since\b|right now\b))|(?:now )?i (?:have|ve got|got) both|both (?:are|have) (?:happened|started|happening)|(?:it s|its|that s|thats|this is|which is) (?:exactly )?(?:what s |what is )?happening (?:now|right now|today)|(?:pues|y|bueno|ahora),? (?:ya )?(?:tengo|siento|me pasa|me esta pasando|me paso) (?:las dos cosas|ambas cosas|los dos|las dos|ambos|ambas|eso|justo eso|exactamente eso)|(?:y|pues|bueno),? (?:ya )?me (?:esta pasando|paso)(?= *(?:[.,;:!?]|$)))/;
export function withConditionsMet(text: string): string {
  return CONDITION_NOW_MET.test(text) ? text.replace(CONDITION, (word) => "_".repeat(word.length)) : text;
}

/**
 * A sign put to the reader as "you" and then claimed ("you know when your chest gets crushed? that's been me all
 * morning", "¿sabes cuando se te duerme medio cuerpo? así estoy desde hace media hora"): the "you" is the writer.
 * Then the message is screened told in the first person, and its question is no what-if.
 */
const CLAIMED_AS_THEIR_OWN =
  /\b(?:(?:thats|that s|that is|this is|which is) (?:been |exactly |literally )?(?:me|what i have|what i ve got|what s happening|whats happening|happening to me)(?! too\b)|(?:its|it s) happening to me|(?:asi|eso) (?:mismo |exactamente )?(?:estoy|ando|me (?:pasa|paso|esta pasando|siento|tiene))|(?:eso|esto|asi) (?:es lo que )?(?:me (?:esta pasando|pasa ahora)|tengo (?:yo )?(?:ahora|desde))|(?:pues|bueno),? (?:yo )?(?:estoy|ando) asi|(?:todays|today is|today s|tonights|hoy es|hoy fue|hoy) (?:one of (?:those|them)|uno de (?:esos|ellos))|(?:mines|mine is|mine s|mine has|mine) (?:been |started |is )?(?:doing|done) (?:that|this|it|the same)|(?:el|la) mia (?:hace|esta haciendo|ha estado haciendo|anda haciendo) (?:eso|lo mismo)|el mio (?:hace|esta haciendo|ha estado haciendo|anda haciendo) (?:eso|lo mismo)|(?:just|right) now|ahora mismo|ahorita mismo)\b/;
const GENERIC_YOU: [RegExp, string][] = [
  [/\byourself\b/g, "myself"],
  [/\byour\b/g, "my"],
  [/\byou re\b|\byoure\b/g, "im"],
  [/\byou\b/g, "i"],
  [/\bse te\b/g, "se me"],
  [/\bte\b/g, "me"],
  [/\btu\b/g, "mi"],
];
export function claimedAsTheirOwn(text: string): string | null {
  if (!CLAIMED_AS_THEIR_OWN.test(text)) return null;
  const owned = GENERIC_YOU.reduce((t, [pattern, mine]) => t.replace(pattern, mine), text);
  return owned === text ? null : owned;
}

/** A sign's start dated after it: "started yesterday", "since last night", "empezó ayer", "arrancó hace unos días", "lleva 40 minutos". */
export const TOLD_AS_BEGUN =
  /\b(?:(?:it |this |that |they )?(?:started|began|begun|came on|kicked in)|(?:been|had it|going on) since) (?:\w+ ){0,2}(?:yesterday|today|this morning|last night|overnight|(?:\w+|a few|two|three) (?:days?|hours?) ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:empezo|empezaron|comenzo|arranco|inicio) (?:\w+ ){0,3}(?:ayer|hoy|anoche|esta manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|hace (?:unos|un par de|\w+) (?:dias|horas))\b|\b(?:lleva|llevo|llevamos) (?:ya )?(?:\d+|unos|unas|mas de|media|una|un|dos|tres|varias|varios) (?:\w+ )?(?:minutos|horas|hora|rato)\b|\b(?:been|going on|(?:has|have) gone on) for (?:over |more than |about )?(?:\d+|an?|half an|two|three|forty|thirty) (?:minutes|mins|hours?)\b/;

/** "…but my physio explained it and I'm fine": what follows the fear or the advice settles it rather than reporting it. */
const REASSURED_SINCE = /\b(?:(?:im|i am|i feel|feeling|all|its|everything(?: is| s)?) (?:totally |completely |perfectly |absolutely )?(?:fine|ok|okay|good|all good|alright|all right)|explained|reassured|put my mind at rest|nothing (?:wrong|to worry about)|(?:estoy|me siento|todo) (?:\w+ )?(?:bien|tranquil[oa])|me (?:lo )?explico|me tranquiliz\w*)\b/;
/** …unless the message goes on to say it is happening: "…if the chest pain comes back, and it just did". */
const TURNS_TO_NOW = /\b(?:and|but|y|pero|now|ahora)\b[^.!?]*\b(?:it|its|i|im|ive|this|that|my|just|did|has|again|me|ya|tengo|esta|otra vez)\b/;

/** "the handout says call 911 for chest pain": what to call the emergency number for, in advice, is no report. */
const EMERGENCY_CALL_FOR = /\b(?:call|ring|dial|phone|go to|head to|llam\w*|ir a|acudir a|marcar al?)(?: the| al?| a la| el)? (?:911|999|112|000|an ambulance|ambulance|ems|er|a&e|emergency room|the emergency room|hospital|urgencias|emergencias|ambulancia)(?: (?:right away|immediately|straight away|asap|de inmediato|enseguida))? (?:for|with|about|por|con|ante|si hay) (?:\w+ ){0,2}$/;
const advisesCallingFor = (before: string) => EMERGENCY_CALL_FOR.test(before) && ADVICE_BEFORE.test(before);
/** "…says call 911 if you have chest pain": an "if" clause, still open, after advice someone gave. */
function reportsAdviceIf(before: string): boolean {
  if (advisesCallingFor(before)) return true;
  for (const m of matchesOf(CONDITION, before)) {
    const clause = before.slice(m.index + m[0].length);
    if (!clause.includes(",") && ADVICE_BEFORE.test(before.slice(0, m.index))) return true;
  }
  return false;
}

/**
 * Sentences of a normalised message; combinations are looked for within one. A Spanish question
 * opened after a comma goes on the same sentence: "si algún día se hincha, ¿voy a urgencias?".
 * Telegraphic fragments of up to three words are also read with the sentence after them (or, at the end,
 * the one before): "face. drooping. left side. just now", "It's my calf. Swollen and red and I'm puffing."
 */
export function sentencesOf(text: string): string[] {
  const pieces = text
    // A checklist answered across a question mark ("fever? nope") stays one sentence, for the denial to be heard.
    // A decimal point ("37.8", "2.5 kg") ends no sentence.
    .split(/(?:(?<!\d)\.|\.(?!\d)|[!;\n]|\?(?!\s*(?:no|nope|none|nil|nada|ninguna?)\s*(?:[.,;!]|$)))+|(?<!,\s*)[¡¿]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const joined: string[] = [];
  let fragments: string[] = [];
  for (const piece of pieces) {
    if (wordCount(piece) <= FRAGMENT_WORDS) {
      fragments.push(piece);
      continue;
    }
    if (fragments.length > 0) joined.push([...fragments, piece].join(", "));
    fragments = [];
  }
  const last = pieces.length > fragments.length ? pieces[pieces.length - fragments.length - 1] : undefined;
  if (fragments.length > 1 || (fragments.length > 0 && last !== undefined)) joined.push([...(last === undefined ? [] : [last]), ...fragments].join(", "));
  // A sentence that points back ("And the right side of my face. It's gone numb.") goes on the one before.
  pieces.forEach((piece, i) => {
    if (i === 0 || !(POINTS_BACK.test(piece) || (PLACE_ONLY.test(piece) && wordCount(piece) <= 6))) return;
    // Past the fragments in between: "¿es normal que la pantorrilla esté así? foto. está dura".
    let before = i - 1;
    while (before > 0 && wordCount(pieces[before]!) <= FRAGMENT_WORDS) before--;
    joined.push(pieces.slice(before, i + 1).join(", "));
  });
  // The pieces stay sentences of their own: joining only adds combinations, it never hides one.
  return [...pieces, ...joined];
}

const FRAGMENT_WORDS = 3;
// …and a question about it, and Spanish's subjectless "está dura", "se ve roja".
const POINTS_BACK = /^(?:it|its|it s|they|theyre|both|is (?:that|this|it)|es (?:eso|esto)|esta (?:dur|hinchad|roj|calient|morad|negr|blanc|fri)\w*|se ve (?:roj|morad|hinchad)\w*|y (?:se|le|lo|la|me|ahora)|se (?:me|le) (?:puso|quedo|durmio|entumio|fue|ha)|(?:se|le) (?:ha|han) (?:puesto|quedado|dormido))\b/;

/** A place said on its own points back to the feeling before it: "like a truck parked on you. right on the breastbone." */
const PLACE_ONLY = /^(?:(?:right|just|all|mostly|smack|dead|justo|aqui|ahi|todo) )?(?:(?:on|in|across|over|behind|between|under|en|sobre|por|entre|detras de|debajo de) (?:my|the|your|his|her|mi|tu|el|la|su|los|las|medio del?)|(?:centre|center|middle) of (?:my|the|your))\b[^,]*$/;

function wordCount(sentence: string): number {
  return sentence.split(" ").filter((w) => /\p{L}/u.test(w)).length;
}

/**
 * Symptoms that are said with a negative ("no siento nada", "didnt even feel it", "sin darme
 * cuenta"), "can't … without" ("can't walk ten metres without getting breathless", "no puedo ni ir al baño sin quedarme sin aire"), and
 * "no" said as a cry ("ay no, se me salió la rótula"), are reports, not denials: hidden from the denial check so they do not deny their neighbours.
 */
const SELF_NEGATING = /\b(?:(?:no (?:puedo|pude|podia|puede|pudo|consigo|logro)|cant|cannot|can not|couldnt|could not|unable to)\b[^.!?;,]{0,50}?\b(?:sin|without)|(?:ay|oh|uy|ay dios|oh dios|dios mio|oh my god|omg) no(?: no)*|no se (?:siente|sentia|nota|notaba) (?:nada|igual)|no (?:siento|siente|sentia|senti|sintio) (?:el|la|los|las|su|sus|mi|mis) (?:\w+ )?(?:ni|y)|no (?:siento|siente|sentia|senti|sintio)(?= (?:bien )?(?:el|la|los|las|mi|mis|su|sus) )|no (?:para|paraba|paro|deja|dejaba|dejo) de|(?:wont|doesnt|didnt|cant|couldnt|will not|does not|did not|can not|cannot) stop|no (?:siento|siente|sentia|senti|sintio) (?:bien|casi|igual|nada|cuando|el papel|la piel|las nalgas|al (?:limpiar|orinar|sentar)\w*)|no (?:puedo|puede|pude|pudo|podia) \w+|no (?:me|le|se) (?:salen|sale|entra|llega|responde|puede|puedo)\w*|(?:didnt|did not|dont|doesnt|cant|couldnt|can not) (?:even )?(?:feel|notice|realise|realize)\w* (?:it|that|anything|a thing|when|the need|the urge|i|he|she|my|his|her|the)\b|no (?:feeling|sensation|control|urge|strength)|no (?:he |ha )?(?:podido )?dormi\w*(?: nada)?|(?:havent|hasnt|hadnt|didnt|have not|has not|did not|couldnt|cant|not) (?:\w+ )?(?:slept|sleep)|without (?:feeling|noticing|realising|realizing)|sin (?:darme|darse) cuenta|no (?:aguanto|aguanta|aguantaba|soporto|soporta|soportaba)(?: mas)?|(?:never|nunca) (?:had|felt|been in|known|experienced|habia tenido|he tenido|ha tenido|habia sentido|he sentido)(?= (?:\w+ )?(?:pain|anything|hurt|dolor|un dolor) (?:like|asi|como))|sin (?:sentir\w*|fuerza|aire|aliento|sensibilidad)|(?:(?:is|are|s) not|isnt|arent) (?:mine|my own|part of me)|(?:no|not|didnt|did not)(?= (?:me |le |se )?(?:\w+ ){0,2}(?:fuerte|hard|badly|mucho)\b[^.!?]{0,50}\b(?:solo|solamente|just|only) (?:un poco|un poquito|a bit|a little|lightly|slightly|levemente)\b))\b/g;

function negationView(text: string): string {
  return text.replace(SELF_NEGATING, (phrase) => "_".repeat(phrase.length));
}

/**
 * Words that say a sign is over, looked for just after it up to a clause that turns ("but", "still"):
 * "fever's gone", "the redness went down", "had a fever last week, all good now", "la fiebre ya se me quitó";
 * not when denied on the way: "it hasn't gone away", "no se me ha quitado".
 */
const RESOLVED_AFTER = /(?:(?!\b(?:but|pero|though|still|sigue|todavia|aun|except|excepto|aunque|hasnt|havent|hadnt|isnt|arent|wasnt|wont|didnt|doesnt|not|never|nunca|no se|no (?:me|le) (?:ha|he)|surgery|op|operation|operated|repair|replacement|replaced|protesis|operaron|operacion|cirugia|pusieron|operad[oa])\b)[^.;!?]){0,45}?\b(?:(?:has |have |is |are |s )?(?:gone|went|going|goes) (?:down|away)|(?:has |is |s |now )?gone\b(?! (?:up|red|hot|worse|bad|hard|stiff|numb|swollen|blue|white|cold|dead|weak|limp|purple|black|tight|funny|weird|grey|gray|pale|floppy|crooked))|passed|settled|cleared|resolved|(?:all good|fine|ok|okay|normal|better|good) now|(?:much|way|a lot|loads|so much) better|(?<!\b(?:since|from|op|surgery|operation|procedure|replacement|replaced|done|operated|over the|in the|for the|during the|through the|all) )last week|back to normal|(?:ya )?se (?:me |le )?(?:qu?ito|paso|fue|bajo|calmo|(?:ha|han) (?:quitado|pasado|ido|bajado|calmado))|se (?:me |le )?(?:baja|bajan|desinflama|deshincha) (?:con|solo|sola|al|cuando)|ya (?:bajo|paso|no (?:tengo|hay|esta))|desaparecio|(?<!\b(?:desde|operaron|operacion|cirugia|operad[oa]) )la semana pasada|ya (?:estoy|esta) (?:bien|mejor))\b/y;
/** …or just before it: "ya se me quitó la fiebre", "got rid of the fever". */
const RESOLVED_BEFORE = /\b(?:(?:ya )?se (?:me |le )?(?:qu?ito|paso|fue|bajo)|got rid of|shook off|over) (?:la |el |los |las |the |my |his |her )?$/;

/** "Broke" only right after the sign: "the fever broke", not "the wound is red, my band broke". */
const BROKE_RIGHT_AFTER = /^\s*(?:has |finally |s )?broke\b/;

/** Over, said with a "but" right after: "andaba entumida de la cadera pero ya se le quitó", "numb for a bit but it's gone now", "tuve fiebre pero ya estoy bien". */
const BUT_OVER_AFTER = /^[^.;!?]{0,45}?\b(?:but|pero) (?:ya |now |it s |its |it has |it |al rato |luego |despues |enseguida |after a (?:bit|while|minute) |con (?:\w+ ){1,6})?(?:se (?:me |le )?(?:baja|bajan|desinflama|deshincha|quita)\b|se (?:me |le )?(?:qu?ito|paso|fue|(?:ha|han) (?:quitado|pasado|ido))|gone|went away|passed|settled|(?:estoy|esta|ando|anda|me siento|se siente) (?:bien|perfect[oa])|(?:im|i m|i am|feel|feeling) (?:fine|ok|okay|good|great|better) now)\b/;

/** "went away yesterday but came back this morning", "se bajó anoche pero hoy volvió": over, then not. */
const BACK_AGAIN_AFTER = /^[^.;!?]*\b(?:(?:came|come|comes|coming) back|back again|returned|started again|(?:volvio|volvieron|ha vuelto|han vuelto|regreso)(?! a la normalidad)|otra vez|de nuevo)\b/;

/**
 * Tried where the sign ends, in the whole text, so that its look-behinds see the words before: "since my knee replacement
 * last week" dates the operation, and says nothing is over.
 */
function resolvedRightAfter(text: string, end: number): boolean {
  RESOLVED_AFTER.lastIndex = end;
  return RESOLVED_AFTER.test(text);
}
export function isResolvedAt(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  if (BACK_AGAIN_AFTER.test(after)) return false;
  return resolvedRightAfter(text, end) || BUT_OVER_AFTER.test(after) || BROKE_RIGHT_AFTER.test(after) || RESOLVED_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

const HISTORY = anyOf("history", LONG_AGO, SINCE_AN_OLD_INJURY);
const SENTENCE_BREAK = /[.!?;\n]/g;

/**
 * A sign said in a sentence that dates it to the past and not to now is history, not a report:
 * "twisted my ankle last year, still cant walk far", "since I broke my wrist I cant grip". The
 * sentence is history unless it also says the sign is recent ("…years ago, today it buckled again").
 */
export function isHistoryAt(text: string, index: number): boolean {
  const { start, end } = clauseAround(text, index, SENTENCE_BREAK);
  const sentence = text.slice(start, end);
  return saysAnywhere(HISTORY, sentence) && !saysAnywhere(RECENT, sentence);
}

/**
 * Any sign, an emergency's too, told in a clause that narrates it in the past and dates it long ago
 * ("my wife had chest pains last year", "had fainting spells as a teenager") is history. Only the clause:
 * "had a heart attack two years ago and have chest pain" still reports the chest pain; and not when
 * the clause also says it is recent, ongoing or back ("since last year", "again", "still").
 */
const NARRATED_IN_THE_PAST = /\b(?:used to (?:get|have|feel|suffer|faint|pass|black|fall|wake)|solia|solian|left (?:me|him|her|my|his)|(?:me|le) dejo|had|was|were|did|got|went|felt|once|passed|fainted|fell|slipped|tripped|stumbled|banged|cracked|split|knocked|smashed|bumped|landed|broke|collapsed|blacked|tore|snapped|swelled|swole|blew up|broke out|started|began|happened|se (?:me |le )?(?:hincharon|hincho|inflamo|inflamaron)|tuve|tuvo|fue|estuve|estuvo|senti|sintio|me dio|le dio|una vez|(?:se|me) (?:desmayo|desmaye|cayo|cai|rompio|rompi))\b/;
const ONGOING = /\b(?:than|like when|like the time|like (?:last|the last|that) (?:year|time|winter|summer|spring|autumn|fall|month)|como cuando|como (?:el|la) (?:ano|vez|invierno|verano|mes) pasad[oa]|como la otra vez|como con|same as|just like|exactly like|the way (?:i|he|she) (?:did|felt|was)|lo mismo que|igual que|since|desde|still|sigue|sigo|todavia|aun|ever since|for the (?:last|past)|worse|peor|now|ahora|keeps?|(?<!\b(?:my|his|her|the|lower|upper|mid) )back(?! (?:in|around|during) (?:19|20)\d\d| then\b| when\b| in the day))\b/;

// Laughter ends a thought in a text: "se desmayó en su boda hace 5 años jajaja hoy me acordé".
const CLAUSE_BREAK = /[.!?;,\n]|\b(?:and|but|y|pero|so|(?<!\bback )then|anyway|lol|lmao|haha\w*|jaja\w*)\b/g;
// Patterns of their own: the lexicons' shared global patterns may be mid-search in the caller.
const SAYS_LONG_AGO = new RegExp(patternOf(LONG_AGO).source);
const SAYS_RECENT = new RegExp(patternOf(RECENT).source);

export function isLongAgoAt(text: string, index: number): boolean {
  const around = clauseAround(text, index, CLAUSE_BREAK);
  const { end } = around;
  let { start } = around;
  // "fell last year and cracked my head": a verb that shares the subject before the "and" shares its date.
  while (start > 0 && AND_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && STARTS_WITH_A_PAST_VERB.test(text.slice(start, end))) {
    start = clauseAround(text, text.slice(0, start).search(/\s*\b(?:and|y)\s*$/) - 1, CLAUSE_BREAK).start;
  }
  const clause = text.slice(start, end);
  // "…last month, gone now": said to be over, the "now" dates the ending, not the sign.
  const over = OVER_NOW.test(clause);
  if (!((NARRATED_IN_THE_PAST.test(clause) || over) && SAYS_LONG_AGO.test(clause) && !SAYS_RECENT.test(clause) && !ONGOING.test(over ? clause.replace(OVER_NOW, " ") : clause))) return false;
  // "…years ago and again today": the old one is told because it is back.
  const sentence = clauseAround(text, index, SENTENCE_BREAK);
  return !HAPPENED_AGAIN.test(text.slice(sentence.start, sentence.end));
}
const AND_BEFORE = /\b(?:and|y)\s*$/;
const STARTS_WITH_A_PAST_VERB = /^\s*(?:then )?(?:\w+ed|had|got|was|were|went|fell|broke|hit|split|cut|tore|bled|lost|woke|spent|passed|blacked|came|ended|(?:me|se|le) (?:pegue|pego|golpee|golpeo|rompi|rompio|cai|cayo|desmaye|desmayo|abri|abrio)|perdi|perdio|estuve|estuvo|quede|quedo|termine|termino|acabe|acabo)\b/;
const OVER_NOW = /\b(?:(?:is|s|its|it s|all) )?(?:gone|over|better|fine|ok|okay|recovered|resolved|cleared up|all good) now\b/;
const HAPPENED_AGAIN = /\b(?:again|otra vez|de nuevo|volvi(?:o|eron)?|ha vuelto|han vuelto|regreso|returned|recurr\w*|(?:came|come|comes|coming|is|s|are|its|it s|has come|have come|back) back)\b/;

const SAYS_RULED_OUT = new RegExp(patternOf(RULED_OUT).source);

const SAYS_BASELINE = new RegExp(patternOf(BASELINE).source, "g");
const SAYS_CHANGED = new RegExp(patternOf(CHANGED_FROM_THE_USUAL).source);
const BASELINE_CLAUSE_BREAK = /[.,!?;\n]|\b(?:but|pero|though|although|aunque|sin embargo)\b/g;

/**
 * The usual said after the sign, in the same sentence, of the sign: "my face looks lopsided in the pic but that's my grin, always
 * been like that", "salgo con la boca torcida pero es que me reía, siempre salgo así".
 */
const USUAL_SAID_AFTER =
  /^[^.!?\n]{0,60}?(?<!\b(?:not|nt|never|no) )\b(?:always (?:been|looked|look|looks) (?:like (?:that|this)|that way|this way)|born (?:with it|like (?:that|this))|siempre (?:he|ha|han) (?:sido|estado|salido|tenido) asi|siempre (?:salgo|sale|sali|me veo|se ve|me sale|le sale|la tengo|lo tengo) asi|de nacimiento)\b/;

/**
 * A sign told as the patient's usual, unchanged, is no new report: "feet numb like always, nothing new", "did them. right side
 * still weak from the stroke, same as it's been for years". Only in its own clause, and not when the clause says it changed.
 */
export function isBaselineAt(text: string, index: number): boolean {
  const { start, end } = clauseAround(text, index, BASELINE_CLAUSE_BREAK);
  const clause = text.slice(start, end);
  SAYS_BASELINE.lastIndex = 0;
  if (!SAYS_BASELINE.test(clause)) return USUAL_SAID_AFTER.test(text.slice(end)) && !SAYS_RECENT.test(clause);
  return !SAYS_CHANGED.test(clause.replace(SAYS_BASELINE, " ")) && !SAYS_RECENT.test(clause);
}
/** Back, or still there, after the all-clear: then the sign is a report again. */
const NOT_OVER = /\b(?:again|(?:came|come|comes|coming|is|s|are|its|it s) back|back again|still (?:have|got|there|hurts|hurting|numb)|worse|but (?:today|now|this morning|tonight)|otra vez|de nuevo|volvio|volvieron|ha vuelto|han vuelto|sigue (?:doliendo|igual|ahi)|todavia (?:me|tengo|duele|le)|aun (?:me|tengo|duele|le)|pero (?:hoy|ahora|esta manana|anoche))\b/;

/** The all-clear was of another time: "chest tight since lunch, turned out to be anxiety last time". */
const OF_AN_EARLIER_TIME = /^\s*(?:\w+ ){0,2}(?:last time|the last time|the other time|that time|back then|la otra vez|la vez pasada|aquella vez|esa vez|la ultima vez)\b/;
const TURN_AFTER = /\b(?:but|pero|though|although|aunque|sin embargo)\b/;

/**
 * A sign in a sentence that says a clinician has since looked at it and found it harmless is not a
 * report: "fui a urgencias por el dolor en el pecho pero no era nada del corazón, era gastritis".
 */
export function isRuledOutAt(text: string, index: number): boolean {
  const { start, end } = clauseAround(text, index, SENTENCE_BREAK);
  const sentence = text.slice(start, end);
  const allClear = SAYS_RULED_OUT.exec(sentence);
  // Only a sign told before the all-clear is cleared by it, and only if no "but" follows: "they said it was nothing, now my
  // chest is squeezing" and "they said it was anxiety, but…" are new reports.
  if (allClear === null || start + allClear.index + allClear[0].length <= index) return false;
  const afterIt = sentence.slice(allClear.index + allClear[0].length);
  return !NOT_OVER.test(sentence) && !TURN_AFTER.test(afterIt) && !OF_AN_EARLIER_TIME.test(afterIt);
}

function saysAnywhere(lex: Lexicon, text: string): boolean {
  const pattern = patternOf(lex);
  pattern.lastIndex = 0;
  return pattern.test(text);
}

interface SayOptions {
  isQuestion: boolean;
  evenIfDenied: boolean;
  fadesWhenResolved: boolean;
  historyCancels: boolean;
  baselineCancels: boolean;
  allClearCancels: boolean;
  allClearHeardInQuestions: boolean;
}

/**
 * What a sign is compared with, lived before, is no report of it: "almost fell on the balance one, like before my hip
 * fracture", "como antes de la fractura". The likeness to a past emergency is its own rule (emergency-care.ts).
 */
const PAST_REFERENT_BEFORE = /\b(?:like|as|same as|similar to|como|igual que|parecido a)(?: (?:right|just|justo))? (?:before|after|with|during|antes de(?:l)?|despues de(?:l)?|con|durante) (?:(?:my|his|her|the|mi|su|la|el|los|las) )?(?:\w+ )?$/;

/**
 * What to look out for is advice, not a report: "nurse said to watch for fever after surgery", "vigilar si hay fiebre". Asked
 * about ("…that's normal right?"), it is a question for the therapist (red-flags.ts), as after an all-clear.
 */
export const isWatchedForAt = (text: string, index: number) => WATCHED_FOR_BEFORE.test(text.slice(Math.max(0, index - 40), index));
export const saysToWatchFor = (text: string) => WATCH_FOR_ANYWHERE.test(text);
/** …the sign named first or in a list after it: "watch for fever, redness or swelling", "vigilar fiebre y enrojecimiento". */
const WATCHED_FOR_BEFORE = new RegExp(WATCH_FOR + String.raw`\s+(?:(?:\w+ ){0,2}?\w+(?:,| (?:and|or|y|o|u|e))(?! (?:my|his|her|i|im|it|its|now|then|but|mi|su|me|le|se|tengo|ahora|pero|ya)\b) )*(?:\w+ ){0,1}$`);
const WATCH_FOR_ANYWHERE = new RegExp(WATCH_FOR);

/**
 * Whether the lexicon is said, not denied, not hypothetical (and, for signs that fade, not over) in
 * this text: "said"; or said only in ways that do not count: "cancelled"; or not at all: "absent".
 */
function says(at: WordStarts, view: () => string, lex: Lexicon, options: SayOptions): "said" | "cancelled" | "absent" {
  if (!mayBeIn(lex, at)) return "absent";
  const { text } = at;
  let found: "cancelled" | "absent" = "absent";
  for (let m = nextMatch(lex, at, 0); m !== null; m = nextMatch(lex, at, m.index + Math.max(1, m[0].length))) {
    found = "cancelled";
    const index = m.index;
    if (options.evenIfDenied) return "said";
    if (isNegatedAt(view(), index) || isAnsweredNoAfter(text, index + m[0].length) || isHypotheticalAt(text, index, options.isQuestion)) continue;
    if (options.fadesWhenResolved && isResolvedAt(text, index, index + m[0].length)) continue;
    if (options.historyCancels && isHistoryAt(text, index)) continue;
    // The date itself is never "long ago" of something: "fell last year, so now I'm scared of falling" keeps its "last year".
    if (!lex.datesWhatIsTold && isLongAgoAt(text, index)) continue;
    if (options.baselineCancels && isBaselineAt(text, index)) continue;
    if (PAST_REFERENT_BEFORE.test(text.slice(Math.max(0, index - 60), index))) continue;
    // Asked about after the all-clear, the sign still wants a clinician: "the surgeon said the swelling is normal, ¿sigo?"
    // (red-flags.ts then asks again with the all-clear heard, and gives the sign to the therapist).
    if (options.allClearCancels && (!options.isQuestion || options.allClearHeardInQuestions) && (isRuledOutAt(text, index) || isWatchedForAt(text, index))) continue;
    return "said";
  }
  return found;
}

/**
 * Whether a lexicon is said in one text, remembered for the rest of the screen: the same lexicon
 * (a fall, a wound, the chest) serves many rules, and each regular expression runs once per text.
 */
class SaidIn {
  private readonly seen = new Map<Lexicon, (boolean | undefined)[]>();
  private view: string | undefined;
  private readonly wordStarts: WordStarts;
  constructor(private readonly text: string) {
    this.wordStarts = wordStartsOf(text);
  }

  says(lex: Lexicon, options: SayOptions): boolean {
    // Said even if denied is said at all (the first match answers), whatever else is asked.
    const key = options.evenIfDenied ? 1 : (options.fadesWhenResolved ? 2 : 0) + (options.historyCancels ? 3 : 0) + (options.allClearCancels ? 6 : 0) + (options.baselineCancels ? 12 : 0);
    let slots = this.seen.get(lex);
    if (slots === undefined) this.seen.set(lex, (slots = []));
    let said = slots[key];
    if (said === undefined) {
      // Not said at all, once known, answers every other question about the lexicon.
      if (slots[1] === false) said = false;
      else {
        const found = says(this.wordStarts, () => (this.view ??= negationView(this.text)), lex, options);
        said = found === "said";
        slots[1] = found !== "absent";
      }
      slots[key] = said;
    }
    return said;
  }
}

const ANYWHERE: SayOptions = { isQuestion: false, evenIfDenied: true, fadesWhenResolved: false, historyCancels: false, baselineCancels: false, allClearCancels: false, allClearHeardInQuestions: false };

/**
 * An exception speaks of the sentence it is in: "my knee replacement was 2 years ago" dates the
 * replacement, not the hip that came out today, and "fell asleep on the couch earlier" does not make
 * a faint in the next sentence a doze. So a rule is cancelled when every sentence holding its combination
 * says an exception, or every sentence saying a part the message must hold does; or by an exception that
 * explains the whole message, wherever it is.
 */
function isExcepted(rule: ConceptRule, message: SaidIn, sentences: readonly SaidIn[], matching: readonly SaidIn[] | undefined, said: SayOptions): boolean {
  if (rule.unless!.some((lex) => lex.explainsTheWholeMessage && message.says(lex, ANYWHERE))) return true;
  const excepted = (sentence: SaidIn) => rule.unless!.some((lex) => sentence.says(lex, ANYWHERE));
  if (matching?.every(excepted)) return true;
  // A part the message must hold is excepted when every sentence that says it is.
  return (rule.message ?? []).some((part) => {
    const saying = sentences.filter((sentence) => sentence.says(part, said));
    return saying.length > 0 && saying.every(excepted);
  });
}

/** Syndromes whose signs are reported however usual the patient says they are: a chest pain "like always" is still one. */
const EVEN_WHEN_USUAL: ReadonlySet<Syndrome> = new Set(["acs", "pe-dvt", "self-harm", "anaphylaxis", "bleeding", "sepsis", "syncope", "collapse", "emergency-care", "falls", "high-pain"]);

/**
 * A sign the patient says is their usual, unchanged, calls off the alarm ("feet numb like always, nothing new"), for the
 * catalogue and the pattern table alike; a usual sign is still the therapist's to hear about ("leaking since my second baby").
 */
export const usualIsNoAlarm = (rule: { syndrome: Syndrome; level: EscalationLevel }) => !EVEN_WHEN_USUAL.has(rule.syndrome) && rule.level !== "therapist";

/** The concept rules whose combination the message states. */
export function screenConcepts(text: string, rules: readonly ConceptRule[], options: ScreenOptions): ConceptRule[] {
  const message = new SaidIn(text);
  let sentences: SaidIn[] | undefined;
  const fired: ConceptRule[] = [];
  for (const rule of rules) {
    if (rule.questionsOnly && !(options.asks ?? options.isQuestion)) continue;
    if (rule.yieldsToAScore && options.pain !== undefined && options.pain !== null && options.pain < 8) continue;
    const said: SayOptions = {
      // A question-only rule is about what the patient might do: its "if" is the question itself.
      isQuestion: options.isQuestion && !rule.questionsOnly,
      evenIfDenied: rule.denialDoesNotCancel ?? false,
      fadesWhenResolved: rule.fadesWhenResolved ?? false,
      historyCancels: rule.historyCancels ?? false,
      baselineCancels: usualIsNoAlarm(rule),
      allClearCancels: !(rule.allClearDoesNotCancel ?? false),
      allClearHeardInQuestions: options.allClearHeardInQuestions ?? false,
    };
    // A usual sign calls off the sign itself, not what it is heard with: a back that always aches is still the back of a cauda equina.
    const saidAnywhere: SayOptions = { ...said, baselineCancels: false };
    if (rule.message && !rule.message.every((lex) => message.says(lex, saidAnywhere))) continue;
    let matching: SaidIn[] | undefined;
    if (rule.sentence) {
      // A combination no sentence can hold if one of its parts is not in the message at all.
      if (!rule.sentence.every((lex) => message.says(lex, ANYWHERE))) continue;
      // A message that is one sentence, unpunctuated, is its own sentence: what it says is already known.
      sentences ??= sentencesOf(text).map((s) => (s === text ? message : new SaidIn(s)));
      matching = sentences.filter((sentence) => rule.sentence!.every((lex) => sentence.says(lex, said)));
      if (matching.length === 0) continue;
    }
    // Last: an exception is only worth looking for once the rule has matched.
    if (rule.unless && rule.unless.some((lex) => message.says(lex, ANYWHERE))) {
      sentences ??= sentencesOf(text).map((s) => (s === text ? message : new SaidIn(s)));
      if (isExcepted(rule, message, sentences, matching, saidAnywhere)) continue;
    }
    fired.push(rule);
  }
  return fired;
}
