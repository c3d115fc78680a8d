/**
 * The builder's page, as Lit templates rendered into the page's own DOM (so labels, ids and the
 * page's stylesheet work as in any form). Everything it shows comes from the app's state; every
 * change goes through `app.update()`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { ref } from 'lit/directives/ref.js';
import { parsePhone } from '../../src/internal/phone.js';
import { BOOK_SIZES } from '../../src/book-button/book-button.js';
import { CDNS, LANGS, dropInFile, type Lang } from '../../fragments/widgets.js';
import { normalizeHex } from './output.js';
import { dayNames, statusLine } from './hours.js';
import { formatRatio, AA_TEXT } from './contrast.js';
import { field, checkbox, radios, select } from './fields.js';
import { EVIDENCE_FIELDS, emptyEvidence, type CardForm, type Settings } from './settings.js';
import type { BuilderStrings } from './strings.js';
import type { Output, Part } from './output.js';
import '../../src/faq/define.js';

/** What the view needs from the app. */
export interface App {
  settings: Settings;
  output: Output;
  t: BuilderStrings;
  /** This release: its version, and the WordPress plugin's file when the builder ships it. */
  release: { version: string; wordpressPlugin?: string };
  preview: { scheme: 'light' | 'dark'; width: 'phone' | 'tablet' | 'desktop' };
  importHtml: string;
  zones: readonly string[];
  update(change: (settings: Settings) => void): void;
  /** Marks a field as left by the person: its problem, if any, shows from now on. */
  touch(id: string): void;
  /** The message for a field's problem, once it was touched. */
  error(id: string): string | undefined;
  /** A status line's text (copy confirmations, imports). */
  status(key: string): string;
  /** A stable key for a list row (for moving rows with their DOM). */
  keyOf(row: object): number;
  switchLanguage(): void;
  fillSample(): void;
  setPreview(change: Partial<App['preview']>): void;
  setImportHtml(text: string): void;
  importFaqHtml(): void;
  importFaqJson(file: File): void;
  exportFaqJson(): void;
  moveQuestion(index: number, by: -1 | 1): void;
  removeQuestion(index: number): void;
  addQuestion(): void;
  fillSampleCard(): void;
  openCard(file: File): void;
  copy(key: string, text: string): void;
  saveSettings(): void;
  openSettings(file: File): void;
  copyLink(): void;
}

const fileFrom = (event: Event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  // The same file can be chosen again later.
  input.value = '';
  return file;
};

/** A status line, present from the start so that screen readers announce what is written into it. */
const liveStatus = (app: App, key: string) => html`<p class="status" role="status" id="status-${key}">${app.status(key)}</p>`;

/* --- 1. Clinic ----------------------------------------------------------------------------------- */

