import { sentenceKeyword } from "./keywords.js";
/**
 * Sentence-level patterns for what a message asks or reports, on normalised text
 * (lower case, no accents, no apostrophes). The order they are consulted in is
 * decided in classify.ts; this file only says what each family looks like.
 */

const any = (patterns: RegExp[]) => (text: string) => patterns.some((p) => p.test(text));
const anyOf = (tests: Array<RegExp | ((text: string) => boolean)>) => (text: string) =>
  tests.some((t) => (typeof t === "function" ? t(text) : t.test(text)));

/** A clear request for no more messages ("please stop texting me", "ya no me manden mensajes"). */
export const asksToOptOut = (text: string) =>
  !wantsToKeepMessages(text) && !stoppedByAccident(text) && !aboutTheFormat(text) && !asksAboutTheKeyword(text) && saysOptOut(text.replace(A_DEATHS_DATE, ""));

/** The day's observances a reminder or an exercise waits for: "after evening prayers", "después de misa", "after iftar". */
export const AFTER_AN_OBSERVANCE = String.raw`after (?:(?:evening |morning |night )?(?:prayers?|church|mass|the service)|sunset|sundown|iftar|the fast)`;
export const DESPUES_DE_UN_RITO = String.raw`despues (?:del (?:iftar|ayuno)|de (?:la )?(?:misa|oracion|iglesia))`;

/** Someone died: "falleció", "passed away". */
const DIED = String.raw`(?:fallecio|murio|se nos fue|nos dejo|passed away|died)`;
/** When a death happened is no limit on the request: "no me manden nada, mi mamá falleció el domingo". */
const A_DEATHS_DATE = new RegExp(String.raw`(?<=\b(?:${DIED}|passed)) (?:el|la|on|last|this|este|esta) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|semana|week|weekend|finde|fin de semana|mes|month)\b`, "g");

/** "How would I unsubscribe once my PT ends?", "¿cómo me doy de baja cuando termine? todavía no": how, for later. */
const HOW_TO_OPT_OUT = /\b(?:how (?:do|would|can|will|could|should) (?:i|we)|como (?:me |se )?(?:puedo |podre )?)\s*(?:unsubscribe|opt out|stop (?:the |these )?(?:texts|messages|reminders)|turn (?:it|this|them) off|doy de baja|darme de baja|dar de baja|cancelo (?:los|estos) (?:mensajes|recordatorios)|desactivo)\b/;
const SOME_DAY_NOT_NOW = /\b(?:once|when|after|later|eventually|not now|not yet|cuando|despues|mas adelante|algun dia|alguna vez|some day|someday|one day|if i ever|todavia no|aun no|solo para saber|just (?:to know|wondering|curious|asking))\b/;

/** What the keyword would do, asked: "if I text STOP will that cancel my appointments too?", "¿si mando BAJA me dan de baja de la clínica?". */
export const asksAboutTheKeyword = (text: string) =>
  /\b(?:if|what if|si|y si) (?:i|we|he|she|yo)? ?(?:text|send|reply|type|write|respond|answer|mando|envio|escribo|pongo|respondo|contesto)(?: with| con)? (?:stop|unsubscribe|cancel|end|quit|baja|alto|parar|cancelar)\b/.test(text) ||
  (HOW_TO_OPT_OUT.test(text) && SOME_DAY_NOT_NOW.test(text));

/** Fed up with the messages themselves: a stop beside it is about them, not an exercise, even with the session told ("stop stop stop. too many messages. I did my exercises"). */
export const FED_UP_WITH_MESSAGES =
  /\b(?:too many (?:messages|texts|reminders|msgs)|(?:sick|tired) of (?:these|the|your|all the|all these) (?:messages|texts|reminders)|(?:dont|do not) need (?:a babysitter|babysitting|to be reminded|reminding|reminders|all these (?:messages|texts|reminders))|demasiados (?:mensajes|recordatorios)|(?:harto|harta|cansad[oa]) de (?:los|tus|sus|tantos|estos) (?:mensajes|recordatorios)|no necesito (?:que me recuerden|recordatorios|ninera|tantos mensajes)|(?:i )?(?:dont|do not|no longer) (?:use|need|want) (?:this|these|it|the (?:app|service|texts|messages))(?: \w+)? (?:anymore|any more|now)|ya no (?:uso|usare|necesito|quiero) (?:esto|este servicio|esta app|la app|los mensajes|estos mensajes))\b/;

/** Said to last: "stop them completely", "para siempre", "nunca más". A date beside it is then no limit. */
export const FOR_GOOD = /\b(?:forever|for good|for ever|permanently|completely|altogether|entirely|once and for all|never again|para siempre|definitivamente|nunca(?: mas)?|de una vez por todas|(?:enough|plenty|had it) (?:\w+ ){0,3}(?:for|to last) (?:one|a|this|my) life(?:time)?)\b/;

/** Not the messages but their language or form: "she doesn't want the texts in English", "no más mensajes de voz". */
const aboutTheFormat = (text: string) => /\b(?:in|en) (?:english|spanish|ingles|espanol|castellano)\b|\b(?:de voz|voice (?:messages|notes|texts)|audios?)\b|\b(?:tant[oa]s?|so many|all (?:the|these|those)|los|las|the|these|those|esos|esas|estos|estas) (?:emojis?|emoticon\w*|caritas|stickers?|gifs?|exclamation marks|signos de exclamacion)\b/.test(text);

/** The messages themselves, without the pronouns MESSAGES also takes ("enough of these" may be the squats). */
// Each language's nouns in the other's sentences too: "no paren los reminders", "no more mensajes please".
const MESSAGE_NOUNS = String.raw`(?:texts|messages|msgs|reminders|sms|notifications|alerts|mensajes|textos|recordatorios)`;
// "Them" is the messages unless a thing was named before it: "gave my crutches away, don't need them anymore".
const A_THING_BEFORE = String.raw`(?<!\b(?:crutch\w*|walkers?|canes?|sticks?|braces?|slings?|boots?|bands?|weights?|pills|meds|tablets|painkillers|frames?|wheelchairs?|ice packs?|shoes|splints?|collars?|scooters?|rollators?|muletas?|andador(?:es)?|baston(?:es)?|ferulas?|cabestrillos?)\b.*)`;
const MESSAGES = String.raw`(?:${MESSAGE_NOUNS}|texting|(?=these|them|this)${A_THING_BEFORE}(?:these|them|this))`;
const MENSAJES = String.raw`(?:mensajes|textos|recordatorios|sms|notificaciones|avisos|reminders|texts|messages)`;
/** The Spanish limits that only a request says ("hasta el 15", "por unos días", "los fines de semana"), not a day or a count told in passing. */
const LIMITE_PEDIDO = String.raw`(?:hasta|mientras(?! (?:duro|duraba|dure|pudo|pude))|durante|(?:la )?semana que viene|(?:la )?proxima semana|el mes que viene|entre semana|entre el \d+|del \d+ al \d+|a partir de|(?:el |este |los )?fin(?:es)? de semana|(?:el |este |los )?findes?|por (?:un (?:tiempo|rato|mes|par)|una (?:semana|temporada)|unos (?:dias|meses)|unas semanas|ahora|hoy|el momento)|(?:los|el) (?:lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|fines)|un par de (?:dias|semanas)|unos (?:dias|semanas))`;
/** Spanish words that put a limit on a stop: a pause, not an opt-out. Those asked for, and days and times told with it. */
const LIMITE = String.raw`(?:${LIMITE_PEDIDO}|(?:esos|estos|esas|estas) (?:dias|semanas|fechas)|esta semana|este (?:fin|mes)|hoy|manana|por (?:la (?:manana|tarde|noche)|las (?:mananas|tardes|noches))|temprano|antes de\b|despues(?! de (?:\d+|unas?|varias|muchas) (?:sesiones|semanas|meses|visitas|citas))|\d+ (?:dias|semanas))`;

/*
 * An opt-out told in parts rather than in a set phrase: a stopping verb and what it stops ("kindly
 * discontinue these texts", "desactiven mis recordatorios"), the patient taken off the list ("cancel
 * me from these", "sáquenme", "olvídense de mí"), or the messages no longer needed or wanted ("no need
 * to keep sending the exercises", "these messages are no longer needed"). A pronoun ("stop them")
 * stands for the messages only when the message names them somewhere: otherwise it may be the squats.
 */
const STOPPING = String.raw`(?:stop|stpo|stopp|quit|cease|discontinue|halt|end|cancel|cancle|terminate|deactivate|disable|(?:turn|switch|shut) off|unsubscribe (?:me )?from|opt (?:me )?out of|remove|delete|get rid of|block)`;
const DETENER = String.raw`(?:par(?:en|a|ar|e)|deten(?:gan|er|ga)|cancel(?:en|a|ar|e|ad)|suspend(?:an|a|er|e|ed)|quit(?:en|a|ar|e|ad)|elimin(?:en|a|ar|e|ad)|borr(?:en|a|ar|e|ad)|desactiv(?:en|a|ar|e|ad)|apag(?:uen|a|ar|ue|ad))`;
const THE_MESSAGES = String.raw`(?:(?:the|these|those|this|your|my|all|any|further|more|automated|automatic|daily|exercise|physio|pt|reminder|text|of)\s+){0,3}(?:texts?|messages?|msgs?|reminders?|sms|notifications?|alerts?|communications?|correspondence|bot|subscription|reminder (?:service|programme|program)|texting|messaging)\b`;
const LOS_MENSAJES = String.raw`(?:(?:los|las|estos|estas|esos|sus|mis|todos los|todas las|el|la|mi|su|tantos|mas)\s+){0,3}(?:mensajes|msjs?|mjs|textos|recordatorios|sms|notificaciones|avisos|alertas|suscripcion|servicio de (?:mensajes|recordatorios)|whatsapps?)\b`;
const NAMES_THE_MESSAGES = /\b(?:texts?|messages?|msgs?|reminders?|sms|notifications?|alerts?|mensajes|msjs?|textos|recordatorios|notificaciones|avisos)\b/;
const SENDING = String.raw`(?:(?:keep|continue|seguir) )?(?:sending|texting|messaging|reminding|contacting|mandando|enviando|escribiendo|mandar|enviar|escribir)`;
const NOT_NEEDED = String.raw`(?:no need|no point|dont need|do not need|wont need|will not need|no longer need|wont be needing|dont want|do not want|no longer want|(?:id|i would) rather not|rather not|prefer not to|not interested in|no hace falta|no hacen falta|no (?:es|son) necesari[oa]s?|ya no (?:necesito|necesita|voy a necesitar|va a necesitar)|no (?:necesito|necesita|ocupo|ocupa)|prefiero no|preferiria no|no me interesan?)`;
function partsPatterns(pronouns: boolean): RegExp[] {
  const what = pronouns ? String.raw`(?:${THE_MESSAGES}|(?:these|them|this|it)\b)` : THE_MESSAGES;
  const que = pronouns ? String.raw`(?:${LOS_MENSAJES}|(?:esto|estos)\b)` : LOS_MENSAJES;
  return [
    new RegExp(String.raw`\b${STOPPING}(?:\s+\w+){0,2}?\s+(?:${what}|(?:sending|texting|messaging|contacting|bugging|bothering|spamming|pinging)\b)`),
    new RegExp(String.raw`\b${DETENER}(?:\s+\w+){0,2}?\s+${que}`),
    new RegExp(String.raw`\b${NOT_NEEDED}(?:\s+\w+){0,4}?\s+(?:${what}|${que}|${SENDING})`),
    new RegExp(String.raw`\b(?:want|need|would like|like) ${what} (?:to be )?(?:stopped|cancell?ed|ended|gone|turned off|switched off|removed|deleted)\b`),
    new RegExp(String.raw`\b${what} (?:are |is )?(?:no longer|not) (?:needed|necessary|required)\b`),
    /\b(?:rather not|dont want to|do not want to|no longer want to|dont wish to|do not wish to) (?:get|receive|be sent) (?:them|these|any(?:thing)?|this)\b/,
    ...(pronouns ? [/(?:^|[.!?,;]\s*)(?:(?:please|pls|plz|just|so|ok|okay)\s+)+stop(?:\s+(?:it|now|already|please|pls|plz))*\s*(?:[.!?,;]|$)/] : []),
  ];
}
const OPT_OUT_IN_PARTS = partsPatterns(false);
const OPT_OUT_IN_PARTS_NAMED = partsPatterns(true);
const TAKEN_OFF = [
  // The patient or their number taken off: "cancel me from these", "I'd like to be removed", "unsubscribe me".
  /\b(?:remove|delete|unsubscribe|drop|cancel|deactivate|cancle)\s+(?:me|us|him|her|my (?:number|account|details|name))\b(?!\s+(?:to|a|an|the|some|at|back|know|line|in)\b)|\b(?:be|get|being|been|was) (?:removed|taken off|unsubscribed|deleted|dropped) (?:from|off)\b|\byou can (?:now )?stop(?:\s+now)?(?=\s*(?:[^\w\s]|$))|\b(?:take|remove|delete|get|cross|strike) (?:this|my|the) (?:phone )?number (?:off|from|out of)\b|\b(?:stop|cancel|end) the bot\b|(?:^|[.!?]\s*)i (?:want|wanna) out(?:\s*[.!?]|$)/,
  /\b(?:sac|saqu|borr|elimin|quit|desuscrib|desinscrib|exclu)\w*(?:me|nos)\b(?=\s*(?:$|[.,!?;]|de\b|del\b|ya\b|por\b|porfa|plis|please|pls|gracias|y\b))|\bolvid(?:ense|aos|ate|ese|en) de (?:mi|nosotros)\b|\b(?:dar(?:me|le|nos)?|darse|dame|deme|denme|denle|den|denlo|denla|darlo|darla|dalo|dala|me (?:doy|puedo dar|dan|pueden dar)) de (?:baja|vaja)\b|\b(?:solicito|pido|quiero|quisiera) (?:la )?(?:baja|cancelacion)\b|\b(?:baja|cancelacion) (?:del|de (?:la|los|mi|mis)) (?:servicio|suscripcion|mensajes|recordatorios|programa)\b|\bno quiero saber nada (?:mas )?de (?:esto|ustedes|este (?:programa|servicio))\b|\bdej(?:en|a|ar|e|ad|aran|asen|ara|ase) d(?:e)? (?:mandar|enviar|escribir|molestar)\w*/,
  // A Telegram command first, whatever follows: "/stop — done with physio, thanks team".
  /^\W*\/(?:stop|unsubscribe|baja|parar)\b/,
];
const saysOptOut = (text: string) => OPT_OUT.some((p) => p.test(text)) || optOutInParts(text);
function optOutInParts(text: string): boolean {
  const patterns = NAMES_THE_MESSAGES.test(text) ? OPT_OUT_IN_PARTS_NAMED : OPT_OUT_IN_PARTS;
  return patterns.some((p) => p.test(text)) || TAKEN_OFF.some((p) => p.test(text));
}

