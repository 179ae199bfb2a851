/**
 * Runs message processing after the webhook has been answered: one patient's messages in
 * arrival order, different patients side by side.
 */
export function createProcessingQueue(process: (messageId: string) => Promise<void>) {
  const tails = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  return {
    push(messageId: string, patientId: string): void {
      const previous = tails.get(patientId) ?? Promise.resolve();
      const next = previous.then(() => process(messageId));
      tails.set(patientId, next);
      inFlight.add(next);
      void next.finally(() => {
        inFlight.delete(next);
        if (tails.get(patientId) === next) tails.delete(patientId);
      });
    },
    /** Resolves when everything queued so far has been processed (shutdown, tests). */
    async idle(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    get size(): number {
      return inFlight.size;
    },
  };
}
