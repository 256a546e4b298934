import { describe, expect, it } from "vitest";
import {
  formatEntityTag,
  parseEntityTag,
  parseEntityTagList,
  strongMatch,
  weakMatch,
  type EntityTag,
} from "./entity-tag";

const strong = (opaque: string): EntityTag => ({ weak: false, opaque });
const weak = (opaque: string): EntityTag => ({ weak: true, opaque });

describe("formatEntityTag", () => {
  it.each([
    [strong("abc"), '"abc"'],
    [weak("abc"), 'W/"abc"'],
    [strong(""), '""'],
  ])("formats %o as %s", (tag, text) => {
    expect(formatEntityTag(tag)).toBe(text);
  });
});

describe("parseEntityTag", () => {
  describe("valid tag", () => {
    it.each([
      ['"abc"', strong("abc")],
      ['W/"abc"', weak("abc")],
      ['""', strong("")],
      ['"a,b"', strong("a,b")],
      ['"!#~"', strong("!#~")],
      ['"caf\u00e9"', strong("caf\u00e9")],
      ['"W/x"', strong("W/x")],
    ])("parses %s", (text, tag) => {
      expect(parseEntityTag(text)).toEqual(tag);
    });

    it.each([strong("v1"), weak("v1"), strong("a,b")])("round-trips %o through formatEntityTag", (tag) => {
      expect(parseEntityTag(formatEntityTag(tag))).toEqual(tag);
    });
  });

  describe("invalid tag", () => {
    it.each([
      ["unquoted", "abc"],
      ["lowercase weak prefix", 'w/"abc"'],
      ["weak prefix without quotes", "W/abc"],
      ["unterminated", '"abc'],
      ["quote inside", '"a"b"'],
      ["space inside", '"a b"'],
      ["backslash escape is not quoted-string", '"a\\"b"'],
      ["control character inside", '"a\u0001b"'],
      ["DEL inside", '"a\u007fb"'],
      ["character above obs-text", '"\u0100"'],
      ["leading whitespace", ' "abc"'],
      ["trailing whitespace", '"abc" '],
      ["two tags", '"a", "b"'],
      ["star", "*"],
      ["empty", ""],
    ])("rejects %s: %s", (_, text) => {
      expect(parseEntityTag(text)).toBeNull();
    });
  });
});

describe("parseEntityTagList", () => {
  it("reports a missing field as absent", () => {
    expect(parseEntityTagList(null)).toEqual({ kind: "absent" });
  });

  describe("star", () => {
    it.each(["*", " *", "*\t", " \t* "])("%j alone is any", (value) => {
      expect(parseEntityTagList(value)).toEqual({ kind: "any" });
    });

    it.each(['*, "a"', '"a", *', "*, *", "*,", "**"])("%j combined with anything is invalid", (value) => {
      expect(parseEntityTagList(value)).toEqual({ kind: "invalid" });
    });
  });

  describe("list of tags", () => {
    it.each([
      ['"a"', [strong("a")]],
      ['"a","b"', [strong("a"), strong("b")]],
      ['"a" , W/"b"', [strong("a"), weak("b")]],
      ['"a",\t"b"', [strong("a"), strong("b")]],
    ])("%j", (value, tags) => {
      expect(parseEntityTagList(value)).toEqual({ kind: "tags", tags });
    });

    describe("comma inside quotes", () => {
      it.each([
        ['"a,b"', [strong("a,b")]],
        ['"a,b", W/",", "c"', [strong("a,b"), weak(","), strong("c")]],
      ])("%j keeps the comma in the tag", (value, tags) => {
        expect(parseEntityTagList(value)).toEqual({ kind: "tags", tags });
      });
    });

    describe("empty list elements (RFC 9110 5.6.1.2)", () => {
      it.each([
        [', "a",,"b" ,', [strong("a"), strong("b")]],
        ['"a",', [strong("a")]],
        [',"a"', [strong("a")]],
        ['"a", ,\t, "b"', [strong("a"), strong("b")]],
      ])("%j ignores them", (value, tags) => {
        expect(parseEntityTagList(value)).toEqual({ kind: "tags", tags });
      });

      it.each(["", " ", ",", " , ,\t"])("%j has only empty elements and is invalid", (value) => {
        expect(parseEntityTagList(value)).toEqual({ kind: "invalid" });
      });
    });

    describe("repeated field lines joined by Headers", () => {
      it("parses the joined value as one list", () => {
        const headers = new Headers();
        headers.append("If-None-Match", '"a,1"');
        headers.append("If-None-Match", 'W/"b"');
        expect(parseEntityTagList(headers.get("If-None-Match"))).toEqual({
          kind: "tags",
          tags: [strong("a,1"), weak("b")],
        });
      });
    });

    describe("malformed", () => {
      it.each([
        ["unquoted tag", "abc"],
        ["unquoted tag after a good one", '"a", b'],
        ["lowercase weak prefix", 'w/"a"'],
        ["tags without a comma", '"a" "b"'],
        ["tags glued together", '"a""b"'],
        ["unterminated tag", '"a", "b'],
        ["quote in the middle", '"a"b", "c"'],
        ["whitespace other than SP and HTAB", '"a",\n"b"'],
      ])("%s (%j) is invalid", (_, value) => {
        expect(parseEntityTagList(value)).toEqual({ kind: "invalid" });
      });
    });
  });
});

describe("comparison (RFC 9110 8.8.3.2)", () => {
  it.each([
    [strong("1"), strong("1"), true, true],
    [weak("1"), weak("1"), false, true],
    [weak("1"), strong("1"), false, true],
    [strong("1"), weak("1"), false, true],
    [strong("1"), strong("2"), false, false],
    [weak("1"), weak("2"), false, false],
  ])("%o vs %o: strong %s, weak %s", (a, b, strongResult, weakResult) => {
    expect(strongMatch(a, b)).toBe(strongResult);
    expect(weakMatch(a, b)).toBe(weakResult);
  });
});
