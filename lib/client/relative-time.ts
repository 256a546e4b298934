// "just now", "3 minutes ago", "yesterday": how long ago something was saved, for lists and status lines.
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

export function relativeTime(iso: string, now: number): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return "";
  const seconds = Math.round((then - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  for (const [unit, size] of UNITS) {
    if (abs >= size * 0.9 || unit === "minute") return format.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

const absolute = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** The full date and time in the reader's time zone, for tooltips. */
export function absoluteTime(iso: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? "" : absolute.format(then);
}

const clock = new Intl.DateTimeFormat("en", { timeStyle: "short" });
const day = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

/** "at 2:03 PM on Dec 3, 2026", in the reader's time zone: when something happened, exactly enough to tell. */
export function atTime(iso: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? "" : `at ${clock.format(then)} on ${day.format(then)}`;
}
