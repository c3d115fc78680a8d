// The benchmark pages: the same clinic content (an FAQ of N questions, one booking button, one
// treatment card) written for each library as its own documentation shows.
import { existsSync, readFileSync } from 'node:fs';

const probe = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

// Questions and answers paraphrased from the seed page (shared/seed), cycled to reach N.
const QA = [
  [
    'What is ketamine and how does it combat depression?',
    'Ketamine is a dissociative medication with a long history of use as an anesthetic. It blocks certain receptors in the brain, which stimulates glutamate and helps the brain form new connections.',
  ],
  [
    'How soon does ketamine work?',
    'Traditional antidepressants can take weeks to months. Many patients feel relief within hours, some within an hour of the infusion.',
  ],
  [
    'How long does the benefit last?',
    'Because ketamine helps the brain form new connections, many patients describe benefits that last well beyond the infusion itself.',
  ],
  [
    'Can ketamine prevent postpartum depression?',
    'A randomized trial of 654 women having a cesarean section found fewer symptoms of postpartum depression after a ketamine infusion given around delivery.',
  ],
  [
    'Can I breastfeed during treatment?',
    'Pump before treatment, pump and discard for two days after it, and resume regular feedings on the third day. Ask your provider about your situation.',
  ],
  [
    'How is postpartum depression different from the baby blues?',
    'Postpartum depression is more intense, more disruptive to daily life and lasts longer than the baby blues, which usually resolve within a few weeks.',
  ],
];

export const question = (i) => `${i}. ${QA[(i - 1) % QA.length][0]}`;
const answer = (i) => QA[(i - 1) % QA.length][1];
const items = (n, each) => Array.from({ length: n }, (_, k) => each(k + 1, question(k + 1), answer(k + 1))).join('\n');

