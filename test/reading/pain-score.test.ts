import { describe, expect, it } from "vitest";
import { normalise } from "../../src/reading/normalize.js";
import { extractPainScore } from "../../src/reading/pain-score.js";

const pain = (text: string) => extractPainScore(normalise(text));

describe("pain scores stated by the patient", () => {
  it.each([
    ["7/10", 7],
    ["pain 8 / 10", 8],
    ["seven out of ten", 7],
    ["pain is a six", 6],
    ["knee went up to a 7 on the step ups", 7],
    ["hip is a four today", 4],
    ["like a one", null],
    ["knee only hurts a tiny bit, like a one", 1],
    ["un 9 de 10", 9],
    ["dolor dos de diez", 2],
    ["el dolor es de siete", 7],
    ["me duele un poco, como un cuatro", 4],
    ["10/10 pain 😭", 10],
    // Said in a second language, or sideways: over the scale in words, a learner's double negative, the score after its situation.
    ["today pain is eleven from ten, I cannot sit", 10],
    ["my mother knee is pain 10, she cant do nothing today", 10],
    ["knee hurt 8 this morning, but now after rest is 3", 3],
    ["pain with squatting is a 5 and kneeling I cant do at all", 5],
    ["have little pain in shoulder when I sleep on it, 2/10", 2],
    ["sleep was about 4/10, knee fine", null],
    // A rating said the way only a rating is, without the word pain.
    ["hovering 5-6 after the step-ups", 6],
    ["finished. sits around a five after", 5],
    ["done, though bird dog had me at about a 6", 6],
    ["hice todo pero quedé en un 7", 7],
    ["rate it? 10. worst it's ever been", 10],
    ["sat at the desk 8 hours", null],
    ["pain 0/10", 0],
    ["back was 8/10 yesterday, only a 3 now", 3],
    // A score said as what the pain was, and the pain said to have changed since: none holds now; one that went up still does.
    ["el dolor va a más y a más, antes era un 4", null],
    ["it was a 3 on monday, now its much worse", null],
    ["pain has gone up to 7 since sunday", 7],
    ["back 2/10 which is way better than last week", 2],
    // A joke score taken back.
    ["pain like 12/10 jaja no mentira, es un 8", 8],
    ["a 20 lol jk its a 6", 6],
    // A score said after "and now", the break word itself.
    ["me dolió un 4 durante y ahora un 6", 6],
    ["me duele la espalda baja un 7 y no siento nada", 7],
    // Two scores told by time and nothing else (LABELS: "8 this morning, 5 now" → 5).
    ["8 this morning, 3 now", 3],
    ["un 7 anoche, ahora 4", 4],
    ["Mornings it's a 3 but right now at night it's 7", 7],
    ["por la mañana un 3 y ahora en la noche un 7", 7],
    ["was 8 last night but 5 now", 5],
    ["mucho peor que antes, pasó de 4 a 9 y no baja con nada", 9],
    ["my back went from a 6 to a 2 this week!!", 2],
    ["pain is zero today 🥳 done", 0],
    ["0/10 pain 10/10 vibes. finished", 0],
    ["el hombro me está matando literal, un 10, no puedo ni vestirme", 10],
    ["sueño 3/10, esfuerzo 9/10, los hice", null],
    ["calf swollen, about 2 cm bigger than the other one", null],
    // The score whose own clause says now, when an earlier one only runs into it.
    ["his hip was 8 during them, now it's down to 5 sitting", 5],
    ["knee was a 9 this morning, now it's a 3", 3],
    ["the knee was maybe a 4 at the end of the leg raises, back down to 2 now", 2],
    ["pain went from 3 to 6", 6],
    ["pain about 6-7", 7],
    ["Pain: 5", 5],
    // Said in words, ranges and halves (issue #11).
    ["pain between 8 and 9", 9],
    ["el dolor está entre 8 y 9", 9],
    ["I'm at an 8 with the pain", 8],
    // "At a ten" on the service's scale, or with the knee named (r9b).
    ["on your 0-10 scale im at a ten today", 10],
    ["im at a nine with the knee right now", 9],
    ["en la escala del 0 al 10 estoy en un diez", 10],
    ["on a scale of 1 to 10 how fun was it? im at a ten lol", null],
    ["im at a 10 minute walk now", null],
    ["im a 10 at these bridges now lol", null],
    ["le pondría un 9 al dolor", 9],
    ["knee was a 9 last week, today 3", 3],
    ["knee pain this morning was 9, now it's a 4", 4],
    ["el dolor anda en 8", 8],
    ["calificaría mi dolor con un 9", 9],
    ["dolor nivel 10", 10],
    ["le duele la cadera, dice que un nueve", 9],
    ["the pain got to an 8 during the squats", 8],
    ["pain 8.5", 9],
    ["dolor de 6,5", 7],
    ["my knee is about a 9 maybe", 9],
    ["knee pain 8 or 9 today", 9],
    ["ten out of ten pain", 10],
    ["tengo un dolor de ocho o nueve", 9],
    // A hedge ("tipo"), a climb to a number, a range after the body part, the pain's strength before its score.
    ["el resto no pude del dolor, tipo un 6", 6],
    ["la semana pasada andaba en 2, hoy subió a 6", 6],
    ["la espalda entre 5-6 hoy", 6],
    ["DOLOR INSOPORTABLE, un diez", 10],
    ["took ibuprofen and paracetamol together and its still an 8", 8],
    ["tomé ibuprofeno y paracetamol juntos y todavía está en 8", 8],
    ["my neck pain has been 6 for days", 6],
    ["shoulder pain 5-6 tonight", 6],
    ["skipped knee extension because it hurts him too much. He rates it 7.", 7],
    ["hip pain sharp 6-7 when i push up", 7],
    ["Me duelen los glúteos un 5, más de lo normal", 5],
    ["el dolor de rodilla no mejora, está en 6", 6],
    ["finished! chest feels heavy like a wet sandbag tho, maybe a 6", 6],
    ["mon was a 4, today its like a 7 and getting worse not better even when i rest", 7],
    // The scale's 10 is not a second score; a body part and its number close a clause; the later score holds now.
    ["hoy 6 de 10 de dolor en el hombro", 6],
    ["Done. 3 sets of 10 on all 3. knee 4", 4],
    ["hice todo, 3x10, cadera 5", 5],
    ["did step ups 3x10, knee 5-6 after", 6],
    ["done, pain 4 right after, 1 hour later it's 2", 2],
    ["hip pain got way worse, was 3 now constant 7 for 4 days", 7],
    ["my shoulder is not settling even at night, it's a constant 8", 8],
    ["hoy ya es un 10, no puedo dormir del dolor", 10],
    ["pain went from 2/10 last week to 7 all the time since Monday", 7],
    // A number on its own between full stops, in a message about pain; "va por un 9".
    ["duele. 6. no sé", 6],
    ["me dio un tirón en la ingle y ahora no puedo apoyar. 8", 8],
    ["desde el martes va a peor, ya va por un 9", 9],
    // The score for now against one told for another day: "right now", "today vs monday".
    ["pain 7 this morning, 9 right now after the bridges", 9],
    ["done. 2/10 today vs 5/10 monday, progress!!", 2],
  ] as const)("%j → %s", (text, expected) => expect(pain(text)).toBe(expected));
});

