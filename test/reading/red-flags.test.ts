import { describe, expect, it } from "vitest";
import { normalise } from "../../src/reading/normalize.js";
import { CONCEPT_RULES } from "../../src/reading/concepts/catalogue.js";
import { painScoreLevel, RED_FLAG_RULES, screenRedFlags, strictestLevel } from "../../src/reading/red-flags.js";
import { maxLevel } from "../../src/reading/reading.js";

const screen = (text: string, isQuestion = false) => screenRedFlags(normalise(text), { isQuestion });
const level = (text: string) => strictestLevel(screen(text));

describe("the rules as data", () => {
  it("have unique ids, a clinician-readable description, and patterns in both languages", () => {
    const ids = RED_FLAG_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RED_FLAG_RULES) {
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      expect(rule.en.length, `${rule.id} en`).toBeGreaterThan(0);
      expect(rule.es.length, `${rule.id} es`).toBeGreaterThan(0);
    }
  });

  it("cover every emergency family of LABELS.md", () => {
    // The concept catalogue is the home of most families; the older table keeps the rest.
    const emergency = [...RED_FLAG_RULES, ...CONCEPT_RULES].filter((r) => r.level === "emergency").map((r) => r.id);
    expect(emergency).toEqual(
      expect.arrayContaining(["chest-pain", "breathing-trouble", "stroke-signs", "fainting", "heavy-bleeding", "self-harm", "head-strike", "fall-cannot-get-up", "calf-and-breathing", "cauda-equina"]),
    );
  });
});

describe("lay language, English and Spanish", () => {
  it.each([
    ["feels like someone is sitting on my chest", "emergency"],
    ["can't catch my breath", "emergency"],
    ["no puedo respirar", "emergency"],
    ["his face is drooping and his speech is slurred", "emergency"],
    ["se le cayó la cara de un lado", "emergency"],
    ["I passed out in the kitchen", "emergency"],
    ["me desmayé", "emergency"],
    ["the wound is bleeding loads and won't stop", "emergency"],
    ["la herida sangra mucho", "emergency"],
    ["I don't want to be alive anymore", "emergency"],
    ["ya no quiero vivir", "emergency"],
    ["fell and hit my head", "emergency"],
    ["me caí y me golpeé la cabeza", "emergency"],
    ["fell in the hall, can't get up", "emergency"],
    ["wet myself without noticing and my back is agony", "emergency"],
    ["se me durmió la zona entre las piernas", "emergency"],
    ["calf swollen and I'm short of breath", "emergency"],
    ["new tingling down my leg", "urgent"],
    ["tengo hormigueo en el brazo", "urgent"],
    ["incision is red and the redness is spreading", "urgent"],
    ["tengo fiebre y la herida supura", "urgent"],
    ["my calf is swollen and tender", "urgent"],
    ["tripped on the step, got up fine", "urgent"],
    ["me caí pero me levanté sola", "urgent"],
    ["felt a pop in my knee, sudden sharp pain", "urgent"],
    ["pain is much worse than last week and not settling", "urgent"],
    ["can't do the bridges, they hurt too much", "therapist"],
    ["I'd like to talk to my therapist", "therapist"],
    ["these are way too easy", "therapist"],
    ["the resistance band snapped", "therapist"],
    ["feeling really down, what's the point", "therapist"],
    ["me siento muy desanimada", "therapist"],
    // A fear of toppling, an exercise the pain stops ("screams"), a pregnancy, equipment gone, a call asked for by name.
    ["I didn't attempt the tandem as I'm frightened of toppling over", "therapist"],
    ["my thigh screams as soon as the heel leaves the bed so I gave up on that one", "therapist"],
    ["my band is gone (dog ate it), what can I use instead til I get a new one?", "therapist"],
    ["Necesito hablar con la licenciada Ortiz, ¿me marca cuando pueda porfa?", "therapist"],
    // Told by what was done about it: a will and a pet given away, the pills left in the box taken, not trusting oneself
    // with them, letters to the children, a pen line the redness has passed, a fever with a relative asking what day it is.
    ["gave the dog to my sister today and sorted out my will. dont think ill bother with the exercises anymore", "emergency"],
    ["took all the pills that were left in the box last night. feel really sleepy. no exercises today sorry", "emergency"],
    ["asked my neighbour to sit with me tonight because i dont trust myself with the pills", "emergency"],
    ["it's been a long year. everyone would be better off.", "emergency"],
    ["Les escribí cartas a mis hijos anoche. Gracias por todo, ya no voy a necesitar los ejercicios", "emergency"],
    ["Mom's incision is leaking yellow stuff and she took her temp, 39.1. she keeps asking me what day it is", "emergency"],
    ["drew a line around the red bit on my knee with a pen like the nurse said and this morning its gone way past the line", "urgent"],
    ["cancelé el paseo con mis amigas porque no puedo apoyar el tobillo desde que escuché un crack bajando la banqueta", "urgent"],
    ["El gato-camello no lo puedo hacer, me duele mucho la espalda al arquearla", "therapist"],
    ["the door anchor broke off, taped it but it keeps sliding. skipped the rows", "therapist"],
    ["too scared to do the step ups after last time my knee went. did the others", "therapist"],
    ["nope, too down today. cant face anything. sorry", "therapist"],
    ["been staying in bed most days, cancelled seeing my friends again. dont really see the point lately", "therapist"],
    ["did the pendulums. wall slides no, shoulder wouldn't go up past my ear without hurting", "therapist"],
    // The session and the body in one message: saddle numbness told as the inner thighs, pins-and-needles with hyphens,
    // a new ache that worries, swelling that keeps coming back, pain that wakes at night, fear of losing one's balance.
    ["hice los 3 pero me vino un dolor en la espalda baja y ahora no siento la parte de adentro de los muslos ni la cola", "emergency"],
    ["Did dead bug & side plank. Got a pins-and-needles feeling in my left arm all afternoon, it's not going away", "urgent"],
    ["I completed all my exercises. There is a new ache in the front of my hip that was not there before and it concerns me.", "therapist"],
    ["Hice los 3. Me apareció un dolor nuevo en la nalga derecha desde el lunes, no sé si es normal", "therapist"],
    ["when I tried the alphabet my ankle puffed up again, thats the third time this week", "therapist"],
    ["hice todo pero se me sigue hinchando el tobillo todas las noches, ya van dos semanas", "therapist"],
    ["el hombro me sigue doliendo en la noche, ya van 2 semanas y me despierta", "therapist"],
    ["Mom skipped the tandem stance, she's scared of losing her balance on that one", "therapist"],
    // A red flag inside another kind of message: a will left in order with thanks, a long lie complained of to the app,
    // a couple of falls beside a question, a foot that drags asked about as if normal and dated.
    ["gracias por todo mijo, ya dejé todo arreglado, los papeles y todo. ya no voy a necesitar los ejercicios", "emergency"],
    ["esta app no sirve pa nada, sonando y sonando y yo tirada en el piso dos horas sin poder pararme hasta que llegó mi nuera", "emergency"],
    ["Mum wants to know if she can do her exercises sitting down, she's had a couple of falls this week", "urgent"],
    ["el pie me queda colgando y lo arrastro al caminar", "urgent"],
    ["thx! btw wound has pus coming out of it today", "urgent"],
    ["skipped the balance ones, too scared of falling since my sister broke her hip", "therapist"],
    // Winded without a cause that explains it stays an emergency.
    ["out of breath after the squats and it won't settle", "emergency"],
  ])("%j → %s", (text, expected) => expect(level(text)).toBe(expected));
});

