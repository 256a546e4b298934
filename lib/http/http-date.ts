/**
 * HTTP-date (RFC 9110 section 5.6.7). Date.parse is not used: it accepts ISO 8601, bare numbers and much else
 * that is not an HTTP-date, and a field value that is not an HTTP-date must be ignored, not guessed at.
 */

const DAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const LONG_DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// "HTTP-date is case sensitive" (5.6.7), so no pattern has the i flag.
const TIME = String.raw`(?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})`;
const FORMATS = [
  {
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    pattern: new RegExp(String.raw`^(?<dayName>\w+), (?<day>\d{2}) (?<month>\w+) (?<year>\d{4}) ${TIME} GMT$`),
    dayNames: DAY_NAMES,
  },
  {
    // obsolete RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    pattern: new RegExp(String.raw`^(?<dayName>\w+), (?<day>\d{2})-(?<month>\w+)-(?<shortYear>\d{2}) ${TIME} GMT$`),
    dayNames: LONG_DAY_NAMES,
  },
  {
    // asctime: Sun Nov  6 08:49:37 1994, where date3 = month SP ( 2DIGIT / ( SP DIGIT ) )
    pattern: new RegExp(String.raw`^(?<dayName>\w+) (?<month>\w+) (?<day>\d{2}| \d) ${TIME} (?<year>\d{4})$`),
    dayNames: DAY_NAMES,
  },
];

/**
 * Recipients must accept all three formats (5.6.7). Returns null for anything else, including a list of dates,
 * which If-Modified-Since and If-Unmodified-Since must then ignore (13.1.3, 13.1.4).
 * `now` only matters for the two-digit years of RFC 850 dates.
 */
export function parseHttpDate(value: string | null, now: Date = new Date()): Date | null {
  if (value === null) return null;
  // A field value may carry OWS (SP / HTAB) around it (5.5); no other whitespace is tolerated.
  const text = value.replace(/^[ \t]+|[ \t]+$/g, "");
  for (const { pattern, dayNames } of FORMATS) {
    const groups = pattern.exec(text)?.groups;
    if (groups) return toDate(groups, dayNames, now);
  }
  return null;
}

/** IMF-fixdate, the only format a sender may generate (5.6.7); ECMAScript defines toUTCString as exactly that. */
export function formatHttpDate(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new RangeError(`Not representable as an HTTP-date: ${String(date)}`);
  return date.toUTCString();
}

/** HTTP-dates have one-second resolution, so a comparison with one has to drop the milliseconds first. */
export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export function toWholeSeconds(date: Date): Date {
  return new Date(epochSeconds(date) * 1000);
}

function toDate(groups: Record<string, string | undefined>, dayNames: string[], now: Date): Date | null {
  const month = MONTHS.indexOf(groups.month ?? "");
  const day = Number(groups.day);
  const [hour, minute, second] = [Number(groups.hour), Number(groups.minute), Number(groups.second)];
  if (month < 0 || hour > 23 || minute > 59 || second > 60) return null;

  // second allows 60 for a leap second (5.6.7); ECMAScript time has none, so it becomes :59.
  const at = (year: number) => utc(year, month, day, hour, minute, Math.min(second, 59));
  const year = groups.shortYear === undefined ? Number(groups.year) : rfc850Year(Number(groups.shortYear), at, now);
  const date = at(year);

  // Date arithmetic rolls 31 Apr over to 1 May, and 29 Feb to 1 Mar outside leap years: such a day is no date.
  if (date.getUTCDate() !== day) return null;
  // The day name is redundant, so one that contradicts the date means the value is not what it claims to be.
  return dayNames[date.getUTCDay()] === groups.dayName ? date : null;
}

/**
 * 5.6.7: a two-digit year that "appears to be more than 50 years in the future" means the most recent past year
 * with those digits; so the year is the one with those digits that lies at most 50 years ahead of now.
 */
function rfc850Year(shortYear: number, at: (year: number) => Date, now: Date): number {
  const limit = new Date(now);
  limit.setUTCFullYear(now.getUTCFullYear() + 50);
  let year = now.getUTCFullYear() - (now.getUTCFullYear() % 100) + shortYear;
  if (at(year) > limit) year -= 100;
  else if (at(year + 100) <= limit) year += 100;
  return year;
}

/** Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not. */
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second);
  return date;
}
