import type { z } from "zod";

export interface StructuredRequest {
  /** Names the answer's shape for the model (a function name in tool-calling APIs). */
  name: string;
  schema: z.ZodType;
  system: string;
  user: string;
  timeoutMs: number;
}

/**
 * A language model asked for one object of a given shape. Readers and phrasers depend on this,
 * never on an SDK; the adapter lives in `src/llm/`.
 */
export interface StructuredModel {
  /** The model's answer, unchecked; "timeout" once `timeoutMs` has passed (the call is then aborted). Throws when the call fails. */
  ask(request: StructuredRequest): Promise<unknown>;
}
