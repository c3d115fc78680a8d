import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../internal/decorators.js';
import { ClinicElement } from '../internal/base.js';
import { emit } from '../internal/emit.js';
import { HOURS_FORM, describe, isTimeZone, parseHours, status } from '../internal/hours.js';
import { PHONE_FORM, parsePhone, type Phone } from '../internal/phone.js';
import { reportError } from '../internal/report.js';
import { tokens } from '../internal/tokens.js';
import { safeUrl } from '../internal/url.js';
import { styles } from './book-button.styles.js';

/** Allowed values of `variant`. */
export const BOOK_VARIANTS = ['primary', 'secondary', 'outline'] as const;
export type BookVariant = (typeof BOOK_VARIANTS)[number];
/** Allowed values of `size`. */
export const BOOK_SIZES = ['medium', 'small', 'large'] as const;
export type BookSize = (typeof BOOK_SIZES)[number];
/** Allowed values of `mode`. */
export const BOOK_MODES = ['link', 'dialog'] as const;
export type BookMode = (typeof BOOK_MODES)[number];

// Buttons waiting for the first paint to pass before they work out their status (see willUpdate). A
// removed button leaves the set at once, and the callbacks are these module functions rather than
// closures made in willUpdate, which would keep that call's scope (and the button, with the page around
// it) alive until they run: in a single-page app mounting widgets faster than the browser paints,
// megabytes.
const waiting = new Set<ClinicBookButton>();
function wakeWaiting(): void {
  const buttons = [...waiting];
  waiting.clear();
  buttons.forEach((button) => button.requestUpdate());
}
// When the browser is idle after the frame (within half a second; Safari has no idle callbacks, and
// there the delay argument is just not a number: a plain task).
function whenIdle(): void {
  (self.requestIdleCallback ?? setTimeout)(wakeWaiting, { timeout: 500 } as never);
}

/** `detail` of the `clinic-book` event. */
export interface BookDetail {
  method: 'online' | 'phone';
  /** The booking URL, or the `tel:` URL that is dialled. */
  href: string;
}

/**
 * The call to action: book online, or call the office, with whether the office is open now.
 *
 * Recommended markup works with no JavaScript at all (both links), and the library's pre-upgrade
 * stylesheet, `clinic-widgets/prelayout.css`, makes the links take the space the upgraded element will,
 * so nothing jumps when the script arrives. Where office hours and a phone are known (the element's
 * own `hours` and `phone` or `tel:` link, or a provider on the page), it also keeps the line for the
 * open/closed status.
 *
 * ```html
 * <link rel="stylesheet" href="/css/prelayout.css">
 * <clinic-book-button hours="Mo-Fr 08:00-17:00" timezone="America/Phoenix">
 *   <a href="https://example.com/book">Book an appointment</a>
 *   <a href="tel:+14805550123">or call (480) 555-0123</a>
 * </clinic-book-button>
 * ```
 *
 * Once upgraded, the first link gives the booking URL and the label, a `tel:` link the phone number,
 * unless the `href`, `phone` attributes (or a `<clinic-provider>`) say otherwise.
 *
 * @tagname clinic-book-button
 * @summary Book online or call the office, with open/closed status in the clinic's time zone.
 *
 * @slot - The label ("Book an appointment" by default), or the no-JavaScript fallback links.
 *
 * @csspart button - The primary action: booking link, dialog button, or call link when there is only a phone.
 * @csspart call - The secondary "or call …" link when both booking and phone are given.
 * @csspart status - The "Open now · closes 5:00 PM" line.
 * @csspart dialog - The booking dialog (`mode="dialog"`).
 *
 * @cssprop --clinic-color-primary - Button background (primary), text and border (outline), links; hover, pressed and focus are derived from it.
 * @cssprop --clinic-color-on-primary - Button text (primary).
 * @cssprop --clinic-color-surface-alt - Button background (secondary, disabled).
 * @cssprop --clinic-color-control-border - Button border (secondary).
 * @cssprop --clinic-color-surface - Dialog background.
 * @cssprop --clinic-color-text-muted - Status line.
 * @cssprop --clinic-radius - Button corners.
 *
 * @event {CustomEvent<BookDetail>} clinic-book - A visitor chose to book online or to call. Cancelable: `preventDefault()` stops the navigation or dialog, so the site can open its own scheduler.
 */