const OPT_OUT = [
  // Said in three words: "no mas msjs", "pls remove", "no more reminders".
  /^\W*(?:ya )?no (?:mas|more) (?:msjs?|mjs|msgs?|mensajes|textos|recordatorios|sms|texts|messages|reminders)\b|^\W*(?:(?:pls|please|plz)\s+)?remove(?:\s+(?:me|us|my number|this number))?(?:\s+(?:pls|please|plz|thanks|thx|now))*\W*$/,
  // Asked before, and counted: "I've asked 3 times to STOP", "ya son 5 veces que pido que paren"; a number taken off: "remove 555-0134 from your list".
  /\b(?:asked|told you|said|requested|begged)\b[^.!?]{0,25}\bto (?:stop|unsubscribe|remove me)\b|\bya (?:son|van|llevo) \w+ veces (?:que )?(?:(?:les|te|se lo|se los) )?(?:pido|digo|pidiendo|diciendo) (?:que )?(?:paren|me den de baja|dejen|me saquen|baja)\b|\b(?:remove|delete|take)\s+(?:this number |the number |number )?\+?\d[\d ()-]{5,}\d\s+(?:from|off)\b/,
  // A threat, or the purpose said: "si no dejan de mandarme mensajes los denuncio", "if you don't stop texting me", "BAJA para no recibir más".
  /\bsi no (?:dejan|paran|deja|para|dejas|paras) de (?:mandar|enviar|escribir)\w*|^\W*(?:ya )?dej(?:en|e|es|a) d (?:mandar|enviar|escribir)\w*|\b(?:stop|cancel|end|quit|parar|paren|cancelen) (?:them|it|this|these|todo|los|las)? ?(?:completely|for good|forever|permanently|para siempre|definitivamente)\b|\bif you (?:dont|do not|wont|will not) stop (?:texting|messaging|sending|contacting|bothering)\b|\b(?:para|pa) no (?:recibir|seguir recibiendo) (?:mas|nada|mensajes|msjs)\b/,
  // Not needed any more, said of the messages: "I won't be needing these anymore", "los recordatorios… ya no los necesito".
  /\b(?:wont|will not|dont|do not|no longer) (?:be )?need(?:ing)? (?:these|the (?:texts|reminders|messages))(?: \w+){0,2} (?:anymore|any more|any longer)\b|\bno (?:need|use) for (?:the |these )?(?:reminders|texts|messages) (?:anymore|any more|any longer)\b|\b(?:mensajes|recordatorios)(?:[ ,]+\w+){0,6}[ ,]+ya no (?:los|las) necesito\b(?! (?:hoy|esta semana|por ahora|hasta))/,
  // "take my number off this list", "remove me from your system", "bórrenme de la lista".
  /\b(?:take|remove|delete|get|cross|strike) (?:me|my (?:number|name|details|phone)) (?:off|from|out of) (?:\w+ ){0,2}(?:list|lists|system|database|this|these|it)\b|\b(?:borr|sac|quit|elimin)(?:en|a|e|ar)(?:me|nos)? (?:de|del) (?:la |esta |su )?(?:lista|sistema|base de datos)\b/,
  /\b(?:stop|quit|cease|end)\s+(?:\w+\s+){0,2}(?:texting|messaging|sending|contacting|emailing|bugging|bothering|pinging|spamming|writing|calling|the (?:texts|messages|reminders))\b/,
  // "Don't write me no more", "no need send me anymore": said in a second language, the "to" or the "any" goes.
  /\b(?:dont|do not|no need(?: to)?|never)\s+(?:\w+\s+)?(?:text|message|contact|send|remind|bother|write)\s+(?:to\s+)?(?:me\s+|us\s+|(?:this|my) number\s+)?(?:\w+\s+)?(?:anymore|any more|no more|again|ever)\b/,
  // "No vuelvan a contactarme nunca", "I want off this thing for good".
  new RegExp(String.raw`\bno (?:me |nos )?vuelv(?:an|a|as) a (?:contactar|escribir|mandar|enviar|molestar)\w*(?![^.!?]*\b${LIMITE}\b)|\bwant off (?:this|the|your) (?:thing|list|service|program|bot)\b`),
  new RegExp(String.raw`\bno more ${MESSAGES}\b`),
  new RegExp(String.raw`(?<!\bno )\b(?:paren|pare|parad|para|dejen|deje|deja|dejad|dejes) de (?:mandar|enviar|escribir|molestar)(?:me|nos|le|les)\b(?![^.!?]*\b${LIMITE}\b)`),
  // "Please don't send me more messages": a request for no more, unless it names a limit.
  new RegExp(String.raw`\b(?:dont|do not|never)\s+(?:send|text|write|message)\s+(?:(?:me|us)\s+)?(?:any\s+)?more\s+${MESSAGES}(?!.*\b(?:until|till|til|today|tonight|this (?:week|weekend)|on (?:sundays|saturdays|weekends)|while|for (?:now|a (?:while|bit|week|few)))\b)`),
  /\b(?:want|need|would like|like) (?:these|the|your|all|all the|all these) (?:texts|messages|msgs|reminders|notifications) to (?:stop|end)\b/,
  // Asked of the clinic, not told of a page: "borren mi número", not "se ha borrado el número con el café".
  /(?<!\bse (?:ha |me ha |le ha )?)\b(?:remove|delete|take off|(?!borrad[oa]\b)borr\w*|quit\w*|elimin\w*)\s+(?:this|my|mi|su|este|el)\s+(?:number|phone|numero|telefono)\b/,
  /\b(?:remove|unsubscribe|delete)\s+(?:me|us|him|her|my (?:mom|dad|mother|father|wife|husband))\b|\btake\s+(?:me|us|him|her|my (?:mom|dad|mother|father|wife|husband))\s+(?:off|of|out of|out)\b/,
  /\bopt (?:me )?out\b|\bopting out\b|\bleave me alone\b/,
  /\b(?:want|like|wish|need|wanna) to (?:unsubscribe|opt out|stop (?:getting|receiving|these|the|all))\b/,
  new RegExp(String.raw`\bstop (?:getting|receiving) (?:these|them|the|your|any|all)?\s*(?:\w+ )?${MESSAGES}\b`),
  /\b(?:quit|sac|borr|elimin)\w*(?:me|nos|lo|la|le)\b.*\blista\b|\b(?:take|remove|delete) (?:me|us|him|her|them) (?:off|from) (?:the|this|your) list\b/,
  new RegExp(String.raw`\b(?:dont|do not|doesnt|does not|no longer) (?:want|need|wish to (?:get|receive)) (?:these|any more|anymore|the|your|any|to get|to receive)?\s*(?:\w+ )?${MESSAGES}\b`),
  new RegExp(String.raw`\b(?:want|get me) out of (?:these|this|the|your) ${MESSAGES}|\b(?:im|i am) (?:done|finished|through) with (?:these|this|the|your) ${MESSAGES}`),
  /\b(?:stop|cancel|end) (?:my|this) (?:subscription|service|program)\b/,
  // Consent taken back in the words of the law (TCPA, GDPR): "I revoke consent for texts", "retiro mi consentimiento".
  /\b(?:revoke|revoking|withdraw|withdrawing|withdrew|rescind|rescinding|cancel|cancelling) (?:my |all |any )?consent\b|\b(?:retiro|revoco|retirar|revocar|cancelo) (?:mi |el )?consentimiento\b/,
  new RegExp(String.raw`\bno (?:me |le |nos )?(?:manden|envien|mande|envie|escriban|escribas|mandes|envies|molesten|mandeis|envieis|escribais)\b(?![^.!?]*\b${LIMITE}\b)`),
  // Taken off them: "quítenme los recordatorios", "sáquenme de la lista".
  new RegExp(String.raw`(?<!\bno (?:me |nos )?(?:vayan a |vaya a )?)\b(?:quit|sac|borr)(?:enme|eme|ame|adme|arme|ennos)\b (?:de )?(?:los|estos|esos|mis|la|esta) (?:recordatorios|mensajes|avisos|msjs|lista)\b(?![^.!?]*\b${LIMITE}\b)`),
  // The infinitive of a second language: "ya no mandar mensaje a mí", "no enviarme más recordatorios".
  new RegExp(String.raw`\bno (?:me )?(?:mandar|enviar|escribir)(?:me|le)? (?:mas )?(?:${MENSAJES}|mensaje|a mi)\b(?![^.!?]*\b${LIMITE}\b)`),
  new RegExp(String.raw`\bno (?:quiero|deseo|queremos|quiere|quieren|desea) que (?:me |le |nos )?(?:manden|envien|escriban|sigan|molesten|(?:lleguen|llegue) (?:mas |los |estos |sus |ningun )?(?:\w+ )?${MENSAJES})\b(?![^.!?]*\b${LIMITE}\b)`),
  new RegExp(String.raw`\bno (?:quiero|deseo|queremos) (?:recibir |seguir recibiendo )?(?:mas |estos |los |sus |ningun )?(?:\w+ )?${MENSAJES}\b`),
  new RegExp(String.raw`\b(?:quiero|quisiera|deseo|queremos|quiere) dejar de recibi\w*\b(?![^.!?]*\b${LIMITE}\b)`),
  /(?:^|[.!?]\s*)(?:cancel|cancelar|cancelen|cancela|stop|parar|baja) (?:all|everything|todo|todos)\W*$/,
  /\bno (?:quiero|deseo|queremos) (?:seguir )?recibi\w* (?:esto|nada|mas)\b|\b(?:dont|do not|no longer) (?:want|wish) to (?:keep )?(?:getting|receiving|get|receive) (?:this|these|them|anything)\b/,
  /(?<!\bno (?:queria|quise|quiero|queriamos|era mi intencion) )\b(?:dar(?:me|le)?|darse|denme|denle) de baja\b|\bquiero (?:la )?baja\b|\bborr(?:en|ar)me\b|\bsaquenme\b|\bcancelar (?:mi )?suscripcion\b/,
  // "Basta de mensajes", "no más textos por favor": enough of them, with no limit that makes it a pause.
  new RegExp(String.raw`\b(?:basta|ya basta|suficiente) (?:de|con) (?:los |tantos |estos |sus )?${MENSAJES}\b|\bno (?:mas|quiero mas) ${MENSAJES}\b(?! de (?:voz|audio))(?!.*\b(?:${LIMITE}|solo|solamente|mejor|sino)\b)`),
  // A relative for the patient: "mi mamá ya no quiere recibir mensajes".
  new RegExp(String.raw`\bno (?:quiere|quieren|desea|desean) (?:recibir |seguir recibiendo )?(?:mas |estos |los |sus |ningun )?(?:\w+ )?${MENSAJES}\b(?![^.!?]*\b${LIMITE}\b)`),
  // Not their phone, or therapy is over, and a stop: "wrong number, stop", "finished physio so you can stop now".
  /\b(?:wrong (?:number|person)|(?:not|isnt|is not) (?:my|his|her) (?:phone|number)|numero equivocado|no es mi (?:numero|telefono)|(?:finished|done|through|completed)(?: with)? (?:my |the )?(?:physio|pt|therapy|physical therapy|rehab|program)|(?:termine|acabe) (?:la |mi )?(?:terapia|fisio|rehabilitacion))\b.*\b(?:stop|parar?|paren|alto|baja|no (?:more|mas)|remove|delete|take (?:me|it|this|my number) off)\b/,
  /^\W*(?:cancel|stop|end|quit) (?:these|them|this|all of (?:these|them))\W*$|^\W*(?:i )?(?:want|wanna) out\W*$|\blose (?:my|this|our) (?:number|phone number)\b/,
  // "Ya no quiero participar", "I don't want to be part of this anymore": leaving the program's messages.
  /\bya no (?:quiero|deseo) (?:participar|seguir(?: en esto| en el programa| con esto| con el programa| con los mensajes)?(?! (?:con|haciendo) )|estar en (?:esto|el programa))\b|\b(?:dont|do not|no longer) want to (?:participate|take part|be part of (?:this|it))\b/,
  /\b(?:want|get me|let me) out of (?:this|the|your) (?:program|programme|service|list|thing)\b|\b(?:withdraw|unenroll|unenrol|unregister|deregister|sign (?:me )?off)\b (?:me )?from (?:this|the|your) (?:\w+ )?(?:service|program|programme|list|reminders?|messages)\b/,
  // "Enough with the texts already".
  new RegExp(String.raw`\benough (?:with|of) (?:the |these |your |all (?:the |these |your )?)?${MESSAGE_NOUNS}\b`),
  // Switched off: "turn these reminders off for good", "apaguen las notificaciones". A time or a limit makes it a pause (classify.ts).
  new RegExp(String.raw`\b(?:turn|switch|shut) off (?:all |the |these |your |my )?(?:\w+ )?${MESSAGE_NOUNS}\b|\b(?:turn|switch|shut) (?:all |the |these |your |my )?(?:\w+ )?${MESSAGE_NOUNS} off\b|\b(?:apag|desactiv)\w* (?:todos )?(?:los |las |estos |estas |sus |mis )?${MENSAJES}\b(?![^.!?]*\b${LIMITE}\b)`),
];

/**
 * A carrier keyword shouted first or last around a complaint: "STOP!! too many texts", "BASTA YA, BAJA".
 * Read as an opt-out only when nothing else in the message is a symptom ("Stop! my knee hurts" is not).
 */
export const SHOUTED_STOP = [
  // A carrier keyword shouted first, then a complaint: "STOP!! too many texts", "STOP. I never signed up".
  /^\W*(?:stop|stopall|unsubscribe|parar|baja|alto)(?:\W*$|[\s.!,]+(?=.*\b(?:annoying|spam\w*|signed up|too many|enough|harass\w*|sick of|tired of|fed up|anymore|any more|no longer|not interested|leave me alone|texts|messages|mensajes|molest\w*|cansad[oa] de|harto|harta|basta|ya no|no me interesa|i said|i told you|dont want (?:it|this|them|these)|te dije|les dije)\b))/,
  // ...or last, after one: "BASTA YA, BAJA", "so annoying. STOP".
  /(?:^|[.,!;:]\s*|\s-+\s*)(?:(?:please|pls|plz|just|so|ok|okay|i said|por favor)\s+)*(?:stop|stopall|unsubscribe|parar|baja|alto)(?:\s+(?:please|pls|plz|now|it|already|por favor|ya))*\W*$/,
];

/** "Don't stop the reminders", "no dejen de mandarme los mensajes": the opposite of an opt-out. */
export const KEEP_MESSAGES = /\bno (?:me |nos |le )?(?:vayan a |vaya a |vayas a )?(?:quit\w*|sac\w*|borr\w*|cancel\w*|dejen de mandar|dejen de enviar|den de baja) (?:los |mis |sus |estos |esos )?(?:recordatorios|mensajes|avisos|msjs)\b|\b(?:dont|do not) you (?:dare|even think about) (?:stop|cancel|end|pause)\w*\b|\bno (?:es necesario|hace falta|hay necesidad de) que (?:me |le |nos )?(?:paren|dejen de|detengan|cancelen|quiten|suspendan)\b|\bno need to (?:stop|cancel|pause|end)\b|\bkeep (?:the |my )?(?:\w+ )?(?:texts|messages|reminders) (?:coming|going)\b|\b(?:dont|do not|never|please dont|pls dont)\s+(?:ever\s+)?(?:stop|quit|cancel|end|unsubscribe|remove|opt)\b|\bno (?:me |le |nos )?(?:dejen|deje|dejes|pares|paren|pare) de (?:mandar|enviar|escribir)\w*\b|\bno (?:vayan|vaya|vayas) a (?:dejar de|parar|cancelar|quitar)\b|\bno (?:quiero|queremos|quisiera) que (?:me |le |nos )?(?:dejen|deje|dejes) de (?:mandar|enviar|escribir)\w*\b|\bno (?:me |le |nos )?(?:paren|pare|pares|detengan|cancelen|quiten|suspendan|corten) (?:con )?(?:los |las |mis |sus |estos )?(?:mensajes|recordatorios|textos|avisos|reminders|texts|messages)\b|(?<!\b(?:saying|said|says|that said|wrote|typed) )\bkeep (?:the )?(?:texts|messages|reminders|them) coming\b|(?<!\b(?:no need to|dont need to|do not need to|no point in|dont have to|do not have to|no reason to|cant|cannot|can not|shouldnt|should not|wont|will not|not) )\bkeep (?:sending|texting|messaging)\b|\bni se (?:os|les|te|le) ocurra (?:dejar de|parar|cancelar)\b|(?<!\bno tiene sentido que )\bsig(?:an|a|ue|uen) (?:mandando|enviando|mandandome|enviandome)\b|(?<!\b(?:no quiero|no deseo|no queremos|dont want to|do not want to|dont wanna|no longer want to|i|we|he|she|they|and) )\b(?:keep|continue|seguir) (?:getting|receiving|recibiendo|recibir)\b/;
export const wantsToKeepMessages = (text: string) => KEEP_MESSAGES.test(text);

