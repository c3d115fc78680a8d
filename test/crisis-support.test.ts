import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { stub, type SinonStub } from 'sinon';
import { sendKeys } from '@web/test-runner-commands';
import '../src/crisis-support/define.js';
import type { ClinicCrisisSupport } from '../src/crisis-support/crisis-support.js';
import { CRISIS_CHECKED, CRISIS_SOURCES, type CrisisResource } from '../src/crisis-support/resources.js';

// Elements register just after the page's first paint (src/internal/define.ts): wait for them.
await Promise.all(['clinic-crisis-support'].map((tag) => customElements.whenDefined(tag)));

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const links = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')];
const hrefs = (el: Element) => links(el).map((a) => a.getAttribute('href'));
const texts = (el: Element) => links(el).map((a) => a.textContent!.trim());
const shown = (node: Element) => node.getClientRects().length > 0;
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
// WebDriver (WebKit) sends single keys only, so the tests walk forward with Tab.
const tab = () => sendKeys({ press: 'Tab' });
const settle = async (el: ClinicCrisisSupport) => {
  await nextFrame();
  await el.updateComplete;
};

const ALL = ['tel:988', 'sms:988', 'https://988lifeline.org/chat', 'tel:+18338526262', 'sms:+18338526262', 'tel:911'];
const LINE = ['tel:988', 'sms:988', 'https://988lifeline.org/chat'];

