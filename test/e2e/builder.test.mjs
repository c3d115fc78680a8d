// The embed builder (/builder/), as a clinic's office manager uses it: filled in by keyboard only and
// by mouse, its code copied through the real clipboard and pasted into a blank page served here (the
// CDN path mapped to dist/) under the documented strict CSP; that page must show what the preview
// showed, with no console error and no request beyond its own origin, and its FAQ, links and crisis
// numbers without JavaScript too. Then hostile input in every field, round trips of <details> HTML,
// JSON and the settings, and widgets inserted after `load`, as Google Tag Manager does.
/* global navigator, getComputedStyle, Event, DOMParser, localStorage, sessionStorage -- used in functions that run in the page */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axe, gotoWithScriptHeldBack, launch, lightText, movedBoxes, openPage, root, settled, snippet, startServer } from './helpers.mjs';

const CSP = snippet('csp').replace(/^Content-Security-Policy:\s*/, '');
const DIST = (file) => readFileSync(join(root, 'dist', file));
// Where the pasted page finds the script: a CDN address maps to this build's dist/ on the page's own origin.
const CDN = /https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/clinic-widgets@[\d.]+\/dist\//g;

/** Pages the tests write (pasted pages, their stylesheets), served as they are written. */
const pages = {
  '/js/clinic-widgets.js': { body: DIST('clinic-widgets.js'), type: 'text/javascript; charset=utf-8' },
  '/js/clinic-widgets.iife.js': { body: DIST('clinic-widgets.iife.js'), type: 'text/javascript; charset=utf-8' },
};

