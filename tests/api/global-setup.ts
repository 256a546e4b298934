// Starts the real app (`next start`, production build) for the API tests, in the topology tests/api/topology.ts
// describes (one instance on SQLite, or two on PostgreSQL behind nginx), and hands the base URL to the tests.
// The build must exist: `npm test` builds before it runs these.
import type { TestProject } from "vitest/node";
import { freshDatabase, instancePorts, port, startInstance, startProxy, stopEverything, topology, waitUntilUp } from "./topology";

export async function setup(project: TestProject) {
  await stopEverything();
  freshDatabase();
  await Promise.all(instancePorts.map((instancePort) => startInstance(instancePort)));
  if (topology === "cluster") startProxy();
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${baseUrl}/api/health`, 60_000);
  project.provide("baseUrl", baseUrl);
}

export async function teardown() {
  await stopEverything();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