const CLINIC = { name: 'Renew Wellness', phone: '(480) 555-0123', tel: 'tel:+14805550123', book: 'https://example.com/book' };
const CARD = {
  name: 'Ketamine infusion therapy',
  summary: 'An IV infusion for postpartum depression that often eases symptoms within hours.',
  facts: [
    ['Given as', 'IV infusion'],
    ['Starts working', 'within hours'],
    ['Breastfeeding', 'pump and discard for two days'],
  ],
};
const dl = (attrs = '') => `<dl${attrs ? ` ${attrs}` : ''}>${CARD.facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;

// The host page's own look, identical for every library and not counted as any library's bytes.
const PAGE_CSS = (lineHeight = 1.5) => `body{font:16px/${lineHeight} system-ui,sans-serif;margin:0 auto;max-width:48rem;padding:1rem}`;

// The library's pre-upgrade stylesheet as built (npm run bench builds first), inlined as a page would
// link it, and counted in its bytes.
const PRELAYOUT = existsSync(new URL('../dist/prelayout.css', import.meta.url))
  ? readFileSync(new URL('../dist/prelayout.css', import.meta.url), 'utf8')
  : '';

// (a) The floor: native elements and a few hundred bytes of CSS (counted as plain HTML's bytes).
const PLAIN_CSS =
  'details{border-bottom:1px solid #cdd5dd;padding:.5rem 0}summary{cursor:pointer;font-weight:600}' +
  'a.book{display:inline-block;padding:.75rem 1.25rem;border-radius:.5rem;background:#0b5cad;color:#fff;font-weight:600;text-decoration:none}' +
  'article{border:1px solid #cdd5dd;border-radius:.5rem;padding:1rem 1.5rem;margin:1rem 0}article h2{margin:0}dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dd{margin:0}';

/**
 * Each library: its assets (served from /lib/) and CSS the page inlines, the custom-element tags
 * whose upgrade we wait for, and the markup of the three pieces.
 */
export const LIBRARIES = {
  html: {
    label: 'plain HTML',
    inlineCss: PLAIN_CSS,
    css: [],
    js: [],
    tags: [],
    card: () => `<article><h2>${CARD.name}</h2><p>${CARD.summary}</p>${dl()}</article>`,
    button: () =>
      `<p><a class="book" href="${CLINIC.book}">Book an appointment</a> <a href="${CLINIC.tel}">or call ${CLINIC.phone}</a></p>`,
    faq: (n) => items(n, (i, q, a) => `<details id="q${i}"><summary>${q}</summary><p id="a${i}">${a}</p></details>`),
  },
  clinic: {
    label: 'clinic-widgets',
    // What the elements' docs ask the page to add against layout shift: prelayout.css (counted as the library's bytes).
    inlineCss: PRELAYOUT,
    css: [],
    js: ['clinic-widgets.js'],
    tags: ['clinic-provider', 'clinic-treatment-card', 'clinic-book-button', 'clinic-faq'],
    provider: () =>
      `<clinic-provider scope="page" name="${CLINIC.name}" phone="${CLINIC.phone}" booking-url="${CLINIC.book}" hours="Mo-Fr 08:00-17:00; Sa 09:00-12:00" timezone="America/Phoenix"></clinic-provider>`,
    // The light-DOM forms each element documents, so the page reads the same without the script.
    card: () =>
      `<clinic-treatment-card no-booking><h2 slot="heading">${CARD.name}</h2><p slot="summary">${CARD.summary}</p>${dl('slot="facts"')}<p slot="disclaimer">This is general information, not medical advice.</p></clinic-treatment-card>`,
    button: () =>
      `<p><clinic-book-button><a href="${CLINIC.book}">Book an appointment</a><a href="${CLINIC.tel}">or call ${CLINIC.phone}</a></clinic-book-button></p>`,
    faq: (n, appearance) =>
      `<clinic-faq${appearance ? ` appearance="${appearance}"` : ''}>${items(n, (i, q, a) => `<details id="q${i}"><summary>${q}</summary><p id="a${i}">${a}</p></details>`)}</clinic-faq>`,
  },
  shoelace: {
    label: 'Shoelace 2',
    css: ['shoelace.css'],
    js: ['shoelace.js'],
    tags: ['sl-card', 'sl-button', 'sl-details'],
    card: () => `<sl-card><h2 slot="header">${CARD.name}</h2><p>${CARD.summary}</p>${dl()}</sl-card>`,
    button: () =>
      `<p><sl-button variant="primary" href="${CLINIC.book}">Book an appointment</sl-button> <a href="${CLINIC.tel}">or call ${CLINIC.phone}</a></p>`,
    faq: (n) => items(n, (i, q, a) => `<sl-details id="q${i}" summary="${q}"><p id="a${i}">${a}</p></sl-details>`),
  },
  webawesome: {
    label: 'Web Awesome 3',
    css: ['webawesome.css'],
    js: ['webawesome.js'],
    tags: ['wa-card', 'wa-button', 'wa-details'],
    card: () => `<wa-card><h2 slot="header">${CARD.name}</h2><p>${CARD.summary}</p>${dl()}</wa-card>`,
    button: () =>
      `<p><wa-button variant="brand" href="${CLINIC.book}">Book an appointment</wa-button> <a href="${CLINIC.tel}">or call ${CLINIC.phone}</a></p>`,
    faq: (n) => items(n, (i, q, a) => `<wa-details id="q${i}" summary="${q}"><p id="a${i}">${a}</p></wa-details>`),
  },
};

// Lion's accordion, the lightest accordion among the peers: its documented markup (an invoker button
// in a heading, a content panel), FAQ-only pages.
LIBRARIES.lion = {
  label: 'Lion',
  css: [],
  js: [],
  faqJs: ['lion.js'],
  tags: ['lion-accordion'],
  faq: (n) =>
    `<lion-accordion>${items(n, (i, q, a) => `<h3 slot="invoker"><button>${q}</button></h3><div slot="content"><p id="a${i}">${a}</p></div>`)}</lion-accordion>`,
};
// On FAQ-only pages each peer loads a bundle of its accordion alone; clinic-widgets loads the one
// drop-in clinics use, every element in it.
LIBRARIES.shoelace.faqJs = ['shoelace-details.js'];
LIBRARIES.shoelace.faqTags = ['sl-details'];
LIBRARIES.webawesome.faqJs = ['webawesome-details.js'];
LIBRARIES.webawesome.faqTags = ['wa-details'];
LIBRARIES.clinic.faqTags = ['clinic-faq'];

/** The libraries each suite compares: the page clinics have, an FAQ alone, and FAQ + card + button. */
export const SUITES = {
  demo: ['html', 'clinic'],
  faq: ['html', 'clinic', 'lion', 'shoelace', 'webawesome'],
  full: ['html', 'clinic', 'shoelace', 'webawesome'],
};

/**
 * One benchmark page (suites `faq` and `full`); `late` holds the library's scripts back on the server.
 * `appearance` (the FAQ's) and `lineHeight` (the page's, 1.5 unless given) vary it for the layout-shift check.
 */
export function page(lib, n, { faqOnly = false, late = false, appearance, lineHeight } = {}) {
  const L = LIBRARIES[lib];
  const q = late ? '?late' : '';
  const js = faqOnly ? (L.faqJs ?? L.js) : L.js;
  const tags = faqOnly ? (L.faqTags ?? L.tags) : L.tags;
  const head = [
    `<script>${probe}</script>`,
    `<style>${PAGE_CSS(lineHeight)}${L.inlineCss ?? ''}</style>`,
    ...L.css.map((f) => `<link rel="stylesheet" href="/lib/${f}">`),
    ...js.map((f) => `<script type="module" src="/lib/${f}${q}"></script>`),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Ketamine infusion therapy · ${L.label} · ${n} questions</title>
${head.join('\n')}
</head>
<body>
<main>
<h1>Ketamine infusion therapy for postpartum depression</h1>
${
  faqOnly
    ? ''
    : `${L.provider ? L.provider() : ''}
