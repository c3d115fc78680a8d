/**
 * The per-day office-hours editor's model: the week as the form holds it, written as schema.org
 * openingHours (what `hours` takes), read back with the elements' own parser, and the "Open now ·
 * closes 5:00 PM" line the booking button will show.
 */
import { describe, parseHours, status } from '../../src/internal/hours.js';
import { STRINGS, type Lang } from '../../fragments/widgets.js';
import { DAY_CODES, type DayHours } from './settings.js';

/** Where a range is unusable: `[day, range]` indexes, for the message beside it. */
export function rangeProblems(week: readonly DayHours[]): [day: number, range: number][] {
  const problems: [number, number][] = [];
  week.forEach((day, d) => {
    if (day.open) day.ranges.forEach((range, r) => (!range.from || !range.to || range.from === range.to) && problems.push([d, r]));
  });
  return problems;
}

/**
 * The week as openingHours: days with the same ranges share a rule, runs of days written as spans
 * ("Mo-Fr 09:00-17:00; Sa 09:00-12:00"). A range ending before it starts runs past midnight, as
 * openingHours has it. Unusable ranges are left out; '' when the clinic is never open.
 */
export function openingHours(week: readonly DayHours[]): string {
  const groups = new Map<string, number[]>();
  week.forEach((day, d) => {
    if (!day.open) return;
    const ranges = day.ranges
      .filter((range) => range.from && range.to && range.from !== range.to)
      .map((range) => `${range.from}-${range.to}`);
    if (!ranges.length) return;
    const key = ranges.join(',');
    groups.set(key, [...(groups.get(key) ?? []), d]);
  });
  return [...groups]
    .map(([ranges, days]) => {
      const spans: string[] = [];
      for (let i = 0; i < days.length; i++) {
        let end = i;
        while (days[end + 1] === days[end]! + 1) end++;
        // Two days in a row read better as a list ("Sa,Su") than a span.
        spans.push(
          end - i >= 2
            ? `${DAY_CODES[days[i]!]}-${DAY_CODES[days[end]!]}`
            : days
                .slice(i, end + 1)
                .map((day) => DAY_CODES[day])
                .join(','),
        );
        i = end;
      }
      return `${spans.join(',')} ${ranges}`;
    })
    .join('; ');
}

/** "Open now · closes 5:00 PM" (or closed, or open 24 hours) in the clinic's zone, as the booking button words it. */
export function statusLine(hoursText: string, zone: string | undefined, lang: Lang, now = new Date()): string | undefined {
  const hours = parseHours(hoursText);
  if (!hours) return undefined;
  const strings = STRINGS[lang];
  const state = status(hours, zone, now);
  return state.at ? strings.bookStatus(state.open, ...describe(state, lang, zone)) : strings.bookAlwaysOpen;
}

/** The weekday names in `lang`, Monday first. */
export const dayNames = (lang: Lang): string[] =>
  // 1 January 2024 was a Monday.
  DAY_CODES.map((_code, i) => new Date(Date.UTC(2024, 0, 1 + i)).toLocaleDateString(lang, { weekday: 'long', timeZone: 'UTC' }));
