import '../provider/define.js';
import { renderText, plainText } from '../internal/text.js';
import { loadJson } from '../internal/load-json.js';
import { writeJsonLd } from '../internal/json-ld.js';
import { emit } from '../internal/emit.js';
import { reportError } from '../internal/report.js';
import { safeUrl } from '../internal/url.js';
import { ClinicElement } from '../internal/base.js';
import { tokens } from '../internal/tokens.js';
import { define } from '../internal/define.js';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
class X extends ClinicElement {
  static override styles = [tokens];
  @property() a?: string;
  @state() b?: string;
  override render() {
    return html`${this.l10n.strings.loading}${nothing}`;
  }
}
define('x-x', X);
(globalThis as unknown as { x: unknown }).x = [renderText, plainText, loadJson, writeJsonLd, emit, reportError, safeUrl];
