import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".tmp/**", "data/**", "node_modules/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    // One-way imports: the pure libraries under lib/http and lib/merge know nothing of the database,
    // the framework or React, so they stay testable as plain functions and usable from the CLI.
    files: ["lib/http/**", "lib/merge/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/lib/db/*", "@/lib/notes/*", "next/*", "react", "@prisma/*"] }],
    },
  },
  {
    // Route handlers and UI never talk to the database directly: all of it lives in lib/db and lib/notes.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@prisma/*", "@/lib/db/client", "@/lib/db/generated/*", "better-sqlite3", "pg"] }],
    },
  },
  {
    // Prisma is used through its public API: the generated client and the driver adapters' constructors.
    files: ["lib/**", "scripts/**", "bench/**", "tests/**", "e2e/**"],
    ignores: ["lib/http/**", "lib/merge/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@prisma/driver-adapter-utils", "@prisma/client/runtime/*", "@prisma/client-runtime-utils"] }],
    },
  },
]);
