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
  return textBlocks(text).map(([list, lines]) =>
    list
      ? html`<ul>
          ${lines.map((line) => html`<li>${inline(line)}</li>`)}
        </ul>`
      : html`<p>${inline(lines[0]!)}</p>`,
  );
}

/**
 * Data text as blocks, by the rules above: `[true, items]` for a bulleted list (markers removed),
 * `[false, [text]]` for a paragraph (its lines joined). The embed builder writes the same blocks as HTML.
 */
export function textBlocks(text: string): [list: boolean, lines: string[]][] {
  return text
    .trim()
    .split(/\n[ \t]*\n/)
    .map((block) => {
      const lines = block.trim().split('\n');
      const list = lines.every((line) => /^\s*[-*]\s+/.test(line));
      return [list, list ? lines.map((line) => line.replace(/^\s*[-*]\s+/, '')) : [lines.join(' ')]];
    });
}

/** Inline markup in data text: `**bold**`, `*italic*`, `_italic_`, `[text](url)` (the groups, in that order). */
export const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|(?<!\w)_(.+?)_(?!\w)|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Inline emphasis and links within one paragraph or list item. */
export function inline(text: string): unknown[] {
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    parts.push(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [, bold, starred, underscored, label, href] = match;
    if (bold !== undefined) parts.push(html`<strong>${inline(bold)}</strong>`);
    else if (starred !== undefined || underscored !== undefined) parts.push(html`<em>${inline(starred ?? underscored ?? '')}</em>`);
    else {
      const url = safeUrl(href, LINK_SCHEMES);
      parts.push(url ? html`<a href=${url}>${inline(label ?? '')}</a>` : (label ?? nothing));
    }
  }
  parts.push(text.slice(last));
  return parts;
}

/** The same text with the markup removed: for search, and for structured data. */
export function plainText(text: string): string {
  return text
    .replace(INLINE, (_match, bold, starred, underscored, label) => bold ?? starred ?? underscored ?? label ?? '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
