import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";
import type { StructuredModel } from "../core/structured-model.js";

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
 * The chat model for any hepbot feature that uses one (reading unsure messages, phrasing replies):
 * an OpenAI-compatible endpoint through LangChain, so tests point it at the fake server.
 */
export function createChatModel(options: ChatModelOptions): StructuredModel {
  return structuredModelOf(
    new ChatOpenAI({
      model: options.model,
      // The OpenAI client refuses to start without a key, even for local servers that ignore it.
      apiKey: options.apiKey ?? "not-needed",
      timeout: options.timeoutMs,
      maxRetries: options.maxRetries ?? 1,
      temperature: options.temperature ?? 0,
      configuration: options.baseURL ? { baseURL: options.baseURL } : undefined,
    }),
  );
}

/** Any LangChain chat model as a `StructuredModel`: tool-calling structured output, aborted when late. */
export function structuredModelOf(model: BaseChatModel): StructuredModel {
  return {
    async ask(request) {
      const structured = model.withStructuredOutput(request.schema, { name: request.name, method: "functionCalling" });
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => {
          controller.abort();
          resolve("timeout");
        }, request.timeoutMs);
      });
      try {
        const messages = [new SystemMessage(request.system), new HumanMessage(request.user)];
        return await Promise.race([structured.invoke(messages, { signal: controller.signal }), late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
