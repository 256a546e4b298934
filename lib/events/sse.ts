// The Server-Sent Events wire format (HTML Living Standard, 9.2 "Server-sent events"), as pure functions.
// A frame is `field: value` lines ended by a blank line; a line starting with `:` is a comment the browser
// ignores (our keep-alive); `id:` becomes the stream's last event ID, which the browser sends back as
// `Last-Event-ID` when it reconnects; `retry:` sets its reconnection delay in milliseconds.

export type SseFrame = { event?: string; id?: string; data: string };

// A field value ends at the first line break, so one cannot smuggle a second field into an id or event name.
function singleLine(value: string): string {
  return value.replace(/[\r\n]/g, "");
}

export function sseFrame({ event, id, data }: SseFrame): string {
  let out = "";
  if (event !== undefined) out += `event: ${singleLine(event)}\n`;
  // The standard ignores an id containing NULL; never send one.
  if (id !== undefined) out += `id: ${singleLine(id).replace(/\0/g, "")}\n`;
  // Every line of the data gets its own `data:` field; the browser joins them with "\n".
  for (const line of data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return out + "\n";
}

export function sseComment(text: string): string {
  return `: ${singleLine(text)}\n\n`;
}

export function sseRetry(milliseconds: number): string {
  return `retry: ${Math.max(0, Math.round(milliseconds))}\n\n`;
}

/**
 * The version a per-note stream's client last saw: its `Last-Event-ID` (a save event's id is its version), or
 * an `after` query parameter for a first connection that already holds a version. Null when neither names one.
 */
export function versionToResumeAfter(lastEventId: string | null, after: string | null): number | null {
  for (const candidate of [lastEventId, after]) {
    const match = candidate !== null ? /^\s*(0|[1-9][0-9]{0,14})\s*$/.exec(candidate) : null;
    if (match) return Number(match[1]);
  }
  return null;
}
