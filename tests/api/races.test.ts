// Races: the precondition check and the write are one atomic step. Many clients holding the same ETag save at
// once: exactly one wins, every other one gets 412, and exactly one revision is written. Many clients create
// the same new id at once: exactly one 201. Each race is run several times, each round on a fresh note.
import { describe, expect, it } from "vitest";
import { createNote, freshId, send, serverErrors } from "./client";
import { expectProblem } from "./expect-http";

const ROUNDS = 5;

function countBy(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describe("50 concurrent PATCHes with the same If-Match", () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: exactly one 200, 49 × 412, and exactly one new revision`, async () => {
      const { path, etag } = await createNote(`Race ${round}`, "base");
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) => send(path, {
          method: "PATCH",
          headers: { "If-Match": etag, "Editor-Name": `writer-${i}`, "Content-Type": "application/merge-patch+json" },
          body: { body: `written by writer ${i}` },
        })),
      );
      expect(countBy(responses.map((response) => response.status))).toEqual({ 200: 1, 412: 49 });

      const winner = responses.find((response) => response.status === 200)!;
      expect(winner.json.version).toBe(2);
      const current = await send(path);
      expect(current.json).toEqual(winner.json);
      expect(current.headers.get("etag")).toBe(winner.headers.get("etag"));

      // Every loser is told about the winner's save.
      for (const loser of responses.filter((response) => response.status === 412)) {
        const problem = expectProblem(loser, 412);
        expect(problem.currentEtag).toBe(winner.headers.get("etag"));
        expect(problem.current).toEqual(winner.json);
        expect(problem.changes).toEqual([{ version: 2, author: winner.json.updatedBy, createdAt: winner.json.updatedAt }]);
      }

      const revisions = await send(`${path}/revisions`);
      expect(revisions.json.revisions.map((revision: { version: number }) => revision.version)).toEqual([2, 1]);
      expect(revisions.json.revisions[0].author).toBe(winner.json.updatedBy);
      const text = await send(`${path}/revisions/2`);
      expect(text.json.body).toBe(winner.json.body);
    });
  }
});

describe("50 concurrent PUTs and DELETEs with the same If-Match", () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: exactly one succeeds, the others get 412`, async () => {
      const { path, etag } = await createNote(`Mixed race ${round}`, "base");
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) => i % 5 === 0
          ? send(path, { method: "DELETE", headers: { "If-Match": etag } })
          : send(path, { method: "PUT", headers: { "If-Match": etag }, body: { title: `t${i}`, body: `b${i}` } })),
      );
      const counts = countBy(responses.map((response) => response.status));
      expect((counts[200] ?? 0) + (counts[204] ?? 0)).toBe(1);
      // After a successful DELETE, the losers' note is gone: a 410 is then the right answer (13.2.1).
      expect((counts[412] ?? 0) + (counts[410] ?? 0)).toBe(49);
      const current = await send(path);
      if (counts[204]) {
        expect(current.status).toBe(410);
      } else {
        expect(current.json.version).toBe(2);
        expect(counts[410]).toBeUndefined();
      }
      const revisions = await send(`${path}/revisions`);
      expect(revisions.json.revisions.length).toBe(counts[204] ? 1 : 2);
    });
  }
});

describe("20 concurrent create-only PUTs (If-None-Match: *) to one new id", () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: exactly one 201 and 19 × 412`, async () => {
      const path = `/api/notes/${freshId("race")}`;
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => send(path, {
          method: "PUT",
          headers: { "If-None-Match": "*", "Editor-Name": `creator-${i}` },
          body: { title: `created by ${i}`, body: `text of ${i}` },
        })),
      );
      expect(countBy(responses.map((response) => response.status))).toEqual({ 201: 1, 412: 19 });
      const winner = responses.find((response) => response.status === 201)!;
      expect(winner.json.version).toBe(1);

      const current = await send(path);
      expect(current.json).toEqual(winner.json);
      for (const loser of responses.filter((response) => response.status === 412)) {
        expect(expectProblem(loser, 412).currentEtag).toBe(current.headers.get("etag"));
      }
      const revisions = await send(`${path}/revisions`);
      expect(revisions.json.revisions).toEqual([{ version: 1, author: winner.json.updatedBy, createdAt: winner.json.updatedAt, title: winner.json.title }]);
    });
  }
});

describe("20 concurrent re-creations (If-None-Match: *) of one deleted note", () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: exactly one 201 and 19 × 412, and one new revision`, async () => {
      const { path, etag } = await createNote(`Deleted ${round}`, "old");
      expect((await send(path, { method: "DELETE", headers: { "If-Match": etag } })).status).toBe(204);
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => send(path, {
          method: "PUT",
          headers: { "If-None-Match": "*", "Editor-Name": `restorer-${i}` },
          body: { title: `restored by ${i}`, body: `text of ${i}` },
        })),
      );
      expect(countBy(responses.map((response) => response.status))).toEqual({ 201: 1, 412: 19 });
      const winner = responses.find((response) => response.status === 201)!;
      expect(winner.json.version).toBe(2);
      expect((await send(path)).json).toEqual(winner.json);
      const revisions = await send(`${path}/revisions`);
      expect(revisions.json.revisions.map((revision: { version: number }) => revision.version)).toEqual([2, 1]);
    });
  }
});