${L.card()}
${L.button()}`
}
<h2>Frequently asked questions</h2>
${L.faq(n, appearance)}
</main>
<script type="module">__bench.settle(${JSON.stringify(tags)});</script>
</body>
</html>
`;
}

/**
 * The demo clinic page (as `npm start` serves it) for the `demo` suite: `clinic` is the page as it
 * is, its drop-in loaded from /lib/ (so it can be held back); `html` is the same page without the
 * script, which is the plain-HTML page the widgets enhance.
 */
export function demoPage(html, lib, { late = false } = {}) {
  const script = /<script type="module" src="\/dist\/clinic-widgets\.js"><\/script>/;
  if (!script.test(html)) throw new Error('the demo page no longer loads /dist/clinic-widgets.js as a module: update bench/pages.mjs');
  const tags = lib === 'clinic' ? [...new Set(html.match(/<clinic-[a-z-]+/g).map((t) => t.slice(1)))] : [];
  return html
    .replace(/<head>/, `<head>\n<script>${probe}</script>`)
    .replace(script, lib === 'clinic' ? `<script type="module" src="/lib/clinic-widgets.js${late ? '?late' : ''}"></script>` : '')
    .replace(/<\/body>/, `<script type="module">__bench.settle(${JSON.stringify(tags)});</script>\n</body>`);
}

/**
 * The interactions page: each element's toggle measured at phone and desktop widths, in both
 * languages (FAQ search over N questions, the compact card's "Learn more", the booking dialog).
 */
export function interactionsPage(lang, n) {
  const L = LIBRARIES.clinic;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Interactions · ${n} questions</title>
<script>${probe}</script>
<style>${PAGE_CSS}${L.inlineCss}</style>
<script type="module" src="/lib/clinic-widgets.js"></script>
</head>
<body>
<main>
<h1>Ketamine infusion therapy for postpartum depression</h1>
<clinic-treatment-card variant="compact" no-booking><h2 slot="heading">${CARD.name}</h2><p slot="summary">${CARD.summary}</p>${dl('slot="facts"')}<p id="more">${answer(1)}</p></clinic-treatment-card>
<p><clinic-book-button mode="dialog" href="/scheduler.html"><a href="/scheduler.html">Book an appointment</a></clinic-book-button></p>
<clinic-faq searchable>${items(n, (i, q, a) => `<details id="q${i}"><summary>${q}</summary><p id="a${i}">${a}</p></details>`)}</clinic-faq>
</main>
<script type="module">__bench.settle(['clinic-treatment-card', 'clinic-book-button', 'clinic-faq']);</script>
</body>
</html>
`;
}
