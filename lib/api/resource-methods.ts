// Which methods each kind of API resource implements: one table for the route handlers' 405 and OPTIONS
// answers and for the server's answer to methods that never reach a route handler (TRACE, PROPFIND...).

export const NOTE_COLLECTION_METHODS = ["GET", "HEAD", "POST"] as const;
export const NOTE_METHODS = ["GET", "HEAD", "PUT", "PATCH", "DELETE"] as const;
export const READ_ONLY_METHODS = ["GET", "HEAD"] as const;

const RESOURCES: Array<[RegExp, readonly string[]]> = [
  // Live events and presence (app/api/notes/events, app/api/notes/[id]/events, app/api/notes/[id]/presence).
  [/^\/api\/notes\/events\/?$/, READ_ONLY_METHODS],
  [/^\/api\/notes\/[^/]+\/events\/?$/, READ_ONLY_METHODS],
  [/^\/api\/notes\/[^/]+\/presence\/?$/, ["POST", "DELETE"]],
  [/^\/api\/notes\/?$/, NOTE_COLLECTION_METHODS],
  [/^\/api\/notes\/[^/]+\/?$/, NOTE_METHODS],
];

/** The methods a path implements (pages and every other resource are read-only). */
export function methodsFor(pathname: string): readonly string[] {
  return RESOURCES.find(([pattern]) => pattern.test(pathname))?.[1] ?? READ_ONLY_METHODS;
}
