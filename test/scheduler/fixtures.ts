import type { Channel, ChannelName, OutboundMessage, SendResult } from "../../src/channels/channel.js";
import { ChannelSendError } from "../../src/channels/channel.js";
import type { Db } from "../../src/db/client.js";

/** A clinic with one therapist (Dr. Alice Smith) and a three-exercise knee program. */
export async function aClinic(db: Db, options: { therapist?: Partial<{ notifyChannel: string; notifyAddress: string; digestTime: string; timeZone: string; language: string }> } = {}) {
  const clinic = await db.clinic.create({ data: { name: "Riverside PT", timeZone: "America/New_York" } });
  const therapist = await db.therapist.create({
    data: {
      clinicId: clinic.id,
      name: "Dr. Alice Smith",
      email: `alice-${clinic.id}@riverside.example`,
      timeZone: options.therapist?.timeZone ?? "America/New_York",
      ...(options.therapist ?? {}),
    },
  });
  const exercises = await Promise.all(
    [
      { slug: `quad-sets-${clinic.id}`, nameEn: "Quad sets", nameEs: "Contracciones de cuádriceps", videoUrl: "knee/quad-sets.mp4" },
      { slug: `heel-slides-${clinic.id}`, nameEn: "Heel slides", nameEs: "Deslizamientos de talón", videoUrl: "https://videos.example.org/heel-slides" },
      { slug: `slr-${clinic.id}`, nameEn: "Straight leg raise", nameEs: "Elevación de pierna recta", videoUrl: "knee/slr.mp4" },
    ].map((e) =>
      db.exercise.create({
        data: { ...e, bodyRegion: "knee", instructionsEn: "[]", instructionsEs: "[]", cuesEn: "[]", cuesEs: "[]", mistakesEn: "[]", mistakesEs: "[]" },
      }),
    ),
  );
  const program = await db.program.create({ data: { slug: `tkr-${clinic.id}`, titleEn: "Knee replacement", titleEs: "Rodilla" } });
  const version = await db.programVersion.create({
    data: {
      programId: program.id,
      version: 1,
      items: {
        create: [
          { position: 1, exerciseId: exercises[0]!.id, sets: 3, reps: 10, holdSeconds: 5 },
          { position: 2, exerciseId: exercises[1]!.id, sets: 2, reps: 15 },
          { position: 3, exerciseId: exercises[2]!.id, sets: 3, reps: 10 },
        ],
      },
    },
  });
  return { clinic, therapist, programVersion: version };
}

export interface PatientSpec {
  name?: string;
  timeZone?: string;
  reminderTimes?: string[];
  quiet?: { start: string; end: string } | null;
  language?: "en" | "es";
  phone?: string | null;
  telegram?: string | null;
  consent?: "opted_in" | "opted_out";
  pausedAt?: Date | null;
  pausedUntil?: string | null;
  startDate?: string;
}

export async function aPatient(db: Db, clinic: Awaited<ReturnType<typeof aClinic>>, spec: PatientSpec = {}) {
  const addresses = [
    ...(spec.phone !== null ? [{ channel: "sms", address: spec.phone ?? randomPhone(), preferred: true }] : []),
    ...(spec.telegram ? [{ channel: "telegram", address: spec.telegram, preferred: spec.phone === null }] : []),
  ];
  const patient = await db.patient.create({
    data: {
      clinicId: clinic.clinic.id,
      therapistId: clinic.therapist.id,
      name: spec.name ?? "Rosa Martinez",
      language: spec.language ?? "en",
      timeZone: spec.timeZone ?? "America/New_York",
      reminderTimes: (spec.reminderTimes ?? ["08:00"]).join(","),
      quietStart: spec.quiet === null ? null : (spec.quiet?.start ?? "21:00"),
      quietEnd: spec.quiet === null ? null : (spec.quiet?.end ?? "07:00"),
      consent: spec.consent ?? "opted_in",
      pausedAt: spec.pausedAt ?? null,
      pausedUntil: spec.pausedUntil ?? null,
      addresses: { create: addresses },
      assignments: { create: { programVersionId: clinic.programVersion.id, startDate: spec.startDate ?? "2026-01-01" } },
    },
    include: { addresses: true, assignments: true },
  });
  return patient;
}

let phoneCounter = 0;
export function randomPhone(): string {
  phoneCounter++;
  return `+1415${String(Math.floor(Math.random() * 900) + 100)}${String(phoneCounter % 10000).padStart(4, "0")}`;
}

/** A clock tests move by hand. */
export function manualClock(start: string | Date) {
  let now = new Date(start);
  const clock = () => new Date(now);
  return Object.assign(clock, {
    set(at: string | Date) {
      now = new Date(at);
    },
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  });
}

type Script = (message: OutboundMessage) => SendResult | ChannelSendError | Error;

/** A channel that records what it is asked to send; failures are scripted per call. */
export class FakeChannel implements Channel {
  readonly sent: OutboundMessage[] = [];
  readonly attempts: OutboundMessage[] = [];
  private readonly script: Script[] = [];
  private counter = 0;
  /** Platform-side record for findSent; set `canFind` false to model a channel without it. */
  readonly platform = new Map<string, string>();
  findSent?: Channel["findSent"];

  constructor(
    readonly name: ChannelName,
    options: { canFind?: boolean } = {},
  ) {
    if (options.canFind) {
      this.findSent = async (message: OutboundMessage) => this.platform.get(message.idempotencyKey) ?? null;
    }
  }

  mount(): void {}

  private readonly sendWaits: Array<{ count: number; resolve: () => void }> = [];

  /** Resolves once `count` messages have been sent: wait on this instead of sleeping. */
  sentCount(count: number): Promise<void> {
    return new Promise((resolve) => {
      this.sendWaits.push({ count, resolve });
      this.notifySendWaits();
    });
  }

  private notifySendWaits(): void {
    for (const w of [...this.sendWaits]) {
      if (this.sent.length >= w.count) {
        this.sendWaits.splice(this.sendWaits.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  failNext(...outcomes: (ChannelSendError | Error)[]): void {
    for (const o of outcomes) this.script.push(() => o);
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    this.attempts.push(message);
    const step = this.script.shift();
    const outcome = step ? step(message) : { platformMessageId: `${this.name}-${++this.counter}` };
    if (outcome instanceof Error) throw outcome;
    this.sent.push(message);
    this.platform.set(message.idempotencyKey, outcome.platformMessageId);
    this.notifySendWaits();
    return outcome;
  }
}
