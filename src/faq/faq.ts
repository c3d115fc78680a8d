import { html, nothing, render, type PropertyValues } from 'lit';
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

/** One question as the FAQ holds it: from data (`question`, `answer`) or the page (`details`). */
interface Entry {
  id: string;
  // A page's question is read from its `<summary>` when needed: one string less per question in the heap.
  /** The question of a data item. */
  question?: string;
  /** The answer of a data item (text with the Markdown subset). */
  answer?: string;
  /** The page's own `<details>`, for a question written in the page. */
  details?: HTMLDetailsElement;
  /** Question and answer folded for search, made on the first search. */
  haystack?: string;
}

/** Allowed values of `appearance`. */
export const FAQ_APPEARANCES = ['plain', 'divided', 'cards'] as const;
export type FaqAppearance = (typeof FAQ_APPEARANCES)[number];

const SHAPE = '[{ question, answer, id? }]';
/** Rows are built a slice of questions at a time, for at most about SLICE_MS before the browser gets the main thread back. */
const SLICE = 40;
const SLICE_MS = 8;
const FALLBACK = 'Showing its own content instead.';

/** Lower case without accents, so "cesarea" finds "cesárea". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** An id for deep links from a question's text: "¿Cuándo?" → "cuando". */
const slug = (question: string) =>
  fold(question)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'q';

// Page <details> already read, by any FAQ.
const known = new WeakMap<Element, Entry>();

/** A question's text: a data item's, or the page's `<summary>`. */
const questionText = (entry: Entry) => entry.question ?? entry.details!.firstElementChild!.textContent!.trim();
/** An answer as plain text: a data item's, or a page's own (everything after its question). */
const answerText = (entry: Entry) => plainText(entry.answer ?? entry.details!.textContent!.replace(questionText(entry), ''));

/** Whether a question or its answer contains the (folded) search text. */
const matches = (entry: Entry, query: string) =>
  !query || (entry.haystack ??= fold(`${questionText(entry)} ${answerText(entry)}`)).includes(query);

/** Makes ids unique in one list (a repeat gets "-2", "-3"…), so one question never opens another. */
function unique(entry: Entry, seen: Set<string>) {
  for (let base = entry.id, count = 1; seen.has(entry.id);) entry.id = `${base}-${++count}`;
  seen.add(entry.id);
  return entry;
}

/** Checks data items; undefined when the list is empty or anything in it has the wrong shape. */
function toEntries(list: unknown): Entry[] | undefined {
  if (!Array.isArray(list) || !list.length) return;
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const item of list as Partial<FaqItem>[]) {
    const { id, question, answer } = item ?? {};
    if (typeof question != 'string' || !question.trim() || typeof answer != 'string' || typeof (id ?? '') != 'string') return;
    entries.push(unique({ id: id || slug(question), question, answer }, seen));
  }
  return entries;
}

// How it works (for maintainers; the JSDoc below is for users). Rich answers written in the page stay
// in the page's DOM: each `<details>` is assigned to its answer panel's slot by manual slot
// assignment, done before the slots are inserted (at 1000 questions Chromium inserted 1000 named
// slots in 15 ms and these in 7), with its `<summary>` hidden because the question button replaces
// it. The `<details>` opens and closes with its question, so the page's own `toggle` listeners hear
// the visitor as before.

