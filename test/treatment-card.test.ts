import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { stub, type SinonStub } from 'sinon';
import '../src/provider/define.js';
import '../src/treatment-card/define.js';
import { lateTag, prelayoutFor } from './helpers/prelayout.js';
import type { ClinicTreatmentCard } from '../src/treatment-card/treatment-card.js';
import type { Treatment } from '../src/treatment-card/model.js';

// Elements register just after the page's first paint (src/internal/define.ts): wait for them.
await Promise.all(['clinic-provider', 'clinic-treatment-card', 'clinic-book-button'].map((tag) => customElements.whenDefined(tag)));

// The class as registered: the sources', or the built drop-in's in the dist run (web-test-runner.config.mjs).
const ClinicTreatmentCardClass = customElements.get('clinic-treatment-card') as typeof ClinicTreatmentCard;

const PACK = '/content/ketamine-postpartum-depression';

const sample = (): Treatment => ({
  name: 'Ketamine infusion therapy',
  summary: 'An anesthetic medication with antidepressant effects.',
  facts: [
    { label: 'Given as', value: 'IV infusion' },
    { label: 'Starts working', value: 'Within hours' },
    { label: 'Sessions', value: 'Ask your clinician' },
    { label: 'Breastfeeding', value: 'Pause for two days' },
  ],
  sections: [{ heading: 'How it works', body: 'Blocks NMDA receptors.\n\n- glutamate\n- BDNF' }],
  considerations: [{ heading: 'Breastfeeding', body: 'Pump before treatment.' }],
  evidence: [
    {
      title: 'Prophylactic use of ketamine reduces postpartum depression',
      authors: 'Ma J-H et al.',
      journal: 'Psychiatry Research',
      year: 2019,
      volume: '279',
      pages: '252-258',
      doi: '10.1016/j.psychres.2019.03.026',
      pmid: '31147085',
      participants: 654,
      design: 'Randomized trial',
      finding: 'Reduced symptoms.',
      url: 'https://pubmed.ncbi.nlm.nih.gov/31147085/',
    },
  ],
  reviewedBy: 'Sample Reviewer, MD (placeholder)',
  lastReviewed: '2025-03-04',
});

const shadow = (el: Element) => el.shadowRoot!;
const $ = (el: Element, sel: string) => shadow(el).querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...shadow(el).querySelectorAll<HTMLElement>(sel)];
const text = (el: Element) => shadow(el).querySelector('article')!.innerText;
const visible = (el: Element | null) => !!el && el.checkVisibility();

async function settle(el: ClinicTreatmentCard) {
  await nextFrame();
  await el.updateComplete;
}

/** Waits until a `src` card has finished loading (or failing). */
async function loaded(el: ClinicTreatmentCard) {
  for (let i = 0; i < 200 && $(el, 'article')!.getAttribute('aria-busy') === 'true'; i++) await aTimeout(10);
  await settle(el);
}

