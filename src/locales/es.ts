import type { Strings } from './en.js';

/** Every built-in Spanish string, key for key with `en.ts`. */
export const es: Strings = {
  // shared
  loading: 'Cargando…',
  disclaimer: 'Esta es información general, no consejo médico. Hable con un profesional de la salud sobre su situación.',

  // clinic-faq

  // clinic-treatment-card
  cardConsiderations: 'Seguridad y consideraciones',
  cardEvidence: 'Lo que dice la investigación',
  cardParticipants: (n: string) => `${n} participantes`,
  cardReviewed: (by?: string, date?: string) =>
    by ? `Revisión médica: ${by}${date ? `, ${date}` : ''}` : `Última revisión: ${date}`,
  cardLearnMore: 'Más información',
  cardNewTab: '(se abre en una pestaña nueva)',
  cardBook: 'Pedir una cita',
  cardCall: (phone: string) => `Llamar al ${phone}`,
  cardUnavailable: 'No se pudo cargar la información sobre este tratamiento.',

  // clinic-book-button

  // clinic-crisis-support

  // end
  _: '',
};