function clinicSection(app: App): TemplateResult {
  const { t, settings } = app;
  const clinic = settings.clinic;
  const phone = parsePhone(clinic.phone);
  const days = dayNames(app.t.lang as Lang);
  const status = app.output.hours ? statusLine(app.output.hours, app.output.clinic.timezone, clinic.lang) : undefined;
  return html`<section aria-labelledby="clinic-heading">
    <h2 id="clinic-heading">${t.clinicHeading}</h2>
    ${field({
      id: 'clinic-name',
      label: t.name,
      value: clinic.name,
      autocomplete: 'organization',
      input: (value) => app.update((s) => (s.clinic.name = value)),
    })}
    ${field({
      id: 'clinic-phone',
      label: t.phone,
      hint: t.phoneHint,
      type: 'tel',
      autocomplete: 'tel',
      value: clinic.phone,
      error: app.error('clinic-phone'),
      input: (value) => app.update((s) => (s.clinic.phone = value)),
      change: () => app.touch('clinic-phone'),
      extra: phone ? html`<p class="note" id="clinic-phone-dials">${t.phoneDials(`tel:${phone.e164}`)}</p>` : nothing,
    })}
    ${field({
      id: 'clinic-booking-url',
      label: t.bookingUrl,
      hint: t.bookingUrlHint,
      type: 'url',
      inputmode: 'url',
      value: clinic.bookingUrl,
      error: app.error('clinic-booking-url'),
      input: (value) => app.update((s) => (s.clinic.bookingUrl = value)),
      change: () => app.touch('clinic-booking-url'),
    })}
    <fieldset class="hours" aria-describedby="hours-hint">
      <legend>${t.hoursHeading}</legend>
      <p class="hint" id="hours-hint">${t.hoursHint}</p>
      ${clinic.week.map((day, d) => {
        const name = days[d]!;
        return html`<fieldset class="day" aria-label=${name}>
          <legend class="day-name">${name}</legend>
          ${checkbox(`day-${d}-open`, t.open, day.open, (open) => app.update((s) => (s.clinic.week[d]!.open = open)))}
          ${
            day.open
              ? html`<ul class="ranges">
                ${day.ranges.map((range, r) => {
                  const error = app.error(`hours-${d}-${r}`);
                  const describe = error ? `hours-${d}-${r}-error` : undefined;
                  return html`<li>
                    <span class="field inline">
                      <label for="hours-${d}-${r}-from">${t.opens}</label>
                      <input
                        type="time"
                        id="hours-${d}-${r}-from"
                        .value=${range.from}
                        aria-invalid=${error ? 'true' : 'false'}
                        aria-describedby=${describe ?? nothing}
                        @input=${(event: Event) => app.update((s) => (s.clinic.week[d]!.ranges[r]!.from = (event.target as HTMLInputElement).value))}
                        @change=${() => app.touch(`hours-${d}-${r}`)}
                      />
                    </span>
                    <span class="field inline">
                      <label for="hours-${d}-${r}-to">${t.closes}</label>
                      <input
                        type="time"
                        id="hours-${d}-${r}-to"
                        .value=${range.to}
                        aria-invalid=${error ? 'true' : 'false'}
                        aria-describedby=${describe ?? nothing}
                        @input=${(event: Event) => app.update((s) => (s.clinic.week[d]!.ranges[r]!.to = (event.target as HTMLInputElement).value))}
                        @change=${() => app.touch(`hours-${d}-${r}`)}
                      />
                    </span>
                    ${
                      day.ranges.length > 1
                        ? html`<button type="button" class="small" id="hours-${d}-${r}-remove" @click=${() => app.update((s) => s.clinic.week[d]!.ranges.splice(r, 1))}>
                          ${t.removeHours}
                        </button>`
                        : nothing
                    }
                    ${error ? html`<p class="error" id="hours-${d}-${r}-error">${error}</p>` : nothing}
                  </li>`;
                })}
              </ul>`
              : html`<p class="closed">${t.closed}</p>`
          }
          <div class="actions">
            ${
              day.open && day.ranges.length < 6
                ? html`<button
                  type="button"
                  class="small"
                  id="day-${d}-add"
                  @click=${() => app.update((s) => s.clinic.week[d]!.ranges.push({ from: '13:00', to: '17:00' }))}
                >
                  ${t.addHours}
                </button>`
                : nothing
            }
            ${
              d > 0
                ? html`<button
                  type="button"
                  class="small"
                  id="day-${d}-same"
                  @click=${() =>
                    app.update((s) => {
                      const monday = s.clinic.week[0]!;
                      s.clinic.week[d] = { open: monday.open, ranges: monday.ranges.map((range) => ({ ...range })) };
                    })}
                >
                  ${t.sameAsMonday}
                </button>`
                : nothing
            }
          </div>
        </fieldset>`;
      })}
      <p class="note">
        ${app.output.hours ? html`${t.hoursText} <code id="hours-code">${app.output.hours}</code>` : t.noHours}
        ${status ? html`<br /><span id="hours-status">${t.statusPreview(status)}</span>` : nothing}
      </p>
    </fieldset>
    ${field({
      id: 'clinic-timezone',
      label: t.timezone,
      hint: t.timezoneHint,
      list: 'time-zones',
      autocomplete: 'off',
      value: clinic.timezone,
      error: app.error('clinic-timezone'),
      input: (value) => app.update((s) => (s.clinic.timezone = value)),
      change: () => app.touch('clinic-timezone'),
      extra: html`<datalist id="time-zones">${app.zones.map((zone) => html`<option value=${zone}></option>`)}</datalist>`,
    })}
    ${radios(
      'clinic-lang',
      t.widgetLanguage,
      LANGS.map((lang) => [lang, html`<span lang=${lang}>${lang === 'en' ? 'English' : 'Español'}</span>`] as const),
      clinic.lang,
      (lang) => app.update((s) => (s.clinic.lang = lang)),
    )}
    ${radios(
      'clinic-theme',
      t.theme,
      [
        ['auto', t.themeAuto],
        ['light', t.themeLight],
        ['dark', t.themeDark],
      ],
      clinic.theme,
      (theme) => app.update((s) => (s.clinic.theme = theme)),
    )}
    ${brandFields(app)}
  </section>`;
}

