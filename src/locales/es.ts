import type { Strings } from './en.js';

/** Every built-in Spanish string, key for key with `en.ts`. */
export const es: Strings = {
  // shared
  loading: 'Cargando…',
  disclaimer: 'Esta es información general, no consejo médico. Hable con un profesional de la salud sobre su situación.',

  // clinic-faq

  // clinic-treatment-card

  // clinic-book-button

  // clinic-crisis-support

  // end
  _: '',
};
