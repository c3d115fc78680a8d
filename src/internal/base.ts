import { LitElement, html, render, type PropertyValues } from 'lit';
import { property } from './decorators.js';
import { ContextEvent } from '@lit/context';
import { clinicContext, unserved, type ClinicConfig } from './context.js';
import { LocaleController } from './localize.js';
import { THEMES, type Theme } from './tokens.js';
import { reportError } from './report.js';

/**
 * Base class of every clinic element: reads the nearest `<clinic-provider>`, knows its language and
 * theme, and never lets a rendering failure escape into the host page.
 */
export class ClinicElement extends LitElement {
  /**
   * Colour scheme: `light`, `dark`, or `auto`. Unset, the element follows its provider's theme, then
   * the page's `--clinic-color-scheme`, then the visitor's system setting; `auto` skips the provider.
   */
  @property({ reflect: true }) theme?: Theme;

  /** The configuration shared by the nearest `<clinic-provider>`, if any. */
  protected clinic?: ClinicConfig;

  private inheritedTheme?: Theme;

  protected readonly l10n = new LocaleController(this);

  private unsubscribe?: () => void;

  // Providers answer synchronously and call again with each new value; a provider that disconnects
  // calls once more without an unsubscribe, and a widget still on the page asks again.
  private readonly onClinic = (value: ClinicConfig | undefined, unsubscribe?: () => void) => {
    if (this.unsubscribe !== unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    unserved.delete(this);
    this.clinic = value;
    // The provider's brand colour reaches the tokens as a private property on the element itself,
    // where it wins over an inherited --clinic-color-primary (an empty value removes it).
    this.style.setProperty('--_brand', value?.brandColor ?? '');
    if (this.isConnected) {
      this.requestUpdate();
      if (!unsubscribe) this.requestClinic();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestClinic();
    // Back on the page (a route change, a move): whatever serves it now, or nothing, is what it shows.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = this.clinic = undefined;
    unserved.delete(this);
  }

  /**
   * Asks the nearest provider (a `@lit/context` request). Unanswered widgets wait in `unserved`: a
   * provider that upgrades later, such as a page-wide one in the footer, asks them again.
   * @internal
   */
  requestClinic(): void {
    if (!this.isConnected) return;
    this.dispatchEvent(new ContextEvent(clinicContext, this, this.onClinic, true));
    if (!this.unsubscribe) unserved.add(this);
  }

  /**
   * Read by the locale controller: the language a provider sets for the widgets it serves.
   * @internal
   */
  get providerLang(): string | undefined {
    return this.clinic?.lang;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('theme') && this.theme !== undefined && !THEMES.includes(this.theme)) {
      reportError(this, 'theme', `one of ${THEMES.join(', ')}`, this.theme, 'Using the default theme.');
    }
    // A provider's theme reaches the element as an attribute CSS can see, unless the page set one.
    if (changed.has('theme') && this.theme !== this.inheritedTheme) this.inheritedTheme = undefined;
    const inherited = this.clinic?.theme;
    if ((this.theme === undefined || this.inheritedTheme) && inherited !== this.theme) {
      this.theme = this.inheritedTheme = inherited;
    }
  }

  /** What to show if rendering ever fails: the element's own light-DOM content. */
  protected renderFallback(): unknown {
    return html`<slot></slot>`;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      console.error(`<${this.localName}> could not render; showing its own content instead.`, error);
      try {
        render(this.renderFallback(), this.renderRoot, { host: this });
      } catch {
        // Nothing more can be done without risking the host page.
      }
    }
  }
}
