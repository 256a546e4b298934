import { describe, expect, it } from "vitest";
import {
  conditionalHeaders,
  evaluatePreconditions,
  hasWritePrecondition,
  type ConditionalHeaders,
  type PreconditionOutcome,
  type ResourceState,
} from "./preconditions";

// The note was saved at 08:49:37.250; its Last-Modified field says 08:49:37.
const LAST_MODIFIED = "Sun, 06 Nov 1994 08:49:37 GMT";
const SECOND_BEFORE = "Sun, 06 Nov 1994 08:49:36 GMT";
const SECOND_AFTER = "Sun, 06 Nov 1994 08:49:38 GMT";

const note: ResourceState = {
  exists: true,
  etag: { weak: false, opaque: "v2" },
  lastModified: new Date("1994-11-06T08:49:37.250Z"),
  lastModifiedIsAmbiguous: false,
};
const savedTwiceThisSecond: ResourceState = { ...note, lastModifiedIsAmbiguous: true };
const missing: ResourceState = { exists: false };

const none: ConditionalHeaders = { ifMatch: null, ifNoneMatch: null, ifModifiedSince: null, ifUnmodifiedSince: null };
const evaluate = (method: string, headers: Partial<ConditionalHeaders>, resource: ResourceState = note) =>
  evaluatePreconditions(method, { ...none, ...headers }, resource);

const proceed: PreconditionOutcome = { result: "proceed" };
const notModified: PreconditionOutcome = { result: "not-modified" };
const failed = (header: "If-Match" | "If-Unmodified-Since" | "If-None-Match"): PreconditionOutcome => ({
  result: "precondition-failed",
  header,
});

const WRITES = ["PUT", "PATCH", "DELETE", "POST"];
const READS = ["GET", "HEAD"];

describe("conditionalHeaders", () => {
  it("reads the four fields, case-insensitively, and joins repeated lines", () => {
    const headers = new Headers([
      ["if-match", '"a"'],
      ["IF-MATCH", '"b"'],
      ["If-None-Match", "*"],
      ["If-Modified-Since", LAST_MODIFIED],
      ["If-Unmodified-Since", SECOND_AFTER],
    ]);
    expect(conditionalHeaders(headers)).toEqual({
      ifMatch: '"a", "b"',
      ifNoneMatch: "*",
      ifModifiedSince: LAST_MODIFIED,
      ifUnmodifiedSince: SECOND_AFTER,
    });
  });

  it("gives null for absent fields", () => {
    expect(conditionalHeaders(new Headers())).toEqual(none);
  });
});

describe("no preconditions", () => {
  it.each([...READS, ...WRITES])("%s proceeds", (method) => {
    expect(evaluate(method, {})).toEqual(proceed);
    expect(evaluate(method, {}, missing)).toEqual(proceed);
  });
});

