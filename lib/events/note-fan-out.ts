// This process's fan-out, chosen by the database in use (fan-out.ts says why there are two).
import "server-only";
import { databaseKind } from "@/lib/db/database-url";
import { inProcessFanOut, type EventFanOut } from "./fan-out";
import { postgresFanOut } from "./postgres-fan-out";

// One per process. Next.js may load a module once per route bundle, so the instance lives on globalThis:
// a save in the notes route and a stream in the events route must meet in the same fan-out (and share one
// LISTEN connection).
const globalForEvents = globalThis as typeof globalThis & { noteEvents?: EventFanOut };
export const noteEvents: EventFanOut = (globalForEvents.noteEvents ??=
  databaseKind() === "postgresql" ? postgresFanOut() : inProcessFanOut());
