// Starts the background thread's entry. Plain JavaScript so that Node loads it as it is: a worker
// thread does not inherit the TypeScript loader the service runs under, so it registers tsx first.
import { workerData } from "node:worker_threads";

if (workerData.entry.endsWith(".ts")) (await import("tsx/esm/api")).register();
await import(workerData.entry);
