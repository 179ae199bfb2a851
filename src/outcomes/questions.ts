import type { DueQuestion } from "./due.js";

export type OutcomeLang = "en" | "es";
export type Register = "usted" | "tu";

/** The wording of each question and reply, per language; Spanish in usted and tú. */
interface Texts {
  nprs: string;
  psfs_activities: string;
  /** `{activity}` is the patient's own words. */
  psfs_rating: string;
  grc: string;
  reminder: string;
  again: string;
  thanks: string;
  skipped: string;
  stopped: string;
}

const EN: Texts = {
  nprs: "Quick check-in: how much pain do you have right now, from 0 (no pain) to 10 (worst imaginable)? Reply with a number, or SKIP.",
  psfs_activities:
    "To follow your progress: name up to 3 everyday activities that are hard because of your problem (e.g. climbing stairs, lifting my grandchild), separated by commas. Or SKIP.",
  psfs_rating: 'How well can you do "{activity}" today, from 0 (unable) to 10 (as well as before your problem)?',
  grc: "Overall, compared with when you started, how are you now? Reply 1 to 7: 1 much worse, 4 about the same, 7 much better.",
  reminder: "Just a reminder, when you have a moment: ",
  again: "Sorry, I didn't catch that. ",
  thanks: "Thanks, noted.",
  skipped: "No problem, skipped.",
  stopped: "Got it: no more questionnaires. Your exercise reminders continue as before.",
};

const ES_USTED: Texts = {
  nprs: "Una pregunta rápida: ¿cuánto dolor tiene ahora mismo, de 0 (nada) a 10 (el peor imaginable)? Responda con un número, o SALTAR.",
  psfs_activities:
    "Para seguir su progreso: escriba hasta 3 actividades del día a día que le cuestan por su problema (p. ej. subir escaleras, cargar a mi nieto), separadas por comas. O SALTAR.",
  psfs_rating: "¿Qué tan bien puede hacer «{activity}» hoy, de 0 (no puedo) a 10 (como antes del problema)?",
  grc: "En general, comparado con cuando empezó, ¿cómo está ahora? Responda de 1 a 7: 1 mucho peor, 4 igual, 7 mucho mejor.",
  reminder: "Un recordatorio, cuando tenga un momento: ",
  again: "Perdone, no lo entendí. ",
  thanks: "Gracias, anotado.",
  skipped: "Sin problema, la saltamos.",
  stopped: "Entendido: no más cuestionarios. Sus recordatorios de ejercicios siguen igual.",
};

const ES_TU: Texts = {
  ...ES_USTED,
  nprs: "Una pregunta rápida: ¿cuánto dolor tienes ahora mismo, de 0 (nada) a 10 (el peor imaginable)? Responde con un número, o SALTAR.",
  psfs_activities:
    "Para seguir tu progreso: escribe hasta 3 actividades del día a día que te cuestan por tu problema (p. ej. subir escaleras, cargar a mi nieto), separadas por comas. O SALTAR.",
  psfs_rating: "¿Qué tan bien puedes hacer «{activity}» hoy, de 0 (no puedo) a 10 (como antes del problema)?",
  grc: "En general, comparado con cuando empezaste, ¿cómo estás ahora? Responde de 1 a 7: 1 mucho peor, 4 igual, 7 mucho mejor.",
  reminder: "Un recordatorio, cuando tengas un momento: ",
  again: "Perdona, no lo entendí. ",
  stopped: "Entendido: no más cuestionarios. Tus recordatorios de ejercicios siguen igual.",
};

export function outcomeTexts(lang: OutcomeLang, register: Register = "usted"): Texts {
  if (lang === "en") return EN;
  return register === "tu" ? ES_TU : ES_USTED;
}

/** The question as the patient reads it. */
export function questionText(question: DueQuestion, lang: OutcomeLang, register: Register = "usted"): string {
  const texts = outcomeTexts(lang, register);
  if (question.kind === "psfs_rating") return texts.psfs_rating.replace("{activity}", question.activity);
  return texts[question.kind];
}
