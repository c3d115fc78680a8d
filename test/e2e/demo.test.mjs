// The built demo clinic page, English and Spanish, as a visitor's browser gets it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  axe,
  deepText,
  focused,
  goto,
  launch,
  lightText,
  gotoWithScriptHeldBack,
  movedBoxes,
  openPage,
  root,
  settled,
  startServer,
  storage,
} from './helpers.mjs';

const BOOK = 'https://example.com/book';
const TAGS = ['clinic-provider', 'clinic-faq', 'clinic-treatment-card', 'clinic-book-button', 'clinic-crisis-support'];

const PAGES = {
  en: {
    path: '/',
    // Built-in strings the widgets render themselves, and Monday 9:30 AM in Phoenix seen from Berlin.
    builtIn: ['If you are in crisis', 'More help', 'Learn more'],
    openStatus: /Open now · closes 5:00\sPM/,
    questions: [
      'What is ketamine and how does it combat depression?',
      'How soon does ketamine work?',
      'How long does the benefit last?',
      'Can ketamine prevent postpartum depression after a cesarean delivery?',
      'Can I breastfeed during ketamine treatment?',
      'How is postpartum depression different from the baby blues?',
    ],
    answers: [
      'brain-derived neurotrophic factor (BDNF)',
      'many patients begin to feel relief within an hour of their infusion',
      'Ketamine can provide long-term relief from depression',
      'A randomized trial of 654 women having a cesarean delivery',
      'starting regular feedings again on the third day after treatment',
      'the baby blues often resolve within a few weeks of giving birth',
    ],
    facts: ['IV infusion', 'Within hours in most cases', 'Usually take several weeks to months to work'],
  },
  es: {
    path: '/demo/es/',
    builtIn: ['Si está en crisis', 'Más ayuda', 'Más información'],
    openStatus: /Abierto ahora · cierra a las 17:00/,
    questions: [
      '¿Qué es la ketamina y cómo combate la depresión?',
      '¿Qué tan rápido actúa la ketamina?',
      '¿Cuánto dura el beneficio?',
      '¿Puede la ketamina prevenir la depresión posparto después de una cesárea?',
      '¿Puedo amamantar durante el tratamiento con ketamina?',
      '¿En qué se diferencia la depresión posparto de la tristeza posparto (baby blues)?',
    ],
    answers: [
      'factor neurotrófico derivado del cerebro (BDNF)',
      'muchos pacientes empiezan a sentir alivio durante la primera hora',
      'La ketamina puede aliviar la depresión a largo plazo',
      'Un ensayo aleatorizado con 654 mujeres',
      'volver a las tomas habituales al tercer día después del tratamiento',
      'la tristeza posparto a menudo desaparece pocas semanas después del parto',
    ],
    facts: [
      'Infusión intravenosa',
      'En cuestión de horas en la mayoría de los casos',
      'Suelen tardar de varias semanas a meses en hacer efecto',
    ],
  },
};
// Crisis lines a no-JS visitor must be able to call: 988, the maternal mental health hotline, 911.
const CRISIS = [/^tel:(\+1)?988$/, /^tel:(\+1)?-?1?-?833-?852-?6262$|^tel:\+18338526262$/, /^tel:911$/];

