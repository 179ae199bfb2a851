import { AsyncLocalStorage } from "node:async_hooks";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { isDriverAdapterError } from "@prisma/driver-adapter-utils";
import { sqliteClientOf } from "./sqlite-statement-cache.js";

const aheadOfOthers = new AsyncLocalStorage<true>();

/** How long a statement waits for another connection's write to finish before it fails. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;
const BUSY_RETRY_MS = 1;

/**
 * Runs `work` with its SQLite statements taken before others waiting for the connection (the one
 * running, or a transaction open, still finishes first). For the webhook's insert: a platform waits
 * for its answer and delivers again when it is slow, while processing and sending can wait.
 * While another connection (the background thread's) holds the write lock, the work waits for it
 * off the thread: SQLite's own wait sleeps the thread, and every webhook with it.
 */
export function aheadOfQueue<T>(work: () => PromiseLike<T>): Promise<T> {
  // Awaited inside: Prisma's queries start when awaited, and must start inside the mark.
  return aheadOfOthers.run(true, async () => await work());
}

/** A lock taken in turn, except that holders marked by `aheadOfQueue` go before the others waiting. */
function createLock() {
  let held = false;
  const first: Array<() => void> = [];
  const rest: Array<() => void> = [];
  const handOn = () => {
    const next = first.shift() ?? rest.shift();
    if (next) next();
    else held = false;
  };
  return {
    acquire(): Promise<() => void> {
      return new Promise((resolve) => {
        let released = false;
        const grant = () =>
          resolve(() => {
            if (released) return;
            released = true;
            handOn();
          });
        if (!held) {
          held = true;
          grant();
        } else (aheadOfOthers.getStore() ? first : rest).push(grant);
      });
    },
  };
}

/**
 * The SQLite adapter runs everything on one connection, and its lock covers transactions only:
 * a query from elsewhere (a webhook storing a message) issued while an interactive transaction
 * is open runs inside that transaction, and vanishes if it rolls back. Here every query outside a
 * transaction waits for the open transaction to end, so each write lands in its own.
 */
/** The Prisma SQLite adapter reports SQLITE_BUSY as a socket timeout. */
function isBusy(error: unknown): boolean {
  return isDriverAdapterError(error) && error.cause.kind === "SocketTimeout";
}

export function serializeSqliteAccess(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const lock = createLock();
    const client = sqliteClientOf(adapter);
    const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
      const waitOffThread = client !== null && aheadOfOthers.getStore() === true;
      const giveUpAt = performance.now() + SQLITE_BUSY_TIMEOUT_MS;
      for (;;) {
        const release = await lock.acquire();
        try {
          if (!waitOffThread) return await work();
          client.exec("PRAGMA busy_timeout = 0");
          try {
            return await work();
          } finally {
            client.exec(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
          }
        } catch (error) {
          if (!waitOffThread || !isBusy(error) || performance.now() > giveUpAt) throw error;
        } finally {
          release();
        }
        await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
      }
    };
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      queryRaw: (query: SqlQuery) => exclusive(() => adapter.queryRaw(query)),
      executeRaw: (query: SqlQuery) => exclusive(() => adapter.executeRaw(query)),
      executeScript: (script: string) => exclusive(() => adapter.executeScript(script)),
      getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
      dispose: () => adapter.dispose(),
      async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
        const release = await lock.acquire();
        try {
          const transaction = await adapter.startTransaction(isolationLevel);
          // Released once, whether the transaction commits or rolls back (a second call does nothing).
          const end = (finish: () => Promise<void>) => async () => {
            try {
              await finish();
            } finally {
              release();
            }
          };
          return {
            provider: transaction.provider,
            adapterName: transaction.adapterName,
            options: transaction.options,
            queryRaw: (query) => transaction.queryRaw(query),
            executeRaw: (query) => transaction.executeRaw(query),
            createSavepoint: transaction.createSavepoint?.bind(transaction),
            rollbackToSavepoint: transaction.rollbackToSavepoint?.bind(transaction),
            releaseSavepoint: transaction.releaseSavepoint?.bind(transaction),
            commit: end(() => transaction.commit()),
            rollback: end(() => transaction.rollback()),
          };
        } catch (error) {
          release();
          throw error;
        }
      },
    };
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrap(await factory.connect()),
    connectToShadowDb: async () => wrap(await factory.connectToShadowDb()),
  };
}
