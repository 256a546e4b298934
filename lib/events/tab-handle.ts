// What others see of a tab that has a note open: an opaque handle, never its id. A tab's id is what its
// presence reports carry (so whoever knows it can speak for that tab); the handle, a digest of the id, names
// the tab in everyone's presence list and cannot be turned back into it. The server and the tab itself compute
// it the same way (Web Crypto, in Node and in browsers), so a tab still finds itself and its own browser's
// other tabs in the list. Tab ids are 64 random bits: nobody can search for the id behind a handle.

const HANDLE_HEX_DIGITS = 16;

export async function tabHandle(tabId: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(`midair-tab:${tabId}`));
  return Array.from(new Uint8Array(digest).subarray(0, HANDLE_HEX_DIGITS / 2), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
