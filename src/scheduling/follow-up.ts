import {
  type QuietHours,
  localDateOf,
  localInstantMs,
  localMinutesOf,
  minutesInQuiet,
  parseQuietHours,
} from "./local-time.js";

export const DEFAULT_NUDGE_DELAY_MS = 3 * 60 * 60 * 1000;
export const DEFAULT_CONVERSATION_QUIET_MS = 15 * 60 * 1000;

export interface NudgeInput {
  prompt: { sentAt: Date; localDate: string; notAfter: Date };
  /** The patient wrote anything after the prompt went out. */
  repliedSince: boolean;
  /** Nudges already sent to this patient on the prompt's local date. */
  nudgesSentOnLocalDate: number;
  now: Date;
  timeZone: string;
  quietHours: QuietHours | null;
  /** How long a prompt waits for a reply before the nudge; default 3 h. */
  delayMs?: number;
}

export type NudgeSkipReason =
  | "replied"
  | "already-nudged-today"
  /** The nudge would fall in quiet hours that last past the end of the day. */
  | "quiet-until-tomorrow"
  /** The nudge could only go out after the prompt's notAfter or on another local day. */
  | "too-late";

/**
 * `due: true` means send one nudge at `at`: now if that moment has passed, or later
 * (the caller schedules it, and asks again then, since the patient may reply meanwhile).
 */
export type NudgeDecision = { due: true; at: Date } | { due: false; reason: NudgeSkipReason };

/** One gentle nudge per local day, after a silent delay, never in quiet hours, never late. */
export function nudgeDecision(input: NudgeInput): NudgeDecision {
  if (input.repliedSince) return { due: false, reason: "replied" };
  if (input.nudgesSentOnLocalDate >= 1) return { due: false, reason: "already-nudged-today" };

  const { prompt, timeZone } = input;
  const delayMs = input.delayMs ?? DEFAULT_NUDGE_DELAY_MS;
  let at = Math.max(prompt.sentAt.getTime() + delayMs, input.now.getTime());

  const quiet = input.quietHours ? parseQuietHours(input.quietHours) : null;
  if (input.quietHours && !quiet) throw new RangeError(`Invalid quiet hours ${JSON.stringify(input.quietHours)}`);
  if (quiet) {
    const wall = localMinutesOf(at, timeZone);
    if (minutesInQuiet(wall, quiet)) {
      // The evening half of a wrapping period ends tomorrow: no nudge today.
      if (quiet.start > quiet.end && wall >= quiet.start) return { due: false, reason: "quiet-until-tomorrow" };
      at = localInstantMs(localDateOf(at, timeZone), quiet.end, timeZone);
    }
  }

  if (at > prompt.notAfter.getTime() || localDateOf(at, timeZone) !== prompt.localDate) {
    return { due: false, reason: "too-late" };
  }
  return { due: true, at: new Date(at) };
}

export interface ConversationInput {
  dueAt: Date;
  lastInboundAt: Date | null;
  lastOutboundAt: Date | null;
  now: Date;
  /** How long the conversation must have been quiet; default 15 min. */
  quietWindowMs?: number;
}

/**
 * The instant a due prompt may go out without cutting into a conversation: if the patient
 * wrote within the window, wait until the exchange (their message, or our reply to it)
 * has been quiet for the window. Never earlier than `dueAt` or `now`. The result may lie
 * past the prompt's notAfter; the dispatcher then expires it.
 */
export function deferForConversation(input: ConversationInput): Date {
  const windowMs = input.quietWindowMs ?? DEFAULT_CONVERSATION_QUIET_MS;
  const earliest = Math.max(input.dueAt.getTime(), input.now.getTime());
  if (!input.lastInboundAt) return new Date(earliest);

  const inbound = input.lastInboundAt.getTime();
  if (inbound + windowMs <= earliest) return new Date(earliest);

  // Our own reply after their message is part of the same exchange; an outbound older
  // than their last message (an earlier prompt) is not.
  const outbound = input.lastOutboundAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const lastActivity = Math.max(inbound, outbound);
  return new Date(Math.max(earliest, lastActivity + windowMs));
}
