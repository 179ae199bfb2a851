import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { createAdapterFactory } from "./adapter.js";
import type { DatabaseTarget } from "./database-url.js";

type WasmBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let bindings: Promise<WasmBindings> | undefined;

/**
 * Prisma's schema engine compiled to WebAssembly: migrations without the native binary, which cannot
 * be downloaded everywhere hepbot runs. Its package glue expects a bundler to load the `.wasm`, so we
 * instantiate it ourselves, once per process.
 */
function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as WasmBindings & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const { instance } = await WebAssembly.instantiate(readFileSync(join(dir, "schema_engine_bg.wasm")), {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return glue;
  })();
  return bindings;
}

export interface OpenEngine {
  engine: SchemaEngine;
  close(): Promise<void>;
}

export async function openSchemaEngine(target: DatabaseTarget, schemaText: string): Promise<OpenEngine> {
  const { SchemaEngine } = await loadBindings();
  const factory = createAdapterFactory(target, { poolSize: 1, forSchemaEngine: true });
  // The engine opens connections itself and never closes them; keep them to close when done,
  // or an SQLite file stays locked for the service that opens it next.
  const connections: SqlDriverAdapter[] = [];
  const track = async (open: () => Promise<SqlDriverAdapter>) => {
    const connection = await open();
    connections.push(connection);
    return connection;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(() => factory.connect()),
    connectToShadowDb: () => track(() => factory.connectToShadowDb()),
  };
  const engine = await SchemaEngine.new(
    { datamodels: [["schema.prisma", schemaText]] },
    () => {}, // the engine's own log lines; migrations report through their results instead
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(connections.map((connection) => connection.dispose()));
    },
  };
}
