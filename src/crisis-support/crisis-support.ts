import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from '../internal/decorators.js';
import { ClinicElement } from '../internal/base.js';
import { tokens } from '../internal/tokens.js';
import { reportError } from '../internal/report.js';
import { styles } from './crisis-support.styles.js';
import { safeUrl } from '../internal/url.js';
import { CRISIS_SCHEMES, crisisResources, type CrisisResource } from './resources.js';

/** Allowed values of `variant`. */
export const CRISIS_VARIANTS = ['card', 'banner', 'inline'] as const;
export type CrisisVariant = (typeof CRISIS_VARIANTS)[number];

// One description of the `resources` shape for every problem with it.
const SHAPE = 'a JSON array of {"name", "note", "links": [{"label", "href"}]}, hrefs tel:, sms: or https:';

/**
 * Where to get help right now, for pages about depression and other mental-health topics. By default
 * it lists the United States' 988 Suicide & Crisis Lifeline, the National Maternal Mental Health
 * Hotline (with the note that it is not a crisis line) and 911, each as real `tel:` / `sms:` / `https:`
 * links. The numbers, the date they were checked and their sources live in `crisis-support/resources.ts`.
 *
 * Variants: `card` (the full list under a heading), `banner` (one line with the first resource's links
 * and a disclosure button that shows the full list; never dismissible, nothing stored) and `inline`
 * (one sentence with the first resource's links and name, e.g. for a footer). So put the resource to
 * reach first, with links, first in any replacement list.
 *
 * **Without JavaScript** the element shows its own light DOM, so put the numbers there as plain links.
 * Once upgraded it shows its built-in (or `resources`) list instead, and the light DOM stays hidden
 * except for `slot="extra"` content. Keep the fallback close to what the variant shows so little moves;
 * `clinic-widgets/prelayout.css` gives it the card's border, padding and list spacing meanwhile.
 * Printed, the banner shows its full list.
 * For `card`:
 *
 * ```html
 * <clinic-crisis-support>
 *   <h2>If you are in crisis</h2>
 *   <ul>
 *     <li>988 Suicide &amp; Crisis Lifeline: <a href="tel:988">Call 988</a>, <a href="sms:988">Text 988</a>,
 *       <a href="https://988lifeline.org/chat">Chat at 988lifeline.org</a>. Spanish: press 2 when calling, or text AYUDA to 988.</li>
 *     <li>National Maternal Mental Health Hotline: <a href="tel:+18338526262">Call 1-833-TLC-MAMA (1-833-852-6262)</a>,
 *       <a href="sms:+18338526262">Text 1-833-852-6262</a>. Free, confidential, 24/7, in English and Spanish.
 *       Not a crisis line: in a crisis, call or text 988.</li>
 *     <li>Immediate danger: <a href="tel:911">Call 911</a></li>
 *   </ul>
 * </clinic-crisis-support>
 * ```
 *
 * For `banner`, the line it shows:
 * `<p>If you are in crisis: <a href="tel:988">Call 988</a>, <a href="sms:988">Text 988</a>,
 * <a href="https://988lifeline.org/chat">Chat at 988lifeline.org</a></p>`; for `inline`, the same
 * in a `<span>`, followed by `(988 Suicide &amp; Crisis Lifeline)`.
 *
 * **Other countries or local services:** replace the list with the `resources` property or attribute
 * (a JSON array of `{"name", "note", "links": [{"label", "href"}]}`, hrefs `tel:`, `sms:` or `https:`),
 * or keep the built-in list and extend it with `slot="extra"` content, which also shows without JavaScript.
 *
 * **Landmarks:** none. The element adds no `region`/`complementary` role, so pages are not given a
 * stray, unnamed landmark; a page that wants one wraps it, e.g. `<aside aria-label="Crisis support">`.
 * The card's title is a heading (`heading-level`) so it appears in the page outline.
 *
 * It emits no events: which visitor looked for crisis help is not analytics data.
 *
 * @tagname clinic-crisis-support
 * @summary Crisis lines (988, the maternal mental health hotline, 911) as call, text and chat links.
 * @slot - Shown only without JavaScript (or if rendering fails): the crisis links as plain HTML.
 * @slot extra - More resources after the built-in list (card, and the banner's expanded list).
 * @csspart base - The outer box (a `span` for `inline`).
 * @csspart heading - The card's heading.
 * @csspart lead - "If you are in crisis" at the start of the banner and inline line.
 * @csspart list - The list of resources.
 * @csspart resource - One resource in the list.
 * @csspart name - A resource's name.
 * @csspart note - A resource's note.
 * @csspart link - Each call, text or chat link.
 * @csspart toggle - The banner's button that shows and hides the full list.
 * @cssprop --clinic-color-alert - The accent on the box's leading edge.
 * @cssprop --clinic-color-primary - Links.
 * @cssprop --clinic-color-surface - Box background.
 * @cssprop --clinic-color-border - Box border.
 * @cssprop --clinic-color-text - Text.
 * @cssprop --clinic-color-text-muted - Notes.
 * @cssprop --clinic-radius - Corner radius.
 * @cssprop --clinic-space-2 - Space between links, and the box's vertical padding.
 * @cssprop --clinic-space-3 - The box's horizontal padding.
 */
