import { randomUUID } from "node:crypto";
import cron, { type ScheduledTask } from "node-cron";
import type { ChannelName } from "../channels/channel.js";
import type { TemplateBook } from "../conversation/reply-templates.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logging/logger.js";
import type { RtmThresholds } from "../monitoring/rtm-thresholds.js";
import { queueDigests } from "./digests.js";
import { escalateSilence, queueNudges } from "./follow-ups.js";
import { planWindow, type PlanningResult } from "./planning.js";
import { planOutcomeQuestions, type OutcomePlanningResult } from "./outcome-planning.js";
import { loadReminderTemplates, type ReminderTemplates } from "./prompt-content.js";
import {
  PLANNED_THROUGH_KEY,
  PLANNER_LOCK_KEY,
  SILENCE_CHECKED_KEY,
  acquireLease,
  advanceInstant,
  readInstant,
  releaseLease,
  renewLease,
} from "./scheduler-state.js";

export interface SchedulerOptions {
  db: Db;
  logger: Logger;
  clock?: () => Date;
  /** When node-cron wakes `tick()`. */
  cron?: string;
  /** Woken after a tick queued something. */
  dispatcher?: { wake(): void };
  videoBaseUrl: string;
  /** How long a sent prompt waits for a reply before the day's one nudge (NUDGE_DELAY_MINUTES). */
  nudgeDelayMs?: number;
  /** The dispatcher's channels: prompts go to the patient's preferred address among them. */
  enabledChannels?: readonly ChannelName[];
  /** Unique per process, for the planning lease. */
  schedulerId?: string;
  /** The planning window never reaches further back than this (24 h). */
  maxCatchUpMs?: number;
  pageSize?: number;
  /** How often the 3-day silence check runs (it reads every active patient). */
  silenceCheckIntervalMs?: number;
  /**
   * How long the planning lease lasts unless renewed (default 30 s). The holder renews it every
   * third of that while a tick runs, so a tick may take longer; a holder that dies frees it within
   * this long, and a replica's next tick plans the window it left.
   */
  leaseMs?: number;
  reminderTemplates?: ReminderTemplates;
  therapistTemplates?: (lang: "en" | "es") => TemplateBook;
  patientLabel?: (patient: { id: string; name: string }) => string;
  /** RTM thresholds for the data-day nudge (RTM_THRESHOLDS). */
  rtmThresholds?: RtmThresholds;
}

export interface TickResult {
  /** Another replica holds the planning lease: nothing was done. */
  skipped: boolean;
  window?: { from: Date; to: Date };
  planning?: PlanningResult;
  nudges?: number;
  escalations?: number;
  digests?: number;
  outcomes?: OutcomePlanningResult;
}

export interface Scheduler {
  tick(): Promise<TickResult>;
  start(): void;
  stop(): Promise<void>;
}

const HOUR_MS = 3_600_000;
/** Half the default cron's minute: a replica that dies mid-tick delays planning by one tick at most. */
export const DEFAULT_PLANNING_LEASE_MS = 30_000;