describe("what is not a red flag", () => {
  it.each([
    "should I feel the doorway stretch across my chest?",
    "did 10 calf raises",
    "fell asleep after the exercises",
    "not numb, just a bit stiff",
    "no me golpeé la cabeza, estoy bien",
    "breathing is fine",
    "the band is the right colour",
    "stopped feeling that pinch finally",
    "do I stop if it hurts?",
    // Harmless causes said with the sign: effort and fitness, a cramp stretched out, a cold, a foot asleep that came back.
    "out of breath after side planks haha need to get fitter, done tho",
    "me faltó el aire en la caminata porque subí la loma rápido",
    "got a calf cramp halfway through the calf raises, stretched it out and finished",
    "did them, bit of a cough today from a cold",
    "did everything, foot fell asleep in the piriformis stretch lol, fine after shaking it out",
    "la cicatriz me pica pero está cerradita y sin rojez, la enfermera dijo que es normal",
    // "This nonsense" is the exercises; a siren going by, a 911 call for a neighbour, an EpiPen trainer, an infection
    // elsewhere, period pain, a hot day, stiff from the damp, and Spain (not "pain").
    "He wont do them, he says hes too old for this nonsense. I tried",
    "the ambulance siren outside made me lose count on the calf raises lol, did 3 sets anyway",
    "called 911 for my neighbour last week so im still a bit shaken up, but did my stuff today",
    "did the first aid course at work today, practised with the epipen trainer 😅 exercises done tho",
    "on antibiotics for a chest infection, knocked me for six. none today",
    "Mi mamá está internada por una infección de orina, por favor suspendan los mensajes hasta que vuelva a casa",
    "not done, period pain awful today",
    "hoy hizo un calor de 40 grados, no tuve fuerzas",
    "llovió todo el día y con la humedad ando toda entumida, hice solo el alfabeto",
    "I'm away at my daughter's in Spain from 2-16 June. Pause please",
    // Nothing hurts, a little soreness beside a skipped session, a bruise from the band or a chair, the usual evening puffiness.
    "did heel slides n quad sets. skipped leg raises, thigh was just too tired, nothing hurts",
    "hoy no hice los ejercicios, estoy muy cansada y me duelen un poquito las rodillas",
    "Did them. Shoulder feels fine, slight bruise on my forearm from the band snapping back lol",
    "ya hice los ejercicios, me salió un moretón en la espinilla, me pegué con la silla haciendo el equilibrio",
    "Dad's finished, his ankles a bit puffy like they always are by evening, nothing new",
    // Someone else's emergency on a screen or in hospital, a joke, the couch, an app that went down.
    "can i get reminders after 9? glued to ER reruns till then lol so much blood",
    "lol watching greys and some guy just collapsed with chest pain 😱 anyway did my exercises",
    "jaja en la novela al señor le dio un infarto 😱 en fin ya hice los ejercicios",
    "pause my messages till monday please, my husband's in hospital with chest pains and im staying with him",
    "pausen los mensajes hasta el lunes, a mi esposo lo hospitalizaron por dolor de pecho y me voy a quedar con él",
    "done! about to pass out on the couch lol long day",
    "no me escriban a las 5 de la mañana que me van a matar de un infarto jaja, puede ser a las 9?",
    "la app se cayó otra vez y perdí el video de las almejas, me lo reenvían?",
  ])("%j", (text) => expect(level(text)).toBe("none"));

  it("a pregnancy is a clinician's question when asked about", () => {
    expect(strictestLevel(screen("Found out I'm expecting 🎉 Are any of these exercises ones I should stop now?", true))).toBe("therapist");
    expect(strictestLevel(screen("I'm expecting my grandkids this weekend, which exercises are today's?", true))).toBe("none");
  });

  it("whether the program works, a substitute for missing kit, and a call from the therapist by name are clinician questions", () => {
    for (const text of [
      "honestly are these even doing anything? 6 weeks in and my back's the same",
      "la verdad no sé si sirven de algo, llevo un mes y la espalda igual. ¿vale la pena seguir?",
      "No putty at home, left it at my sister's. Can I use a stress ball or a rolled up sock?",
      "Could I get a call from Priya about changing my plan?",
      "ya estoy aburrida de hacer siempre lo mismo, ¿no me pueden cambiar los ejercicios?",
    ]) expect(strictestLevel(screen(text, true)), text).toBe("therapist");
  });

  it("a sign asked about with an 'if' is a report when the message dates its start", () => {
    for (const text of [
      "Is it ok to do the cat camel if my back's killing me and it's numb round my bum and inner thighs when I wipe? Started yesterday",
      "puedo hacer el gato-camello si tengo dormida la zona de las nalgas y entre las piernas? empezó ayer junto con el dolor de espalda",
    ]) expect(strictestLevel(screen(text, true)), text).toBe("emergency");
    expect(strictestLevel(screen("can I do the cat camel if it ever goes numb down there?", true))).not.toBe("emergency");
  });

  it("asks about medicines only count as clinician questions when asked", () => {
    expect(level("prescribe me oxycodone")).toBe("none");
    expect(strictestLevel(screen("can I take oxycodone?", true))).toBe("therapist");
  });
});

describe("the strictest rule wins and is never downgraded", () => {
  it("reports every matching rule", () => {
    const ids = screen("fell, hit my head, and now I'm tingling").map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(["head-strike", "fall", "limb-numbness-weakness"]));
    expect(level("fell, hit my head, and now I'm tingling")).toBe("emergency");
  });

  it("a completion does not soften a red flag", () => {
    expect(level("all done, great session! chest pain though")).toBe("emergency");
  });

  it("self-harm is flagged even when phrased with a denial", () => {
    expect(level("I don't see any reason to keep living")).toBe("emergency");
  });

  it("maps pain scores to levels", () => {
    expect([0, 4, 5, 7, 8, 10, null].map((p) => painScoreLevel(p)?.level ?? "none")).toEqual([
      "none", "none", "therapist", "therapist", "urgent", "urgent", "none",
    ]);
    expect(maxLevel("therapist", "emergency", "urgent")).toBe("emergency");
    expect(maxLevel()).toBe("none");
  });
});
