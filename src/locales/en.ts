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

  // clinic-crisis-support

  // end
  _: '',
};

export type Strings = { [K in keyof typeof en]: (typeof en)[K] };