/**
 * A colour sample. Its colour is set through the CSSOM: a `style` attribute (what Lit's styleMap
 * writes on first render) is inline style, which the page's strict CSP refuses.
 */
const swatch = (color: string) =>
  html`<span class="swatch" aria-hidden="true" ${ref((el) => (el as HTMLElement | undefined)?.style.setProperty('background-color', color))}></span>`;

function brandFields(app: App): TemplateResult {
  const { t, settings } = app;
  const clinic = settings.clinic;
  const check = app.output.brand;
  // A text field for the hex value (typed or pasted), with the browser's colour picker beside it.
  const color = (id: string, label: string, value: string, set: (value: string) => void) =>
    field({
      id,
      label,
      hint: t.colorHint,
      value,
      error: app.error(id),
      input: (next) => app.update(() => set(next)),
      change: () => app.touch(id),
      extra: html`<input
        type="color"
        class="picker"
        aria-label="${label}: ${t.palette}"
        .value=${normalizeHex(value) ?? '#000000'}
        @input=${(event: Event) => app.update(() => set((event.target as HTMLInputElement).value))}
      />`,
    });
  const checks = check
    ? html`<ul class="checks" id="brand-checks">
          <li class=${check.buttonRatio >= AA_TEXT ? 'pass' : 'fail'}>${t.brandButton(formatRatio(check.buttonRatio), check.buttonRatio >= AA_TEXT)}</li>
          <li class=${check.pageRatio >= AA_TEXT ? 'pass' : 'fail'}>${t.brandPage(formatRatio(check.pageRatio), check.pageRatio >= AA_TEXT)}</li>
        </ul>
        ${
          check.passes
            ? nothing
            : html`<div class="warning" id="brand-warning">
              <p>${t.brandWarning} ${check.suggestion ? t.brandSuggestion(check.suggestion) : t.brandNoSuggestion}</p>
              ${
                check.suggestion
                  ? html`<button type="button" @click=${() => app.update((s) => (s.clinic.brand = check.suggestion!))}>
                    ${swatch(check.suggestion)}${t.brandUseSuggestion(check.suggestion)}
                  </button>`
                  : nothing
              }
            </div>`
        }
        ${check.dark ? html`<p class="note" id="brand-dark">${swatch(check.dark)}${t.brandDark(check.dark)}</p>` : nothing}`
    : nothing;
  return html`<fieldset class="brand" aria-describedby="brand-hint">
    <legend>${t.brand}</legend>
    <p class="hint" id="brand-hint">${t.brandHint}</p>
    ${checkbox('brand-on', t.brandUse, clinic.brandOn, (on) => app.update((s) => (s.clinic.brandOn = on)))}
    ${
      clinic.brandOn
        ? html`${color('clinic-brand', t.brand, clinic.brand, (value) => (app.settings.clinic.brand = value))}
        ${color('clinic-background', t.background, clinic.background, (value) => (app.settings.clinic.background = value))} ${checks}`
        : nothing
    }
  </fieldset>`;
}

/* --- 2. Widgets ---------------------------------------------------------------------------------- */

function widgetSection(
  app: App,
  name: 'book' | 'faq' | 'card' | 'crisis',
  heading: string,
  on: string,
  about: string,
  body: () => TemplateResult,
) {
  const enabled = app.settings.widgets[name].on;
  const missing = app.output.missing.get(name);
  // A group under its heading, not a landmark: the page's regions are its numbered sections.
  return html`<div class="widget" id="${name}-widget">
    <h3 id="${name}-heading">${heading}</h3>
    <p class="hint">${about}</p>
    ${checkbox(`${name}-on`, on, enabled, (value) => app.update((s) => (s.widgets[name].on = value)))}
    ${enabled ? html`${missing ? html`<p class="warning" id="${name}-missing">${app.t.missing[missing]}</p>` : nothing}${body()}` : nothing}
  </div>`;
}

