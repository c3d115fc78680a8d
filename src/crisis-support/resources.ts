import type { Strings } from '../locales/en.js';

/**
 * The built-in United States crisis resources. Numbers and services change: review this file against
 * `CRISIS_SOURCES` and update `CRISIS_CHECKED` whenever you do. Only facts those sources state are
 * shown; the wording of each (English and Spanish) is in the `clinic-crisis-support` block of
 * src/locales/en.ts and es.ts.
 */

/** When the numbers and links below were last checked against `CRISIS_SOURCES` (ISO date). */
export const CRISIS_CHECKED = '2026-11-27';

/** Public sources for every number and link in `crisisResources()`. */
export const CRISIS_SOURCES = [
  // 988: call or text 988, chat at /chat; calls: press 2 for Spanish; texts: AYUDA for Spanish.
  'https://988lifeline.org',
  'https://988lifeline.org/get-help/what-to-expect',
  // 1-833-TLC-MAMA (1-833-852-6262): call or text, free, confidential, 24/7, English and Spanish;
  // not a crisis line ("call or text 988"); "imminent danger ... should call 911" (FAQ).
  'https://mchb.hrsa.gov/national-maternal-mental-health-hotline',
  'https://mchb.hrsa.gov/national-maternal-mental-health-hotline/faq',
] as const;

/** One way to reach a resource: the visible text and a `tel:`, `sms:`, `https:` or `http:` link. */
export interface CrisisLink {
  label: string;
  href: string;
}

/** A crisis line or service, as `<clinic-crisis-support>` lists it. */
export interface CrisisResource {
  /** Its name, e.g. "988 Suicide & Crisis Lifeline". */
  name: string;
  /** One or two plain-text sentences: hours, languages, when to use it. */
  note?: string;
  /** How to reach it, most direct first. The banner and inline variants show the first resource's links. */
  links: CrisisLink[];
}

/** The built-in list in the language of `strings`. The services' names are proper names, kept in English. */
export const crisisResources = (strings: Strings): CrisisResource[] => [
  {
    name: '988 Suicide & Crisis Lifeline',
    note: strings.crisis988Note,
    links: [
      { label: strings.call('988'), href: 'tel:988' },
      { label: strings.crisisText988, href: 'sms:988' },
      { label: strings.crisisChat, href: 'https://988lifeline.org/chat' },
    ],
  },
  {
    name: 'National Maternal Mental Health Hotline',
    note: strings.crisisMamaNote,
    links: [
      { label: strings.call('1-833-TLC-MAMA (1-833-852-6262)'), href: 'tel:+18338526262' },
      { label: strings.crisisText('1-833-852-6262'), href: 'sms:+18338526262' },
    ],
  },
  { name: strings.crisis911, links: [{ label: strings.call('911'), href: 'tel:911' }] },
];

/** Schemes a resource link may use. */
export const CRISIS_SCHEMES = ['tel:', 'sms:', 'https:', 'http:'] as const;