describe("numbers that are not a current pain score", () => {
  it.each([
    // When something started, the hour a reminder should come, a list's marks and a count between full stops.
    "she cant lift her arm. started around 9.",
    "can u text me in the evenings instead? like 7ish?",
    "1. it hurts. 2. swollen",
    "did 3 sets. 10. knee fine",
    // Exercise names with a body part, and their counts.
    "bombeos 20, 8 rondas, glúteos 10, respiraciones 10. hecho",
    "knee to chest 10, bridges 10",
    "did 8 out of 10 reps",
    "10 reps each like u said",
    "3 sets of 10",
    "10/10 would recommend",
    "rated the session 10/10",
    "did 2 of 3",
    "remind me at 6",
    "text me at 7pm",
    "temp of 38.4",
    "walked 10 minutes, no pain",
    "took 2 pain pills",
    "did 8 pain free reps",
    "lifted 7.5 kg, knee fine",
    "fever of 101",
    "knee bent to 110 today",
    "used a 5 lb weight",
    "it was 6/10 last week, nothing today",
    "ayer era un 8, hoy nada",
    "me pueden escribir a las 8 de la noche",
    "walked for 10 minutes",
    "pain for 2 days",
  ])("%j → null", (text) => expect(pain(text)).toBeNull());
});

describe("another person's clauses hidden from the text", () => {
  it("still reads what the talk is about from the whole message", () => {
    const whole = normalise("mi prima dice que su fisio la tiene en 10/10 de dolor. yo estoy en un 2 hoy");
    const hidden = whole.replace("mi prima dice que su fisio la tiene en 10/10 de dolor", (clause) => "_".repeat(clause.length));
    expect(extractPainScore(hidden, whole)).toBe(2);
    expect(extractPainScore(hidden)).toBeNull();
  });
});
