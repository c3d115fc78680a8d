// The embedding guide's snippets (docs/embedding.md), run as written: drop-in with SRI, plain HTML,
// WordPress blocks, analytics events and the strict Content-Security-Policy.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  clickInShadow,
  goto,
  htmlPage,
  isDefined,
  movedBoxes,
  openPage,
  recordBoxesBeforeUpgrade,
  root,
  settled,
  shadowText,
  snippet,
  withBrowser,
} from './helpers.mjs';

const sri = JSON.parse(readFileSync(join(root, 'dist/sri.json'), 'utf8'));
const CLINIC =
  '<clinic-provider scope="page" name="Renew Wellness" phone="(480) 555-0123" booking-url="https://example.com/book" ' +
  'hours="Mo-Fr 08:00-17:00; Sa 09:00-12:00" timezone="America/Phoenix"></clinic-provider>';
const BOOK = '<clinic-book-button><a href="https://example.com/book">Book an appointment</a></clinic-book-button>';

/** The snippet's script, pointed at this build with this build's integrity value (or a wrong one). */
function dropIn(name, file, hash = sri[file]) {
  return snippet(name).replace(`/js/${file}`, `/dist/${file}`).replace('sha384-…', hash);
}

describe('drop-in with Subresource Integrity', () => {
  for (const [name, file] of [
    ['dropin-module', 'clinic-widgets.js'],
    ['dropin-classic', 'clinic-widgets.iife.js'],
  ]) {
    it(`${name}: runs with the integrity value the build printed`, async () => {
      const pages = { '/page.html': { body: htmlPage({ head: dropIn(name, file), body: `<main>${CLINIC}${BOOK}</main>` }) } };
      await withBrowser({ pages }, async ({ browser, origin }) => {
        const { page, log } = await openPage(browser, origin);
        await goto(page, origin + '/page.html');
        assert.equal(await isDefined(page, 'clinic-provider'), true);
        assert.equal(await isDefined(page, 'clinic-book-button'), true, '<clinic-book-button> defined');
        assert.deepEqual([...log.console, ...log.errors], []);
      });
    });

    it(`${name}: is refused when the file does not match, and the page still shows its HTML`, async () => {
      const wrong = `sha384-${Buffer.alloc(48, 1).toString('base64')}`;
      const pages = { '/page.html': { body: htmlPage({ head: dropIn(name, file, wrong), body: `<main>${CLINIC}${BOOK}</main>` }) } };
      await withBrowser({ pages }, async ({ browser, origin }) => {
        const { page, log } = await openPage(browser, origin);
        await goto(page, origin + '/page.html', { settle: false });
        assert.equal(await isDefined(page, 'clinic-provider'), false);
        assert.ok(
          log.console.some((m) => /integrity/i.test(m)),
          'the browser reports the integrity failure',
        );
        assert.equal(await page.$eval('a', (a) => a.href), 'https://example.com/book');
      });
    });
  }
});

describe('drop-in from a CDN address', () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const minor = version.split('.').slice(0, 2).join('.');
  // The CDN address mapped to this build on the page's own origin: nothing leaves the machine.
  const mapped = (name, hash) =>
    snippet(name)
      .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/clinic-widgets@[\d.]+\/dist\//, '/dist/')
      .replace('sha384-…', hash);

  it(`dropin-cdn: follows bug-fix releases of ${minor}, carries no integrity hash, and runs`, async () => {
    assert.match(snippet('dropin-cdn'), new RegExp(`clinic-widgets@${minor.replace('.', '\\.')}/dist/clinic-widgets\\.js"`));
    assert.doesNotMatch(snippet('dropin-cdn'), /integrity/);
    const pages = { '/page.html': { body: htmlPage({ head: mapped('dropin-cdn'), body: `<main>${CLINIC}${BOOK}</main>` }) } };
    await withBrowser({ pages }, async ({ browser, origin }) => {
      const { page, log } = await openPage(browser, origin);
      await goto(page, origin + '/page.html');
      assert.equal(await isDefined(page, 'clinic-book-button'), true);
      assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    });
  });

  it(`dropin-pinned: names exactly ${version} and runs with the integrity value the build printed`, async () => {
    assert.match(snippet('dropin-pinned'), new RegExp(`clinic-widgets@${version.replace(/\./g, '\\.')}/dist/clinic-widgets\\.js"`));
    const pages = {
      '/page.html': { body: htmlPage({ head: mapped('dropin-pinned', sri['clinic-widgets.js']), body: `<main>${CLINIC}${BOOK}</main>` }) },
    };
    await withBrowser({ pages }, async ({ browser, origin }) => {
      const { page, log } = await openPage(browser, origin);
      await goto(page, origin + '/page.html');
      assert.equal(await isDefined(page, 'clinic-book-button'), true);
      assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    });
  });
});

