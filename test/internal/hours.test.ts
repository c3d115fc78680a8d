import { expect } from '@open-wc/testing';
import { spy } from 'sinon';
import { describe as describeChange, isTimeZone, parseHours, status, type Hours } from '../../src/internal/hours.js';

const WEEKDAYS = 'Mo-Fr 08:00-17:00; Sa 09:00-12:00';
const at = (iso: string) => new Date(iso);
const check = (hours: string, zone: string | undefined, now: string) => status(parseHours(hours)!, zone, at(now));
const iso = (d: Date | undefined) => d?.toISOString();
const plain = (s: string | undefined) => s?.replace(/\s/g, ' ');

describe('parseHours', () => {
  it('reads day ranges and times into minutes of the week, Monday first', () => {
    expect(parseHours('Mo-Fr 08:00-17:00')).to.deep.equal([
      [480, 1020],
      [1920, 2460],
      [3360, 3900],
      [4800, 5340],
      [6240, 6780],
    ]);
  });

  it('reads day lists, several rules, several times a day and loose spacing', () => {
    expect(parseHours('Mo,We 09:00-12:00')).to.deep.equal([
      [540, 720],
      [3420, 3600],
    ]);
    expect(parseHours('Su 10:00-14:00')).to.deep.equal([[9240, 9480]]);
    expect(parseHours(' mo - tu 8:00 - 12:00 , 13:00-17:00 ;  ')).to.deep.equal([
      [480, 720],
      [1920, 2160],
      [780, 1020],
      [2220, 2460],
    ]);
    expect(parseHours(WEEKDAYS)).to.have.length(6);
  });

  it('reads every day, whole days, ranges across Sunday, past midnight and 24/7', () => {
    expect(parseHours('Mo-Su 08:00-20:00')).to.have.length(7);
    expect(parseHours('Sa-Mo 10:00-11:00')!.map(([s]) => (s / 1440) | 0)).to.deep.equal([5, 6, 0]);
    expect(parseHours('Mo 00:00-24:00')).to.deep.equal([[0, 1440]]);
    expect(parseHours('Su 22:00-02:00')).to.deep.equal([[9960, 10200]]);
    expect(parseHours('24/7')).to.deep.equal([[0, 10080]]);
  });

  for (const bad of [
    undefined,
    null,
    '',
    ' ; ',
    'Mo-Fr',
    '08:00-17:00',
    'Mo-Fr 8-17',
    'Xx 08:00-17:00',
    'Monday 08:00-17:00',
    'Mo-Fr 08:00-25:00',
    'Mo-Fr 24:00-24:30',
    'Mo-Fr 08:60-17:00',
    'Mo-Fr 08:00-17:00; garbage',
    'Mo-Fr 08:00',
    'Mo–Fr 08:00–17:00 please',
    '<b>Mo</b> 08:00-17:00',
  ]) {
    it(`refuses ${JSON.stringify(bad)}`, () => {
      expect(parseHours(bad)).to.equal(undefined);
    });
  }
});

