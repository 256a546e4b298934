import { describe, expect, it } from "vitest";
import { epochSeconds, formatHttpDate, parseHttpDate, toWholeSeconds } from "./http-date";

const NOW = new Date("2026-03-01T12:00:00Z");
const parse = (value: string | null) => parseHttpDate(value, NOW)?.toISOString() ?? null;

describe("parseHttpDate", () => {
  it("returns null for a missing field", () => {
    expect(parse(null)).toBeNull();
  });

  describe("the three formats of RFC 9110 5.6.7", () => {
    it.each([
      ["IMF-fixdate", "Sun, 06 Nov 1994 08:49:37 GMT"],
      ["RFC 850", "Sunday, 06-Nov-94 08:49:37 GMT"],
      ["asctime, space-padded day", "Sun Nov  6 08:49:37 1994"],
      ["asctime, two-digit day", "Sun Nov 06 08:49:37 1994"],
    ])("%s: %s", (_, value) => {
      expect(parse(value)).toBe("1994-11-06T08:49:37.000Z");
    });

    it.each([
      ["IMF-fixdate", "Thu, 29 Feb 2024 23:59:59 GMT", "2024-02-29T23:59:59.000Z"],
      ["IMF-fixdate", "Sat, 01 Jan 2000 00:00:00 GMT", "2000-01-01T00:00:00.000Z"],
      ["asctime", "Mon Dec 31 00:00:00 2029", "2029-12-31T00:00:00.000Z"],
      ["IMF-fixdate with surrounding OWS", " \tSun, 06 Nov 1994 08:49:37 GMT ", "1994-11-06T08:49:37.000Z"],
    ])("%s: %s", (_, value, iso) => {
      expect(parse(value)).toBe(iso);
    });
  });

  describe("leap second", () => {
    it.each([
      "Sat, 31 Dec 2016 23:59:60 GMT",
      "Saturday, 31-Dec-16 23:59:60 GMT",
      "Sat Dec 31 23:59:60 2016",
    ])("%s is clamped to :59", (value) => {
      expect(parse(value)).toBe("2016-12-31T23:59:59.000Z");
    });
  });

  describe("RFC 850 two-digit year (now is 2026)", () => {
    it.each([
      ["Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37.000Z"],
      ["Monday, 01-Jan-01 00:00:00 GMT", "2001-01-01T00:00:00.000Z"],
      ["Sunday, 01-Mar-26 00:00:00 GMT", "2026-03-01T00:00:00.000Z"],
      ["Friday, 28-Feb-76 00:00:00 GMT", "2076-02-28T00:00:00.000Z"],
      ["Sunday, 01-Mar-76 12:00:00 GMT", "2076-03-01T12:00:00.000Z"],
      ["Monday, 01-Mar-76 12:00:01 GMT", "1976-03-01T12:00:01.000Z"],
      ["Tuesday, 02-Mar-76 00:00:00 GMT", "1976-03-02T00:00:00.000Z"],
      ["Saturday, 01-Jan-77 00:00:00 GMT", "1977-01-01T00:00:00.000Z"],
    ])("%s is %s", (value, iso) => {
      expect(parse(value)).toBe(iso);
    });

    it("reads 00 as 2100 when now is late in 2099", () => {
      const now = new Date("2099-12-31T00:00:00Z");
      expect(parseHttpDate("Friday, 01-Jan-00 00:00:00 GMT", now)?.toISOString()).toBe("2100-01-01T00:00:00.000Z");
    });
  });

  describe("not an HTTP-date", () => {
    // Impossible dates carry the day name of the day they would roll over to, so only the range check rejects them.
    it.each([
      ["ISO 8601", "1994-11-06T08:49:37Z"],
      ["ISO date that Date.parse accepts", "2024-01-01"],
      ["a number", "784111777"],
      ["a list of two dates", "Tue, 15 Nov 1994 08:12:31 GMT, Wed, 16 Nov 1994 08:12:31 GMT"],
      ["missing GMT", "Sun, 06 Nov 1994 08:49:37"],
      ["lowercase gmt", "Sun, 06 Nov 1994 08:49:37 gmt"],
      ["UTC instead of GMT", "Sun, 06 Nov 1994 08:49:37 UTC"],
      ["numeric zone", "Sun, 06 Nov 1994 08:49:37 +0000"],
      ["lowercase month", "Sun, 06 nov 1994 08:49:37 GMT"],
      ["uppercase month", "Sun, 06 NOV 1994 08:49:37 GMT"],
      ["long month", "Sun, 06 November 1994 08:49:37 GMT"],
      ["lowercase day name", "sun, 06 Nov 1994 08:49:37 GMT"],
      ["unknown day name", "Sux, 06 Nov 1994 08:49:37 GMT"],
      ["day name contradicting the date", "Mon, 06 Nov 1994 08:49:37 GMT"],
      ["long day name in IMF-fixdate", "Sunday, 06 Nov 1994 08:49:37 GMT"],
      ["short day name in RFC 850", "Sun, 06-Nov-94 08:49:37 GMT"],
      ["RFC 850 with a four-digit year", "Sunday, 06-Nov-1994 08:49:37 GMT"],
      ["RFC 850 day name contradicting the date", "Monday, 06-Nov-94 08:49:37 GMT"],
      ["asctime with one space before a one-digit day", "Sun Nov 6 08:49:37 1994"],
      ["asctime with GMT", "Sun Nov  6 08:49:37 1994 GMT"],
      ["asctime day name contradicting the date", "Mon Nov  6 08:49:37 1994"],
      ["one-digit day in IMF-fixdate", "Sun, 6 Nov 1994 08:49:37 GMT"],
      ["two-digit year in IMF-fixdate", "Sun, 06 Nov 94 08:49:37 GMT"],
      ["missing seconds", "Sun, 06 Nov 1994 08:49 GMT"],
      ["milliseconds", "Sun, 06 Nov 1994 08:49:37.123 GMT"],
      ["extra space", "Sun,  06 Nov 1994 08:49:37 GMT"],
      ["missing comma", "Sun 06 Nov 1994 08:49:37 GMT"],
      ["hour 24", "Mon, 07 Nov 1994 24:00:00 GMT"],
      ["minute 60", "Sun, 06 Nov 1994 08:60:00 GMT"],
      ["second 61", "Sun, 06 Nov 1994 08:49:61 GMT"],
      ["day 00", "Mon, 00 Nov 1994 08:49:37 GMT"],
      ["31 April", "Thu, 31 Apr 2025 00:00:00 GMT"],
      ["29 February outside a leap year", "Sat, 29 Feb 2025 00:00:00 GMT"],
      ["29 February 1900 (not a leap year)", "Thu, 29 Feb 1900 00:00:00 GMT"],
      ["32 January", "Tue, 32 Jan 2000 00:00:00 GMT"],
      ["non-ASCII digits", "Sun, \u0660\u0666 Nov 1994 08:49:37 GMT"],
      ["trailing garbage", "Sun, 06 Nov 1994 08:49:37 GMTx"],
      ["newline around it", "\nSun, 06 Nov 1994 08:49:37 GMT"],
      ["empty", ""],
    ])("%s: %j", (_, value) => {
      expect(parse(value)).toBeNull();
    });
  });
});

