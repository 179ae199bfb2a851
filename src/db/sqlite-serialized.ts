import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

/** A first-come lock: `acquire` resolves once earlier holders have released, with the release function. */
function createLock() {
  let tail: Promise<void> = Promise.resolve();
  return {
    acquire(): Promise<() => void> {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const ready = tail.then(() => release);
      tail = tail.then(() => held);
      return ready;
    },
  };
}

/**
 * The SQLite adapter runs everything on one connection, and its lock covers transactions only:
 * a query from elsewhere (a webhook storing a message) issued while an interactive transaction
 * is open runs inside that transaction, and vanishes if it rolls back. Here every query outside a
 * transaction waits for the open transaction to end, so each write lands in its own.
 */
export function serializeSqliteAccess(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const lock = createLock();
    const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
      const release = await lock.acquire();
      try {
        return await work();
      } finally {
        release();
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
          let released = false;
          const end = (finish: () => Promise<void>) => async () => {
            try {
              await finish();
            } finally {
              if (!released) {
                released = true;
                release();
              }
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