export class ClinicBookButton extends ClinicElement {
  static override styles = [tokens, styles];

  /** The online booking page: http, https or relative URL. Default: the first link inside, then the provider's `booking-url`. */
  @property() href?: string;

  /** The office phone in any common form, e.g. "(480) 555-0123" or "+44 20 7946 0958". Default: a `tel:` link inside, then the provider's. */
  @property() phone?: string;

  /** `link` goes to the booking page; `dialog` opens it in a modal dialog on this page. */
  @property() mode: BookMode = 'link';

  /** Where the booking link opens, e.g. `_blank` (link mode). */
  @property() target?: string;

  /** `primary`, `secondary` or `outline`. */
  @property({ reflect: true }) variant: BookVariant = 'primary';

  /** `small`, `medium` or `large`. Every size keeps a target of at least 44×44 px. */
  @property({ reflect: true }) size: BookSize = 'medium';

  /** Stretches the button to the full width available. */
  @property({ type: Boolean, reflect: true, attribute: 'full-width' })
  fullWidth = false;

  /**
   * Office hours, schema.org openingHours, e.g. "Mo-Fr 08:00-17:00; Sa 09:00-12:00". With a phone, the
   * call action shows "Open now · closes 5:00 PM" or "Closed · opens Monday 8:00 AM", in the clinic's
   * time zone, kept current while the page is open. The line's space is there from the first render;
   * its text follows just after the first paint. Default: the provider's.
   */
  @property() hours?: string;

  /** The clinic's IANA time zone, e.g. "America/Phoenix". Default: the provider's, then the visitor's. */
  @property() timezone?: string;

  /**
   * Fixes the clock (tests, stories, screenshots): the status is shown for this moment and not kept
   * current. Unset, it follows the real time, refreshed at each opening and closing.
   */
  @property({ attribute: false }) now?: Date;

  @state() private opened = false;

