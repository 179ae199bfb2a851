export interface QueueOptions {
  /** Batches processed at the same time. */
  concurrency?: number;
  /** Messages per batch, at most one per patient. */
  batchSize?: number;
  /** True while webhooks are arriving faster than the process can both store and read them. */
  underPressure?: () => boolean;
}

const SCREENING_SLICE_MS = 3;

interface Job {
  messageId: string;
  patientId: string;
}

/**
 * Runs message processing after the webhook has been answered, in batches of messages from
 * different patients: one patient's messages in arrival order, a few batches at a time. Under a
 * burst of webhooks only one batch runs at a time (it yields to waiting webhooks between its
 * messages), so acknowledging comes first (platforms time out and redeliver) and nothing sits idle.
 * When messages wait behind others, those with red flags (and the messages of their patient before
 * them) are taken first; the screening runs after the webhook that queued the message is answered.
 */
export function createProcessingQueue(process: (messageIds: string[]) => Promise<void>, options: QueueOptions = {}) {
  const concurrency = options.concurrency ?? 2;
  const batchSize = options.batchSize ?? 32;
  const underPressure = options.underPressure ?? (() => false);
  const urgent: Job[] = [];
  const routine: Job[] = [];
  const busyPatients = new Set<string>();
  const queued = new Set<string>();
  let running = 0;
  let idleWaiters: Array<() => void> = [];

  const waiting = () => urgent.length + routine.length;

  /** Moves a still-waiting message with a red flag ahead of routine ones. */
  function screen(job: Job, redFlag: () => boolean): void {
    if (!routine.includes(job) || !redFlag()) return;
    promote(job.patientId);
  }

  // A few milliseconds of screening per turn of the event loop: screened back to back, a burst's
  // messages would hold off the webhooks arriving meanwhile.
  const toScreen: Array<{ job: Job; redFlag: () => boolean }> = [];
  function screenSome(): void {
    const until = performance.now() + SCREENING_SLICE_MS;
    do {
      const next = toScreen.shift();
      if (next) screen(next.job, next.redFlag);
    } while (toScreen.length > 0 && performance.now() < until);
    if (toScreen.length > 0) setImmediate(screenSome);
  }

  /** A red flag moves its patient's waiting messages, in their order, behind the other red flags. */
  function promote(patientId: string): void {
    for (let i = 0; i < routine.length; ) {
      if (routine[i]!.patientId === patientId) urgent.push(...routine.splice(i, 1));
      else i++;
    }
  }

  /** Up to `batchSize` jobs of patients not being processed, one per patient, red flags first. */
  function takeBatch(): Job[] {
    const batch: Job[] = [];
    const inBatch = new Set<string>();
    for (const list of [urgent, routine]) {
      for (let i = 0; i < list.length && batch.length < batchSize; ) {
        const job = list[i]!;
        if (busyPatients.has(job.patientId) || inBatch.has(job.patientId)) {
          inBatch.add(job.patientId); // a patient's later message never overtakes an earlier one
          i++;
          continue;
        }
        inBatch.add(job.patientId);
        batch.push(...list.splice(i, 1));
      }
    }
    return batch;
  }

  function pump(): void {
    // A few messages waiting are no burst, however fast they came: only a backlog yields to webhooks.
    const pressed = waiting() > batchSize && underPressure();
    const limit = pressed ? 1 : concurrency;
    while (running < limit) {
      const batch = takeBatch();
      if (batch.length === 0) break;
      running++;
      for (const job of batch) busyPatients.add(job.patientId);
      // setImmediate lets pending webhook requests run first.
      setImmediate(() => {
        void process(batch.map((job) => job.messageId)).finally(() => {
          running--;
          for (const job of batch) {
            queued.delete(job.messageId);
            busyPatients.delete(job.patientId);
          }
          if (running === 0 && waiting() === 0) {
            for (const resolve of idleWaiters) resolve();
            idleWaiters = [];
          }
          pump();
        });
      });
    }
  }

  return {
    /** Queues a stored message; `redFlag` is asked (soon after, not now) only when a backlog waits. */
    push(messageId: string, patientId: string, redFlag?: () => boolean): void {
      if (queued.has(messageId)) return;
      queued.add(messageId);
      const job: Job = { messageId, patientId };
      if (urgent.some((j) => j.patientId === patientId)) urgent.push(job);
      else routine.push(job);
      if (redFlag && waiting() > batchSize) {
        toScreen.push({ job, redFlag });
        if (toScreen.length === 1) setImmediate(screenSome);
      }
      pump();
    },
    /** Resolves when everything queued so far has been processed (shutdown, tests). */
    idle(): Promise<void> {
      if (running === 0 && waiting() === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    /** Drops what waits (it stays `received` in the database) and resolves when the running ones finish. */
    stop(): Promise<void> {
      for (const job of [...urgent.splice(0), ...routine.splice(0)]) queued.delete(job.messageId);
      return this.idle();
    },
    /** Whether the message is waiting or being processed here. */
    has(messageId: string): boolean {
      return queued.has(messageId);
    },
    get size(): number {
      return running + waiting();
    },
  };
}
