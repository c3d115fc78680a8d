/**
 * Every built-in English string. Each element's strings sit in their own block; `es.ts` must have
 * the same keys (the type system enforces it).
 */
export const en = {
  // shared
  loading: 'Loading…',
  disclaimer: 'This is general information, not medical advice. Talk with a clinician about your situation.',

  // clinic-faq

  // clinic-treatment-card

  // clinic-book-button
  bookLabel: 'Book an appointment',
  bookCall: (phone: string) => `Call ${phone}`,
  bookOrCall: (phone: string) => `or call ${phone}`,
  // The office-hours status: `day` is a weekday name, or undefined for today.
  bookOpen: (day: string | undefined, time: string) => `Open now · closes ${day ? `${day} ` : ''}${time}`,
  bookClosed: (day: string | undefined, time: string) => `Closed · opens ${day ? `${day} ` : ''}${time}`,
  bookAlwaysOpen: 'Open 24 hours',
  bookNewTab: 'Open in a new tab',
  bookClose: 'Close',

  // clinic-crisis-support

  // end
  _: '',
};

export type Strings = { [K in keyof typeof en]: (typeof en)[K] };
