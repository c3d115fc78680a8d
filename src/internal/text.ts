import { html, nothing, type TemplateResult } from 'lit';
import { LINK_SCHEMES, safeUrl } from './url.js';

/**
 * Renders data text (never HTML) through Lit templates, so nothing in it is ever parsed as markup.
 * The supported subset, documented for content authors:
 * - a blank line starts a new paragraph;
 * - lines starting with `- ` or `* ` form a bulleted list;
 * - `**bold**`, `*italic*` or `_italic_`;
 * - `[text](url)` links, for http:, https:, tel: and mailto: only; any other link shows as its text.
 */
export function renderText(text: string): TemplateResult[] {
  return text
    .trim()
    .split(/\n[ \t]*\n/)
    .map((block) => {
      const lines = block.trim().split('\n');
      if (lines.every((line) => /^\s*[-*]\s+/.test(line))) {
        return html`<ul>
          ${lines.map((line) => html`<li>${inline(line.replace(/^\s*[-*]\s+/, ''))}</li>`)}
        </ul>`;
      }
      return html`<p>${inline(lines.join(' '))}</p>`;
    });
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|(?<!\w)_(.+?)_(?!\w)|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Inline emphasis and links within one paragraph or list item. */
export function inline(text: string): unknown[] {
  const out: unknown[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out.push(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [, bold, em1, em2, label, href] = m;
    if (bold !== undefined) out.push(html`<strong>${inline(bold)}</strong>`);
    else if (em1 !== undefined || em2 !== undefined) out.push(html`<em>${inline(em1 ?? em2 ?? '')}</em>`);
    else {
      const url = safeUrl(href, LINK_SCHEMES);
      out.push(url ? html`<a href=${url}>${inline(label ?? '')}</a>` : (label ?? nothing));
    }
  }
  out.push(text.slice(last));
  return out;
}

/** The same text with the markup removed: for search, and for structured data. */
export function plainText(text: string): string {
  return text
    .replace(INLINE, (_m, b, e1, e2, label) => b ?? e1 ?? e2 ?? label ?? '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
