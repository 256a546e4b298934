import { connection } from "next/server";

/**
 * The server's clock for this request. Relative times ("3 minutes ago") are rendered against it on the server
 * and in the browser's first render, so both print the same words; the browser's own clock takes over after.
 */
export async function requestTime(): Promise<number> {
  await connection();
  return Date.now();
}