function bookForm(app: App): TemplateResult {
  const { t } = app;
  const book = app.settings.widgets.book;
  return html`${radios(
    'book-mode',
    t.bookMode,
    [
      ['link', t.bookModeLink],
      ['dialog', t.bookModeDialog, t.bookModeDialogHint],
    ],
    book.mode,
    (mode) => app.update((s) => (s.widgets.book.mode = mode)),
  )}
    ${radios(
      'book-variant',
      t.bookVariant,
      [
        ['primary', t.bookVariantPrimary],
        ['secondary', t.bookVariantSecondary],
        ['outline', t.bookVariantOutline],
      ],
      book.variant,
      (variant) => app.update((s) => (s.widgets.book.variant = variant)),
    )}
    ${select(
      'book-size',
      t.bookSize,
      BOOK_SIZES.map((size) => [size, { small: t.sizeSmall, medium: t.sizeMedium, large: t.sizeLarge }[size]] as const),
      book.size,
      (size) => app.update((s) => (s.widgets.book.size = size)),
    )}
    ${checkbox('book-full-width', t.bookFullWidth, book.fullWidth, (value) => app.update((s) => (s.widgets.book.fullWidth = value)))}`;
}

function faqForm(app: App): TemplateResult {
  const { t } = app;
  const faq = app.settings.widgets.faq;
  const count = faq.items.length;
  return html`${field({
    id: 'faq-title',
    label: t.faqTitle,
    hint: t.faqTitleHint,
    value: faq.heading,
    input: (value) => app.update((s) => (s.widgets.faq.heading = value)),
  })}
    <fieldset class="options">
      <legend class="visually-hidden">${t.faqHeading}</legend>
      ${checkbox('faq-searchable', t.faqSearchable, faq.searchable, (value) => app.update((s) => (s.widgets.faq.searchable = value)))}
      ${checkbox('faq-single', t.faqSingle, faq.single, (value) => app.update((s) => (s.widgets.faq.single = value)))}
      ${faq.single ? nothing : checkbox('faq-toggle-all', t.faqToggleAll, faq.toggleAll, (value) => app.update((s) => (s.widgets.faq.toggleAll = value)))}
      ${checkbox('faq-structured-data', t.faqStructuredData, faq.structuredData, (value) => app.update((s) => (s.widgets.faq.structuredData = value)))}
    </fieldset>
    <ol class="items" id="faq-items">
      ${repeat(
        faq.items,
        (item) => app.keyOf(item),
        (item, i) => html`<li>
          <fieldset class="item">
            <legend>${t.question(i + 1)}</legend>
            ${field({
              id: `faq-${i}-question`,
              label: t.questionText,
              value: item.question,
              error: app.error(`faq-${i}-question`),
              input: (value) => app.update((s) => (s.widgets.faq.items[i]!.question = value)),
              change: () => app.touch(`faq-${i}-question`),
            })}
            ${field({
              id: `faq-${i}-answer`,
              label: t.answerText,
              hint: t.answerHint,
              multiline: true,
              value: item.answer,
              error: app.error(`faq-${i}-answer`),
              input: (value) => app.update((s) => (s.widgets.faq.items[i]!.answer = value)),
              change: () => app.touch(`faq-${i}-answer`),
            })}
            ${field({
              id: `faq-${i}-id`,
              label: t.questionId,
              hint: t.questionIdHint,
              value: item.id,
              error: app.error(`faq-${i}-id`),
              input: (value) => app.update((s) => (s.widgets.faq.items[i]!.id = value)),
              change: () => app.touch(`faq-${i}-id`),
            })}
            <div class="actions">
              <button type="button" class="small" id="faq-${i}-up" ?disabled=${i === 0} @click=${() => app.moveQuestion(i, -1)}>${t.moveUp}</button>
              <button type="button" class="small" id="faq-${i}-down" ?disabled=${i === count - 1} @click=${() => app.moveQuestion(i, 1)}>
                ${t.moveDown}
              </button>
              <button type="button" class="small" id="faq-${i}-remove" @click=${() => app.removeQuestion(i)}>${t.removeQuestion}</button>
            </div>
          </fieldset>
        </li>`,
      )}
    </ol>
    <button type="button" id="faq-add" @click=${() => app.addQuestion()}>${t.addQuestion}</button>
    ${liveStatus(app, 'faq-items')}
    <details class="import">
      <summary>${t.importHeading}</summary>
      <div class="field">
        <label for="faq-import-html">${t.importHtml}</label>
        <textarea
          id="faq-import-html"
          rows="5"
          dir="auto"
          spellcheck="false"
          .value=${app.importHtml}
          @input=${(event: Event) => app.setImportHtml((event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <button type="button" id="faq-import-html-button" @click=${() => app.importFaqHtml()}>${t.importHtmlButton}</button>
      <div class="field">
        <label for="faq-import-json">${t.importJson}</label>
        <input
          type="file"
          id="faq-import-json"
          accept=".json,application/json"
          @change=${(event: Event) => {
            const file = fileFrom(event);
            if (file) app.importFaqJson(file);
          }}
        />
      </div>
      <button type="button" id="faq-export-json" @click=${() => app.exportFaqJson()}>${t.exportJson}</button>
      ${liveStatus(app, 'faq-import')}
    </details>`;
}

