/**
 * Bringing existing content in: an FAQ written as `<details>` (WordPress Details blocks, the builder's
 * own snippets, any page), an FAQ JSON document `{ items }`, and the settings as a file or a link.
 * Pasted HTML is parsed into an inert document (no script in it runs, nothing loads) and only its
 * text and link addresses are read: answers come back in the FAQ's Markdown subset.
 */
import { LINK_SCHEMES, safeUrl } from '../../src/internal/url.js';
import { FILE_MARK, FILE_VERSION, readFaqItems, readSettings, type FaqItemForm, type Settings } from './settings.js';
import type { Lang } from '../../fragments/widgets.js';

type Policy = { createHTML(html: string): string };
type TrustedTypesGlobal = typeof globalThis & {
  trustedTypes?: { createPolicy(name: string, rules: Policy): Policy };
};

let policy: Policy | undefined;
/**
 * Pasted HTML as inert nodes: the content of a `<template>`, whose document has no browsing context,
 * so nothing in it loads or runs (a DOMParser document still tries an `<img onerror>` in Chromium).
 * The page enforces Trusted Types (its CSP): the HTML goes through the builder's own policy,
 * `clinic-builder`, used for nothing else; only text and link addresses are read from the result.
 */
function inert(html: string): DocumentFragment {
  policy ??= (globalThis as TrustedTypesGlobal).trustedTypes?.createPolicy('clinic-builder', { createHTML: (text) => text }) ?? {
    createHTML: (text) => text,
  };
  const template = document.createElement('template');
  // Event-handler attributes are renamed first. Not for safety (template content never runs them) but
  // because Chromium checks each against the page's CSP as it parses it, and reports a refusal on the
  // console for every `onerror=` in pasted HTML. Only start tags are touched; the text is not.
  template.innerHTML = policy.createHTML(html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)on([a-z]+\s*=)/gi, '$1data-on$2')));
  return template.content;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Inline content as Markdown-subset text: bold, italic and allowed links kept, other markup dropped. */
// Elements whose content is not text a reader sees.
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);

/** The text a reader sees, markup dropped (a question is plain text). */
const visibleText = (node: Node): string =>
  node.nodeType === Node.TEXT_NODE
    ? (node.textContent ?? '')
    : node instanceof Element && HIDDEN.has(node.localName)
      ? ''
      : [...node.childNodes].map(visibleText).join('');

function inlineText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return squash(node.textContent ?? '');
  if (!(node instanceof Element) || HIDDEN.has(node.localName)) return '';
  const inner = [...node.childNodes].map(inlineText).join('');
  switch (node.localName) {
    case 'strong':
    case 'b':
      return inner.trim() ? `**${inner.trim()}**` : inner;
    case 'em':
    case 'i':
      return inner.trim() ? `*${inner.trim()}*` : inner;
    case 'a': {
      const href = node.getAttribute('href')?.trim();
      return href && inner.trim() && safeUrl(href, LINK_SCHEMES) ? `[${inner.trim()}](${href})` : inner;
    }
    case 'br':
      return ' ';
    default:
      return inner;
  }
}

const BLOCKS = new Set(['p', 'div', 'section', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'figure', 'table', 'dl']);

/** An answer's nodes as paragraphs (blank lines between) and `- ` lists. */
function answerText(nodes: Node[]): string {
  const blocks: string[] = [];
  let run = '';
  const flush = () => {
    if (run.trim()) blocks.push(run.trim());
    run = '';
  };
  for (const node of nodes) {
    if (node instanceof Element && BLOCKS.has(node.localName)) {
      flush();
      if (node.localName === 'ul' || node.localName === 'ol') {
        const items = [...node.children].filter((item) => item.localName === 'li').map((item) => `- ${inlineText(item).trim()}`);
        if (items.length) blocks.push(items.join('\n'));
      } else if (node.localName === 'div' || node.localName === 'section' || node.localName === 'blockquote') {
        const inner = answerText([...node.childNodes]);
        if (inner) blocks.push(inner);
      } else {
        const line = inlineText(node).trim();
        if (line) blocks.push(line);
      }
    } else run += inlineText(node);
  }
  flush();
  return blocks.join('\n\n');
}

/** Questions from pasted HTML: every `<details>` with a `<summary>`, in order. */
export function itemsFromHtml(html: string): FaqItemForm[] {
  const doc = inert(html);
  return [...doc.querySelectorAll('details')]
    .map((details) => {
      const summary = [...details.children].find((child) => child.localName === 'summary');
      const rest = [...details.childNodes].filter((node) => node !== summary);
      return {
        id: details.id,
        question: summary ? squash(visibleText(summary)).trim() : '',
        answer: answerText(rest),
      };
    })
    .filter((item) => item.question);
}

/** Questions from an FAQ JSON document: `{ "items": [...] }` (what `src` loads), or the list alone. */
export function itemsFromJson(text: string): FaqItemForm[] {
  const json: unknown = JSON.parse(text);
  const list = Array.isArray(json) ? json : (json as { items?: unknown } | null)?.items;
  return readFaqItems(list).filter((item) => item.question.trim());
}

/** The questions as an FAQ JSON document, for `src` or to keep. */
export const itemsToJson = (items: readonly FaqItemForm[]): string =>
  `${JSON.stringify(
    {
      items: items
        .filter((item) => item.question.trim() && item.answer.trim())
        .map((item) => ({ ...(item.id.trim() ? { id: item.id.trim() } : {}), question: item.question.trim(), answer: item.answer.trim() })),
    },
    null,
    2,
  )}\n`;

/* --- Settings: a file, and the URL fragment ------------------------------------------------------ */

export const settingsToJson = (settings: Settings): string => `${JSON.stringify({ [FILE_MARK]: FILE_VERSION, ...settings }, null, 2)}\n`;

/** Settings from a saved file; throws when it is not one. */
export function settingsFromJson(text: string, lang: Lang): Settings {
  const json: unknown = JSON.parse(text);
  if (!json || typeof json !== 'object' || (json as Record<string, unknown>)[FILE_MARK] !== FILE_VERSION) {
    throw new Error('not a clinic-widgets builder settings file');
  }
  return readSettings(json, lang);
}

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const blob = new Blob([bytes as BlobPart]);
  return new Uint8Array(await new Response(blob.stream().pipeThrough(stream)).arrayBuffer());
}

/** The settings as a URL fragment (`s=` and compressed JSON), never sent to any server. */
export async function settingsToFragment(settings: Settings): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(settings));
  return `s=${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

/** Settings from a URL fragment; undefined when it holds none, throws when they cannot be read. */
export async function settingsFromFragment(hash: string, lang: Lang): Promise<Settings | undefined> {
  const match = /^#?s=([\w-]+)$/.exec(hash);
  if (!match) return undefined;
  const bytes = await pipe(fromBase64Url(match[1]!), new DecompressionStream('deflate-raw'));
  return readSettings(JSON.parse(new TextDecoder().decode(bytes)), lang);
}
