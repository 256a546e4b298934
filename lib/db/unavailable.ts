// The database could not be reached or could not take the work just now (down, restarting, refusing
// connections, out of connections, locked): a state that passes by itself, not a bug. Callers answer 503 with
// Retry-After instead of a 500; nothing was written, because the transaction did not commit.
export class DatabaseUnavailableError extends Error {
  constructor(override readonly cause: unknown) {
    super(`the database is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "DatabaseUnavailableError";
  }
}

// Prisma Client's codes for the same states: P1001 can't reach, P1002 timed out, P1003 no such database, P1008
// operation timed out, P1017 connection closed, P2024 no pooled connection in time, P2037 too many connections.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1003", "P1008", "P1017", "P2024", "P2037"]);
// Driver adapter error kinds (the adapters' own classification of socket errors, kept in a Prisma error's meta).
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "DatabaseDoesNotExist", "TooManyConnections"]);
// PostgreSQL SQLSTATEs: class 08 (connection exception), 53 (insufficient resources), 57P01-57P03 (shut down,
// crashed, starting up), 57014 (statement_timeout), plus SQLite's busy and locked.
const UNAVAILABLE_CODE = /^(08|53|57P0[1-3]$|57014$|SQLITE_BUSY|SQLITE_LOCKED)/;
// node-postgres' own errors carry no code, only these messages.
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Connection ended|connection error|database is locked|ECONNREFUSED|ECONNRESET/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const { code: prismaCode, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: unknown }; code?: unknown } };
  if (typeof prismaCode === "string" && UNAVAILABLE_PRISMA_CODES.has(prismaCode)) return true;
  // A raw statement's failure (P2010) carries the database's own code.
  if (typeof meta?.code === "string" && UNAVAILABLE_CODE.test(meta.code)) return true;
  if (meta?.driverAdapterError && isDatabaseUnavailable(Object.assign(new Error(""), { cause: meta.driverAdapterError.cause }))) return true;
  const cause = (error as { cause?: unknown }).cause;
  if (cause && typeof cause === "object") {
    const { kind, originalCode, code } = cause as { kind?: string; originalCode?: string; code?: string };
    if (kind && UNAVAILABLE_KINDS.has(kind)) return true;
    if (UNAVAILABLE_CODE.test(String(originalCode ?? code ?? ""))) return true;
  }
  const ownCode = (error as { code?: unknown }).code;
  if (typeof ownCode === "string" && UNAVAILABLE_CODE.test(ownCode)) return true;
  return UNAVAILABLE_MESSAGE.test(error.message);
}

/** For `.catch`: rethrows the error, as DatabaseUnavailableError when it is one of those passing states. */
export function asUnavailable(error: unknown): never {
  throw isDatabaseUnavailable(error) && !(error instanceof DatabaseUnavailableError) ? new DatabaseUnavailableError(error) : error;
}