/** "I texted stop by accident", "puse baja sin querer": a mistaken opt-out, so a request to opt back in. */
export const stoppedByAccident = (text: string) =>
  /\b(?:stop|stopped (?:it|them|the (?:messages|texts|reminders))|baja|parar|alto|unsubscribe\w*|opted out|cancel\w*)\b.*\b(?:by (?:accident|mistake)|accidentally|on accident|(?<!\bno (?:fue|era) )sin querer|(?<!\bno (?:fue|era) )por error|por equivocacion|(?<!\bnumero )equivocad\w*|me equivoque)\b|\b(?:accidentally|mistakenly|(?<!\bno (?:fue|era) )sin querer|(?<!\bno (?:fue|era) )por error|me equivoque|equivocadamente)\b.*\b(?:stop|baja|parar|alto|unsubscribe\w*|opted out)\b|\bdidnt mean to (?:text |send |say |hit |press )?(?:stop|unsubscribe|opt out)\b|\b(?:me arrepenti|me arrepiento|regret|changed my mind about|cambie de opinion sobre) (?:de )?(?:darme de baja|dar de baja|unsubscrib\w*|opting out|stopping|cancel\w*|salirme)\b/.test(text);

/**
 * An opt-out that is really about timing: "stop texting me so early", "no texts on weekends", "stop until after my surgery".
 * In a longer message the limit must be said with the request (its sentence, or a short one right after it): the days
 * told before "please take me off this list" are news, not a limit.
 */
export function isOnlyForNow(text: string): boolean {
  // "STOP, 7 mensajes en 2 días": the keyword said first, up to a comma, and the rest its reason.
  const leading = LEADING_CLAUSE.exec(text);
  if (leading !== null && sentenceKeyword(leading[1]!)?.kind === "stop") return limitAskedAfterAKeyword(text.slice(leading[0].length));
  const sentences = text.split(/[.!?;\n]+/).map((s) => s.trim()).filter((s) => s.length > 0);
  const asking = sentences.flatMap((sentence, i) => {
    if (!saysOptOut(sentence) && !STOP_WORDS.test(sentence) && sentenceKeyword(sentence)?.kind !== "stop") return [];
    const next = sentences[i + 1];
    // A bare keyword's reason is the sentence after it, however long: "STOP. On holiday for 2 weeks".
    if (sentenceKeyword(sentence) !== null) return [next === undefined ? false : limitAskedAfterAKeyword(next)];
    return [limited(next !== undefined && next.split(" ").length <= 4 ? `${sentence} ${next}` : sentence)];
  });
  return asking.length === 0 || sentences.length === 1 ? limited(text) : asking.some((isLimited) => isLimited);
}

/** A clinician's advice told beside the request is a reason, not a limit on it: "my doctor says no exercise while I'm on chemo, so stop these". */
const ADVICE_CLAUSE = /\b(?:doctor|dr|surgeon|physio|gp|nurse|oncologist|cardiologist|consultant|specialist|medico|medica|doctora|cirujan[oa]|enfermer[oa]|oncolog[oa]|cardiolog[oa]) (?:says|said|told (?:me|us|him|her)|wants|dice|dijo|me dijo|le dijo)\b[^,.;!?]*/g;
const LEADING_CLAUSE = /^\W*([^,;:.!?]+?)\s*(?:[,;:]|\s-+\s)/;
/** A death told with the request: "ya no me manden nada, mi mamá falleció el domingo". Its date is no limit on the stop. */
const A_DEATH = new RegExp(String.raw`\b(?:${DIED}|ha fallecido|ha muerto|que en paz descanse|descanse en paz|qepd|has passed|rest in peace|rip)\b`);
const AN_END_TOLD = /\b(?:until|till|til|hasta|for (?:a|the|\d+|one|two|three|a few|a couple)|por (?:\d+|un|una|unos|unas|dos|tres)|durante)\b/;
const toldADeath = (said: string) => A_DEATH.test(said) && !AN_END_TOLD.test(said);
const limited = (said: string) => !FOR_GOOD.test(said) && !THERAPY_OVER.test(said) && !toldADeath(said) && saysALimit(said.replace(ADVICE_CLAUSE, " "));

/**
 * After a bare keyword the rest is its reason, and only a limit asked for makes it a pause: "STOP. away until the 15th",
 * "STOP, on holiday". A time or a count told in a complaint ("texts come at 6am", "4 mensajes hoy") is no limit.
 */
function limitAskedAfterAKeyword(reason: string): boolean {
  return !FOR_GOOD.test(reason) && !THERAPY_OVER.test(reason) && !toldADeath(reason) && asksForALimit(reason.replace(ADVICE_CLAUSE, " "));
}

/** Therapy over, or not the patient's phone: an opt-out for good, whatever dates and counts are told with it. */
export const THERAPY_OVER = /\b(?:(?:switching|switched|moving|moved|transferr\w*) (?:\w+ ){0,4}(?:to|with) (?:a |an |another |the |my |her |his )?(?:\w+ ){0,3}(?:pt|physio\w*|therapist|clinic|app|hospital|provider)|(?:found|got|have|has|getting) (?:me |him |her )?(?:a )?(?:new|another|different) (?:pt|physio\w*|therapist|clinic)|(?:tengo|tiene|tenemos|me (?:buscaron|consiguieron|pusieron)) (?:otr[oa]|nuev[oa]) (?:fisio\w*|terap(?:euta|ista)|clinica|kinesiolog\w*)|ya no (?:hago|sigo|voy a hacer) (?:la |mi )?(?:rehabilitacion|rehab|terapia|fisio\w*) (?:aqui|aca|con ustedes)|discharged|signed off|no longer (?:a|his|her|their) patient|not (?:a|his|her|their) patient|(?:finished|done with|completed|ended|through with) (?:my |the |his |her )?(?:physio|pt|therapy|physical therapy|rehab|program|programme|treatment)|(?:physio|pt|therapy|rehab|program|programme|treatment) (?:is |was |has )?(?:finished|over|done|ended|completed)|wrong (?:number|person)|(?:me|le|nos) (?:dieron|dio|han dado|ha dado) (?:de )?(?:el )?alta|(?:termine|termino|acabe|acabo|finalice|finalizo|complete|completo) (?:la |el |mi |su )?(?:terapia|fisio|fisioterapia|rehabilitacion|rehab|tratamiento|programa)|numero equivocado|no (?:soy|es) (?:paciente|su paciente))\b/;

// A weekend told about ("had a great weekend at the lake") is chatter, not a limit on the stop.
const ON_DAYS = /\bon (?:\w+ ){0,2}days\b|\b(?:so|too) (?:early|late|often|much)\b|(?<!\b(?:finished|ended|completed|done|did|had|was|were|last|since|discharged|signed off)\b[^.!?]{0,40})\bon (?:weekends?|sundays?|saturdays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)\b|(?<!\b(?:last|past|great|nice|good|lovely|busy|long|fun|relaxing|amazing|awesome|wonderful|quiet|rough|bad|crazy|hectic) )\bweekends?\b/;
const UNTIL = /\b(?:until|till|til|untill)\b|\bbetween (?:the )?\d|\b(?:next|the coming) (?:week|weekend|month)\b/;
// Away for dates or a trip: "de vacaciones del 5 al 19, no me manden nada", "on holiday, no texts".
const AWAY_FOR_DATES = /\b(?:del|from the) \d{1,2}(?:st|nd|rd|th)?(?: de \w+)? (?:al|to the|to|till|until) \d{1,2}\b|\b(?:de vacaciones|on (?:holiday|vacation)|de viaje|away on)\b/;
const FOR_A_WHILE = /\b(?:until|till|til|untill) (?:a|the)\b|\b(?:for|until|till|til|untill|through|thru) (?:a (?:bit|while|week|month|day|few|couple|fortnight|little)|the (?:time being|moment|next|rest of|summer|day|month|holidays?)|\d+|one|two|three|next|this (?:week|weekend|month|morning|afternoon|evening|time)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i get back|im back|tomorrow|after|further notice|now|a while|the (?:weekend|week|holidays)|today|tonight)\b/;
const WHILE_AWAY = /\bwhile (?:i|im|we|hes|shes|he|she) (?:am |is |are )?(?:in|at|away|on|out|travel\w*|recover\w*)\b|\bafter (?:my|the|his|her) (?:surgery|operation|op|procedure|trip|holiday|vacation)\b/;
const A_DAY_OR_PART_OF_IT = /\b(?:today|todays|tonight|tonights|tomorrow|tomorrows|this week|in the (?:morning|evening)|before \d|after \d|at night|mornings|evenings)\b/;
// "a few days", "2 weeks": not "it's been 2 weeks" nor "after 12 weeks", which are the past.
const A_FEW_DAYS = /(?<!\b(?:been|past|last|after|over|ago|since) )\b(?:a (?:few|couple(?: of)?) (?:days|weeks)\b(?! ago)|\d+ (?:days|weeks)\b(?! ago| of (?:this|these|it|them|texts|messages|reminders|physio|pt|therapy|exercises)))/;
// A time of day or a swap: "stop sending them at 6am, 9 is better", "no a las 6, mejor a las 9".
const A_TIME = /\bat \d|\b\d+ ?(?:am|pm|oclock)\b|\b(?:a las|para las) \d|\ben la (?:manana|noche)\b/;
const A_SWAP = /\binstead\b|\ben vez de\b|\ben lugar de\b|\bmas (?:tarde|temprano)\b|\b(?:not|no) (?:before|after|antes de|despues de) (?:\d|las)\b|\bnot today\b|\bhoy no\b|\bpor hoy\b/;
const LIMITE_TOLD = new RegExp(String.raw`\b${LIMITE}\b`);
const LIMITE_ASKED = new RegExp(String.raw`\b${LIMITE_PEDIDO}\b`);

const saysALimit = any([ON_DAYS, UNTIL, AWAY_FOR_DATES, FOR_A_WHILE, WHILE_AWAY, A_DAY_OR_PART_OF_IT, A_FEW_DAYS, A_TIME, A_SWAP, LIMITE_TOLD]);
const asksForALimit = any([ON_DAYS, UNTIL, AWAY_FOR_DATES, FOR_A_WHILE, WHILE_AWAY, A_SWAP, LIMITE_ASKED]);

/** "Start again": opting back in after an opt-out, resuming after a pause otherwise. */
export const asksToRestart = (text: string) =>
  /^\W*(?:(?:please|pls|ok|okay|you can)\s+)?(?:start|restart|begin)\s+(?:again|back up|over|sending again)\b|\b(?:empe[cz]ar|empie[cz]\w*|comen[cz]ar|comien[cz]\w*|reanud\w*)(?: (?:los|las|con los|con las|a mandar|a enviar)(?: \w+)?)? (?:de nuevo|otra vez)\b/.test(text);

/** Back from being away ("I'm back", "ya regresé del viaje"): asking for the reminders again resumes a pause. */
export const BACK_FROM_AWAY = /^(?!.*\b(?:baja|stop|unsubscrib\w*|opted out|sign (?:me|us) (?:back )?up|me raje|alta|back in\W*$)\b).*\b(?:im back|i m back|i am back|back (?:from|home)|got back|ya (?:regrese|volvi|estoy de vuelta|llegue)|de (?:regreso|vuelta))\b/;

