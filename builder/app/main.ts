/**
 * The embed builder: state, actions and the render loop. Private by construction: nothing is fetched
 * but the page's own files, nothing is stored (no cookies, no Web Storage); settings leave only as a
 * file the person downloads or in the URL fragment, which browsers never send to a server.
 */
import { render } from 'lit';
import type { Treatment } from '../../src/treatment-card/model.js';
import type { Lang, Release } from '../../fragments/widgets.js';
import packEn from '../../content/ketamine-postpartum-depression.en.json';
import packEs from '../../content/ketamine-postpartum-depression.es.json';
import { sampleQuestions } from '../../demo/page.js';
import { buildOutput, type Output } from './output.js';
import { BUILDER_STRINGS, type BuilderStrings } from './strings.js';
import { defaultSettings, emptyFaqItem, readCard, type Settings } from './settings.js';
import {
  itemsFromHtml,
  itemsFromJson,
  itemsToJson,
  settingsFromFragment,
  settingsFromJson,
  settingsToFragment,
  settingsToJson,
} from './import.js';
import { page, type App } from './view.js';

// Written in by the build (scripts/build-pages.mjs): this release's name, version and integrity hashes,
// and the WordPress plugin's file beside the builder.
declare const CLINIC_WIDGETS_RELEASE: Release & { wordpressPlugin?: string };

const PACKS: Record<Lang, Treatment> = { en: packEn as Treatment, es: packEs as Treatment };
const PREVIEW_DELAY = 150;

class Builder implements App {
  settings: Settings;
  output!: Output;
  t: BuilderStrings;
  readonly release = CLINIC_WIDGETS_RELEASE;
  preview: App['preview'] = { scheme: 'light', width: 'desktop' };
  importHtml = '';
  readonly zones = Intl.supportedValuesOf('timeZone');
  private uiLang: Lang;
  private readonly touched = new Set<string>();
  private readonly statuses = new Map<string, string>();
  private readonly keys = new WeakMap<object, number>();
  private nextKey = 1;
  private previewTimer?: ReturnType<typeof setTimeout>;
  private hashTimer?: ReturnType<typeof setTimeout>;
  private focusAfterRender?: string;

  constructor(private readonly root: HTMLElement) {
    this.uiLang = navigator.languages.some((tag) => tag.toLowerCase().startsWith('es')) ? 'es' : 'en';
    this.t = BUILDER_STRINGS[this.uiLang];
    this.settings = defaultSettings(this.uiLang);
    addEventListener('message', (event) => {
      // The preview frame asks for the widgets when it has loaded.
      if (event.origin === location.origin && event.data === 'clinic-preview-ready') this.sendPreview();
    });
    addEventListener('hashchange', () => void this.loadHash());
    // The open/closed line follows the clock.
    setInterval(() => this.refresh(false), 30_000);
    this.refresh(false);
    void this.loadHash();
  }

  /* --- State -------------------------------------------------------------------------------------- */

  update(change: (settings: Settings) => void): void {
    change(this.settings);
    // "Copied" was about the code as it was.
    for (const key of this.statuses.keys()) if (key.startsWith('copy-')) this.statuses.delete(key);
    this.refresh();
  }

