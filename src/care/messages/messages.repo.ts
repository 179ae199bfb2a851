import type { Db } from "../../db/client.js";

/** The therapist side's reads of the outbox (the outbox's own writes live in outbox/outbox.repo.ts). */

export function outboxRowByKey(db: Db, idempotencyKey: string) {
  return db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey } });
}
