// A minimal widget for testing the shared base class, as every real element uses it.
import { html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { ClinicElement } from './internal/base.js';
import { tokens } from './internal/tokens.js';
import { define } from './internal/define.js';

export class TestProbe extends ClinicElement {
  static override styles = [tokens, css`b { color: var(--_primary); background: var(--_surface); }`];
  @property() phone?: string;

  get effectivePhone() {
    return this.phone ?? this.clinic?.phone;
  }

  get config() {
    return this.clinic;
  }

  protected override render() {
    return html`<b part="probe">${this.l10n.strings.loading}</b><i>${this.effectivePhone ?? ''}</i>`;
  }
}
define('test-probe', TestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-probe': TestProbe;
  }
}
