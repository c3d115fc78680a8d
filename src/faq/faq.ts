import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../internal/decorators.js';
import { ClinicElement } from '../internal/base.js';
import { tokens } from '../internal/tokens.js';
import { emit } from '../internal/emit.js';
import { loadJson } from '../internal/load-json.js';
import { writeJsonLd } from '../internal/json-ld.js';
import { reportError } from '../internal/report.js';
import { plainText, renderText } from '../internal/text.js';
import { safeUrl } from '../internal/url.js';
import { styles } from './faq.styles.js';

/** One question from `items` or a `src` document. `answer` is text with the documented Markdown subset. */
export interface FaqItem {
  id?: string;
  question: string;
  answer: string;
}

/** `detail` of `clinic-faq-toggle`. */
export interface FaqToggleDetail {
  id: string;
  question: string;
  open: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'clinic-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}

interface Entry {
  id: string;
  q: string;
  a?: string;
  el?: HTMLDetailsElement;
  s?: string;
  hay?: string;
  r?: TemplateResult[];
}

const SHAPE = '[{ "id"?, "question", "answer" }] of text';
const FALLBACK = "Showing the element's own content instead.";

/** Lower case without accents, so "cesarea" finds "cesárea". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** An id for deep links from a question's text: "¿Cuándo?" → "cuando". */
const slug = (q: string) => fold(q).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'q';

/** Checks data items; undefined when the list is empty or anything in it has the wrong shape. */
function toEntries(list: unknown): Entry[] | undefined {
  if (!Array.isArray(list) || !list.length) return;
  const ids = new Set<string>();
  const out: Entry[] = [];
  for (const x of list as Partial<FaqItem>[]) {
    const { id, question: q, answer: a } = x ?? {};
    if (typeof q !== 'string' || !q.trim() || typeof a !== 'string' || (id != null && typeof id !== 'string')) return;
    out.push({ id: id || slug(q), q, a });
  }
  // Deep links need unique ids.
  for (const e of out) {
    while (ids.has(e.id)) e.id += '-2';
    ids.add(e.id);
  }
  return out;
}

/**
 * An accessible FAQ accordion (WAI-ARIA APG pattern) that enhances plain `<details>` markup: questions
 * become buttons inside headings, optionally searchable, deep-linkable by URL hash and findable with the
 * browser's find-in-page. Without the script the `<details>` list works on its own, and the enhanced
 * rendering takes the same space (closed questions one line each), so nothing moves when it arrives.
 *
 * Rich answers written in the page stay in the page's DOM (page styles apply, links stay focusable):
 * each `<details>` is projected into its answer panel through a named slot (its `slot` attribute is set:
 * in Chromium, 1000 manual `slot.assign()` calls cost 75 ms more than named slots), kept open, with
 * its `<summary>` hidden because the question button replaces it. Answers from `items` or `src` are
 * text, never HTML: paragraphs on blank lines, `- ` lists, `**bold**`, `*italic*` and
 * `[links](https://…)` (http, https, tel and mailto only).
 *
 * The search box, "Expand all" button and `heading` exist only with the script, so they add their
 * height when it arrives; put a heading in the light DOM instead of `heading` for zero layout shift.
 * Questions take the page's line height, as plain `<details>` do: for 24 px pointer targets (WCAG
 * 2.5.8) give the page a line height of 1.5 or more, or pad `::part(question)` (and accept the shift).
 *
 * @tagname clinic-faq
 * @summary Accessible, searchable, linkable FAQ accordion that works from plain HTML `<details>`.
 *
 * @slot - `<details>` elements (`<summary>` = question, the rest = answer; `id` = deep-link id, `open` =
 *   initially open), plus any other content (an intro, a heading), shown above the questions. When
 *   `items` or `src` supply questions, they replace all of it: the light DOM is then the fallback.
 *
 * @csspart heading - The FAQ's heading (from `heading`).
 * @csspart question - Each question's button.
 * @csspart icon - The open/closed triangle before each question.
 * @csspart answer - Each answer panel.
 * @csspart search - The search field.
 * @csspart toggle-all - The "Expand all" / "Collapse all" button.
 * @csspart status - The live region with the match count.
 * @csspart clear - The "Clear search" button shown when nothing matches.
 *
 * @cssprop --clinic-color-primary - Question text.
 * @cssprop --clinic-color-text - Text.
 * @cssprop --clinic-color-surface - Background of the FAQ and its search field.
 * @cssprop --clinic-color-control-border - Search field and button borders.
 * @cssprop --clinic-color-focus - Focus ring.
 * @cssprop --clinic-radius - Corner radius of the controls.
 * @cssprop --clinic-space-1 - Small gaps.
 * @cssprop --clinic-space-2 - Control padding.
 * @cssprop --clinic-space-3 - Space below the controls.
 * @cssprop --clinic-duration - Open/close motion (0 under prefers-reduced-motion).
 * @cssprop --clinic-font-family - Font (inherits the page's).
 *
 * @event clinic-faq-toggle - A question opened or closed by the visitor (click, keys, URL hash,
 *   find-in-page, "Expand all"). `detail: { id, question, open }`.
 */
export class ClinicFaq extends ClinicElement {
  static override styles = [tokens, styles];

