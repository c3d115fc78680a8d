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
  cardConsiderations: 'Safety and considerations',
  cardEvidence: 'What the research says',
  cardParticipants: (n: string) => `${n} participants`,
  cardReviewed: (by?: string, date?: string) =>
    by ? `Medically reviewed by ${by}${date ? ` on ${date}` : ''}` : `Last reviewed ${date}`,
  cardLearnMore: 'Learn more',
  cardNewTab: '(opens in a new tab)',
  cardBook: 'Book an appointment',
  cardCall: (phone: string) => `Call ${phone}`,
  cardUnavailable: 'This treatment information could not be loaded.',

  // clinic-book-button

  // clinic-crisis-support

  // end
  _: '',
};

export type Strings = { [K in keyof typeof en]: (typeof en)[K] };
