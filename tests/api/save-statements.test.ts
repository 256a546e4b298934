// What the data layer sends the database, recorded through Prisma Client's own query log (DATABASE_LOG=queries),
// on the database of the topology under test (SQLite, or PostgreSQL in the cluster run). ADR 0005 promises a
// save is one statement: the compare-and-swap, with no transaction around it (Prisma's `updateMany` and
// interactive transactions would add BEGIN and COMMIT, three round trips on PostgreSQL).
import { beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "./topology";

type Repository = typeof import("@/lib/notes/repository");
let repository: Repository;
let statements: string[] = [];

beforeAll(async () => {
  process.env.DATABASE_URL = databaseUrl();
  process.env.DATABASE_LOG = "queries";
  process.env.DATABASE_LOG_QUIET = "1";
  const { onQuery } = await import("@/lib/db/client");
  onQuery((query) => statements.push(query.trim()));
  repository = await import("@/lib/notes/repository");
});

/** The statements `work` sends, PRAGMAs of the connection's first use left out. */
async function recorded<T>(work: () => Promise<T>): Promise<{ result: T; sent: string[] }> {
  statements = [];
  const result = await work();
  return { result, sent: statements.filter((statement) => !statement.startsWith("PRAGMA")) };
}

const isTransactionControl = (statement: string) => /^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|START TRANSACTION)\b/i.test(statement);

describe("the statements a save sends", () => {
  it("a save over the current version is one UPDATE ... RETURNING, outside any transaction", async () => {
    const note = await repository.createNote({ title: "Counted", body: "one" }, "Ann");
    const { result, sent } = await recorded(() => repository.updateNote(note.id, note.version, { body: "two" }, "Ann"));
    expect(result.kind).toBe("saved");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^UPDATE "Note" SET[\s\S]*WHERE "id" = \S+ AND "version" = \S+[\s\S]*RETURNING/);
    expect(sent.some(isTransactionControl)).toBe(false);
  });

  it("a stale save is the same one UPDATE, then one read to tell a no-op from a lost race", async () => {
    const note = await repository.createNote({ title: "Raced", body: "one" }, "Ann");
    await repository.updateNote(note.id, note.version, { body: "two" }, "Bob");
    const { result, sent } = await recorded(() => repository.updateNote(note.id, note.version, { body: "three" }, "Ann"));
    expect(result.kind).toBe("version-changed");
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/^UPDATE "Note"/);
    expect(sent[1]).toMatch(/^SELECT/);
    expect(sent.some(isTransactionControl)).toBe(false);
  });

  it("a create-only write is one INSERT ... ON CONFLICT DO NOTHING, and a delete one UPDATE", async () => {
    const created = await recorded(() => repository.createNoteIfAbsent(repository.newNoteId(), { title: "New", body: "" }, "Ann"));
    expect(created.result.kind).toBe("created");
    expect(created.sent).toHaveLength(1);
    expect(created.sent[0]).toMatch(/^INSERT INTO "Note"[\s\S]*ON CONFLICT \("id"\) DO NOTHING/);
    const id = created.result.kind === "created" ? created.result.note.id : "";
    const deleted = await recorded(() => repository.deleteNote(id, 1, "Ann"));
    expect(deleted.result.kind).toBe("deleted");
    expect(deleted.sent).toHaveLength(1);
    expect(deleted.sent.some(isTransactionControl)).toBe(false);
  });

  it("a conditional read asks for the validators only, through the model API", async () => {
    const note = await repository.createNote({ title: "Validated", body: "x".repeat(10_000) }, "Ann");
    const { result, sent } = await recorded(() => repository.findNoteValidators(note.id));
    expect(result?.version).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^SELECT/);
    expect(sent[0]).not.toMatch(/"body"|`body`/);
  });
});