async function card(data: Treatment | unknown, attrs = '') {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<clinic-treatment-card ${attrs}></clinic-treatment-card>`;
  const el = wrap.firstElementChild as ClinicTreatmentCard;
  el.data = data as Treatment;
  await settle(el);
  return el;
}

describe('<clinic-treatment-card>', () => {
  let error: SinonStub;
  beforeEach(() => {
    error = stub(console, 'error');
  });
  afterEach(() => error.restore());

  const errors = () => error.getCalls().map((c) => String(c.args[0]));

  describe('light DOM (attributes and slots)', () => {
    it('shows the heading and summary attributes, the slotted facts, body and media', async () => {
      const el =
        await fixture<ClinicTreatmentCard>(html`<clinic-treatment-card heading="Ketamine infusion therapy" summary="A short summary.">
        <dl slot="facts"><dt>Given as</dt><dd>IV infusion</dd></dl>
        <p>Body text.</p>
        <img slot="media" alt="Infusion chair" width="40" height="30" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
      </clinic-treatment-card>`);
      await settle(el);
      const heading = $(el, '[role=heading]')!;
      expect(heading.textContent!.trim()).to.equal('Ketamine infusion therapy');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(text(el)).to.contain('A short summary.');
      expect(visible(el.querySelector('dd'))).to.be.true;
      expect(visible(el.querySelector('p'))).to.be.true;
      expect(visible($(el, '[part=media]'))).to.be.true;
      expect(text(el)).to.contain('not medical advice');
      await expect(el).to.be.accessible();
    });

    it('uses slotted heading and summary elements, as written for pages without JavaScript', async () => {
      const el = await fixture<ClinicTreatmentCard>(html`<clinic-treatment-card>
        <h3 slot="heading">Ketamine</h3>
        <p slot="summary">Summary.</p>
        <p>Body.</p>
      </clinic-treatment-card>`);
      await settle(el);
      const slot = $(el, 'slot[name=heading]') as HTMLSlotElement;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Ketamine');
      expect(visible($(el, '[part=media]'))).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('in the compact variant puts the body behind "Learn more"', async () => {
      const el = await fixture<ClinicTreatmentCard>(html`<clinic-treatment-card variant="compact" heading="Ketamine">
        <p id="body">Body.</p>
      </clinic-treatment-card>`);
      await settle(el);
      expect(visible(el.querySelector('#body'))).to.be.false;
      $(el, 'summary')!.click();
      await settle(el);
      expect(visible(el.querySelector('#body'))).to.be.true;
    });
  });

  describe('data', () => {
    it('renders name, summary, facts, sections, considerations, evidence and review', async () => {
      const el = await card(sample());
      const t = text(el);
      expect($$(el, 'dt').map((d) => d.textContent)).to.deep.equal(['Given as', 'Starts working', 'Sessions', 'Breastfeeding']);
      expect(t).to.contain('How it works').and.contain('Safety and considerations').and.contain('What the research says');
      expect($$(el, '[part=section] li')).to.have.length(2);
      const cite = $(el, '[part=citation]')!;
      expect(cite.innerText).to.contain(
        'Ma J-H et al. Psychiatry Research. 2019;279:252-258. doi:10.1016/j.psychres.2019.03.026. PubMed 31147085.',
      );
      expect(cite.innerText).to.contain('Randomized trial · 654 participants');
      expect(t).to.contain('Medically reviewed by Sample Reviewer, MD (placeholder) on March 4, 2025');
      expect(t).to.contain('This is general information, not medical advice.');
      await expect(el).to.be.accessible();
    });

    it('links evidence safely, in a new tab, and says so to screen readers', async () => {
      const el = await card(sample());
      const a = $(el, '[part=citation] a') as HTMLAnchorElement;
      expect(a.href).to.equal('https://pubmed.ncbi.nlm.nih.gov/31147085/');
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.getAttribute('aria-label')).to.equal('Prophylactic use of ketamine reduces postpartum depression (opens in a new tab)');
      expect(a.textContent).to.contain('Prophylactic use of ketamine');
    });

    it('uses heading-level for the outline: sections one level down, their items two', async () => {
      const el = await card(sample(), 'heading-level="3"');
      const levels = $$(el, '[role=heading]').map((h) => `${h.getAttribute('aria-level')} ${h.textContent!.trim()}`);
      expect(levels).to.deep.equal([
        '3 Ketamine infusion therapy',
        '4 How it works',
        '4 Safety and considerations',
        '5 Breastfeeding',
        '4 What the research says',
      ]);
    });

    it('shows a given disclaimer instead of the default one, and no review line without review data', async () => {
      const el = await card({ name: 'X', disclaimer: 'Talk to us first.' });
      expect($(el, '[part=disclaimer]')!.textContent).to.equal('Talk to us first.');
      expect($(el, '[part=reviewed]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('speaks Spanish and formats the review date for the locale', async () => {
      const el = await card(sample(), 'lang="es" variant="compact"');
      expect($(el, 'summary')!.textContent).to.equal('Más información');
      expect(text(el)).to.contain('Esta es información general, no consejo médico.');
      $(el, 'summary')!.click();
      await settle(el);
      expect(text(el)).to.contain('4 de marzo de 2025').and.contain('654 participantes');
      await expect(el).to.be.accessible();
    });
  });

  describe('compact variant', () => {
    it('shows three facts and the actions, the rest behind a keyboard-operable "Learn more"', async () => {
      const root = await fixture(
        html`<clinic-provider booking-url="#book"><clinic-treatment-card variant="compact"></clinic-treatment-card></clinic-provider>`,
      );
      const el = root.querySelector('clinic-treatment-card')!;
      el.data = sample();
      await settle(el);
      expect(
        $$(el, 'dt')
          .filter(visible)
          .map((d) => d.textContent),
      ).to.deep.equal(['Given as', 'Starts working', 'Sessions']);
      expect(visible($(el, '[part=book]'))).to.be.true;
      expect(visible($(el, '[part=citation]'))).to.be.false;
      expect(visible($(el, '[part=disclaimer]')), 'the disclaimer is always visible').to.be.true;
      await expect(el).to.be.accessible();

      $(el, 'summary')!.focus();
      const expanded = oneEvent(el, 'clinic-card-expand');
      await sendKeys({ press: 'Enter' });
      expect((await expanded).detail.name).to.equal('Ketamine infusion therapy');
      await settle(el);
      expect(visible($(el, '[part=citation]'))).to.be.true;
      expect($$(el, 'dt').filter(visible)).to.have.length(4);
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    for (const variant of ['full', 'compact']) {
      for (const width of [280, 600, 1000]) {
        it(`${variant} at ${width}px: no horizontal overflow`, async () => {
          const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
          const el = document.createElement('clinic-treatment-card');
          el.variant = variant as 'full';
          el.data = {
            ...sample(),
            evidence: [{ ...sample().evidence![0]!, doi: '10.1016/j.psychres.2019.03.026-an-unbreakable-very-long-identifier' }],
          };
          el.innerHTML = '<img slot="media" alt="" width="900" height="10" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
          wrap.append(el);
          await settle(el);
          if (variant === 'compact') $(el, 'summary')!.click();
          await settle(el);
          const article = $(el, 'article')!;
          expect(el.getBoundingClientRect().width).to.equal(width);
          expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
          for (const node of $$(el, 'article *')) {
            expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
          }
          // The container query, not the viewport, decides the layout.
          const beside = $(el, '[part=media]')!.getBoundingClientRect().right <= $(el, '.main')!.getBoundingClientRect().left;
          expect(beside, 'media beside the text').to.equal(width >= 600);
        });
      }
    }
  });

  describe('src', () => {
    it('loads the English content pack', async () => {
      const el = await fixture<ClinicTreatmentCard>(
        html`<clinic-treatment-card src="${PACK}.en.json" structured-data></clinic-treatment-card>`,
      );
      await loaded(el);
      expect($(el, '[part=heading]')!.textContent!.trim()).to.equal('Ketamine infusion therapy for postpartum depression');
      expect(errors()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('fills {lang} with the card language and follows a language change', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div lang="es"><clinic-treatment-card src="${PACK}.{lang}.json"></clinic-treatment-card></div>`,
      );
      const el = wrap.firstElementChild as ClinicTreatmentCard;
      await loaded(el);
      expect($(el, '[part=heading]')!.textContent!.trim()).to.equal('Terapia de infusión de ketamina para la depresión posparto');
      wrap.lang = 'en';
      await settle(el);
      await loaded(el);
      expect($(el, '[part=heading]')!.textContent!.trim()).to.equal('Ketamine infusion therapy for postpartum depression');
    });

    it('fills {lang} with "es" for a regional Spanish page (es-MX)', async () => {
      const requested: string[] = [];
      const original = window.fetch;
      const spyFetch = stub(window, 'fetch').callsFake((input: RequestInfo | URL, init?: RequestInit) => {
        requested.push(String(input));
        return original(input, init);
      });
      try {
        const wrap = await fixture<HTMLDivElement>(
          html`<div lang="es-MX"><clinic-treatment-card src="${PACK}.{lang}.json"></clinic-treatment-card></div>`,
        );
        const el = wrap.firstElementChild as ClinicTreatmentCard;
        await loaded(el);
        expect(requested.map((url) => new URL(url, location.href).pathname)).to.deep.equal([`${PACK}.es.json`]);
        expect($(el, '[part=heading]')!.textContent!.trim()).to.equal('Terapia de infusión de ketamina para la depresión posparto');
      } finally {
        spyFetch.restore();
      }
    });

    it('shows the light DOM while loading', async () => {
      const fetch = stub(window, 'fetch').returns(new Promise(() => {}));
      try {
        const el = await fixture<ClinicTreatmentCard>(
          html`<clinic-treatment-card src="/slow.json"><p>Fallback text.</p></clinic-treatment-card>`,
        );
        await settle(el);
        expect($(el, 'article')!.getAttribute('aria-busy')).to.equal('true');
        expect(visible(el.querySelector('p'))).to.be.true;
        const empty = await fixture<ClinicTreatmentCard>(html`<clinic-treatment-card src="/slow.json"></clinic-treatment-card>`);
        await settle(empty);
        expect(text(empty)).to.contain('Loading…');
        await expect(empty).to.be.accessible();
      } finally {
        fetch.restore();
      }
    });

    it('on failure reports the URL and reason once, and keeps the light DOM; never an empty box', async () => {
      const el = await fixture<ClinicTreatmentCard>(
        html`<clinic-treatment-card src="/content/missing.json"><p>Fallback text.</p></clinic-treatment-card>`,
      );
      await loaded(el);
      expect(visible(el.querySelector('p'))).to.be.true;
      expect(errors()).to.have.length(1);
      expect(errors()[0]).to.match(
        /^<clinic-treatment-card> src: expected the URL of a treatment JSON document, got ".*missing\.json: HTTP 404"\. Showing the element's own content instead\.$/,
      );
      const empty = await fixture<ClinicTreatmentCard>(html`<clinic-treatment-card src="/content/missing.json"></clinic-treatment-card>`);
      await loaded(empty);
      expect(text(empty)).to.contain('could not be loaded').and.contain('not medical advice');
      await expect(empty).to.be.accessible();
    });

    it('does not fetch src when data is given', async () => {
      const fetch = stub(window, 'fetch');
      try {
        const el = await card(sample(), `src="${PACK}.en.json"`);
        expect(fetch.called).to.be.false;
        expect($(el, '[part=heading]')!.textContent).to.equal('Ketamine infusion therapy');
      } finally {
        fetch.restore();
      }
    });

    it('refuses a javascript: src', async () => {
      const el = await fixture<ClinicTreatmentCard>(
        html`<clinic-treatment-card src="javascript:alert(1)" heading="Fallback"></clinic-treatment-card>`,
      );
      await settle(el);
      expect(errors()[0]).to.contain('src: expected the URL of a treatment JSON document, got "javascript:alert(1): not an http(s) URL"');
      expect(text(el)).to.contain('Fallback');
    });
  });

  describe('content pack', () => {
    for (const lang of ['en', 'es']) {
      it(`${lang}: valid, cites the Ma et al. 2019 trial exactly, and invents no reviewer`, async () => {
        const pack = (await (await fetch(`${PACK}.${lang}.json`)).json()) as Treatment;
        const el = await card(pack);
        expect(errors()).to.deep.equal([]);
        expect(pack.reviewedBy).to.equal(undefined);
        expect(pack.evidence).to.have.length(1);
        const e = pack.evidence![0]!;
        expect(e).to.include({
          title: 'Prophylactic use of ketamine reduces postpartum depression in Chinese women undergoing cesarean section',
          authors: 'Ma J-H et al.',
          journal: 'Psychiatry Research',
          year: 2019,
          volume: '279',
          pages: '252-258',
          doi: '10.1016/j.psychres.2019.03.026',
          pmid: '31147085',
          participants: 654,
          url: 'https://pubmed.ncbi.nlm.nih.gov/31147085/',
        });
        expect(e.design).to.contain('Third Xiangya Hospital, Central South University, China');
        expect(e.note).to.match(/not conducted by NIH|no fue realizado por los NIH/);
        expect(JSON.stringify(pack)).not.to.match(/National Institutes of Health (conducted|ran)/);
        await expect(el).to.be.accessible();
      });
    }

    it('English and Spanish packs have the same shape', async () => {
      const [en, es] = await Promise.all(['en', 'es'].map(async (l) => (await fetch(`${PACK}.${l}.json`)).json() as Promise<Treatment>));
      const shape = (t: Treatment) => [t.facts?.length, t.sections?.length, t.considerations?.length, t.evidence?.length];
      expect(shape(es!)).to.deep.equal(shape(en!));
    });
  });

  describe('validation', () => {
    it('without a name reports data.name and falls back to the light DOM', async () => {
      const el = await card({ summary: 'No name' });
      expect(errors()).to.deep.equal([
        "<clinic-treatment-card> data.name: expected a non-empty string, got undefined. Showing the element's own content instead.",
      ]);
      expect(text(el)).to.contain('could not be loaded');
    });

    it('with invalid data shows its real light-DOM content, readable and in place', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.innerHTML = `<clinic-treatment-card>
        <h2 slot="heading">Ketamine infusion therapy</h2>
        <p slot="summary">An anesthetic medication with antidepressant effects, given as an IV infusion.</p>
        <dl slot="facts"><dt>Given as</dt><dd>IV infusion</dd></dl>
        <p>Body text written by the clinic.</p>
        <p slot="disclaimer">General information, not medical advice.</p>
      </clinic-treatment-card>`;
      const el = wrap.firstElementChild as ClinicTreatmentCard;
      el.data = { name: 42, facts: 'not a list' } as unknown as Treatment;
      await settle(el);
      expect(errors()).to.deep.equal([
        "<clinic-treatment-card> data.name: expected a non-empty string, got 42. Showing the element's own content instead.",
      ]);
      // What a visitor reads: the page's own heading, summary, facts, body and disclaimer (the host's
      // rendered text, slotted content included), and no status line from the element.
      const article = el.innerText;
      for (const line of [
        'Ketamine infusion therapy',
        'An anesthetic medication',
        'Given as',
        'IV infusion',
        'Body text written by the clinic.',
        'General information, not medical advice.',
      ]) {
        expect(article).to.contain(line);
      }
      expect(text(el)).not.to.contain('could not be loaded');
      expect(el.querySelector('h2')!.assignedSlot, 'the page heading is shown in its slot').to.not.equal(null);
      expect(visible(el.querySelector('dl'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('leaves out wrong types and unknown fields, naming each, and keeps the rest', async () => {
      const el = await card({
        name: 'Ketamine',
        colour: 'red',
        facts: 'fast',
        sections: [
          { heading: 'Ok', body: 'Fine.' },
          { heading: 42, body: 'x' },
        ],
        evidence: [{ title: 'Study', year: '2019', participants: -3 }],
        lastReviewed: 'yesterday',
      });
      const all = errors().join('\n');
      expect(all).to.contain('data: expected only the fields name, summary, facts').and.contain('got "colour". Ignoring it.');
      expect(all).to.contain('data.facts: expected a list, got "fast". Leaving out data.facts.');
      expect(all).to.contain('data.sections[1].heading: expected a non-empty string, got 42. Leaving out data.sections[1].');
      expect(all).to.contain('data.evidence[0].year: expected a number, 0 or more, got "2019"');
      expect(all).to.contain('data.evidence[0].participants: expected a number, 0 or more, got -3');
      expect(all).to.contain('data.lastReviewed: expected a date as YYYY-MM-DD, got "yesterday"');
      expect(text(el)).to.contain('Ketamine').and.contain('Ok').and.contain('Study');
      expect($$(el, '[part=section]')).to.have.length(1);
    });

    it('reports a bad variant and heading-level and uses the defaults', async () => {
      const el = await card(sample(), 'variant="tiny" heading-level="9"');
      const all = errors().join('\n');
      expect(all).to.contain('<clinic-treatment-card> variant: expected "full" or "compact", got "tiny". Showing the full card.');
      expect(all).to.contain('<clinic-treatment-card> heading-level: expected a whole number from 1 to 6, got 9. Using 2.');
      expect($(el, '[part=heading]')!.getAttribute('aria-level')).to.equal('2');
      expect($(el, 'details')).to.equal(null);
    });

    it('keeps dangerous data inert: HTML and script as text, javascript: links dropped', async () => {
      const el = await card({
        name: '<img src=x onerror="window.hacked=1">',
        summary: '<script>window.hacked=1</script>',
        sections: [{ heading: 'Links', body: 'A [bad link](javascript:alert(1)) and <b>tags</b>.' }],
        evidence: [{ title: 'Evil', url: 'javascript:alert(1)' }],
        action: { label: 'Click', url: 'javascript:alert(1)' },
      });
      await aTimeout(20);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
      expect($$(el, 'img, script, b')).to.have.length(0);
      expect($(el, '[part=heading]')!.textContent).to.contain('<img src=x');
      expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal([]);
      expect(text(el)).to.contain('bad link').and.contain('<b>tags</b>');
      expect(errors().join('\n')).to.contain('data.evidence[0].url: expected an http(s), tel: or mailto: URL, got "javascript:alert(1)"');
    });
  });

  describe('structured data', () => {
    it('writes MedicalWebPage JSON-LD with a MedicalTherapy, review and citations, and removes it when turned off', async () => {
      const el = await card(sample(), 'structured-data');
      const script = el.querySelector('script[type="application/ld+json"]')!;
      const ld = JSON.parse(script.textContent!);
      expect(ld).to.include({ '@context': 'https://schema.org', '@type': 'MedicalWebPage', lastReviewed: '2025-03-04' });
      expect(ld.about).to.deep.equal({
        '@type': 'MedicalTherapy',
        name: 'Ketamine infusion therapy',
        description: 'An anesthetic medication with antidepressant effects.',
      });
      expect(ld.reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Sample Reviewer, MD (placeholder)' });
      expect(ld.citation[0]).to.include({
        '@type': 'ScholarlyArticle',
        url: 'https://pubmed.ncbi.nlm.nih.gov/31147085/',
        datePublished: '2019',
      });
      el.structuredData = false;
      await settle(el);
      expect(el.querySelector('script')).to.equal(null);
    });

    it('escapes content so it cannot close the script element', async () => {
      const el = await card({ name: '</script><script>window.hacked=2</script>' }, 'structured-data');
      expect(el.querySelectorAll('script')).to.have.length(1);
      expect(JSON.parse(el.querySelector('script')!.textContent!).about.name).to.equal('</script><script>window.hacked=2</script>');
    });
  });

  describe('booking', () => {
    it('inside a provider with a booking URL and phone, offers both through a book button that reads the provider', async () => {
      const root = await fixture(
        html`<clinic-provider booking-url="#book" phone="(480) 555-0123"><clinic-treatment-card heading="Ketamine"></clinic-treatment-card></clinic-provider>`,
      );
      const el = root.querySelector('clinic-treatment-card')!;
      await settle(el);
      const book = $(el, 'clinic-book-button[part=book]') as HTMLElement & { updateComplete: Promise<unknown> };
      await book.updateComplete;
      const links = [...book.shadowRoot!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([new URL('#book', document.baseURI).href, 'tel:+14805550123']);
      expect(links[0]!.textContent!.trim()).to.equal('Book an appointment');
      expect(links[1]!.textContent).to.contain('(480) 555-0123');
      const booked = oneEvent(document, 'clinic-book');
      const stop = (e: Event) => e.preventDefault();
      document.addEventListener('clinic-book', stop);
      links[0]!.click();
      document.removeEventListener('clinic-book', stop);
      expect((await booked).detail).to.deep.equal({ method: 'online', href: links[0]!.href });
      await expect(el).to.be.accessible();
    });

    it("gives its book button the card's theme", async () => {
      const root = await fixture(
        html`<clinic-provider booking-url="#book" phone="(480) 555-0123"><clinic-treatment-card heading="K" theme="dark"></clinic-treatment-card></clinic-provider>`,
      );
      const el = root.querySelector('clinic-treatment-card')!;
      await settle(el);
      const book = $(el, 'clinic-book-button') as HTMLElement & { updateComplete: Promise<unknown> };
      await book.updateComplete;
      expect(book.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(book.shadowRoot!.querySelector('[part=call]')!).color).to.equal('rgb(140, 196, 255)');
      await expect(el).to.be.accessible();
    });

    it('steps aside for slotted actions, and turns off with no-booking', async () => {
      const root = await fixture(html`<clinic-provider booking-url="#book">
        <clinic-treatment-card heading="A"><button slot="actions">Own button</button></clinic-treatment-card>
        <clinic-treatment-card heading="B" no-booking></clinic-treatment-card>
      </clinic-provider>`);
      const [a, b] = [...root.querySelectorAll('clinic-treatment-card')];
      await settle(a!);
      await settle(b!);
      expect(visible($(a!, '[part=book]'))).to.be.false;
      expect(visible(a!.querySelector('button'))).to.be.true;
      expect($(b!, '[part=book]')).to.equal(null);
    });

    it("uses the content's own call to action when given", async () => {
      const el = await card({ name: 'X', action: { label: 'Ask us', url: 'mailto:care@example.com' } });
      expect(($(el, '[part=action]') as HTMLAnchorElement).href).to.equal('mailto:care@example.com');
    });
  });

  it('keeps light-DOM content in place when the script arrives, with prelayout.css', async () => {
    // The element class under a tag not yet defined: the markup renders as it would before the script.
    const tag = lateTag('clinic-treatment-card');
    const root = await fixture<HTMLElement>(html`<div style="width: 600px; font: 16px/1.5 sans-serif"></div>`);
    const style = await prelayoutFor('clinic-treatment-card', tag);
    const el = document.createElement(tag);
    el.setAttribute('no-booking', '');
    el.append(
      Object.assign(document.createElement('h2'), { slot: 'heading', textContent: 'Ketamine infusion therapy' }),
      Object.assign(document.createElement('p'), { slot: 'summary', textContent: 'An anesthetic medication with antidepressant effects.' }),
      Object.assign(document.createElement('p'), { textContent: 'Body text the page controls.' }),
      Object.assign(document.createElement('p'), { slot: 'disclaimer', textContent: 'General information, not medical advice.' }),
    );
    const after = Object.assign(document.createElement('p'), { textContent: 'After the card' });
    root.append(style, el, after);
    const before = after.getBoundingClientRect().top;
    customElements.define(tag, class extends ClinicTreatmentCardClass {});
    await (el as ClinicTreatmentCard).updateComplete;
    await nextFrame();
    expect(after.getBoundingClientRect().top).to.be.closeTo(before, 0.5);
    expect(
      ($(el, '[part=disclaimer] slot') as HTMLSlotElement).assignedElements()[0]!.textContent,
      "the page's own disclaimer replaces the default",
    ).to.equal('General information, not medical advice.');
  });

  it('is accessible in the dark theme', async () => {
    const el = await card(sample(), 'theme="dark"');
    expect(getComputedStyle($(el, 'article')!).backgroundColor).to.equal('rgb(22, 27, 34)');
    await expect(el).to.be.accessible();
  });
});
