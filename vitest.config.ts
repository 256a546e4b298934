import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // The marker that keeps database modules out of browser bundles (it throws outside React's server
  // condition): tests import those modules on the server, as the app's route handlers do.
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          // Unit tests live next to the code they test.
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "api",
          // Black-box tests of the HTTP API against a real `next start` on a real SQLite file.
          include: ["tests/api/**/*.test.ts"],
          globalSetup: ["tests/api/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // One server is shared by every file; the files run one after another so that race tests own the CPU.
          fileParallelism: false,
        },
      },
    ],
  },
});
