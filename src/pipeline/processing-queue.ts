export interface QueueOptions {
  concurrency?: number;
  /** True while webhooks are arriving faster than the process can both store and read them. */
  underPressure?: () => boolean;
  /** Even under pressure, one message is processed at least this often. */
  maxDeferMs?: number;
}

/**
 * Runs message processing after the webhook has been answered: one patient's messages in
 * arrival order, a few patients at a time. Under a burst, storing and acknowledging webhooks
 * comes first (platforms time out and redeliver); the backlog is processed as soon as the burst eases.
 */
export function createProcessingQueue(process: (messageId: string) => Promise<void>, options: QueueOptions = {}) {
  const concurrency = options.concurrency ?? 4;
  const maxDeferMs = options.maxDeferMs ?? 250;
  const underPressure = options.underPressure ?? (() => false);
  const waiting: Array<{ messageId: string; patientId: string }> = [];
  const busyPatients = new Set<string>();
  const queued = new Set<string>();
  let running = 0;
  let idleWaiters: Array<() => void> = [];
  let lastStartedAt = 0;
  let deferred: NodeJS.Timeout | undefined;

  function pump(): void {
    // A few messages waiting are no burst, however fast they came: only a backlog yields to webhooks.
    const pressed = waiting.length > concurrency && underPressure();
    if (pressed && Date.now() - lastStartedAt < maxDeferMs) {
      deferred ??= setTimeout(() => {
        deferred = undefined;
        pump();
      }, 10);
      return;
    }
    // Under pressure, one message per deferral period; otherwise up to `concurrency` at once.
    const limit = pressed ? Math.min(concurrency, running + 1) : concurrency;
    while (running < limit) {
      const index = waiting.findIndex((job) => !busyPatients.has(job.patientId));
      if (index === -1) break;
      const [job] = waiting.splice(index, 1);
      running++;
      lastStartedAt = Date.now();
      busyPatients.add(job!.patientId);
      // setImmediate lets pending webhook requests run between messages.
      setImmediate(() => {
        void process(job!.messageId).finally(() => {
          running--;
          queued.delete(job!.messageId);
          busyPatients.delete(job!.patientId);
          if (running === 0 && waiting.length === 0) {
            for (const resolve of idleWaiters) resolve();
            idleWaiters = [];
          }
          pump();
        });
      });
    }
  }

  return {
    push(messageId: string, patientId: string): void {
      if (queued.has(messageId)) return;
      queued.add(messageId);
      waiting.push({ messageId, patientId });
      pump();
    },
    /** Resolves when everything queued so far has been processed (shutdown, tests). */
    idle(): Promise<void> {
      if (running === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    /** Drops what waits (it stays `received` in the database) and resolves when the running ones finish. */
    stop(): Promise<void> {
      for (const job of waiting.splice(0)) queued.delete(job.messageId);
      return this.idle();
    },
    /** Whether the message is waiting or being processed here. */
    has(messageId: string): boolean {
      return queued.has(messageId);
    },
    get size(): number {
      return running + waiting.length;
    },
  };
}