describe("If-Match (RFC 9110 13.1.1)", () => {
  describe("strong tag", () => {
    it.each([
      ['"v2"', proceed],
      ['"v1", "v2"', proceed],
      ['"v1",, "v2" ,', proceed],
      ['"v1"', failed("If-Match")],
      ['"V2"', failed("If-Match")],
    ])("%s against v2 gives %o", (ifMatch, outcome) => {
      expect(evaluate("PUT", { ifMatch })).toEqual(outcome);
    });
  });

  describe("weak tag", () => {
    it.each(['W/"v2"', 'W/"v1", W/"v2"'])("%s never matches", (ifMatch) => {
      expect(evaluate("PUT", { ifMatch })).toEqual(failed("If-Match"));
    });

    it("never matches a weak current tag either", () => {
      const weakNote: ResourceState = { ...note, etag: { weak: true, opaque: "v2" } };
      expect(evaluate("PUT", { ifMatch: 'W/"v2"' }, weakNote)).toEqual(failed("If-Match"));
      expect(evaluate("PUT", { ifMatch: '"v2"' }, weakNote)).toEqual(failed("If-Match"));
    });
  });

  describe("star", () => {
    it("passes when the resource exists", () => {
      expect(evaluate("PUT", { ifMatch: "*" })).toEqual(proceed);
    });

    it.each(["PUT", "DELETE", "GET"])("fails on a missing resource (%s)", (method) => {
      expect(evaluate(method, { ifMatch: "*" }, missing)).toEqual(failed("If-Match"));
    });
  });

  describe("listed tags on a missing resource", () => {
    it("fail", () => {
      expect(evaluate("PUT", { ifMatch: '"v2"' }, missing)).toEqual(failed("If-Match"));
    });
  });

  describe("malformed value", () => {
    it.each(["v2", 'w/"v2"', '*, "v2"', "", ",", '"v2'])("%j is false", (ifMatch) => {
      expect(evaluate("PUT", { ifMatch })).toEqual(failed("If-Match"));
    });
  });

  describe("comma inside the tag", () => {
    it("is compared as part of the tag", () => {
      const commaNote: ResourceState = { ...note, etag: { weak: false, opaque: "a,b" } };
      expect(evaluate("PUT", { ifMatch: '"a,b"' }, commaNote)).toEqual(proceed);
      expect(evaluate("PUT", { ifMatch: '"a", "b"' }, commaNote)).toEqual(failed("If-Match"));
    });
  });

  describe("on GET and HEAD", () => {
    it.each(READS)("%s fails with 412, not 304", (method) => {
      expect(evaluate(method, { ifMatch: '"v1"' })).toEqual(failed("If-Match"));
    });
  });
});

describe("If-Unmodified-Since (RFC 9110 13.1.4)", () => {
  describe("date compared in whole seconds", () => {
    it.each([
      [SECOND_AFTER, proceed],
      [LAST_MODIFIED, proceed],
      ["Sunday, 06-Nov-94 08:49:37 GMT", proceed],
      ["Sun Nov  6 08:49:37 1994", proceed],
      [SECOND_BEFORE, failed("If-Unmodified-Since")],
      ["Sunday, 06-Nov-94 08:49:36 GMT", failed("If-Unmodified-Since")],
      ["Sun Nov  6 08:49:36 1994", failed("If-Unmodified-Since")],
    ])("%s gives %o", (ifUnmodifiedSince, outcome) => {
      expect(evaluate("PUT", { ifUnmodifiedSince })).toEqual(outcome);
    });
  });

  describe("two saves in the same second (RFC 9110 8.8.2.2)", () => {
    it("fails when the date is that second, because the client may have seen only the first save", () => {
      expect(evaluate("PUT", { ifUnmodifiedSince: LAST_MODIFIED }, savedTwiceThisSecond)).toEqual(
        failed("If-Unmodified-Since"),
      );
    });

    it("passes when the date is a later second", () => {
      expect(evaluate("PUT", { ifUnmodifiedSince: SECOND_AFTER }, savedTwiceThisSecond)).toEqual(proceed);
    });
  });

  describe("missing resource", () => {
    it("fails", () => {
      expect(evaluate("PUT", { ifUnmodifiedSince: SECOND_AFTER }, missing)).toEqual(failed("If-Unmodified-Since"));
    });
  });

  describe("not a valid HTTP-date: ignored", () => {
    it.each([
      "1994-11-06T08:49:36Z",
      "2024-01-01",
      "784111776",
      `${SECOND_BEFORE}, ${SECOND_BEFORE}`,
      "Sun, 06 Nov 1994 08:49:36 gmt",
      "Sun, 06 Nov 1994 08:49:36",
    ])("%j", (ifUnmodifiedSince) => {
      expect(evaluate("PUT", { ifUnmodifiedSince })).toEqual(proceed);
      expect(evaluate("PUT", { ifUnmodifiedSince }, missing)).toEqual(proceed);
    });
  });

  describe("with If-Match present", () => {
    it("is ignored even though it would fail", () => {
      expect(evaluate("PUT", { ifMatch: '"v2"', ifUnmodifiedSince: SECOND_BEFORE })).toEqual(proceed);
    });

    it("does not rescue a failing If-Match", () => {
      expect(evaluate("PUT", { ifMatch: '"v1"', ifUnmodifiedSince: SECOND_AFTER })).toEqual(failed("If-Match"));
    });
  });

  describe("on GET and HEAD", () => {
    it.each(READS)("%s fails with 412", (method) => {
      expect(evaluate(method, { ifUnmodifiedSince: SECOND_BEFORE })).toEqual(failed("If-Unmodified-Since"));
    });
  });
});