export class ClinicCrisisSupport extends ClinicElement {
  static override styles = [tokens, styles];

  /** `card` (default), `banner` or `inline`. */
  @property({ reflect: true }) variant: CrisisVariant = 'card';

  /** The level (1–6) of the card's heading, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Replaces the built-in United States list. As an attribute: JSON. Shown as given, in any language.
   * @type {CrisisResource[] | undefined}
   */
  // Lit's Array converter parses the JSON; text that is not JSON becomes null, reported in render().
  @property({ type: Array }) resources?: CrisisResource[] | null;

  /** Whether the banner's full list is showing. Never stored: every page load starts collapsed. */
  @state() private open = false;

  private get level() {
    const level = this.headingLevel;
    return level > 0 && level < 7 && level % 1 === 0 ? level : 2;
  }

  private bad(received: unknown, fallback: string) {
    reportError(this, 'resources', SHAPE, received, fallback);
  }

  private links(resource?: CrisisResource) {
    // A link without a label or with another scheme than tel:, sms:, https:, http: shows as plain text.
    return resource?.links?.map?.((link) => {
      const href = (link?.label && safeUrl(link.href, CRISIS_SCHEMES)) || undefined;
      if (!href) this.bad(link?.label ? link.href : link?.label, 'Showing that link as text.');
      return html`<a part="link" href=${ifDefined(href)}>${link?.label || link?.href}</a> `;
    });
  }

  protected override render() {
    const strings = this.l10n.strings;
    const { variant, resources, open, level } = this;
    const banner = variant === 'banner';
    if (!CRISIS_VARIANTS.includes(variant)) reportError(this, 'variant', CRISIS_VARIANTS.join(', '), variant, 'Showing the card.');
    if (level !== this.headingLevel) {
      reportError(this, 'heading-level', 'a whole number from 1 to 6', this.headingLevel, 'Using level 2.');
    }
    let list = Array.isArray(resources)
      ? resources.filter((resource) => resource?.name || this.bad(resource?.name, 'Leaving out that entry.'))
      : [];
    if (!list.length) {
      if (resources !== undefined) this.bad(resources ?? this.getAttribute('resources'), 'Showing the built-in list.');
      list = crisisResources(strings);
    }
    const line = html`<strong part="lead">${strings.crisisHeading}:</strong> ${this.links(list[0])}`;
    return variant === 'inline'
      ? html`<span part="base">${line}(${list[0]!.name})</span>`
      : html`<div part="base">${
          banner
            ? html`<p>${line}<button part="toggle" aria-expanded=${open} aria-controls="all" @click=${() => (this.open = !open)}>${strings.crisisMore}</button></p>`
            : html`<strong part="heading" role="heading" aria-level=${level}>${strings.crisisHeading}</strong>`
        }<div id="all" ?hidden=${banner && !open}><ul part="list">${list.map(
          (resource) =>
            html`<li part="resource"><strong part="name">${resource.name}</strong><span part="note">${resource.note}</span>${this.links(resource)}</li>`,
        )}</ul><slot name="extra"></slot></div></div>`;
  }
}
