// Print and forced colours (Windows High Contrast), on a clinic page built from the shipped drop-in and
// prelayout.css: what a visitor gets on paper, and that every state stays visible when the browser
// replaces the page's colours (emulated in Chromium, as DevTools' Rendering panel does).
/* global getComputedStyle, matchMedia, Event -- functions below run in the page */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { goto, htmlPage, launch, openPage, settled, startServer } from './helpers.mjs';

const FAQ = (appearance, extra = '') => `<clinic-faq appearance="${appearance}" ${extra}>
  <details id="${appearance}-what"><summary>What is ketamine?</summary><p>An anesthetic with antidepressant effects. <a href="https://example.com/ketamine">Read more</a></p></details>
  <details id="${appearance}-soon" open><summary>How soon does it work?</summary><p>Within hours for many patients.</p></details>
  <details id="${appearance}-feed"><summary>Can I breastfeed?</summary><p>Pump and discard for two days.</p></details>
</clinic-faq>`;

const PAGE = htmlPage({
  head: '<link rel="stylesheet" href="/dist/prelayout.css"><script type="module" src="/dist/clinic-widgets.js"></script>',
  body: `<main>
    <clinic-provider scope="page" name="Renew Wellness" phone="(480) 555-0123" booking-url="https://example.com/book"></clinic-provider>
    ${FAQ('plain', 'searchable toggle-all')}
    ${FAQ('divided')}
    ${FAQ('cards')}
    <clinic-faq id="data" appearance="divided"></clinic-faq>
    <clinic-treatment-card src="/content/ketamine-postpartum-depression.{lang}.json" variant="compact" no-booking>
      <h2 slot="heading">Ketamine infusion therapy</h2>
    </clinic-treatment-card>
    <clinic-book-button id="dialog" mode="dialog"></clinic-book-button>
    <clinic-crisis-support variant="banner"></clinic-crisis-support>
  </main>`,
});

/** Sets the data FAQ's questions: answers rendered by the element itself, one with a link. */
const fillData = (page) =>
  page.evaluate(() => {
    document.querySelector('#data').items = [
      { id: 'cost', question: 'What does it cost?', answer: 'See [our prices](https://example.com/prices).' },
      { id: 'where', question: 'Where is the clinic?', answer: 'In Gilbert, Arizona.' },
    ];
  });