describe("If-None-Match (RFC 9110 13.1.2)", () => {
  describe("star", () => {
    it.each([
      ["GET", note, notModified],
      ["HEAD", note, notModified],
      ["PUT", note, failed("If-None-Match")],
      ["POST", note, failed("If-None-Match")],
      ["GET", missing, proceed],
      ["PUT", missing, proceed],
    ])("%s on %o gives %o", (method, resource, outcome) => {
      expect(evaluate(method, { ifNoneMatch: "*" }, resource)).toEqual(outcome);
    });
  });

  describe("weak comparison", () => {
    it.each(['"v2"', 'W/"v2"', '"v1", W/"v2"'])("%s matches v2: 304 on GET/HEAD, 412 on writes", (ifNoneMatch) => {
      for (const method of READS) expect(evaluate(method, { ifNoneMatch })).toEqual(notModified);
      for (const method of WRITES) expect(evaluate(method, { ifNoneMatch })).toEqual(failed("If-None-Match"));
    });

    it("matches a weak current tag against a strong listed one", () => {
      const weakNote: ResourceState = { ...note, etag: { weak: true, opaque: "v2" } };
      expect(evaluate("GET", { ifNoneMatch: '"v2"' }, weakNote)).toEqual(notModified);
    });

    it.each(['"v1"', 'W/"v1", "v3"', '"v2 "'])("%s does not match v2 and proceeds", (ifNoneMatch) => {
      expect(evaluate("GET", { ifNoneMatch })).toEqual(proceed);
      expect(evaluate("PUT", { ifNoneMatch })).toEqual(proceed);
    });
  });

  describe("listed tags on a missing resource", () => {
    it("pass", () => {
      expect(evaluate("PUT", { ifNoneMatch: '"v2"' }, missing)).toEqual(proceed);
    });
  });

  describe("malformed value", () => {
    it.each(["v2", 'w/"v2"', '*, "v2"', "", ","])("%j is true", (ifNoneMatch) => {
      expect(evaluate("GET", { ifNoneMatch })).toEqual(proceed);
      expect(evaluate("PUT", { ifNoneMatch })).toEqual(proceed);
    });
  });

  describe("after If-Match and If-Unmodified-Since pass", () => {
    it("is still evaluated", () => {
      expect(evaluate("PUT", { ifMatch: "*", ifNoneMatch: '"v2"' })).toEqual(failed("If-None-Match"));
      expect(evaluate("PUT", { ifUnmodifiedSince: SECOND_AFTER, ifNoneMatch: "*" })).toEqual(failed("If-None-Match"));
    });
  });

  describe("after If-Match fails", () => {
    it("is not reached", () => {
      expect(evaluate("GET", { ifMatch: '"v1"', ifNoneMatch: '"v2"' })).toEqual(failed("If-Match"));
    });
  });
});

