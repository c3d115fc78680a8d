import type { Strings } from './en.js';

/** Every built-in Spanish string, key for key with `en.ts`. */
export const es: Strings = {
  // shared
  loading: 'Cargando…',
  disclaimer: 'Esta es información general, no consejo médico. Hable con un profesional de la salud sobre su situación.',

  // clinic-faq

  // clinic-treatment-card

  // clinic-book-button
  bookLabel: 'Reservar una cita',
  bookCall: (phone) => `Llame al ${phone}`,
  bookOrCall: (phone) => `o llame al ${phone}`,
  // "a la 1:00", "a las 17:00"
  bookOpen: (day, time) => `Abierto ahora · cierra ${day ? `el ${day} ` : ''}a la${/^1\D/.test(time) ? '' : 's'} ${time}`,
  bookClosed: (day, time) => `Cerrado · abre ${day ? `el ${day} ` : ''}a la${/^1\D/.test(time) ? '' : 's'} ${time}`,
  bookAlwaysOpen: 'Abierto las 24 horas',
  bookNewTab: 'Abrir en una pestaña nueva',
  bookClose: 'Cerrar',

  // clinic-crisis-support

  // end
  _: '',
};