/**
 * An accessible FAQ accordion (WAI-ARIA APG pattern) that enhances plain `<details>` markup: questions
 * become buttons inside headings, optionally searchable, deep-linkable by URL hash and findable with the
 * browser's find-in-page. Without the script the `<details>` list works on its own, and the enhanced
 * rendering takes the same space (closed questions one line each) wherever the page's lines are at
 * least 24 px tall (see below), so nothing moves when it arrives.
 *
 * Answers written in the page stay in the page: page styles apply to them, their links stay
 * focusable, and the page's own `toggle` listeners on each `<details>` still hear the visitor. A
 * `<details name>` group (an exclusive accordion) makes the FAQ `single`. Answers from `items` or
 * `src` are text, never HTML: paragraphs on blank lines, `- ` lists, `**bold**`, `*italic*` and
 * `[links](https://…)` (http, https, tel and mailto only).
 *
 * The search box, "Expand all" button and `heading` exist only with the script, so they add their
 * height when it arrives; put a heading in the light DOM instead of `heading` for zero layout shift.
 * Question buttons are at least 24 px tall (WCAG 2.5.8 target size) whatever the page's line height;
 * otherwise they take the page's line height, as plain `<details>` do. So there is no layout shift when
 * the page's line height gives rows of at least 24 px (16 px text with a line height of 1.5 does);
 * with tighter lines each question grows to 24 px when the script arrives, unless the page links
 * `clinic-widgets/prelayout.css`, which gives the plain `<summary>` rows that height beforehand.
 *
 * Each question's id (its `<details id>`, `items[].id`, or a slug of the question: "¿Cuándo?" →
 * `cuando`) names it in the URL hash and in `clinic-faq-toggle`; a repeated id gets `-2`, `-3`…
 *
 * A page that styles its `<summary>` (padding, borders, a custom marker) should give
 * `clinic-faq::part(question)` the same padding and borders, so the rows keep their size.
 *
 * `appearance` picks the look: `plain` (the default) is the page's own text, one line per question
 * with a small triangle, as plain `<details>` look; `divided` separates the questions with rules and
 * makes each at least 44 px tall with a chevron at the end and hover and pressed states; `cards` makes
 * each question its own rounded surface, its answer below it. For `divided` and `cards`, the page's
 * `<details>` need the library's pre-upgrade stylesheet (`clinic-widgets/prelayout.css`) to take the
 * same space before the script arrives. `plain` is the default because it needs nothing: a page that
 * pastes only the script (a WordPress Details block, say) keeps zero layout shift and its own look.
 *
 * Printed, every question and answer is shown (answers written in the page, inside their closed
 * `<details>`, through `prelayout.css`) and the search box is not.
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
 * @csspart icon - The open/closed triangle before each question (`plain`), or the chevron after it.
 * @csspart answer - Each answer panel.
 * @csspart search - The search field.
 * @csspart toggle-all - The "Expand all" / "Collapse all" button.
 * @csspart status - The live region: "Loading…", the match count, or that loading failed.
 * @csspart clear - The "Clear search" button shown when nothing matches.
 *
 * @cssprop --clinic-color-primary - Question text and icon (hover and pressed are derived from it).
 * @cssprop --clinic-color-text - Text.
 * @cssprop --clinic-color-surface - Background of the FAQ and its search field.
 * @cssprop --clinic-color-surface-alt - Background of a `divided` or `cards` question under the pointer.
 * @cssprop --clinic-color-border - Rules (`divided`) and card borders (`cards`).
 * @cssprop --clinic-color-control-border - Search field and button borders.
 * @cssprop --clinic-color-focus - Focus ring.
 * @cssprop --clinic-radius - Corner radius of the controls and cards.
 * @cssprop --clinic-space-1 - Small gaps.
 * @cssprop --clinic-space-2 - Control padding; question padding and the gap between cards.
 * @cssprop --clinic-space-3 - Space below the controls and below an open answer; card padding.
 * @cssprop --clinic-duration - Open/close motion (0 under prefers-reduced-motion).
 * @cssprop --clinic-font-family - Font (inherits the page's).
 *
 * @event {CustomEvent<FaqToggleDetail>} clinic-faq-toggle - A question opened or closed by the visitor (click, keys, URL hash,
 *   find-in-page, "Expand all"). `detail: { id, question, open }`.
 */
export class ClinicFaq extends ClinicElement {
  static override styles = [tokens, styles];
  static override shadowRootOptions: ShadowRootInit = { ...ClinicElement.shadowRootOptions, slotAssignment: 'manual' };

  /** The FAQ's heading text, rendered at `heading-level`. */
  @property() heading?: string;

