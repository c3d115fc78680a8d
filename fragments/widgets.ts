/**
 * The one source of page fragments: each widget's tag with its no-JavaScript content written in, the
 * page-wide provider, the script tag and the CSS that keeps the layout still until the script
 * arrives. The embed builder writes its snippets with these, and the build writes the demo pages
 * (English and Spanish, demo/page.ts) and the Storybook clinic page with them.
 *
 * Values are checked with the elements' own rules (phone, opening hours, time zone, URL allow-list,
 * the card's content validator) and anything the elements would reject is left out, so a pasted
 * snippet never makes a widget log an error. Visible text comes from the elements' own string tables,
 * so the no-JavaScript content says what the upgraded widget says.
 *
 * A new widget kind is one entry in `WIDGETS` below: its tag, a function writing its fragment, and its
 * pre-upgrade CSS.
 */
import { h, type Content, type Tag } from './markup.js';
import { en, type Strings } from '../src/locales/en.js';
import { es } from '../src/locales/es.js';
import type { Lang } from '../src/internal/localize.js';
import type { Theme } from '../src/internal/tokens.js';
import { parsePhone } from '../src/internal/phone.js';
import { isTimeZone, parseHours } from '../src/internal/hours.js';
import { LINK_SCHEMES, safeUrl } from '../src/internal/url.js';
import { INLINE, textBlocks } from '../src/internal/text.js';
import { crisisResources, type CrisisResource } from '../src/crisis-support/resources.js';
import { TREATMENT_SCHEMA, validate, type Treatment, type TreatmentEvidence } from '../src/treatment-card/model.js';
import type { BookMode, BookSize, BookVariant } from '../src/book-button/book-button.js';
import type { CrisisVariant } from '../src/crisis-support/crisis-support.js';
import type { CardVariant } from '../src/treatment-card/treatment-card.js';
import type { FaqAppearance } from '../src/faq/faq.js';

export type { Lang };
export const LANGS = ['en', 'es'] as const satisfies readonly Lang[];
export const STRINGS: Record<Lang, Strings> = { en, es };

/** A clinic's details, as the page-wide `<clinic-provider>` shares them with every widget. */
export interface Clinic {
  name?: string;
  phone?: string;
  bookingUrl?: string;
  /** schema.org openingHours, e.g. "Mo-Fr 08:00-17:00; Sa 09:00-12:00". */
  hours?: string;
  timezone?: string;
  /** The widgets' language, written on the provider; unset, they follow the page's `lang`. */
  lang?: Lang;
  theme?: Theme;
}

/** What every widget fragment is written for: the clinic, and the language of its own text. */
export interface Context {
  clinic: Clinic;
  lang: Lang;
}

/** The value when the elements accept it as a booking or page URL (http, https or relative), as written. */
export const webUrl = (value: string | undefined): string | undefined => {
  const text = value?.trim();
  return text && safeUrl(text) ? text : undefined;
};

/** The clinic's details as the widgets will read them: anything they would reject left out. */
export function checkedClinic(clinic: Clinic): Clinic {
  const phone = clinic.phone?.trim();
  const hours = clinic.hours?.trim();
  const zone = clinic.timezone?.trim();
  return {
    name: clinic.name?.trim() || undefined,
    phone: phone && parsePhone(phone) ? phone : undefined,
    bookingUrl: webUrl(clinic.bookingUrl),
    hours: hours && parseHours(hours) ? hours : undefined,
    timezone: zone && isTimeZone(zone) ? zone : undefined,
    lang: clinic.lang,
    theme: clinic.theme,
  };
}

/** The page-wide provider: the clinic's details once, for every widget on the page. */
export function provider(clinic: Clinic): Tag {
  const checked = checkedClinic(clinic);
  return h('clinic-provider', {
    scope: 'page',
    name: checked.name,
    phone: checked.phone,
    'booking-url': checked.bookingUrl,
    hours: checked.hours,
    timezone: checked.timezone,
    lang: checked.lang,
    // `auto` is what the widgets do anyway.
    theme: checked.theme === 'auto' ? undefined : checked.theme,
  });
}

/** Contents separated by spaces, as links in a sentence are. */
const spaced = (parts: Content[]): Content[] => parts.filter((part) => part).flatMap((part, i) => (i ? [' ', part] : [part]));

/* --- <clinic-book-button> ------------------------------------------------------------------------ */

