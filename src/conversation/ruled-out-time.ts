import { foldAccents } from "../text/fold.js";

/**
 * A time of day the patient rules out for their reminders ("8am is too early", "not before work",
 * "can't do mornings", "nunca antes de las 10", "por la mañana no puedo"). Pure. Such a time is
 * never set; hepbot says back what was ruled out and asks for a better one.
 *
 * The grammar, per clause, in English and Spanish:
 *   SLOT BAD            "8 is way too early", "mornings are impossible", "las 8 es muy temprano"
 *   SLOT NEGATED-FIT    "mornings don't work (for me)", "a las 8 no me viene bien", "las mañanas no me van"
 *   CAN'T [do them] SLOT   "can't do mornings", "I can't do them in the morning", "no puedo por la mañana"
 *   NOT SLOT            "not before work please", "not at 8", "any time but mornings", "en la mañana no"
 *   NOTHING BEFORE/AFTER HOUR   "nothing before 10", "not before 9", "nunca antes de las 10", "nada después de las 8"
 *   TOO EARLY/LATE alone   "too early!!", "muy temprano", "so early", "demasiado tarde para mí"
 *   SLOT I'M BUSY       "at 8 I'm still asleep", "a esa hora estoy trabajando"
 * where SLOT is a clock hour, a part of the day (mornings, evenings, nights, por la mañana, las
 * noches), work (before/after work, antes del trabajo) or "that time" / "a esa hora".
 */
export type RuledOutWhen = "morning" | "afternoon" | "evening" | "night" | "before_work" | "after_work" | "early" | "late" | "that_time" | "before" | "after";

export interface RuledOut {
  /** The part of the day ruled out; `before`/`after` bound `time`; null when a clock time itself is ruled out. */
  when: RuledOutWhen | null;
  /** The clock time named ("08:00"), read as a waking hour; null when none was named. */
  time: string | null;
}

const HOUR = String.raw`(?<hour>\d{1,2})(?:[ :.h](?<minute>[0-5]\d))?(?: ?(?<meridiem>[ap]) ?m\b)?`;
// Hours in words only after "at" / "a las": "one is tough" is about an exercise.
const HOUR_WORD = String.raw`(?<hourword>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b`;
const CLOCK_EN = String.raw`(?:(?:at |by |around )?${HOUR}(?: (?:in the morning|(?<pmword>at night|in the evening|in the afternoon)))?|at ${HOUR_WORD})`;
const CLOCK_ES = String.raw`(?:(?:a |para |sobre |hacia )?(?:las |la )?${HOUR}(?: (?:de la manana|(?<pmword>de la (?:tarde|noche))))?|(?:a )?las? ${HOUR_WORD})`;

const PERIODS_EN: ReadonlyArray<[RuledOutWhen, string]> = [
  ["before_work", String.raw`before (?:work|my shift|i go to work|going to work)|first thing(?: in the morning)?`],
  ["after_work", String.raw`after (?:work|my shift)`],
  ["morning", String.raw`(?:(?:in |on |during )?(?:the )?)?(?:early |weekday |week day )?morn(?:ing|in|ign|ig)?s?|a ?m`],
  ["afternoon", String.raw`(?:(?:in |during )?(?:the )?)?afternoons?`],
  ["evening", String.raw`(?:(?:in |during )?(?:the )?)?evenings?`],
  ["night", String.raw`(?:(?:at |during )?(?:the )?)?(?:nights?|nighttime|late at night)`],
  ["early", String.raw`(?:that |so |this |really )?(?:early|erly|earlly)`],
  ["that_time", String.raw`(?:at )?(?:that|this|the|the reminder s|the reminder) (?:time|hour)|(?:the |your |these |those )?(?:morning |early )?(?:reminders?|texts?|messages?)`],
];
const PERIODS_ES: ReadonlyArray<[RuledOutWhen, string]> = [
  ["before_work", String.raw`antes (?:del trabajo|de (?:ir a )?trabajar|de ir al (?:trabajo|curro|jale)|de entrar a trabajar|del turno)`],
  ["after_work", String.raw`despues (?:del trabajo|de trabajar|del turno)`],
  ["morning", String.raw`(?:(?:por|en|de|a|x) )?(?:la|las) mananas?|de manana|(?:muy )?temprano en la manana|entre semana por la manana`],
  ["afternoon", String.raw`(?:(?:por|en|de|a|x) )?(?:la|las) tardes?`],
  ["evening", String.raw`(?:(?:por|en|de|a|x) )?(?:la|las) noches?|de noche`],
  ["early", String.raw`(?:muy |tan |demasiado )?temprano`],
  ["that_time", String.raw`(?:a )?esa hora|(?:a )?esas horas|ese horario|el horario|la hora del recordatorio|los mensajes de la manana`],
];

