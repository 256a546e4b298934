import { describe, expect, it } from "vitest";
import { splitLines, tokenize } from "./tokenize";

describe("tokenize", () => {
  it.each([
    ["words, spaces and punctuation", "Hello,  world!", ["Hello", ",", "  ", "world", "!"]],
    ["each line break is a token, CRLF whole", "a\r\nb\nc\rd", ["a", "\r\n", "b", "\n", "c", "\r", "d"]],
    ["tabs and no-break spaces are spacing", "a\t\u00a0b", ["a", "\t\u00a0", "b"]],
    ["a combining mark stays on its letter", "cafe\u0301s", ["cafe\u0301s"]],
    ["a mark after punctuation stays on it", ".\u0301a", [".\u0301", "a"]],
    ["an emoji with skin tone and a ZWJ family are one token each", "👩🏽‍💻👨‍👩‍👧", ["👩🏽‍💻", "👨‍👩‍👧"]],
    ["a flag is one token", "🇫🇷🇩🇪", ["🇫🇷", "🇩🇪"]],
    ["a keycap is one token", "1\uFE0F\u20E3!", ["1\uFE0F\u20E3", "!"]],
    ["CJK: one character per token", "東京です。", ["東", "京", "で", "す", "。"]],
    ["Latin next to CJK splits", "abc漢字", ["abc", "漢", "字"]],
    ["Hangul words are words", "한국어 문장", ["한국어", " ", "문장"]],
    ["accented letters are word characters", "naïve résumé", ["naïve", " ", "résumé"]],
  ])("%s", (_, text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it("is lossless on arbitrary text, including lone surrogates", () => {
    const samples = ["", "\uD800x\uDC00", "a\u0301\u0302 \u200D\uFE0F", "\r\r\n\n", "x".repeat(1000) + "é", "🏳️‍🌈 ok"];
    for (const s of samples) expect(tokenize(s).join("")).toBe(s);
    // Random code points from all planes.
    let seed = 1;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 200; n++) {
      let s = "";
      for (let k = 0; k < 40; k++) {
        const cp = rand() < 0.5 ? Math.floor(rand() * 128) : Math.floor(rand() * 0x10ffff);
        s += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      }
      expect(tokenize(s).join("")).toBe(s);
    }
  });

  it("never starts a token inside a surrogate pair", () => {
    for (const token of tokenize("a😀b𝒳c 😀😀")) {
      const first = token.charCodeAt(0);
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
    }
  });
});

describe("splitLines", () => {
  it.each([
    ["", []],
    ["a", ["a"]],
    ["a\n", ["a\n"]],
    ["a\nb", ["a\n", "b"]],
    ["a\r\nb\r\n", ["a\r\n", "b\r\n"]],
    ["a\rb\n\n", ["a\r", "b\n", "\n"]],
  ])("%j", (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});
