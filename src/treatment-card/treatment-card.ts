import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../internal/decorators.js';
import { ClinicElement } from '../internal/base.js';
import { tokens } from '../internal/tokens.js';
import { reportError } from '../internal/report.js';
import { emit } from '../internal/emit.js';
import { safeUrl } from '../internal/url.js';
import { loadJson } from '../internal/load-json.js';
import { writeJsonLd } from '../internal/json-ld.js';
import { renderText } from '../internal/text.js';
import { TREATMENT_SCHEMA, validate, type Treatment, type TreatmentSection } from './model.js';
import { styles } from './treatment-card.styles.js';

/** Allowed values of `variant`. */
export const CARD_VARIANTS = ['full', 'compact'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

const FALLBACK = "Showing the card's own content instead.";

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
 * **Layout shift.** A `src` card replaces its light DOM when the JSON arrives. Put the same content
 * in the light DOM (e.g. rendered from the same JSON on the server) or reserve the height the card
 * will take, e.g. `clinic-treatment-card[src] { min-height: 32rem }`. Before the script runs, giving
 * `clinic-treatment-card:not(:defined)` the card's 1px border and padding (1rem; 1.5rem when the card
 * is 480 px wide or more) keeps the light DOM where the card will put it. Inside a `<clinic-provider>`
 * with a `booking-url` or `phone`, a card with nothing in `actions` offers booking itself
 * (turn that off with `no-booking`).
 *
 * @tagname clinic-treatment-card
 * @summary A trustworthy treatment-information card with key facts, evidence and a way to book.
 * @slot - Body content in the light-DOM form (hidden behind "Learn more" when compact). With `data`/`src`, the fallback.
 * @slot heading - The treatment's name, e.g. `<h2 slot="heading">`, when no `heading` attribute is set.
 * @slot summary - A one-paragraph summary, when no `summary` attribute is set.
 * @slot facts - Key facts, e.g. a `<dl>`.
 * @slot media - An image or illustration; sits beside the text in wide containers.
 * @slot actions - Calls to action, made for `<clinic-book-button>`. Empty, the card offers the provider's booking link or phone.
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
 * @csspart action - The card's own booking or call-to-action link.
 * @csspart disclaimer - The disclaimer line.
 * @cssprop --clinic-color-primary - Links and the booking button.
 * @cssprop --clinic-color-on-primary - Text on the booking button.
 * @cssprop --clinic-color-text - Body text.
 * @cssprop --clinic-color-text-muted - Summary, fact labels, citation details and disclaimer.
 * @cssprop --clinic-color-surface - Card background.
 * @cssprop --clinic-color-surface-alt - Key-fact background.
 * @cssprop --clinic-color-border - Card border and dividers.
 * @cssprop --clinic-radius - Corner radius.
 * @cssprop --clinic-space-1 - Smallest gap.
 * @cssprop --clinic-space-2 - Small gap.
 * @cssprop --clinic-space-3 - Card padding and gaps between blocks.
 * @event clinic-card-action - The card's own booking, phone or call-to-action link was activated. `detail: { name, href }`.
 * @event clinic-card-expand - The compact card's "Learn more" was opened. `detail: { name }`.
 */
export class ClinicTreatmentCard extends ClinicElement {
  static override styles = [tokens, styles];

  /** The treatment's name (light-DOM form). */
  @property() heading?: string;

  /** A one-paragraph summary (light-DOM form). */
  @property() summary?: string;

  /** The content as an object; wins over `src`. */
  @property({ attribute: false }) data?: Treatment;

  /** URL of a JSON document with the content; `{lang}` becomes the card's language (`en`, `es`). */
  @property() src?: string;

  /** `full` shows everything; `compact` shows name, summary, three facts and actions, the rest behind "Learn more". */
  @property() variant: CardVariant = 'full';

  /** Level (1–6) of the name's heading, to fit the page's outline; sections use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Writes schema.org `MedicalWebPage` JSON-LD into the light DOM (with `data` or `src`). */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** Turns off the booking link or phone the card offers by itself inside a `<clinic-provider>`. */
  @property({ attribute: 'no-booking', type: Boolean }) noBooking = false;