/** Opens every closed disclosure in every clinic widget (FAQ answers, "learn more", crisis list). */
async function openEverything(page) {
  const opened = await page.evaluate(async () => {
    let count = 0;
    for (const el of document.querySelectorAll('*')) {
      if (!el.localName.startsWith('clinic-')) continue;
      for (const button of el.shadowRoot?.querySelectorAll('[aria-expanded="false"]') ?? []) {
        button.click();
        count++;
      }
      for (const details of [...el.querySelectorAll('details'), ...(el.shadowRoot?.querySelectorAll('details') ?? [])]) {
        if (!details.open) {
          details.open = true;
          count++;
        }
      }
    }
    return count;
  });
  await settled(page);
  return opened;
}

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [lang, content] of Object.entries(PAGES)) {
  describe(`demo page (${lang})`, () => {
    it('upgrades every widget with no console error or warning, no foreign request, no cookie or storage', async () => {
      const { page, log } = await openPage(browser, server.origin);
      await goto(page, server.origin + content.path);
      const defined = await page.evaluate((tags) => tags.filter((t) => !window.customElements.get(t)), TAGS);
      assert.deepEqual(defined, [], 'every element is registered by the one script tag');
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await openEverything(page);
      assert.deepEqual(log.console, []);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.foreign, [], 'no request to any origin but the page’s own');
      assert.deepEqual(log.writes, [], 'no cookie or Web Storage write, even a temporary one');
      assert.deepEqual(await storage(page), { cookie: '', local: 0, session: 0 });
      const cookies = await browser.cookies();
      assert.deepEqual(cookies, []);
      await page.close();
    });

    for (const scheme of ['light', 'dark']) {
      it(`has no axe violations with answers closed, then open (${scheme} scheme)`, async () => {
        const { page, log } = await openPage(browser, server.origin);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await goto(page, server.origin + content.path);
        assert.deepEqual(await axe(page), [], 'closed');
        assert.ok((await openEverything(page)) >= content.questions.length, 'every answer could be opened');
        assert.deepEqual(await axe(page), [], 'open');
        assert.deepEqual(log.console, []);
        await page.close();
      });
    }

    it('speaks the page’s language and shows office hours in the clinic’s time zone to a visitor in Berlin', async () => {
      const { page, log } = await openPage(browser, server.origin);
      await page.emulateTimezone('Europe/Berlin');
      // Monday 30 November 2026, 16:30 UTC: 17:30 for the visitor, 9:30 AM at the clinic in Arizona.
      await page.evaluateOnNewDocument(() => {
        const fixed = Date.UTC(2026, 10, 30, 16, 30);
        const RealDate = Date;
        window.Date = class extends RealDate {
          constructor(...args) {
            super(...(args.length ? args : [fixed]));
          }
          static now() {
            return fixed;
          }
        };
      });
      await goto(page, server.origin + content.path);
      const text = await deepText(page);
      for (const string of content.builtIn) assert.ok(text.includes(string), `built-in string "${string}"`);
      const other = PAGES[lang === 'en' ? 'es' : 'en'].builtIn;
      for (const string of other) assert.ok(!text.includes(string), `no "${string}" from the other language`);
      const status = await page.$$eval('clinic-book-button', (els) =>
        els.map((el) => el.shadowRoot.querySelector('[part~="status"]')?.textContent.trim() ?? ''),
      );
      assert.equal(status.length, 2);
      for (const line of status) assert.match(line, content.openStatus);
      assert.deepEqual(log.console, []);
      await page.close();
    });

    it('mirrors the content pack in the treatment card’s own HTML (what shows before and without the script)', async () => {
      const pack = JSON.parse(readFileSync(join(root, `content/ketamine-postpartum-depression.${lang}.json`), 'utf8'));
      const { page } = await openPage(browser, server.origin, { javaScript: false });
      await goto(page, server.origin + content.path, { settle: false });
      const light = await page.$eval('clinic-treatment-card', (card) => ({
        src: card.getAttribute('src'),
        heading: card.querySelector('[slot="heading"]').textContent.trim(),
        summary: card.querySelector('[slot="summary"]').textContent.trim(),
        facts: [...card.querySelectorAll('[slot="facts"] > div')].map((d) => ({
          label: d.querySelector('dt').textContent,
          value: d.querySelector('dd').textContent,
        })),
      }));
      assert.equal(light.src.replace('{lang}', lang), `/content/ketamine-postpartum-depression.${lang}.json`);
      assert.deepEqual(light, { src: light.src, heading: pack.name, summary: pack.summary, facts: pack.facts.slice(0, 3) });
      await page.close();
    });

    it('shows every question, answer, treatment fact, the booking link and the crisis numbers without JavaScript', async () => {
      const { page, log } = await openPage(browser, server.origin, { javaScript: false });
      await goto(page, server.origin + content.path, { settle: false });
      assert.equal(await page.evaluate(() => !!window.customElements?.get('clinic-faq')), false);
      const closed = await lightText(page);
      for (const question of content.questions) assert.ok(closed.includes(question), `question visible: ${question}`);
      for (const fact of content.facts) assert.ok(closed.includes(fact), `treatment fact visible: ${fact}`);
      // A visitor opens each answer with the native disclosure.
      for (const summary of await page.$$('clinic-faq details > summary')) await summary.click();
      const open = await lightText(page);
      for (const answer of content.answers) assert.ok(open.includes(answer), `answer readable: ${answer}`);
      const links = await page.$$eval('a[href]', (as) =>
        as.filter((a) => a.getClientRects().length > 0).map((a) => ({ href: a.getAttribute('href'), text: a.innerText.trim() })),
      );
      assert.ok(
        links.some((l) => l.href === BOOK && l.text),
        'a visible booking link',
      );
      for (const number of CRISIS)
        assert.ok(
          links.some((l) => number.test(l.href) && l.text),
          `a visible crisis link ${number}`,
        );
      assert.deepEqual(log.foreign, []);
      await page.close();
    });
  });
}

