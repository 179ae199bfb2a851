import { ChatOpenAI } from "@langchain/openai";

export const DEFAULT_CHAT_MODEL = "gpt-4o-mini";

export interface ChatModelOptions {
  /** Absent for local OpenAI-compatible servers that need none. */
  apiKey?: string;
  /** An OpenAI-compatible endpoint (a local server, a proxy, the test fake); OpenAI itself when absent. */
  baseURL?: string;
  model: string;
  timeoutMs: number;
  temperature?: number;
  /** Retries on network errors and 5xx; kept low because callers fall back to rules instead of waiting. */
  maxRetries?: number;
}

/**
 * A chat model for any hepbot feature that uses one (reading unsure messages, phrasing replies).
 * Callers inject it as a `BaseChatModel`, so tests can point it at the fake server.
 */
export function createChatModel(options: ChatModelOptions): ChatOpenAI {
  return new ChatOpenAI({
    model: options.model,
    // The OpenAI client refuses to start without a key, even for local servers that ignore it.
    apiKey: options.apiKey ?? "not-needed",
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries ?? 1,
    temperature: options.temperature ?? 0,
    configuration: options.baseURL ? { baseURL: options.baseURL } : undefined,
  });
}
