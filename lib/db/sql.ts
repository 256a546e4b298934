// Hand-written SQL through Prisma's driver adapter, for the requests that must be fast (reading one note,
// answering 304, the compare-and-swap save). Prisma 6 compiles every ORM query anew (about 0.3 ms each);
// a statement sent straight to the adapter costs microseconds and still goes through Prisma's adapter layer,
// so moving to PostgreSQL means a different adapter, not different code paths.
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";

type SqlValue = string | number | Date | null;
export type SqlRow = Record<string, unknown>;

export interface SqlQueryable {
  query<Row extends SqlRow>(sql: string, args?: SqlValue[]): Promise<Row[]>;
  execute(sql: string, args?: SqlValue[]): Promise<number>;
}

export interface SqlRunner extends SqlQueryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}

function toQuery(sql: string, args: SqlValue[]): SqlQuery {
  return {
    sql,
    args,
    argTypes: args.map((arg) => ({
      scalarType: arg instanceof Date ? "datetime" : typeof arg === "number" ? "int" : "string",
      arity: "scalar",
    })),
  };
}

type Queryable = Pick<SqlDriverAdapter, "queryRaw" | "executeRaw">;

function queryableOver(target: Queryable): SqlQueryable {
  return {
    async query<Row extends SqlRow>(sql: string, args: SqlValue[] = []) {
      const result = await target.queryRaw(toQuery(sql, args));
      return result.rows.map((values) => {
        const row: SqlRow = {};
        result.columnNames.forEach((name, i) => (row[name] = values[i]));
        return row as Row;
      });
    },
    async execute(sql: string, args: SqlValue[] = []) {
      return target.executeRaw(toQuery(sql, args));
    },
  };
}

export function createSqlRunner(connection: Promise<SqlDriverAdapter>, setup: string[]): SqlRunner {
  const ready = connection.then(async (adapter) => {
    for (const statement of setup) await adapter.executeScript(statement);
    return adapter;
  });
  // One SQLite connection serves every request. A transaction spans several awaits, and a statement from
  // another request slipping in between would run inside it (seeing or joining uncommitted work), so all
  // work on the connection takes turns. better-sqlite3 is synchronous, so this costs no parallelism.
  let queue: Promise<unknown> = Promise.resolve();
  function inTurn<T>(work: (adapter: SqlDriverAdapter) => Promise<T>): Promise<T> {
    const run = queue.then(() => ready.then(work));
    queue = run.catch(() => undefined);
    return run;
  }
  return {
    query: (sql, args) => inTurn((adapter) => queryableOver(adapter).query(sql, args)),
    execute: (sql, args) => inTurn((adapter) => queryableOver(adapter).execute(sql, args)),
    transaction: (work) => inTurn(async (adapter) => {
      // The adapter opens the transaction (BEGIN) and serialises it with the connection's other work;
      // like Prisma's own engine, we send COMMIT or ROLLBACK ourselves, then release it.
      const tx = await adapter.startTransaction();
      const finish = (statement: string) => tx.executeRaw({ sql: statement, args: [], argTypes: [] });
      try {
        const result = await work(queryableOver(tx));
        await finish("COMMIT");
        await tx.commit();
        return result;
      } catch (error) {
        await finish("ROLLBACK").catch(() => undefined);
        await tx.rollback();
        throw error;
      }
    }),
  };
}