describe("formatHttpDate", () => {
  it.each([
    ["1994-11-06T08:49:37.000Z", "Sun, 06 Nov 1994 08:49:37 GMT"],
    ["2024-02-29T23:59:59.999Z", "Thu, 29 Feb 2024 23:59:59 GMT"],
    ["0999-01-01T00:00:00.000Z", "Tue, 01 Jan 0999 00:00:00 GMT"],
  ])("formats %s as IMF-fixdate %s", (iso, text) => {
    expect(formatHttpDate(new Date(iso))).toBe(text);
  });

  it("round-trips through parseHttpDate at whole seconds", () => {
    const date = new Date("2025-07-04T10:20:30.456Z");
    expect(parseHttpDate(formatHttpDate(date))).toEqual(toWholeSeconds(date));
  });

  it.each([new Date(Number.NaN), new Date("+010000-01-01T00:00:00Z"), new Date("-000001-01-01T00:00:00Z")])(
    "refuses %s, which has no HTTP-date",
    (date) => {
      expect(() => formatHttpDate(date)).toThrow(RangeError);
    },
  );
});

describe("one-second resolution", () => {
  it.each([
    ["2025-01-01T00:00:00.000Z", 1735689600],
    ["2025-01-01T00:00:00.999Z", 1735689600],
    ["2025-01-01T00:00:01.000Z", 1735689601],
    ["1969-12-31T23:59:59.500Z", -1],
  ])("%s is epoch second %i", (iso, seconds) => {
    expect(epochSeconds(new Date(iso))).toBe(seconds);
    expect(toWholeSeconds(new Date(iso)).getTime()).toBe(seconds * 1000);
  });
});