const DEGREE_EN = String.raw`(?:(?:way|much|a bit|a little|bit|kinda|kind of|really|just|so|too|pretty|quite|far|a tad|honestly|definitely|always|usually|not really) )*`;
const BAD_EN =
  String.raw`(?:is|are|s|re|r|feels?|seems?)? ?${DEGREE_EN}` +
  String.raw`(?:too early|too erly|to early|too late|to late|too soon|early|late|a bad time|bad|bad for me|not good|no good|not great|not ideal|not possible|impossible|rough|terrible|awful|a no go|no go|inconvenient|not convenient|not a good time|not gonna work|not going to work|out|a struggle|crazy|hectic|busy|the worst|not an option|off the table|tough)\b`;
const NOT_FIT_EN = String.raw`(?:doesn t|doesnt|does not|don t|dont|do not|won t|wont|will not|never|isn t|isnt|aren t|arent|ain t|aint) (?:really |ever |always |usually )?(?:work|wrk|wokr|suit|fit|good|great|an option|possible)`;
const CANT_EN = String.raw`(?:can t|cant|cannot|can not|unable to|not able to|never) (?:really |ever |usually )?(?:do (?:them |it |these |this |those |the exercises |exercises |anything |stuff |the reminders )?|make (?:it |them )?|manage (?:it |them )?|exercise |work out )?`;
const NOT_EN = String.raw`(?:^|\b(?:but|and|just|please|pls|plz|ok|okay|so|also) )(?:please |pls |plz |just )?(?:not|never|no) (?:at |in |on |during )?`;
const ANY_BUT_EN = String.raw`\b(?:any ?time|whenever|any other time|other times|any time of day) (?:but|except|other than|besides|apart from) (?:at |in |on )?`;

const BAD_ES =
  String.raw`(?:(?:es|son|esta|estan|me queda|me quedan|me resulta|me resultan|seria|me pilla|me agarra|me cae|ya es) )?` +
  String.raw`(?:(?:muy|demasiado|super|re|bien|tan|algo|un poco|mucho|bastante|siempre) )*(?:temprano|pronto|tarde|imposibles?|complicad[oa]s?|mala hora|mal horario|fatal|horribles?|un caos|una locura)\b`;
const NOT_FIT_ES = String.raw`(?:no|nunca) (?:me |nos )?(?:puedo|puede|va|van|viene|vienen|sirve|sirven|funciona|funcionan|conviene|convienen|queda|quedan|cuadra|cuadran|late|acomoda|acomodan|da tiempo|alcanza|es buena hora|es buen momento|son buena hora)\b|\bni modo\b|\bimposible\b|\bno(?: (?:porfa|por favor|gracias|please|pls|plis|jaja))*\s*$`;
const CANT_ES = String.raw`(?:no puedo|no podre|no me da tiempo|me es imposible|imposible|nunca puedo) (?:hacerlos |hacer los ejercicios |hacerlo |con los ejercicios |hacer nada )?`;
const NOT_ES = String.raw`(?:^|\b(?:pero|y|solo|porfa|por favor) )(?:por favor |porfa )?(?:no|nunca|nada) (?:a |en |por |de )?`;

