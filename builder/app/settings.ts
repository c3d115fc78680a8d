/**
 * The builder's settings: everything a person fills in, as saved to a JSON file and to the URL
 * fragment. Loaded settings (a file, a link) are untrusted: `readSettings()` keeps only fields of the
 * right type and allowed values, and takes defaults for the rest.
 */
import { BOOK_MODES, BOOK_SIZES, BOOK_VARIANTS } from '../../src/book-button/book-button.js';
import { CRISIS_VARIANTS } from '../../src/crisis-support/crisis-support.js';
import { CARD_VARIANTS } from '../../src/treatment-card/treatment-card.js';
import { THEMES } from '../../src/internal/tokens.js';
import { CDNS, LANGS, SCRIPT_SOURCES, type Lang } from '../../fragments/widgets.js';

/** Monday to Sunday, as schema.org openingHours names them. */
export const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** One day's opening hours: open or closed, and one or more ranges, "HH:MM" each. */
export interface DayHours {
  open: boolean;
  ranges: { from: string; to: string }[];
}

export interface FaqItemForm {
  id: string;
  question: string;
  answer: string;
}

/** The treatment card's content as the form holds it: text everywhere, numbers included. */
export interface CardForm {
  name: string;
  summary: string;
  facts: { label: string; value: string }[];
  sections: { heading: string; body: string }[];
  considerations: { heading: string; body: string }[];
  evidence: EvidenceForm[];
  reviewedBy: string;
  lastReviewed: string;
  disclaimer: string;
  actionLabel: string;
  actionUrl: string;
}

export const EVIDENCE_FIELDS = [
  'title',
  'authors',
  'journal',
  'year',
  'volume',
  'pages',
  'doi',
  'pmid',
  'participants',
  'design',
  'finding',
  'note',
  'url',
] as const;
export type EvidenceForm = Record<(typeof EVIDENCE_FIELDS)[number], string>;

export interface Settings {
  clinic: {
    name: string;
    phone: string;
    bookingUrl: string;
    week: DayHours[];
    timezone: string;
    lang: Lang;
    theme: (typeof THEMES)[number];
    /** Whether the widgets take the brand colour (otherwise their own colours). */
    brandOn: boolean;
    /** The brand colour as typed, `#rrggbb`. */
    brand: string;
    /** The site's page background as typed, for the contrast check. */
    background: string;
  };
  script: {
    from: (typeof SCRIPT_SOURCES)[number];
    cdn: keyof typeof CDNS;
    path: string;
    classic: boolean;
  };
  widgets: {
    book: {
      on: boolean;
      mode: (typeof BOOK_MODES)[number];
      variant: (typeof BOOK_VARIANTS)[number];
      size: (typeof BOOK_SIZES)[number];
      fullWidth: boolean;
    };
    faq: {
      on: boolean;
      heading: string;
      searchable: boolean;
      toggleAll: boolean;
      single: boolean;
      structuredData: boolean;
      items: FaqItemForm[];
    };
    card: { on: boolean; variant: (typeof CARD_VARIANTS)[number]; booking: boolean; content: CardForm };
    crisis: { on: boolean; variant: (typeof CRISIS_VARIANTS)[number] };
  };
}

/** The marker and version of a saved settings file. */
export const FILE_MARK = 'clinic-widgets-builder';
export const FILE_VERSION = 1;

export const emptyFaqItem = (): FaqItemForm => ({ id: '', question: '', answer: '' });
export const emptyEvidence = (): EvidenceForm => Object.fromEntries(EVIDENCE_FIELDS.map((field) => [field, ''])) as EvidenceForm;
export const emptyCard = (): CardForm => ({
  name: '',
  summary: '',
  facts: [],
  sections: [],
  considerations: [],
  evidence: [],
  reviewedBy: '',
  lastReviewed: '',
  disclaimer: '',
  actionLabel: '',
  actionUrl: '',
});

/** The browser's own time zone: where most clinics set their site up. */
export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** What a new builder starts with: weekday office hours, a booking button and one empty question. */
export function defaultSettings(lang: Lang): Settings {
  const weekday = (): DayHours => ({ open: true, ranges: [{ from: '09:00', to: '17:00' }] });
  const closed = (): DayHours => ({ open: false, ranges: [{ from: '09:00', to: '17:00' }] });
  return {
    clinic: {
      name: '',
      phone: '',
      bookingUrl: '',
      week: [weekday(), weekday(), weekday(), weekday(), weekday(), closed(), closed()],
      timezone: browserZone(),
      lang,
      theme: 'auto',
      brandOn: false,
      brand: '#0b5cad',
      background: '#ffffff',
    },
    script: { from: 'self', cdn: 'jsdelivr', path: '/js/clinic-widgets.js', classic: false },
    widgets: {
      book: { on: true, mode: 'link', variant: 'primary', size: 'medium', fullWidth: false },
      faq: { on: true, heading: '', searchable: false, toggleAll: false, single: false, structuredData: false, items: [emptyFaqItem()] },
      card: { on: false, variant: 'full', booking: true, content: emptyCard() },
      crisis: { on: false, variant: 'card' },
    },
  };
}

