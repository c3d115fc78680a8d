/** A phone number ready to dial (`e164`, for `tel:` links) and to read (`display`). */
export interface Phone {
  e164: string;
  display: string;
}

/** What `parsePhone` reads, for error messages. */
export const PHONE_FORM = 'a phone number such as "(480) 555-0123"';

/**
 * Reads a phone number written in any common form: US numbers with or without country code, in
 * brackets, dots, dashes or spaces ("(480) 555-0123", "480.555.0123", "1-480-555-0123"), or any
 * country written with a leading + ("+44 20 7946 0958"). Letters, extensions and too few or too many
 * digits give undefined. US numbers display as "(480) 555-0123"; others as written.
 */
export function parsePhone(value: string | null | undefined): Phone | undefined {
  const text = value?.trim() ?? '';
  const digits = text.replace(/\D/g, '');
  // North American numbering plan: area code and exchange start with 2-9.
  const us = /^1?([2-9]\d\d)([2-9]\d\d)(\d{4})$/.exec(digits);
  if (/^\+?[\d\s().\-/]+$/.test(text)) {
    // E.164: a country code that never starts with 0, at most 15 digits in all.
    if (text[0] === '+' && digits[0] !== '1') {
      if (/^[1-9]\d{6,14}$/.test(digits)) return { e164: `+${digits}`, display: text.replace(/\s+/g, ' ') };
    } else if (us) return { e164: `+1${digits.slice(-10)}`, display: `(${us[1]}) ${us[2]}-${us[3]}` };
  }
  return undefined;
}