const BOUND_EN = new RegExp(String.raw`\b(?:not|never|nothing|no (?:texts?|messages?|reminders?)|don t (?:text|message) me|dont (?:text|message) me|not until|wait until|no earlier than|no later than|please not) (?<bound>before|b4|befor|bfore|after|until|till|earlier than|later than|past) ${CLOCK_EN}\b`);
// "Text me later than 8", "mándeme después de las 9": the hours on the other side are ruled out (not on a one-off day).
const WANTS_BOUND_EN = new RegExp(
  String.raw`\b(?<neg>(?:not|don t|dont|do not|never|no|can you not|could you not|please don t) )?` +
    String.raw`(?:(?:text|message|remind|ping|send|msg)\w* (?:me |them |it )?|(?:get|receive|have) (?:any )?(?:texts?|messages?|reminders?) |(?:texts?|messages?|reminders?) )` +
    String.raw`(?:(?:a bit|a little|any ?time|only) )?(?<bound>later than|after|not before|earlier than|before|b4) ${CLOCK_EN}\b`,
);
const WANTS_BOUND_ES = new RegExp(String.raw`\b(?:escrib|mand|envi|avis|recuerd)\w* (?:(?:solo|siempre) )?(?<bound>despues de|mas tarde de|a partir de|antes de) ${CLOCK_ES}\b`);
const ONE_DAY = /\b(?:tonight|today|tomorrow|this (?:evening|afternoon|morning)|hoy|esta (?:noche|tarde|manana)|manana a)\b/;
const BOUND_ES = new RegExp(String.raw`\b(?:no|nunca|nada|ningun mensaje|ningun recordatorio|no me (?:escriba|escriban|mande|manden|envie|envien)(?: nada)?) (?<bound>antes|despues|mas tarde|mas temprano) (?:de |que )?${CLOCK_ES}\b`);
// "Después de las 8 de la noche no", "antes de las 10 nada".
const BOUND_LAST_ES = new RegExp(String.raw`^(?:y |pero )?(?<bound>antes|despues) de ${CLOCK_ES} (?:ya )?(?:no|nada|imposible|no puedo)$`);
const TOO_EARLY_ALONE_EN =
  /^(?:(?:it s|its|it is|that s|thats|this is|honestly|just|ugh|omg|lol) )*(?:(?:way|much|a bit|bit|kinda|just|really|super|far) )*(?<when>too early|too erly|to early|too earlly|too late|to late|so early|so late|really early|super early)(?: (?:for me|for a text|for texts|for reminders|in the day|at night|in the morning|lol|haha|tbh|mate|man|dude|please|pls|honestly))*$/;
// "Don't text me so early", "no me escriban tan temprano".
const TOO_EARLY_TEXTS =
  /\b(?:don t|dont|do not|(?:can|could) (?:you|u|ya) not|please don t|pls don t|stop) (?:text|message|ping|remind|send)\w* (?:me )?(?:so|this|that|too|really) (?<en>early|late)\b|\bno me (?:escriba|escriban|escribas|mande|manden|mandes|envie|envien|envies)\w* (?:nada )?(?:tan|muy|demasiado) (?<es>temprano|pronto|tarde)\b/;
const TOO_EARLY_ALONE_ES = /^(?:(?:es|son|esta|ya es|uy|ay|oye|jaja) )*(?:(?:muy|demasiado|super|re|tan|mui|bien) )+(?<when>temprano|pronto|tarde) ?(?:para mi|para mensajes|jaja|porfa)?$/;
const BUSY_AT_EN = new RegExp(String.raw`^(?:at |by )?${HOUR} (?:i m|im|i am|i ll be|ill be) (?:still )?(?:asleep|sleeping|in bed|at work|working|driving|commuting|on the road|on the bus|at the gym|busy|out)\b`);
const BUSY_AT_ES = new RegExp(String.raw`^(?:a esa hora|a (?:las |la )?${HOUR}) (?:(?:yo|siempre|todavia|aun) )?(?:estoy|ando|sigo|voy|entro|trabajo|duermo|me voy)\b`);

