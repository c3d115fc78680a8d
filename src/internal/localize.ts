import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Strings } from '../locales/en.js';
import { es } from '../locales/es.js';

export type Lang = 'en' | 'es';
const tables: Record<Lang, Strings> = { en, es };

type Host = ReactiveControllerHost & HTMLElement & { readonly providerLang?: string | undefined };

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watch(host: Host) {
  hosts.add(host);
  // One observer for the whole page, made when the first widget connects: a `lang` change anywhere
  // re-renders every connected widget (cheap: each just re-reads its language).
  observer ??= new MutationObserver(() => hosts.forEach((widget) => widget.requestUpdate()));
  if (hosts.size === 1) {
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(host: Host) {
  hosts.delete(host);
  if (!hosts.size) observer?.disconnect();
}

/** The nearest `lang` attribute above `el`, crossing shadow roots; `<html>` is left to the caller. */
function closestLang(el: Element): string | undefined {
  let node: Node | null = el;
  while (node && node !== document.documentElement) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * Works out a widget's language — its own or nearest `lang`, then its provider's, then the page's —
 * and follows changes to any of them. `strings` is the matching table, `locale` the BCP 47 tag for Intl.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    watch(this.host);
  }

  hostDisconnected() {
    unwatch(this.host);
  }

  /** The full language tag in effect, e.g. `es-MX`; `en` when nothing says otherwise. */
  get locale(): string {
    const tag = closestLang(this.host) || this.host.providerLang || document.documentElement.lang || 'en';
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }

  /** `en` or `es`: the built-in string table in use. */
  get lang(): Lang {
    return this.locale.toLowerCase().startsWith('es') ? 'es' : 'en';
  }

  get strings(): Strings {
    return tables[this.lang];
  }
}
