// The shipped drop-in, whose build leaves out the parts of Lit the library does not use
// (rollup.config.mjs), runs each element's features: the browser tests (test/*.test.ts) run the
// sources with all of Lit, so this is where the trimmed runtime is held to the same behaviour.
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
<clinic-crisis-support></clinic-crisis-support>
</main>`,
});

describe('the drop-in’s trimmed Lit runs every element', () => {
  it('FAQ: search, expand all, single mode, text-only data answers, JSON-LD; card, button and crisis render', async () => {
    await withBrowser({ pages: { '/features.html': { body: PAGE } } }, async ({ browser, origin }) => {
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

      // The other elements render from the trimmed runtime too.
      const text = (tag) => page.evaluate((t) => document.querySelector(t).shadowRoot.textContent.replace(/\s+/g, ' '), tag);
      assert.match(await text('clinic-treatment-card'), /Ketamine/);
      assert.match(await text('clinic-book-button'), /Book/);
      assert.match(await text('clinic-crisis-support'), /988/);
      assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    });
  });
});
