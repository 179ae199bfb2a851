/** Prisma's error for a write that would break a unique constraint (P2002): someone wrote that row first. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

/**
 * Runs a write keyed by a unique constraint (an idempotency key, a dedupe key): true when it wrote,
 * false when the row was there already. In a PostgreSQL transaction the refused insert still
 * aborts the transaction: look for the row first there, and leave this for the rare race.
 */
export async function writeUnlessDuplicate(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