/** A list of rows (facts, sections, studies): each a fieldset with its fields and Remove, then Add. */
function rows<Row extends object>(
  app: App,
  id: string,
  legend: string,
  items: Row[],
  rowLegend: (n: number) => string,
  fields: (row: Row, i: number) => TemplateResult,
  add: () => void,
  remove: (i: number) => void,
) {
  return html`<fieldset class="rows" id=${id}>
    <legend>${legend}</legend>
    ${repeat(
      items,
      (row) => app.keyOf(row),
      (row, i) => html`<fieldset class="item">
        <legend>${rowLegend(i + 1)}</legend>
        ${fields(row, i)}
        <button type="button" class="small" id="${id}-${i}-remove" @click=${() => remove(i)}>${app.t.remove}</button>
      </fieldset>`,
    )}
    <button type="button" class="small" id="${id}-add" @click=${add}>${app.t.add}: ${rowLegend(items.length + 1)}</button>
  </fieldset>`;
}

function cardForm(app: App): TemplateResult {
  const { t } = app;
  const card = app.settings.widgets.card;
  const content = card.content;
  const text = (
    id: string,
    label: string,
    value: string,
    set: (content: CardForm, value: string) => void,
    more: { multiline?: boolean; hint?: string; type?: 'url' | 'date' } = {},
  ) =>
    field({
      id: `card-${id}`,
      label,
      value,
      ...more,
      error: app.error(`card-${id}`),
      input: (next) => app.update((s) => set(s.widgets.card.content, next)),
      change: () => app.touch(`card-${id}`),
    });
  const sectionRows = (key: 'sections' | 'considerations', legend: string, rowLegend: (n: number) => string) =>
    rows(
      app,
      `card-${key}`,
      legend,
      content[key],
      rowLegend,
      (row, i) =>
        html`${text(`${key}-${i}-heading`, t.cardSectionHeading, row.heading, (c, v) => (c[key][i]!.heading = v))}
        ${text(`${key}-${i}-body`, t.cardSectionBody, row.body, (c, v) => (c[key][i]!.body = v), { multiline: true, hint: t.answerHint })}`,
      () => app.update((s) => s.widgets.card.content[key].push({ heading: '', body: '' })),
      (i) => app.update((s) => s.widgets.card.content[key].splice(i, 1)),
    );
  return html`<div class="actions">
      <button type="button" id="card-sample" @click=${() => app.fillSampleCard()}>${t.cardSample}</button>
      <span class="field file">
        <label for="card-open">${t.cardOpen}</label>
        <input
          type="file"
          id="card-open"
          accept=".json,application/json"
          @change=${(event: Event) => {
            const file = fileFrom(event);
            if (file) app.openCard(file);
          }}
        />
      </span>
    </div>
    ${liveStatus(app, 'card')}
    ${radios(
      'card-variant',
      t.cardVariant,
      [
        ['full', t.cardVariantFull],
        ['compact', t.cardVariantCompact, t.cardVariantCompactHint],
      ],
      card.variant,
      (variant) => app.update((s) => (s.widgets.card.variant = variant)),
    )}
    ${checkbox('card-booking', t.cardBooking, card.booking, (value) => app.update((s) => (s.widgets.card.booking = value)))}
    ${text('name', t.cardName, content.name, (c, v) => (c.name = v))} ${text('summary', t.cardSummary, content.summary, (c, v) => (c.summary = v), { multiline: true })}
    ${rows(
      app,
      'card-facts',
      t.cardFacts,
      content.facts,
      t.cardFact,
      (row, i) =>
        html`${text(`facts-${i}-label`, t.cardFactLabel, row.label, (c, v) => (c.facts[i]!.label = v))}
        ${text(`facts-${i}-value`, t.cardFactValue, row.value, (c, v) => (c.facts[i]!.value = v))}`,
      () => app.update((s) => s.widgets.card.content.facts.push({ label: '', value: '' })),
      (i) => app.update((s) => s.widgets.card.content.facts.splice(i, 1)),
    )}
    ${sectionRows('sections', t.cardSections, t.cardSection)} ${sectionRows('considerations', t.cardConsiderations, t.cardConsideration)}
    ${rows(
      app,
      'card-evidence',
      t.cardEvidence,
      content.evidence,
      t.cardStudy,
      (study, i) =>
        html`${EVIDENCE_FIELDS.map((key) =>
          text(`evidence-${i}-${key}`, t.evidence[key], study[key], (c, v) => (c.evidence[i]![key] = v), {
            multiline: key === 'finding' || key === 'note',
            type: key === 'url' ? 'url' : undefined,
          }),
        )}`,
      () => app.update((s) => s.widgets.card.content.evidence.push(emptyEvidence())),
      (i) => app.update((s) => s.widgets.card.content.evidence.splice(i, 1)),
    )}
    ${text('reviewedBy', t.cardReviewedBy, content.reviewedBy, (c, v) => (c.reviewedBy = v), { hint: t.cardReviewedByHint })}
    ${text('lastReviewed', t.cardLastReviewed, content.lastReviewed, (c, v) => (c.lastReviewed = v), { type: 'date' })}
    ${text('disclaimer', t.cardDisclaimer, content.disclaimer, (c, v) => (c.disclaimer = v), { multiline: true })}
    ${text('action-label', t.cardActionLabel, content.actionLabel, (c, v) => (c.actionLabel = v))}
    ${text('action-url', t.cardActionUrl, content.actionUrl, (c, v) => (c.actionUrl = v), { type: 'url' })}`;
}