/** The reminders asked for again from a later day ("mándenme los textos otra vez el 20", "start again on Monday"): the end of a pause. */
export const FROM_A_LATER_DAY = /\b(?:on|from|after) (?:the )?\d{1,2}(?:st|nd|rd|th)?\b(?! (?:reps|sets|times|minutes|mins|seconds|secs)\b)|\b(?:on|from) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bnext (?:week|month)\b|\b(?:el|a partir del?|desde el|despues del) (?:\d{1,2}|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b|\b(?:la (?:semana|proxima semana)|el mes) que viene\b|\bla proxima semana\b/;

/** Opting back in ("start sending again", "resubscribe me", "quiero volver a recibir los mensajes"). */
export const asksToOptIn = anyOf([
  // Back after an opt-out, said so: "I previously opted out but would like to resume", "turn them back on", "quiero volver".
  /\b(?:opted out|unsubscribed|me di de baja|di de baja)\b.*\b(?:resume|restart|start|receive|receiving|get them|back|again|volver|recibir|reactivar)\b|\b(?:turn|switch|put) (?:them|it|these) back on\b|^\W*(?:quiero|queremos|quisiera) volver\W*$/,
  // Back on the list in words: "sign me up like before", "put me on the list once more", "anótenme de nuevo".
  /\bme (?:anot|apunt|inscrib|agreg)\w* (?:de nuevo|otra vez|nuevamente)\b|\b(?:sign|put|add|get|take) me (?:back )?(?:up|on|in)\b(?:.*\b(?:again|before|once more|back)\b|\W*$)|\b(?:anot|apunt|inscrib|agreg|pong|met)\w*(?:me|nos)\b.*\b(?:de nuevo|otra vez|nuevamente|como antes)\b|\b(?:want|need|would like) (?:the |my |your )?reminders (?:coming|back|again|sent)\b/,
  /\b(?:start|restart|resume|begin)\s+(?:\w+\s+){0,2}(?:sending|texting|messaging|messages|texts|reminders)\b.*\bagain\b/,
  /\b(?:start|restart)\s+(?:sending|texting|messaging)\b/,
  /\bre ?-?subscribe\b|\bsubscribe (?:me )?(?:again|back)\b|\bopt(?:ed)? (?:me )?back in\b|\bopt(?:ed)? in again\b/,
  /\b(?:add|sign|put|subscribe|take) me back\b|\bopted out by (?:mistake|accident)\b|\bunsubscribed by (?:mistake|accident)\b/,
  /\bwant (?:the|my|your) (?:messages|texts|reminders) back\b|\b(?:turn|switch) (?:the |my )?(?:messages|reminders|texts) back on\b/,
  /\b(?:return|come back|go back) to (?:receive|receiving|get|getting) (?:the |my )?(?:messages|texts|reminders)\b|(?<!\bno )\bvolver a recibir\b|(?<!\b(?:no|nunca|jamas) (?:me |nos |le )?)\b(?:vuelvan|vuelve|volver) a (?:mandar|enviar|escribir)(?:me)?\b|\b(?:volver a |re)inscribir\w*\b/,
  // "Mándenme otra vez los mensajes", "actívenme otra vez".
  new RegExp(String.raw`\b(?:mand|envi)\w*(?:me|nos)\b(?=.*\b(?:${MENSAJES}|ejercicios)\b)[^.!?]*\b(?:otra vez|de nuevo|nuevamente)\b|\bactiv\w*(?:me|nos)\b[^.!?]*\b(?:otra vez|de nuevo|nuevamente)\b`),
  // "Restart the messages", "changed my mind, send them again".
  /\brestart (?:the |my |your )?(?:messages|texts|reminders)\b|\b(?:before|earlier) i (?:say|said|sent|wrote|typed) stop\b.*\b(?:send|start|text)\w*(?: (?:them|it|me))? (?:again|back)\b|\bchanged my (?:mind|opinion)\b.*\b(?:send|start|text)\w*(?: (?:them|it|me|the messages|the texts|the reminders))? (?:again|back)\b/,
  /\b(?:empie[cz]\w*|comien[cz]\w*|reanud\w*|sig(?:an|a|ue|uen))\s+(?:a\s+)?(?:mandar|enviar|mandando|enviando)\w*\b[^.!?]*\b(?:otra vez|de nuevo|nuevamente)\b/,
  /\bdar(?:me)? de alta\b|\breactiv\w+\b|\bde baja por error\b|\bquiero volver\b.*\b(?:mensajes|recordatorios|programa)\b/,
  new RegExp(String.raw`\bvolver a recibir\w*\b|\b(?:mand|envi)\w*(?:me|nos|le)\b(?:\s+\S+){0,3}?\s+${MENSAJES}\b[^.!?]*\b(?:otra vez|de nuevo|nuevamente)\b`),
  new RegExp(String.raw`\b(?:want|need|like) to (?:get|receive|have) (?:the |my |your |these )?${MESSAGES} (?:again|back)\b`),
  /\b(?:want|need|like) (?:the|my|your) (?:messages|texts|reminders) back\b|\b(?:start|send|resume)\w* (?:the |my )?(?:messages|texts|reminders) again\b|\b(?:get|receive|have|send)\w* (?:me |us )?(?:the |my |your |these )?(?:messages|texts|reminders) (?:again|back)\b/,
  /\b(?:want|like|ready|need) (?:to (?:come|get|be|go) )?back in\b|\bsign (?:me|us|him|her) (?:back )?up\b|\bcount me (?:back )?in\b|\bquiero seguir\W*$/,
  new RegExp(String.raw`(?<!(?:dont|do not|no|not) )\b(?:want|need) (?:the|my|your|these) ${MESSAGES}(?: back| again)?\W*$|(?<!no )\b(?:quiero|queremos) (?:recibir )?(?:los|sus|estos|mis) ${MENSAJES}\b(?! (?:\w+ ){0,3}(?:\d+|dos|tres|cuatro|una) veces| (?:\w+ ){0,2}(?:a las|por la|en la (?:manana|tarde|noche)|mas (?:temprano|tarde)|cada))`),
  new RegExp(String.raw`(?<!\bno )\b(?:quiero|queremos|quisiera) (?:volver a )?recibir\b[^.!?]*\b(?:otra vez|de nuevo|nuevamente)\b|\breceive (?:the |my )?${MESSAGES} again\b`),
  stoppedByAccident,
]);

/** Asking what the service is or how to use it. */
export const asksAboutService = any([
  // What to send it: "what am I supposed to send back", "what kinds of things can I text this bot", "explícame qué tengo que responder".
  /\bwhat (?:am i|are we|do i|should i) (?:\w+ )?(?:supposed|meant|expected) to (?:send|text|reply|answer|write|do with (?:this|it|these))\b|\bwhat (?:kinds? of |sorts? of )?(?:things )?(?:can|should) i (?:text|send|write)(?: to)? (?:this|the|you)\b|\bwho(?: is|s)? (?:running|behind|in charge of) (?:this|the) (?:number|bot|service|thing)\b/,
  /\bexplic\w* (?:que|q) (?:cosas )?(?:tengo que|puedo|debo|hay que) (?:responder|contestar|mandar|enviar|escribir)\b|\bque (?:cosas )?(?:te|le|les) puedo (?:mandar|enviar|escribir|preguntar) por (?:este|aqui|aca)\b/,
  /\bhow (?:does|do) (?:this(?: thing| bot| service| app)?|it|the (?:bot|service|program|app|texts|system)) work\b/,
  /\bwhat(?: is| s|s) (?:this|the) (?:bot|service|number|thing|program|app|system)\b|^\W*(?:(?:hi|hello|hey|sorry|um|ok)\W+)*what (?:is|s) this\W*$|^\W*(?:(?:hi|hello|hey|sorry|um|ok)\W+)*what (?:is|s) this\b(?=.*\b(?:signed (?:me|us|him|her) up|keep getting (?:these |the )?(?:texts|messages)|who gave you my number)\b)/,
  /\bwho (?:is this|are you|r you|is texting|is messaging)\b|\bwhos (?:this|texting|messaging)\b|\bwhat are you\b/,
  // The keyword said first, then the question about it: "HELP. not sure how to reply to these".
  /^\W*(?:help|ayuda|info)\W+(?=.*\b(?:how (?:do i |to )?(?:reply|respond|answer|use)|not sure how|what (?:is|are) (?:this|these)|como (?:respondo|contesto|funciona)|que es esto)\b)/,
  /\bare you (?:a )?(?:real person|real|human|person|bot|robot|computer|machine|ai)\b|\bis this (?:a |an )?(?:real person|human|person|bot|robot|computer|machine|ai)\b|\bwho (?:keeps|kept|is|s) (?:texting|messaging|sending)\b|\bwhat are (?:these|all these|the) (?:messages|texts)\W*$|\b(?:did|have) (?:i|we|you) (?:get |been )?sign(?:ed)? (?:me |us )?up for\b/,
  /\bhow (?:do|can|does|should) (?:i|he|she|we|they) use (?:this|it|you|the)\b|\bwhat (?:is|s) (?:this|the) (?:\w+ )?(?:thing|bot|service|app)\b|\bwhat (?:can you do|commands)\b|\bhow do i (?:reply|respond|answer|opt out|unsubscribe)\b/,
  /\bde que se trata(?:n)?\b|\bes de la clinica\b|\bson de la clinica\b|\bwhat (?:is|are) (?:this|these) (?:texts?|messages?) about\b|\bis this (?:from )?the clinic\b/,
  /\bque es (?:esto|este (?:servicio|numero|bot|programa)|esta (?:aplicacion|app)|hepbot)\b|\besto (?:que|q) es\b|\bpara que sirve este numero\b|\bwhat is hepbot\b|\bquien (?:es|eres|son|habla|me escribe)\b/,
  /\bcomo funciona\b|\beres (?:un )?(?:robot|bot|persona|humano)\b|\bcomo (?:lo |la )?uso\b|\bcomo se usa (?:esto|este|esta)\b|\b(?:me )?(?:instal\w*|puso|pusieron|bajo|descargo) (?:esto|esta app|este programa)\b[^.!?]*\bno se (?:que|q) es\b|\bno se (?:que|q) es (?:esto|esta cosa)?\s*(?:ni|y) (?:como|pa que|para que) (?:se usa|funciona|sirve)\b|\b(?:installed|put|set up) (?:this|the app|this app) (?:on|for) (?:me|my phone)\b[^.!?]*\b(?:dont know|no idea) (?:what (?:it is|this is)|how (?:to use|it works))\b|\bno se (?:que|q|como) (?:tengo que |debo |hay que )?(?:responder|contestar)\b|\bpara que sirve (?:esto|este servicio)\b/,
]);

/** Asking to change when reminders come, pause them or resume them. */
export const asksToReschedule = any([
  // "can you stop until I'm home?": a stop with an end is a pause.
  /\b(?:can|could|would|will) (?:you|u|ya) (?:please |pls )?(?:stop|pause|hold)(?: them| these| it| off)? (?:until|till|til|for (?:a|the|\d+|two|three|a few|a couple))\b/,
  // How often, or when, said in a sentence of its own: "con un recordatorio al día me basta", "ping me after the school run", "cámbienlo a la tarde".
  /\b(?:mute|silence|snooze|quiet) (?:these|them|the (?:texts|reminders|messages)|it) (?:for|till|until)\b|\b(?:prefiero|quiero|me gustaria) que me (?:escriban|manden|envien|recuerden|avisen) (?:a las|a mediodia|al mediodia|en la|por la|temprano|mas tarde)\b|\brecuerd(?:as|es|en|a)\b[^.!?]{0,25}\b(?:en|por) la (?:tarde|manana|noche)\b|\b(?:un|1|dos|2|uno) (?:solo )?(?:recordatorio|mensaje|aviso)s? (?:al|por) dia (?:me |nos )?(?:basta|alcanza|es suficiente|esta bien|sobra)\b|\b(?:one|1|two|2) (?:reminder|text|message)s? a day is (?:plenty|enough|fine)\b|\b(?:ping|text|message|remind|nudge) me after (?:the )?\w+|\bcambi\w*(?:lo|los|las)? (?:a|para) (?:la )?(?:tarde|manana|noche|mediodia)\b/,
  // A reminder named by its time and given another: "can the 7am one be 9am", "move my 8 o'clock to half 6", "instead of 7 can you do 8:30".
  /\b(?:the|my|that|your) (?:\d{1,2}(?::\d\d)?(?: ?(?:am|pm|o ?clock))?|morning|evening|afternoon|night|lunchtime) (?:one|text|reminder|message|ping|nudge)?\s?(?:be|become|come|go|move|to|at)\b.*\d|\b(?:move|change|switch|shift|swap|push|bump) (?:my|the|that) \d{1,2}(?::\d\d)?(?: ?(?:am|pm|o ?clock))?(?: one)? (?:to|for)\b|(?<!\b(?:sets?|reps?|rounds?|laps?|mins?|minutes|times) )\binstead of (?:\d{1,2}(?::\d\d)?(?: ?(?:am|pm))?(?! (?:sets?|reps?|rounds?|times|mins?|minutes|on each|of each|each)\b)|the \w+ one)\b.*\b(?:do|make it|send|text|ping|at)\b/,
  // "push them to the evening", "go quiet till I'm home".
  /\b(?:push|move|shift|bump|put) (?:them|it|these|those|the reminders) (?:back |forward )?(?:to|till|until|later|earlier|after|before)\b|\b(?:go|be|stay|keep) (?:quiet|silent) (?:till|until|for|through|while|over)\b/,
  /\bremind(?:er)? me\b(?!\s+(?:how|what|which|where|of the|about the|to (?:buy|get (?:milk|bread|groceries)|call|pay|pick|feed|water|book|send|email|text (?:my|him|her)|take out|walk the dog)))/,
  new RegExp(String.raw`\b(?:text|message|ping|send|ask|check (?:in|back)|contact|nudge|write)\s+(?:\w+\s+){0,3}(?:at \d|at (?:noon|midnight|lunch)|later|tomorrow|in an hour|in \d+|in (?:a|the) (?:bit|while|morning|evening|afternoon)|again at|again in|again later|again tomorrow|instead|after \d|around \d|tonight|next week|this evening|on weekdays|after dark|${AFTER_AN_OBSERVANCE})`),
  /(?<!\b(?:for|4) (?:the |ur |your )?)\breminders?\b.*(?:\b(?:at(?! (?:it|all|least|first|last|times|the (?:gym|pool|moment|time))\b)|to|instead|until|till|earlier|later|evening|morning|afternoon|weekdays?|weekends?|noon|pm|am)\b|\d ?(?:am|pm)\b|\b(?:after|before) \d)|\b(?:move|change|switch|pause|cancel|skip|snooze|resume|delay|push)\s+(?:\w+\s+){0,2}reminders?\b/,
  /\b(?:move|change|reschedule|switch|push|cancel)\s+(?:my|the|our)\s+(?:\w+\s+)?(?:appt|appointment|session|visit|reminders?|messages|texts|time|schedule)\b/,
  /\binstead of (?:the )?(?:morning|evening|afternoon|night|mornings|evenings)\b|(?<!\b(?:did|done|hice|only|just|managed|solo|made it to|got to) )\b\d{1,2}(?::\d\d)?\s*(?:am|pm)? (?:instead|is better|works better|would be better)\b/,
  /\b(?:retomo|retomamos|retomare|sigo|vuelvo) (?:el|los|la|hasta el) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|semana que viene|proxima semana|\d{1,2})\b|\b(?:expect|there will be|therell be) (?:\w+ )?silence\b|\bpick (?:it |them |things |back )?up (?:again )?(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week)\b|\b(?:back|home|returned) from (?:the |my |our )?(?:trip|vacation|holiday|hospital|travel\w*|surgery|visit)\b|\b(?:you can|please|ok to|pls) (?:start|begin) (?:again|back up|sending again)\b/,
  /(?<!\b(?:dont|do not|not|no need to)\s)\bpause\b|\bpaused\b|\bresume\b|\bhold off\b|\bon hold\b|\bsnooze\b|\breschedule\b/,
  // Not what is only due then: "the refill isnt til the 1st".
  /(?<!\b(?:isnt|is not|arent|are not|not|due|paid|payday)\s)\b(?:until|till|til|untill|thru|through)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\bhasta el \d{1,2}\b/,
  // A break with its end: "off the exercises until my follow up on the 12th", "I'll get back at it when I'm home Friday".
  /\b(?:off|no|stop|pause|skip)\w* (?:the |my |all )?(?:exercises|program|programme|reminders) (?:\w+ ){0,3}(?:until|till|til) (?:\w+ ){0,4}(?:the \d{1,2}(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|follow.?up|appointment|cast|surgery|op)\b|\b(?:get|be|come) back (?:at|to|on) (?:it|them|the exercises|my exercises|track) (?:when|once|after) (?:i|im|i am) (?:\w+ )?(?:home|back|out)\b/,
  // Not a breath taken away or something given away: "you took my breath away with that news, discharged next week".
  /\b(?:vacation|holiday|(?<!\b(?:breath|breathe|blow|blew|blown|give|gave|given|throw|threw|thrown|pass|passed|fade|faded|far|right|straight) )away|travell?ing|out of town|trip|visiting|cruise|camping|wedding|conference|hospital|de viaje|viajando|fuera|crucero|boda|congreso)\b.*\b(?:back (?:on |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|week|the \d+)|(?:this|next|all) (?:week|weekend)|(?:returning|return|get back|getting back|coming back|home) (?:on |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d+)|regreso|vuelvo|toda la semana|esta semana|la proxima semana)\b/,
  /\b(?:vacation|holiday|(?<!\b(?:breath|breathe|blow|blew|blown|give|gave|given|throw|threw|thrown|pass|passed|fade|faded|far|right|straight) )away|travel|travell?ing|out of town|trip)\b.*\b(?:until|till|til|for (?:a|the|\d+|one|two|three|few|couple)\b|back on|pause|hold)\b|\b(?:this|next|all) (?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:nothing|no (?:messages|texts|reminders|exercises))\b|\b(?:until|till|til) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week)\b/,
  // Hours kept free of messages: "dont text between 7 and 3", "no me escriban antes de las 9".
  /\b(?:dont|do not|please dont|no)\s+(?:text|message|remind|send|ping|contact)\w*\s+(?:me\s+|them\s+)?(?:before|after|until|till|on|at|during|in the|so early|so late|between \d)/,
  /\bno (?:me |nos |le )?(?:escriban|manden|envien|mandes|escribas)\w* (?:nada |mensajes )?(?:entre las|antes de las|despues de las|en (?:el|mi) (?:turno|trabajo)|por la (?:noche|manana))\b/,
  /\b(?:skip|no|not on|except|excepto|menos|sin)\s+(?:the\s+|los\s+|el\s+)?(?:mondays|monday|sunday|saturday|domingo|sabado|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|lunes|martes|miercoles|jueves|viernes|sabados|domingos|fines de semana)\b/,
  /\bno (?:texts|messages|reminders) (?:tomorrow|today|tonight|while|next|this|on|at|before|after|during|in the|this|next|until|till|for)\b|\b(?:too|so) early\b|(?<!\b(?:sorry|apologies|my bad|oops)\W+(?:\w+ ){0,3})\b(?:too|so) late\b(?! (?:doing|to do|finishing|getting|with (?:them|these|it)))/,
  new RegExp(String.raw`(?<!\b(?:te|le|les|os|yo|lo|la|los|las) )\b(?:recuerd\w*|record\w*|mand\w*|envi\w*|escrib\w*|avis\w*|pregunt(?!as?\b)\w*)\b.*\b(?:en la (?:manana|tarde|noche)|mas temprano|temprano|a las \d|mas tarde|manana|luego|en una hora|en \d|de la (?:manana|tarde|noche)|otra hora|en vez|en lugar|los fines|por la (?:manana|tarde|noche)|(?:despues de que|cuando) (?:se ponga|se meta|caiga|se oculte) el sol|al (?:atardecer|anochecer)|${DESPUES_DE_UN_RITO}|(?<!\b(?:fallecio|murio|falleci|se fue|nos dejo|paso|pasó|fue|fui|tuve|tuvo|hice|hizo|estuve|estuvo|empezo|comenzo|operaron|internaron|ingreso) )el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))`),
  /\b(?:mornings?|evenings?|afternoons?|nights?|weekends?|weekdays?|lunchtime|after (?:lunch|work|dinner|breakfast|school)|before (?:work|bed|breakfast))\s+(?:\w+\s+){0,2}(?:work|works|are|is|would be|suit|suits)\s+(?:\w+\s+)?(?:better|best|easier)\b|\bmove (?:it|them|this|that) (?:to|till|until|back|forward|later|earlier)\b|\btime ?zones?\b|\bzona horaria\b|^\W*(?:mejor|better|prefiero|prefer) (?:a las|at|around|como a las|en la|in the) \w+|\b(?:not|nothing|none) (?:this|next) (?:week|weekend|month)\b|\b(?:esta|la proxima|toda la) semana (?:nada|no)\b(?! (?:\w+ )?(?:pude|puedo|pudo|hice|hizo|he|ha|los|las|lo|la|me|le|te|tengo|tuve|siento|duele)\b)(?! de\b)|\bnada (?:esta|la proxima) semana\b/,
  // Fewer reminders, by the day or the time: "solo de lunes a viernes", "weekdays only", "drop the evening one", "once a day is plenty".
  /\b(?:de lunes a viernes|entre semana|weekdays only|only (?:on )?weekdays|monday to friday|mon ?- ?fri)\b|\bdrop (?:the )?(?:morning|evening|afternoon|night|lunchtime|\d{1,2}(?::\d\d)? ?(?:am|pm)?) (?:one|reminder|text|message)\b|\b(?:once|twice) a day is (?:plenty|enough)\b/,
  // How often: "twice a day", "2 times in the day", "dos veces al día".
  /\b(?:send|get|receive|want|change|have|mandar|enviar|recibir|quiero|cambiar|manden|envien)\b(?:\s+\w+){0,5}?\s+(?:once|twice|(?:\d+|two|three|una|dos|tres) (?:times|veces)) (?:a|per|in the|each|every|al|por|en el|cada) (?:day|week|dia|semana)\b/,
  // A week off, and when it ends: "this week off, start again monday", "la semana que viene no voy a poder".
  /\b(?:this|next) week off\b|\b(?:take|taking) (?:the|this|a|next) (?:week|few days|couple of days) off\b|\bstart (?:again|back) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|tomorrow)\b|\b(?:la semana que viene|la proxima semana|next week) no (?:voy a poder|puedo|podre|voy a estar)\b/,
  // A weekend off: "este finde nada, tengo boda", "el fin de semana no", not "el finde no pude".
  /\b(?:este|el|todo el|el proximo) (?:finde|fin de semana) (?:nada|no)(?= *$| *[,.!;]| (?:que|porque|pq|xq|ya que|tengo|voy|estoy|me voy|salgo|por)\b)|\bnada (?:este|el) (?:finde|fin de semana)\b/,
  // Away for a stated period: "i won't be around next week, at a wedding", "no voy a estar la próxima semana".
  /\b(?:wont|will not|not going to|not gonna|cant|cannot) be (?:around|home|here|in town|available|reachable|able to (?:do them|exercise))\b.*\b(?:next|this|all|for the|for a|until|till) (?:week|weekend|few days|couple of days|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bno (?:voy|va) a estar\b.*\b(?:la (?:proxima|otra) semana|esta semana|el fin de semana|unos dias|hasta el)\b/,
  // Fewer or more often: "bajen la frecuencia", "text me less often".
  /(?<!\bor )\bevery (?:other|second|\d+|two|three|four) days?\b(?= (?:would|works?|is|suits?|please|instead|is better)|\W*$)|\bcada (?:\d+|dos|tres|cuatro|tercer|otro) dias?\b|\bdia (?:por|de) medio\b|\b(?:\d|one|two|three|four|five) (?:times|days) a week (?:would|works?|is|suits?|please|instead)\b/,
  // A reminder's time given another, asked as a question: "the 7am one gives me a heart attack, can it be 8?".
  /\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b.*\b(?:can|could) (?:it|they|that|you|we) (?:be|come|move to|come at|do) (?:at )?\d{1,2}\b/,
  /\b(?:baj|reduc|disminu|cambi|sub|aument)\w* (?:la )?frecuencia\b|\bcon (?:menos|mas) frecuencia\b|\bmenos (?:seguido|mensajes|recordatorios)\b|\b(?:fewer|less) (?:texts|messages|reminders)\b|\b(?:text|message|remind|ping)\w* (?:me |us )?less (?:often|frequently)\b/,
  // "hoy no, ando de viaje" is today's answer with its reason; a trip with an end is a pause (saysALimit).
  /(?<!\b(?:en|durante|aprovechando|aproveche|antes de|despues de) (?:la|mi) )\bpaus\w+(?! (?:del|de la|para (?:el|la)) (?:cafe|comida|almuerzo|desayuno|trabajo))|(?<!\b(?:hoy no|no hoy)\b[^.!?]{0,20})\bde viaje\b|\bvacaciones\b|\bhasta el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b|\breanud\w*|\bcambi\w* (?:\w+ )?(?:la|el|de|mi) (?:hora|horario)\w*|\botra hora\b/,
  // Away written like a calendar entry or an out-of-office note: "OOO Dec 12–19", "off Thu & Fri", "back on the 22nd", "del 5 al 12 de enero no estoy".
  /\booo\b|\bout of (?:the )?office\b|\boff (?:on )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b|\bback (?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)? ?(?:-|–|to|thru|through|till|until) ?\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th) ?(?:-|–|to|thru|through|till|until) ?(?:the )?\d{1,2}(?:st|nd|rd|th)\b|\b(?:del|desde el) \d{1,2}(?: de [a-z]+)? (?:al|hasta el) \d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b|\b(?:nothing|no (?:texts|reminders|messages)|skip\w*) on (?:my |the )?\w+ days\b|\bno (?:estoy|estare|voy a estar)\b.*\b(?:del|hasta el|al) \d{1,2}\b/,
]);

