/**
 * A phone's autocorrect puts a real word where the patient typed another ("pasted out", "my arm is
 * dumb", "me cuesta respetar"), which no typo correction can undo: the word is spelled right. Each
 * swap is undone only where the wrong word cannot mean itself. A word the patient starred as wrong
 * ("worms* words", "la cabana* cabeza") is dropped for the one after it.
 */
const STARRED_AS_WRONG = /\b\p{L}+\*\s+(?=\p{L})/gu;

const SWAPS: readonly [RegExp, string][] = [
  [/\bpasted out\b/g, "passed out"],
  [/\b(arms?|legs?|hands?|face|foot|feet|side|fingers|toes)\b((?: \w+){0,3}) (is|are|went|gone|goes|feels?|felt|going) dumb\b/g, "$1$2 $3 numb"],
  [/\b(i|he|she|mum|mom|dad|mam|mama|papa) feel (in|on|off|down) (the|my|his|her) (shower|bath|tub|stairs|floor|kitchen|garden|street|ice|steps|bathroom|driveway|pavement|yard)\b/g, "$1 fell $2 $3 $4"],
  [/\b(my|his|her|the) (?:gead|jead)\b/g, "$1 head"],
  [/\b(cuesta\w*(?: \w+)?|no (?:puedo|puede|podia|podemos)|dificultad (?:para|al)|trabajo) respetar\b/g, "$1 respirar"],
  [/\b(me|se) casi (en|de|por|contra|al)\b/g, "$1 cai $2"],
];

export function withAutocorrectUndone(text: string): string {
  let result = text.replace(STARRED_AS_WRONG, "");
  for (const [wrong, meant] of SWAPS) result = result.replace(wrong, meant);
  return result;
}