function crisisForm(app: App): TemplateResult {
  const { t } = app;
  return radios(
    'crisis-variant',
    t.crisisVariant,
    [
      ['card', t.crisisCard],
      ['banner', t.crisisBanner],
      ['inline', t.crisisInline],
    ],
    app.settings.widgets.crisis.variant,
    (variant) => app.update((s) => (s.widgets.crisis.variant = variant)),
  );
}

/* --- 3. Preview ---------------------------------------------------------------------------------- */

function previewSection(app: App): TemplateResult {
  const { t } = app;
  const toggle = <K extends 'scheme' | 'width'>(key: K, value: App['preview'][K], label: string) =>
    html`<button
      type="button"
      class="small"
      id="preview-${value}"
      aria-pressed=${app.preview[key] === value ? 'true' : 'false'}
      @click=${() => app.setPreview({ [key]: value })}
    >
      ${label}
    </button>`;
  return html`<section class="preview" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${t.previewHeading}</h2>
    <p class="hint">${t.previewHint}</p>
    <div class="toolbar">
      <div role="group" aria-label=${t.previewColours}>
        <span aria-hidden="true">${t.previewColours}:</span> ${toggle('scheme', 'light', t.previewLight)} ${toggle('scheme', 'dark', t.previewDark)}
      </div>
      <div role="group" aria-label=${t.previewWidth}>
        <span aria-hidden="true">${t.previewWidth}:</span> ${toggle('width', 'phone', t.previewPhone)} ${toggle('width', 'tablet', t.previewTablet)}
        ${toggle('width', 'desktop', t.previewDesktop)}
      </div>
      <div role="group" aria-label=${t.previewLanguage}>
        <span aria-hidden="true">${t.previewLanguage}:</span>
        ${LANGS.map(
          (lang) =>
            html`<button
              type="button"
              class="small"
              lang=${lang}
              aria-pressed=${app.settings.clinic.lang === lang ? 'true' : 'false'}
              @click=${() => app.update((s) => (s.clinic.lang = lang))}
            >
              ${lang === 'en' ? 'English' : 'Español'}
            </button>`,
        )}
      </div>
    </div>
    <div class="frame-box">
      <iframe id="preview" class="width-${app.preview.width}" src="preview.html" title=${t.previewFrame}></iframe>
    </div>
  </section>`;
}

