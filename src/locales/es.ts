import type { Strings } from './en.js';

/** Every built-in Spanish string, key for key with `en.ts`. */
export const es: Strings = {
  // shared
  loading: 'Cargando…',
  disclaimer: 'Esta es información general, no consejo médico. Hable con un profesional de la salud sobre su situación.',

  // clinic-faq
  faqSearch: 'Buscar en las preguntas',
  faqMatches: (n: number) => (n === 1 ? '1 pregunta coincide' : `${n} preguntas coinciden`),
  faqNone: 'Ninguna pregunta coincide.',
  faqClear: 'Borrar la búsqueda',
  faqExpand: 'Expandir todo',
  faqCollapse: 'Contraer todo',
  faqError: 'No se pudieron cargar las preguntas.',

  // clinic-treatment-card

  // clinic-book-button

  // clinic-crisis-support

  // end
  _: '',
};
