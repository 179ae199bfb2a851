/** Schedule math for prompts: pure functions of their inputs and an injected clock. */
export * from "./local-time.js";
export * from "./planner.js";
export * from "./preview.js";
export * from "./follow-up.js";
export * from "./backoff.js";
export * from "./rate-limit.js";