describe('plain HTML snippet', () => {
  it('upgrades the FAQ and booking button and shares the provider’s details', async () => {
    const body = snippet('plain-html')
      .replace('/js/clinic-widgets.js', '/dist/clinic-widgets.js')
      .replace('/css/prelayout.css', '/dist/prelayout.css');
    await withBrowser({ pages: { '/plain.html': { body } } }, async ({ browser, origin }) => {
      const { page, log } = await openPage(browser, origin);
      await goto(page, origin + '/plain.html');
      assert.match(await shadowText(page, 'clinic-faq'), /How soon does ketamine work\?/);
      await clickInShadow(page, 'clinic-faq', '[aria-expanded="false"]');
      await settled(page);
      assert.equal(
        await page.evaluate(() => document.querySelector('clinic-faq').shadowRoot.querySelector('[aria-expanded="true"]') !== null),
        true,
      );
      // The booking button dials the provider's phone, in E.164.
      const hrefs = await page.evaluate(() =>
        [...document.querySelector('clinic-book-button').shadowRoot.querySelectorAll('a[href]')].map((a) => a.href),
      );
      assert.ok(hrefs.includes('https://example.com/book'), `online booking: ${hrefs}`);
      assert.ok(hrefs.includes('tel:+14805550123'), `call action from the provider: ${hrefs}`);
      assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    });
  });
});