describe('design: print and forced colours', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer({ pages: { '/design.html': { body: PAGE } } });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prints every answer, the card’s “Learn more” content and each link’s address; no dialog, no search box', async () => {
    const { page, log } = await openPage(browser, server.origin);
    await goto(page, server.origin + '/design.html');
    await fillData(page);
    // A visitor searched and opened the booking dialog before printing.
    await page.evaluate(() => {
      const input = document.querySelector('clinic-faq').shadowRoot.querySelector('input');
      input.value = 'breastfeed';
      input.dispatchEvent(new Event('input'));
      document.querySelector('#dialog').shadowRoot.querySelector('[part=button]').click();
    });
    await settled(page);
    assert.equal(await page.evaluate(() => document.querySelector('#dialog').shadowRoot.querySelector('dialog').open), true);
    await page.emulateMediaType('print');
    const printed = await page.evaluate(() => {
      const shown = (el) => !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
      const faqs = [...document.querySelectorAll('clinic-faq')];
      const card = document.querySelector('clinic-treatment-card').shadowRoot;
      const after = (a) => getComputedStyle(a, '::after').content;
      return {
        questions: faqs.flatMap((faq) => [...faq.shadowRoot.querySelectorAll('[part=question]')].map(shown)),
        pageAnswers: [...document.querySelectorAll('clinic-faq details > p')].map(shown),
        dataAnswers: [...document.querySelector('#data').shadowRoot.querySelectorAll('[part=answer] p')].map(shown),
        search: shown(faqs[0].shadowRoot.querySelector('[part=search]')),
        toggleAll: shown(faqs[0].shadowRoot.querySelector('[part=toggle-all]')),
        learnMore: [...card.querySelectorAll('[part=more] [part~=section], [part=more] [part=evidence]')].map(shown),
        dialog: shown(document.querySelector('#dialog').shadowRoot.querySelector('dialog')),
        crisisList: shown(document.querySelector('clinic-crisis-support').shadowRoot.querySelector('[part=list]')),
        links: {
          pageAnswer: after(document.querySelector('a[href="https://example.com/ketamine"]')),
          dataAnswer: after(document.querySelector('#data').shadowRoot.querySelector('a')),
          citation: after(card.querySelector('[part=citation] a')),
          crisisChat: after(document.querySelector('clinic-crisis-support').shadowRoot.querySelector('a[href^="https:"]')),
          call: after(document.querySelector('clinic-crisis-support').shadowRoot.querySelector('a[href^="tel:"]')),
        },
      };
    });
    assert.equal(printed.questions.length, 11);
    assert.ok(printed.questions.every(Boolean), 'every question, including those the search had filtered out');
    assert.deepEqual(printed.pageAnswers, Array(9).fill(true), 'every answer written in the page');
    assert.deepEqual(printed.dataAnswers, [true, true], 'every answer from data');
    assert.equal(printed.search, false, 'no search box');
    assert.equal(printed.toggleAll, false, 'no “Expand all”');
    assert.ok(printed.learnMore.length >= 2 && printed.learnMore.every(Boolean), 'the card’s “Learn more” sections and evidence');
    assert.equal(printed.dialog, false, 'no dialog');
    assert.equal(printed.crisisList, true, 'the banner’s full list of crisis lines');
    assert.equal(printed.links.pageAnswer, '" (https://example.com/ketamine)"');
    assert.equal(printed.links.dataAnswer, '" (https://example.com/prices)"');
    assert.match(printed.links.citation, /^" \(https:\/\/[^ ]+\)"$/);
    assert.equal(printed.links.crisisChat, '" (https://988lifeline.org/chat)"');
    assert.equal(printed.links.call, 'none', 'a phone link’s text is its number already');
    // And back on screen, the visitor's page is as it was: their search, the closed answers.
    await page.emulateMediaType('screen');
    const screen = await page.evaluate(() => ({
      search: document.querySelector('clinic-faq').shadowRoot.querySelector('input').value,
      closed: document.querySelector('#divided-what p').checkVisibility(),
    }));
    assert.deepEqual(screen, { search: 'breastfeed', closed: false });
    assert.deepEqual([...log.console, ...log.errors], []);
    await page.close();
  });

  it('keeps every state visible in forced colours: closed and open questions, rules, cards, focus, the current item', async () => {
    const { page, log } = await openPage(browser, server.origin);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    await goto(page, server.origin + '/design.html');
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    // A question reached with the keyboard, so its focus ring shows.
    await page.focus('body');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const faqs = Object.fromEntries(
        [...document.querySelectorAll('clinic-faq[id]:not(#data), clinic-faq')].map((f) => [
          f.getAttribute('appearance') + (f.id == 'data' ? '-data' : ''),
          f,
        ]),
      );
      // The system's background colour, as forced colours paint it.
      const swatch = document.body.appendChild(document.createElement('i'));
      swatch.style.color = 'Canvas';
      const canvas = getComputedStyle(swatch).color;
      const icon = (faq, open) => {
        const button = faq.shadowRoot.querySelector(`[aria-expanded=${open}]`);
        const s = getComputedStyle(button.querySelector('[part=icon]'));
        return {
          size: [s.width, s.height].join(' '),
          look: [s.backgroundImage, s.borderTopWidth, s.borderInlineStartWidth, s.borderTopColor, s.borderLeftColor].join(' | '),
          // What the icon is drawn in: its visible borders (plain), or its colour (the chevron's gradients).
          ink: s.backgroundImage == 'none' ? [s.borderTopColor, s.borderLeftColor].filter((c) => !/^rgba\(.*, 0\)$/.test(c)) : [s.color],
          text: getComputedStyle(button).color,
        };
      };
      const focused = (() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const s = getComputedStyle(el);
        return { part: el.getAttribute('part'), style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor };
      })();
      // An element built on the library's tokens (as <clinic-hours> is) marking today's row.
      const probe = document.createElement('div');
      document.body.append(probe);
      const root = probe.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [faqs.plain.shadowRoot.adoptedStyleSheets[0]];
      root.innerHTML = '<table><tr><td>Monday</td></tr><tr aria-current="date"><td>Tuesday</td></tr></table>';
      const today = getComputedStyle(root.querySelector('[aria-current]'));
      const divided = faqs.divided.shadowRoot.querySelector('[role=heading]');
      const card = faqs.cards.shadowRoot.querySelector('[part=question]');
      return {
        canvas,
        plain: { closed: icon(faqs.plain, false), open: icon(faqs.plain, true) },
        divided: { closed: icon(faqs.divided, false), open: icon(faqs.divided, true) },
        cards: { closed: icon(faqs.cards, false), open: icon(faqs.cards, true) },
        rule: [getComputedStyle(divided).borderTopWidth, getComputedStyle(divided).borderTopColor],
        card: [getComputedStyle(card).borderTopWidth, getComputedStyle(card).borderTopColor],
        focused,
        today: [today.outlineStyle, today.outlineWidth, today.outlineColor],
      };
    });
    for (const appearance of ['plain', 'divided', 'cards']) {
      const { closed, open } = seen[appearance];
      assert.notEqual(closed.look, open.look, `${appearance}: an open question's icon differs from a closed one's`);
      for (const [state, icon] of Object.entries({ closed, open })) {
        assert.notEqual(icon.size, '0px 0px', `${appearance} ${state}: the icon has a size`);
        assert.deepEqual(icon.ink, [icon.text], `${appearance} ${state}: the icon is drawn in the question's system colour`);
        assert.notEqual(icon.text, seen.canvas, `${appearance} ${state}: which shows against the background`);
      }
    }
    assert.equal(seen.rule[0], '1px', 'divided: the rule stays');
    assert.notEqual(seen.rule[1], seen.canvas, 'divided: the rule shows against the background');
    assert.equal(seen.card[0], '1px', 'cards: the card border stays');
    assert.notEqual(seen.card[1], seen.canvas, 'cards: the card border shows');
    assert.equal(seen.focused.part, 'question', 'the keyboard reached a question');
    assert.deepEqual([seen.focused.style, seen.focused.width], ['solid', '2px'], 'focus ring');
    assert.notEqual(seen.focused.color, seen.canvas, 'the focus ring shows against the background');
    assert.deepEqual(seen.today.slice(0, 2), ['solid', '2px'], 'the current item is outlined');
    assert.notEqual(seen.today[2], seen.canvas, 'and its outline shows');
    assert.deepEqual([...log.console, ...log.errors], []);
    await page.close();
  });
});