  @state() private loaded?: unknown;
  @state() private status: '' | 'loading' | 'error' = '';
  @state() private media = false;

  private content?: Treatment;
  private requested?: string;
  private abort?: AbortController;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const url = this.data ? undefined : this.src?.replace('{lang}', this.l10n.lang);
    if (url !== this.requested) void this.load((this.requested = url));
    if (changed.has('data') || changed.has('loaded')) {
      const raw = this.data ?? this.loaded;
      this.content = (raw &&
        validate(raw, TREATMENT_SCHEMA, 'data', (...a) => reportError(this, ...a), FALLBACK)) as Treatment | undefined;
    }
    if (changed.has('variant') && !CARD_VARIANTS.includes(this.variant)) {
      reportError(this, 'variant', '"full" or "compact"', this.variant, 'Showing the full card.');
    }
    if (changed.has('headingLevel') && this.level !== this.headingLevel) {
      reportError(this, 'heading-level', 'a whole number from 1 to 6', this.headingLevel, 'Using level 2.');
    }
  }

  private async load(src?: string) {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loaded = undefined;
    this.status = src ? 'loading' : '';
    if (!src) return;
    let json: unknown;
    let problem = '';
    try {
      const url = safeUrl(src);
      if (!url) throw new Error('not an http:, https: or relative URL');
      json = await loadJson(url, abort.signal);
    } catch (error) {
      problem = (error as Error).message;
    }
    if (abort !== this.abort) return;
    if (problem) reportError(this, 'src', 'the URL of a treatment JSON document', `${src} (${problem})`, FALLBACK);
    this.loaded = json;
    this.status = problem && 'error';
  }

  protected override updated(): void {
    const c = this.content;
    writeJsonLd(
      this,
      this.structuredData && c
        ? {
            '@type': 'MedicalWebPage',
            about: { '@type': 'MedicalTherapy', name: c.name, description: c.summary },
            lastReviewed: c.lastReviewed,
            reviewedBy: c.reviewedBy && { '@type': 'Person', name: c.reviewedBy },
            citation: c.evidence?.map((e) => ({
              '@type': 'ScholarlyArticle',
              name: e.title,
              author: e.authors,
              isPartOf: e.journal,
              datePublished: e.year && `${e.year}`,
              url: e.url,
            })),
          }
        : null,
    );
  }

  private get level() {
    const n = this.headingLevel;
    return n > 0 && n < 7 && n % 1 === 0 ? n : 2;
  }

  /** A heading `offset` levels below the card's own (ARIA, so the level can follow `heading-level`). */
  private h(text: unknown, offset = 0) {
    return html`<div role="heading" aria-level=${Math.min(this.level + offset, 6)} part=${offset ? 'subheading' : 'heading'}>${text}</div>`;
  }

  private section(s: TreatmentSection, offset = 1) {
    return html`<div part="section" class="group">${this.h(s.heading, offset)}${renderText(s.body)}</div>`;
  }

  private emit(name: string, href?: string) {
    emit(this, name, { name: this.content?.name ?? this.heading ?? '', href });
  }

  private link(href: string, label: string, primary = true) {
    return html`<a part="action" class=${primary ? 'btn' : ''} href=${href} @click=${() => this.emit('clinic-card-action', href)}
      >${label}</a
    >`;
  }

  private renderBooking() {
    const action = this.content?.action;
    if (action) return this.link(action.url, action.label);
    if (this.noBooking) return nothing;
    const s = this.l10n.strings;
    const url = this.clinic?.bookingUrl;
    const phone = this.clinic?.phone;
    const tel = phone?.replace(/[^\d+]/g, '') ?? '';
    return [url ? this.link(url, s.cardBook) : nothing, tel.length > 2 ? this.link(`tel:${tel}`, s.cardCall(phone!), !url) : nothing];
  }

  /** The card from data: what is always shown, what compact hides, and whether there is any of that. */
  private renderContent(c: Treatment): [unknown[], unknown[], unknown] {
    const s = this.l10n.strings;
    const locale = this.l10n.locale;
    const facts = c.facts ?? [];
    const split = this.variant === 'compact' ? 3 : facts.length;
    const dl = (list: typeof facts) =>
      list[0] && html`<dl part="facts">${list.map((f) => html`<div><dt>${f.label}</dt><dd>${f.value}</dd></div>`)}</dl>`;
    const date =
      c.lastReviewed && new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(c.lastReviewed));
    const join = (parts: unknown[], sep: string) => parts.filter((x) => x).join(sep);
    const rest = [
      dl(facts.slice(split)),
      c.sections?.[0] && c.sections.map((x) => this.section(x)),
      c.considerations?.[0] && html`<div class="group">${this.h(s.cardConsiderations, 1)}${c.considerations.map((x) => this.section(x, 2))}</div>`,
      c.evidence?.[0] &&
        html`<div class="group">
          ${this.h(s.cardEvidence, 1)}
          <ul part="evidence">
            ${c.evidence.map((e) => {
              const source = join(
                [
                  e.authors?.replace(/\.$/, ''),
                  e.journal,
                  join([e.year, join([e.volume, e.pages], ':')], ';'),
                  e.doi && `doi:${e.doi}`,
                  e.pmid && `PubMed ${e.pmid}`,
                ],
                '. ',
              );
              const count = e.participants !== undefined && s.cardParticipants(new Intl.NumberFormat(locale).format(e.participants));
              return html`<li part="citation">
                <cite
                  >${e.url
                    ? html`<a href=${e.url} target="_blank" rel="noopener noreferrer" aria-label="${e.title} ${s.cardNewTab}"
                        >${e.title} ↗</a
                      >`
                    : e.title}</cite
                >
                <p class="muted">${source && `${source}.`}</p>
                <p class="muted">${join([e.design, count], ' · ')}</p>
                <p>${e.finding}</p>
                <p class="muted">${e.note}</p>
              </li>`;
            })}
          </ul>
        </div>`,
      (c.reviewedBy || date) && html`<p part="reviewed" class="muted">${s.cardReviewed(c.reviewedBy, date)}</p>`,
    ];
    return [[this.h(c.name), c.summary && html`<p part="summary">${c.summary}</p>`, dl(facts.slice(0, split))], rest, rest.some((x) => x)];
  }

  protected override render() {
    const s = this.l10n.strings;
    const c = this.content;
    let head: unknown[];
    let rest: unknown[];
    let more: unknown;
    if (c) [head, rest, more] = this.renderContent(c);
    else {
      // Any light-DOM content at all (so the box is never empty), and any for the default slot.
      let own: unknown = this.heading || this.summary;
      for (const n of this.childNodes) {
        const el = n.nodeType === 1 ? (n as Element) : null;
        if (el ? el.localName !== 'script' : n.textContent!.trim()) {
          own = true;
          more ||= !el?.slot;
        }
      }
      const failed = this.status === 'error' || (this.data ?? this.loaded);
      head = [
        this.heading ? this.h(this.heading) : html`<slot name="heading"></slot>`,
        this.summary ? html`<p part="summary">${this.summary}</p>` : html`<slot name="summary"></slot>`,
        html`<slot name="facts"></slot>`,
      ];
      rest = [own ? nothing : html`<p role="status">${failed ? s.cardUnavailable : this.status && s.loading}</p>`, html`<slot></slot>`];
    }
    const actions = html`<div part="actions"><slot name="actions">${this.renderBooking()}</slot></div>`;
    return html`<div class="wrap">
      <article part="card" class=${this.media ? 'with-media' : ''} aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
        <div part="media" ?hidden=${!this.media}>
          <slot name="media" @slotchange=${(e: Event) => (this.media = !!(e.target as HTMLSlotElement).assignedElements()[0])}></slot>
        </div>
        <div class="main">
          ${head}
          ${this.variant === 'compact' && more
            ? html`${actions}
                <details part="more" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && this.emit('clinic-card-expand')}>
                  <summary>${s.cardLearnMore}</summary>
                  <div class="main">${rest}</div>
                </details>`
            : html`${rest}${actions}`}
          <p part="disclaimer">${c?.disclaimer ?? s.disclaimer}</p>
        </div>
      </article>
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'clinic-card-action': CustomEvent<{ name: string; href: string }>;
    'clinic-card-expand': CustomEvent<{ name: string }>;
  }
}
