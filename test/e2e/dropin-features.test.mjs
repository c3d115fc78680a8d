// The shipped drop-in on a plain page, in Chromium through puppeteer: each element's main features,
// the booking dialog included. (The browser suite runs every element's behaviour tests against the
// drop-in in all three engines too: TEST_MODE=dist in web-test-runner.config.mjs.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { goto, htmlPage, openPage, settled, withBrowser } from './helpers.mjs';

const ITEMS = [
  { id: 'cesarea', question: '¿Puedo recibirlo después de una cesárea?', answer: 'Sí, tras la **recuperación**.' },
  {
    question: 'Is it safe?',
    answer: 'Given under supervision.\n\n- monitored\n- [call us](tel:+14805550123)\n- [bad](javascript:alert(1))',
  },
];

const PAGE = htmlPage({
  title: 'Drop-in features',
  head: '<script type="module" src="/dist/clinic-widgets.js"></script>',
  body: `<main>
<clinic-faq id="plain" heading="Questions" searchable toggle-all structured-data>
  <p>Intro.</p>
  <details id="what"><summary>What is ketamine?</summary><p>An anesthetic. <a href="https://example.com/k">Read more</a></p></details>
  <details id="soon" open><summary>How soon does it work?</summary><p>Within hours.</p></details>
</clinic-faq>
<clinic-faq id="data" single></clinic-faq>
<clinic-treatment-card src="/content/ketamine-postpartum-depression.en.json"></clinic-treatment-card>
<clinic-book-button href="https://example.com/book" phone="(480) 555-0123" hours="24/7"></clinic-book-button>
<clinic-book-button id="dialog" mode="dialog" href="/scheduler.html">Book a visit</clinic-book-button>
<clinic-crisis-support></clinic-crisis-support>
</main>`,
});

const SCHEDULER = htmlPage({ title: 'Scheduler', body: '<main><h1>Pick a time</h1></main>' });

describe('the shipped drop-in runs every element', () => {
  it('FAQ: search, expand all, single mode, text-only data answers, JSON-LD; booking dialog; card, button and crisis render', async () => {
    await withBrowser(
      { pages: { '/features.html': { body: PAGE }, '/scheduler.html': { body: SCHEDULER } } },
      async ({ browser, origin }) => {
        const { page, log } = await openPage(browser, origin);
        await goto(page, origin + '/features.html');
        await page.evaluate((items) => (document.querySelector('#data').items = items), ITEMS);
        await settled(page);
        const faq = (id, fn, arg) =>
          page.evaluate(
            (i, f, a) => new Function('root', 'host', 'arg', f)(document.getElementById(i).shadowRoot, document.getElementById(i), a),
            id,
            fn,
            arg,
          );

        // Light DOM: the intro above, questions as buttons in headings, the open one open.
        assert.deepEqual(
          await faq(
            'plain',
            `return [...root.querySelectorAll('[role=heading] > [part=question]')].map((b) => b.getAttribute('aria-expanded'))`,
          ),
          ['false', 'true'],
        );
        // Search, accent- and case-insensitive, with its live count.
        await faq('plain', `const i = root.querySelector('input'); i.value = 'KETAMINE'; i.dispatchEvent(new Event('input'));`);
        await settled(page);
        assert.equal(await faq('plain', `return root.querySelector('[role=status]').textContent.trim()`), '1 question matches');
        assert.equal(
          await faq('plain', `return [...root.querySelectorAll('[part=question]')].filter((b) => b.getClientRects().length).length`),
          1,
        );
        await faq('plain', `const i = root.querySelector('input'); i.value = ''; i.dispatchEvent(new Event('input'));`);
        // Expand all opens the page's own details.
        await faq('plain', `root.querySelector('[part=toggle-all]').click()`);
        await settled(page);
        assert.equal(await page.evaluate(() => document.getElementById('what').open), true);
        assert.equal(await faq('plain', `return root.querySelector('[part=toggle-all]').textContent.trim()`), 'Collapse all');
        // JSON-LD for the page's questions.
        const ld = JSON.parse(await page.evaluate(() => document.querySelector('#plain script[type="application/ld+json"]').textContent));
        assert.deepEqual(
          ld.mainEntity.map((q) => q.name),
          ['What is ketamine?', 'How soon does it work?'],
        );

        // Data answers: Markdown subset as DOM, the javascript: link inert; single mode.
        await faq('data', `root.querySelectorAll('[part=question]')[1].click()`);
        await settled(page);
        const answer = await faq(
          'data',
          `const p = root.getElementById(root.querySelectorAll('[part=question]')[1].getAttribute('aria-controls')); return { li: p.querySelectorAll('li').length, hrefs: [...p.querySelectorAll('a')].map((a) => a.getAttribute('href')) }`,
        );
        assert.deepEqual(answer, { li: 3, hrefs: ['tel:+14805550123'] });
        await faq('data', `root.querySelectorAll('[part=question]')[0].click()`);
        await settled(page);
        assert.deepEqual(
          await faq('data', `return [...root.querySelectorAll('[part=question]')].map((b) => b.getAttribute('aria-expanded'))`),
          ['true', 'false'],
        );

        // Dialog mode: the booking page in a modal dialog, by keyboard; Escape closes it and focus returns.
        await page.evaluate(() => document.getElementById('dialog').shadowRoot.querySelector('[part=button]').focus());
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.getElementById('dialog').shadowRoot.querySelector('dialog').open);
        const frame = await page.evaluate(() => {
          const iframe = document.getElementById('dialog').shadowRoot.querySelector('dialog iframe');
          return {
            src: iframe.getAttribute('src'),
            title: iframe.title,
            modal: document.getElementById('dialog').shadowRoot.querySelector('dialog:modal') !== null,
          };
        });
        assert.deepEqual(frame, { src: `${origin}/scheduler.html`, title: 'Book a visit', modal: true });
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.getElementById('dialog').shadowRoot.querySelector('dialog').open);
        assert.equal(
          await page.evaluate(() => document.getElementById('dialog').shadowRoot.activeElement?.getAttribute('part')),
          'button',
          'focus returns to the button',
        );

        // The other elements render too.
        const text = (tag) => page.evaluate((t) => document.querySelector(t).shadowRoot.textContent.replace(/\s+/g, ' '), tag);
        assert.match(await text('clinic-treatment-card'), /Ketamine/);
        assert.match(await text('clinic-book-button'), /Book/);
        assert.match(await text('clinic-crisis-support'), /988/);
        assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
      },
    );
  });
});