export interface BookOptions {
  mode?: BookMode;
  variant?: BookVariant;
  size?: BookSize;
  fullWidth?: boolean;
}

/**
 * The booking button, its links written in: "Book an appointment" to the booking page and "or call …"
 * as a `tel:` link in E.164, as the element shows them. Undefined without a booking URL or phone.
 */
export function bookButton(options: BookOptions, { clinic, lang }: Context, slot?: string): Tag | undefined {
  const strings = STRINGS[lang];
  const book = webUrl(clinic.bookingUrl);
  const phone = parsePhone(clinic.phone);
  if (!book && !phone) return undefined;
  return h(
    'clinic-book-button',
    {
      slot,
      mode: options.mode !== 'link' && options.mode,
      variant: options.variant !== 'primary' && options.variant,
      size: options.size !== 'medium' && options.size,
      'full-width': options.fullWidth,
    },
    spaced([
      book && h('a', { href: book }, strings.bookLabel),
      phone && h('a', { href: `tel:${phone.e164}` }, book ? strings.bookOrCall(phone.display) : strings.call(phone.display)),
    ]),
  );
}

function bookCss(_options: BookOptions, { clinic }: Context): string[] {
  const checked = checkedClinic(clinic);
  return [
    'clinic-book-button:not(:defined) { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0 1rem; }',
    'clinic-book-button:not(:defined) > a { display: inline-flex; align-items: center; box-sizing: border-box; min-height: 44px; font-weight: 600; line-height: 1.25; }',
    'clinic-book-button:not(:defined) > a:first-child { padding: 0.5em 1.25em; border: 2px solid; border-radius: 0.5rem; }',
    // The line "Open now · closes 5:00 PM" takes, shown where there are office hours and a phone.
    checked.hours && checked.phone ? "clinic-book-button:not(:defined)::after { content: ''; flex-basis: 100%; height: 1.09375em; }" : '',
  ];
}

/* --- <clinic-faq> -------------------------------------------------------------------------------- */

/** One question as data: text, the answer in the FAQ's Markdown subset. */
export interface FaqItem {
  id?: string;
  question: string;
  answer: string;
}

/** A question as a page writes it: text as for `FaqItem`, or markup where a page needs more (`lang` on a phrase). */
export interface FaqEntry {
  id?: string;
  question: string | Content;
  answer: string | Content;
}

export interface FaqOptions {
  /** `plain` (the element's default, left out of the markup), `divided` or `cards`. */
  appearance?: FaqAppearance;
  heading?: string;
  headingLevel?: number;
  searchable?: boolean;
  toggleAll?: boolean;
  single?: boolean;
  structuredData?: boolean;
  items: readonly FaqEntry[];
}