describe('links into the FAQ', () => {
  it('opens the answer a link names (/#breastfeeding)', async () => {
    const { page, log } = await openPage(browser, server.origin);
    await goto(page, server.origin + '/#breastfeeding');
    const open = await page.evaluate(() =>
      [...document.querySelector('clinic-faq').shadowRoot.querySelectorAll('[aria-expanded="true"]')].map((b) => b.textContent.trim()),
    );
    assert.deepEqual(open, ['Can I breastfeed during ketamine treatment?']);
    assert.deepEqual(log.console, []);
    await page.close();
  });
});

describe('a late script', () => {
  for (const [path, width] of [
    ['/', 1280],
    ['/', 375],
    ['/demo/es/', 1280],
  ]) {
    it(`moves nothing when it arrives 800 ms late (${path} at ${width}px)`, async () => {
      const page = await browser.newPage();
      // The whole page in the viewport, so a shift anywhere counts.
      await page.setViewport({ width, height: 3600 });
      await page.evaluateOnNewDocument(() => {
        window.__shift = 0;
        new window.PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await gotoWithScriptHeldBack(page, server.origin + path, { script: /\/dist\/clinic-widgets\.js/ });
      await page.waitForFunction(() => window.customElements.get('clinic-faq'));
      await settled(page);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift < 0.01, `cumulative layout shift ${shift.toFixed(4)} (under 0.01)`);
      assert.deepEqual(await movedBoxes(page), []);
      await page.close();
    });
  }
});

describe('keyboard only', () => {
  it('reaches and opens an FAQ answer, then reaches the booking action, with a visible focus indicator at each step', async () => {
    const { page, log } = await openPage(browser, server.origin);
    await goto(page, server.origin + '/');
    const steps = [];
    const tab = async () => {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      assert.ok(f, `Tab ${steps.length + 1} focuses something`);
      assert.ok(f.visible && f.indicator && f.focusVisible, `visible focus indicator on ${JSON.stringify(f)}`);
      steps.push(f);
      return f;
    };
    let f = await tab();
    assert.equal(f.href, '#main', 'the first stop is the skip link');
    while (!(f.hosts.includes('clinic-faq') && f.expanded === 'false')) {
      assert.ok(steps.length < 40, `an FAQ question within 40 Tab presses: ${JSON.stringify(steps.map((s) => s.text))}`);
      f = await tab();
    }
    assert.match(f.text, /ketamine/i);
    await page.keyboard.press('Enter');
    await settled(page);
    f = await focused(page);
    assert.equal(f.expanded, 'true', 'Enter opens the answer');
    assert.ok(f.controls > 0, `the answer it controls is shown (${f.controls}px tall)`);
    assert.ok(f.indicator, 'focus indicator still visible after opening');
    const before = steps.length;
    while (!f.hosts.includes('clinic-book-button')) {
      assert.ok(steps.length - before < 60, `the booking action within 60 more Tab presses: ${JSON.stringify(steps.map((s) => s.text))}`);
      f = await tab();
    }
    // Activating it books online: the site hears `clinic-book` and the browser heads to the booking page.
    const booked = [];
    await page.exposeFunction('__booked', (detail) => booked.push(detail));
    await page.evaluate(() => document.addEventListener('clinic-book', (e) => window.__booked(e.detail)));
    await page.keyboard.press('Enter');
    for (let i = 0; i < 30 && !(booked.length && log.foreign.length); i++) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(booked, [{ method: 'online', href: BOOK }]);
    assert.deepEqual(log.foreign, [BOOK], 'the browser headed to the booking page (answered locally)');
    assert.deepEqual(log.console, []);
    await page.close();
  });
});