  /** Level of the FAQ's heading (1–5, default 2; anything else is reported and becomes 2); questions are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** `plain` (default), `divided` or `cards`: see above. */
  @property({ reflect: true }) appearance: FaqAppearance = 'plain';

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
  private lightItems: Entry[] = [];
  private dataItems?: Entry[];
  /** Questions from `src`: undefined while loading (or without `src`), null when loading failed. */
  private remoteItems?: Entry[] | null;
  private readonly openIds = new Set<string>();
  /** The questions last written as JSON-LD (false: none). */
  private jsonLdItems?: unknown;
  private hashDone?: boolean;
  private childObserver?: MutationObserver;
  private builtItems?: Entry[];
  private rowStates: number[] = [];
  /** How many of `builtItems` have their row (the rest are built in later tasks: buildRows). */
  private rowsBuilt = 0;
  /** How many rows have been shown: showing an answer in one of them now slides it in. */
  private rowsShown = 0;
  private rowPrototype?: Element[];
  private buildTimer?: MessageChannel;

  /** The questions shown: data from `src`, else `items`, else the light-DOM `<details>`. */
  private get allItems(): Entry[] {
    return this.remoteItems ?? this.dataItems ?? this.lightItems;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Its children, and theirs: a page still loading (the script before the tags) may add a <details>
    // before its <summary>. Changes deeper in an answer need no new reading.
    (this.childObserver ??= new MutationObserver(
      (changes) => changes.some(({ target }) => target == this || target.parentNode == this) && this.scanLight(),
    )).observe(this, { childList: true, subtree: true });
    this.scanLight();
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    removeEventListener('hashchange', this.onHash);
  }

