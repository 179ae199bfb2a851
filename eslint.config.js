// Type-aware lint for the TypeScript sources: unused code, floating promises and import cycles.
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

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
    // Test helpers type JSON bodies loosely on purpose (ApiResponse<T = any>).
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
