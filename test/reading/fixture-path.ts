import { fileURLToPath } from "node:url";

/** Our own labelled messages (the dev set in ../shared is never read by tests). */
export const FIXTURE = fileURLToPath(new URL("../../fixtures/reading/messages.jsonl", import.meta.url));
