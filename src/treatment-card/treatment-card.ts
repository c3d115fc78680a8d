import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ClinicElement } from '../internal/base.js';
import { tokens } from '../internal/tokens.js';
import { reportError } from '../internal/report.js';
import { emit } from '../internal/emit.js';
import { safeUrl } from '../internal/url.js';
import { loadJson } from '../internal/load-json.js';
import { writeJsonLd } from '../internal/json-ld.js';
import { renderText } from '../internal/text.js';
import { TREATMENT_SCHEMA, validate, type Treatment, type TreatmentEvidence } from './model.js';
import { styles } from './treatment-card.styles.js';

/** Allowed values of `variant`. */
export const CARD_VARIANTS = ['full', 'compact'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

const FALLBACK = "Showing the element's own content instead.";

/** `detail` of `clinic-card-action`. */
export interface CardActionDetail {
  /** The treatment's name. */
  name: string;
  /** Where the call-to-action link goes. */
  href: string;
}

/** `detail` of `clinic-card-expand`. */
export interface CardExpandDetail {
  /** The treatment's name. */
  name: string;
}

/**
 * A treatment-information card: what a treatment is, key facts, how it works, safety notes, the
 * evidence behind it, when it was reviewed, a disclaimer and a way to book.
 *
 * **Three sources.** (1) Attributes and light DOM, meaningful without JavaScript:
 * ```html
 * <clinic-treatment-card>
 *   <h2 slot="heading">Ketamine infusion therapy</h2>
 *   <p slot="summary">An anesthetic medication with antidepressant effects, given as an IV infusion.</p>
 *   <dl slot="facts"><dt>Given as</dt><dd>IV infusion</dd></dl>
 *   <p>Body text: any HTML the page controls.</p>
 *   <p slot="disclaimer">General information, not medical advice.</p>
 *   <clinic-book-button slot="actions"></clinic-book-button>
 * </clinic-treatment-card>
 * ```
 * Without the script every child shows in source order. `heading="…"` and `summary="…"` may replace
 * the two slots when the page does not need a no-script view (attributes are invisible without it).
 * (2) The `data` property, a {@link Treatment} object. (3) `src`, the URL of a JSON document of the
 * same shape; `{lang}` in it becomes `en` or `es`, following the card's language. `data` wins over `src`.
 * With `data` or `src`, the light DOM is the fallback: shown while loading, if loading fails or the
 * content is invalid (one console error names the field). The `media` and `actions` slots are used
 * with every source.
 *
 * **Layout shift.** Light-DOM content keeps its place when the script arrives if the page links the
 * library's pre-upgrade stylesheet, `clinic-widgets/prelayout.css` (it gives the not-yet-upgraded card
 * the card's own box and spacing), and puts its disclaimer in the light DOM too.
 * A `src` card replaces its light DOM when the JSON arrives: put the same content in the light DOM
 * (e.g. rendered from the same JSON on the server) or reserve the height the card will take, e.g.
 * `clinic-treatment-card[src] { min-height: 32rem }`. Inside a `<clinic-provider>` with a
 * `booking-url` or `phone`, a card with nothing in `actions` offers booking itself with a `<clinic-book-button>`
 * (turn that off with `no-booking`).
 *
 * @tagname clinic-treatment-card
 * @summary A trustworthy treatment-information card with key facts, evidence and a way to book.
 * @slot - Body content in the light-DOM form (hidden behind "Learn more" when compact). With `data`/`src`, the fallback.
 * @slot heading - The treatment's name, e.g. `<h2 slot="heading">`, when no `heading` attribute is set.
 * @slot summary - A one-paragraph summary, when no `summary` attribute is set.
 * @slot facts - Key facts, e.g. a `<dl>`.
 * @slot media - An image or illustration; sits beside the text in wide containers.
 * @slot disclaimer - The clinic's own disclaimer, e.g. `<p slot="disclaimer">`, shown instead of the default line (a `disclaimer` in the data wins).
 * @slot actions - Calls to action, made for `<clinic-book-button>`. Empty, the card shows the content's own call to action, or a `<clinic-book-button>` for the provider's booking link and phone.
 * @csspart card - The card's outer box.
 * @csspart media - The box around the `media` slot.
 * @csspart heading - The treatment's name.
 * @csspart subheading - Each section, consideration and group heading.
 * @csspart summary - The summary paragraph.
 * @csspart facts - The key-facts list (`<dl>`).
 * @csspart section - Each section and consideration.
 * @csspart evidence - The evidence list.
 * @csspart citation - One study in the evidence list.
 * @csspart reviewed - The "medically reviewed" line.
 * @csspart more - The "Learn more" disclosure of the compact variant.
 * @csspart actions - The box around the `actions` slot.
 * @csspart book - The card's own `<clinic-book-button>` (its parts are exported as `book-button`, `book-call`, `book-status`).
 * @csspart book-button - The booking button inside it.
 * @csspart book-call - The call link inside it.
 * @csspart book-status - The office-hours status inside it.
 * @csspart action - The card's own booking or call-to-action link.
 * @csspart disclaimer - The disclaimer line.
 * @cssprop --clinic-color-primary - Links and the booking button.
 * @cssprop --clinic-color-on-primary - Text on the booking button.
 * @cssprop --clinic-color-text - Body text.
 * @cssprop --clinic-color-text-muted - Summary, fact labels, citation details and disclaimer.
 * @cssprop --clinic-color-surface - Card background.
 * @cssprop --clinic-color-surface-alt - Key-fact and citation background.
 * @cssprop --clinic-color-border - Card border and dividers.
 * @cssprop --clinic-radius - Corner radius.
 * @cssprop --clinic-space-1 - Smallest gap.
 * @cssprop --clinic-space-2 - Small gap.
 * @cssprop --clinic-space-3 - Card padding and gaps between blocks.
 * @event {CustomEvent<CardActionDetail>} clinic-card-action - The content's own call-to-action link was activated. `detail: { name, href }`. (The card's booking button sends `clinic-book`.)
 * @event {CustomEvent<CardExpandDetail>} clinic-card-expand - The compact card's "Learn more" was opened. `detail: { name }`.
 */
export class ClinicTreatmentCard extends ClinicElement {
  static override styles = [tokens, styles];

  static override properties = {
    heading: {},
    summary: {},
    data: { attribute: false },
    src: {},
    variant: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    structuredData: { attribute: 'structured-data', type: Boolean },
    noBooking: { attribute: 'no-booking', type: Boolean },
    loaded: { attribute: false },
  };

  /** The treatment's name (light-DOM form). */
  heading?: string;

  /** A one-paragraph summary (light-DOM form). */
  summary?: string;

  /** The content as an object; wins over `src`. */
  data?: Treatment;

  /** URL of a JSON document with the content; `{lang}` becomes the card's language (`en`, `es`). */
  src?: string;

  /** `full` shows everything; `compact` shows name, summary, three facts and actions, the rest behind "Learn more". */
  variant: CardVariant = 'full';

  /** Level (1–6) of the name's heading, to fit the page's outline; sections use the next level. */
  headingLevel = 2;

  /** Writes schema.org `MedicalWebPage` JSON-LD into the light DOM (with `data` or `src`). */
  structuredData?: boolean;

  /** Turns off the booking link or phone the card offers by itself inside a `<clinic-provider>`. */
  noBooking?: boolean;

  /** The `src` document, or the Error loading it; undefined while loading or without `src`. */
  private loaded?: unknown;

  private content?: Treatment;
  private requested?: string;
  private abort?: AbortController;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const url = this.data ? undefined : this.src?.replace('{lang}', this.l10n.lang);
    if (url !== this.requested) void this.load((this.requested = url));
    // Checked on every update: reportError says each problem once per element.
    const raw = this.data ?? this.loaded;
    this.content = (
      raw instanceof Error || raw === undefined
        ? undefined
        : validate(raw, TREATMENT_SCHEMA, 'data', (...a) => reportError(this, ...a), FALLBACK)
    ) as Treatment | undefined;
    if (!CARD_VARIANTS.includes(this.variant)) {
      reportError(this, 'variant', '"full" or "compact"', this.variant, 'Showing the full card.');
    }
    if (this.level !== this.headingLevel) {
      reportError(this, 'heading-level', 'a whole number from 1 to 6', this.headingLevel, 'Using 2.');
    }
  }

  private async load(src?: string) {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loaded = undefined;
    if (!src) return;
    let json: unknown;
    try {
      const url = safeUrl(src);
      if (!url) throw Error('not an http(s) URL');
      json = await loadJson(url, abort.signal);
    } catch (error) {
      json = error;
      if (abort === this.abort)
        reportError(this, 'src', 'the URL of a treatment JSON document', `${src}: ${(error as Error).message}`, FALLBACK);
    }
    if (abort === this.abort) this.loaded = json;
  }

  protected override updated(): void {
    const content = this.content;
    writeJsonLd(
      this,
      this.structuredData && content
        ? {
            '@type': 'MedicalWebPage',
            about: {
              '@type': 'MedicalTherapy',
              name: content.name,
              description: content.summary,
            },
            lastReviewed: content.lastReviewed,
            reviewedBy: content.reviewedBy && {
              '@type': 'Person',
              name: content.reviewedBy,
            },
            citation: content.evidence?.map((study) => ({
              '@type': 'ScholarlyArticle',
              name: study.title,
              author: study.authors,
              isPartOf: study.journal,
              datePublished: study.year?.toString(),
              url: study.url,
            })),
          }
        : null,
    );
  }

  private get level() {
    const level = this.headingLevel;
    return level > 0 && level < 7 && level % 1 === 0 ? level : 2;
  }

  /** The treatment's name as the card's events report it. */
  private get treatmentName() {
    return this.content?.name ?? this.heading ?? '';
  }

  /** A heading `offset` levels below the card's own (ARIA, so the level can follow `heading-level`). */
  private renderHeading(text: unknown, offset = 0) {
    return html`<div role="heading" aria-level=${Math.min(this.level + offset, 6)} part=${offset ? 'subheading' : 'heading'}>${text}</div>`;
  }

  /** A titled block: a section (`part="section"`), or the considerations or evidence group. */
  private group(heading: string, body: unknown, offset = 1, part = 'section') {
    return html`<div part=${part} class="group">${this.renderHeading(heading, offset)}${body}</div>`;
  }

  /**
   * The content's own call to action, else (unless `no-booking`) a `<clinic-book-button>`, which
   * reads the same provider: booking link, phone and office hours, and the `clinic-book` event.
   */
  private renderBooking() {
    const action = this.content?.action;
    const clinic = this.clinic;
    return action
      ? html`<a part="action" class="btn" href=${action.url} @click=${() => emit(this, 'clinic-card-action', { name: this.treatmentName, href: action.url })}>${action.label}</a>`
      : !this.noBooking && (clinic?.bookingUrl || clinic?.phone)
        ? html`<clinic-book-button part="book" exportparts="button: book-button, call: book-call, status: book-status" theme=${ifDefined(this.theme)}></clinic-book-button>`
        : nothing;
  }

  /** What compact hides behind "Learn more": the facts after the third, sections, considerations, evidence, review. */
  private renderMore(content: Treatment, facts: unknown) {
    const strings = this.l10n.strings;
    const locale = this.l10n.locale;
    const join = (parts: unknown[], separator: string) => parts.filter((part) => part).join(separator);
    const date =
      content.lastReviewed &&
      new Date(content.lastReviewed).toLocaleDateString(locale, {
        dateStyle: 'long',
        timeZone: 'UTC',
      });
    const cite = (study: TreatmentEvidence) => {
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
      const count = study.participants !== undefined && strings.cardParticipants(study.participants.toLocaleString(locale));
      // prettier-ignore
      return html`<li part="citation"><cite>${study.url ? html`<a href=${study.url} target="_blank" rel="noopener noreferrer" aria-label="${study.title} ${strings.cardNewTab}">${study.title} ↗</a>` : study.title}</cite><p class="muted">${source && `${source}.`}</p><p class="muted">${join([study.design, count], ' · ')}</p><p>${study.finding}</p><p class="muted">${study.note}</p></li>`;
    };
    return [
      facts,
      content.sections?.[0] && content.sections.map((section) => this.group(section.heading, renderText(section.body))),
      content.considerations?.[0] &&
        this.group(
          strings.cardConsiderations,
          content.considerations.map((section) => this.group(section.heading, renderText(section.body), 2)),
          1,
          '',
        ),
      content.evidence?.[0] &&
        this.group(
          strings.cardEvidence,
          html`<ul part="evidence">
            ${content.evidence.map(cite)}
          </ul>`,
          1,
          '',
        ),
      (content.reviewedBy || date) && html`<p part="reviewed" class="muted">${strings.cardReviewed(content.reviewedBy, date)}</p>`,
    ];
  }

  protected override render() {
    const strings = this.l10n.strings;
    const content = this.content;
    const compact = this.variant === 'compact';
    const facts = content?.facts ?? [];
    const split = compact ? 3 : facts.length;
    const factList = (list: typeof facts) =>
      list[0] &&
      html`<dl part="facts">
        ${list.map(
          (fact) =>
            html`<div>
              <dt>${fact.label}</dt>
              <dd>${fact.value}</dd>
            </div>`,
        )}
      </dl>`;
    const slot = (name: string) => html`<slot name=${name}></slot>`;
    const own = (selector: string) => this.querySelector(`:scope>${selector}`);
    const name = content ? content.name : this.heading;
    const summary = content ? content.summary : this.summary;
    const media = own('[slot=media]');
    const busy = !!this.requested && this.loaded === undefined;
    // With no content to show, the light DOM is the fallback: a status line if it is empty, never an empty box.
    const rest = content
      ? this.renderMore(content, factList(facts.slice(split)))
      : [
          this.heading || this.summary || own(':not(script)')
            ? nothing
            : html`<p role="status">${busy ? strings.loading : strings.cardUnavailable}</p>`,
          html`<slot></slot>`,
        ];
    const more = content ? rest.some((part) => part) : own(':not([slot],script)');
    const booking = this.renderBooking();
    // An empty actions box would still take a grid gap: hidden unless something is in it.
    const actions = html`<div part="actions" ?hidden=${booking == nothing && !own('[slot=actions]')}>
      <slot name="actions">${booking}</slot>
    </div>`;
    // Any slot's change re-renders (slotchange bubbles to the article): what is shown depends on the
    // light DOM, which a page parsed after the script, or an app, may add to later.
    // prettier-ignore
    return html`<article part="card" class=${media ? 'with-media' : ''} aria-busy=${busy} @slotchange=${() => this.requestUpdate()}><div part="media" ?hidden=${!media}><slot name="media"></slot></div><div class="main">${name ? this.renderHeading(name) : slot('heading')}${summary ? html`<p part="summary">${summary}</p>` : content ? nothing : slot('summary')}${content ? factList(facts.slice(0, split)) : slot('facts')}${compact && more ? html`${actions}<details part="more" @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && emit(this, 'clinic-card-expand', { name: this.treatmentName })}><summary>${strings.cardLearnMore}</summary><div class="main">${rest}</div></details>` : [rest, actions]}<div part="disclaimer">${content?.disclaimer ?? html`<slot name="disclaimer">${strings.disclaimer}</slot>`}</div></div></article>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'clinic-card-action': CustomEvent<CardActionDetail>;
    'clinic-card-expand': CustomEvent<CardExpandDetail>;
  }
}
