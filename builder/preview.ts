/**
 * The builder's preview frame: the real drop-in (loaded by preview.html) renders the widgets the
 * builder sends, built as DOM from the same fragments as the snippets. Links and bookings are not
 * followed here: nothing leaves the browser, and the frame says where they would go.
 */
import { toDom, type Content } from '../fragments/markup.js';

interface PreviewMessage {
  type: 'clinic-preview';
  widgets: Content;
  css: string;
  lang: string;
  scheme: 'light' | 'dark';
  empty: string;
  notFollowed: string;
  title: string;
  faqHeading: string;
}

const widgets = document.getElementById('widgets')!;
const note = document.getElementById('note')!;
const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
let shown = '';
let notFollowed = '';

addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
  if (event.origin !== location.origin || event.source !== parent || event.data?.type !== 'clinic-preview') return;
  const data = event.data;
  document.documentElement.lang = data.lang === 'es' ? 'es' : 'en';
  document.documentElement.className = data.scheme === 'dark' ? 'dark' : 'light';
  notFollowed = data.notFollowed;
  document.getElementById('title')!.textContent = document.title = data.title;
  sheet.replaceSync(data.css);
  // Rebuilt only when the widgets changed, so a visitor's open answers survive a colour switch.
  const next = JSON.stringify(data.widgets);
  if (next === shown) return;
  shown = next;
  note.textContent = '';
  widgets.replaceChildren(toDom(data.widgets));
  // On a clinic's page an FAQ without its own heading sits under the page's: the preview gives it one
  // (hidden), so the outline reads as it will there.
  for (const faq of widgets.querySelectorAll('clinic-faq:not([heading])')) {
    faq.before(Object.assign(document.createElement('h2'), { className: 'visually-hidden', textContent: data.faqHeading }));
  }
  widgets.dataset.empty = widgets.querySelector(':not(clinic-provider)') ? 'false' : 'true';
  if (widgets.dataset.empty === 'true') widgets.append(Object.assign(document.createElement('p'), { textContent: data.empty }));
});

// Links (in the widgets' shadow roots too) are shown, not followed; bookings stay on the page.
document.addEventListener(
  'click',
  (event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
    if (!link) return;
    event.preventDefault();
    note.textContent = `${notFollowed} ${link.href}`;
  },
  true,
);
document.addEventListener('clinic-book', (event) => {
  event.preventDefault();
  note.textContent = `${notFollowed} ${event.detail.href}`;
});

parent.postMessage('clinic-preview-ready', location.origin);
