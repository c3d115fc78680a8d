/**
 * From the settings to what the builder shows and hands over: every field problem (by field id), the
 * snippets in the parts a site builder takes, and the tree the preview renders. The snippets come
 * from the shared fragment functions (fragments/), so they are the demo page's markup too.
 */
import { toHtml, type Content } from '../../fragments/markup.js';
import {
  brandCss,
  checkedClinic,
  isFaqId,
  provider,
  scriptTag,
  webUrl,
  widget,
  widgetCss,
  WIDGET_NAMES,
  type Clinic,
  type Context,
  type Release,
  type WidgetName,
  type WidgetOptions,
} from '../../fragments/widgets.js';
import { INLINE } from '../../src/internal/text.js';
import { LINK_SCHEMES, safeUrl } from '../../src/internal/url.js';
import { parsePhone } from '../../src/internal/phone.js';
import { isTimeZone } from '../../src/internal/hours.js';
import { checkCard, type CardProblem } from './card.js';
import { checkBrand, type BrandCheck } from './contrast.js';
import { openingHours, rangeProblems } from './hours.js';
import type { Settings } from './settings.js';

/** Why a field is not used as it stands (the view words it in the builder's language). */
export type Problem =
  'phone' | 'url' | 'zone' | 'color' | 'range' | 'required' | 'id' | 'link' | 'path' | 'noBooking' | `card-${CardProblem}`;

/** One part of the output: what it is and its code. */
export interface Part {
  key: 'script' | 'provider' | 'css' | 'all' | WidgetName;
  code: string;
}

export interface Output {
  context: Context;
  /** The clinic's details as the widgets will read them (anything unusable left out). */
  clinic: Clinic;
  /** The openingHours text the week makes. */
  hours: string;
  brand?: BrandCheck;
  css: string;
  parts: Part[];
  /** The page-wide provider and each widget, for the live preview. */
  preview: Content;
  problems: Map<string, Problem>;
  /** Widgets switched on that cannot be written, and why. */
  missing: Map<WidgetName, Problem>;
}

/** `#rrggbb` in lower case from "#RRGGBB" or "rrggbb"; undefined for anything else. */
export function normalizeHex(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  return /^#?[0-9a-f]{6}$/.test(text) ? (text.startsWith('#') ? text : `#${text}`) : undefined;
}

/** Links in answer text that will show as their text: a scheme other than http, https, tel, mailto. */
export const unsafeLinks = (text: string): string[] =>
  [...text.matchAll(INLINE)].filter((match) => match[4] !== undefined && !safeUrl(match[5], LINK_SCHEMES)).map((match) => match[5]!);

export function buildOutput(settings: Settings, release: Release): Output {
  const problems = new Map<string, Problem>();
  const { clinic: form, widgets, script } = settings;
  const hours = openingHours(form.week);
  const clinic = checkedClinic({
    name: form.name,
    phone: form.phone,
    bookingUrl: form.bookingUrl,
    hours,
    timezone: form.timezone,
    lang: form.lang,
    theme: form.theme,
  });
  if (form.phone.trim() && !parsePhone(form.phone)) problems.set('clinic-phone', 'phone');
  if (form.bookingUrl.trim() && !clinic.bookingUrl) problems.set('clinic-booking-url', 'url');
  if (!form.timezone.trim() || !isTimeZone(form.timezone.trim())) problems.set('clinic-timezone', 'zone');
  for (const [day, range] of rangeProblems(form.week)) problems.set(`hours-${day}-${range}`, 'range');
  if (script.from === 'self' && !webUrl(script.path)) problems.set('script-path', 'path');
  const context: Context = { clinic, lang: form.lang };

  // Brand colour: checked as the widgets use it; the CSS follows the choice, warning or not.
  const brandHex = form.brandOn ? normalizeHex(form.brand) : undefined;
  const background = normalizeHex(form.background);
  if (form.brandOn && !brandHex) problems.set('clinic-brand', 'color');
  if (form.brandOn && !background) problems.set('clinic-background', 'color');
  const brand = brandHex ? checkBrand(brandHex, background ?? '#ffffff', form.theme !== 'light') : undefined;
  const brandRules =
    brand && brandHex
      ? brandCss({ primary: brandHex, onPrimary: brand.onPrimary, primaryDark: brand.dark, onPrimaryDark: brand.onDark })
      : '';

  // Each widget's options as the fragment functions take them, and problems beside its fields.
  widgets.faq.items.forEach((item, i) => {
    const touchedItem = item.question.trim() || item.answer.trim() || item.id.trim();
    if (touchedItem && !item.question.trim()) problems.set(`faq-${i}-question`, 'required');
    if (touchedItem && !item.answer.trim()) problems.set(`faq-${i}-answer`, 'required');
    if (item.id.trim() && !isFaqId(item.id.trim())) problems.set(`faq-${i}-id`, 'id');
    if (unsafeLinks(item.answer).length) problems.set(`faq-${i}-answer`, 'link');
  });
  const card = checkCard(widgets.card.content);
  for (const [id, problem] of card.problems) problems.set(id, `card-${problem}`);
  if (card.content === undefined) problems.set('card-name', 'card-s');

  const options: WidgetOptions = {
    book: { mode: widgets.book.mode, variant: widgets.book.variant, size: widgets.book.size, fullWidth: widgets.book.fullWidth },
    faq: {
      heading: widgets.faq.heading,
      searchable: widgets.faq.searchable,
      toggleAll: widgets.faq.toggleAll,
      single: widgets.faq.single,
      structuredData: widgets.faq.structuredData,
      items: widgets.faq.items,
    },
    card: { content: card.content ?? { name: '' }, variant: widgets.card.variant, booking: widgets.card.booking },
    crisis: { variant: widgets.crisis.variant },
  };
  const chosen = WIDGET_NAMES.filter((name) => widgets[name].on);
  const missing = new Map<WidgetName, Problem>();
  // An FAQ without a single complete question is not worth writing.
  const complete = widgets.faq.items.some((item) => item.question.trim() && item.answer.trim());
  const written = chosen.flatMap((name) => {
    const tag = name === 'faq' && !complete ? undefined : widget(name, options[name] as never, context);
    if (!tag) missing.set(name, name === 'book' ? 'noBooking' : name === 'card' ? 'card-s' : 'required');
    return tag ? [{ name, tag }] : [];
  });
  const css = [
    widgetCss(Object.fromEntries(written.map(({ name }) => [name, options[name]])) as Partial<WidgetOptions>, context),
    brandRules,
  ]
    .filter((block) => block)
    .join('\n\n');
  const scriptCode = toHtml(scriptTag({ from: script.from, cdn: script.cdn, path: script.path, classic: script.classic }, release));
  const providerTag = provider(clinic);
  const parts: Part[] = [
    { key: 'script', code: scriptCode },
    { key: 'provider', code: toHtml(providerTag) },
    ...written.map(({ name, tag }) => ({ key: name, code: toHtml(tag) })),
    { key: 'css', code: css },
    {
      key: 'all',
      code: [css && `<style>\n${css}\n</style>`, scriptCode, toHtml(providerTag), ...written.map(({ tag }) => toHtml(tag))]
        .filter((block) => block)
        .join('\n\n'),
    },
  ];
  return {
    context,
    clinic,
    hours,
    brand,
    css,
    parts,
    preview: [...written.map(({ tag }) => tag), providerTag],
    problems,
    missing,
  };
}
