import { LitElement, html, type PropertyValues } from 'lit';
import { css } from '../internal/css.js';
import { property } from '../internal/decorators.js';
import type { ContextCallback, ContextEvent } from '@lit/context';
import { clinicContext, unserved, type ClinicConfig } from '../internal/context.js';
import { THEMES, type Theme } from '../internal/tokens.js';
import { reportError } from '../internal/report.js';
import { safeUrl } from '../internal/url.js';
import { PHONE_FORM, parsePhone } from '../internal/phone.js';
import { HOURS_FORM, isTimeZone, parseHours } from '../internal/hours.js';

export { isTimeZone };

// The connected page-wide providers, in the order they connected, shared by every copy of the library.
const PAGE_PROVIDERS = Symbol.for('clinic-widgets.page-providers');
const pageProviders: Set<Element> = ((globalThis as typeof globalThis & { [PAGE_PROVIDERS]?: Set<Element> })[PAGE_PROVIDERS] ??= new Set());

/** Allowed values of `scope`. */
export const PROVIDER_SCOPES = ['subtree', 'page'] as const;
export type ProviderScope = (typeof PROVIDER_SCOPES)[number];

/**
 * Configures a clinic once for every widget inside it: name, phone, booking URL, opening hours, time
 * zone, language, theme and brand colour. Widgets read it through context; their own attributes win. With
 * `scope="page"` it also serves every widget on the page that has no provider around it, for CMS
 * pages where widgets sit in separate content blocks.
 *
 * @tagname clinic-provider
 * @summary Shares a clinic's details with the widgets inside it (or on the whole page).
 * @slot - Any content, including clinic widgets. The provider itself takes no space (`display: contents`).
 */
export class ClinicProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The clinic's name, e.g. "Renew Wellness". */
  @property() name?: string;

  /** The office phone number in any common form, e.g. "(480) 555-0123". */
  @property() phone?: string;

  /** The online booking page (http, https or relative URL). */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** Opening hours in schema.org openingHours form, e.g. "Mo-Fr 08:00-17:00; Sa 09:00-12:00". */
  @property() hours?: string;

  /** The clinic's IANA time zone, e.g. "America/Phoenix". Opening hours are read in this zone. */
  @property() timezone?: string;

  /** Colour scheme for every widget served: `light`, `dark` or `auto`. */
  @property() theme?: Theme;

  /**
   * The clinic's brand colour, any CSS colour (e.g. `#0d5c63`), for every widget served, as if
   * `--clinic-color-primary` were set on each of them (it wins over one inherited from the page).
   * Buttons, links, hover, pressed and the focus ring are derived from it in light and dark; where the
   * colour itself lacks contrast (a light yellow on white), the widgets use its nearest shade that has it.
   */
  @property({ attribute: 'brand-color' }) brandColor?: string;

  /**
   * `subtree` (default) serves the widgets inside the provider; `page` also serves every widget on
   * the page that no other provider encloses. A page has one page-wide provider: if there are two,
   * the first serves the page and the second is reported (it still serves the widgets inside it).
   */
  @property() scope: ProviderScope = 'subtree';

  private value: ClinicConfig = {};
  private readonly subscribers = new Map<ContextCallback<ClinicConfig | undefined>, () => void>();

  // The context protocol (`context-request` events, as @lit/context's ContextConsumer sends them),
  // answered here in a few lines rather than with ContextProvider, which the drop-in cannot afford.
  // With scope="page" the same handler also takes requests that bubbled to the window unanswered.
  private readonly onRequest = (event: Event) => {
    const { context, callback, subscribe, contextTarget } = event as ContextEvent<typeof clinicContext>;
    if (context !== clinicContext || (contextTarget ?? event.composedPath()[0]) === this) return;
    // Answered once: on the window, a second page-wide provider's listener does not run.
    event.stopImmediatePropagation();
    const unsubscribe = () => this.subscribers.delete(callback);
    if (subscribe) this.subscribers.set(callback, unsubscribe);
    callback(this.value, unsubscribe);
  };

  constructor() {
    super();
    this.addEventListener('context-request', this.onRequest);
  }

  override connectedCallback(): void {
    // Listen before asking waiting widgets again.
    this.updateScope();
    super.connectedCallback();
    // Widgets that connected before this provider (it may sit after them, or upgrade later) ask again.
    for (const widget of [...unserved]) widget.requestClinic();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.updateScope();
    // The widgets it served hear that it is gone (no configuration, no unsubscribe): each asks again,
    // and another provider (or the next one to connect) serves it.
    this.subscribers.forEach((_unsubscribe, callback) => callback(undefined));
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  // With two page-wide providers, the one connected first (the first in the page's source) serves
  // the page; the other is reported, and serves the widgets inside it as any provider does.
  private updateScope() {
    const page = this.scope === 'page' && this.isConnected;
    if (page === pageProviders.has(this)) return;
    if (page) {
      if (pageProviders.size) {
        reportError(
          this,
          'scope',
          'one provider with scope="page" on a page',
          'page',
          'Another one serves the page; this one serves the widgets inside it.',
        );
      }
      pageProviders.add(this);
      window.addEventListener('context-request', this.onRequest);
    } else {
      pageProviders.delete(this);
      window.removeEventListener('context-request', this.onRequest);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scope')) {
      if (!PROVIDER_SCOPES.includes(this.scope)) {
        reportError(this, 'scope', '"subtree" or "page"', this.scope, 'Serving only the widgets inside it.');
      }
      this.updateScope();
    }
    const config: ClinicConfig = {
      name: this.name?.trim() || undefined,
      phone: this.phone?.trim() || undefined,
      hours: this.hours?.trim() || undefined,
      lang: this.getAttribute('lang') || undefined,
    };
    if (this.bookingUrl) {
      config.bookingUrl = safeUrl(this.bookingUrl);
      if (!config.bookingUrl) {
        reportError(this, 'booking-url', 'an http:, https: or relative URL', this.bookingUrl, 'Ignoring it.');
      }
    }
    // Passed on as written either way; widgets treat an unreadable value as absent.
    if (this.phone && !parsePhone(this.phone)) {
      reportError(this, 'phone', PHONE_FORM, this.phone, 'Ignoring it.');
    }
    if (this.hours && !parseHours(this.hours)) {
      reportError(this, 'hours', HOURS_FORM, this.hours, 'Ignoring it.');
    }
    if (this.timezone) {
      if (isTimeZone(this.timezone)) config.timezone = this.timezone;
      else reportError(this, 'timezone', 'an IANA time zone such as "America/Phoenix"', this.timezone, 'Ignoring it.');
    }
    if (this.theme) {
      if (THEMES.includes(this.theme)) config.theme = this.theme;
      else reportError(this, 'theme', `one of ${THEMES.join(', ')}`, this.theme, 'Using the default theme.');
    }
    if (this.brandColor) {
      if (CSS.supports('color', this.brandColor)) config.brandColor = this.brandColor;
      else reportError(this, 'brand-color', 'a CSS colour such as "#0d5c63"', this.brandColor, 'Ignoring it.');
    }
    this.value = config;
    this.subscribers.forEach((unsubscribe, callback) => callback(config, unsubscribe));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
