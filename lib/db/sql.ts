// Hand-written SQL through Prisma's driver adapters, for every request (docs/decisions/0001, 0004). The SQL
// callers write is the dialect both databases share, with `?` placeholders; what differs sits here:
// placeholders ($1, $2, ... for PostgreSQL), the database's clock (`now`), and how work shares connections
// (SQLite: one connection whose work takes turns; PostgreSQL: a pool, a transaction on one pooled connection).
import type { SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { asUnavailable } from "./unavailable";

export type SqlValue = string | number | Date | null;
export type SqlRow = Record<string, unknown>;

export interface SqlQueryable {
  query<Row extends SqlRow>(sql: string, args?: SqlValue[]): Promise<Row[]>;
  execute(sql: string, args?: SqlValue[]): Promise<number>;
}

export interface SqlRunner extends SqlQueryable {
  /**
   * An SQL expression for the database's current time, in the form the adapters store times in (UTC,
   * milliseconds). With several app instances, one clock (the database's) orders every save.
   */
  readonly now: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}

export type Dialect = {
  now: string;
  /** Turns `?` placeholders into the database's own. Callers never put a `?` inside a string literal. */
  placeholders(sql: string): string;
  /** Text as stored, and back: the same on SQLite; on PostgreSQL with U+0000 escaped. */
  encode(text: string): string;
  decode(text: string): string;
};

const same = (text: string) => text;

export const SQLITE_DIALECT: Dialect = {
  now: `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')`,
  placeholders: same,
  encode: same,
  decode: same,
};

// PostgreSQL's text cannot hold U+0000, which a note may contain (it is valid Unicode and stored verbatim on
// SQLite). It is stored as U+E000 U+E001, and a U+E000 of the note's own as U+E000 U+E000, so that the
// escape is reversible and equal texts stay equal (the no-op save compares stored texts).
const ESCAPE = "\uE000";
const encodeNul = (text: string) =>
  text.includes("\u0000") || text.includes(ESCAPE) ? text.replace(/[\u0000\uE000]/g, (c) => (c === ESCAPE ? ESCAPE + ESCAPE : ESCAPE + "\uE001")) : text;
const decodeNul = (text: string) =>
  text.includes(ESCAPE) ? text.replace(/\uE000([\uE000\uE001])/g, (_, c: string) => (c === ESCAPE ? ESCAPE : "\u0000")) : text;

const numbered = new Map<string, string>();
export const POSTGRES_DIALECT: Dialect = {
  // The column type is timestamp(3) without time zone, holding UTC (as Prisma writes it).
  now: `(now() AT TIME ZONE 'UTC')::timestamp(3)`,
  encode: encodeNul,
  decode: decodeNul,
  placeholders(sql) {
    let result = numbered.get(sql);
    if (result === undefined) {
      let n = 0;
      result = sql.replace(/\?/g, () => `$${++n}`);
      numbered.set(sql, result);
    }
    return result;
  },
};

function toQuery(dialect: Dialect, sql: string, args: SqlValue[]): SqlQuery {
  return {
    sql: dialect.placeholders(sql),
    args: args.map((arg) => (typeof arg === "string" ? dialect.encode(arg) : arg)),
    argTypes: args.map((arg) => ({
      scalarType: arg instanceof Date ? "datetime" : typeof arg === "number" ? "int" : "string",
      arity: "scalar",
    })),
  };
}

type Queryable = Pick<SqlDriverAdapter, "queryRaw" | "executeRaw">;

function queryableOver(dialect: Dialect, target: Queryable): SqlQueryable {
  return {
    async query<Row extends SqlRow>(sql: string, args: SqlValue[] = []) {
      const result = await target.queryRaw(toQuery(dialect, sql, args)).catch(asUnavailable);
      return result.rows.map((values) => {
        const row: SqlRow = {};
        result.columnNames.forEach((name, i) => {
          const value = values[i];
          row[name] = typeof value === "string" ? dialect.decode(value) : value;
        });
        return row as Row;
      });
    },
    async execute(sql: string, args: SqlValue[] = []) {
      return target.executeRaw(toQuery(dialect, sql, args)).catch(asUnavailable);
    },
  };
}

/** One transaction on one connection: we send COMMIT or ROLLBACK ourselves (as Prisma's engine does), then release it. */
async function inTransaction<T>(dialect: Dialect, tx: Transaction, work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
  const finish = (statement: string) => tx.executeRaw({ sql: statement, args: [], argTypes: [] });
  try {
    const result = await work(queryableOver(dialect, tx));
    await finish("COMMIT").catch(asUnavailable);
    await tx.commit();
    return result;
  } catch (error) {
    await finish("ROLLBACK").catch(() => undefined);
    await tx.rollback();
    throw error;
  }
}

/** SQLite: one connection serves every request, and work on it takes turns. */
export function createQueuedSqlRunner(connection: Promise<SqlDriverAdapter>, setup: string[]): SqlRunner {
  const dialect = SQLITE_DIALECT;
  const ready = connection.then(async (adapter) => {
    for (const statement of setup) await adapter.executeScript(statement);
    return adapter;
  });
  // A transaction spans several awaits, and a statement from another request slipping in between would run
  // inside it (seeing or joining uncommitted work), so all work on the connection takes turns.
  // better-sqlite3 is synchronous, so this costs no parallelism.
  let queue: Promise<unknown> = Promise.resolve();
  function inTurn<T>(work: (adapter: SqlDriverAdapter) => Promise<T>): Promise<T> {
    const run = queue.then(() => ready.then(work));
    queue = run.catch(() => undefined);
    return run;
  }
  return {
    now: dialect.now,
    query: (sql, args) => inTurn((adapter) => queryableOver(dialect, adapter).query(sql, args)),
    execute: (sql, args) => inTurn((adapter) => queryableOver(dialect, adapter).execute(sql, args)),
    // The adapter opens the transaction (BEGIN) and serialises it with the connection's other work.
    transaction: (work) => inTurn(async (adapter) => inTransaction(dialect, await adapter.startTransaction().catch(asUnavailable), work)),
  };
}

/**
 * PostgreSQL: statements outside a transaction take any pooled connection; a transaction takes one connection
 * from the pool for all its statements (the adapter's startTransaction), so requests run side by side.
 */
export function createPooledSqlRunner(connection: Promise<SqlDriverAdapter>): SqlRunner {
  const dialect = POSTGRES_DIALECT;
  const pool = () => connection.catch(asUnavailable);
  return {
    now: dialect.now,
    query: async (sql, args) => queryableOver(dialect, await pool()).query(sql, args),
    execute: async (sql, args) => queryableOver(dialect, await pool()).execute(sql, args),
    transaction: async (work) => inTransaction(dialect, await (await pool()).startTransaction().catch(asUnavailable), work),
  };
}