/* --- 4. Script source, 5. Code ------------------------------------------------------------------- */

function sourceSection(app: App): TemplateResult {
  const { t, settings } = app;
  const script = settings.script;
  const version = app.release.version;
  const range = version.split('.').slice(0, 2).join('.');
  const file = dropInFile(script.classic);
  return html`<section aria-labelledby="source-heading">
    <h2 id="source-heading">${t.sourceHeading}</h2>
    <p class="hint">${t.sourceHint}</p>
    ${radios(
      'script-from',
      t.sourceHeading,
      [
        ['self', t.sourceSelf, t.sourceSelfAbout],
        ['pinned', t.sourcePinned, t.sourcePinnedAbout(version)],
        ['cdn', t.sourceCdn, html`<p>${t.sourceCdnAbout(range)}</p><p>${t.sourceCdnWhy}</p>`],
      ],
      script.from,
      (from) => app.update((s) => (s.script.from = from)),
    )}
    ${
      script.from === 'self'
        ? html`<p><a href=${file} download=${file} id="download-script">${t.download(file)}</a></p>
          ${field({
            id: 'script-path',
            label: t.sourcePath,
            hint: t.sourcePathHint,
            value: script.path,
            error: app.error('script-path'),
            input: (value) => app.update((s) => (s.script.path = value)),
            change: () => app.touch('script-path'),
          })}`
        : select(
            'script-cdn',
            t.sourceCdnName,
            (Object.keys(CDNS) as (keyof typeof CDNS)[]).map((cdn) => [cdn, cdn === 'jsdelivr' ? 'jsDelivr' : 'unpkg'] as const),
            script.cdn,
            (cdn) => app.update((s) => (s.script.cdn = cdn)),
          )
    }
    ${checkbox('script-classic', t.classic, script.classic, (classic) =>
      app.update((s) => {
        s.script.classic = classic;
        // The default path follows the file.
        if (s.script.path === `/js/${dropInFile(!classic)}`) s.script.path = `/js/${dropInFile(classic)}`;
      }),
    )}
  </section>`;
}

function codePart(app: App, part: Part): TemplateResult {
  const [title, hint] = app.t.parts[part.key]!;
  return html`<div class="part" id="part-${part.key}">
    <h3 id="part-${part.key}-title">${title}</h3>
    <p class="hint" id="part-${part.key}-hint">${hint}</p>
    <label class="visually-hidden" for="code-${part.key}">${app.t.code(title)}</label>
    <textarea
      id="code-${part.key}"
      class="code"
      readonly
      spellcheck="false"
      dir="ltr"
      rows=${Math.min(14, part.code.split('\n').length + 1)}
      aria-describedby="part-${part.key}-hint"
      .value=${part.code}
    ></textarea>
    <div class="actions">
      <button type="button" id="copy-${part.key}" @click=${() => app.copy(part.key, part.code)}>
        ${app.t.copy}<span class="visually-hidden">: ${title}</span>
      </button>
      ${liveStatus(app, `copy-${part.key}`)}
    </div>
  </div>`;
}

