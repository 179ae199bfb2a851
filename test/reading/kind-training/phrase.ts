import type { MessageKind } from "../../../src/reading/reading.js";

/** Hand-written messages per kind; `{ex}`, `{ex2}`, `{ex3}` and `{why}` are slots the generator fills. */
export type KindPhrases = Record<MessageKind, readonly string[]>;