  /** The FAQ's heading text, rendered at `heading-level`. */
  @property() heading?: string;

  /** Level of the FAQ's heading (1–5, default 2); questions are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** At most one answer open at a time. */
  @property({ type: Boolean }) single?: boolean;

  /** Shows an "Expand all" / "Collapse all" button (not in `single` mode). */
  @property({ attribute: 'toggle-all', type: Boolean }) toggleAll?: boolean;

  /** Shows a search box that filters questions and answers (case- and accent-insensitive). */
  @property({ type: Boolean }) searchable?: boolean;

  /** Writes a schema.org FAQPage JSON-LD block (text only) into the light DOM. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData?: boolean;

  /** URL of a JSON document `{ "items": [{ "id"?, "question", "answer" }] }`. On failure the light DOM shows. */
  @property() src?: string;

  /** Questions as data: `[{ id?, question, answer }]`. Replaces the light-DOM content while set. */
  @property({ attribute: false }) items?: FaqItem[];

  // Internal state; whatever changes it calls requestUpdate() (cheaper than one decorator each).
  private light: Entry[] = [];
  private data?: Entry[];
  private remote?: Entry[];
  private busy?: boolean;
  private failed?: boolean;
  private query = '';

  private readonly opened = new Set<string>();
  private readonly known = new WeakMap<Element, Entry>();
  private slots = 0;
  private ld?: unknown;
  private hashDone = false;
  private ctrl?: AbortController;
  private mo?: MutationObserver;

  /** The questions shown: data from `src`, else `items`, else the light-DOM `<details>`. */
  private get entries(): Entry[] {
    return this.remote ?? this.data ?? this.light;
  }

  private get level(): number {
    const l = this.headingLevel;
    return l >= 1 && l <= 5 && l % 1 == 0 ? l : 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    (this.mo ??= new MutationObserver(this.scan)).observe(this, { childList: true });
    this.scan();
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.mo?.disconnect();
    removeEventListener('hashchange', this.onHash);
  }