interface Form {
  form: string;
  /** Whether "that time" / "the reminders" may stand in the slot. */
  thatTime: boolean;
}
const FORMS_EN: Form[] = [
  { form: `(?:^|\\b(?:so|and|cause|coz|because|since|plus|still|honestly|tbh|also|just|plus) )(?:the |my |your )?SLOT ${BAD_EN}`, thatTime: true },
  { form: `(?:^|\\b(?:so|and|cause|coz|because|since|plus|still|honestly|tbh|also|just) )(?:the |my |your )?SLOT ${NOT_FIT_EN}`, thatTime: true },
  // "Can we not do mornings", "let's not do 8am".
  { form: `\\b(?:can|could) (?:we|you) not (?:do |have |send (?:them |it )?)?(?:in |at |on )?SLOT\\b|\\blet s not (?:do )?SLOT\\b`, thatTime: false },
  { form: `(?:^|\\b(?:i|i m|im|we|just|really|honestly|usually) )${CANT_EN}(?:in |on |at |during )?SLOT$`, thatTime: false },
  { form: `${NOT_EN}SLOT(?: (?:please|pls|plz|thanks|thx|ty|if possible|for me|again|anymore|any more))*$`, thatTime: false },
  { form: `${ANY_BUT_EN}SLOT\\b`, thatTime: false },
  // "Not a morning person", "never been an early bird".
  { form: `\\b(?:not an?|not much of an?|never been an?) SLOT (?:person|type|bird)\\b`, thatTime: false },
  // "I work mornings": the part of the day is taken.
  { form: `^(?:i |i m |im |i am )?(?:work|working|at work|on shift|asleep|sleeping) (?:in |on |during )?SLOT\\b`, thatTime: false },
];
const FORMS_ES: Form[] = [
  { form: `(?:^|\\b(?:y|pero|asi que|porque|pq|xq) )SLOT (?:(?:yo|casi|ya|la verdad) )?(?:${BAD_ES}|${NOT_FIT_ES})`, thatTime: true },
  { form: `^(?:la verdad |es que |yo )?${CANT_ES}SLOT$`, thatTime: false },
  { form: `${NOT_ES}SLOT(?: (?:por favor|porfa|gracias|si se puede|para mi))*$`, thatTime: false },
  { form: `\\b(?:cualquier hora|a cualquier hora|cuando sea|otra hora) (?:menos|excepto|salvo) SLOT\\b`, thatTime: false },
  { form: `^(?:yo )?(?:trabajo|curro|chambeo|estoy trabajando|estoy en el trabajo|duermo|estoy dormid[oa]) SLOT\\b`, thatTime: false },
  { form: `\\bno soy (?:de )?(?:madrugar|madrugador[a]?|muy madrugador[a]?|de SLOT)\\b`, thatTime: false },
];

/** Each form with its slot filled in, compiled once: a clock time, then each part of the day. */
const SLOT_FORMS = ([
  [CLOCK_EN, PERIODS_EN, FORMS_EN],
  [CLOCK_ES, PERIODS_ES, FORMS_ES],
] as const).flatMap(([clock, periods, forms]) =>
  forms.map(({ form, thatTime }) => ({
    atClock: new RegExp(form.replace("SLOT", clock)),
    // "No texts please" is not a time ruled out: "that time" counts only where it is the subject ("that time doesn't work").
    periods: periods.filter(([when]) => thatTime || when !== "that_time").map(([when, slot]) => [when, new RegExp(form.replace("SLOT", `(?:${slot})`))] as const),
  })),
);

