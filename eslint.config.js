// Type-aware lint for the TypeScript sources: unused code, floating promises and import cycles.
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

// The tables src/care owns (Prisma's delegate names). Only its *.repo.ts files write them; the
// pipeline, the scheduler and the outbox call those repos, passing their transaction when a write
// belongs to one. The outbox, scheduler state, RTM and outcome tables have repos of their own.
const CARE_TABLES = [
  "clinic", "therapist", "apiToken", "therapistSession", "patient", "consentEvent", "channelAddress", "enrollmentCode",
  "exercise", "program", "programVersion", "programItem", "assignment", "channelPreference", "programMove",
  "messageLog", "reading", "completion", "conversationState", "painReport", "escalation", "escalationNote", "reminderDaysOff", "reminderChange",
];
const WRITES = ["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"];
const writeTo = (tables) => `CallExpression[callee.property.name=/^(${WRITES.join("|")})$/][callee.object.property.name=/^(${tables.join("|")})$/]`;
const careWrite = { selector: writeTo(CARE_TABLES), message: "care tables are written only by src/care's *.repo.ts files: call the owning repo (passing the transaction)" };
// The outbox's rows are queued, cancelled and claimed only in src/outbox (the domain cancels through outbox.repo.ts's cancelPending).
const outboxWrite = { selector: writeTo(["outboxMessage", "sendBudget"]), message: "the outbox's tables are written only in src/outbox: call outbox.repo.ts (enqueueOutbox, cancelPending…)" };
const rawWrite = { selector: "MemberExpression[property.name=/^\\$executeRaw/]", message: "raw SQL writes live in a *.repo.ts" };
const writesOnly = (...restrictions) => ({ "no-restricted-syntax": ["error", ...restrictions] });

export default tseslint.config(
  { ignores: ["node_modules/", "src/generated/", "data/", "test/output/", "src/dashboard/assets/", "**/*.mjs", "**/*.js"] },
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommended],
    plugins: { "import-x": importX },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    settings: {
      "import-x/extensions": [".ts", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/resolver-next": [importX.createNodeResolver({ extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } })],
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      "@typescript-eslint/await-thenable": "error",
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      // The API and the dashboard are two adapters over src/care: neither imports the other, the
      // domain imports neither (src/http/therapist-routers.ts is what mounts both), and neither
      // touches the database but through care.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./src/dashboard", from: "./src/api", message: "the dashboard reads through src/care, not the API" },
            { target: "./src/api", from: "./src/dashboard", message: "the API does not mount or import the dashboard; see src/http/therapist-routers.ts" },
            { target: "./src/care", from: ["./src/api", "./src/dashboard", "./src/http"], message: "src/care is the domain layer: HTTP adapters import it, not the reverse" },
            // Adapters reach the database only through src/care (its *.repo.ts files hold the queries); they get the
            // client from their deps and never name its type. The CLI opens the database for a command (cli-support.ts).
            {
              target: ["./src/api", "./src/dashboard"],
              from: ["./src/db", "./src/generated"],
              message: "routes and pages query through src/care's services and repos, not the Prisma client",
            },
            {
              target: "./src/cli",
              from: "./src/db",
              except: ["./database.ts", "./client.ts"],
              message: "CLI commands query through src/care; only opening the database (database.ts) and its type (client.ts) are theirs",
            },
            { target: "./src/cli", from: "./src/generated", message: "CLI commands query through src/care, not the Prisma client" },
          ],
        },
      ],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/generated/**", "@prisma/client", "@prisma/client/*"], message: "only src/db opens the Prisma client; use the Db type from src/db/client.ts" }] },
      ],
    },
  },
  // Who may write what. The seeds too write through the repos (the demo history in bulk, through their bulk inserts).
  { files: ["src/**/*.ts"], ignores: ["src/**/*.repo.ts", "src/outbox/**", "src/db/**"], rules: writesOnly(careWrite, outboxWrite, rawWrite) },
  { files: ["src/outbox/**/*.ts"], ignores: ["src/outbox/**/*.repo.ts"], rules: writesOnly(careWrite, rawWrite) },
  { files: ["src/**/*.repo.ts"], ignores: ["src/care/**", "src/outbox/**"], rules: writesOnly(careWrite, outboxWrite) },
  { files: ["src/care/**/*.repo.ts"], rules: writesOnly(outboxWrite) },
  { files: ["src/outbox/**/*.repo.ts"], rules: writesOnly(careWrite) },
  {
    // Test helpers type JSON bodies loosely on purpose (ApiResponse<T = any>).
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
