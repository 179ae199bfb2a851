/**
 * What the three demo patients say over their four weeks, and what hepbot answered: the words of
 * the demo history. Each persona picks a day's answers from its own habits with the seeded
 * generator; a few days are fixed (the pain flare, the schedule change, yesterday's warning sign).
 */

export type DemoPersona = "knee" | "back" | "shoulder";

export interface ScriptedAnswer {
  text: string;
  kind: "done" | "partial" | "not_done" | "pain" | "schedule";
  completion?: "done" | "partial";
  pain?: number | null;
  escalation?: {
    level: "therapist" | "urgent";
    reason: string;
    summary: string;
    /** How the therapist closed it, when the history has them close it. */
    resolution?: { afterHours: number; note: string };
  };
  /** A schedule change the answer asked for (applies from the next day). */
  reminderTimes?: string[];
  reply: string;
}

/** One answer per reminder slot that day; null where the patient did not answer. */
export interface DayScript {
  answers: Array<ScriptedAnswer | null>;
}

export interface PersonaScript {
  day(offset: number, random: () => number): DayScript;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/**
 * A routine pain score drifting from `from` (four weeks ago) to `to` (today), ±1, and never above
 * 4: the reader sends 5/10 and more to the therapist, and the demo's escalations are the scripted ones.
 */
function painOn(offset: number, from: number, to: number, random: () => number): number {
  const share = (offset + 27) / 27;
  const score = Math.round(from + (to - from) * share + (random() - 0.5) * 2);
  return Math.max(0, Math.min(4, score));
}

const knee: PersonaScript = {
  day(offset, random) {
    if (offset === -1) {
      return {
        answers: [
          { text: "done", kind: "done", completion: "done", reply: "Nice work, {name}. That's the morning set done." },
          {
            text: "Did them all but my calf is swollen and warm since lunch. Pain 7/10",
            kind: "pain",
            completion: "done",
            pain: 7,
            escalation: {
              level: "urgent",
              reason: "calf swelling and warmth after knee surgery (possible blood clot); pain 7/10",
              summary: "Pain 7/10 four weeks after knee replacement (2-3/10 last week) with a swollen, warm calf since lunch. Exercises done. Told to call 911 if short of breath or chest pain.",
            },
            reply:
              "Thank you for telling me, {name}. A swollen, warm calf needs a look today, so I've let Dr. Moreno know right away. If you get short of breath or have chest pain, call 911 now.",
          },
        ],
      };
    }
    if (offset === 0) {
      return {
        answers: [
          {
            text: "Did the ankle pumps and quad sets only, taking it easy today",
            kind: "partial",
            completion: "partial",
            reply: "Thanks, {name}. Dr. Moreno has your message from last night and will be in touch today. Ankle pumps are a good choice meanwhile.",
          },
          null,
        ],
      };
    }
    const pain = painOn(offset, 4.5, 1.5, random);
    const morning = (): ScriptedAnswer | null => {
      const roll = random();
      if (roll < 0.12) return null;
      if (offset % 3 === 0) {
        return { text: pick(random, [`Done. Knee is about ${pain}/10 today`, `did them, pain ${pain}/10`, `All done, ${pain} out of 10 this morning`]), kind: "pain", completion: "done", pain, reply: `Thanks, {name}. Logged as done, with pain at ${pain}/10. Your therapist sees the trend.` };
      }
      return { text: pick(random, ["done", "Done!", "all done", "did them"]), kind: "done", completion: "done", reply: pick(random, ["Nice work, {name}. That's the morning set done.", "Great, logged. Every session helps that knee bend a little more.", "Done and noted. Thanks, {name}."]) };
    };
    const evening = (): ScriptedAnswer | null => {
      const roll = random();
      if (roll < 0.18) return null;
      if (roll < 0.32) {
        return { text: pick(random, ["did 4 of 7, knee was stiff", "only the ankle pumps and quad sets tonight", "some of them"]), kind: "partial", completion: "partial", reply: "Some still counts, {name}. I've logged it. Stiff evenings are common this early on." };
      }
      return { text: pick(random, ["done", "Done", "finished them"]), kind: "done", completion: "done", reply: pick(random, ["Well done, {name}. That's the day's sessions in.", "Logged. Thanks for keeping at it, {name}."]) };
    };
    return { answers: [morning(), evening()] };
  },
};

const back: PersonaScript = {
  day(offset, random) {
    if (offset === -12) {
      return {
        answers: [
          {
            text: "Hoy no pude, me duele mucho la espalda, 8/10, casi no dormí",
            kind: "pain",
            pain: 8,
            escalation: {
              level: "urgent",
              reason: "pain 8/10",
              summary: "Pain 8/10 (3-4/10 the week before) and a poor night's sleep; exercises skipped today. No numbness, weakness or bladder change mentioned.",
              resolution: { afterHours: 5, note: "Called Rosa: flare after lifting boxes at work. Heat, short walks, pelvic tilts only for 3 days; review at Thursday's visit." },
            },
            reply: "Siento que esté con tanto dolor, {name}. Ya le avisé a la Dra. Moreno para que la llame hoy. Si nota adormecimiento en las piernas o cambios al orinar, llame al 911.",
          },
        ],
      };
    }
    const pain = painOn(offset, 4.5, 2, random);
    const roll = random();
    if (roll < 0.1) return { answers: [null] };
    if (roll < 0.25) {
      const reason = pick(random, [
        { text: "Hoy no, tuve mucho trabajo", reply: "Suena a que el trabajo no le dejó espacio hoy, {name}. ¿Le ayudaría una versión corta de 5 minutos mañana?" },
        { text: "no pude hoy, estaba cuidando a mi nieta", reply: "Cuidar a su nieta también cansa, {name}. Mañana es otro día; aquí estaré." },
        { text: "Hoy no, se me olvidó", reply: "Pasa, {name}. ¿Le serviría hacerlos justo después del café de la mañana?" },
      ]);
      return { answers: [{ text: reason.text, kind: "not_done", reply: reason.reply }] };
    }
    if (roll < 0.42) {
      return { answers: [{ text: pick(random, ["Hice 3 de 7", "hice la mitad, tenía prisa", "solo los estiramientos"]), kind: "partial", completion: "partial", reply: "Algo es mejor que nada, {name}. Lo dejo anotado." }] };
    }
    if (offset % 4 === 0) {
      return { answers: [{ text: `Listo, dolor ${pain}/10`, kind: "pain", completion: "done", pain, reply: `Gracias, {name}. Anotado como hecho, con dolor ${pain}/10.` }] };
    }
    return { answers: [{ text: pick(random, ["listo", "Hecho", "ya los hice"]), kind: "done", completion: "done", reply: pick(random, ["¡Muy bien, {name}! Anotado.", "Excelente, {name}. Un día más."]) }] };
  },
};

const shoulder: PersonaScript = {
  day(offset, random) {
    if (offset === -10) {
      return {
        answers: [
          {
            text: "Can you remind me at 6pm instead? 7 is right when we eat",
            kind: "schedule",
            reminderTimes: ["18:00"],
            reply: "Done: from tomorrow your reminder comes at 6:00 PM instead of 7:00 PM.",
          },
        ],
      };
    }
    const roll = random();
    if (roll < 0.08) return { answers: [null] };
    if (roll < 0.18) {
      return { answers: [{ text: pick(random, ["Not today, too tired after a long shift", "skipping tonight, shoulder is cranky after work"]), kind: "not_done", reply: "Sounds like a long day, {name}. Rest counts too. Would just the pendulums tomorrow feel doable?" }] };
    }
    if (roll < 0.38) {
      return { answers: [{ text: pick(random, ["did the stretches but not the band ones", "Did 4 of 7", "some"]), kind: "partial", completion: "partial", reply: "Thanks, {name}. Logged as part done. The stretches are a good base." }] };
    }
    if (offset % 5 === 0) {
      const pain = painOn(offset, 4, 1.5, random);
      return { answers: [{ text: `Done, shoulder ${pain}/10`, kind: "pain", completion: "done", pain, reply: `Nice, {name}. Done, with pain at ${pain}/10.` }] };
    }
    return { answers: [{ text: pick(random, ["done", "Done ✅", "all done"]), kind: "done", completion: "done", reply: pick(random, ["Great work, {name}.", "Logged. Nice consistency, {name}."]) }] };
  },
};

export const DEMO_SCRIPTS: Record<DemoPersona, PersonaScript> = { knee, back, shoulder };