/** Off-topic requests and attempts to misuse the bot. */
export const isOffTopic = any([
  /\bignore (?:all |your |the |any )?(?:previous|prior|above|earlier|instructions)\b|\bsystem prompt\b|\byou are now\b|\bpretend (?:you are|youre|to be)\b|\bact as\b|\bjailbreak\b|\bdeveloper mode\b|\brole ?play\b/,
  /\bwrite (?:me |my )?(?:a|an|my|the)\b.*\b(?:essay|poem|story|code|letter|report|song)\b|\b(?:whats|what is|hows|how is|hows the|will it be|is it going to be|check) (?:the )?weather\b|\bweather (?:like|forecast|tomorrow|in \w+|for (?:tomorrow|the weekend|\w+day))\b|\b(?:essay|homework|spreadsheet|forecast|stock price|bitcoin|crypto|lottery|recipe|translate)\b/,
  /\bphone numbers?\b|\bother patients\b|\bpassword\b|\bbudget\b|\bforward me\b/,
  /\b(?:insurance|billing|bill|invoice|copay|co-pay|refund|payment|deductible|copago|co pago|facturas?|facturacion|reembolso|deducible)\b|\b(?:donde|como|cuando|a quien) (?:pago|le pago|puedo pagar|se paga|hay que pagar)\b/,
  /\bwrong (?:number|person|chat|convo|conversation|group|thread|text)\b/,
  // Meant for someone else's chat: "eso era para el grupo de la familia", "this is the exercise number isn't it, ignore me".
  /\b(?:eso|ese mensaje|este mensaje|ese msj|este msj|lo de \w+(?: \w+){0,3}|that|this|that message|this message|that text|this text|the last one) (?:era|was|is) (?:para|for|meant for) (?:el grupo|la familia|mi \w+|my \w+|the group|someone else|otra persona)\b|\bmeant for (?:my|the) \w+\b|\bignore (?:me|that|my last(?: message| text)?)\W*$|\bignor(?:a|en|ad)(?:lo)? (?:eso|mi (?:ultimo )?mensaje|el mensaje)\b/,
  /\bprescribe\b|\bswear words?\b|\bcurse words?\b/,
  // Errands and chat nothing to do with the program: a taxi, the match, a parking fine, a series to watch.
  /\b(?:book|call|order|get) (?:me )?(?:an? )?(?:taxi|cab|uber|lyft|pizza)\b|\b(?:taxi|parking (?:fine|ticket)|multa de (?:aparcamiento|estacionamiento)|locum|stethoscope|estetoscopio)\b|\b(?:como quedo|who won|score of) (?:el partido|the (?:game|match))\b|\b(?:recomiendas?|recommend) (?:me )?(?:una |a )?(?:serie|series|pelicula|movie|show)\b|\b(?:a que hora|what time) (?:abre|cierra|opens?|closes?) (?:la |the )?(?:farmacia|pharmacy)\b/,
  /\btarea\b|\bmatematicas\b|\bel clima\b|\breceta de\b|\bescribe(?:me)? un\b|\bfinge\b|\bignora\b|\bseguro medico\b|\bfactura\b|\bnumero equivocado\b/,
  // A text meant for someone else: a partner or relative called by name ("hey babe…", "mom can you…", "oye mija…"), family logistics.
  /^\W*(?:(?:hey|hi|ok|oye|hola|ya)\W+)?(?:babe|baby|honey|hun|hon|sweetie|sweetheart|darling|sis|bro|mija|mijo|mi amor|amor|carino|gordo|gorda|viejo|vieja|bebe)\b|^\W*(?:mom|mum|mommy|dad|daddy|mama|papa|ma|pa)\W*(?:can you|could you|are you|did you|where are you|when are you|puedes|me puedes|ya|donde estas|vas a)\b|\b(?:happy birthday|feliz cumpleanos|feliz cumple) (?:sis|bro|babe|mom|mum|dad|hermana|hermano|hermanita|mama|papa|amor|mija|mijo|tia|tio|prima|primo|abuela|abuelo)\b|\b(?:running late|(?:start|eat) dinner without me|how (?:do i|do we|to|can i|can we) get to (?:the )?(?:airport|station|mall|supermarket|bank|hotel|restaurant|beach|park|downtown|post office|church|stadium)|pick (?:me|you|the kids|him|her|them) up|pick up the kids|(?:need|give me|get me) a ride|paso por ti|pasas por mi|te recojo|me recoges|ya llegaste|voy en camino)\b/,
  // About the bot as a person, or the world: "what's your name", "how old are you", "cómo te llamas", "who won", "what time is the game".
  /\b(?:whats your name|what is your name|how old are you|where do you live|do you have (?:a )?(?:boyfriend|girlfriend|wife|husband|kids)|como te llamas|cual es tu nombre|cuantos anos tienes|que edad tienes|donde vives|who won|quien gano|whats the score|what time (?:is|does) the (?:game|match)|a que hora (?:es|juega) (?:el|la) (?:partido|juego|pelea))\b|\b(?:verification|security|confirmation) code\b|\bcodigo de (?:verificacion|seguridad|confirmacion)\b/,
]);

/** The patient says they did the session or exercises. */
export const COMPLETION = [
  // A session rated: "10/10 session today!", "solid workout".
  /\b(?:10\/10|ten out of ten|great|good|solid|brilliant|awesome|killer|amazing|best) (?:session|workout)\b(?!\s+(?:tomorrow|later|tonight|planned))/,
  /\b(?:all )?done\b(?!\s+with (?:physio|pt|therapy|this|you|the program))/,
  // Not a comparison: "if my leg goes numb again like it did last year".
  /(?<!\b(?:like|as|than|how|when) (?:it|that|this|they|he|she) )\bdid\b(?!\s+(?:not|nt|i|you|u|we|he|she|they|he|anyone|it hurt|that|this (?:happen|mean)|my (?:back|knee|hip|shoulder|ankle) in)\b)/,
  /\bfinished\b|\bcompleted?\b|\bgot through\b|\bmanaged\b|\bknocked (?:them|it|em) out\b|\bsmashed (?:it|them|em)\b|\bnailed (?:it|them|em|all(?: of them)?|the lot|everything)\b|\bcrushed (?:it|them|em|all(?: of them)?)\b|\bticked off\b|\bwent through\b|\bworked through\b/,
  /\b(?:hecho|hechos|hecha|hechas|hice(?! (?:un )?(?:corajes?|berrinches?|bilis|muinas?|enojo|la comida|de comer|el super|las compras|cola|fila)\b)|hizo(?! (?:un |mucho |tanto |muy )?(?:calor|frio|sol|viento|bueno|malo|aire|fresco|buen|mal|corajes?|berrinches?|bilis|muinas?)\b)|hicimos|hicieron|termine|termino|terminamos|terminado|terminados|terminadas|complete|completado|completados|completadas|listo|(?<!(?:la|una|mi|su|esta|de|en) )lista|listos|(?<!(?:las|mis|sus|de|en) )listas|acabe|realice|realizo|realizamos|realizaron|realizado|realizados|realizadas|cumpli)\b|\btodo complet\w*\b|\bde principio a fin\b|\bya (?:(?:esta|estan)(?! (?:bien|mejor|peor|mal|en|con|de|aqui|alli|ahi|muy)\b)|quedo|quedaron|quede(?! (?:en|con|de|sin|a|tirad[oa]|acostad[oa]|dormid[oa])\b)|los hice|las hice|termine|acabe)\b/,
  // The idioms of a job finished: "all ticked", "sorted", "in the bag", "knocked the lot out", "rutina despachada", "todo adentro".
  /\bticked\b(?! (?:me|him|her|us|them) off)|\b(?:all |everything |session |routine |them |it )sorted\b|^\W*sorted\b|\bdone and dusted\b|\bsmashed (?:all|all 3|all three|the lot|everything)\b|\b(?:still |been )?(?:crushing|smashing|nailing) it\b|^\W*ya estuvo\W*$|\bknocked (?:them|it|em) (?:over|off)\b|\b(?:homework|home ?work) (?:handed in|done)\b|\bin the bag\b|\bknocked (?:the lot|them all|it all|everything|all (?:of )?(?:them|it)) out\b|\b(?:polished|wrapped|finished) (?:them |it |the lot |em )?(?:off|up)\b|\b(?:powered|ploughed|plowed|blasted|breezed|flew) through\b/,
  /\b(?:cumplid[oa]s?|despachad[oa]s?|liquidad[oa]s?|palomead[oa]s?|todo adentro|(?:los|las) (?:saque|sacamos|meti|despache|liquide)|(?:saque|meti|despache|liquide) (?:los|las|todos|todas)|chequead[oa]s?)\b/,
  // Done said in a second language's tenses: "me finish all 3 exercise already", "made all", "have all three made".
  /(?<!\b(?:will|to|gonna|can|cant|cannot|didnt|not|dont|must|should|could|would|ll|i ll)\s)\b(?:finish|made)\s+(?:all|everything|them all|the exercises?)\b|\b(?:exercises?|all|everything)\s+(?:is |are )?(?:finish|made)\s+already\b|\b(?:have|has)\s+(?:all|them|everything)\s+(?:\w+\s+)?(?:made|finish)\b|^\W*finish\W*(?:$|[.!])/,
  /\bknocked out (?:the|my|all|both) \w+|\b(?:all|both|the lot|\d|two|three|four|five) (?:of them |of em |\w+ )?knocked out\b|\b\w+s (?:and \w+ )?sorted\b/,
  // "not me actually doing all of them today", "ate those exercises, no crumbs": done, in a younger idiom.
  /^\W*not me (?:\w+ ){0,2}(?:doing|finishing|completing|smashing|crushing|getting through|knocking out)\b|\bno crumbs\b|\bate (?:it|them|those|that|these|the (?:\w+ )?(?:exercises|session|workout)) up\b/,
  /✅/,
];

