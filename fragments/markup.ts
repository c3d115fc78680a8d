/**
 * Page markup as data. The fragment functions (./widgets.ts) describe what a clinic pastes as a tree
 * of `Tag`s and strings; `toHtml()` writes it out as HTML text (the builder's snippets, the demo
 * pages) and `toDom()` builds the same tree as DOM nodes (the builder's preview, the Storybook page).
 * Every string in the tree is text: `toHtml()` escapes it and `toDom()` makes text nodes of it, so no
 * user input is ever parsed as markup. Tag and attribute names are the generator's own, never user
 * input, and are checked anyway: no event-handler attributes can be written.
 */

/** One element: its tag, attributes (`true` writes a boolean attribute, `false` or undefined none) and content. */
export interface Tag {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, Attribute>>;
  readonly children: readonly Content[];
}

/** An HTML comment, e.g. a note to the person who pastes the snippet. */
export interface Note {
  readonly comment: string;
}

export type Attribute = string | number | boolean | undefined | null;

/** Anything that can go inside a tag: text, tags, notes, nothing (false, null, undefined) or lists of them. */
export type Content = Tag | Note | string | number | false | null | undefined | readonly Content[];

/** An element: `h('a', { href }, 'Call 988')`. */
export const h = (tag: string, attributes: Tag['attributes'] = {}, ...children: Content[]): Tag => ({ tag, attributes, children });

/** A comment: `note('The one line a clinic adds:')`. */
export const note = (comment: string): Note => ({ comment });

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Written on the line of the text around them; every other element starts a line of its own when its
// parent holds only elements.
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
]);
// Raw-text elements: their text is not escaped by the HTML parser, so the generator never puts any in them.
const RAW = new Set(['script', 'style']);
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const LINE = 100;

function checkName(name: string, kind: string) {
  if (!NAME.test(name) || (kind === 'attribute' && name.startsWith('on')))
    throw new Error(`fragments: not an allowed ${kind} name: ${name}`);
}

/** The tree's content with nothing, lists and empty strings flattened away. */
function flat(children: readonly Content[]): (Tag | Note | string)[] {
  const out: (Tag | Note | string)[] = [];
  for (const child of children) {
    if (Array.isArray(child)) out.push(...flat(child as readonly Content[]));
    else if (typeof child === 'number') out.push(String(child));
    else if (child) out.push(child as Tag | Note | string);
  }
  return out;
}

const isTag = (content: Tag | Note | string): content is Tag => typeof content === 'object' && 'tag' in content;

export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/** The attributes to write, in order: `[name, value]`, value `true` for a boolean attribute. */
function attributeList(tag: Tag): [string, string | true][] {
  const out: [string, string | true][] = [];
  for (const [name, value] of Object.entries(tag.attributes)) {
    checkName(name, 'attribute');
    if (value === true) out.push([name, true]);
    else if (value !== false && value != null) out.push([name, String(value)]);
  }
  return out;
}

/**
 * Whether each child goes on a line of its own: the content is elements and comments only (white
 * space aside) and at least one of them is a block. White space next to a block is not rendered;
 * between inline elements it is, so a run of inline elements stays as written.
 */
const isBlock = (children: (Tag | Note | string)[]) =>
  children.every((child) => typeof child !== 'string' || !child.trim()) &&
  children.some((child) => typeof child !== 'string' && (!isTag(child) || !INLINE.has(child.tag)));

/**
 * The tree as HTML text, indented two spaces a level. An element holding only block elements puts
 * each on a line of its own; anything with text in it stays on one line, as written. Long start tags
 * wrap their attributes.
 */
export function toHtml(content: Content, depth = 0): string {
  const indent = '  '.repeat(depth);
  return flat([content])
    .map((child) => indent + write(child, depth))
    .join('\n');
}

function write(content: Tag | Note | string, depth: number): string {
  if (typeof content === 'string') return escapeText(content);
  if (!isTag(content)) return `<!-- ${content.comment.replace(/--/g, '- -').replace(/^>|-$/g, ' ')} -->`;
  checkName(content.tag, 'tag');
  const indent = '  '.repeat(depth);
  const attributes = attributeList(content).map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  let open = `<${[content.tag, ...attributes].join(' ')}>`;
  if (indent.length + open.length > LINE && attributes.length > 1) {
    // Attributes wrap at the line length, continuing two spaces further in.
    const lines = [`<${content.tag}`];
    for (const attribute of attributes) {
      const last = lines.length - 1;
      if (indent.length + lines[last]!.length + attribute.length + 1 > LINE && lines[last] !== `<${content.tag}`)
        lines.push(`${indent}  ${attribute}`);
      else lines[last] += ` ${attribute}`;
    }
    open = `${lines.join('\n')}>`;
  }
  if (VOID.has(content.tag)) return open;
  const children = flat(content.children);
  const close = `</${content.tag}>`;
  if (RAW.has(content.tag)) {
    const text = children.map((child) => (typeof child === 'string' ? child : '')).join('');
    if (text.toLowerCase().includes(`</${content.tag}`) || children.some((child) => typeof child !== 'string')) {
      throw new Error(`fragments: <${content.tag}> may only hold text that cannot close it`);
    }
    return open + text + close;
  }
  if (isBlock(children)) {
    const lines = children.filter((child) => typeof child !== 'string').map((child) => toHtml(child, depth + 1));
    return `${open}\n${lines.join('\n')}\n${indent}${close}`;
  }
  return open + children.map((child) => write(child, depth + 1)).join('') + close;
}

/**
 * The tree as DOM nodes in `doc`, ready to insert: text becomes text nodes, attributes are set one by
 * one. Used where a page shows a fragment live (the builder's preview, the Storybook clinic page).
 */
export function toDom(content: Content, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const child of flat([content])) fragment.append(build(child, doc));
  return fragment;
}

function build(content: Tag | Note | string, doc: Document): Node {
  if (typeof content === 'string') return doc.createTextNode(content);
  if (!isTag(content)) return doc.createComment(content.comment);
  checkName(content.tag, 'tag');
  if (RAW.has(content.tag)) throw new Error(`fragments: <${content.tag}> is not built as DOM`);
  const el = doc.createElement(content.tag);
  for (const [name, value] of attributeList(content)) el.setAttribute(name, value === true ? '' : value);
  if (!VOID.has(content.tag)) for (const child of flat(content.children)) el.append(build(child, doc));
  return el;
}

/** The text a tree shows, white space collapsed: what a reader gets (for tests and labels). */
export function textOf(content: Content): string {
  return flat([content])
    .map((child) => (typeof child === 'string' ? child : isTag(child) ? textOf(child.children) : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
