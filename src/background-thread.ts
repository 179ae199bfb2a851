import { Worker } from "node:worker_threads";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "./config/config.js";
import type { Logger } from "./logging/logger.js";
import type { BackgroundWork } from "./background-work.js";

export type ToBackground =
  | { type: "accept"; messageId: string; patientId: string; text: string }
  | { type: "wake" }
  | { type: "settle"; id: number }
  | { type: "stop" };

type FromBackground = { type: "ready" } | { type: "settled"; id: number; error?: string };

/**
 * Processing and sending on a thread of their own, with their own database connection. Reading
 * and deciding take most of a message's CPU; on the service's thread they would make every webhook
 * that arrives meanwhile wait, and platforms time out and redeliver. A thread that dies is
 * started again, and takes up the messages left `received`.
 */
export async function startBackgroundThread(config: Config, logger: Logger, options: { entry?: URL } = {}): Promise<BackgroundWork> {
  const entry = (options.entry ?? new URL(`./background-thread.worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url)).href;
  const settling = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let nextSettle = 0;
  let stopping = false;
  // Until the first thread is ready, a failure fails the service's start instead.
  let started = false;

  function spawn(): { worker: Worker; ready: Promise<void>; exited: Promise<void> } {
    const worker = new Worker(new URL("./background-thread.boot.mjs", import.meta.url), { workerData: { entry, config, logLevel: logger.level } });
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    const ready = new Promise<void>((resolve, reject) => {
      worker.on("message", (message: FromBackground) => {
        if (message.type === "ready") resolve();
        else {
          const waiter = settling.get(message.id);
          settling.delete(message.id);
          if (message.error) waiter?.reject(new Error(message.error));
          else waiter?.resolve();
        }
      });
      worker.once("error", (error) => {
        reject(error);
        logger.error({ err: error.message }, "the background thread failed");
      });
      worker.once("exit", (code) => {
        reject(new Error(`the background thread exited with ${code} before it was ready`));
        for (const waiter of settling.values()) waiter.reject(new Error("the background thread stopped"));
        settling.clear();
        if (stopping || !started) return;
        logger.error({ code }, "the background thread stopped; starting it again");
        // At once: what is posted meanwhile waits for the new thread, which takes up what was stored before.
        current = spawn();
        current.ready.catch(() => {});
      });
    });
    return { worker, ready, exited };
  }

  let current = spawn();
  await current.ready;
  started = true;

  const post = (message: ToBackground) => current.worker.postMessage(message);
  return {
    accept: (messageId, patientId, text) => post({ type: "accept", messageId, patientId, text }),
    wakeDispatcher: () => post({ type: "wake" }),
    settle() {
      const id = nextSettle++;
      return new Promise<void>((resolve, reject) => {
        settling.set(id, { resolve, reject });
        post({ type: "settle", id });
      });
    },
    async stop() {
      stopping = true;
      post({ type: "stop" });
      await current.exited;
    },
  };
}
