import { plainWords } from "../text/fold.js";
import { ruledOutTime } from "./ruled-out-time.js";
import { prefersAPartOfDay } from "./schedule-request.js";

/**
 * A "stop" sentence that limits itself ("stop texting until my operation is over", "no me mande
 * nada del 20 al 27") is a pause, not an opt-out (LABELS: opt-out and pauses); "remove me from these reminders"
 * names no date, so it is an opt-out. The carrier
 * keywords alone are always an opt-out, so a message of one word never is a pause.
 */
const LIMIT =
  /\b(?:until|till|til|through (?:the )?(?:\d|mon|tue|wed|thu|fri|sat|sun|next|end|weekend|holidays)|from (?:the )?(?:\d|mon|tue|wed|thu|fri|sat|sun|tomorrow|(?:next|this) (?:week|weekend|month|mon|tue|wed|thu|fri|sat|sun))|between|for (?:a|one|two|three|\d+) (?:days?|weeks?)|this week|next week|(?:this|the|next) weekend|on weekends|weekends|only weekdays|weekdays only|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|hasta|desde|del \d+|entre el|durante|por (?:unos|una|un|\d+) (?:dias?|semanas?)|(?:la )?semana que viene|(?:la )?proxima semana|(?:este|el|los) (?:fin|fines) de semana|entre semana|los (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos))\b/;

function isLimitedPause(text: string): boolean {
  const t = plainWords(text);
  return t.split(" ").length > 2 && LIMIT.test(t);
}

// A reminder request the reader took for chit-chat or "other" ("las 7 es demasiado temprano",
// "pare los recordatorios hasta después de mi operación"): the schedule rules still apply.
const ABOUT_REMINDERS = /\b(?:reminders?|recordatorios?|no (?:texts|messages|mensajes)|sin (?:mensajes|recordatorios)|text me|texting|message me|remind me|too early|too late|add one|another one|one at|move it|change the time|cambiar la hora|otro a las|uno a las|escriba\w*|escribir\w*|mande\w*|mandar\w*|envie\w*|avise\w*|recuerde\w*|recuerdemelo|temprano|tarde para mi)\b/;

// A clock time with a preference ("a las 7 no puedo, mejor a las 9"); a time alone ("appointment at 3pm") is not a request.
const PREFERRED_TIME = /\b(?:mejor|prefiero|en vez de|en lugar de|instead|better|rather|prefer)\b.*\b(?:a las|at) \d|\b(?:a las|at) \d.*\b(?:mejor|prefiero|instead|better|rather)\b/;
// A pause asked in words the reader missed ("stop until I'm out").
const PAUSE_ASKED = /\b(?:stop until|stop (?:for|till|til)|pause\w*|pausa\w*|hold off)\b/;
// A clock time with a standing or ruled-out cue the reader missed: "from now on at 5pm", "also at 1pm", "8am doesn't work for me", "a las 8 no puedo".
const CLOCK_TIME = /\b(?:\d{1,2}(?: \d\d)? ?(?:am|pm)|(?:at|a las|a la) \d{1,2}(?: \d\d)?|noon|mediodia)\b/;
const TIME_CUE = /\b(?:add|move|change|switch|from now on|every ?day|daily|also|as well|instead|doesn t work|does not work|won t work|can t do|too early|too late|desde ahora|a partir de ahora|todos los dias|tambien|ademas|en vez|en lugar|no puedo|no me va|no me viene bien|demasiado (?:temprano|pronto|tarde))\b/;

export function isAboutReminders(text: string): boolean {
  const t = plainWords(text);
  return ABOUT_REMINDERS.test(t) || PREFERRED_TIME.test(t) || PAUSE_ASKED.test(t) || namesAReminderTime(text) || rulesOutATime(text) || prefersAPartOfDay(text);
}

/** "Not before work", "mornings don't work", "a las 8 no puedo": a time of day ruled out, about the reminders whatever else the message is. */
export function rulesOutATime(text: string): boolean {
  return ruledOutTime(text) !== null;
}

/** A clock time said with a standing or ruled-out cue: about the reminders even when read as a skipped session. */
export function namesAReminderTime(text: string): boolean {
  const t = plainWords(text);
  return CLOCK_TIME.test(t) && TIME_CUE.test(t);
}

// "Ya no quiero que me manden más mensajes": an opt-out in words the reader missed is never taken for a
// reminder-time change; without a limit ("until…", "del 20 al 27") the patient is asked to confirm with STOP.
const NO_MORE_MESSAGES = /\b(?:no more (?:texts|messages|reminders)|stop (?:sending|texting|messaging)|don ?t (?:text|message) me|ya no quiero|no quiero (?:recibir|que me)|dejen? de (?:mandar|enviar|escribir)|no me (?:manden|envien|escriban) mas)\b/;

export function soundsLikeOptOut(text: string): boolean {
  return NO_MORE_MESSAGES.test(plainWords(text)) && !isLimitedPause(text);
}

// Asking for the reminders to change, as opposed to saying why the exercises did not happen ("de viaje esta semana"):
// the reminders named, a verb that acts on them, or a limit that only makes sense for a pause.
const ASKS_TO_CHANGE = /\b(?:reminders?|recordatorios?|messages?|mensajes?|texts?|texting|text me|message me|pause\w*|pausa\w*|hold|stop\w*|cancel\w*|no (?:texts|messages|reminders)|don ?t (?:text|send|message)|no me (?:mande\w*|envie\w*|escrib\w*)|pare|paren|parar|deje\w* de|dejen? de|until|till|til|through|hasta|for (?:a|one|two|three|four|a few|\d+) (?:days?|weeks?)|durante|por (?:unos|unas|una|un|dos|tres|\d+) (?:dias?|semanas?))\b/;

export function asksToChangeReminders(text: string): boolean {
  return ASKS_TO_CHANGE.test(plainWords(text));
}

// "I'm back, start again" from a paused patient: the reader may take it for chit-chat; it asks for the reminders back.
const BACK = /\b(?:i ?m back|i am back|start (?:them |it )?again|resume|restart|turn (?:them|it) back on|ya volvi|estoy de vuelta|ya estoy aqui|reanud\w*|retom\w*|vuelva a (?:mandar|escribir)\w*)\b/;

export function asksToResume(text: string): boolean {
  return BACK.test(plainWords(text));
}