/** Did some but not all. */
export const PARTIAL = [
  // Answered one by one: "first 3 yes, last one no", "el de puntillas sí, los de equilibrio no", "almejas y puentes, las de pie no".
  /\b(?:si|yes|yep|yeah|done|ok|listos?|listas?|hechos?|hechas?)\s*[,;]\s*(?:pero\s+|but\s+)?(?:\w+\s+){1,5}(?:no|not|nope)\b(?!\s+(?:pain|dolor|problem|problema|issues?|molestia))|[,;]\s*(?:pero\s+|but\s+)?(?:(?:los|las|el|la|lo)\s+(?:de\s+)?|the\s+)(?:\w+\s+){0,3}?(?:no|not)\s*(?:$|[,.!])/,
  // One named as not done after the others: "…. not the heel to toe one", "didn't get round to the sit to stands".
  /(?:^|[.,;]\s*)(?:but\s+)?not the (?:\w+\s+){0,4}(?:one|ones)\b|\b(?:didnt|did not|never|couldnt) get (?:round|around) to (?:the|my) \w+/,
  // The rest left for later: "others tonight", "el resto luego".
  /\b(?:the others|others|the rest|rest|el resto|los demas|las demas|los otros|las otras)\s+(?:\w+\s+){0,3}?(?:later|tonight|this evening|after \w+|luego|despues|mas tarde|en la noche|pa la noche|por la noche|para la noche)\b/,
  // One done and another told as left undone: "the band one never happened", "las estocadas quedaron en el tintero".
  /\b(?:the|la|el|las|los) (?:(?!(?:y|and|pero|but|que)\b)\w+ ){0,3}(?:never happened|got left|didnt happen|(?:se )?quedaron en el tintero|(?:se )?quedo en el tintero|no me dio (?:el )?tiempo)\b|\balcance a hacer\b|\b(?:\d|one|two|three) of the (?:\d|two|three|four|five) (?:got )?(?:ticked|done|finished)\b/,
  /\b(?:all|everything|every one|everyone|todos|todas|todo)\s+(?:\w+\s+)?(?:but|except|apart from|other than|besides|menos|excepto|salvo|aparte de)\b(?! (?:slowly|slow|carefully|with|it|its|they|i|he|she|my|his|her|it was|hard|painfully|barely|took|was|were|whoever|who|you|your|whomever|el que|la que|quien)\b)/,
  /\b(?:only|just)\s+(?:did|managed|got|finished|completed|had time for|got through|could do)\s+(?:the\s+)?(?:one|two|half|first|1|2|some|a few|part|\w+ of)\b/,
  /\bonly\s+(?:did|managed|got|finished|completed|had time for|had a go at|tried|could do|made it through)\b|\b(?:did|managed|finished|got through|completed)\s+(?:only|just)\s+(?:one|two|three|1|2|3|half|a few|some|the first)\b/,
  /\b(?:but|except|pero|menos)\s+(?:i\s+|yo\s+)?(?:skipped|missed|left out|didnt do|didnt get to|couldnt do|no hice|me salte|no pude (?:hacer|con))\b(?!\s+(?:mine|everything|all of them|them all|(?:my|the|today s|todays) (?:exercises|session|workout|routine)|today|los mios|todo|todos)\b)/,
  /\b(?:halfway|half of|half the|half way|(?<!\b(?:worst|best|hardest|easiest|fun|good|bad|nice|tough|big|normal|usual) )part of(?! (?:the|my|his|her|our|a) (?:job|deal|fun|problem|reason|process|life|world|team|family|plan|day)\b)|some of|most of|a few of|(?<!\b(?:and|plus|y) )the rest|except(?! (?:whoever|who|you|your|whomever)\b)|apart from|other than|all but(?! (?:slowly|slow|carefully|with|it|its|they|i|he|she|my|his|her|hard|painfully|barely|took|was|were)\b)|but not the|except for|first one|first two|first 2|first (?:couple|few|half))\b|\b(?:los|las) (?:primer[oa]s|dos primer[oa]s) ?(?:dos|2|tres|3)?\b|\b(?:solo )?(?:el primero|la primera)\b(?! (?:comunion|vez|semana|dia|hora|cita|operacion|cirugia|sesion|visita|noche|de (?:la|las|los|mis|sus)? ?(?:semana|mes|ano|clase|lista)|del (?:mes|ano)))/,
  /\b(?:\d|one|two|three|four|five) (?:sets?|rounds?|reps?)(?: of (?:each|every one|them|all))? instead of (?:\d+|two|three|four|five|ten)\b|\b(?:stop|stopped|quit|gave up|had to stop|pare|me quede) (?:at|after|en|a las?) (?:\d+|\w+) (?:of|out of|\/|de) (?:the )?(?:\d+|\w+)\b|\b(?:started|began) (?:\w+ ){0,2}but\b|\bgot interrupted\b|\b(?:so )?(?:thats|that s|that is) all (?:you|u) (?:get|got)\b|\bno (?:me|le|nos|les) dio (?:el )?tiempo (?:de|para|del|de los|de las) (?:resto|demas|otros|otras)\b|^\W*(?:only|just) (?:the|my) \w+(?: \w+)?(?: today| this morning| tonight)?\W*$|\b(?:the )?\w+ ones only\b|\bonly the \w+ ones\b/,
  // Stopped at a count, or the others said done: "paré a las 2 series", "los demás sí".
  /\b(?:pare|parar|me detuve|detenerme|(?:lo|la|los|las) deje) (?:a|en|por) (?:la )?mitad\b|\b(?:pare|me detuve|(?:lo|la|los|las) deje) (?:a las|en la|despues de|tras|en el) (?:\d+|dos|tres|una|la mitad|el \d+)\b|\b(?:los|las) (?:demas|otr[oa]s) (?:si|hechos|hechas|los hice|las hice)\b|\b(?:did|done) the (?:others|rest)\b/,
  /\b(?:did|done|hice|hizo)\s+(?:the\s+|my\s+|el\s+|la\s+|los\s+|las\s+)?(?:(?!(?:series?|sets?|reps?|par\w*|minutes?|minutos?|vez|veces|times?|una|one)\b)\w+\s+){1,3}(?:only|solamente|nada mas|nomas)(?:\s+(?:today|hoy|rn|right now))?\W*$|\bme faltan\b/,
  /\b(?:ran out of (?:time|steam|energy|juice)|(?:stopped|quit|gave up|bailed) after(?= (?:\d+|one|two|three|four|five|a few|a couple|half))|stopped after|had to stop (?:halfway|early|partway|part way|midway|half way|after)|didnt finish|couldnt finish|did not finish|didnt get through (?:them )?all|will (?:finish|do) (?:the|rest)|rest later)\b/,
  /\b(?:solo|solamente|nada mas|nomas|no mas|unicamente)\s+(?:hice|pude|termine|complete|alcance|(?:me )?dio tiempo|tuve tiempo)\b|\bsolo (?:el|la|los|las) \w+/,
  /\bhice (?:solo |solamente |nada mas |nomas |unicamente )?(?:\d|uno|dos|tres|la mitad|algunos|algunas|parte)\b(?! (?:veces|series|sets|rondas|repeticiones|reps|vueltas|minutos)\b| de cada\b)|\b(?:la mitad|algunos de|algunas de|(?<!\bde )parte de|(?<!mas o )menos (?:el|la|los|las)|excepto|(?<!\b(?:me|te|le|nos|lo|la|los|las) )salvo|(?<!\bno )(?:me falto|me faltaron|me falta)(?! (?:\w+ ){0,2}(?:el )?(?:aire|aliento|respiracion)| (?:ninguno|ninguna|ni uno|ni una|nada)\b)|no me dio tiempo (?:de|para) (?:el|la|los|las|hacer))\b|\bno (?:pude|alcance a) terminar\b|\b(?:no|nunca) (?:los |las |lo |la )?(?:termine|acabe|complete)\b|\bme quede en (?:el|la|los|las) \w+/,
];

/** Did not, or will not now, do them. */
export const NOT_DONE = [
  // Said formally or half in Spanish: "Exercises not completed today, apologies".
  /\b(?:exercises|session|workout|routine|stretches|ejercicios)? ?(?:not|no) (?:completed|done|finished|hechos|completados|terminados)(?: (?:today|tonight|yet|hoy))?\b(?! (?:all|yet|until|till|but)\b)/,
  // Put off to later in so many words: "mañana hago los ejercicios", "do them tmrw", "hoy paso de los ejercicios".
  /\b(?:manana|luego|despues|mas tarde|al rato|en la noche|esta noche) (?:los |las |lo )?(?:hago|hare|retomo|sigo|continuo)\b|\b(?:hago|hare|retomo) (?:los |mis )?(?:ejercicios )?(?:manana|luego|despues|mas tarde|al rato|esta noche)\b|\bpaso de (?:los ejercicios|hacer(?:los)?|ellos)\b|\b(?:tmrw|tmr|tmrow|2moro|2morrow|tomoz)\b/,
  /\b(?:los|las|lo|la) (?:hago|hare|voy a hacer|hacemos)\b.*\b(?:tarde|noche|luego|despues|manana|rato|al rato)\b/,
  /\b(?:skip(?:ped|ping)?|missed|forgot|forgotten|rest day|day off|gave it a miss|give it a miss|bailed|slacked)\b|\b(?:havent|hasnt|didnt|not) (?:touched|looked at|opened|started) (?:them|it|any|the)\b|\bcant be bothered\b(?! with (?:anything|everything|life|much|anyone))|\bdidnt (?:even )?bother\b(?! (?:me|him|her|my|his|the)\b)|\bno (?:me|le) (?:dan|da|daban) ganas de [^.!?]{0,30}\b(?:ejercicios|hacerlos|hacerlas)\b|^\W*se me paso\W*$|\b(?:hoy|today) (?:imposible|impossible|no way|no chance)\b|\bme dio (?:mucha )?(?:pereza|flojera|fiaca|hueva)\b|\b(?:me (?:lo|los|las) )?salte\b|\b(?:didnt|did not) have the heart to\b/,
  /\b(?:didnt|did not|havent|have not|hasnt|couldnt|wont|cant|cannot|not going to|not gonna)\s+(?:\w+\s+){0,2}(?:do|done|get|got|manage|have time|make|start|started|been able|able|find time|fit)\b/,
  /\b(?:cant|cannot|couldnt|didnt|wont|not) (?:today|tonight|now|this (?:morning|evening))\b|\b(?:will|ill|gonna|going to) (?:do|try|get to|catch up on) (?:them|it|em|these|mine|my exercises|my ones|the \w+)?\s*(?:later|tonight|tomorrow|after|this evening|when|in)\b|\b(?<!\b(?:achy|sore|stiff|aching|hurts?|hurting|painful|swollen|tight|bad|worse|better|fine|good)\s)(?:tonight|this evening)\b|\b(?:after work|when i get home)\b|^\W*(?:doing|do|ill do|will do) (?:them|it|em|these|mine|my exercises|the exercises) (?:after (?:lunch|dinner|breakfast|work|school|my \w+)|later|in (?:a bit|an hour|a (?:few|couple) (?:of )?(?:minutes|mins|hours)))\b/,
  /\bnot (?:yet|today|now|tonight|done|this time|doing|feeling it)\b|\bno time\b|\bno exercises?\b|\bno (?:\w+ )?(?:work|workout|training|session|stretching|reps)s? (?:today|tonight|this (?:morning|evening|afternoon))\b|\btoo (?:tired|busy|exhausted|knackered|wiped)\b|\bto tired\b|\btoo (?:hot|cold|humid|sick|ill|stiff|sore|achy|drained|stressed|swamped|slammed|hungover) (?:\w+ )?to (?:exercise|work ?out|do (?:them|it|any|anything|my|the)|move|train)\b|\b(?:ill|i will|will|gonna|going to) catch up\b|\bmaybe later\b|\blater\b|\btomorrow\b/,
  /^\W*(?:no|nope|nah|not really|no sorry|no not yet)\W*$/,
  /^\W*(?:hoy paso|paso hoy|today i pass)\b|^\W*(?:no|nope|nah)\b,? (?:[^.!?]{0,60}\b)?(?:zero|no) energy\b/,
  // Later, with what keeps them now: "luego, estoy comiendo", "later im at work".
  /^\W*(?:luego|later|despues|mas tarde|en un rato|al rato|in a bit|ahorita no)\W+(?:estoy|ando|im|i am|i m|we re|were)\b/,
  // Forgotten, put off, off sick, or no wish to: "slipped my mind", "giving them a miss", "leaving them till I test negative", "q flojera", "ni ganas".
  /\bslipped (?:my|his|her) mind\b|\b(?:giving|gave|give) (?:it|them|em|the exercises) a miss\b|\bleaving (?:them|it|em|the exercises) (?:till|until|for)\b|\boff sick\b|\b(?:q|que) (?:flojera|pereza|hueva|fiaca|paja)\b|\bni ganas\b|\bno (?:tengo|tuve|tenia) (?:fuerzas?|energia|ganas(?= *$| *[,.!]| hoy\b| de hacer(?:los|las)?\b| de los ejercicios\b))|\bno he (?:podido|podio) hacer (?:nada|na)\b|,\s*manana\W*$|\bno (?:hizo|hicimos|hicieron) (?:los |sus |mis |nuestros )?(?:ejercicios|nada)\b|\b(?:ya )?(?:esta|estoy|estamos) (?:muy )?viej[oa]s? (?:pa|para) (?:esto|estas cosas)\b|\btoo old for (?:this|these|that)\b/,
  // Never begun, or refused: "never even started them", "aint did them yet", "he refused to do them", "no quiso hacerlos".
  /\b(?:never|aint|ain t)\s+(?:even\s+|yet\s+)?(?:started|began|begun|did|done|do|touched|got (?:to|round to|around to))\b|\b(?:refused|refuses|wouldnt|would not|wont|will not) (?:to )?(?:do|try|even try|touch|start)\b|\b(?:no quiso|no quiere|se nego a|se niega a) (?:ni )?(?:hacer|intentar|empezar)(?:los|las|lo|la)\b|\b(?:no quiso|se nego a) (?:hacer|intentar|empezar) (?:los|sus|las) ejercicios\b|\bnunca (?:los |las |lo |la )?(?:empece|empezo|empezamos|comence|comenzo)\b/,
  /\bno (?:hago|hace|hacemos) (?:los |mis |sus )?ejercicios\b|\bno (?:los|las) (?:hago|hace)\b/,
  // Too something to do them, or the day taken off: "too riled up to do them today", "taking today off".
  /\btoo (?:\w+ ){1,2}to (?:do|face|manage|get to|bother with|deal with) (?:them|these|it|em|my exercises|the exercises|any|anything)\b|\b(?:taking|take|took|having|had|giving myself) (?:today|tonight|the day|this morning|the evening|a day|a break) off\b/,
  // Behind, not done: "fell behind on the exercises this week", "me atrasé con los ejercicios".
  /\b(?:fell|falling|fallen|got|getting|gotten|been|am|im|a bit|way) behind (?:on|with) (?:the |my |his |her |our )?(?:exercises|program|programme|routine|stretches|hep|home exercises)\b|\b(?:me|se|nos) (?:he |ha |hemos )?(?:atrase|atraso|atrasado|atrasamos|retrase|retraso|retrasado) (?:un poco |bastante |mucho )?con (?:los|mis|sus|las) (?:ejercicios|rutina|estiramientos)\b|\b(?:atrasad|retrasad)[oa]s? con (?:los|mis|sus) ejercicios\b/,
  // A day off named: "hoy nada, mañana sí", "hoy descanso", "me quedé sin hacerlos".
  /(?<!\b(?:dolor|duele|duelen|molest\w*|pain|hurts?|hurting|sore|aches?|\d)\b.*)\b(?:hoy|today) (?:nada|nothing)(?=\s*(?:$|[.,!;]|,? (?:manana|tomorrow|mas tarde|later)\b))|\bhoy descanso\b|\bme (?:quede|quedo) sin hacer(?:los|las|lo|la)?\b|\bno (?:tengo|tenia|tuve) con (?:que|q) hacer\w*\b|\bnothing to do them with\b/,
  /\b(?:unable|not able|wasnt able|werent able|failed|didnt manage) to (?:do|complete|finish|get to|get through|manage)\b/,
  /\b(?:dont|doesnt|do not|does not) (?:want|feel like) (?:to )?(?:do|doing)\b(?! (?:\w+ ){0,3}(?:wrong|incorrectly|badly|too (?:much|many|hard|fast)|more than))/,
  /\bno (?:los|las|lo|la)? ?(?:hice|he hecho|pude(?!\s+(?:parar|dejar) de)|hare|voy a poder|tuve tiempo|me dio tiempo|alcance)\b|\b(?:todavia|aun|hoy) no\b|\bno hoy\b/,
  // Nothing touched, in idiom: "zero exercises got touched", "they got left", "ni los toqué", "ni uno", "se quedaron en el tintero".
  /\b(?:zero|none of the|no) (?:\w+ ){0,2}(?:got touched|(?:was|were|got) done|happening|happened)\b|\b(?:they|them|it|the \w+) (?:all )?got left\b|\bnever happened\b|\bni (?:los|las|lo|la) (?:toque|toco|tocamos|mire|miro)\b|\bni (?:uno|una)\b|\ben el tintero\b/,
  /\bse me olvid(?:o|aron)\b|\bmanana (?:sin falta|seguro|prometido|lo juro)\b|\bse me paso (?:hacerl\w*|el dia|la hora|el tiempo)\b|\bse me fue el (?:dia|tiempo)\b|\bme olvide\b|\bolvide\b|\bno (?:tengo|tuve) tiempo\b|\b(?:estoy|ando) (?:muy |demasiado )?cansad\w*|\bno hice\b|\bmanana (?:los|lo|las) hago\b|\bmas tarde\b|\bluego (?:los|lo|las) hago\b/,
];