  /** Reads the light-DOM `<details>`; anything else (an intro, a heading) is shown above them. */
  private readonly scanLight = () => {
    const seen = new Set<string>();
    this.lightItems = [...this.querySelectorAll<HTMLElement>(':scope>details>summary:first-child')].map((summary) => {
      const details = summary.parentElement as HTMLDetailsElement;
      let entry = known.get(details);
      if (entry) unique(entry, seen);
      else {
        known.set(details, (entry = unique({ id: details.id || slug(summary.textContent!.trim()), details }, seen)));
        // An exclusive accordion (<details name>) is single mode, as the browser would keep it.
        if (details.name) this.single = true;
        if (details.open && !(this.single && this.openIds.size)) this.openIds.add(entry.id);
      }
      return entry;
    });
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel') && !/^[1-5]$/.test(`${this.headingLevel}`)) {
      reportError(this, 'heading-level', 'a whole number from 1 to 5', this.headingLevel, 'Using 2.');
      this.headingLevel = 2;
    }
    // A new heading level rebuilds the questions.
    if (changed.has('headingLevel')) this.builtItems = undefined;
    if (!FAQ_APPEARANCES.includes(this.appearance)) {
      reportError(this, 'appearance', `one of ${FAQ_APPEARANCES.join(', ')}`, this.appearance, 'Using "plain".');
      this.appearance = 'plain';
    }
    if (changed.has('items')) {
      this.dataItems = toEntries(this.items);
      if (this.items?.length && !this.dataItems) reportError(this, 'items', SHAPE, JSON.stringify(this.items), FALLBACK);
    }
    if (changed.has('src')) void this.loadSrc();
    if (!this.hashDone && this.allItems.length) {
      this.hashDone = true;
      this.onHash();
    }
  }

  private async loadSrc() {
    const src = this.src;
    let why = 'not http(s)';
    let list: Entry[] | undefined;
    this.remoteItems = undefined;
    if (!src) return;
    try {
      const url = safeUrl(src);
      if (url) {
        list = toEntries(((await loadJson(url)) as { items?: unknown } | null)?.items);
        why = 'no valid items';
      }
    } catch (error) {
      why = (error as Error).message;
    }
    // A newer src replaced this one meanwhile.
    if (src != this.src) return;
    this.hashDone = false;
    this.remoteItems = list ?? null;
    this.requestUpdate();
    if (!list) reportError(this, 'src', `a JSON document { items: ${SHAPE} }`, `${src}: ${why}`, FALLBACK);
  }

  protected override render() {
    const strings = this.l10n.strings;
    const all = this.allItems;
    const busy = !!this.src && this.remoteItems === undefined;
    const allOpen = all.every((entry) => this.openIds.has(entry.id));
    const query = this.searchText();
    const matchCount = query ? all.filter((entry) => matches(entry, query)).length : 0;
    const heading = this.heading ? html`<div role="heading" aria-level=${this.headingLevel} part="heading">${this.heading}</div>` : nothing;
    const search = this.searchable
      ? html`<label>${strings.faqSearch}<input type="search" part="search" @input=${() => this.requestUpdate()} /></label>`
      : nothing;
    const toggle =
      this.toggleAll && !this.single
        ? html`<button part="toggle-all" @click=${() => all.forEach((entry) => this.setOpen(entry, !allOpen))}>${allOpen ? strings.faqCollapse : strings.faqExpand}</button>`
        : nothing;
    const clear = query && !matchCount ? html`<button part="clear" @click=${this.clearSearch}>${strings.faqClear}</button>` : nothing;
    // The status says what is going on: loading, that loading failed with nothing to show, or how
    // many questions match the search.
    const status = busy
      ? strings.loading
      : this.remoteItems === null && !all.length
        ? strings.faqError
        : query && (matchCount ? strings.faqMatches(matchCount) : strings.faqNone);
    // No white space between the parts: nothing to lay out. The questions' container is filled by
    // update() below, not by Lit.
    return html`${heading}<slot></slot><div class="tools">${search}${toggle}</div><div role="status" part="status">${status}</div>${clear}<div
      aria-busy=${busy} @click=${this.onClick} @keydown=${this.onKey} @beforematch=${this.onMatch}></div>`;
  }

  /** The search box's text, folded; empty without a search box. */
  private searchText() {
    return fold(this.renderRoot.querySelector('input')?.value.trim() ?? '');
  }

  // The questions are DOM built here by hand, not Lit templates: at 1000 questions Lit's per-item
  // template instances and parts were about 0.6 MB of heap and 20 ms of script. Each question is
  //   <div role="heading" aria-level><button part="question" aria-expanded aria-controls="answer-I">
  //   <span part="icon"></span>question</button></div><div part="answer" id="answer-I" hidden><slot>
  // cloned from one prototype, with no white space: little to clone, walk and lay out. (The slot can
  // not be the panel itself: axe-core sees through slots and would check closed answers.) The page's
  // own <details> is assigned to the slot by hand before the slot is inserted; a data answer is the
  // slot's fallback content. Closed answers are hidden="until-found": the browser's find-in-page still
  // finds them and fires beforematch (where unsupported, the value is just truthy: plainly hidden).
  // Filtered-out answers are plainly hidden. Afterwards only what changed is touched: `rowStates`
  // holds each question's state (1 open, 2 filtered out) as the DOM has it.
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const all = this.allItems;
    const list = this.renderRoot.lastElementChild!;
    const fresh = all != this.builtItems;
    if (fresh) {
      this.builtItems = all;
      this.rowStates = [];
      this.rowsBuilt = this.rowsShown = 0;
      const one = document.createDocumentFragment();
      // The prototype: Lit parses this static markup once (through its Trusted Types policy).
      render(
        html`<div role="heading" aria-level=${this.headingLevel + 1}><button part="question" aria-expanded="false"><span part="icon"></span></button></div><div part="answer" .hidden=${'until-found' as never}><slot></slot></div>`,
        one,
      );
      this.rowPrototype = [...one.children];
      const light = all == this.lightItems;
      // The page's questions not built yet stay as the page wrote them, in slots where their rows
      // will go, a slot for each slice of questions: the page looks the same until each slice is
      // replaced by rows of the same size, and replacing one slice leaves the other slots as they
      // are (changing what one big slot holds had Chromium lay every question out again).
      list.replaceChildren(
        ...(light
          ? Array.from({ length: Math.ceil(all.length / SLICE) }, (_, slice) => {
              const slot = document.createElement('slot');
              slot.assign(...all.slice(slice * SLICE, (slice + 1) * SLICE).map((entry) => entry.details!));
              return slot;
            })
          : []),
      );
      // The page's other content (an intro, a heading) shows above the questions; none in data mode.
      this.assignTop(light);
      this.buildRows(light ? performance.now() + SLICE_MS : Infinity);
    }
    const query = this.searchText();
    const rows = list.children;
    for (let i = 0; i < this.rowsBuilt; i++) {
      const entry = all[i]!;
      const open = this.openIds.has(entry.id);
      const match = matches(entry, query);
      const state = +open | (match ? 0 : 2);
      if (state == (this.rowStates[i] ?? 0)) continue;
      this.rowStates[i] = state;
      const heading = rows[2 * i] as HTMLElement;
      heading.hidden = !match;
      heading.firstElementChild!.setAttribute('aria-expanded', `${open}`);
      const panel = rows[2 * i + 1] as HTMLElement;
      panel.hidden = !match || (!open && ('until-found' as never));
      // Answers shown from the start do not slide in; any shown later do.
      if (i < this.rowsShown) panel.className = 'animate';
      if (entry.details) entry.details.open = open;
    }
    this.rowsShown = this.rowsBuilt;
  }

  /** Resolves once the element has rendered and every question's row is built. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.buildTimer) {
      await new Promise((resolve) => this.buildTimer!.port1.addEventListener('message', resolve, { once: true }));
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Builds question rows, in order, until `deadline` (a performance.now() time) or the last one. What
   * is left is built in the next task (after the browser has had a chance to paint and to handle
   * input), then shown by another update. Rows for the page's own questions are built in slices: at
   * 1000 questions on a slow phone, building them all took about 150 ms in one task, during which a
   * visitor's click waited.
   */
  private buildRows(deadline: number) {
    const all = this.builtItems!;
    const list = this.renderRoot.lastElementChild!;
    const [headingPrototype, panelPrototype] = this.rowPrototype!;
    while (this.rowsBuilt < all.length && performance.now() < deadline) {
      const rows = document.createDocumentFragment();
      const end = Math.min(this.rowsBuilt + SLICE, all.length);
      for (let i = this.rowsBuilt; i < end; i++) {
        const entry = all[i]!;
        const heading = headingPrototype!.cloneNode(true);
        const panel = panelPrototype!.cloneNode(true) as HTMLElement;
        const button = heading.firstChild as Element;
        button.setAttribute('aria-controls', (panel.id = `answer-${i}`));
        button.append(questionText(entry));
        const slot = panel.firstChild as HTMLSlotElement;
        if (entry.details) {
          // The question button replaces the summary: hidden by an important inline style, which the
          // page's own `summary { display: flex }` (a common way to style them) can not undo. The
          // details keeps its own open state, in step with its panel's (so the page's own toggle
          // listeners still hear the visitor's actions).
          (entry.details.firstElementChild as HTMLElement).style.setProperty('display', 'none', 'important');
          slot.assign(entry.details);
        } else render(renderText(entry.answer!), slot);
        rows.append(heading, panel);
      }
      // The slice's slot (the first one left, after the rows built so far), or the end of the list.
      const pending = list.children[2 * this.rowsBuilt] ?? null;
      list.insertBefore(rows, pending);
      pending?.remove();
      this.rowsBuilt = end;
    }
    if (this.rowsBuilt < all.length && !this.buildTimer) {
      // A message is a task of its own that, unlike a 0 ms timeout, is not delayed by 4 ms clamping.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        this.buildTimer = undefined;
        if (all != this.builtItems) return;
        this.buildRows(performance.now() + SLICE_MS);
        this.requestUpdate();
      };
      this.buildTimer = channel;
      channel.port2.postMessage(0);
    }
  }

  // The questions are a new array whenever they change: the JSON-LD is rewritten only then.
  protected override updated(): void {
    const items = this.structuredData && this.allItems;
    if (items == this.jsonLdItems) return;
    this.jsonLdItems = items;
    writeJsonLd(
      this,
      items
        ? {
            '@type': 'FAQPage',
            mainEntity: items.map((entry) => ({
              '@type': 'Question',
              name: questionText(entry),
              acceptedAnswer: {
                '@type': 'Answer',
                text: answerText(entry),
              },
            })),
          }
        : null,
    );
  }

  /** Assigns the page's content to the first slot: all of it (`all`), or all but the questions' `<details>`. */
  // Elements and text that is not all white space (white space between blocks shows nothing, and at
  // 1000 questions assigning it cost a millisecond); the questions' <details> are known.
  private assignTop(others: boolean, all?: boolean) {
    this.renderRoot
      .querySelector('slot')
      ?.assign(
        ...[...this.childNodes].filter(
          (node): node is Element =>
            others && (node.nodeType == 1 || (node.nodeType == 3 && !!node.textContent!.trim())) && (all || !known.has(node as Element)),
        ),
      );
  }

  protected override renderFallback(): unknown {
    // The page's own <details>, as they were: closed unless open, with their summaries back.
    for (const entry of this.lightItems) {
      entry.details!.open = this.openIds.has(entry.id);
      (entry.details!.firstElementChild as HTMLElement).style.removeProperty('display');
    }
    // Slots are assigned by hand here: the fallback's slot gets everything once it is rendered.
    queueMicrotask(() => this.assignTop(true, true));
    return super.renderFallback();
  }

  private setOpen(entry: Entry, open: boolean) {
    if (this.openIds.has(entry.id) == open) return;
    if (open && this.single) this.allItems.forEach((other) => this.setOpen(other, false));
    this.openIds[open ? 'add' : 'delete'](entry.id);
    this.requestUpdate();
    emit(this, 'clinic-faq-toggle', { id: entry.id, question: questionText(entry), open });
  }

  /** The question whose answer panel has this id (`answer-3`). */
  private itemAt(panelId: string) {
    return this.allItems[+panelId.slice(7)];
  }

  // One listener each for every question (event delegation), not one per item.
  private onClick(event: Event) {
    const button = (event.target as Element).closest('[part=question]');
    const entry = button?.getRootNode() == this.renderRoot && this.itemAt(button!.getAttribute('aria-controls')!);
    if (entry) this.setOpen(entry, !this.openIds.has(entry.id));
  }

  private onKey(event: KeyboardEvent) {
    // The question buttons that are not filtered out, in order.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('div:not([hidden]) > [part=question]')];
    const current = buttons.indexOf(event.target as HTMLElement);
    // Wrapping: past the last is the first (current + 1 == length), before the first the last (at(-1)).
    const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: -1 }[event.key];
    if (current < 0 || next == null) return;
    event.preventDefault();
    buttons.at(next % buttons.length)!.focus();
  }

  private onMatch(event: Event) {
    const entry = this.itemAt((event.target as Element).id);
    if (entry) this.setOpen(entry, true);
  }

  private clearSearch() {
    const input = this.renderRoot.querySelector('input')!;
    input.value = '';
    input.focus();
    this.requestUpdate();
  }

  /** Opens, scrolls to and focuses the question named in the URL hash. */
  private readonly onHash = () => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      // A malformed hash names no question.
    }
    // Ids are never empty, so an empty hash finds nothing.
    const index = this.allItems.findIndex((entry) => entry.id == id);
    if (index < 0) return;
    this.setOpen(this.allItems[index]!, true);
    void this.updateComplete.then(async () => {
      // A deep link to a question whose row is still to come: build the rest now.
      if (index >= this.rowsBuilt && this.builtItems == this.allItems) {
        this.buildRows(Infinity);
        this.requestUpdate();
        await this.updateComplete;
      }
      const button = this.renderRoot.querySelector<HTMLElement>(`[aria-controls=answer-${index}]`);
      button?.scrollIntoView();
      button?.focus({ preventScroll: true });
    });
  };
}
