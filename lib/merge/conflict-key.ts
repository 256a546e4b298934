// A conflict's key is a hash of what it is about (its base, mine and theirs), not of where it is: when
// another save lands while the dialog is open and the merge is redone, a conflict whose three texts did not
// change gets the same key, so the choice already made for it is kept, even if text above it moved.
// The caller appends an occurrence number, so identical conflicts in one note still get distinct keys.

/** cyrb53 (a public-domain 53-bit string hash): fast, well spread, the same in every JS engine. */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function conflictKey(base: string, mine: string, theirs: string): string {
  // Lengths first, so that moving text from one field to the next always changes the input.
  const input = `${base.length}:${mine.length}:${theirs.length}:${base}${mine}${theirs}`;
  return cyrb53(input).toString(36);
}