/**
 * The I/O side of scheduling. The database is the scheduler of record: each tick plans the
 * window since the last planned instant (kept in SchedulerState), queues prompts, nudges,
 * silence escalations and digests as outbox rows with idempotency keys, then wakes the
 * dispatcher. node-cron only calls `tick()`; a missed tick is caught up by the next one.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { db } = options;
  const log = options.logger.child({ component: "scheduler" });
  const clock = options.clock ?? (() => new Date());
  const schedulerId = options.schedulerId ?? `scheduler-${randomUUID()}`;
  const maxCatchUpMs = options.maxCatchUpMs ?? 24 * HOUR_MS;
  const silenceEveryMs = options.silenceCheckIntervalMs ?? HOUR_MS;
  const leaseMs = options.leaseMs ?? DEFAULT_PLANNING_LEASE_MS;
  const templates = options.reminderTemplates ?? loadReminderTemplates();
  let task: ScheduledTask | null = null;
  let running: Promise<TickResult> | null = null;

  async function runTick(): Promise<TickResult> {
    const now = clock();
    if (!(await acquireLease(db, PLANNER_LOCK_KEY, schedulerId, now, leaseMs))) {
      log.debug({ at: now.toISOString() }, "another replica holds the planning lease; tick skipped");
      return { skipped: true };
    }
    const renewal = keepLease();
    try {
      const stored = await readInstant(db, PLANNED_THROUGH_KEY);
      const floor = new Date(now.getTime() - maxCatchUpMs);
      const from = stored && stored > floor ? stored : floor;
      const window = { from, to: now };
      const result: TickResult = { skipped: false, window };
      if (now > from) {
        result.planning = await planWindow(
          {
            db,
            logger: log,
            videoBaseUrl: options.videoBaseUrl,
            templates,
            ...(options.enabledChannels ? { enabledChannels: options.enabledChannels } : {}),
            ...(options.pageSize ? { pageSize: options.pageSize } : {}),
            ...(options.rtmThresholds ? { rtmThresholds: options.rtmThresholds } : {}),
          },
          window,
          now,
        );
        result.outcomes = await planOutcomeQuestions(
          { db, logger: log, ...(options.enabledChannels ? { enabledChannels: options.enabledChannels } : {}) },
          window,
          now,
        );
        result.digests = await queueDigests(
          {
            db,
            logger: log,
            ...(options.patientLabel ? { patientLabel: options.patientLabel } : {}),
            ...(options.therapistTemplates ? { templates: options.therapistTemplates } : {}),
          },
          window,
        );
        await advanceInstant(db, PLANNED_THROUGH_KEY, now);
      }
      result.nudges = await queueNudges({ db, logger: log, templates, ...(options.nudgeDelayMs ? { nudgeDelayMs: options.nudgeDelayMs } : {}) }, now);

      const silenceChecked = await readInstant(db, SILENCE_CHECKED_KEY);
      if (!silenceChecked || now.getTime() - silenceChecked.getTime() >= silenceEveryMs) {
        result.escalations = await escalateSilence({ db, logger: log }, now);
        await advanceInstant(db, SILENCE_CHECKED_KEY, now);
      }

      const queued = (result.planning?.enqueued ?? 0) + (result.outcomes?.asked ?? 0) + (result.outcomes?.reminded ?? 0) + (result.nudges ?? 0) + (result.digests ?? 0);
      if (queued > 0) options.dispatcher?.wake();
      log.info(
        {
          at: now.toISOString(),
          from: from.toISOString(),
          to: now.toISOString(),
          assignments: result.planning?.assignments,
          prompts: result.planning?.enqueued,
          nudges: result.nudges,
          digests: result.digests,
          escalations: result.escalations,
        },
        "scheduler tick",
      );
      return result;
    } finally {
      await renewal.stop();
      await releaseLease(db, PLANNER_LOCK_KEY, schedulerId).catch((err: unknown) => log.warn({ err }, "releasing the planning lease failed"));
    }
  }

  /** Renews the planning lease while a tick runs; a lost lease is logged and the tick goes on (keys keep it safe). */
  function keepLease(): { stop(): Promise<void> } {
    let inFlight: Promise<void> | null = null;
    const timer = setInterval(() => {
      if (inFlight) return; // a slow database: one renewal at a time
      inFlight = renewLease(db, PLANNER_LOCK_KEY, schedulerId, clock(), leaseMs)
        .then((held) => {
          if (!held) log.warn("the planning lease lapsed during a tick; another replica may plan the same window");
        })
        .catch((err: unknown) => log.warn({ err }, "renewing the planning lease failed"))
        .finally(() => {
          inFlight = null;
        });
    }, Math.max(1, Math.floor(leaseMs / 3)));
    timer.unref();
    return {
      async stop() {
        clearInterval(timer);
        await inFlight;
      },
    };
  }

  /** Overlapping calls in one process share the tick in progress. */
  function tick(): Promise<TickResult> {
    if (!running) {
      running = runTick().finally(() => {
        running = null;
      });
    }
    return running;
  }

  return {
    tick,
    start() {
      if (task) return;
      task = cron.schedule(
        options.cron ?? "* * * * *",
        async () => {
          try {
            await tick();
          } catch (err) {
            log.error({ err }, "scheduler tick failed; the next tick catches up");
          }
        },
        { noOverlap: true, name: `hepbot-scheduler-${schedulerId}` },
      );
      // Do not wait a minute for the first tick after a restart.
      void tick().catch((err: unknown) => log.error({ err }, "scheduler tick failed; the next tick catches up"));
    },
    async stop() {
      if (task) {
        await task.stop();
        await task.destroy();
        task = null;
      }
      await running?.catch(() => undefined);
    },
  };
}