// --- Reading untrusted settings ------------------------------------------------------------------

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => !!value && typeof value === 'object' && !Array.isArray(value);
const objectOr = (value: unknown): Loose => (isObject(value) ? value : {});
// Long enough for any real answer; a file cannot make the page hold megabytes per field.
const MAX_TEXT = 20_000;
const MAX_ITEMS = 200;
const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : fallback);
const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
const listOf = <T>(value: unknown, read: (item: Loose) => T): T[] =>
  Array.isArray(value) ? value.slice(0, MAX_ITEMS).filter(isObject).map(read) : [];
const time = (value: unknown, fallback: string) => (typeof value === 'string' && /^\d\d:\d\d$/.test(value) ? value : fallback);

function readWeek(value: unknown, fallback: DayHours[]): DayHours[] {
  if (!Array.isArray(value) || value.length !== 7) return fallback;
  return value.map((day, i) => {
    const loose = objectOr(day);
    const ranges = listOf(loose.ranges, (range) => ({ from: time(range.from, ''), to: time(range.to, '') })).slice(0, 6);
    return { open: flag(loose.open, false), ranges: ranges.length ? ranges : fallback[i]!.ranges };
  });
}

export function readCard(value: unknown): CardForm {
  const loose = objectOr(value);
  const pairs = <K extends string>(list: unknown, keys: readonly K[]) =>
    listOf(list, (item) => Object.fromEntries(keys.map((key) => [key, text(item[key], '')])) as Record<K, string>);
  return {
    name: text(loose.name, ''),
    summary: text(loose.summary, ''),
    facts: pairs(loose.facts, ['label', 'value']),
    sections: pairs(loose.sections, ['heading', 'body']),
    considerations: pairs(loose.considerations, ['heading', 'body']),
    evidence: listOf(loose.evidence, (item) => {
      const form = emptyEvidence();
      // Numbers in a content file (year, participants) are text in the form.
      for (const field of EVIDENCE_FIELDS) form[field] = typeof item[field] === 'number' ? String(item[field]) : text(item[field], '');
      return form;
    }),
    reviewedBy: text(loose.reviewedBy, ''),
    lastReviewed: text(loose.lastReviewed, ''),
    disclaimer: text(loose.disclaimer, ''),
    actionLabel: text(loose.actionLabel ?? objectOr(loose.action).label, ''),
    actionUrl: text(loose.actionUrl ?? objectOr(loose.action).url, ''),
  };
}

export function readFaqItems(value: unknown): FaqItemForm[] {
  return listOf(value, (item) => ({ id: text(item.id, ''), question: text(item.question, ''), answer: text(item.answer, '') }));
}

/** Settings from anything (a file, a link): right types and allowed values only, defaults for the rest. */
export function readSettings(value: unknown, lang: Lang): Settings {
  const base = defaultSettings(lang);
  const input = objectOr(value);
  const clinic = objectOr(input.clinic);
  const script = objectOr(input.script);
  const widgets = objectOr(input.widgets);
  const book = objectOr(widgets.book);
  const faq = objectOr(widgets.faq);
  const card = objectOr(widgets.card);
  const crisis = objectOr(widgets.crisis);
  const items = readFaqItems(faq.items);
  return {
    clinic: {
      name: text(clinic.name, ''),
      phone: text(clinic.phone, ''),
      bookingUrl: text(clinic.bookingUrl, ''),
      week: readWeek(clinic.week, base.clinic.week),
      timezone: text(clinic.timezone, base.clinic.timezone),
      lang: oneOf(clinic.lang, LANGS, base.clinic.lang),
      theme: oneOf(clinic.theme, THEMES, 'auto'),
      brandOn: flag(clinic.brandOn, false),
      brand: text(clinic.brand, base.clinic.brand).slice(0, 20),
      background: text(clinic.background, base.clinic.background).slice(0, 20),
    },
    script: {
      from: oneOf(script.from, SCRIPT_SOURCES, base.script.from),
      cdn: oneOf(script.cdn, Object.keys(CDNS) as (keyof typeof CDNS)[], 'jsdelivr'),
      path: text(script.path, base.script.path),
      classic: flag(script.classic, false),
    },
    widgets: {
      book: {
        on: flag(book.on, base.widgets.book.on),
        mode: oneOf(book.mode, BOOK_MODES, 'link'),
        variant: oneOf(book.variant, BOOK_VARIANTS, 'primary'),
        size: oneOf(book.size, BOOK_SIZES, 'medium'),
        fullWidth: flag(book.fullWidth, false),
      },
      faq: {
        on: flag(faq.on, base.widgets.faq.on),
        heading: text(faq.heading, ''),
        searchable: flag(faq.searchable, false),
        toggleAll: flag(faq.toggleAll, false),
        single: flag(faq.single, false),
        structuredData: flag(faq.structuredData, false),
        items: items.length ? items : [emptyFaqItem()],
      },
      card: {
        on: flag(card.on, false),
        variant: oneOf(card.variant, CARD_VARIANTS, 'full'),
        booking: flag(card.booking, true),
        content: readCard(card.content),
      },
      crisis: { on: flag(crisis.on, false), variant: oneOf(crisis.variant, CRISIS_VARIANTS, 'card') },
    },
  };
}
