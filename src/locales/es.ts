import type { Strings } from './en.js';

/** Every built-in Spanish string, key for key with `en.ts`. */
export const es: Strings = {
  // shared
  call: (phone: string) => `Llame al ${phone}`,
  loading: 'Cargando…',
  disclaimer: 'Esta es información general, no consejo médico. Hable con un profesional de la salud sobre su situación.',

  // clinic-faq
  faqSearch: 'Buscar en las preguntas',
  faqMatches: (count: number) => (count === 1 ? '1 pregunta coincide' : `${count} preguntas coinciden`),
  faqNone: 'Ninguna pregunta coincide.',
  faqClear: 'Borrar la búsqueda',
  faqExpand: 'Expandir todo',
  faqCollapse: 'Contraer todo',
  faqError: 'No se pudieron cargar las preguntas.',

  // clinic-treatment-card
  cardConsiderations: 'Seguridad y consideraciones',
  cardEvidence: 'Lo que dice la investigación',
  cardParticipants: (count: string) => `${count} participantes`,
  cardReviewed: (by?: string, date?: string) => (by ? `Revisión médica: ${by}${date ? `, ${date}` : ''}` : `Última revisión: ${date}`),
  cardLearnMore: 'Más información',
  cardNewTab: '(se abre en una pestaña nueva)',
  cardUnavailable: 'No se pudo cargar la información sobre este tratamiento.',

  // clinic-book-button
  bookLabel: 'Reservar una cita',
  bookOrCall: (phone) => `o llame al ${phone}`,
  // "a la 1:00", "a las 17:00"
  bookStatus: (open, day, time) =>
    `${open ? 'Abierto ahora · cierra' : 'Cerrado · abre'} ${day ? `el ${day} ` : ''}a la${/^1\D/.test(time) ? '' : 's'} ${time}`,
  bookAlwaysOpen: 'Abierto las 24 horas',
  bookNewTab: 'Abrir en una pestaña nueva',
  bookClose: 'Cerrar',

  // clinic-crisis-support
  crisisHeading: 'Si está en crisis',
  crisisMore: 'Más ayuda',
  crisisText: (number: string) => `Envíe un texto al ${number}`,
  crisisText988: 'Envíe AYUDA por texto al 988',
  crisisChat: 'Chat en 988lifeline.org',
  crisis988Note: 'En español: marque 2 al llamar o envíe AYUDA por texto al 988.',
  crisisMamaNote:
    'Gratuita, confidencial, 24/7, en inglés y español. No es una línea de crisis: en una crisis, llame o envíe un texto al 988.',
  crisis911: 'Peligro inmediato',
};
