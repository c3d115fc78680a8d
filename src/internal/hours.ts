/**
 * Opening hours as minute-of-week intervals `[start, end)`, Monday 00:00 = 0. An interval may end
 * after the week does (Sunday night into Monday).
 */
export type Hours = [start: number, end: number][];

/** Whether a clinic is open at a moment, and when that changes. */
export interface HoursStatus {
  open: boolean;
  /** The moment it next opens or closes; absent when always open. */
  at?: Date;
  /** Calendar days from today to `at`, in the clinic's zone (0 = today). */
  days: number;
}

const DAY = 1440;
const WEEK = 7 * DAY;
const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** What `parseHours` reads, for error messages. */
export const HOURS_FORM = 'schema.org openingHours such as "Mo-Fr 08:00-17:00"';

let zones: string[] | undefined;

/** True when `zone` is an IANA time zone this browser knows. */
export function isTimeZone(zone: string): boolean {
  // The list of canonical names costs ~1.5 ms once; a page's first DateTimeFormat starts ICU up (~10 ms
  // in Chromium), so it only judges names not on the list: aliases such as "US/Arizona", and errors.
  if ((zones ??= Intl.supportedValuesOf('timeZone')).includes(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads schema.org openingHours: rules separated by `;`, each days then times, e.g.
 * `Mo-Fr 08:00-17:00; Sa 09:00-12:00`, `Mo,We 09:00-12:00,13:00-17:00`, `Fr 22:00-02:00` (past
 * midnight), `Mo-Su 00:00-24:00`, or `24/7`. Days not named are closed. Anything else: undefined.
 */
export function parseHours(value: string | null | undefined): Hours | undefined {
  const text = value?.trim().toLowerCase();
  if (text === '24/7') return [[0, WEEK]];
  const hours: Hours = [];
  for (const rule of text?.split(';') ?? []) {
    const [days, times, extra] = rule
      .replace(/\s*([,-])\s*/g, '$1')
      .trim()
      .split(/\s+/);
    if (!days) continue;
    if (!times || extra) return undefined;
    for (const range of times.split(',')) {
      const [, startHour, startMinute, endHour, endMinute] = /^(\d\d?):([0-5]\d)-(\d\d?):([0-5]\d)$/.exec(range) ?? [];
      const start = +startHour! * 60 + +startMinute!;
      const end = +endHour! * 60 + +endMinute!;
      // NaN (no match) fails too.
      if (!(start < DAY && end <= DAY)) return undefined;
      for (const span of days.split(',')) {
        const [first, last = first, extra] = span.split('-').map((day) => DAYS.indexOf(day));
        if (extra !== undefined || first! < 0 || last! < 0) return undefined;
        // From the first day to the last, wrapping past Sunday ("Fr-Mo").
        for (
          let day = first!;
          hours.push([day * DAY + start, day * DAY + end + (end > start ? 0 : DAY)]), day !== last;
          day = (day + 1) % 7
        );
      }
    }
  }
  return hours.length ? hours : undefined;
}

/**
 * How far the wall clock in `timeZone` is ahead of UTC at instant `t` (whole seconds), in ms. Every
 * zone in use is a whole number of minutes off UTC. Swedish dates are ISO 8601: "2026-06-15 10:00:00".
 */
const offset = (instant: number, timeZone?: string) =>
  Date.parse(`${new Date(instant).toLocaleString('sv', { timeZone }).replace(' ', 'T')}Z`) - instant;

/**
 * Open or closed at `now` in the clinic's `timeZone` (the visitor's zone when undefined), whatever
 * zone the visitor is in, and the next change. Daylight-saving changes are taken into account.
 */
export function status(hours: Hours, timeZone: string | undefined, now: Date): HoursStatus {
  const minute = +now - (+now % 60_000);
  // The wall clock as if it were UTC, and its minutes since Monday 00:00 (1970-01-05 was a Monday).
  const wallClock = minute + offset(minute, timeZone);
  const minuteOfWeek = (wallClock / 60_000 - 4 * DAY) % WEEK;
  const isOpen = (at: number) => hours.some(([start, end]) => (at - start + WEEK) % WEEK < end - start);
  const open = isOpen(minuteOfWeek);
  // Step a minute at a time to the next change: at most a week of cheap checks, only on render.
  let ahead = 1;
  while (ahead < WEEK && isOpen(minuteOfWeek + ahead) === open) ahead++;
  const target = wallClock + ahead * 60_000;
  // The wall-clock target as an instant: subtract the zone's offset there (twice, for DST edges).
  return ahead < WEEK
    ? {
        open,
        at: new Date(target - offset(target - offset(minute, timeZone), timeZone)),
        days: ~~((minuteOfWeek + ahead) / DAY) - ~~(minuteOfWeek / DAY),
      }
    : { open, days: 0 };
}

/** "5:00 PM" and, unless `days` is 0, "Monday": the change in the clinic's zone, in `locale`. */
export function describe({ at, days }: HoursStatus, locale: string, timeZone?: string): [day: string | undefined, time: string] {
  return [
    days ? at!.toLocaleDateString(locale, { timeZone, weekday: 'long' }) : undefined,
    at!.toLocaleTimeString(locale, {
      timeZone,
      hour: 'numeric',
      minute: '2-digit',
      // A visitor in another zone sees which zone the time is in ("5:00 PM MST").
      timeZoneName: timeZone && timeZone !== Intl.DateTimeFormat().resolvedOptions().timeZone ? 'short' : undefined,
    }),
  ];
}