/** None of them: "did none of them", "ninguno hoy", "no hice nada". */
export const NONE_OF_THEM =
  /\b(?:none of (?:them|em|it|the \w+)|(?<=^\W*)(?:cero|zero)(?= hoy| today|\s*$|\s*,)|did none|did nothing|(?:0|zero|cero) (?:exercises|ejercicios)|none (?:done|today|yet|so far|this time)|didnt (?:do|finish|complete|get through|manage) (?:any|a single)(?! (?:rep|set)s?\b)|not a single one|(?:couldnt|could not|cant|cannot|can not|didnt|did not) (?:do|manage|finish) either(?! (?:one|of) (?:set|rep))|ningun[oa]s?(?=\s*(?:$|[.,!]|hoy|de (?:los|las|ellos|ellas)|todavia|aun))|no hice (?:ninguno|ninguna|nada)|nada de nada)\b/;

/** All of them: "all 3", "everything", "todos". */
export const ALL_OF_THEM = /\b(?:all|everything|every one|each one|both|todos|todas|todo|los dos|las dos|los tres|las tres|los cuatro|las cuatro|ambos|the lot|whole (?:set|session|routine|lot))\b/;

/** "did 2 of 3", "hice 2 de los 3": [did, of]. */
export const COUNT_OF = /\b(?:did|done|managed|finished|completed|got through|hice|termine|complete)\s+(?:only\s+|just\s+)?(\d|one|two|three|four|five|uno|dos|tres|cuatro|cinco)(?!\s*\/\s*10\b)\s*(?:of|out of|\/|de)\s*(?:the\s+|them\s+|los\s+|las\s+)?(\d|two|three|four|five|six|dos|tres|cuatro|cinco|seis|\d\d)\b|(?:^|[.,;!]\s*)\W*(\d|one|two|three|four|uno|dos|tres|cuatro)\s*(?:of|out of|\/|de)\s*(?:the\s+|los\s+|las\s+)?(\d|two|three|four|five|dos|tres|cuatro|cinco)\b(?!\s*(?:sets?|reps?|series|repeticiones|times|veces|days?|dias|weeks?|semanas|\/\s*10|out of 10|de 10|en|on|in|for|para|con|with|at)\b)/;

/** A question opened by an auxiliary with its subject ("can I…", "is a heating pad ok…"), at the start of any clause or after an emoji. */
export const INVERTED_QUESTION =
  /(?:^|[,.;:!]\s*|[\uD83C-\uD83E][\uDC00-\uDFFF]\s*|[\u2600-\u27BF]\s*)(?:(?:can|could|should|would|may|might|must|shall|do|does|will|am) (?:i|we|you|u|he|she|they|it|my|the|a|one|someone|this|that|these)\b|did (?:i|we|you|u|he|she|they|it|one|someone)\b|(?:is|are|was|were) (?:\w+ ){0,4}(?:still )?(?:ok|okay|normal|safe|fine|alright|bad|allowed|supposed|necessary|needed|too much|enough|a problem|an issue|a concern|dangerous|harmful|risky)\b|(?:ok|okay|safe|alright|fine) to (?:keep|carry on|continue|do|use|take|go|start|stop)\b|(?:which|what(?! an?\b)|how|when|where|why|who)\b|(?:puedo|puede|podria|debo|debe|deberia|se puede|tengo que|hay que|es normal|esta bien(?= (?:si|que|\w+(?:ar|er|ir)(?:lo|la|los|las|me|se)?)\b| *$)|(?:es|seria) mejor|conviene|cual|cuales|como(?! (?:si|un|una|unos|unas|\d)\b)|cuando|cuanto|cuantos|cuantas|donde|por que)\b)/;

/** Asking inside a sentence: "im pregnant can i keep doing these", "is it ok to…", "puedo seguir…". */
export const EMBEDDED_QUESTION =
  /\bwondering (?:where|how|what|which|whether|when|why|who)\b|\b(?:wants?|wanted|wanting|needs?|needed|would like|like|just) to (?:check|ask|confirm|find out) (?:with you )?(?:if|whether|when|how|what|which)\b|\b(?:queria|quiero|quisiera|necesito) (?:preguntar|consultar|confirmar) (?:si|cuando|como|que|cual)\b|\b(?:wants?|wanted|would like|like|needs?) to know (?:if|whether|when|how|what)\b|\b(?:quiere|queria|quieren|queremos) saber si\b|\b(?:(?:me|nos|te|le|les) )?(?:pregunta|preguntaba|preguntan|pregunto) (?:que )?si\b|\b(?:asks?|asked|asking|is asking|was asking) (?:me |us |you )?(?:if|whether)\b|^\W*(?:is|are) (?:it|they|that|this|these) \w+(?: \w+)* or \w+|\b(?:can|could|should|may|must|shall) i\b|\bdo i (?:need|have|keep|still)\b|\bis (?:it|that|this) (?:ok|okay|safe|normal|bad|fine|alright)\b|\b(?:puedo|puede|debo|debe|deberia|podria|podra) (?:seguir|hacer|usar|tomar|poner\w*|ir|caminar|manejar|cambiar)\b|\b(?<!\bno )(?:puedo|podria) (?:subir\w*|aumentar\w*|bajar\w*|dejar\w*|volver|empezar)\b|\bcuando (?:puedo|podre|puede|podra|empiezo|vuelvo)\W*$|\b(?:sigo|continuo|hago)\b[^.!?]{0,40}? o (?:\w+ ){0,2}(?:paro|dejo|no)\W*$|\b(?:le|me|lo|la|les) (?:pongo|aplico|echo|unto)\b(?: \w+){1,3} o \w+/;

/** Asking for a call, or to talk to the therapist: a question for the clinic ("please have someone call me"). */
export const ASKS_FOR_CONTACT =
  /\b(?:call|ring|phone|text|contact|reach)\s+(?:me|us|him|her)\b(?!\s+(?:at|later|tomorrow|tonight|in|on|after|before|instead))|\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:my |the |a |someone|somebody|a real|an? )?(?:therapist|physio\w*|pt|doctor|dr|nurse|person|human|someone|somebody|clinic)\b|\bhablar con (?:mi |el |la |un |una |alguien|algun)?(?:terap(?:euta|ista)|fisio\w*|doctor\w*|medic\w*|enfermer\w*|alguien|persona)\b|\b(?:me|nos|le) (?:puede|pueden|podeis|podria|podrian|podriais) llamar\b|\bllam(?:enme|adme)\b|\bllameme\b|\bque me llame\b/;

/**
 * Words that open a question, when there is no question mark. "What a day", "qué calor", "qué bonito
 * día", "que Dios la bendiga" open an exclamation or a blessing ("qué día es hoy" is a question).
 */
export const QUESTION_START =
  /^\W*(?:quick question|question|how|what(?! an?\b)|whats|which|when|where|why|who|should|can|could|would|is (?:it|this|that|there)|are (?:you|these|they|there|the)|am i|do (?:i|you|we|they|these)|does|did (?:i|you)|may|shall|any (?:tips|advice)|is it better|would it be better|cual|cuales|como(?! si\b)|que(?! (?:calor|frio|flojera|pereza|hueva|fiaca|paja|lata|rollo|sueno|cansancio|bonit[oa]|lind[oa]|bien|buen[oa]|padre|ric[oa]|gusto|alegria|pena|horror|susto|emocion|maravilla|suerte|chid[oa]|fresco|dios|orgullo|felicidad|hermos[oa]|precios[oa]|dia (?:tan|mas))\b)|cuando|donde|por que|cuanto|cuantos|cuantas|puedo|debo|se puede|tengo que|hay que|es normal|(?:es|seria) mejor|conviene|(?:a|de|en|para|con|por) (?:que|cual|cuales|donde|quien|cuanto|cuanta|cuantos|cuantas) (?!(?:calor|frio|bonit[oa]|lind[oa]|bien|gusto|alegria|pena|susto|suerte)\b)(?=\w))\b/;

/** Asking without a question mark: "info on clamshells", "send the video", "not sure how to do…", "which one is X again". */
export const ASKS_WITHOUT_QUESTION_MARK =
  // Asked on someone's behalf: "Papá pregunta cómo estirar el pecho", "mum wants to know if she can…".
  // Asked by its words alone: "el puente cuánto aguanto arriba", "la liga de qué color uso", "cada cuánto me van a mandar",
  // "clams - which way do my feet go", "hips stay on the floor right", "ice or heat after the calf raises", "es con una pierna o con las dos".
  /\b(?:pregunta|preguntaba|quiere saber|queria saber|asks|asked|is asking|was asking|wants to know|wanted to know|wonders|was wondering) (?:como|que|cuando|cuanto|cuantas|cuantos|si|donde|cual|cuales|how|what|when|whether|if|where|which|why)\b|\b(?:for|on|with|in|during) (?:the |my |those |these )?(?:\w+ ){1,3}(?:do|should|can|must) (?:i|we|you) (?:\w+ ){1,8}or (?:\w+ ){0,2}\w+\W*$|\b(?:sigo sin entender|no entiendo (?:bien )?(?:como|para donde|hacia donde|cual|que|donde)|still (?:dont|do not|cant) (?:understand|figure out|get) (?:how|which|where|what)|cuant[oa]s?|de que color|que color|cada cuanto|como le hago|como (?:se|lo|la|los|las) hac\w*|cual(?:es)? (?:es|son|uso|hago)|en cuanto tiempo|hasta donde|cuesta algo)\b|\bhelp\W+(?:which|what|how|where|when) \w+ (?:do|does|should|can|must) (?:i|we|you)\b|(?:^|[-:,]\s*)(?:which|what|how|where|when) (?:way|one|ones|do|does|should|is|are|can|long|many|much|often|far)\b|(?<!\b(?:all|turn|turned|the|my|his|her|go|went|thats|its|feel|feels|felt|doing|done|did|ok|okay|alright) )\b(?:right|correct)\W*$|^(?=(?:\W*\w+){1,8}\W*$)(?!\W*(?:no|not|never|nothing|without|sin|ni|zero)\b)\W*\w+(?: \w+)? or \w+\b|^\W*(?:\w+ ){0,3}(?:es|son|se hace|se hacen|va|van|tiene que|tienen que|tengo que|debe|deben|deberia|hay que)\b[^.!?]{0,40}? o (?:con |sin |en |a |de |el |la |los |las |antes|despues)?\w+\W*(?:\w+\W*){0,3}$|\b(?:info|information|informacion|details|detalles)\b|\b(?:send|resend|share|text|forward|mand\w*|envi\w*|pas\w*)\b(?:\s+\S+){0,4}?\s+(?:video|videos|link|links|instructions|pic|picture|photo|diagram|enlace|liga|instrucciones|foto)\b|\b(?:forgot|forget|forgotten|(?:cant|dont|do not|can not|cannot) (?:quite )?remember|olvide|se me olvido|no me acuerdo de?|no recuerdo)\s+(?:how|what|which|where|como|cual|cuales|que)\b|\b(?:not sure|unsure|dont know|dont think|no se|no estoy segur[oa]) (?:\w+ ){0,2}(?:doing|hacerl\w*|haciendo(?: \w+)?) (?:\w+ ){0,3}(?:right|correctly|properly|the right way|wrong|bien|mal|correctamente)\b|\bneed (?:the|a|that) (?:video|link|instructions)\b|\b(?:not sure|unsure|confused|no idea|dont know|dont get|dont understand) (?:how|what|which|where|when|if|whether|about)\b|\bno (?:se|entiendo|recuerdo|me acuerdo) (?:como|cual|cuales|si|que|donde|cuando|bien como|cuant\w*)\b|\b(?:puedes|puede|podrias|podria|pueden|podrian) (?:recordar|explicar|decir|ensenar|mostrar)(?:me|nos)? (?:otra vez |de nuevo )?(?:como|cual|cuales|que|cuant\w*)\b|(?<!\b(?:ya se|se|sabia|entendi|aprendi|vi|recuerdo|me acuerdo de|olvide|explico|explicaron|mostro|mostraron) )\bcomo (?:se hacen?|(?:lo|la|los|las) hago)\b|\b(?:remind|tell|show) me (?:how|what|which|where)\b|\b(?:wondering|wonder) (?:if|whether|how|what|about|why)\b|\bwhich (?:one|ones|exercise) (?:is|was|were|are)\b|\bcual (?:es|era|son|eran)\b|\b(?:recuerdeme|recuerdame|digame|dime|expliqueme|explicame) (?:como|cual|que)\b|(?<!\b(?:my|this|sending|send|sent|attached|here s|heres|here is|mira|mire|mirá|te mando|le mando|les mando|mando|envio|adjunto|gracias por|thanks for|thank you for)(?: (?:a|the|an|el|la|un|una|this|that|esta|este|esa|ese))? )\b(?:video|videos|link|instructions|instrucciones|enlace|diagram)\s+(?:for|of|on|de|del|para|sobre)\b(?! (?:me|my|mine|myself|him|his|her|our|us|mi|mis|su|sus|yo|la que|lo que|cuando|when)\b)|\b(?:help|ayuda)\s+(?:with|con)\s+(?:the|my|el|la|los|las)\b|\bno entiendo (?:el|la|los|las|bien|como|cual|que)\b|(?<!\b(?:my|this|sending|send|sent|attached|here s|heres|here is|mira|mire|te mando|le mando|les mando|mando|envio|adjunto|gracias por|thanks for|thank you for|see|ver|watch|watched|mirando|viendo|vi)(?: (?:a|the|an|el|la|un|una|this|that|esta|este|esa|ese|your|tu|su))? )\b(?:video|videos|link|instructions|instrucciones|enlace|diagram)\b(?! (?:attached|below|adjunto|de mi|of me|of my|i (?:sent|took|made)|que (?:te|le|les) (?:mande|envie)))|^\W*(?:reps|sets|dose|how many|how long|repeticiones|series|cuantas|cuantos)\b|\b(?:is (?:that|this|it) (?:normal|ok|okay|bad|fine|safe|right|supposed to)|es normal|esta bien (?:eso|asi)|(?:thats|is that) normal)\W*$|\b(?:dont understand|confused (?:about|by)|dont get) (?:the|how|what|which)\b/;

/** A question is about the program if it mentions exercising, the body, or care. */
/**
 * The clinic's front desk, not the program: parking, opening hours, forms and fees, who is in on Friday.
 * A question about these is `other` unless it names an exercise or asks for the therapist.
 */
export const CLINIC_LOGISTICS =
  /\b(?:parking|car park|parking (?:lot|garage)|park (?:my|the) car|validate|bus stop|parada (?:de|del) (?:bus|autobus|camion)|aparca\w*|estaciona\w*|parar el coche|opening hours|office hours|(?:what time|when) (?:do|does) (?:you|the clinic|the office|it) (?:open|close)|are you (?:open|closed)|horario\w*|(?:a que hora|cuando) (?:abren|cierran)|referral letter|paperwork|forms|fmla|sick note|work note|doctors note|receipt|invoice|factura|recibo|justificante|informe de asistencia|mutua|seguro|colegiado|fees?|copago|cuanto (?:cuesta|sale|cobran)|precio|front desk|recepcion|address|direccion|como llego)\b|\b(?:is|will) (?:dr|doctor|\w+) (?:\w+ )?(?:in|working|off|there|available)(?: (?:on|this|next))? (?:mon|tues|wednes|thurs|fri|satur|sun)day/;