let server;
let strict;
let browser;
let downloads;
before(async () => {
  server = await startServer({ pages });
  // The same files under the documented strict CSP, for the pasted pages.
  strict = await startServer({ pages, headers: { 'Content-Security-Policy': CSP } });
  browser = await launch();
  for (const origin of [server.origin, strict.origin]) {
    await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  }
  downloads = mkdtempSync(join(tmpdir(), 'clinic-builder-downloads-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  await strict?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the builder and waits until it and its preview are running. */
async function openBuilder({ width = 1280, hash = '' } = {}) {
  const { page, log } = await openPage(browser, server.origin);
  await page.setViewport({ width, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  await page.goto(`${server.origin}/builder/${hash}`, { waitUntil: 'load' });
  await page.waitForSelector('#clinic-name');
  await previewFrame(page);
  return { page, log };
}

/** The preview frame, once the drop-in has defined the elements in it. */
async function previewFrame(page) {
  for (let i = 0; i < 50; i++) {
    const frame = page.frames().find((f) => f.url().endsWith('/builder/preview.html'));
    if (frame && (await frame.evaluate(() => !!window.customElements.get('clinic-faq')).catch(() => false))) return frame;
    await pause(100);
  }
  throw new Error('the preview frame did not start');
}

/** Waits for the preview to show the builder's latest state, upgraded. */
async function previewSettled(page) {
  await pause(500);
  const frame = await previewFrame(page);
  await settled(frame);
  return frame;
}

/** Presses Tab until the focus is on `selector` (forward only, as a keyboard user moves). */
async function tabTo(page, selector, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reached within ${max} Tab presses`);
}

/** Presses a copy button (by keyboard or mouse), checks the visible, announced "Copied", returns the clipboard. */
async function copyPart(page, key, how, copied = 'Copied') {
  if (how === 'keyboard') {
    await tabTo(page, `#copy-${key}`);
    await page.keyboard.press('Enter');
  } else await page.click(`#copy-${key}`);
  await page.waitForFunction((k, c) => document.getElementById(`status-copy-${k}`)?.textContent === c, {}, key, copied);
  const status = await page.$eval(`#status-copy-${key}`, (el) => ({
    role: el.getAttribute('role'),
    visible: el.getClientRects().length > 0,
  }));
  assert.deepEqual(status, { role: 'status', visible: true }, `the "${copied}" for ${key} is seen and announced`);
  return page.evaluate(() => navigator.clipboard.readText());
}

// What a site's own stylesheet usually sets, before the pasted styles.
const SITE_CSS = 'body { margin: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; }';

/** A blank page with what was pasted: the script in the head, the styles in the site's stylesheet, the rest in the body. */
function pastePage(path, { lang = 'en', script, css, widgets, provider }) {
  pages[`${path}site.css`] = { body: `${SITE_CSS}\n${css}`, type: 'text/css; charset=utf-8' };
  pages[path] = {
    body:
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Pasted</title>${script.replace(CDN, '/dist/')}<link rel="stylesheet" href="${path}site.css"></head>` +
      `<body><main><h1>Our clinic</h1>${widgets.join('\n')}</main><footer>${provider}</footer></body></html>`,
  };
  return path;
}

/** Every clinic element on a page (or frame), in order: tag, attributes and everything it shows. */
async function describeWidgets(context) {
  // The booking button's open/closed line fills in just after the first paint.
  await context.waitForFunction(() =>
    [...document.querySelectorAll('clinic-book-button')].every((button) => {
      const status = button.shadowRoot?.querySelector('[part~="status"]');
      return button.shadowRoot && (!status || status.textContent.trim());
    }),
  );
  return context.evaluate(() => {
    const text = (node) => {
      let out = '';
      for (const child of node.shadowRoot ? [node.shadowRoot, ...node.childNodes] : node.childNodes) {
        if (child.nodeType === 3) out += `${child.textContent} `;
        else if ((child.nodeType === 1 && child.localName !== 'script' && child.localName !== 'style') || child.nodeType === 11)
          out += text(child);
      }
      return out;
    };
    return [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('clinic-'))
      .map((el) => ({
        tag: el.localName,
        attributes: [...el.attributes].map((a) => `${a.name}=${a.value}`).sort(),
        text: text(el).replace(/\s+/g, ' ').trim(),
      }));
  });
}

/** Checks a pasted page: the preview's widgets, upgraded, with no error, violation or foreign request. */
async function checkPasted(path, preview, { scheme = 'light' } = {}) {
  const { page, log } = await openPage(browser, strict.origin);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(strict.origin + path, { waitUntil: 'load' });
  await page.waitForFunction(() => !!window.customElements.get('clinic-faq'));
  await settled(page);
  const widgets = await describeWidgets(page);
  assert.deepEqual(widgets, preview, 'the pasted page shows the widgets of the preview, with the same settings');
  assert.deepEqual(log.violations, [], 'no CSP violation under the documented strict policy');
  assert.deepEqual([...log.console, ...log.errors], [], 'no console error or warning');
  assert.deepEqual(log.foreign, [], 'no request beyond the page’s own origin');
  return { page, log };
}

/** The same page with JavaScript off: questions, answers, links and crisis numbers are there as plain HTML. */
async function checkWithoutJavaScript(path, { questions, answers, links }) {
  const { page, log } = await openPage(browser, strict.origin, { javaScript: false });
  await page.goto(strict.origin + path, { waitUntil: 'load' });
  const closed = await lightText(page);
  for (const question of questions) assert.ok(closed.includes(question), `question visible without JavaScript: ${question}`);
  for (const summary of await page.$$('clinic-faq details > summary')) await summary.click();
  const open = await lightText(page);
  for (const answer of answers) assert.ok(open.includes(answer), `answer readable without JavaScript: ${answer}`);
  const shown = await page.$$eval('a[href]', (as) => as.filter((a) => a.getClientRects().length).map((a) => a.getAttribute('href')));
  for (const link of links) assert.ok(shown.includes(link), `a visible link to ${link}: ${shown}`);
  assert.deepEqual(log.foreign, []);
  await page.close();
}

const CRISIS_LINKS = ['tel:988', 'sms:988', 'tel:911'];

describe('the main path, keyboard only', () => {
  it('fills the form, copies each part through the clipboard, and the pasted page matches the preview, with and without JavaScript', async () => {
    const { page, log } = await openBuilder();
    const type = async (selector, text) => {
      await tabTo(page, selector);
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.type(text);
    };
    await type('#clinic-name', 'Renew Wellness');
    await type('#clinic-phone', '(480) 555-0123');
    assert.equal(await page.$eval('#clinic-phone-dials', (el) => el.textContent), 'Visitors’ phones will dial tel:+14805550123');
    await type('#clinic-booking-url', 'https://example.com/book');
    // Saturday: the same hours as Monday.
    await tabTo(page, '#day-5-same');
    await page.keyboard.press('Enter');
    await type('#clinic-timezone', 'America/Phoenix');
    await page.keyboard.press('Tab');
    assert.equal(await page.$eval('#hours-code', (el) => el.textContent), 'Mo-Sa 09:00-17:00');
    assert.match(
      await page.$eval('#hours-status', (el) => el.textContent),
      /^Your booking button will show: “(Open now · closes|Closed · opens) .*(AM|PM)/,
    );

    // Two questions, the second moved up; a search box; crisis support as a banner.
    await type('#faq-0-question', 'Can I breastfeed during treatment?');
    await type('#faq-0-answer', 'Pump before treatment.\n\n- pump and discard for two days;\n- resume on the third day.');
    await tabTo(page, '#faq-add');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'faq-1-question', 'focus goes to the new question');
    await page.keyboard.type('How soon does ketamine work?');
    await type('#faq-1-answer', 'Within hours in most cases. [Read the study](https://doi.org/10.1016/j.psychres.2019.03.026)');
    await tabTo(page, '#faq-1-up');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'faq-0-down', 'focus stays with the question that moved');
    assert.equal(await page.$eval('#status-faq-items', (el) => el.textContent), 'Moved to position 1 of 2.');
    assert.equal(await page.$eval('#faq-0-question', (el) => el.value), 'How soon does ketamine work?');
    await tabTo(page, '#faq-searchable');
    await page.keyboard.press('Space');
    await tabTo(page, '#crisis-on');
    await page.keyboard.press('Space');
    await tabTo(page, '#crisis-variant-card');
    await page.keyboard.press('ArrowDown');
    // The script from a CDN that follows bug-fix releases: no integrity hash, and the page says why.
    await tabTo(page, '#script-from-self');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.$eval('#script-from-cdn', (el) => el.checked), true);
    assert.match(await page.$eval('#script-from-cdn-hint', (el) => el.textContent), /Why there is no integrity hash here/);

    const code = {};
    for (const key of ['script', 'provider', 'book', 'faq', 'crisis', 'css']) code[key] = await copyPart(page, key, 'keyboard');
    assert.equal(
      code.script,
      '<script type="module" src="https://cdn.jsdelivr.net/npm/clinic-widgets@0.1/dist/clinic-widgets.js"></script>',
    );
    assert.match(code.provider, /^<clinic-provider scope="page" name="Renew Wellness" phone="\(480\) 555-0123"/);
    assert.match(code.provider, /hours="Mo-Sa 09:00-17:00"/);
    assert.match(code.provider, /timezone="America\/Phoenix"\s+lang="en"/);
    assert.match(code.css, /clinic-book-button:not\(:defined\)/);

    const preview = await describeWidgets(await previewSettled(page));
    assert.deepEqual(
      preview.map((w) => w.tag),
      ['clinic-book-button', 'clinic-faq', 'clinic-crisis-support', 'clinic-provider'],
    );
    assert.deepEqual(
      [...log.console, ...log.errors, ...log.foreign, ...log.violations, ...log.writes],
      [],
      'the builder itself: clean and private',
    );
    await page.close();

    const path = pastePage('/pasted/keyboard/', {
      script: code.script,
      css: code.css,
      widgets: [code.book, code.faq, code.crisis],
      provider: code.provider,
    });
    const pasted = await checkPasted(path, preview);
    // The FAQ's order and search box, as chosen.
    const questions = await pasted.page.$$eval('clinic-faq details > summary', (s) => s.map((x) => x.textContent));
    assert.deepEqual(questions, ['How soon does ketamine work?', 'Can I breastfeed during treatment?']);
    assert.equal(await pasted.page.$eval('clinic-faq', (faq) => !!faq.shadowRoot.querySelector('[part~="search"]')), true);
    await pasted.page.close();
    await checkWithoutJavaScript(path, {
      questions: ['How soon does ketamine work?', 'Can I breastfeed during treatment?'],
      answers: ['Within hours in most cases.', 'pump and discard for two days;'],
      links: ['https://example.com/book', 'tel:+14805550123', 'https://doi.org/10.1016/j.psychres.2019.03.026', ...CRISIS_LINKS],
    });
  });
});

describe('the main path, by mouse', () => {
  it('builds Spanish widgets with a brand colour, a treatment card and an exact script version, and the pasted page matches the preview', async () => {
    const { page, log } = await openBuilder();
    // Click into the field, select what is there, type.
    const fill = async (selector, text) => {
      await page.click(selector);
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.type(text);
    };
    await page.click('#ui-language');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(await page.$eval('h1', (h) => h.textContent), 'Widgets para clínicas: generador de código');
    await fill('#clinic-name', 'Clínica Renovar');
    await fill('#clinic-phone', '480.555.0123');
    await fill('#clinic-booking-url', 'https://example.com/reservar');
    await fill('#clinic-timezone', 'America/Phoenix');
    await page.click('#clinic-lang-es');
    await page.click('#day-5-open');
    await page.click('#day-5-same');
    await fill('#faq-0-question', '¿Qué tan rápido actúa la ketamina?');
    await fill('#faq-0-answer', 'En pocas horas en la mayoría de los casos.');
    // A second question, moved above the first by mouse.
    await page.click('#faq-add');
    await fill('#faq-1-question', '¿Puedo amamantar?');
    await fill('#faq-1-answer', 'Extráigase leche antes del tratamiento.');
    await page.click('#faq-1-up');
    assert.equal(await page.$eval('#status-faq-items', (el) => el.textContent), 'Movida a la posición 1 de 2.');

    // A light brand colour fails AA on white: the builder says so and offers the nearest shade that passes.
    await page.click('#brand-on');
    await fill('#clinic-brand', '#7fd3da');
    await page.keyboard.press('Tab');
    await page.waitForSelector('#brand-warning');
    const offer = await page.$eval('#brand-warning button', (b) => b.textContent.trim());
    const shade = /#[0-9a-f]{6}/.exec(offer)?.[0];
    assert.ok(shade && shade !== '#7fd3da', `a shade is offered: ${offer}`);
    await page.click('#brand-warning button');
    assert.equal(await page.$('#brand-warning'), null, 'the offered shade passes');
    assert.equal(await page.$eval('#clinic-brand', (input) => input.value), shade);

    // "Copied" speaks of the code as it was: a change clears it.
    await copyPart(page, 'book', 'mouse', 'Copiado');
    await page.click('#book-variant-outline');
    assert.equal(await page.$eval('#status-copy-book', (el) => el.textContent), '');
    await page.click('#card-on');
    await page.click('#card-sample');
    await page.click('#script-from-pinned');
    await page.click('#script-classic');
    const code = {};
    for (const key of ['script', 'provider', 'book', 'faq', 'card', 'css']) code[key] = await copyPart(page, key, 'mouse', 'Copiado');
    const integrity = JSON.parse(DIST('sri.json'))['clinic-widgets.iife.js'];
    assert.equal(
      code.script.replace(/\s+/g, ' '),
      `<script src="https://cdn.jsdelivr.net/npm/clinic-widgets@0.1.0/dist/clinic-widgets.iife.js" defer integrity="${integrity}" crossorigin="anonymous"></script>`,
    );
    assert.match(code.provider, /lang="es"/);
    assert.match(code.book, /variant="outline"/);
    assert.match(code.book, /Reservar una cita/);
    assert.match(code.faq, /<summary>¿Puedo amamantar\?<\/summary>[\s\S]*<summary>¿Qué tan rápido actúa la ketamina\?<\/summary>/);
    assert.match(code.css, new RegExp(`--clinic-color-primary: light-dark\\(${shade}, #[0-9a-f]{6}\\)`));
    assert.match(code.card, /<h2 slot="heading">Terapia de infusión de ketamina para la depresión posparto<\/h2>/);
    assert.match(code.card, /Lo que dice la investigación/);

    const frame = await previewSettled(page);
    const preview = await describeWidgets(frame);
    const previewColour = await frame.$eval(
      'clinic-book-button',
      (b) => getComputedStyle(b.shadowRoot.querySelector('[part~="button"]')).color,
    );
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign, ...log.violations, ...log.writes], []);
    await page.close();

    const path = pastePage('/pasted/mouse/', {
      lang: 'es',
      script: code.script,
      css: code.css,
      widgets: [code.book, code.faq, code.card],
      provider: code.provider,
    });
    const pasted = await checkPasted(path, preview);
    const colour = await pasted.page.$eval(
      'clinic-book-button',
      (b) => getComputedStyle(b.shadowRoot.querySelector('[part~="button"]')).color,
    );
    assert.equal(colour, previewColour, 'the brand colour reaches the pasted page');
    await pasted.page.close();
    await checkWithoutJavaScript(path, {
      questions: ['¿Puedo amamantar?', '¿Qué tan rápido actúa la ketamina?'],
      answers: [
        'Extráigase leche antes del tratamiento.',
        'En pocas horas en la mayoría de los casos.',
        'Lo que dice la investigación',
        'Prophylactic use of ketamine',
      ],
      links: ['https://example.com/reservar', 'tel:+14805550123', 'https://pubmed.ncbi.nlm.nih.gov/31147085/'],
    });
  });
});

/** Sets a field's value as a paste would, then leaves it (input, then change). */
const paste = (page, selector, value) =>
  page.$eval(
    selector,
    (el, text) => {
      el.focus();
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );

/** Runs `fn(doc)` on `html` parsed by the browser, in a blank page (the builder's own enforces Trusted Types). */
async function parsed(html, fn) {
  const blank = await browser.newPage();
  try {
    return await blank.evaluate(
      (text, source) => new Function('doc', `return (${source})(doc)`)(new DOMParser().parseFromString(text, 'text/html')),
      html,
      fn.toString(),
    );
  } finally {
    await blank.close();
  }
}

/** Every code part the builder shows now, by key. */
const allCode = (page) =>
  page.$$eval('textarea.code', (areas) => Object.fromEntries(areas.map((a) => [a.id.replace('code-', ''), a.value])));

/** The message beside a field, checked to be tied to it. */
async function messageBeside(page, id) {
  return page.$eval(`#${id}`, (field) => {
    const error = document.getElementById(`${field.id}-error`);
    return {
      invalid: field.getAttribute('aria-invalid'),
      describedBy: (field.getAttribute('aria-describedby') ?? '').split(' ').includes(`${field.id}-error`),
      message: error?.textContent ?? '',
    };
  });
}

// The sample clinic's questions (the demo page's, in English).
const SAMPLE_QUESTIONS = [
  'What is ketamine and how does it combat depression?',
  'How soon does ketamine work?',
  'How long does the benefit last?',
  'Can ketamine prevent postpartum depression after a cesarean delivery?',
  'Can I breastfeed during ketamine treatment?',
  'How is postpartum depression different from the baby blues?',
];

const HOSTILE = {
  script: '</details><script>window.__pwned = 1</script>',
  img: '"><img src=x onerror="window.__pwned=1">',
  js: 'javascript:window.__pwned=1',
  quotes: `"double" 'single' & <angle> brackets`,
  emoji: 'Ketamina 💉🧠 ✅ 👩🏽‍⚕️',
  rtl: 'הזמנת תור · حجز موعد',
  long: `${'Long answer. '.repeat(769)}The end.`,
};

describe('hostile input in every field', () => {
  it('gives an escaped, working snippet or a clear message beside the field, never a broken page', async () => {
    assert.ok(HOSTILE.long.length >= 10_000);
    const { page, log } = await openBuilder();
    await page.click('#fill-sample');
    await page.click('#card-on');
    await page.click('#card-sample');
    await page.click('#brand-on');
    // Clinic details.
    await paste(page, '#clinic-name', `${HOSTILE.script}${HOSTILE.quotes}`);
    await paste(page, '#clinic-phone', HOSTILE.script);
    await paste(page, '#clinic-booking-url', HOSTILE.js);
    await paste(page, '#clinic-timezone', HOSTILE.img);
    await paste(page, '#clinic-brand', 'red; } body { display: none');
    // The FAQ: a question that tries to close its <details>, a 10 000-character answer with a javascript: link, a bad id.
    await paste(page, '#faq-title', HOSTILE.img);
    await paste(page, '#faq-0-question', HOSTILE.script);
    await paste(page, '#faq-0-answer', `${HOSTILE.long} [click me](${HOSTILE.js}) ${HOSTILE.emoji}`);
    await paste(page, '#faq-0-id', HOSTILE.img);
    await paste(page, '#faq-1-question', HOSTILE.rtl);
    await paste(page, '#faq-1-answer', HOSTILE.quotes);
    // The treatment card.
    await paste(page, '#card-name', HOSTILE.script);
    await paste(page, '#card-summary', HOSTILE.long);
    await paste(page, '#card-facts-0-label', HOSTILE.img);
    await paste(page, '#card-facts-0-value', HOSTILE.emoji);
    await paste(page, '#card-sections-0-heading', HOSTILE.quotes);
    await paste(page, '#card-sections-0-body', `${HOSTILE.rtl} [x](${HOSTILE.js})`);
    await paste(page, '#card-evidence-0-title', HOSTILE.script);
    await paste(page, '#card-evidence-0-url', HOSTILE.js);
    await paste(page, '#card-evidence-0-year', 'two thousand');
    await paste(page, '#card-evidence-0-doi', HOSTILE.quotes);
    await paste(page, '#card-evidence-0-pmid', HOSTILE.img);
    await paste(page, '#card-reviewedBy', HOSTILE.rtl);
    await paste(page, '#card-disclaimer', HOSTILE.quotes);
    await paste(page, '#card-action-label', HOSTILE.script);
    await paste(page, '#card-action-url', HOSTILE.js);
    // The script's own address.
    await paste(page, '#script-path', HOSTILE.js);
    // Pasted HTML to import, with a script and an event handler in it.
    await page.click('.import summary');
    await paste(
      page,
      '#faq-import-html',
      `<details><summary>${HOSTILE.emoji}<img src=x onerror="window.__pwned=1"></summary><p>A<script>window.__pwned=1</script></p></details>`,
    );
    await page.click('#faq-import-html-button');
    await pause(300);

    // A clear message beside each field whose value the widgets would reject.
    const expected = {
      'clinic-phone': /does not look like a phone number/,
      'clinic-booking-url': /web address starting with https:\/\//,
      'clinic-timezone': /Choose a time zone/,
      'clinic-brand': /six hex digits/,
      'faq-0-answer': /will show as plain text/,
      'faq-0-id': /letters, numbers and dashes/,
      'card-evidence-0-url': /link starting with https:\/\//,
      'card-evidence-0-year': /Use a number/,
      'card-evidence-0-doi': /A DOI starts with/,
      'card-evidence-0-pmid': /digits only/,
      'card-action-url': /link starting with https:\/\//,
      'script-path': /address of the file/,
    };
    for (const [id, message] of Object.entries(expected)) {
      const beside = await messageBeside(page, id);
      assert.equal(beside.invalid, 'true', `${id} is marked invalid`);
      assert.ok(beside.describedBy, `${id}'s message is tied to it`);
      assert.match(beside.message, message, `${id}: ${beside.message}`);
    }

    // The code: the hostile text is text. Parsed as a browser would, it holds no script but the script
    // tag, no event handler, no javascript: link, and the questions read exactly as typed.
    const code = await allCode(page);
    const read = await parsed([code.script, code.provider, code.faq, code.card, code.book].join('\n'), (doc) => ({
      scripts: [...doc.querySelectorAll('script')].map((s) => s.outerHTML),
      handlers: [...doc.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      ),
      links: [...doc.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src')),
      questions: [...doc.querySelectorAll('clinic-faq summary')].map((s) => s.textContent),
      providerName: doc.querySelector('clinic-provider')?.getAttribute('name'),
      faqHeading: doc.querySelector('clinic-faq')?.getAttribute('heading'),
      cardName: doc.querySelector('[slot=heading]')?.textContent,
    }));
    assert.equal(read.scripts.length, 1, `only the script tag is a script: ${read.scripts}`);
    assert.deepEqual(read.handlers, []);
    assert.ok(
      read.links.every((link) => !/^\s*javascript:/i.test(link)),
      `no javascript: link: ${read.links}`,
    );
    // Two sample questions rewritten, the other sample questions, then the imported one.
    const questions = [HOSTILE.script, HOSTILE.rtl, ...SAMPLE_QUESTIONS.slice(2), HOSTILE.emoji];
    assert.deepEqual(read.questions, questions);
    assert.equal(read.providerName, `${HOSTILE.script}${HOSTILE.quotes}`);
    assert.equal(read.faqHeading, HOSTILE.img);
    assert.equal(read.cardName, HOSTILE.script);
    assert.doesNotMatch(code.provider, /phone=|booking-url=|timezone=/, 'rejected values are left out');
    assert.doesNotMatch(code.css, /body \{ display: none|red;/, 'a colour that is not one never reaches the CSS');
    assert.match(code.script, /src="\/js\/clinic-widgets\.js"/, 'an unusable path gives the default one');

    const frame = await previewSettled(page);
    const preview = await describeWidgets(frame);
    assert.equal(await frame.evaluate(() => window.__pwned), undefined, 'nothing ran in the preview');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran in the builder');
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign, ...log.violations], []);
    await page.close();

    // Pasted as it is, the page works and shows the text as typed, the 10 000 characters included.
    const path = pastePage('/pasted/hostile/', {
      script: code.script,
      css: code.css,
      widgets: [code.book, code.faq, code.card, code.crisis].filter((part) => part),
      provider: code.provider,
    });
    const pasted = await checkPasted(path, preview);
    assert.equal(await pasted.page.evaluate(() => window.__pwned), undefined);
    const answer = await pasted.page.$eval('clinic-faq details', (details) => details.textContent);
    assert.ok(answer.includes(HOSTILE.long) && answer.includes('click me') && answer.includes(HOSTILE.emoji), 'the long answer, whole');
    const shownQuestions = await pasted.page.$eval('clinic-faq', (faq) =>
      [...faq.shadowRoot.querySelectorAll('[part~="question"]')].map((q) => q.textContent.trim()),
    );
    assert.deepEqual(shownQuestions, questions);
    await pasted.page.close();
  });
});

describe('round trips', () => {
  it('importing <details> HTML gives back what went in, and importing that again changes nothing', async () => {
    const demo = readFileSync(join(root, 'dist/demo/index.html'), 'utf8');
    const input = /<clinic-faq[\s\S]*?<\/clinic-faq>/.exec(demo)[0];
    const { page, log } = await openBuilder();
    await page.click('.import summary');
    await paste(page, '#faq-import-html', input);
    await page.click('#faq-import-html-button');
    assert.equal(await page.$eval('#status-faq-import', (el) => el.textContent), 'Imported 6 questions.');
    const output = (await allCode(page)).faq;
    // Compared as a browser reads them: each question's id, question, answer blocks and links.
    const read = (html) =>
      parsed(html, (doc) =>
        [...doc.querySelectorAll('details')].map((d) => ({
          id: d.id,
          question: d.querySelector('summary').textContent.trim(),
          blocks: [...d.children].slice(1).map((b) => `${b.localName}: ${b.textContent.replace(/\s+/g, ' ').trim()}`),
          links: [...d.querySelectorAll('a')].map((a) => `${a.getAttribute('href')} ${a.textContent}`),
        })),
      );
    const before = await read(input);
    assert.equal(before.length, 6);
    assert.deepEqual(await read(output), before);

    // The builder's own snippet, imported into a fresh builder, writes the same snippet.
    await page.close();
    const second = await openBuilder();
    await second.page.click('.import summary');
    await paste(second.page, '#faq-import-html', output);
    await second.page.click('#faq-import-html-button');
    assert.equal((await allCode(second.page)).faq, output);
    assert.deepEqual([...log.console, ...log.errors, ...second.log.console, ...second.log.errors], []);
    await second.page.close();
  });

  it('importing a JSON questions file, then saving the questions, gives back the same file', async () => {
    const items = {
      items: [
        { id: 'how-soon', question: 'How soon does ketamine work?', answer: 'Within **hours** in most cases.' },
        { question: '¿Puedo amamantar?', answer: 'Antes del tratamiento:\n\n- extraerse leche;\n- esperar dos días.' },
        { id: 'source', question: 'Where is the study?', answer: 'See [PubMed](https://pubmed.ncbi.nlm.nih.gov/31147085/).' },
      ],
    };
    const file = join(downloads, 'faq-in.json');
    writeFileSync(file, JSON.stringify(items));
    const { page, log } = await openBuilder();
    await page.click('.import summary');
    const input = await page.$('#faq-import-json');
    await input.uploadFile(file);
    await page.waitForFunction(() => document.getElementById('status-faq-import')?.textContent === 'Imported 3 questions.');
    rmSync(join(downloads, 'questions.json'), { force: true });
    await page.click('#faq-export-json');
    const saved = await waitForDownload('questions.json');
    assert.deepEqual(JSON.parse(saved), items);
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign, ...log.writes], []);
    await page.close();
  });

  it('saving the settings and opening them again, or opening the settings link, gives back the same code', async () => {
    const { page, log } = await openBuilder();
    await page.click('#fill-sample');
    await page.click('#card-on');
    await page.click('#card-sample');
    await page.click('#brand-on');
    await page.click('#script-from-pinned');
    const code = await allCode(page);
    rmSync(join(downloads, 'clinic-widgets-settings.json'), { force: true });
    await page.click('#settings-save');
    const file = join(downloads, 'clinic-widgets-settings.json');
    await waitForDownload('clinic-widgets-settings.json');
    await page.click('#settings-link');
    await page.waitForFunction(() => document.getElementById('status-settings')?.textContent === 'Copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /\/builder\/#s=[\w-]+$/, 'the settings travel in the fragment, never sent to a server');
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign, ...log.writes], []);
    await page.close();

    const fresh = await openBuilder();
    await (await fresh.page.$('#settings-open')).uploadFile(file);
    await fresh.page.waitForFunction(() => document.getElementById('status-settings')?.textContent === 'Settings opened.');
    assert.deepEqual(await allCode(fresh.page), code, 'the file gives back the same code');
    await fresh.page.close();

    const linked = await openBuilder({ hash: link.slice(link.indexOf('#')) });
    await linked.page.waitForFunction(() => document.getElementById('clinic-name')?.value !== '');
    assert.deepEqual(await allCode(linked.page), code, 'the link gives back the same code');
    assert.deepEqual([...linked.log.console, ...linked.log.errors, ...linked.log.foreign], []);
    await linked.page.close();
  });

  it('a settings file or link that is not one gives a message, and the builder keeps working', async () => {
    const bad = join(downloads, 'not-settings.json');
    writeFileSync(bad, '{"clinic": {"name": "<script>window.__pwned=1</script>"}}');
    const { page, log } = await openBuilder({ hash: '#s=not-really-settings' });
    await page.waitForFunction(() => document.getElementById('status-settings')?.textContent !== '');
    assert.match(await page.$eval('#status-settings', (el) => el.textContent), /could not be read/);
    await (await page.$('#settings-open')).uploadFile(bad);
    await page.waitForFunction(() => /not a settings file/.test(document.getElementById('status-settings')?.textContent));
    await paste(page, '#clinic-name', 'Still working');
    assert.match((await allCode(page)).provider, /name="Still working"/);
    assert.deepEqual([...log.console, ...log.errors], []);
    await page.close();
  });
});

