/**
 * Every built-in English string. Each element's strings sit in their own block; `es.ts` must have
 * the same keys (the type system enforces it).
 */
export const en = {
  // shared
  loading: 'Loading…',
  disclaimer: 'This is general information, not medical advice. Talk with a clinician about your situation.',

  // clinic-faq
  faqSearch: 'Search questions',
  faqMatches: (n: number) => (n === 1 ? '1 question matches' : `${n} questions match`),
  faqNone: 'No matching questions.',
  faqClear: 'Clear search',
  faqExpand: 'Expand all',
  faqCollapse: 'Collapse all',
  faqError: 'The questions could not be loaded.',

  // clinic-treatment-card

  // clinic-book-button

  // clinic-crisis-support

  // end
  _: '',
};

export type Strings = { [K in keyof typeof en]: (typeof en)[K] };