describe('status', () => {
  it('reads the time in the clinic zone, not the visitor’s: a Berlin evening is a Phoenix morning', () => {
    // Monday 17:30 in Berlin (summer, UTC+2) is Monday 08:30 in Phoenix (UTC-7 all year).
    const st = check(WEEKDAYS, 'America/Phoenix', '2026-06-15T17:30:00+02:00');
    expect(st.open).to.equal(true);
    expect(iso(st.at)).to.equal('2026-06-16T00:00:00.000Z'); // 17:00 in Phoenix
    expect(st.days).to.equal(0);
    // Monday 07:30 in Berlin is still Sunday night in Phoenix.
    const early = check(WEEKDAYS, 'America/Phoenix', '2026-06-15T07:30:00+02:00');
    expect(early.open).to.equal(false);
    expect(iso(early.at)).to.equal('2026-06-15T15:00:00.000Z');
    expect(early.days).to.equal(1);
  });

  it('is open in the last minute before closing and closed at closing time', () => {
    const last = check(WEEKDAYS, 'America/Phoenix', '2026-06-15T16:59:59-07:00');
    expect(last.open).to.equal(true);
    expect(iso(last.at)).to.equal('2026-06-16T00:00:00.000Z');
    const closed = check(WEEKDAYS, 'America/Phoenix', '2026-06-15T17:00:00-07:00');
    expect(closed.open).to.equal(false);
    expect(iso(closed.at)).to.equal('2026-06-16T15:00:00.000Z');
    expect(closed.days).to.equal(1);
  });

  it('skips days with no hours', () => {
    // Saturday after noon, then Sunday: next opening is Monday 08:00.
    const sat = check(WEEKDAYS, 'America/Phoenix', '2026-06-13T12:00:00-07:00');
    expect(sat).to.deep.include({ open: false, days: 2 });
    expect(iso(sat.at)).to.equal('2026-06-15T15:00:00.000Z');
    const sun = check(WEEKDAYS, 'America/Phoenix', '2026-06-14T10:00:00-07:00');
    expect(sun).to.deep.include({ open: false, days: 1 });
    const tue = check('Mo,We 09:00-12:00', 'America/Phoenix', '2026-06-16T10:00:00-07:00');
    expect(tue).to.deep.include({ open: false, days: 1 });
    expect(iso(tue.at)).to.equal('2026-06-17T16:00:00.000Z');
    const weekAway = check('Su 10:00-14:00', 'America/Phoenix', '2026-06-14T15:00:00-07:00');
    expect(weekAway).to.deep.include({ open: false, days: 7 });
  });

  it('opens again later the same day after a break', () => {
    const lunch = check('Mo-Fr 08:00-12:00,13:00-17:00', 'America/Phoenix', '2026-06-15T12:30:00-07:00');
    expect(lunch).to.deep.include({ open: false, days: 0 });
    expect(iso(lunch.at)).to.equal('2026-06-15T20:00:00.000Z');
  });

  it('joins back-to-back hours and hours past midnight', () => {
    const joined = check('Mo 08:00-12:00; Mo 12:00-17:00', 'America/Phoenix', '2026-06-15T10:00:00-07:00');
    expect(iso(joined.at)).to.equal('2026-06-16T00:00:00.000Z');
    // Sunday 22:00 to Monday 02:00, seen on Monday at 01:00: the week wraps.
    const late = check('Su 22:00-02:00', 'America/Phoenix', '2026-06-15T01:00:00-07:00');
    expect(late).to.deep.include({ open: true, days: 0 });
    expect(iso(late.at)).to.equal('2026-06-15T09:00:00.000Z');
    const before = check('Su 22:00-02:00', 'America/Phoenix', '2026-06-14T23:00:00-07:00');
    expect(before).to.deep.include({ open: true, days: 1 });
  });

  it('knows when a clinic never closes', () => {
    expect(check('24/7', 'America/Denver', '2026-03-08T09:00:00Z')).to.deep.equal({ open: true, days: 0 });
    expect(check('Mo-Su 00:00-24:00', 'Europe/Berlin', '2026-11-01T09:00:00Z')).to.deep.equal({ open: true, days: 0 });
  });

  it('follows the spring daylight-saving change in Denver (2026-03-08)', () => {
    // Saturday 13:00 MST; Monday 08:00 is MDT (UTC-6), not 15:00 UTC.
    const sat = check(WEEKDAYS, 'America/Denver', '2026-03-07T13:00:00-07:00');
    expect(sat).to.deep.include({ open: false, days: 2 });
    expect(iso(sat.at)).to.equal('2026-03-09T14:00:00.000Z');
    // Open across the change itself: 01:30 MST to 04:00 MDT is ninety minutes.
    const night = check('Su 01:00-04:00', 'America/Denver', '2026-03-08T01:30:00-07:00');
    expect(night.open).to.equal(true);
    expect(iso(night.at)).to.equal('2026-03-08T10:00:00.000Z');
    // After the change, Monday 09:00 MDT is open.
    expect(check(WEEKDAYS, 'America/Denver', '2026-03-09T15:00:00Z').open).to.equal(true);
    expect(check(WEEKDAYS, 'America/Denver', '2026-03-09T13:30:00Z').open).to.equal(false);
  });

  it('follows the autumn daylight-saving change in Denver (2026-11-01)', () => {
    const sat = check(WEEKDAYS, 'America/Denver', '2026-10-31T13:00:00-06:00');
    expect(sat).to.deep.include({ open: false, days: 2 });
    expect(iso(sat.at)).to.equal('2026-11-02T15:00:00.000Z');
    expect(check(WEEKDAYS, 'America/Denver', '2026-11-02T14:30:00Z').open).to.equal(false);
    expect(check(WEEKDAYS, 'America/Denver', '2026-11-02T15:00:00Z').open).to.equal(true);
  });

  it('uses the visitor’s zone when no zone is given', () => {
    const local = new Date(2026, 5, 15, 9, 0); // Monday 09:00 wherever the browser is
    const st = status(parseHours(WEEKDAYS) as Hours, undefined, local);
    expect(st.open).to.equal(true);
    expect(st.at!.getTime()).to.equal(new Date(2026, 5, 15, 17, 0).getTime());
  });
});

describe('describe (the change, for people)', () => {
  const visitorZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;

  it('gives the time today, and the weekday for later days, in the locale', () => {
    const today = { open: true, at: new Date(2026, 5, 15, 17, 0), days: 0 };
    expect(describeChange(today, 'en-US').map(plain)).to.deep.equal([undefined, '5:00 PM']);
    expect(describeChange(today, 'es').map(plain)).to.deep.equal([undefined, '17:00']);
    const monday = { open: false, at: new Date(2026, 5, 15, 8, 0), days: 2 };
    expect(describeChange(monday, 'en-US').map(plain)).to.deep.equal(['Monday', '8:00 AM']);
    expect(describeChange(monday, 'es').map(plain)).to.deep.equal(['lunes', '8:00']);
  });

  it('shows the clinic’s clock, and names its zone for a visitor elsewhere', () => {
    const st = check(WEEKDAYS, 'America/Phoenix', '2026-06-15T17:30:00+02:00');
    const [day, time] = describeChange(st, 'en-US', 'America/Phoenix');
    expect(day).to.equal(undefined);
    expect(plain(time)).to.equal(visitorZone === 'America/Phoenix' ? '5:00 PM' : '5:00 PM MST');
  });
});

describe('isTimeZone', () => {
  it('knows IANA zones', () => {
    expect(isTimeZone('America/Phoenix')).to.equal(true);
    expect(isTimeZone('Mars/Olympus')).to.equal(false);
  });

  it('knows aliases and any spelling DateTimeFormat takes', () => {
    for (const zone of ['US/Arizona', 'UTC', 'america/phoenix']) expect(isTimeZone(zone), zone).to.equal(true);
  });

  it('judges a canonical name without a DateTimeFormat (ICU’s start-up stays off the first render)', () => {
    const format = spy(Intl, 'DateTimeFormat');
    try {
      expect(isTimeZone('Europe/Madrid')).to.equal(true);
      expect(format.called).to.equal(false);
    } finally {
      format.restore();
    }
  });
});