/** Waits for a file the builder downloaded; returns its text. */
async function waitForDownload(name) {
  for (let i = 0; i < 50; i++) {
    if (readdirSync(downloads).includes(name)) return readFileSync(join(downloads, name), 'utf8');
    await pause(100);
  }
  throw new Error(`${name} was not downloaded`);
}

describe('the pre-upgrade CSS', () => {
  for (const crisis of ['card', 'banner', 'inline']) {
    it(`keeps a pasted page still when the script arrives 800 ms late (crisis support as ${crisis})`, async () => {
      const { page: builder } = await openBuilder();
      await builder.click('#fill-sample');
      await builder.click('#card-on');
      await builder.click('#card-sample');
      await builder.click(`#crisis-variant-${crisis}`);
      // What only the script shows above the questions, kept room for by the pre-upgrade CSS.
      await builder.type('#faq-title', 'Questions about ketamine');
      await builder.click('#faq-searchable');
      await builder.click('#faq-toggle-all');
      const code = await allCode(builder);
      assert.match(code.faq, /<clinic-faq heading="Questions about ketamine" searchable toggle-all/);
      await builder.close();
      const path = pastePage(`/pasted/still-${crisis}/`, {
        script: code.script,
        css: code.css,
        // An inline sentence goes in a paragraph, as on a page; the others stand on their own.
        widgets: [crisis === 'inline' ? `<p>${code.crisis}</p>` : code.crisis, code.book, '<h2>Questions</h2>', code.faq, code.card],
        provider: code.provider,
      });
      for (const width of [1280, 375]) {
        const page = await browser.newPage();
        // The whole page in the viewport, so a shift anywhere counts.
        await page.setViewport({ width, height: 6000 });
        await page.evaluateOnNewDocument(() => {
          window.__shift = 0;
          new window.PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await gotoWithScriptHeldBack(page, strict.origin + path, { script: /\/clinic-widgets\.js$/ });
        await page.waitForFunction(() => window.customElements.get('clinic-faq'));
        await settled(page);
        await describeWidgets(page);
        const shift = await page.evaluate(() => window.__shift);
        assert.ok(shift < 0.01, `cumulative layout shift ${shift.toFixed(4)} at ${width} px (under 0.01)`);
        assert.deepEqual(await movedBoxes(page), [], `the words stay where they were at ${width} px`);
        await page.close();
      }
    });
  }
});

describe('late insertion, as Google Tag Manager does it', () => {
  // What a tag manager does with a Custom HTML tag after the page has loaded: parse it, recreate its
  // scripts so they run, and append it all to the body.
  const tagManager = (customHtml) => `const CUSTOM_HTML = ${JSON.stringify(customHtml)};
  addEventListener('load', () => setTimeout(() => {
    const holder = document.createElement('div');
    holder.innerHTML = CUSTOM_HTML;
    for (const old of holder.querySelectorAll('script')) {
      const script = document.createElement('script');
      for (const attribute of old.attributes) script.setAttribute(attribute.name, attribute.value);
      old.replaceWith(script);
    }
    document.body.append(...holder.childNodes);
    window.__inserted = true;
  }, 300));`;

  for (const [label, classic, widgetsInPage] of [
    ['classic script and provider by the tag manager, widgets in the page', true, true],
    ['module script, provider and widgets all by the tag manager', false, false],
  ]) {
    it(`upgrades everything: ${label}`, async () => {
      const { page: builder } = await openBuilder();
      await builder.click('#fill-sample');
      if (classic) await builder.click('#script-classic');
      const code = await allCode(builder);
      await builder.close();
      const script = code.script.replace(CDN, '/dist/');
      const tag = [script, code.provider, ...(widgetsInPage ? [] : [code.book, code.faq, code.crisis])].join('\n');
      const path = `/gtm/${classic ? 'classic' : 'module'}/`;
      pages[`${path}manager.js`] = { body: tagManager(tag), type: 'text/javascript; charset=utf-8' };
      pages[path] = {
        body:
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tag manager</title><script src="${path}manager.js"></script></head>` +
          `<body><main>${widgetsInPage ? [code.book, code.faq, code.crisis].join('\n') : ''}</main></body></html>`,
      };
      const { page, log } = await openPage(browser, server.origin);
      await page.goto(server.origin + path, { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => !!window.customElements.get('clinic-faq')), false, 'nothing is defined at load');
      await page.waitForFunction(() => window.__inserted && window.customElements.get('clinic-faq'));
      await settled(page);
      await describeWidgets(page);
      const state = await page.evaluate(() => ({
        rendered: ['clinic-book-button', 'clinic-faq', 'clinic-crisis-support'].filter(
          (t) => document.querySelector(t)?.shadowRoot?.childNodes.length,
        ),
        // Office hours come only from the provider: their line shows that it reached the button.
        status: document.querySelector('clinic-book-button')?.shadowRoot?.querySelector('[part~="status"]')?.textContent ?? '',
      }));
      assert.deepEqual(state.rendered, ['clinic-book-button', 'clinic-faq', 'clinic-crisis-support']);
      assert.match(state.status, /^(Open now · closes|Closed · opens) /, 'the late provider reaches the booking button');
      await page.evaluate(() => document.querySelector('clinic-faq').shadowRoot.querySelector('[aria-expanded="false"]').click());
      await settled(page);
      assert.equal(
        await page.evaluate(() => !!document.querySelector('clinic-faq').shadowRoot.querySelector('[aria-expanded="true"]')),
        true,
      );
      assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
      await page.close();
    });
  }
});

describe('the builder page', () => {
  for (const [scheme, ui] of [
    ['light', 'en'],
    ['dark', 'es'],
  ]) {
    it(`has no axe violations, fresh and with every widget and messages showing (${scheme}, ${ui})`, async () => {
      const { page, log } = await openBuilder();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      if (ui === 'es') await page.click('#ui-language');
      assert.deepEqual(await axe(page), [], 'fresh');
      await page.click('#fill-sample');
      await page.click('#card-on');
      await page.click('#card-sample');
      await page.click('#brand-on');
      await paste(page, '#clinic-brand', '#7fd3da');
      await paste(page, '#clinic-phone', 'not a phone');
      await paste(page, '#faq-0-id', 'has spaces');
      await page.click('.import summary');
      await page.click('#copy-provider');
      await page.waitForSelector('#brand-warning');
      assert.deepEqual(await axe(page), [], 'filled in, with a contrast warning and messages beside fields');
      // The preview shows the colour as chosen: with the offered shade, the widgets pass too.
      await page.click('#brand-warning button');
      if (scheme === 'dark') await page.click('#preview-dark');
      const frame = await previewSettled(page);
      assert.deepEqual(await axe(frame), [], 'the preview');
      assert.deepEqual([...log.console, ...log.errors, ...log.violations], []);
      await page.close();
    });
  }

  it('without clipboard access (a page served over plain http), selects the code and says how to copy it', async () => {
    const { page, log } = await openPage(browser, server.origin);
    await page.evaluateOnNewDocument(() => Object.defineProperty(window.Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(`${server.origin}/builder/`, { waitUntil: 'load' });
    await page.waitForSelector('#copy-script');
    await page.click('#copy-script');
    await page.waitForFunction(() => document.getElementById('status-copy-script')?.textContent !== '');
    assert.match(await page.$eval('#status-copy-script', (el) => el.textContent), /Select the code and press Ctrl\+C/);
    const selection = await page.$eval('#code-script', (area) => [
      document.activeElement === area,
      area.selectionStart,
      area.selectionEnd,
      area.value.length,
    ]);
    assert.deepEqual(selection, [true, 0, selection[3], selection[3]], 'the whole code is selected');
    assert.deepEqual([...log.console, ...log.errors], []);
    await page.close();
  });

  it('points WordPress sites to the plugin, downloadable from the builder’s own folder', async () => {
    const { page, log } = await openBuilder();
    const faq = await page.$('section[aria-labelledby="paste-heading"] clinic-faq');
    await faq.evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('[aria-expanded="false"]')].find((b) => b.textContent.includes('WordPress')).click(),
    );
    const link = await page.waitForSelector('#download-wordpress-plugin', { visible: true });
    assert.equal(await link.evaluate((a) => a.getAttribute('href')), 'clinic-widgets-wordpress.zip');
    const file = await page.evaluate(async (href) => {
      const response = await fetch(href);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, zip: bytes[0] === 0x50 && bytes[1] === 0x4b, size: bytes.length };
    }, 'clinic-widgets-wordpress.zip');
    assert.deepEqual({ status: file.status, zip: file.zip }, { status: 200, zip: true });
    assert.equal(file.size, statSync(join(root, 'dist/clinic-widgets-wordpress.zip')).size, 'the plugin the build packaged');
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    await page.close();
  });

  it('works at 320 px wide: nothing scrolls sideways', async () => {
    const { page } = await openBuilder({ width: 320 });
    await page.click('#fill-sample');
    await page.click('#card-on');
    await page.click('#card-sample');
    await page.click('.import summary');
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('#app *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => `${el.localName}#${el.id}`)
        .slice(0, 5),
    );
    assert.deepEqual(wide, []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
    await page.close();
  });

  it('requests nothing beyond its own origin, stores nothing, and its preview follows no link', async () => {
    const { page, log } = await openBuilder();
    await page.click('#fill-sample');
    const frame = await previewSettled(page);
    await frame.evaluate(() => document.querySelector('clinic-book-button').shadowRoot.querySelector('a[href^="https:"]').click());
    await frame.waitForFunction(() => document.getElementById('note').textContent.includes('https://example.com/book'));
    await frame.evaluate(() => document.querySelector('clinic-crisis-support a[href]')?.click());
    await pause(300);
    assert.match(frame.url(), /\/builder\/preview\.html$/, 'the preview stayed');
    assert.deepEqual(log.foreign, [], 'no request beyond the builder’s origin');
    assert.deepEqual(log.writes, [], 'no cookie or Web Storage write');
    assert.deepEqual(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
    assert.deepEqual([...log.console, ...log.errors, ...log.violations], []);
    await page.close();
  });
});