/** An id a `<details>` can carry and a URL hash can name: no spaces. */
export const isFaqId = (id: string): boolean => /^[^\s#]+$/.test(id);

/**
 * Answer text in the FAQ's Markdown subset as HTML, by the rules the FAQ renders it with
 * (src/internal/text.ts): paragraphs, `- ` lists, bold, italic, and links with an allowed scheme
 * (any other link stays its text).
 */
export function textMarkup(text: string): Tag[] {
  return textBlocks(text).map(([list, lines]) =>
    list
      ? h(
          'ul',
          {},
          lines.map((line) => h('li', {}, inlineMarkup(line))),
        )
      : h('p', {}, inlineMarkup(lines[0]!)),
  );
}

function inlineMarkup(text: string): Content[] {
  const parts: Content[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    parts.push(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [, bold, starred, underscored, label, href] = match;
    if (bold !== undefined) parts.push(h('strong', {}, inlineMarkup(bold)));
    else if (starred !== undefined || underscored !== undefined) parts.push(h('em', {}, inlineMarkup(starred ?? underscored ?? '')));
    else parts.push(safeUrl(href, LINK_SCHEMES) ? h('a', { href }, inlineMarkup(label ?? '')) : label);
  }
  parts.push(text.slice(last));
  return parts;
}

const hasText = (value: string | Content) => (typeof value === 'string' ? !!value.trim() : !!value);

/** The FAQ as plain `<details>`: every question and answer readable, and openable, without the script. */
export function faq(options: FaqOptions): Tag {
  const level = options.headingLevel;
  return h(
    'clinic-faq',
    {
      appearance: options.appearance && options.appearance !== 'plain' ? options.appearance : undefined,
      heading: options.heading?.trim() || undefined,
      'heading-level': level && level !== 2 && level >= 1 && level <= 5 ? level : undefined,
      searchable: options.searchable,
      'toggle-all': options.toggleAll && !options.single,
      single: options.single,
      'structured-data': options.structuredData,
    },
    options.items
      .filter((item) => hasText(item.question) && hasText(item.answer))
      .map((item) =>
        h(
          'details',
          { id: item.id?.trim() && isFaqId(item.id.trim()) ? item.id.trim() : undefined },
          h('summary', {}, typeof item.question === 'string' ? item.question.trim() : item.question),
          typeof item.answer === 'string' ? textMarkup(item.answer) : item.answer,
        ),
      ),
  );
}

/* --- <clinic-crisis-support> --------------------------------------------------------------------- */

export interface CrisisOptions {
  variant?: CrisisVariant;
  headingLevel?: number;
}

/**
 * Crisis support with the built-in numbers written in as plain `tel:`, `sms:` and `https:` links, in
 * the widget's wording: callable without the script. The services' names are proper names, in
 * English in both languages, and marked so on a Spanish page.
 */
export function crisisSupport(options: CrisisOptions, { lang }: Context): Tag {
  const strings = STRINGS[lang];
  const list = crisisResources(strings);
  const english = crisisResources(en);
  const spanish = crisisResources(es);
  const properName = (i: number) => lang !== 'en' && english[i]!.name === spanish[i]!.name;
  const name = (resource: CrisisResource, i: number) => h('strong', { lang: properName(i) ? 'en' : undefined }, resource.name);
  const links = (resource: CrisisResource) => spaced(resource.links.map((link) => h('a', { href: link.href }, link.label)));
  const variant = options.variant ?? 'card';
  const level = options.headingLevel && options.headingLevel >= 1 && options.headingLevel <= 6 ? options.headingLevel : 2;
  const lead = h('strong', {}, `${strings.crisisHeading}:`);
  return h(
    'clinic-crisis-support',
    { variant: variant !== 'card' && variant, 'heading-level': variant === 'card' && level !== 2 && level },
    variant === 'banner'
      ? // The banner's line, and its "More help" as a native disclosure holding the whole list (the
        // emergency number included), which opens without the script and takes the button's place.
        [
          h('p', {}, lead, ' ', links(list[0]!)),
          ' ',
          h(
            'details',
            {},
            h('summary', {}, strings.crisisMore),
            h(
              'ul',
              {},
              list.map((resource, i) =>
                h('li', {}, name(resource, i), resource.note && [' ', h('span', {}, resource.note)], ' ', h('span', {}, links(resource))),
              ),
            ),
          ),
        ]
      : variant === 'inline'
        ? // The sentence the element writes: the service's name in brackets, not bold.
          h('span', {}, lead, ' ', links(list[0]!), ' (', properName(0) ? h('span', { lang: 'en' }, list[0]!.name) : list[0]!.name, ')')
        : [
            h(`h${level}`, {}, strings.crisisHeading),
            h(
              'ul',
              {},
              list.map((resource, i) =>
                h('li', {}, name(resource, i), resource.note && [' ', h('span', {}, resource.note)], ' ', h('span', {}, links(resource))),
              ),
            ),
          ],
  );
}

function crisisCss(): string[] {
  const box = 'clinic-crisis-support:not(:defined):not([variant=inline])';
  return [
    'clinic-crisis-support:not([variant=inline]) { display: block; }',
    `${box} { padding: 0.5rem 1rem; border: 1px solid; border-inline-start-width: 4px; border-radius: 0.5rem; }`,
    `${box} :is(h1, h2, h3, h4, h5, h6, p, ul) { margin: 0; padding: 0; list-style: none; }`,
    // The heading as the element draws it (as prelayout.css does).
    `${box} :is(h1, h2, h3, h4, h5, h6) { font-size: 1.25em; line-height: inherit; }`,
    `${box} li { margin-block: 0.5rem; }`,
    `${box} li > :not(a) { display: block; }`,
    // Every variant's links, as the element spaces them.
    'clinic-crisis-support:not(:defined) a { margin-inline-end: 0.5rem; line-height: 2; }',
    // The banner's "More help" disclosure in the toggle button's place and size (as prelayout.css does).
    'clinic-crisis-support[variant=banner]:not(:defined) > p { display: inline; }',
    'clinic-crisis-support[variant=banner]:not(:defined) > details { display: inline-block; }',
    'clinic-crisis-support[variant=banner]:not(:defined) > details > summary { display: inline-block; box-sizing: border-box; min-height: 24px; padding: 1px 6px; border: 1px solid; border-radius: 0.5rem; list-style: none; cursor: pointer; }',
    'clinic-crisis-support[variant=banner]:not(:defined) > details > summary::-webkit-details-marker { display: none; }',
  ];
}

/* --- <clinic-treatment-card> --------------------------------------------------------------------- */

export interface CardOptions {
  content: Treatment;
  variant?: CardVariant;
  headingLevel?: number;
  /**
   * Where the card loads its content from as JSON (`{lang}` allowed). Then only what a compact card
   * shows first (name, summary, three facts) is written in, as the placeholder until it loads.
   */
  src?: string;
  structuredData?: boolean;
  /** A booking button in the card's actions (from the provider's details), unless the content has its own action. */
  booking?: boolean;
  /** More light-DOM content after the card's own, e.g. a page's note shown until the content loads. */
  after?: Content;
}

/** "Ma J-H et al. Psychiatry Research. 2019;279:252-258. doi:…. PubMed 31147085.", as the card cites a study. */
function citation(study: TreatmentEvidence, strings: Strings, lang: Lang): Content[] {
  const join = (parts: unknown[], separator: string) => parts.filter((part) => part).join(separator);
  const source = join(
    [
      study.authors?.replace(/\.$/, ''),
      study.journal,
      join([study.year, join([study.volume, study.pages], ':')], ';'),
      study.doi && `doi:${study.doi}`,
      study.pmid && `PubMed ${study.pmid}`,
    ],
    '. ',
  );
  const count = study.participants !== undefined && strings.cardParticipants(study.participants.toLocaleString(lang));
  const details = join([study.design, count], ' · ');
  return [
    h('cite', {}, study.url ? h('a', { href: study.url }, study.title) : study.title),
    source && h('p', {}, `${source}.`),
    details && h('p', {}, details),
    study.finding && h('p', {}, study.finding),
    study.note && h('p', {}, study.note),
  ];
}

/**
 * The treatment card in its light-DOM form: name, summary and key facts in their slots, sections,
 * considerations, evidence and review in the body, the disclaimer and a way to book, so that a reader
 * without the script gets all of it. With `src`, only the placeholder (see `CardOptions.src`).
 */
export function treatmentCard(options: CardOptions, context: Context): Tag | undefined {
  // The card's own validator: a clean copy, unsafe links and malformed fields left out.
  const content = validate(options.content, TREATMENT_SCHEMA, 'data', () => {}, '') as Treatment | undefined;
  if (!content) return undefined;
  const strings = STRINGS[context.lang];
  const level = options.headingLevel && options.headingLevel >= 1 && options.headingLevel <= 6 ? options.headingLevel : 2;
  const heading = (offset: number, text: string) => h(`h${Math.min(level + offset, 6)}`, {}, text);
  const placeholder = !!options.src;
  const facts = (content.facts ?? []).slice(0, placeholder ? 3 : undefined);
  const sections = (list: Treatment['sections'], offset: number) =>
    list?.map((section) => [heading(offset, section.heading), textMarkup(section.body)]);
  const reviewed =
    content.lastReviewed &&
    new Date(content.lastReviewed).toLocaleDateString(context.lang, {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
  const action = content.action
    ? h('a', { slot: 'actions', href: content.action.url }, content.action.label)
    : options.booking && bookButton({}, context, 'actions');
  return h(
    'clinic-treatment-card',
    {
      src: options.src,
      variant: options.variant !== 'full' && options.variant,
      'heading-level': level !== 2 && level,
      'structured-data': options.structuredData && placeholder,
    },
    h(`h${level}`, { slot: 'heading' }, content.name),
    content.summary && h('p', { slot: 'summary' }, content.summary),
    facts.length > 0 &&
      h(
        'dl',
        { slot: 'facts' },
        facts.map((fact) => h('div', {}, h('dt', {}, fact.label), h('dd', {}, fact.value))),
      ),
    !placeholder && [
      sections(content.sections, 1),
      !!content.considerations?.length && [heading(1, strings.cardConsiderations), sections(content.considerations, 2)],
      !!content.evidence?.length && [
        heading(1, strings.cardEvidence),
        h(
          'ul',
          {},
          content.evidence.map((study) => h('li', {}, citation(study, strings, context.lang))),
        ),
      ],
      (content.reviewedBy || reviewed) && h('p', {}, strings.cardReviewed(content.reviewedBy, reviewed)),
    ],
    action,
    !placeholder && h('p', { slot: 'disclaimer' }, content.disclaimer ?? strings.disclaimer),
    options.after,
  );
}

function cardCss(): string[] {
  return [
    // Long words (a DOI, a link) wrap as in the card, rather than widen its column (as prelayout.css does).
    'clinic-treatment-card:not(:defined) { display: grid; gap: 1rem; padding: 1rem; border: 1px solid; border-radius: 0.5rem; line-height: 1.5; overflow-wrap: anywhere; }',
    'clinic-treatment-card:not(:defined) > * { margin: 0; }',
    'clinic-treatment-card:not(:defined) > [slot=disclaimer] { padding-top: .5rem; border-top: 1px solid; font-size: .875em; }',
  ];
}

/**
 * The plain FAQ as the element draws it (as prelayout.css does): questions at least 24 px, the
 * question button's own triangle in place of the browser's marker (whose width depends on the font),
 * the words centred in a row taller than their line; room kept for what only the script shows.
 */
function faqCss(): string[] {
  const summary = 'clinic-faq:not(:defined) > details > summary';
  // A search box or button: at least 2.5em, else a line, its padding and border.
  const control = 'max(2.5em, 1lh + 0.5rem + 2px)';
  return [
    'clinic-faq { display: block; }',
    `${summary} { display: block; min-height: 24px; align-content: center; cursor: pointer; }`,
    `${summary}::-webkit-details-marker { display: none; }`,
    `${summary}::before { content: ''; display: inline-block; margin-inline-end: 0.5em; border: 0.3em solid transparent; border-inline-start-color: currentColor; border-inline-end-width: 0; }`,
    'clinic-faq:not(:defined) > details[open] > summary::before { border-color: currentColor transparent transparent; border-width: 0.35em 0.3em 0; margin-inline-end: 0.2em; }',
    // Room for what only the script draws above the questions: a heading given as an attribute, the
    // search box under its label, and "Expand all" under that.
    'clinic-faq[heading]:not(:defined)::before { content: attr(heading); display: block; margin-block-end: 0.5rem; font-size: 1.4em; font-weight: bold; }',
    `clinic-faq:not(:defined) > details:first-of-type { --tools: calc(${control} + 1rem); }`,
    `clinic-faq[searchable]:not(:defined) > details:first-of-type { --tools: calc(1lh + 0.25rem + ${control} + 1rem); }`,
    `clinic-faq[searchable][toggle-all]:not([single], :defined) > details:first-of-type { --tools: calc(1lh + 0.25rem + 2 * ${control} + 0.5rem + 1rem); }`,
    'clinic-faq:is([searchable], [toggle-all]:not([single])):not(:defined) > details:first-of-type { border-top: var(--tools) solid transparent; }',
  ];
}

/* --- Every widget kind --------------------------------------------------------------------------- */

/**
 * The widget kinds, in the order the builder offers and writes them. Each: its tag, its fragment
 * (undefined when the clinic's details cannot make one, e.g. a booking button with neither a booking
 * URL nor a phone) and the CSS rules that keep the page still until the script arrives.
 */
export const WIDGETS = {
  book: { tag: 'clinic-book-button', fragment: (options: BookOptions, context: Context) => bookButton(options, context), css: bookCss },
  faq: { tag: 'clinic-faq', fragment: (options: FaqOptions) => faq(options), css: faqCss },
  card: {
    tag: 'clinic-treatment-card',
    fragment: treatmentCard,
    css: (options: CardOptions, context: Context) => [...cardCss(), ...(options.booking ? bookCss({}, context) : [])],
  },
  crisis: { tag: 'clinic-crisis-support', fragment: crisisSupport, css: crisisCss },
} satisfies Record<
  string,
  { tag: string; fragment(options: never, context: Context): Tag | undefined; css(options: never, context: Context): string[] }
>;

export type WidgetName = keyof typeof WIDGETS;
export const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];
/** Each kind's options. */
export type WidgetOptions = { [K in WidgetName]: Parameters<(typeof WIDGETS)[K]['fragment']>[0] };

/** One widget's fragment. */
export const widget = <K extends WidgetName>(name: K, options: WidgetOptions[K], context: Context): Tag | undefined =>
  (WIDGETS[name].fragment as (options: WidgetOptions[K], context: Context) => Tag | undefined)(options, context);

/** The pre-upgrade CSS for the given widgets, each rule once. */
export function widgetCss(widgets: Partial<WidgetOptions>, context: Context): string {
  const rules = Object.entries(widgets).flatMap(([name, options]) =>
    (WIDGETS[name as WidgetName].css as (options: unknown, context: Context) => string[])(options, context),
  );
  return [...new Set(rules.filter((rule) => rule))].join('\n');
}

/* --- Colours ------------------------------------------------------------------------------------- */

/** A brand colour for each scheme, and the text colour on it. `#rrggbb` only. */
export interface Brand {
  primary: string;
  onPrimary: string;
  primaryDark?: string;
  onPrimaryDark?: string;
}

export const isHexColor = (value: string | undefined): value is string => !!value && /^#[0-9a-f]{6}$/i.test(value);

/** The `--clinic-*` properties for a brand colour, for the site's stylesheet (light and dark when both are given). */
export function brandCss(brand: Brand): string {
  const both = (light: string, dark?: string) => (isHexColor(dark) ? `light-dark(${light}, ${dark})` : light);
  if (!isHexColor(brand.primary) || !isHexColor(brand.onPrimary)) return '';
  const primary = both(brand.primary, brand.primaryDark);
  return [
    ':root {',
    `  --clinic-color-primary: ${primary};`,
    `  --clinic-color-focus: ${primary};`,
    `  --clinic-color-on-primary: ${both(brand.onPrimary, brand.primaryDark && brand.onPrimaryDark)};`,
    '}',
  ].join('\n');
}

/* --- The script tag ------------------------------------------------------------------------------ */

/** The public CDNs that serve npm packages, and the start of a package file's URL on each. */
export const CDNS = { jsdelivr: 'https://cdn.jsdelivr.net/npm/', unpkg: 'https://unpkg.com/' } as const;
export type Cdn = keyof typeof CDNS;

/** Where the script comes from: a CDN URL that follows bug-fix releases, one exact version, or the site itself. */
export const SCRIPT_SOURCES = ['cdn', 'pinned', 'self'] as const;
export type ScriptSourceKind = (typeof SCRIPT_SOURCES)[number];

export interface ScriptSource {
  from: ScriptSourceKind;
  cdn?: Cdn;
  /** Self-hosted: where the site serves the file. */
  path?: string;
  /** The classic script (`clinic-widgets.iife.js`) for site builders that take no module script. */
  classic?: boolean;
  /** An exact file (pinned or self-hosted) gets its `integrity` hash unless this is false. */
  integrity?: boolean;
}

/** This release: the package's name and version and each drop-in's integrity hash (dist/sri.json). */
export interface Release {
  name: string;
  version: string;
  integrity: Record<string, string>;
}

export const dropInFile = (classic?: boolean): string => (classic ? 'clinic-widgets.iife.js' : 'clinic-widgets.js');

/** The script's URL. A CDN URL naming `major.minor` gets every bug-fix release of it. */
export function scriptUrl(source: ScriptSource, release: Release): string {
  const file = dropInFile(source.classic);
  const cdn = CDNS[source.cdn ?? 'jsdelivr'] ?? CDNS.jsdelivr;
  if (source.from === 'self') return webUrl(source.path) ?? `/js/${file}`;
  const version = source.from === 'cdn' ? release.version.split('.').slice(0, 2).join('.') : release.version;
  return `${cdn}${release.name}@${version}/dist/${file}`;
}

/** The script tag, once per site: module or classic, with its integrity hash when the file is exact. */
export function scriptTag(source: ScriptSource, release: Release): Tag {
  const exact = source.from !== 'cdn' && source.integrity !== false;
  const integrity = exact ? release.integrity[dropInFile(source.classic)] : undefined;
  return h('script', {
    type: source.classic ? undefined : 'module',
    src: scriptUrl(source, release),
    defer: source.classic,
    integrity,
    crossorigin: integrity && 'anonymous',
  });
}
