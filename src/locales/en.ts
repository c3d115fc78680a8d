/**
 * Every built-in English string. Each element's strings sit in their own block; `es.ts` must have
 * the same keys (the type system enforces it).
 */
export const en = {
  // shared
  call: (phone: string) => `Call ${phone}`,
  loading: 'Loading…',
  disclaimer: 'This is general information, not medical advice. Talk with a clinician about your situation.',

  // clinic-faq
  faqSearch: 'Search questions',
  faqMatches: (count: number) => (count === 1 ? '1 question matches' : `${count} questions match`),
  faqNone: 'No matching questions.',
  faqClear: 'Clear search',
  faqExpand: 'Expand all',
  faqCollapse: 'Collapse all',
  faqError: 'The questions could not be loaded.',

  // clinic-treatment-card
  cardConsiderations: 'Safety and considerations',
  cardEvidence: 'What the research says',
  cardParticipants: (count: string) => `${count} participants`,
  cardReviewed: (by?: string, date?: string) => (by ? `Medically reviewed by ${by}${date ? ` on ${date}` : ''}` : `Last reviewed ${date}`),
  cardLearnMore: 'Learn more',
  cardNewTab: '(opens in a new tab)',
  cardUnavailable: 'This treatment information could not be loaded.',

  // clinic-book-button
  bookLabel: 'Book an appointment',
  bookOrCall: (phone: string) => `or call ${phone}`,
  // The office-hours status, open or closed until `time`; `day` is a weekday name, or undefined for today.
  bookStatus: (open: boolean, day: string | undefined, time: string) =>
    `${open ? 'Open now · closes' : 'Closed · opens'} ${day ? `${day} ` : ''}${time}`,
  bookAlwaysOpen: 'Open 24 hours',
  bookNewTab: 'Open in a new tab',
  bookClose: 'Close',

  // clinic-crisis-support
  crisisHeading: 'If you are in crisis',
  crisisMore: 'More help',
  crisisText: (number: string) => `Text ${number}`,
  crisisText988: 'Text 988',
  crisisChat: 'Chat at 988lifeline.org',
  crisis988Note: 'Spanish: press 2 when calling, or text AYUDA to 988.',
  crisisMamaNote: 'Free, confidential, 24/7, in English and Spanish. Not a crisis line: in a crisis, call or text 988.',
  crisis911: 'Immediate danger',
};

export type Strings = { [K in keyof typeof en]: (typeof en)[K] };
