import { plainWords } from "../text/fold.js";
import type { Lang } from "./types.js";

/**
 * What got in the way of the exercises, read from the patient's own words (English or Spanish).
 * The categories are the barriers home-exercise adherence studies keep finding (time and work,
 * forgetting, pain or fear of it, fatigue, illness, equipment, being away, low mood, doubting
 * the benefit, boredom, fear of falling, caring for someone). Pure and lexicon-based: each entry
 * also says how to name the reason back ("the meetings", "los nietos"), so the reply reflects
 * the patient's terms instead of a category label.
 */
export type Barrier =
  | "time"
  | "forgot"
  | "pain"
  | "tired"
  | "ill"
  | "equipment"
  | "away"
  | "low_mood"
  | "doubt"
  | "bored"
  | "fear_of_falling"
  | "caring";

export interface BarrierFound {
  barrier: Barrier;
  /** The reason as the patient put it, in their language, ready to drop into a reply. */
  said: string;
}

interface Entry {
  /** Whole words after normalizing; a trailing "*" matches any word starting with it. */
  phrases: string[];
  said: Record<Lang, string>;
}

// Order matters: the more specific reason wins ("scared of falling" is not pain, "my husband's op" is caring).
const LEXICON: Array<[Barrier, Entry[]]> = [
  ["fear_of_falling", [
    { phrases: ["scared of falling", "afraid of falling", "afraid i ll fall", "afraid i will fall", "scared i ll fall", "worried about falling", "fear of falling", "lose my balance", "losing my balance", "unsteady", "wobbly", "miedo a caer*", "miedo de caer*", "caerme", "caerse", "caerte", "me caiga", "miedo a una caida", "perder el equilibrio", "inestable"], said: { en: "the worry about falling", es: "el miedo a caerse" } },
  ]],
  ["caring", [
    { phrases: ["grandkid*", "grandchild*", "grandson", "granddaughter", "nietos", "nietas", "nieto", "nieta"], said: { en: "the grandkids", es: "los nietos" } },
    { phrases: ["looking after", "taking care of", "caring for", "carer", "caregiv*", "babysit*", "cuidando a", "cuidar a", "cuidar de", "cuido a"], said: { en: "looking after someone", es: "cuidar de alguien" } },
    { phrases: ["the kids", "my kids", "my son", "my daughter", "my husband", "my wife", "my mom", "my mother", "my dad", "my father", "los ninos", "mis hijos", "mi hijo", "mi hija", "mi madre", "mi padre", "mi marido", "mi esposo", "mi esposa", "mi mama", "mi papa"], said: { en: "your family", es: "la familia" } },
  ]],
  ["equipment", [
    { phrases: ["band", "resistance band", "theraband", "banda", "goma", "elastico"], said: { en: "the band", es: "la banda" } },
    { phrases: ["towel", "chair", "step", "ball", "weights", "toalla", "silla", "pelota", "pesas", "equipment", "material"], said: { en: "the equipment", es: "el material" } },
  ]],
  ["bored", [
    { phrases: ["bored", "boring", "sick of", "fed up", "harto", "harta", "tedious", "monotonous", "same thing every day", "same exercises", "aburr*", "monoton*", "lo mismo todos los dias"], said: { en: "the boredom", es: "el aburrimiento" } },
  ]],
  ["ill", [
    { phrases: ["flu", "cold", "a bug", "stomach bug", "fever", "sick", "ill", "covid", "virus", "migraine", "gripe", "resfriad*", "fiebre", "enferm*", "constipad*", "migrana"], said: { en: "being ill", es: "estar enfermo" } },
  ]],
  ["away", [
    { phrases: ["travel*", "trip", "hotel", "away", "visiting", "on vacation", "on holiday", "flight", "airport", "de viaje", "viajando", "fuera de casa", "en el pueblo", "vacaciones", "hotel", "avion", "aeropuerto"], said: { en: "being away from home", es: "estar fuera de casa" } },
  ]],
  ["doubt", [
    { phrases: ["not sure i want to", "don t want to keep", "dont want to keep", "thinking of stopping", "thinking about stopping", "want to quit", "should i even bother", "no se si quiero seguir", "no se si seguir", "quiero dejarlos", "pienso dejarlos", "no se si merece"], said: { en: "wondering whether to keep going", es: "dudar si seguir" } },
    { phrases: ["why am i even", "why do i even", "what are these for", "what s the point of these", "whats the point of these", "do these even", "pointless", "waste of time", "perdida de tiempo", "no sirven", "para que los hago", "para que hago", "not sure they", "not sure these", "not sure this", "not sure if they", "not convinced", "dont think they", "don t think they", "don t see the point", "dont see the point", "any difference", "no difference", "not working", "isn t working", "isnt working", "not helping", "arent helping", "aren t helping", "doing anything", "do anything", "worth it", "any good", "really going to help", "really help", "no se si sirve*", "no se si vale", "vale la pena", "sirven de algo", "sirve de algo", "no noto", "no veo mejoria", "no veo resultado*", "no me ayuda*", "de verdad me van a ayudar", "me van a ayudar", "para que sirve*", "no sirve*"], said: { en: "doubting they help", es: "dudar de que sirvan" } },
  ]],
  ["low_mood", [
    { phrases: ["motivat*", "cant be bothered", "can t be bothered", "whats the point", "what s the point", "no point", "not feeling it", "give up", "giving up", "no tengo ganas", "sin ganas", "no me apetece", "no tiene sentido", "para que"], said: { en: "low motivation", es: "la falta de ganas" } },
    { phrases: ["funeral", "passed away", "grieving", "bereave*", "lost my", "blah", "meh", "fallecio", "fallecimiento", "murio", "entierro", "de luto", "velorio"], said: { en: "a hard time", es: "un momento duro" } },
    { phrases: ["really down", "down lately", "down these days", "feeling really low", "feeling down", "so down", "been down", "bit down", "feeling low", "so low", "depressed", "sad", "blue", "hopeless", "motivat*", "no energy", "not in the mood", "didn t have it in me", "didnt have it in me", "cant face", "can t face", "couldn t face", "couldnt face", "bajonead*", "decaid*", "triste", "deprimid*", "desanimad*", "sin animo", "no tuve animo", "sin ganas", "no tengo ganas", "no tenia ganas"], said: { en: "feeling low", es: "el bajón" } },
  ]],
  ["tired", [
    { phrases: ["tired", "exhausted", "wiped out", "worn out", "knackered", "no energy left", "shattered", "sleepy", "didn t sleep", "didnt sleep", "bad night", "cansad*", "agotad*", "rendid*", "sin fuerzas", "no tuve fuerzas", "no dormi", "reventad*", "molid*"], said: { en: "being worn out", es: "el cansancio" } },
  ]],
  ["forgot", [
    { phrases: ["forgot", "forget*", "slipped my mind", "slip my mind", "didn t remember", "didnt remember", "olvide", "me olvid*", "se me olvid*", "lo olvide", "los olvide", "olvidado", "olvidaba", "se me paso", "se me fue", "no me acorde"], said: { en: "it slipping your mind", es: "el olvido" } },
  ]],
  ["pain", [
    { phrases: ["worried i ll hurt", "worried i will hurt", "worried it will hurt", "worried it ll hurt", "afraid i ll hurt", "afraid it will hurt", "afraid it ll hurt", "scared i ll hurt", "scared it will hurt", "scared of hurting", "afraid of hurting", "worried about hurting", "fear of pain", "scared of the pain", "afraid of the pain", "miedo a que duela", "miedo al dolor", "miedo a lastimar*", "miedo a empeorar", "me preocupa empeorar", "me da miedo que duela", "miedo que me duela", "miedo a que me duela", "miedo de que me duela"], said: { en: "the worry about pain", es: "el miedo al dolor" } },
    { phrases: ["hurt*", "pain*", "ache*", "aching", "sore", "duele*", "duela", "duelan", "dolia*", "dolio", "doler*", "dolor*", "molest*", "lastimar*", "lesionar*", "make it worse", "making it worse", "empeor*"], said: { en: "the pain", es: "el dolor" } },
  ]],
  ["time", [
    { phrases: ["meeting*", "reunion*"], said: { en: "the meetings", es: "las reuniones" } },
    { phrases: ["life got in the way", "something came up", "stuff came up", "things came up", "surgio algo", "me surgio", "imprevisto*"], said: { en: "everything that came up", es: "los imprevistos" } },
    { phrases: ["work", "at work", "working late", "job", "shift", "office", "deadline*", "trabajo", "curro", "turno", "oficina"], said: { en: "work", es: "el trabajo" } },
    { phrases: ["busy", "no time", "ran out of time", "out of time", "didn t have time", "didnt have time", "hectic", "crazy day", "crazy week", "swamped", "slammed", "agobiad*", "a tope", "sin parar", "ocupad*", "sin tiempo", "no tuve tiempo", "me quede sin tiempo", "no me dio", "ni un minuto", "liad*", "tuve que salir"], said: { en: "the busy day", es: "la falta de tiempo" } },
  ]],
];

/** The first reason found in `text`, in the lexicon's order of specificity, or null. */
export function findBarrier(text: string, lang: Lang): BarrierFound | null {
  const haystack = ` ${plainWords(text)} `;
  for (const [barrier, entries] of LEXICON) {
    for (const entry of entries) {
      if (entry.phrases.some((p) => mentions(haystack, p))) return { barrier, said: entry.said[lang] };
    }
  }
  return null;
}

/** Every barrier the lexicon knows, for tests and the strategy library's completeness check. */
export const BARRIERS: readonly Barrier[] = LEXICON.map(([barrier]) => barrier);

function mentions(haystack: string, phrase: string): boolean {
  const prefix = phrase.endsWith("*");
  const needle = plainWords(prefix ? phrase.slice(0, -1) : phrase);
  return haystack.includes(` ${needle}${prefix ? "" : " "}`);
}
