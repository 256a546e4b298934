// Ids for notes the browser starts. The first save creates the note under this id (PUT with If-None-Match: *),
// so opening "New note" and leaving again leaves nothing behind on the server.

/** 128 random bits, base64url: fits the API's id pattern ([A-Za-z0-9_-]{1,64}) and never collides in practice. */
export function newNoteId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Where a new note is written: its own URL, marked new so the page opens an empty draft instead of a 404. */
export function newNoteHref(id: string): string {
  return `/notes/${encodeURIComponent(id)}?new=1`;
}