describe("concurrent saves with the same If-Unmodified-Since", () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: 20 PATCHes holding the current Last-Modified give exactly one 200 and 19 × 412`, async () => {
      const { path, lastModified } = await createNote(`Date race ${round}`, "base");
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => send(path, {
          method: "PATCH", headers: { "If-Unmodified-Since": lastModified }, body: { body: `dated writer ${i}` },
        })),
      );
      expect(countBy(responses.map((response) => response.status))).toEqual({ 200: 1, 412: 19 });
      const revisions = await send(`${path}/revisions`);
      expect(revisions.json.revisions.map((revision: { version: number }) => revision.version)).toEqual([2, 1]);
    });
  }
});

describe("validators under load", () => {
  it("never sends a Last-Modified later than the response's Date (RFC 9110 8.8.2.1), across several second boundaries", async () => {
    const late: string[] = [];
    let checked = 0;
    const deadline = Date.now() + 4_500;
    // 16 clients each saving their own note as fast as they can, each with the ETag of its previous save.
    await Promise.all(Array.from({ length: 16 }, async (_, client) => {
      const note = await createNote(`Load ${client}`, "start");
      let etag = note.etag;
      for (let i = 0; Date.now() < deadline; i++) {
        const saved = await send(note.path, { method: "PATCH", headers: { "If-Match": etag }, body: { body: `save ${i} ${"x".repeat(2000)}` } });
        expect(saved.status).toBe(200);
        etag = saved.headers.get("etag")!;
        const read = i % 4 === 0 ? [await send(note.path)] : [];
        for (const [method, response] of [["PATCH", saved] as const, ...read.map((one) => ["GET", one] as const)]) {
          checked++;
          const lastModified = response.headers.get("last-modified")!;
          const date = response.headers.get("date")!;
          if (Date.parse(lastModified) > Date.parse(date)) late.push(`${method} ${response.status}: Last-Modified ${lastModified} > Date ${date}`);
        }
      }
    }));
    expect(checked).toBeGreaterThan(100);
    expect(late, `${late.length} of ${checked} responses`).toEqual([]);
  });
});

it("no request in this file got a 5xx", () => {
  expect(serverErrors).toEqual([]);
});

describe("create-only PUTs racing deletions of the same note", () => {
  // A create-only PUT that loses to another's re-creation is refused on a state in which a current note
  // exists; meanwhile another request may delete it again. The 412 must describe the state it was refused on
  // (a current note, for If-None-Match: *), never a later one read afterwards.
  it("every 412 to If-None-Match: * shows the current note that made it fail, in each of 40 rounds", async () => {
    const id = freshId("recreate");
    const path = `/api/notes/${id}`;
    const put = (i: number) => send(path, {
      method: "PUT", headers: { "If-None-Match": "*", "Editor-Name": `creator-${i}` }, body: { title: `take ${i}`, body: `text ${i}` },
    });
    const refusals: { failedCondition: unknown; current: unknown; detail: string }[] = [];
    for (let round = 0; round < 40; round++) {
      const responses = await Promise.all([
        put(round * 4), put(round * 4 + 1), put(round * 4 + 2),
        ...Array.from({ length: 3 }, () => send(path, { method: "DELETE", headers: { "If-Match": "*" } })),
        put(round * 4 + 3),
      ]);
      for (const response of responses) expect([201, 204, 404, 410, 412]).toContain(response.status);
      refusals.push(...responses.filter((response) => response.status === 412 && response.json.failedCondition === "If-None-Match").map((response) => response.json));
      await send(path, { method: "DELETE", headers: { "If-Match": "*" } });
    }
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) {
      expect(refusal.current, refusal.detail).not.toBeNull();
      expect(refusal.detail).not.toMatch(/requires a current note/);
    }
    expect(serverErrors).toEqual([]);
  }, 60_000);
});