function clauses(text: string): string[] {
  return foldAccents(text)
    .replace(/['’‘`]/g, " ")
    // "any time but mornings" keeps its "but".
    .split(/[,.;!?¡¿\n()]+|\s[-–—]\s|(?<!\b(?:any ?time|whenever|cualquier hora|cuando sea) )\b(?:but|pero)\b|\b(?:that s when|thats when|porque|because|bc|cuz)\b/)
    .map((c) => c.replace(/(\d)[:.](\d\d)/g, "$1 $2").replace(/[^a-z0-9]+/g, " ").trim())
    .filter((c) => c !== "");
}

/** What the patient rules out, or null when the message rules out no time. */
export function ruledOutTime(text: string): RuledOut | null {
  return everyRuledOut(text)[0] ?? null;
}

/** Every time ruled out, one per clause: "después de las 9; a las 8 no puedo". */
export function everyRuledOut(text: string): RuledOut[] {
  return clauses(text)
    .map(inClause)
    .filter((found): found is RuledOut => found !== null);
}

/** Whether a clock time ("HH:mm") is one the patient ruled out. */
export function isRuledOut(time: string, ruled: readonly RuledOut[]): boolean {
  return ruled.some((r) => {
    if (r.time === null) return false;
    if (r.when === null) return r.time === time;
    if (r.when === "before") return time < r.time;
    if (r.when === "after") return time > r.time;
    return false;
  });
}

function inClause(c: string): RuledOut | null {
  const bound = BOUND_EN.exec(c) ?? BOUND_ES.exec(c) ?? BOUND_LAST_ES.exec(c);
  if (bound?.groups) {
    const after = /^(?:after|despues|mas tarde|later than|past)$/.test(bound.groups.bound!);
    return { when: after ? "after" : "before", time: clockOf(bound.groups) };
  }
  const wants = ONE_DAY.test(c) ? null : (WANTS_BOUND_EN.exec(c) ?? WANTS_BOUND_ES.exec(c));
  if (wants?.groups) {
    // "Text me after 9" rules out before 9; "don't text me before 9" too.
    const later = /^(?:later than|after|not before|despues de|mas tarde de|a partir de)$/.test(wants.groups.bound!) !== (wants.groups.neg !== undefined);
    return { when: later ? "before" : "after", time: clockOf(wants.groups) };
  }
  const alone = TOO_EARLY_ALONE_EN.exec(c) ?? TOO_EARLY_ALONE_ES.exec(c);
  if (alone?.groups) return { when: /late|tarde/.test(alone.groups.when!) ? "late" : "early", time: null };
  const texts = TOO_EARLY_TEXTS.exec(c);
  if (texts?.groups) return { when: /late|tarde/.test(texts.groups.en ?? texts.groups.es ?? "") ? "late" : "early", time: null };
  const busy = BUSY_AT_EN.exec(c) ?? BUSY_AT_ES.exec(c);
  if (busy) return { when: busy.groups?.hour === undefined ? "that_time" : null, time: busy.groups?.hour === undefined ? null : clockOf(busy.groups) };

  for (const { atClock, periods } of SLOT_FORMS) {
    const clock = atClock.exec(c);
    if (clock?.groups !== undefined && isClockLike(clock.groups)) return { when: null, time: clockOf(clock.groups) };
    for (const [when, slot] of periods) if (slot.test(c)) return { when, time: null };
  }
  return null;
}

const HOUR_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
};

function hourOf(g: Record<string, string | undefined>): number {
  return g.hourword !== undefined ? HOUR_WORDS[g.hourword]! : Number(g.hour);
}

/** A clock hour of the day, 1–23. */
function isClockLike(g: Record<string, string | undefined>): boolean {
  if (g.hour === undefined && g.hourword === undefined) return false;
  const hour = hourOf(g);
  return hour >= 1 && hour <= 23;
}

/** "9", "9 30", "9pm" as "HH:mm", a bare hour read as a waking hour (nobody asks for reminders at 1–6 am). */
function clockOf(g: Record<string, string | undefined>): string | null {
  let hour = hourOf(g);
  if (!Number.isInteger(hour) || hour > 23) return null;
  if ((g.meridiem === "p" || g.pmword !== undefined) && hour < 12) hour += 12;
  else if (g.meridiem === "a" && hour === 12) hour = 0;
  else if (g.meridiem === undefined && hour >= 1 && hour <= 6) hour += 12;
  return `${String(hour).padStart(2, "0")}:${g.minute ?? "00"}`;
}
