// What the demo page's wire view shows: every request the fetch client sends and the answer it got. Nothing
// listens unless the demo installs an observer, so on every other page this is one null check per request.
// The wire view sees the editor's real requests; there is no second path for the demo.

export type WireRequest = {
  method: string;
  url: string;
  /** The request's headers as sent, names in lower case. */
  headers: Record<string, string>;
  /** performance.now() when it was sent. */
  sentAt: number;
};

export type WireResponse = {
  status: number;
  headers: Record<string, string>;
  /** The body, for problem answers (application/problem+json) only. */
  problem: string | null;
  receivedAt: number;
};

/** Called when a request leaves; the function it returns is called with the answer (or the failure). */
export type WireObserver = (request: WireRequest) => (outcome: WireResponse | { error: string; receivedAt: number }) => void;

let observer: WireObserver | null = null;

/** Starts observing; returns the function that stops it. One observer at a time: the last one installed. */
export function installWireObserver(next: WireObserver): () => void {
  observer = next;
  return () => {
    if (observer === next) observer = null;
  };
}

function headerRecord(headers: HeadersInit | Headers | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => (record[name] = value));
  return record;
}

/** fetch, reporting to the observer when there is one. */
export async function observedFetch(url: string, init: RequestInit): Promise<Response> {
  const watching = observer;
  if (!watching) return fetch(url, init);
  const done = watching({ method: init.method ?? "GET", url, headers: headerRecord(init.headers), sentAt: performance.now() });
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    done({ error: error instanceof Error ? error.message : String(error), receivedAt: performance.now() });
    throw error;
  }
  const headers = headerRecord(response.headers);
  // A clone, so that the caller still reads the body itself.
  const problem = headers["content-type"]?.includes("problem+json") ? await response.clone().text().catch(() => null) : null;
  done({ status: response.status, headers, problem, receivedAt: performance.now() });
  return response;
}