describe('prelayout.css, as the README and the guide link it', () => {
  // Every widget in its light-DOM form, each FAQ appearance, the card and a button with office hours
  // from a page-wide provider: the script held back 800 ms, nothing may move when it arrives.
  const WIDGETS = (appearance) => `<clinic-faq appearance="${appearance}">
      <p>Answers from our clinicians.</p>
      <details id="${appearance}-what"><summary>What is ketamine and how does it combat depression?</summary><p>An anesthetic.</p></details>
      <details id="${appearance}-soon" open><summary>How soon does it work?</summary><p>Within hours.</p></details>
      <details id="${appearance}-feed"><summary>Can I breastfeed? (<span lang="es">lactancia</span>)</summary><p>Ask us.</p></details>
    </clinic-faq>`;
  const BODY = `<main style="max-width: 40rem">${CLINIC}
    ${WIDGETS('plain')}${WIDGETS('divided')}${WIDGETS('cards')}
    <clinic-treatment-card no-booking><h2 slot="heading">Ketamine infusion therapy</h2>
      <p slot="summary">An anesthetic medication with antidepressant effects.</p>
      <dl slot="facts"><div><dt>Given as</dt><dd>IV infusion</dd></div></dl>
      <p slot="disclaimer">General information, not medical advice.</p></clinic-treatment-card>
    <p><clinic-book-button><a href="https://example.com/book">Book an appointment</a><a href="tel:+14805550123">or call (480) 555-0123</a></clinic-book-button></p>
    <p id="after">After the widgets.</p></main>`;

  for (const [name, head] of [
    [
      'README “Use it on a clinic’s page”',
      () =>
        snippet('use', 'README.md')
          .replace(/https:\/\/your-cdn\.example\//g, '/dist/')
          .split('\n<clinic-provider')[0],
    ],
    [
      'the guide’s plain HTML page',
      () => /<head>([\s\S]*)<\/head>/.exec(snippet('plain-html'))[1].replace('/js/', '/dist/').replace('/css/', '/dist/'),
    ],
  ]) {
    it(`${name}: nothing moves when the script arrives 800 ms late, at line heights 1 and 1.5`, async () => {
      const html = head();
      assert.match(html, /<link rel="stylesheet" href="\/dist\/prelayout\.css">/);
      for (const lineHeight of [1, 1.5]) {
        const pages = {
          '/late.html': { body: htmlPage({ head: `${html}<style>body { font: 16px/${lineHeight} sans-serif }</style>`, body: BODY }) },
        };
        await withBrowser({ pages }, async ({ browser, origin }) => {
          const { page, log } = await openPage(browser, origin);
          await page.setViewport({ width: 800, height: 4000 });
          page.on('request', (request) => request.url().endsWith('/dist/clinic-widgets.js') && (request.__late = true));
          await page.evaluateOnNewDocument(() => {
            // Whether the first frame painted the plain HTML, before the script defined anything.
            window.requestAnimationFrame(() => (window.__firstFrameDefined = !!window.customElements.get('clinic-faq')));
            window.__shift = 0;
            window.__sources = [];
            new window.PerformanceObserver((list) => {
              for (const entry of list.getEntries()) {
                window.__shift += entry.value;
                for (const source of entry.sources ?? []) window.__sources.push(source.node?.nodeName ?? '?');
              }
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await recordBoxesBeforeUpgrade(page);
          // Hold the drop-in back: the page renders from its HTML and prelayout.css first.
          const client = await page.createCDPSession();
          await client.send('Fetch.enable', { patterns: [{ urlPattern: '*clinic-widgets.js*', requestStage: 'Request' }] });
          client.on('Fetch.requestPaused', ({ requestId }) =>
            setTimeout(() => client.send('Fetch.continueRequest', { requestId }).catch(() => {}), 800),
          );
          await goto(page, origin + '/late.html');
          const { shift, sources, defined, early } = await page.evaluate(() => ({
            shift: window.__shift,
            sources: window.__sources,
            defined: !!window.customElements.get('clinic-faq'),
            early: window.__firstFrameDefined,
          }));
          assert.deepEqual([early, defined], [false, true], 'painted before the script, upgraded after');
          assert.equal(shift, 0, `layout shift ${shift} at line height ${lineHeight} (moved: ${sources.join(', ')})`);
          assert.deepEqual(await movedBoxes(page), [], `line height ${lineHeight}`);
          assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
        });
      }
    });
  }
});

describe('WordPress Custom HTML blocks', () => {
  it('serves widgets in separate blocks from a page-scope provider in the footer', async () => {
    const setup = snippet('wordpress-setup')
      .replace('/wp-content/uploads/clinic-widgets.js', '/dist/clinic-widgets.js')
      .replace('/wp-content/uploads/prelayout.css', '/dist/prelayout.css');
    // The markup a block theme writes around Custom HTML blocks (which add no wrapper of their own).
    const body = `
      <div class="wp-site-blocks">
        <header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">Renew Wellness</a></p></header>
        <main class="wp-block-group"><div class="entry-content wp-block-post-content">
          <h1 class="wp-block-post-title">Ketamine infusion therapy</h1>
          <p>Ketamine works within hours in most cases.</p>
          ${snippet('wordpress-book')}
          <h2 class="wp-block-heading">Questions</h2>
          ${snippet('wordpress-faq')}
        </div></main>
        <footer class="wp-block-template-part"><div class="wp-block-group">${setup}<p>© Renew Wellness</p></div></footer>
      </div>`;
    await withBrowser({ pages: { '/wp.html': { body: htmlPage({ title: 'WordPress page', body }) } } }, async ({ browser, origin }) => {
      const { page, log } = await openPage(browser, origin);
      await goto(page, origin + '/wp.html');
      const hrefs = await page.evaluate(() =>
        [...document.querySelector('clinic-book-button').shadowRoot.querySelectorAll('a[href]')].map((a) => a.href),
      );
      assert.ok(hrefs.includes('tel:+14805550123'), `the footer provider reaches the button above it: ${hrefs}`);
      assert.match(await shadowText(page, 'clinic-faq'), /Can I breastfeed during treatment\?/);
      assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    });
  });
});

describe('theming snippets', () => {
  it('custom properties and ::part rules restyle the widgets', async () => {
    const pages = {
      '/theme.html': {
        body: htmlPage({
          head: '<link rel="stylesheet" href="/theme.css"><script type="module" src="/dist/clinic-widgets.js"></script>',
          body: `<main>${CLINIC}<clinic-faq><details><summary>How soon does ketamine work?</summary><p>Within hours.</p></details></clinic-faq>${BOOK}</main>`,
        }),
      },
      '/theme.css': { body: `${snippet('theme')}\n${snippet('theme-parts')}`, type: 'text/css; charset=utf-8' },
    };
    await withBrowser({ pages }, async ({ browser, origin }) => {
      const { page, log } = await openPage(browser, origin);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      await goto(page, origin + '/theme.html');
      const look = await page.evaluate(() => {
        const button = document.querySelector('clinic-book-button').shadowRoot.querySelector('[part~="button"]');
        const question = document.querySelector('clinic-faq').shadowRoot.querySelector('[part~="question"]');
        const b = window.getComputedStyle(button);
        return {
          background: b.backgroundColor,
          radius: b.borderTopLeftRadius,
          transform: b.textTransform,
          weight: window.getComputedStyle(question).fontWeight,
        };
      });
      // The brand colour, accessible as it is, is the button's colour exactly (computed as a derived colour).
      const [r, g, b] = look.background.match(/[\d.]+/g).map(Number);
      const srgb = (c) => Math.round((c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055) * 255);
      assert.match(look.background, /^color\(srgb-linear /);
      assert.deepEqual([srgb(r), srgb(g), srgb(b)], [13, 92, 99]);
      assert.deepEqual(
        { ...look, background: undefined },
        { background: undefined, radius: '12px', transform: 'uppercase', weight: '700' },
      );
      assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    });
  });
});

describe('analytics snippet', () => {
  it('sends only the FAQ id and the booking method to the site’s own endpoint', async () => {
    const body = `<main>${CLINIC}
      <clinic-faq><details id="how-soon"><summary>How soon does ketamine work?</summary><p>Within hours in most cases.</p></details></clinic-faq>
      ${BOOK}</main>`;
    const pages = {
      '/analytics.html': {
        body: htmlPage({
          head: '<script type="module" src="/dist/clinic-widgets.js"></script><script src="/analytics.js"></script><script src="/own-scheduler.js"></script>',
          body,
        }),
      },
      '/analytics.js': { body: snippet('analytics') },
      // The page opens its own scheduler instead of navigating (the documented use of preventDefault).
      '/own-scheduler.js': { body: "document.addEventListener('clinic-book', (e) => e.preventDefault());" },
    };
    await withBrowser({ pages }, async ({ browser, origin, beacons }) => {
      const { page, log } = await openPage(browser, origin);
      await goto(page, origin + '/analytics.html');
      await clickInShadow(page, 'clinic-faq', '[aria-expanded="false"]');
      await settled(page);
      await clickInShadow(page, 'clinic-book-button', 'a[href^="https:"], button');
      for (let i = 0; i < 20 && beacons.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(
        beacons.map((b) => JSON.parse(b)),
        [
          { name: 'faq_open', faq: 'how-soon' },
          { name: 'book_start', method: 'online' },
        ],
      );
      assert.equal(page.url(), origin + '/analytics.html', 'preventDefault kept the visitor on the page');
      assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    });
  });
});

describe('strict Content-Security-Policy', () => {
  const line = snippet('csp');
  const name = line.slice(0, line.indexOf(':'));
  const value = line.slice(name.length + 1).trim();
  assert.equal(name, 'Content-Security-Policy');

  for (const path of ['/', '/demo/es/']) {
    it(`runs the demo page ${path} with no violation, Trusted Types enforced`, async () => {
      await withBrowser({ headers: { [name]: value } }, async ({ browser, origin }) => {
        const { page, log } = await openPage(browser, origin);
        await goto(page, origin + path);
        assert.ok(await page.evaluate(() => window.trustedTypes !== undefined));
        for (const tag of ['clinic-faq', 'clinic-treatment-card', 'clinic-book-button', 'clinic-crisis-support']) {
          assert.ok(
            await page.evaluate((t) => (document.querySelector(t)?.shadowRoot?.childNodes.length ?? 0) > 0, tag),
            `${tag} rendered`,
          );
        }
        // Interact: every FAQ answer opens (templates render under the policy).
        await page.evaluate(() =>
          document
            .querySelector('clinic-faq')
            .shadowRoot.querySelectorAll('[aria-expanded="false"]')
            .forEach((b) => b.click()),
        );
        await settled(page);
        // The structured data went through the `clinic-widgets` policy.
        const jsonLd = await page.$$eval('script[type="application/ld+json"]', (s) => s.map((x) => JSON.parse(x.textContent)));
        const byType = Object.fromEntries(jsonLd.map((x) => [x['@type'], x]));
        assert.deepEqual(Object.keys(byType).sort(), ['FAQPage', 'MedicalWebPage'], 'the FAQ and the card wrote their JSON-LD');
        assert.equal(byType.FAQPage.mainEntity.length, 6, 'six questions in the FAQPage');
        assert.match(JSON.stringify(byType.MedicalWebPage.citation), /Prophylactic use of ketamine/);
        assert.deepEqual(log.violations, []);
        assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
      });
    });
  }
});