  private refresh(changed = true) {
    this.output = buildOutput(this.settings, this.release);
    document.documentElement.lang = this.uiLang;
    document.title = this.t.title;
    render(page(this), this.root);
    if (this.focusAfterRender) {
      document.getElementById(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.sendPreview(), PREVIEW_DELAY);
    if (changed) {
      clearTimeout(this.hashTimer);
      this.hashTimer = setTimeout(() => void this.writeHash(), 400);
    }
  }

  touch(id: string): void {
    if (this.touched.has(id)) return;
    this.touched.add(id);
    this.refresh(false);
  }

  /** Every field counts as touched (after content was brought in: its problems show at once). */
  private touchAll() {
    for (const id of this.output.problems.keys()) this.touched.add(id);
  }

  error(id: string): string | undefined {
    const problem = this.output.problems.get(id);
    return problem && this.touched.has(id) ? this.t.problems[problem] : undefined;
  }

  status(key: string): string {
    return this.statuses.get(key) ?? '';
  }

  private say(key: string, message: string) {
    this.statuses.set(key, message);
    this.refresh(false);
  }

  keyOf(row: object): number {
    let key = this.keys.get(row);
    if (key === undefined) this.keys.set(row, (key = this.nextKey++));
    return key;
  }

  /* --- The preview -------------------------------------------------------------------------------- */

  private sendPreview() {
    const frame = this.root.querySelector<HTMLIFrameElement>('#preview')?.contentWindow;
    frame?.postMessage(
      {
        type: 'clinic-preview',
        widgets: this.output.preview,
        css: this.output.css,
        lang: this.settings.clinic.lang,
        scheme: this.preview.scheme,
        empty: this.t.previewEmpty,
        notFollowed: this.t.previewNotFollowed,
        title: this.t.previewFrame,
        faqHeading: this.t.faqHeading,
      },
      location.origin,
    );
  }

  setPreview(change: Partial<App['preview']>): void {
    Object.assign(this.preview, change);
    this.refresh(false);
  }

  /* --- Actions ------------------------------------------------------------------------------------ */

  switchLanguage(): void {
    this.uiLang = this.uiLang === 'en' ? 'es' : 'en';
    this.t = BUILDER_STRINGS[this.uiLang];
    this.statuses.clear();
    this.focusAfterRender = 'ui-language';
    this.refresh(false);
  }

  fillSample(): void {
    const lang = this.settings.clinic.lang;
    this.update((s) => {
      Object.assign(s.clinic, {
        name: lang === 'es' ? 'Renew Wellness (ejemplo)' : 'Renew Wellness (sample)',
        phone: '(480) 555-0123',
        bookingUrl: 'https://example.com/book',
        timezone: 'America/Phoenix',
      });
      s.clinic.week = s.clinic.week.map((_day, d) => ({
        open: d < 6,
        ranges: [d === 5 ? { from: '09:00', to: '12:00' } : { from: '08:00', to: '17:00' }],
      }));
      s.widgets.faq.on = true;
      s.widgets.faq.items = sampleQuestions(lang);
      s.widgets.crisis.on = true;
    });
    this.say('sample', this.t.sampleDone);
  }

  setImportHtml(text: string): void {
    this.importHtml = text;
  }

  /** New questions go after the ones already written; an untouched empty question makes way. */
  private addQuestions(items: Settings['widgets']['faq']['items'], key: string) {
    if (!items.length) {
      this.say(key, this.t.importNone);
      return;
    }
    this.update((s) => {
      const kept = s.widgets.faq.items.filter((item) => item.question.trim() || item.answer.trim() || item.id.trim());
      s.widgets.faq.items = [...kept, ...items];
      s.widgets.faq.on = true;
    });
    this.touchAll();
    this.say(key, this.t.imported(items.length));
  }

  importFaqHtml(): void {
    this.addQuestions(itemsFromHtml(this.importHtml), 'faq-import');
  }

  importFaqJson(file: File): void {
    file
      .text()
      .then((text) => this.addQuestions(itemsFromJson(text), 'faq-import'))
      .catch(() => this.say('faq-import', this.t.importBad));
  }

  exportFaqJson(): void {
    download('questions.json', itemsToJson(this.settings.widgets.faq.items));
  }

  moveQuestion(index: number, by: -1 | 1): void {
    const items = this.settings.widgets.faq.items;
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    // Focus stays on the same button of the question that moved (or the other one at either end).
    const edge = to === 0 || to === items.length - 1;
    this.focusAfterRender = `faq-${to}-${edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}`;
    this.update((s) => s.widgets.faq.items.splice(to, 0, ...s.widgets.faq.items.splice(index, 1)));
    this.say('faq-items', this.t.moved(to + 1, items.length));
  }

  removeQuestion(index: number): void {
    const count = this.settings.widgets.faq.items.length;
    this.focusAfterRender = count > 1 ? `faq-${Math.min(index, count - 2)}-question` : 'faq-add';
    this.update((s) => {
      s.widgets.faq.items.splice(index, 1);
      if (!s.widgets.faq.items.length) s.widgets.faq.items.push(emptyFaqItem());
    });
    this.say('faq-items', this.t.removed);
  }

  addQuestion(): void {
    this.focusAfterRender = `faq-${this.settings.widgets.faq.items.length}-question`;
    this.update((s) => s.widgets.faq.items.push(emptyFaqItem()));
  }

  fillSampleCard(): void {
    this.update((s) => {
      s.widgets.card.content = readCard(PACKS[s.clinic.lang]);
      s.widgets.card.on = true;
    });
    this.say('card', this.t.cardSampleDone);
  }

  openCard(file: File): void {
    file
      .text()
      .then((text) => {
        const json: unknown = JSON.parse(text);
        if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('not an object');
        this.update((s) => {
          s.widgets.card.content = readCard(json);
          s.widgets.card.on = true;
        });
        this.touchAll();
        this.say('card', this.t.cardOpened);
      })
      .catch(() => this.say('card', this.t.cardBad));
  }

  copy(key: string, text: string): void {
    // Emptied first, so that a second copy is announced again.
    for (const other of this.statuses.keys()) if (other.startsWith('copy-')) this.statuses.delete(other);
    this.refresh(false);
    writeClipboard(text).then(
      () => this.say(`copy-${key}`, this.t.copied),
      () => {
        // Without clipboard access the code is selected, ready for Ctrl+C.
        this.root.querySelector<HTMLTextAreaElement>(`#code-${key}`)?.select();
        this.say(`copy-${key}`, this.t.copyFailed);
      },
    );
  }

  saveSettings(): void {
    download('clinic-widgets-settings.json', settingsToJson(this.settings));
  }

  openSettings(file: File): void {
    file
      .text()
      .then((text) => {
        this.settings = settingsFromJson(text, this.uiLang);
        this.touched.clear();
        this.refresh();
        this.touchAll();
        this.say('settings', this.t.opened);
      })
      .catch(() => this.say('settings', this.t.openBad));
  }

  copyLink(): void {
    void settingsToFragment(this.settings).then((fragment) => {
      const url = `${location.href.split('#')[0]}#${fragment}`;
      history.replaceState(null, '', url);
      writeClipboard(url).then(
        () => this.say('settings', this.t.copied),
        () => this.say('settings', this.t.copyFailed),
      );
    });
  }

  /* --- The URL fragment --------------------------------------------------------------------------- */

  private async writeHash() {
    const fragment = await settingsToFragment(this.settings);
    // Replaced, not pushed: the back button leaves the builder rather than stepping through keystrokes.
    if (location.hash !== `#${fragment}`) history.replaceState(null, '', `#${fragment}`);
  }

  private async loadHash() {
    if (!location.hash || location.hash === '#') return;
    try {
      const settings = await settingsFromFragment(location.hash, this.uiLang);
      if (!settings) return;
      // Our own replaceState does not fire hashchange; a pasted link or a typed fragment does.
      if (JSON.stringify(settings) === JSON.stringify(this.settings)) return;
      this.settings = settings;
      this.refresh(false);
      this.touchAll();
      this.refresh(false);
    } catch {
      this.say('settings', this.t.linkBad);
    }
  }
}

/** Copies `text`; rejected where there is no clipboard access (a page served over plain http has none). */
const writeClipboard = (text: string): Promise<void> =>
  navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject(new Error('no clipboard'));

/** Hands `text` to the browser as a file download; nothing is uploaded or stored. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  new Builder(root);
}