  private book?: string;
  private tel?: Phone;
  private label!: string;
  private slotted?: boolean;
  private status?: string;
  private timer?: ReturnType<typeof setTimeout>;
  // Whether the status may be worked out yet: false while waiting for the first paint (see willUpdate).
  private late?: boolean;
  // The light DOM (label, fallback links) may be filled in after upgrade, or change later.
  private readonly observer = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['href'] });
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    clearTimeout(this.timer);
    // Still waiting: it asks again if it comes back.
    if (waiting.delete(this)) this.late = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.late === false && !waiting.has(this)) this.late = true;
    const clinic = this.clinic ?? {};
    const strings = this.l10n.strings;
    for (const [name, list] of [
      ['variant', BOOK_VARIANTS],
      ['size', BOOK_SIZES],
      ['mode', BOOK_MODES],
    ] as const) {
      if (!(list as readonly string[]).includes(this[name])) {
        reportError(this, name, `one of ${list.join(', ')}`, this[name], `Using "${list[0]}".`);
      }
    }

    const link = this.querySelector('a');
    const web = this.querySelector('a:not([href^="tel:" i])')?.getAttribute('href');
    const tel = this.querySelector('a[href^="tel:" i]')?.getAttribute('href')?.slice(4);
    // The element's own values are checked here; the provider has already reported its own.
    const check = <T>(
      name: string,
      own: string | null | undefined,
      inherited: string | undefined,
      parse: (value?: string | null) => T | undefined,
      expected: string,
    ) => (own == null ? undefined : (parse(own) ?? void reportError(this, name, expected, own, 'Ignoring it.'))) ?? parse(inherited);
    const book = (this.book = check('href', this.href ?? web, clinic.bookingUrl, safeUrl, 'an http:, https: or relative URL'));
    const phone = (this.tel = check('phone', this.phone ?? tel, clinic.phone, parsePhone, PHONE_FORM));
    const hours = check('hours', this.hours, clinic.hours, parseHours, HOURS_FORM);
    const zone = check(
      'timezone',
      this.timezone,
      clinic.timezone,
      (value) => (value && isTimeZone(value) ? value : undefined),
      'an IANA time zone such as "America/Phoenix"',
    );
    if ((this.href ?? web ?? this.phone ?? tel ?? clinic.phone ?? clinic.bookingUrl) == null) {
      // A page-wide provider further down the page may still be on its way.
      if (document.readyState === 'loading') addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
      else reportError(this, 'href', 'a booking URL or a phone number', undefined, 'Showing a disabled button.');
    }

    const own = (link ?? this).textContent!.replace(/\s+/g, ' ').trim();
    this.slotted = !link && !!own;
    this.label = own || (phone && !book ? strings.call(phone.display) : strings.bookLabel);

    // A page's first date formatting starts ICU up (~10 ms in Chromium): the status waits for the
    // first task after the next paint, in the line the styles reserve (empty, it keeps its height).
    const wanted = phone && hours;
    const hoursStatus = wanted && this.late && status(hours, zone, this.now ?? new Date());
    const nextChange = hoursStatus && hoursStatus.at;
    this.status = hoursStatus
      ? nextChange
        ? strings.bookStatus(hoursStatus.open, ...describe(hoursStatus, this.l10n.locale, zone))
        : strings.bookAlwaysOpen
      : wanted
        ? ''
        : undefined;
    if (wanted && this.late == null && this.isConnected) {
      this.late = false;
      if (!waiting.size) requestAnimationFrame(whenIdle);
      waiting.add(this);
    }
    clearTimeout(this.timer);
    // Wake at the next opening or closing (at least every 10 minutes, in case the computer slept).
    if (nextChange && !this.now && this.isConnected) {
      this.timer = setTimeout(() => this.requestUpdate(), Math.min(nextChange.getTime() - Date.now(), 600_000));
    }
  }

  protected override render() {
    const { book, tel, status, label } = this;
    const strings = this.l10n.strings;
    const call = tel && `tel:${tel.e164}`;
    const dialog = book && this.mode === 'dialog';
    const primary = book ? !dialog && book : call;
    // The call link is described by the office-hours status.
    const link = (part: string, href: string, content: unknown) =>
      html`<a part=${part} href=${href} target=${(href === book && this.target) || nothing} aria-describedby=${href === call && status ? 'status' : nothing} @click=${this.onClick}>${content}</a>`;
    const content = this.slotted ? html`<slot></slot>` : label;
    // prettier-ignore
    return html`${primary
      ? link('button', primary, content)
      : html`<button part="button" ?disabled=${!book} aria-haspopup=${book ? 'dialog' : 'false'} @click=${this.onClick}>${content}</button>`
    }${book && call ? link('call', call, strings.bookOrCall(tel.display)) : nothing}${status != null
      ? html`<span part="status" id="status">${status}</span>`
      : nothing}${dialog
      // showModal() focuses the close button: the dialog's own autofocus, not the page's.
      // eslint-disable-next-line lit-a11y/no-autofocus
      ? html`<dialog part="dialog" aria-label=${label} @close=${() => this.renderRoot.querySelector('button')!.focus()}><form method="dialog"><h2>${label}</h2><a href=${book} target="_blank">${strings.bookNewTab}</a><button autofocus>${strings.bookClose}</button></form>${this.opened ? html`<iframe src=${book} title=${label}></iframe>` : nothing}</dialog>`
      : nothing}`;
  }

  private onClick(event: Event) {
    const { href } = event.currentTarget as HTMLAnchorElement;
    if (!emit(this, 'clinic-book', { method: href?.startsWith('tel:') ? 'phone' : 'online', href: href || this.book! }, true)) {
      event.preventDefault();
    } else if (!href) {
      // Only the dialog mode's button has no href (a disabled button is never clicked).
      this.opened = true;
      this.renderRoot.querySelector('dialog')!.showModal();
    }
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'clinic-book': CustomEvent<BookDetail>;
  }
}