  /** Reads the light-DOM `<details>`; anything else (an intro, a heading) is shown above them. */
  private readonly scan = () => {
    const light: Entry[] = [];
    for (const el of this.children) {
      const summary = el.firstElementChild as HTMLElement | null;
      // Anything else stays in the default slot, above the questions.
      if (!(el instanceof HTMLDetailsElement) || summary?.localName != 'summary') continue;
      let e = this.known.get(el);
      if (!e) {
        const q = summary.textContent!.trim();
        this.known.set(el, (e = { id: el.id || slug(q), q, el, s: (el.slot = `q${this.slots++}`) }));
        if (el.open && !(this.single && this.opened.size)) this.opened.add(e.id);
        // The panel shows or hides the answer now; the question button replaces the summary.
        el.open = summary.hidden = true;
      }
      light.push(e);
    }
    this.light = light;
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel') && this.level !== this.headingLevel) {
      reportError(this, 'heading-level', 'a whole number from 1 to 5', this.headingLevel, 'Using 2.');
    }
    if (changed.has('items')) {
      this.data = toEntries(this.items);
      if (this.items?.length && !this.data) reportError(this, 'items', SHAPE, JSON.stringify(this.items), FALLBACK);
    }
    if (changed.has('src')) void this.load();
    if (!this.hashDone && this.entries.length) {
      this.hashDone = true;
      this.onHash();
    }
  }

  private async load() {
    this.ctrl?.abort();
    const ctrl = (this.ctrl = new AbortController());
    const src = this.src;
    this.remote = this.failed = undefined;
    if (!(this.busy = !!src)) return;
    const url = safeUrl(src);
    let why = 'not an http(s) URL';
    let list: Entry[] | undefined;
    try {
      if (url) {
        list = toEntries(((await loadJson(url, ctrl.signal)) as { items?: unknown } | null)?.items);
        why = 'no valid items';
      }
    } catch (error) {
      why = (error as Error).message;
    }
    if (ctrl != this.ctrl) return;
    this.busy = this.hashDone = false;
    this.remote = list;
    this.failed = !list;
    this.requestUpdate();
    if (!list) reportError(this, 'src', `a JSON document { "items": ${SHAPE} }`, `${src}: ${why}`, FALLBACK);
  }