function codeSection(app: App): TemplateResult {
  const parts = app.output.parts.filter((part) => part.code);
  return html`<section aria-labelledby="code-heading" id="code" tabindex="-1">
    <h2 id="code-heading">${app.t.codeHeading}</h2>
    <p class="hint">${app.t.codeHint}</p>
    ${parts.map((part) => codePart(app, part))}
  </section>`;
}

/* --- 6. Where to paste, 7. Settings -------------------------------------------------------------- */

function pasteSection(app: App): TemplateResult {
  const { t } = app;
  // The steps are a <clinic-faq>: the builder is built with the library itself. Recreated when the
  // language changes, as the FAQ reads its questions once.
  return html`<section aria-labelledby="paste-heading">
    <h2 id="paste-heading">${t.pasteHeading}</h2>
    <p class="hint">${t.pasteHint}</p>
    ${keyed(
      t.lang,
      html`<clinic-faq heading-level="2" toggle-all>
        ${t.platforms.map(
          (platform) =>
            html`<details>
              <summary>${platform.name}</summary>
              ${
                platform.plugin
                  ? html`<p>${platform.plugin.lead}</p>
                    ${
                      app.release.wordpressPlugin
                        ? html`<p><a href=${app.release.wordpressPlugin} download id="download-wordpress-plugin">${platform.plugin.download}</a></p>`
                        : nothing
                    }
                    <ol>
                      ${platform.plugin.steps.map((step) => html`<li>${step}</li>`)}
                    </ol>
                    <p>${platform.plugin.without}</p>`
                  : nothing
              }
              <ol>
                ${platform.steps.map((step) => html`<li>${step}</li>`)}
              </ol>
            </details>`,
        )}
      </clinic-faq>`,
    )}
  </section>`;
}

function settingsSection(app: App): TemplateResult {
  const { t } = app;
  return html`<section aria-labelledby="settings-heading">
    <h2 id="settings-heading">${t.settingsHeading}</h2>
    <p class="hint">${t.settingsHint}</p>
    <div class="actions">
      <button type="button" id="settings-save" @click=${() => app.saveSettings()}>${t.save}</button>
      <span class="field file">
        <label for="settings-open">${t.openSettings}</label>
        <input
          type="file"
          id="settings-open"
          accept=".json,application/json"
          @change=${(event: Event) => {
            const file = fileFrom(event);
            if (file) app.openSettings(file);
          }}
        />
      </span>
      <button type="button" id="settings-link" @click=${() => app.copyLink()}>${t.copyLink}</button>
    </div>
    ${liveStatus(app, 'settings')}
  </section>`;
}

/* --- The page ------------------------------------------------------------------------------------ */

export function page(app: App): TemplateResult {
  const { t } = app;
  return html`<a class="skip-link" href="#code">${t.skip}</a>
    <header class="page-header">
      <div class="title">
        <h1>${t.title}</h1>
        <button type="button" id="ui-language" lang=${t.switchLanguageLang} @click=${() => app.switchLanguage()}>${t.switchLanguage}</button>
      </div>
      <p>${t.intro}</p>
      <p class="privacy">${t.privacy}</p>
      <button type="button" id="fill-sample" @click=${() => app.fillSample()}>${t.sampleButton}</button>
      ${liveStatus(app, 'sample')}
    </header>
    <div class="layout">
      <div class="form">
        ${clinicSection(app)}
        <section aria-labelledby="widgets-heading">
          <h2 id="widgets-heading">${t.widgetsHeading}</h2>
          <p class="hint">${t.widgetsHint}</p>
          ${widgetSection(app, 'book', t.bookHeading, t.bookOn, t.bookAbout, () => bookForm(app))}
          ${widgetSection(app, 'faq', t.faqHeading, t.faqOn, t.faqAbout, () => faqForm(app))}
          ${widgetSection(app, 'card', t.cardHeading, t.cardOn, t.cardAbout, () => cardForm(app))}
          ${widgetSection(app, 'crisis', t.crisisHeading, t.crisisOn, t.crisisAbout, () => crisisForm(app))}
        </section>
      </div>
      <div class="side">${previewSection(app)}</div>
    </div>
    ${sourceSection(app)} ${codeSection(app)} ${pasteSection(app)} ${settingsSection(app)}`;
}
