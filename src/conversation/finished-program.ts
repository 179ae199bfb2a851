import { plainWords } from "../text/fold.js";

/** "Last session today! Thanks for everything", "ya terminé el programa", "me dieron el alta": the end of the program, said in goodbye. */
const FINISHED_PROGRAM =
  /\b(?:last (?:session|day|week)(?: today| of (?:the|my) (?:program\w*|rehab|physio|pt|therapy))|(?:finished|completed|done with|graduat\w*(?: from)?) (?:the |my )?(?:program\w*|rehab|physio|pt|therapy)|(?:got |been |was |im |i m )?discharged|ultim[oa] (?:dia|sesion|semana) (?:de|del) (?:programa|la rehabilitacion|la terapia|la fisio\w*)|(?:termine|acabe|complete) (?:el|mi) (?:programa|tratamiento)|(?:termine|acabe) (?:la|mi) (?:rehabilitacion|terapia|fisio\w*)|me dieron (?:el )?alta)\b/;

export function finishesTheProgram(text: string): boolean {
  return FINISHED_PROGRAM.test(plainWords(text));
}