/** Starts keyboard tests from a real button before the element; another follows it, so focus stays in the page. */
async function withButtonBefore(template: ReturnType<typeof html>) {
  const root = await fixture(html`<div><button id="before">before</button>${template}<button id="after">after</button></div>`);
  const el = root.querySelector('clinic-crisis-support')!;
  await settle(el);
  root.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

describe('<clinic-crisis-support>', () => {
  let error: SinonStub;
  beforeEach(() => {
    error = stub(console, 'error');
  });
  afterEach(() => {
    error.restore();
    document.documentElement.setAttribute('lang', 'en');
  });

  describe('card (default)', () => {
    it('lists 988, the maternal mental health hotline and 911 as call, text and chat links', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support></clinic-crisis-support>`);
      expect(el.getAttribute('variant')).to.equal('card');
      expect(hrefs(el)).to.deep.equal(ALL);
      expect(texts(el)).to.deep.equal([
        'Call 988',
        'Text 988',
        'Chat at 988lifeline.org',
        'Call 1-833-TLC-MAMA (1-833-852-6262)',
        'Text 1-833-852-6262',
        'Call 911',
      ]);
      const names = [...el.shadowRoot!.querySelectorAll('[part=name]')].map((n) => n.textContent);
      expect(names).to.deep.equal(['988 Suicide & Crisis Lifeline', 'National Maternal Mental Health Hotline', 'Immediate danger']);
      expect(el.shadowRoot!.textContent).to.include('Spanish: press 2 when calling, or text AYUDA to 988.');
      expect(error).not.to.have.been.called;
      await expect(el).to.be.accessible();
    });

    it('says the maternal hotline is free, 24/7, bilingual and not a crisis line, pointing to 988', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support></clinic-crisis-support>`);
      const mama = el.shadowRoot!.querySelectorAll('[part=resource]')[1]!;
      expect(mama.textContent).to.include('Free, confidential, 24/7, in English and Spanish.');
      expect(mama.textContent).to.include('Not a crisis line: in a crisis, call or text 988.');
    });

    it('titles the list with a heading at heading-level (2 by default)', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support></clinic-crisis-support>`);
      const heading = $(el, '[role=heading]');
      expect(heading.textContent).to.equal('If you are in crisis');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      el.headingLevel = 4;
      await el.updateComplete;
      expect(heading.getAttribute('aria-level')).to.equal('4');
      await expect(el).to.be.accessible();
    });

    it('reports a bad heading-level once and uses 2', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support heading-level="9"></clinic-crisis-support>`);
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '[role=heading]').getAttribute('aria-level')).to.equal('2');
      expect(error).to.have.been.calledOnce;
      expect(error.firstCall.args[0]).to.match(
        /^<clinic-crisis-support> heading-level: expected a whole number from 1 to 6, got 9\. Using level 2\./,
      );
    });

    it('reports an unknown variant and shows the card', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support variant="popup"></clinic-crisis-support>`);
      expect($(el, '[role=heading]')).to.exist;
      expect(hrefs(el)).to.deep.equal(ALL);
      expect(error).to.have.been.calledOnce;
      expect(error.firstCall.args[0]).to.include('<clinic-crisis-support> variant: expected card, banner, inline, got "popup"');
    });

    it('walks every link in order with Tab, then leaves', async () => {
      const el = await withButtonBefore(html`<clinic-crisis-support></clinic-crisis-support>`);
      for (const href of ALL) {
        await tab();
        expect(focused(el)?.getAttribute('href')).to.equal(href);
      }
      await tab();
      expect(el.shadowRoot!.activeElement, 'Tab leaves the element after the last link').to.equal(null);
      expect(document.activeElement?.id).to.equal('after');
    });

    it('is accessible in the dark theme', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support theme="dark"></clinic-crisis-support>`);
      await expect(el).to.be.accessible();
    });

    it('adds no landmark to the page', async () => {
      for (const variant of ['card', 'banner', 'inline']) {
        const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support variant=${variant}></clinic-crisis-support>`);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')?.click();
        await el.updateComplete;
        const roles = [...el.shadowRoot!.querySelectorAll('[role]')].map((n) => n.getAttribute('role'));
        expect(
          roles.filter((r) => r !== 'heading'),
          variant,
        ).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('section, aside, nav, header, footer, main, form'), variant).to.equal(null);
        expect(el.getAttribute('role'), variant).to.equal(null);
      }
    });
  });

  describe('banner', () => {
    it('shows one line with the 988 links and hides the full list until asked', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support variant="banner"></clinic-crisis-support>`);
      const line = $(el, 'p');
      expect(line.textContent).to.match(/^If you are in crisis: Call 988 Text 988 Chat at 988lifeline\.org More help$/);
      expect(
        links(el)
          .filter(shown)
          .map((a) => a.getAttribute('href')),
      ).to.deep.equal(LINE);
      const toggle = $(el, '[part=toggle]');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(shown($(el, '#all'))).to.equal(false);
      expect(toggle.getAttribute('aria-controls')).to.equal($(el, '#all').id);
      await expect(el).to.be.accessible();
    });

    it('opens and closes the full list from the keyboard (APG disclosure)', async () => {
      const el = await withButtonBefore(html`<clinic-crisis-support variant="banner"></clinic-crisis-support>`);
      for (const href of LINE) {
        await tab();
        expect(focused(el)?.getAttribute('href')).to.equal(href);
      }
      await tab();
      const toggle = $(el, '[part=toggle]');
      expect(focused(el)).to.equal(toggle);

      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(shown($(el, '#all'))).to.equal(true);
      expect(
        links(el)
          .filter(shown)
          .map((a) => a.getAttribute('href')),
      ).to.deep.equal([...LINE, ...ALL]);
      await expect(el).to.be.accessible();

      await tab();
      expect(focused(el)?.getAttribute('href'), 'Tab moves into the opened list').to.equal('tel:988');
      expect(focused(el)!.closest('#all')).to.exist;
      toggle.focus();
      await sendKeys({ press: ' ' }); // Space
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(shown($(el, '#all'))).to.equal(false);
      expect(focused(el)).to.equal(toggle);
    });

    it('is never dismissed for good: stores nothing and a new banner starts the same', async () => {
      const cookies = document.cookie;
      const stored = [localStorage.length, sessionStorage.length];
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support variant="banner"></clinic-crisis-support>`);
      $(el, '[part=toggle]').click();
      await el.updateComplete;
      $(el, '[part=toggle]').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-label*="lose" i], [part~=close]')).to.equal(null);
      expect([document.cookie, localStorage.length, sessionStorage.length]).to.deep.equal([cookies, ...stored]);
      const again = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support variant="banner"></clinic-crisis-support>`);
      expect(
        links(again)
          .filter(shown)
          .map((a) => a.getAttribute('href')),
      ).to.deep.equal(LINE);
    });
  });

  describe('inline', () => {
    it('is one sentence in the flow of text with the 988 links, and Tab walks them', async () => {
      const el = await withButtonBefore(
        html`<p>Renew Wellness, Phoenix. <clinic-crisis-support variant="inline"></clinic-crisis-support></p>`,
      );
      expect(getComputedStyle(el).display).to.equal('inline');
      expect($(el, '[part=base]').textContent).to.equal(
        'If you are in crisis: Call 988 Text 988 Chat at 988lifeline.org (988 Suicide & Crisis Lifeline)',
      );
      expect(el.shadowRoot!.querySelector('[role=heading], ul, button')).to.equal(null);
      expect(hrefs(el)).to.deep.equal(LINE);
      for (const href of LINE) {
        await tab();
        expect(focused(el)?.getAttribute('href')).to.equal(href);
      }
      await expect(el.parentElement!).to.be.accessible();
    });
  });

  describe('Spanish', () => {
    it('speaks Spanish with the same numbers and links', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support lang="es"></clinic-crisis-support>`);
      expect($(el, '[role=heading]').textContent).to.equal('Si está en crisis');
      expect(hrefs(el)).to.deep.equal(ALL);
      expect(texts(el)).to.deep.equal([
        'Llame al 988',
        'Envíe AYUDA por texto al 988',
        'Chat en 988lifeline.org',
        'Llame al 1-833-TLC-MAMA (1-833-852-6262)',
        'Envíe un texto al 1-833-852-6262',
        'Llame al 911',
      ]);
      expect(el.shadowRoot!.textContent).to.include('marque 2 al llamar o envíe AYUDA por texto al 988');
      expect(el.shadowRoot!.textContent).to.include('No es una línea de crisis: en una crisis, llame o envíe un texto al 988.');
      await expect(el).to.be.accessible();
    });

    it("follows the page's language when it changes", async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support variant="banner"></clinic-crisis-support>`);
      document.documentElement.setAttribute('lang', 'es-MX');
      await settle(el);
      expect($(el, '[part=lead]').textContent).to.equal('Si está en crisis:');
      expect($(el, '[part=toggle]').textContent).to.equal('Más ayuda');
      await expect(el).to.be.accessible();
    });
  });

  describe('other resources', () => {
    const uk = [
      { name: 'Samaritans', note: 'Free, any time.', links: [{ label: 'Call 116 123', href: 'tel:116123' }] },
      { name: 'Emergency', links: [{ label: 'Call 999', href: 'tel:999' }] },
    ];

    it('replaces the built-in list with the resources property', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support .resources=${uk}></clinic-crisis-support>`);
      expect(hrefs(el)).to.deep.equal(['tel:116123', 'tel:999']);
      expect(el.shadowRoot!.textContent).to.include('Free, any time.');
      expect(el.shadowRoot!.textContent).not.to.include('988');
      expect(error).not.to.have.been.called;
      el.variant = 'banner';
      await el.updateComplete;
      expect($(el, 'p').textContent).to.equal('If you are in crisis: Call 116 123 More help');
      el.variant = 'inline';
      await el.updateComplete;
      expect($(el, '[part=base]').textContent).to.equal('If you are in crisis: Call 116 123 (Samaritans)');
      await expect(el).to.be.accessible();
    });

    it('replaces it from a JSON resources attribute', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support resources=${JSON.stringify(uk)}></clinic-crisis-support>`);
      expect(hrefs(el)).to.deep.equal(['tel:116123', 'tel:999']);
    });

    it('reports malformed resources once and keeps the built-in list', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support resources="[{name: oops"></clinic-crisis-support>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(hrefs(el)).to.deep.equal(ALL);
      expect(error).to.have.been.calledOnce;
      expect(error.firstCall.args[0]).to.match(
        /^<clinic-crisis-support> resources: expected a JSON array .*, got "\[\{name: oops"\. Showing the built-in list\.$/,
      );
    });

    it('leaves out entries without a name and shows links with another scheme or no label as text, saying so', async () => {
      const bad = [
        {
          name: 'Local line',
          links: [
            { label: 'Call', href: 'javascript:alert(1)' },
            { label: '', href: 'tel:5551234' },
            { label: 'Text 741741', href: 'sms:741741' },
          ],
        },
        { note: 'An entry without a name' },
      ] as CrisisResource[];
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support .resources=${bad}></clinic-crisis-support>`);
      expect(hrefs(el)).to.deep.equal(['sms:741741']);
      const all = [...el.shadowRoot!.querySelectorAll('[part=link]')].map((a) => a.textContent);
      expect(all).to.deep.equal(['Call', 'tel:5551234', 'Text 741741']);
      expect(el.shadowRoot!.querySelectorAll('[part=resource]')).to.have.length(1);
      expect(error).to.have.been.calledThrice;
      const logged = error.args.map((a) => String(a[0]));
      const shape = 'expected a JSON array of {"name", "note", "links": [{"label", "href"}]}, hrefs tel:, sms: or https:';
      expect(logged[0]).to.equal(`<clinic-crisis-support> resources: ${shape}, got undefined. Leaving out that entry.`);
      expect(logged[1]).to.equal(`<clinic-crisis-support> resources: ${shape}, got "javascript:alert(1)". Showing that link as text.`);
      expect(logged[2]).to.include('got "". Showing that link as text.');
      await expect(el).to.be.accessible();
    });

    it('keeps the built-in list and adds slot="extra" content after it', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support>
        <p slot="extra">Maricopa County crisis line: <a href="tel:+16022221444">Call 602-222-1444</a></p>
      </clinic-crisis-support>`);
      const extra = el.querySelector('[slot=extra]')!;
      expect(hrefs(el)).to.deep.equal(ALL);
      expect(shown(extra)).to.equal(true);
      const list = $(el, 'ul').getBoundingClientRect();
      expect(extra.getBoundingClientRect().top).to.be.at.least(list.bottom);
      await expect(el).to.be.accessible();
    });

    it('in the banner, shows the extra content only with the full list', async () => {
      const el = await fixture<ClinicCrisisSupport>(html`<clinic-crisis-support variant="banner">
        <p slot="extra">Local: <a href="tel:+16022221444">Call 602-222-1444</a></p>
      </clinic-crisis-support>`);
      const extra = el.querySelector('[slot=extra]')!;
      expect(shown(extra)).to.equal(false);
      $(el, '[part=toggle]').click();
      await el.updateComplete;
      expect(shown(extra)).to.equal(true);
    });
  });

  describe('without JavaScript', () => {
    // The no-JavaScript markup the README gives clinics, read from README.md itself (the test server
    // serves the project), so the documented snippet is what is tested.
    let documented = '';
    before(async () => {
      const readme = await (await fetch('/README.md')).text();
      const section = readme.slice(readme.indexOf('### `<clinic-crisis-support>`'));
      const block = /```html\n(<clinic-crisis-support>[^]*?<\/clinic-crisis-support>)\n```/.exec(section)?.[1];
      expect(block, 'the README has the crisis panel snippet').to.be.a('string');
      documented = block!.replace(/^<clinic-crisis-support>|<\/clinic-crisis-support>$/g, '');
      expect(documented).to.include('href="tel:988"');
    });

    it('the documented markup shows every number as a plain link before the script runs', async () => {
      // An undefined tag stands in for the element while its script is blocked.
      const root = await fixture(html`<div></div>`);
      root.innerHTML = `<clinic-crisis-support-not-loaded>${documented}</clinic-crisis-support-not-loaded>`;
      const anchors = [...root.querySelectorAll('a')];
      expect(anchors.map((a) => a.getAttribute('href'))).to.deep.equal(ALL);
      expect(anchors.every(shown)).to.equal(true);
      await expect(root).to.be.accessible();
    });

    it('once upgraded, shows the built-in list instead of the fallback, which stays in the light DOM', async () => {
      const root = await fixture(html`<div></div>`);
      root.innerHTML = `<clinic-crisis-support>${documented}</clinic-crisis-support>`;
      const el = root.querySelector('clinic-crisis-support')!;
      await settle(el);
      expect(hrefs(el)).to.deep.equal(ALL);
      expect([...el.querySelectorAll('a')].some(shown)).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  it('records when the numbers were checked and where they come from', () => {
    expect(CRISIS_CHECKED).to.match(/^\d{4}-\d{2}-\d{2}$/);
    for (const href of ALL.filter((h) => h.startsWith('https:'))) {
      expect(CRISIS_SOURCES.some((s) => href.startsWith(s))).to.equal(true);
    }
    expect(CRISIS_SOURCES).to.include('https://mchb.hrsa.gov/national-maternal-mental-health-hotline');
  });
});