  // Closed answers are hidden="until-found": the browser's find-in-page still finds them and fires
  // beforematch (where unsupported, the value is just truthy: plainly hidden).
  protected override render() {
    const s = this.l10n.strings;
    const all = this.entries;
    const level = this.level;
    const query = fold(this.query.trim());
    let matches = 0;
    const items = all.map((e, i) => {
      const match =
        !query ||
        (e.hay ??= fold(`${e.q} ${e.el ? e.el.textContent : plainText(e.a!)}`)).includes(query);
      const open = this.opened.has(e.id);
      if (match) matches++;
      // One template per item, no wrapper element and no whitespace between tags: little to clone,
      // walk and lay out for each of possibly 1000 questions. Filtered-out answers are plainly hidden.
      // (The two templates differ only in the answer: a slot for the page's own, text for data.)
      const hidden = !match || (!open && 'until-found');
      return e.el
        ? html`<div role="heading" aria-level=${level + 1} ?hidden=${!match}><button part="question" aria-expanded=${open} aria-controls="p${i}"><span part="icon"></span>${e.q}</button></div><div part="answer" id="p${i}" .hidden=${hidden}><slot name=${e.s!}></slot></div>`
        : html`<div role="heading" aria-level=${level + 1} ?hidden=${!match}><button part="question" aria-expanded=${open} aria-controls="p${i}"><span part="icon"></span>${e.q}</button></div><div part="answer" id="p${i}" .hidden=${hidden}>${(e.r ??= renderText(e.a!))}</div>`;
    });
    const allOpen = all.every((e) => this.opened.has(e.id));
    const toggleAll = this.toggleAll && !this.single;
    return html`${this.heading
        ? html`<div role="heading" aria-level=${level} part="heading">${this.heading}</div>`
        : nothing}<slot ?hidden=${all != this.light}></slot>${this.searchable || toggleAll
        ? html`<div class="t">
            ${this.searchable
              ? html`<label>${s.faqSearch}<input type="search" part="search" .value=${this.query} @input=${this.onInput} /></label>`
              : nothing}
            ${toggleAll
              ? html`<button part="toggle-all" @click=${() => all.forEach((e) => this.set(e, !allOpen))}>
                  ${allOpen ? s.faqCollapse : s.faqExpand}
                </button>`
              : nothing}
          </div>`
        : nothing}
      <p role="status" part="status" class=${this.busy ? 'sr' : 'st'}>${this.busy ? s.loading : query ? (matches ? s.faqMatches(matches) : s.faqNone) : ''}</p>
      ${query && !matches ? html`<button part="clear" @click=${this.clear}>${s.faqClear}</button>` : nothing}
      <div aria-busy=${!!this.busy} @click=${this.onClick} @keydown=${this.onKey} @beforematch=${this.onMatch}>${items}</div>
      ${this.failed && !all.length ? html`<p>${s.faqError}</p>` : nothing}`;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('structuredData') || (this.structuredData && this.ld != this.entries)) this.writeLd();
  }

  private writeLd() {
    this.ld = this.entries;
    writeJsonLd(
      this,
      this.structuredData
        ? {
            '@type': 'FAQPage',
            mainEntity: this.entries.map((e) => ({
              '@type': 'Question',
              name: e.q,
              acceptedAnswer: {
                '@type': 'Answer',
                // The answer is everything after the question (the summary comes first).
                text: e.el ? e.el.textContent!.replace(e.q, '').replace(/\s+/g, ' ').trim() : plainText(e.a!),
              },
            })),
          }
        : null,
    );
  }

  protected override renderFallback(): unknown {
    // The page's own <details>, as they were: closed unless open, with their summaries back.
    for (const e of this.light) {
      e.el!.open = this.opened.has(e.id);
      e.el!.removeAttribute('slot');
      (e.el!.firstElementChild as HTMLElement).hidden = false;
    }
    return super.renderFallback();
  }

  private set(e: Entry, open: boolean) {
    if (this.opened.has(e.id) == open) return;
    if (open && this.single) this.entries.forEach((o) => this.set(o, false));
    if (open) this.opened.add(e.id);
    else this.opened.delete(e.id);
    this.requestUpdate();
    emit<FaqToggleDetail>(this, 'clinic-faq-toggle', { id: e.id, question: e.q, open });
  }

  /** The question buttons that are not filtered out, in order. */
  private get buttons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('div:not([hidden]) > [part=question]')];
  }

  private at(id: string) {
    return this.entries[+id.slice(1)];
  }

  // One listener each for every question (event delegation), not one per item.
  private onClick(event: Event) {
    const b = (event.target as Element).closest('[part=question]');
    const e = b?.getRootNode() == this.renderRoot && this.at(b!.getAttribute('aria-controls')!);
    if (e) this.set(e, !this.opened.has(e.id));
  }

  private onKey(event: KeyboardEvent) {
    const list = this.buttons;
    const i = list.indexOf(event.target as HTMLButtonElement);
    const n = list.length;
    const to = { ArrowDown: i + 1, ArrowUp: i - 1 + n, Home: 0, End: n - 1 }[event.key];
    if (i < 0 || to === undefined) return;
    event.preventDefault();
    list[to % n]!.focus();
  }

  private onMatch(event: Event) {
    const e = this.at((event.target as Element).id);
    if (e) this.set(e, true);
  }

  private onInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    this.requestUpdate();
  }

  private clear() {
    this.query = '';
    this.requestUpdate();
    this.renderRoot.querySelector('input')?.focus();
  }

  /** Opens, scrolls to and focuses the question named in the URL hash. */
  private readonly onHash = () => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      // A malformed hash names no question.
    }
    const i = this.entries.findIndex((e) => e.id == id);
    if (!id || i < 0) return;
    this.set(this.entries[i]!, true);
    void this.updateComplete.then(() => {
      const b = this.renderRoot.querySelector<HTMLElement>(`[aria-controls=p${i}]`);
      b?.scrollIntoView({ block: 'start' });
      b?.focus({ preventScroll: true });
    });
  };
}
