// Text as each database stores it. SQLite keeps any string verbatim. PostgreSQL's text cannot hold U+0000,
// which a note may contain (it is valid Unicode, typed or pasted): it is stored as U+E000 U+E001, and a U+E000
// of the note's own as U+E000 U+E000, so that the escape is reversible and equal texts stay equal (the no-op
// save compares stored texts inside the database). Pure: no database, no framework.

export type StoredText = {
  /** A text as it goes into the database. */
  encode(text: string): string;
  /** A text as the database handed it back. */
  decode(text: string): string;
};

const ESCAPE = "\uE000";

export const VERBATIM: StoredText = { encode: (text) => text, decode: (text) => text };

export const POSTGRES_TEXT: StoredText = {
  encode: (text) =>
    text.includes("\u0000") || text.includes(ESCAPE)
      ? text.replace(/[\u0000\uE000]/g, (c) => (c === ESCAPE ? ESCAPE + ESCAPE : ESCAPE + "\uE001"))
      : text,
  decode: (text) =>
    text.includes(ESCAPE) ? text.replace(/\uE000([\uE000\uE001])/g, (_, c: string) => (c === ESCAPE ? ESCAPE : "\u0000")) : text,
};