export const PROGRAM_TOPIC =
  /\b(?:lados?|sides?|ok to|okay to|safe to|allowed to|keep doing|call|talk|speak|hablar|llam\w*|fisio\w*|terap(?:euta|ista)|voltaren|aleve|naproxen|diclofenac\w*|ointment|pomada|painkillers?|analgesic\w*|these|them|do (?:it|them|these)|hacerlos|hacerlas|pool|piscina|cama|bed|floor|piso|suelo|towel|band|bands|ball|chair|pillow|equipment|pregnan\w*|ibuprofen|advil|tylenol|paracetamol|heating pad|heat pack|ice pack|cream|gel|patch|brace|banda|liga|ligas|toalla|pelota|silla|almohada|equipo|embarazada|ibuprofeno|paracetamol|medicamento\w*|pastilla\w*|almohadilla|crema|parche|exercises?|reps?|sets?|times? a (?:day|week)|per day|a day|hold|holding|stretch\w*|estir\w*|bend\w*|straighten|slide|lift|band|weights?|ice|icing|heat|feel (?:it|them)|hurts?|pain\w*|sore|form|position|posture|physio\w*|therapist|pt|doctor|dr|surgeon|knees?|hips?|back|shoulders?|neck|ankles?|legs?|arms?|foot|feet|calf|bum|hamstrings?|glutes?|chest|wrist|elbow|one|ones|first|second|third|showed|video|how (?:to|do i|do you|should i) do|como (?:se )?hac\w*|(?:se )?(?:puede|pueden|puedo|debo|tengo que) hacer(?:los|las)?|(?:morning|evening|night|noche|tarde|manana) (?:or|o|vs) \w+|better (?:in the morning|in the evening|at night|before bed)|before bed|doing (?:it|them|these|this|the \w+) (?:right|correctly|properly|wrong)|haciendo bien|lo hago bien|program|routine|plan|rutina|handout|hoja de ejercicios|session|how (?:many|often|long|far|much|hard|fast|slow)|should i|am i supposed|is it ok|is it normal|is that ok|is that normal|what if|rest|sore|swelling|brace|crutch\w*|walk\w*|stairs|bike|do i|supposed|easier|harder|rep|medic\w*|meds|pills?|drive|golf|ejercicios?|repeticiones|series|veces|hielo|calor|manejar|conducir|correr|nadar|trabajar|gimnasio|volver a|rodilla|cadera|espalda|hombro|pierna|brazo|dolor|duele|como se hace|puedo|debo|recta|doblada|es normal|que hago|que debo|infect\w*|how (?:will|would|do|can) i (?:know|tell)|equilibrio|balance|caigo|caerme|fiebre|temperatura|cicatriz|herida|puntos|incision|scar|wound|stitches|staples|fever|temperature|swell\w*|hinch\w*|tobillo|pie|cuello|mano|muneca|codo|pecho|ankle|clams?|clamshells?|bridges?|bridging|squats?|lunges?|planks?|raises?|curls?|quads?|quad sets?|glute\w*|press ?ups?|step ?ups?|wall sits?|cuadriceps|puentes?|almejas?|sentadillas?|deslizamientos?|elevacion\w*|talon\w*|plancha|zancadas?|(?:me |nos )?toca\w*|chin (?:tucks?|nods?)|cat[ -]?(?:camels?|cows?)|bird[ -]?dogs?|dead[ -]?bugs?|pendulums?|marches|monster walks?|pelvic tilts?|ankle (?:pumps?|alphabet)|towel scrunch\w*|shoulder (?:rolls?|blade squeezes?)|rows|scaption|wall push ?ups?|warm ?ups?|cool ?downs?|gato[ -]?camello|perro[ -]?pajaro|bicho muerto|pendulos?|retraccion\w*|remo|isometricos?|postura del nino|vuelta a la calma|calentamiento|bombeos?)\b/;

/**
 * Small talk asked as a question: how the therapist is, how their weekend went ("how are you?",
 * "¿cómo le va?", "qué tal su fin de semana"). Social, not about the program: read as chitchat.
 */
export const SMALL_TALK_QUESTION =
  /\b(?:que tal|como esta|como anda|como va) el (?:clima|tiempo) (?:por alla|por ahi|alla|ahi|donde (?:estan|estas|esta))\b|\bhow s the weather (?:there|over there|where you are|on your end)\b|^\W*(?:(?:hi|hello|hey|hola|buenas|buenos dias|buenas (?:tardes|noches)|good (?:morning|afternoon|evening))\W+)?(?:(?:what(?: s| is)?|whats) the weather like(?: where you are| there| over there| today)?|(?:how(?: s| is)|hows) the weather(?: there| over there| where you are)?|como esta el (?:clima|tiempo)(?: por alla| alla| alli)?|how (?:are|r) (?:you|u|ya|things|you all|you guys)(?: doing| today| this (?:morning|week))?|how (?:have|has) (?:you|everyone|everybody) been|how (?:was|is) (?:your|ur|the) (?:weekend|day|week|holiday|holidays|vacation|trip|christmas|thanksgiving|easter|morning)|hows (?:it going|your (?:day|week|weekend))|(?:hows|how is|how are) (?:everyone|everybody|the team|you all|life|the family|your family|things)(?: at the (?:clinic|office)| there| over there| doing| today)?|como (?:esta|estas|estan|le va|te va|les va|le ha ido|te ha ido|les ha ido|le fue|te fue|ha estado|has estado|han estado|amanecio|amaneciste)(?: usted| ustedes)?|que tal (?:su|tu|el) (?:fin de semana|finde|dia|semana|viaje|navidad)|que tal (?:esta|estas|le va|te va|todo)|(?:y )?usted como esta)\W*$|\b(?:what|where) would (?:i|we) (?:do|be) without (?:you|u|yall|you guys|you all)\b|\bque (?:haria|hariamos) sin (?:ustedes|ti|usted)\b/;

/** Greetings, thanks and small talk. */
export const CHITCHAT = [
  // A match result: "we lost 3-0 last night 💔", "ganamos 2 a 1".
  /\b(?:lost|won|drew|tied|beat (?:them|us)|perdimos|ganamos|empatamos|perdio|gano|empato|perdieron|ganaron)\s+\d+\s*(?:-|–|a|to|nil)\s*\d+\b/,
  // Praise for the bot or the team: "you lot are ace", "sos un genio", and "qué onda" greetings.
  /\b(?:you|u|you lot|you guys|yall|youre|you are|sos|eres|es usted) (?:are |re )?(?:so |such )?(?:ace|great|brilliant|amazing|a star|stars|a genius|legends?|the best|un genio|una genia|un crack|una crack|lo maximo|la maxima|un sol|un amor)\b|^\W*(?:que onda|que tal|como (?:amanecio|amaneciste|amanecieron|le va|te va|andas|anda))\b/,
  /^\W*(?:hi|hello|hey|hiya|heya|yo|howdy|good (?:morning|afternoon|evening|night|day)|night night|nighty night|nite|(?:oye )?(?:\w+ )?(?:que|q|k) (?:hubo|onda|tal|pedo)|quiubo|morning|evening|thanks|thank you|thank u|thanks so much|many thanks|cheers|ok|okay|k|kk|cool|great|nice|lovely|awesome|perfect|lol|haha|bye|goodbye|see you|see ya|hola|buenos dias|buenas(?: tardes| noches)?|gracias|muchas gracias|ok gracias|vale|perfecto|genial|saludos|adios|que tal|merry christmas|happy (?:new year|holidays|easter|thanksgiving|\w+)|feliz \w+|you too|same to you|igualmente)\b/,
  /\b(?:feeling (?:much |so |a lot )?better|feel (?:great|good|much better|amazing)|me siento (?:mucho )?mejor|me siento (?:muy )?bien)\b/,
  /\b(?:thanks|thank you|gracias|merry christmas|happy (?:new year|holidays|birthday|easter|thanksgiving)|feliz (?:navidad|ano|cumpleanos)|have a (?:\w+ )?(?:good|great|nice|blessed|lovely|wonderful|happy|fab|fantastic|restful) (?:day|weekend|one|evening|night|week|\w+day)|btw|by the way|lol|haha|hehe)\b/,
  // Laughter, sign-offs and blessings: "lmao", "jajaja", "take care", "cuídese", "un abrazo", "God bless", "que Dios la bendiga".
  /^\W*(?:lmao+|lmfao|rofl|xd+|hehe+|hihi+|ja(?:ja)+j?|je(?:je)+|ji(?:ji)+|xoxo|hugs|(?:big )?hugs?|take care|stay (?:safe|well)|god bless(?: you)?|bless you|enjoy (?:your|the) (?:day|weekend|week|evening)|cuidese|cuidate|cuidense|un abrazo|abrazos|besos|bendiciones|(?:que )?dios (?:la|lo|le|los|las|te) bendiga|just (?:wanted|want) to say (?:hi|hello|thanks|thank you)|(?:sorry|perdon) for (?:the )?(?:late|slow) (?:reply|response))\b/,
  // Laughing said as dying: "im dead 💀", "me muero de risa con el muñequito", "me morí de risa".
  /^\W*(?:(?:im|i m|literally|lit|lmao) )*(?:dead|ded|deceased)\b(?=\W*(?:💀|😭|😂|🤣|lol|lmao|jaja\w*|haha\w*|the \w+|$))|\b(?:me (?:muero|mori|estoy muriendo|cai|meo|mee|parto|desternillo) de (?:la )?risa|(?:muert[oa]|tirad[oa]|doblad[oa]) de (?:la )?risa)\b/,
  // Weather remarked on, not asked about: "it's freezing today", "what a beautiful day", "qué calor", "hace mucho frío hoy".
  /^\W*(?:(?:its|it is|so|its so|it is so|really|very|soo+) (?:\w+ )?(?:hot|cold|warm|humid|rainy|windy|sunny|chilly|freezing|nice|lovely|beautiful|gorgeous|muggy|snowy|wet|grey|gray) (?:out|outside|today|this morning|here|again)|what a (?:\w+ )?(?:day|morning|weather|week)|(?:such a|another|a|(?:\w+ )?(?:one|day)) ?(?:hot|cold|chilly|muggy|humid|rainy|windy|sunny|freezing|snowy|wet|grey|gray|stormy|scorcher|gorgeous|miserable) (?:one|day|morning|afternoon|evening)(?: today| out| here)?|(?:chilly|cold|hot|muggy|humid|rainy|windy|sunny|freezing|snowy|wet|stormy) one (?:today|out|again)|(?:snowing|raining|pouring) (?:again )?(?:here|out|outside|today)|(?:lovely|beautiful|gorgeous|nice|sunny|rainy|hot|cold|miserable|gloomy|glorious) (?:day|weather|morning|afternoon|evening)(?: today| out| outside| here)?|the sun (?:is|s) (?:finally )?out|(?:que|hace|esta haciendo|hizo) (?:mucho |un |tanto |muy |buen |mal )?(?:calor|frio|sol|viento|bonito dia|lindo dia|buen tiempo|dia tan (?:bonito|lindo|feo))|(?:esta|sigue) (?:lloviendo|nevando|nublado))\b(?!.*\b(?:pain|hurt\w*|ache\w*|sore|stiff\w*|swell\w*|dolor\w*|duel\w*|exercis\w*|ejercicio\w*|walk|camin\w*)\b)/,
  // Family news and social life: "my grandson graduated today", "mi nieto cumplió 5 años", "ayer vino toda la familia".
  /\b(?:my|our|mi|mis|nuestr[oa]s?|toda la) (?:grand\w*|son|daughter|kids|children|family|sister|brother|niece|nephew|wife|husband|nieto|nieta|nietos|nietas|hijo|hija|hijos|hijas|familia|hermana|hermano|sobrin[oa]s?|bisniet[oa]s?) (?:\w+ ){0,2}(?:visited|is visiting|are visiting|came (?:over|to visit|by|for)|got married|is getting married|had (?:a|her|his|their) (?:baby|wedding|party)|graduated|turned \d+|birthday|won|vino|vinieron|viene|vienen|se caso|se gradu\w*|cumpl\w*|tuvo (?:un|una|su) (?:bebe|nina|nino)|nacio)\b|\b(?:(?:family|birthday|wedding|christmas) (?:dinner|party|lunch|bbq|get together|gathering)|(?:busy|lovely|nice|great|fun) (?:weekend|day|week) with (?:the|my) (?:grandkids|kids|family|grandchildren)|vino toda la familia|comida familiar|reunion familiar)\b/,
  // Praise for the service or the team: "love the new reminders", "you're all so kind".
  /\b(?:love|loving|like|enjoy) (?:the|these|your|this) (?:new )?(?:reminders|messages|texts|app|service|program|check ins)\b(?!.*\b(?:but|at|instead|earlier|later|time)\b)|\b(?:youre|you are|you guys are|yall are|you all are) (?:all )?(?:so |very |really )?(?:kind|sweet|lovely|great|amazing|the best|wonderful|helpful)\b|\b(?:congrat\w*|felicidades) (?:on|por) (?:the|your|la|el|su) (?:new )?\w+/,
];

/** Words of a symptom report, denied or not ("no pain", "bit sore today", "not numb, just stiff"). */
/** A body part named, in either language. */
/**
 * A body part named as the patient's or someone's ("my knee", "la espalda"), not as part of an
 * exercise's name ("the single leg stand") or a phrase like "get back".
 */
export const BODY_PART =
  /(?<!\b(?:without|sin que (?:me |le )?\w+) )\b(?:my|his|her|their|the|both|mi|mis|su|sus|la|el|los|las|tengo la|tengo el) (?:\w+ )?(?:knees?|hips?|back|shoulders?|neck|legs?|arms?|hands?|foot|feet|ankles?|wrists?|elbows?|chest|head|face|mouth|calf|calves|thighs?|glutes?|hamstrings?|quads?|bum|butt|spine|ribs|stomach|tummy|belly|scar|wound|incision|stitches|staples|toes|fingers|thumb|lips|tongue|throat|eyes?|heel|shin|groin|rodillas?|caderas?|espalda|hombros?|cuello|piernas?|brazos?|manos?|pies?|tobillos?|munecas?|codos?|pecho|cabeza|cara|boca|pantorrillas?|muslos?|gluteos?|nalgas?|columna|costillas|estomago|panza|cicatriz|herida|puntos|grapas|dedos|labios|lengua|garganta|ojos?|talon|espinilla|ingle|cola)\b(?! (?:stand|stands|balance|stance|hops?|deadlifts?|rotations?|tilts?|raises?|lifts?|slides?|squats?|press|presses|bridges?|circles|rolls|curls|extensions?|stretch\w*|swings?|kicks?|taps?|pumps?))/;

export const SYMPTOM_WORDS =
  /\b(?:pain\w*|hurt\w*|sore\w*|ache\w*|aching|achy|stiff\w*|swollen|swelling|numb(?!ers?\b)\w*|tingl\w*|twinge\w*|throb\w*|cramp\w*|tender|pinch\w*|burning|tight|ouch|ow|dolor\w*|duele\w*|doler\w*|doli\w*|molest\w*|rigid\w*|hinchad\w*|adolorid\w*|entumecid\w*|punzada|calambre\w*|agujetas)\b/;

/** Emoji-only messages that mean "done". */
export const DONE_EMOJI = /^[\s✅👍👌💪🙌🎉✔️☑️🏋️‍♀️🏋️‍♂️🏋️]+$/u;

/** A stop of the messages, limited elsewhere in the text it is a pause: "stop until after my surgery", "no me manden nada hasta el 15". */
export const STOP_WORDS =
  /^\W*(?:(?:please|pls|plz|por favor)\s+)?(?:stop|pause|parar|paren|para|alto|baja|unsubscribe)\b|\b(?:stop|pause|hold|quit|halt|paren|parar|pausar?|detengan)\s+(?:the\s+|my\s+|all\s+|los\s+|las\s+|mis\s+)?(?:texts|messages|reminders|them|sending|texting|messaging|mensajes|recordatorios|textos)\b|\bno (?:more )?(?:texts|messages|reminders|exercises)\b|\bno me (?:manden|envien|escriban|mande|envie|mandeis|envieis|escribais)\b|\b(?:nothing|nada)\s+(?:this|next|until|till|for|hasta|esta|este|el|la)\b/;