describe("If-Modified-Since (RFC 9110 13.1.3)", () => {
  describe.each(READS)("%s", (method) => {
    describe("date compared in whole seconds", () => {
      it.each([
        [LAST_MODIFIED, notModified],
        ["Sunday, 06-Nov-94 08:49:37 GMT", notModified],
        ["Sun Nov  6 08:49:37 1994", notModified],
        [SECOND_AFTER, notModified],
        [SECOND_BEFORE, proceed],
        ["Sun Nov  6 08:49:36 1994", proceed],
      ])("%s gives %o", (ifModifiedSince, outcome) => {
        expect(evaluate(method, { ifModifiedSince })).toEqual(outcome);
      });
    });

    describe("two saves in the same second (RFC 9110 8.8.2.2)", () => {
      it("counts as modified when the date is that second", () => {
        expect(evaluate(method, { ifModifiedSince: LAST_MODIFIED }, savedTwiceThisSecond)).toEqual(proceed);
      });

      it("is not modified when the date is a later second", () => {
        expect(evaluate(method, { ifModifiedSince: SECOND_AFTER }, savedTwiceThisSecond)).toEqual(notModified);
      });
    });

    describe("date later than the server's clock (no such rule since RFC 7232)", () => {
      it("is compared like any other date", () => {
        expect(evaluate(method, { ifModifiedSince: "Fri, 01 Jan 9999 00:00:00 GMT" })).toEqual(notModified);
      });
    });

    describe("missing resource", () => {
      it("is ignored: there is no modification date", () => {
        expect(evaluate(method, { ifModifiedSince: SECOND_AFTER }, missing)).toEqual(proceed);
      });
    });

    describe("not a valid HTTP-date: ignored", () => {
      it.each(["1994-11-06T08:49:38Z", "2024-01-01", "784111778", `${SECOND_AFTER}, ${SECOND_AFTER}`, "garbage"])(
        "%j",
        (ifModifiedSince) => {
          expect(evaluate(method, { ifModifiedSince })).toEqual(proceed);
        },
      );
    });

    describe("with If-None-Match present", () => {
      it("is ignored even though it would give 304", () => {
        expect(evaluate(method, { ifNoneMatch: '"v1"', ifModifiedSince: SECOND_AFTER })).toEqual(proceed);
      });

      it("is ignored even when If-None-Match is malformed", () => {
        expect(evaluate(method, { ifNoneMatch: "v2", ifModifiedSince: SECOND_AFTER })).toEqual(proceed);
      });
    });
  });

  describe("on other methods", () => {
    it.each([...WRITES, "get", "OPTIONS"])("%s ignores it", (method) => {
      expect(evaluate(method, { ifModifiedSince: SECOND_AFTER })).toEqual(proceed);
    });
  });
});

describe("millisecond-precision Last-Modified", () => {
  // The note was saved at .250; the client only ever saw the field value, which has no milliseconds.
  it("a client sending back the exact Last-Modified gets 304", () => {
    expect(evaluate("GET", { ifModifiedSince: LAST_MODIFIED })).toEqual(notModified);
  });

  it("a client sending back the exact Last-Modified passes If-Unmodified-Since", () => {
    expect(evaluate("PUT", { ifUnmodifiedSince: LAST_MODIFIED })).toEqual(proceed);
  });
});

describe("HEAD behaves like GET", () => {
  it.each<Partial<ConditionalHeaders>>([
    { ifMatch: '"v1"' },
    { ifMatch: "*" },
    { ifNoneMatch: "*" },
    { ifNoneMatch: 'W/"v2"' },
    { ifModifiedSince: LAST_MODIFIED },
    { ifModifiedSince: SECOND_BEFORE },
    { ifUnmodifiedSince: SECOND_BEFORE },
  ])("%o", (headers) => {
    for (const resource of [note, savedTwiceThisSecond, missing]) {
      expect(evaluate("HEAD", headers, resource)).toEqual(evaluate("GET", headers, resource));
    }
  });
});

describe("hasWritePrecondition (RFC 6585 section 3)", () => {
  it.each<[Partial<ConditionalHeaders>, boolean]>([
    [{}, false],
    [{ ifMatch: '"v2"' }, true],
    [{ ifMatch: "*" }, true],
    [{ ifMatch: "not a tag" }, true],
    [{ ifNoneMatch: "*" }, true],
    [{ ifNoneMatch: "not a tag" }, false],
    [{ ifNoneMatch: '"v1", W/"v0"' }, false],
    [{ ifNoneMatch: '"v1"', ifMatch: '"v2"' }, true],
    [{ ifUnmodifiedSince: LAST_MODIFIED }, true],
    [{ ifUnmodifiedSince: "Sun Nov  6 08:49:37 1994" }, true],
    [{ ifUnmodifiedSince: "2024-01-01" }, false],
    [{ ifUnmodifiedSince: `${LAST_MODIFIED}, ${LAST_MODIFIED}` }, false],
    [{ ifModifiedSince: LAST_MODIFIED }, false],
  ])("%o -> %s", (headers, expected) => {
    expect(hasWritePrecondition({ ...none, ...headers })).toBe(expected);
  });
});
