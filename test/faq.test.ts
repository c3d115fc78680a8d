import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { stub, useFakeTimers, type SinonStub } from 'sinon';
import '../src/faq/define.js';
import type { ClinicFaq, FaqItem } from '../src/faq/faq.js';
import { lateTag, layoutShiftDuring, prelayoutFor } from './helpers/prelayout.js';

// Elements register just after the page's first paint (src/internal/define.ts): wait for them.
await Promise.all(['clinic-faq'].map((tag) => customElements.whenDefined(tag)));

// The class as registered: the sources', or the built drop-in's in the dist run (web-test-runner.config.mjs).
const ClinicFaqClass = customElements.get('clinic-faq') as typeof ClinicFaq;

const questions = (el: ClinicFaq) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part=question]')];
const visible = (el: ClinicFaq) => questions(el).filter((b) => b.getClientRects().length > 0);
const panel = (el: ClinicFaq, b: HTMLButtonElement) => el.shadowRoot!.getElementById(b.getAttribute('aria-controls')!)!;
const status = (el: ClinicFaq) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
const focused = (el: ClinicFaq) => el.shadowRoot!.activeElement;
const settle = async (el: ClinicFaq) => {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
};

const plain = html`<clinic-faq heading="Frequently asked questions">
  <details id="what"><summary>What is ketamine?</summary><p>An anesthetic. <a href="https://example.com/ketamine">Read more</a></p></details>
  <details id="breastfeeding" open><summary>Can I breastfeed during treatment?</summary><p>Ask your clinician about <a href="#pumping">pumping</a>.</p></details>
  <details><summary>How soon does it work?</summary><p>Many feel better within hours.</p></details>
</clinic-faq>`;

const items: FaqItem[] = [
  { id: 'cesarea', question: '¿Puedo recibirlo después de una cesárea?', answer: 'Sí, tras la **recuperación**.' },
  { question: 'Is it safe?', answer: 'It is given under supervision.\n\n- monitored\n- [call us](tel:+14805550123)' },
  { question: 'How much does it cost?', answer: 'Ask the front desk.' },
];

describe('<clinic-faq>', () => {
  let errors: SinonStub;
  beforeEach(() => {
    errors = stub(console, 'error');
  });
  afterEach(() => {
    errors.restore();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('from plain HTML <details>', () => {
    it('turns each question into a button with aria-expanded and aria-controls inside a heading one level below the FAQ heading', async () => {
      const el = await fixture<ClinicFaq>(plain);
      const heading = el.shadowRoot!.querySelector('[part=heading]')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(heading.textContent).to.equal('Frequently asked questions');
      const qs = questions(el);
      expect(qs.map((b) => b.textContent!.trim())).to.deep.equal([
        'What is ketamine?',
        'Can I breastfeed during treatment?',
        'How soon does it work?',
      ]);
      for (const b of qs) {
        expect(b.parentElement!.getAttribute('role')).to.equal('heading');
        expect(b.parentElement!.getAttribute('aria-level')).to.equal('3');
        expect(panel(el, b)).to.exist;
      }
      expect(qs.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false'], '`open` opens initially');
      expect(panel(el, qs[0]!).hidden).to.be.ok;
      expect(panel(el, qs[1]!).hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('keeps rich answers in the light DOM, where their links stay focusable and page styles apply', async () => {
      const el = await fixture<ClinicFaq>(plain);
      const link = el.querySelector<HTMLAnchorElement>('#breastfeeding a')!;
      expect(link.getRootNode()).to.equal(document);
      expect(link.checkVisibility(), 'the open answer is rendered').to.equal(true);
      link.focus();
      expect(document.activeElement).to.equal(link);
      expect(el.querySelector('#what a')!.checkVisibility(), 'a closed answer is not').to.equal(false);
    });

    it('opens and closes an answer on click and reports it with clinic-faq-toggle', async () => {
      const el = await fixture<ClinicFaq>(plain);
      const b = questions(el)[0]!;
      setTimeout(() => b.click());
      const event = await oneEvent(el, 'clinic-faq-toggle');
      expect(event.detail).to.deep.equal({ id: 'what', question: 'What is ketamine?', open: true });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(panel(el, b).hidden).to.equal(false);
      expect(el.querySelector('#what a')!.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
      setTimeout(() => b.click());
      expect((await oneEvent(el, 'clinic-faq-toggle')).detail.open).to.equal(false);
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
    });

    it('gives a <details> without id a deep-link id from its question', async () => {
      const el = await fixture<ClinicFaq>(plain);
      setTimeout(() => questions(el)[2]!.click());
      expect((await oneEvent(el, 'clinic-faq-toggle')).detail.id).to.equal('how-soon-does-it-work');
    });

    it('shows other light-DOM content (an intro) above the questions', async () => {
      const el = await fixture<ClinicFaq>(
        html`<clinic-faq><p id="intro">Questions we hear often.</p><details><summary>Q</summary>A</details></clinic-faq>`,
      );
      expect(el.querySelector('#intro')!.checkVisibility()).to.equal(true);
      expect(questions(el)).to.have.length(1);
    });

    it("keeps each <details>' open state in step with its question: the page's toggle listeners hear only the visitor", async () => {
      const heard: string[] = [];
      const hear = (e: Event) => heard.push(`${(e.target as Element).id}:${(e as ToggleEvent).newState}`);
      document.addEventListener('toggle', hear, true);
      try {
        const el = await fixture<ClinicFaq>(plain);
        await settle(el);
        await aTimeout(50);
        // The browser's own event for the details the page wrote open, if any; none from the upgrade.
        const upgrade = heard.filter((h) => h != 'breastfeeding:open');
        expect(upgrade, 'nothing on upgrade').to.deep.equal([]);
        expect(el.querySelector<HTMLDetailsElement>('#what')!.open).to.equal(false);
        heard.length = 0;
        questions(el)[0]!.click();
        await waitUntil(() => heard.length > 0);
        expect(heard).to.deep.equal(['what:open']);
        expect(el.querySelector('#what p')!.checkVisibility(), 'the answer shows').to.equal(true);
      } finally {
        document.removeEventListener('toggle', hear, true);
      }
    });

    it("shows each question once, whatever the page's own summary styles", async () => {
      const style = document.createElement('style');
      style.textContent = 'summary { display: flex !important; padding: 1rem; }';
      document.head.append(style);
      try {
        const el = await fixture<ClinicFaq>(plain);
        const second = el.querySelector('#breastfeeding')!;
        expect(panel(el, questions(el)[1]!).hidden, 'open from the start').to.equal(false);
        expect(second.querySelector('p')!.checkVisibility(), 'the answer shows').to.equal(true);
        expect(second.querySelector('summary')!.checkVisibility(), 'its summary does not').to.equal(false);
      } finally {
        style.remove();
      }
    });

    it('treats an exclusive accordion (<details name>) as single mode, every answer readable', async () => {
      const el = await fixture<ClinicFaq>(html`<clinic-faq>
        <details name="faq"><summary>First?</summary><p id="a1">One.</p></details>
        <details name="faq" open><summary>Second?</summary><p id="a2">Two.</p></details>
        <details name="faq"><summary>Third?</summary><p id="a3">Three.</p></details>
      </clinic-faq>`);
      const [first, second, third] = questions(el);
      expect(second!.getAttribute('aria-expanded'), 'open as the page wrote it').to.equal('true');
      expect(el.querySelector('#a2')!.checkVisibility()).to.equal(true);
      first!.click();
      await settle(el);
      expect(el.querySelector('#a1')!.checkVisibility(), 'the first answer shows').to.equal(true);
      expect(second!.getAttribute('aria-expanded'), 'one open at a time').to.equal('false');
      third!.click();
      await settle(el);
      expect(el.querySelector('#a3')!.checkVisibility(), 'the third answer shows').to.equal(true);
      expect(el.querySelector('#a1')!.checkVisibility()).to.equal(false);
    });

    it('picks up <details> added later', async () => {
      const el = await fixture<ClinicFaq>(plain);
      el.insertAdjacentHTML('beforeend', '<details id="late"><summary>Is parking free?</summary><p>Yes.</p></details>');
      await settle(el);
      expect(questions(el).map((b) => b.textContent!.trim())).to.include('Is parking free?');
    });
  });

  describe('keyboard', () => {
    it('toggles with Enter and Space', async () => {
      const el = await fixture<ClinicFaq>(plain);
      const [first] = questions(el);
      first!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('moves between questions with ArrowDown/ArrowUp (wrapping), Home and End', async () => {
      const el = await fixture<ClinicFaq>(plain);
      const qs = questions(el);
      qs[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(qs[1]);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(qs[2]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el), 'wraps to the first').to.equal(qs[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el), 'wraps to the last').to.equal(qs[2]);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(qs[0]);
    });

    it('Tab goes through questions and the links of open answers in reading order, skipping closed ones', async () => {
      const el = await fixture<ClinicFaq>(plain);
      const qs = questions(el);
      qs[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el), 'the closed answer link is skipped').to.equal(qs[1]);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.querySelector('#breastfeeding a'));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(qs[2]);
    });
  });

  it('single: opening one answer closes the others', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq single>
      <details open><summary>A</summary>a</details><details open><summary>B</summary>b</details><details><summary>C</summary>c</details>
    </clinic-faq>`);
    const qs = questions(el);
    expect(
      qs.map((b) => b.getAttribute('aria-expanded')),
      'only the first open one',
    ).to.deep.equal(['true', 'false', 'false']);
    qs[2]!.click();
    await el.updateComplete;
    expect(qs.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'true']);
  });

  it('toggle-all: expands and collapses every answer', async () => {
    const el = await fixture<ClinicFaq>(
      html`<clinic-faq toggle-all><details><summary>Z</summary>z</details><details><summary>A</summary>a</details><details><summary>B</summary>b</details></clinic-faq>`,
    );
    const all = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle-all]')!;
    expect(all.textContent!.trim()).to.equal('Expand all');
    all.click();
    await el.updateComplete;
    expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect(all.textContent!.trim()).to.equal('Collapse all');
    await expect(el).to.be.accessible();
    all.click();
    await el.updateComplete;
    expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  describe('searchable', () => {
    const search = async (el: ClinicFaq, text: string) => {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
      input.focus();
      input.select();
      await sendKeys(text ? { type: text } : { press: 'Backspace' });
      await el.updateComplete;
      return input;
    };

    it('filters by question and answer, ignoring case and accents, and announces the count', async () => {
      const el = await fixture<ClinicFaq>(html`<clinic-faq searchable .items=${items}></clinic-faq>`);
      const input = await search(el, 'CESAREA');
      expect(input.labels?.[0]?.textContent).to.contain('Search questions');
      expect(visible(el).map((b) => b.textContent!.trim())).to.deep.equal(['¿Puedo recibirlo después de una cesárea?']);
      expect(status(el)).to.equal('1 question matches');
      await expect(el).to.be.accessible();
      await search(el, 'supervisión');
      expect(
        visible(el).map((b) => b.textContent!.trim()),
        'answer text, accent in the query',
      ).to.deep.equal(['Is it safe?']);
      await search(el, 'a');
      expect(status(el)).to.equal('3 questions match');
    });

    it('says when nothing matches and offers to clear the search', async () => {
      const el = await fixture<ClinicFaq>(html`<clinic-faq searchable .items=${items}></clinic-faq>`);
      const input = await search(el, 'insurance');
      expect(visible(el)).to.have.length(0);
      expect(status(el)).to.equal('No matching questions.');
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=clear]')!.click();
      await el.updateComplete;
      expect(input.value).to.equal('');
      expect(visible(el)).to.have.length(3);
      expect(focused(el)).to.equal(input);
    });

    it('arrow keys skip filtered-out questions', async () => {
      // The second question is filtered out between two that match: moving onto it would be wrong
      // (and focus() on a hidden button would leave focus where it was), so each answer differs.
      // (A query without doubled letters: WebKit's WebDriver drops the second of two equal keys.)
      const nursing: FaqItem[] = [
        { question: 'Is ketamine safe while nursing?', answer: 'Ask your clinician.' },
        { question: 'How much does it cost?', answer: 'Ask the front desk.' },
        { question: 'When can I start nursing again?', answer: 'Ask your clinician.' },
      ];
      const el = await fixture<ClinicFaq>(html`<clinic-faq searchable .items=${nursing}></clinic-faq>`);
      await search(el, 'nursing');
      const [first, second, third] = questions(el);
      expect(visible(el)).to.deep.equal([first, third]);
      first!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el), 'ArrowDown goes past the hidden question').to.equal(third);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el), 'and wraps to the first shown').to.equal(first);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el), 'ArrowUp wraps to the last shown').to.equal(third);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(first);
      expect(focused(el)).not.to.equal(second);
    });

    it('searches light-DOM questions and answers without regard to accents or case', async () => {
      const el = await fixture<ClinicFaq>(html`<clinic-faq searchable lang="es">
        <details><summary>¿Puedo recibirlo después de una CESÁREA?</summary><p>Sí, tras la recuperación.</p></details>
        <details><summary>¿Cuánto cuesta?</summary><p>Pregunte en recepción.</p></details>
        <details><summary>¿Es seguro?</summary><p>Se administra con <strong>supervisión médica</strong>.</p></details>
      </clinic-faq>`);
      const shownText = () => visible(el).map((b) => b.textContent!.trim());
      await search(el, 'cesarea');
      expect(shownText(), 'unaccented query, accented upper-case question').to.deep.equal(['¿Puedo recibirlo después de una CESÁREA?']);
      await search(el, 'SUPERVISION');
      expect(shownText(), 'upper-case query, accented answer in the page').to.deep.equal(['¿Es seguro?']);
      expect(status(el)).to.equal('1 pregunta coincide');
      await search(el, 'recepcion');
      expect(shownText()).to.deep.equal(['¿Cuánto cuesta?']);
    });
  });

  describe('deep links', () => {
    it('opens, scrolls to and focuses the question named in the URL hash on load', async () => {
      history.replaceState(null, '', '#breastfeeding');
      const el = await fixture<ClinicFaq>(html`<clinic-faq>
        <details id="what"><summary>What is ketamine?</summary><p>a</p></details>
        <details id="breastfeeding"><summary>Can I breastfeed?</summary><p>b</p></details>
      </clinic-faq>`);
      await settle(el);
      const b = questions(el)[1]!;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(focused(el)).to.equal(b);
    });

    it('follows hashchange, also to slug ids of data items, scrolling the question into view', async () => {
      const root = await fixture<HTMLElement>(html`<div><div style="height: 3000px"></div><clinic-faq .items=${items}></clinic-faq></div>`);
      const el = root.querySelector('clinic-faq')!;
      await settle(el);
      expect(questions(el)[1]!.getBoundingClientRect().top, 'starts out of view').to.be.greaterThan(innerHeight);
      const opened = oneEvent(el, 'clinic-faq-toggle');
      location.hash = '#is-it-safe';
      expect((await opened).detail).to.deep.equal({ id: 'is-it-safe', question: 'Is it safe?', open: true });
      await settle(el);
      expect(focused(el)).to.equal(questions(el)[1]);
      const { top } = questions(el)[1]!.getBoundingClientRect();
      expect(top >= 0 && top < innerHeight, 'scrolled into view').to.equal(true);
      location.hash = '#cesarea';
      await oneEvent(window, 'hashchange');
      await settle(el);
      expect(questions(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  it('keeps closed answers findable (hidden="until-found") and opens one on beforematch', async () => {
    const el = await fixture<ClinicFaq>(plain);
    const b = questions(el)[0]!;
    const p = panel(el, b);
    if ('onbeforematch' in HTMLElement.prototype) expect(p.getAttribute('hidden')).to.equal('until-found');
    else expect(p.hidden).to.equal(true);
    setTimeout(() => p.dispatchEvent(new Event('beforematch', { bubbles: true })));
    expect((await oneEvent(el, 'clinic-faq-toggle')).detail).to.include({ id: 'what', open: true });
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
  });

  describe('items', () => {
    it('renders answers as text with the Markdown subset, replacing the light DOM', async () => {
      const el = await fixture<ClinicFaq>(
        html`<clinic-faq .items=${items}><p id="fallback">See our FAQ page.</p><details><summary>Old</summary>old</details></clinic-faq>`,
      );
      expect(el.querySelector('#fallback')!.checkVisibility()).to.equal(false);
      expect(questions(el).map((b) => b.textContent!.trim())).to.deep.equal(items.map((i) => i.question));
      const answer = panel(el, questions(el)[1]!);
      expect(answer.querySelectorAll('li')).to.have.length(2);
      expect(answer.querySelector('a')!.getAttribute('href')).to.equal('tel:+14805550123');
      expect(panel(el, questions(el)[0]!).querySelector('strong')!.textContent).to.equal('recuperación');
    });

    it('gives repeated ids their own ("-2"): one question never opens another', async () => {
      const twice: FaqItem[] = [
        { id: 'cost', question: 'How much does it cost?', answer: 'Ask the front desk.' },
        { id: 'cost', question: 'Is it covered by insurance?', answer: 'Sometimes.' },
        { question: 'Is it safe?', answer: 'Yes.' },
        { question: 'Is it safe?', answer: 'Asked twice.' },
      ];
      const el = await fixture<ClinicFaq>(html`<clinic-faq .items=${twice}></clinic-faq>`);
      const opened = oneEvent(el, 'clinic-faq-toggle');
      questions(el)[1]!.click();
      expect((await opened).detail.id).to.equal('cost-2');
      await el.updateComplete;
      expect(questions(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false', 'false']);
      questions(el)[3]!.click();
      await el.updateComplete;
      expect(questions(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false', 'true']);
      const light = await fixture<ClinicFaq>(
        html`<clinic-faq><details><summary>Same?</summary>1</details><details><summary>Same?</summary>2</details></clinic-faq>`,
      );
      questions(light)[1]!.click();
      await light.updateComplete;
      expect(questions(light).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);
    });

    it('renders script, onerror and javascript: attempts as inert text', async () => {
      const evil: FaqItem[] = [
        {
          question: '<img src=x onerror="window.__pwned=1">',
          answer: '<script>window.__pwned=1</script> [click](javascript:window.__pwned=1)',
        },
      ];
      const el = await fixture<ClinicFaq>(html`<clinic-faq .items=${evil}></clinic-faq>`);
      questions(el)[0]!.click();
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('img, script')).to.equal(null);
      expect(root.querySelector('[part=answer] a'), 'no javascript: link').to.equal(null);
      expect(questions(el)[0]!.textContent).to.contain('<img src=x onerror=');
      expect(panel(el, questions(el)[0]!).textContent).to.contain('<script>');
      await aTimeout(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('reports items of the wrong shape once and shows the light DOM instead', async () => {
      const el = await fixture<ClinicFaq>(
        html`<clinic-faq .items=${[{ q: 'x' }] as never}><details><summary>Kept</summary>k</details></clinic-faq>`,
      );
      expect(errors.callCount).to.equal(1);
      expect(errors.firstCall.args[0]).to.match(/^<clinic-faq> items: expected .*question.*answer/);
      expect(questions(el).map((b) => b.textContent!.trim())).to.deep.equal(['Kept']);
    });
  });

  describe('src', () => {
    let fetchStub: SinonStub;
    afterEach(() => fetchStub?.restore());
    const respond = (body: string, init?: ResponseInit) => {
      fetchStub = stub(window, 'fetch').resolves(new Response(body, init));
    };
    const fallback = html`<clinic-faq src="/faq.json"><p id="note">Our answers, also offline:</p><details><summary>Offline question</summary><p>Offline answer</p></details></clinic-faq>`;

    it('loads questions from a JSON document, polite and busy while loading', async () => {
      let finish!: (r: Response) => void;
      fetchStub = stub(window, 'fetch').returns(new Promise((r) => (finish = r)));
      const el = await fixture<ClinicFaq>(fallback);
      const list = el.shadowRoot!.querySelector('[aria-busy]')!;
      expect(list.getAttribute('aria-busy')).to.equal('true');
      expect(status(el)).to.equal('Loading…');
      expect(
        questions(el).map((b) => b.textContent!.trim()),
        'the light DOM shows meanwhile',
      ).to.deep.equal(['Offline question']);
      await expect(el).to.be.accessible();
      finish(new Response(JSON.stringify({ items })));
      await waitUntil(() => questions(el).length === 3, 'the loaded questions show');
      expect(el.querySelector('#note')!.checkVisibility(), 'the fallback is gone').to.equal(false);
      expect(list.getAttribute('aria-busy')).to.equal('false');
      expect(questions(el)).to.have.length(3);
      expect(String(fetchStub.firstCall.args[0])).to.equal(new URL('/faq.json', location.href).href);
      expect(errors.callCount).to.equal(0);
    });

    const failures: [string, () => void, RegExp][] = [
      ['a 404', () => respond('nope', { status: 404 }), /HTTP 404/],
      ['malformed JSON', () => respond('{"items": [', { status: 200 }), /malformed JSON/],
      ['the wrong shape', () => respond(JSON.stringify({ questions: [] }), { status: 200 }), /no valid items/],
      ['a network error', () => (fetchStub = stub(window, 'fetch').rejects(new TypeError('Failed to fetch'))), /Failed to fetch/],
    ];
    for (const [what, setup, reason] of failures) {
      it(`on ${what}, logs one error and shows the light-DOM content`, async () => {
        setup();
        const el = await fixture<ClinicFaq>(fallback);
        await waitUntil(() => errors.called, 'an error is logged');
        await settle(el);
        expect(errors.callCount).to.equal(1);
        expect(errors.firstCall.args[0])
          .to.match(/^<clinic-faq> src: expected a JSON document/)
          .and.match(reason);
        expect(questions(el).map((b) => b.textContent!.trim())).to.deep.equal(['Offline question']);
        expect(el.querySelector('#note')!.checkVisibility()).to.equal(true);
        expect(el.shadowRoot!.querySelector('[aria-busy]')!.getAttribute('aria-busy')).to.equal('false');
      });
    }

    it('gives up after 10 s without an answer', async () => {
      const clock = useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        fetchStub = stub(window, 'fetch').callsFake(
          (_url, init) =>
            new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
        );
        const el = await fixture<ClinicFaq>(fallback);
        await clock.tickAsync(10_000);
        await el.updateComplete;
        expect(errors.callCount).to.equal(1);
        expect(errors.firstCall.args[0]).to.match(/no answer within 10 s/);
        expect(questions(el)).to.have.length(1);
      } finally {
        clock.restore();
      }
    });

    it('never leaves an empty box: without light-DOM content it says the questions could not be loaded', async () => {
      respond('nope', { status: 500 });
      const el = await fixture<ClinicFaq>(html`<clinic-faq src="/faq.json"></clinic-faq>`);
      await waitUntil(() => errors.called, 'an error is logged');
      await settle(el);
      expect(el.shadowRoot!.textContent).to.contain('The questions could not be loaded.');
      await expect(el).to.be.accessible();
    });

    it('renders markup in loaded text inertly', async () => {
      respond(JSON.stringify({ items: [{ question: '<b>Q</b>', answer: '<img src=x onerror=alert(1)>' }] }));
      const el = await fixture<ClinicFaq>(html`<clinic-faq src="/faq.json"></clinic-faq>`);
      await waitUntil(() => questions(el).length === 1, 'the loaded question shows');
      expect(questions(el)[0]!.textContent!.trim()).to.equal('<b>Q</b>');
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    });
  });

  it('structured-data: writes one FAQPage JSON-LD block of plain text, kept in sync', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq structured-data>
      <details>
        <summary>What is it?</summary><p>An <a href="https://example.com">infusion</a>.</p></details>
    </clinic-faq>`);
    await settle(el);
    const scripts = el.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(1);
    const data = JSON.parse(scripts[0]!.textContent!);
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'What is it?', acceptedAnswer: { '@type': 'Answer', text: 'An infusion.' } }],
    });
    el.items = [{ question: 'New?', answer: '**Yes**.' }];
    await settle(el);
    expect(JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!).mainEntity[0]).to.deep.equal({
      '@type': 'Question',
      name: 'New?',
      acceptedAnswer: { '@type': 'Answer', text: 'Yes.' },
    });
    el.structuredData = false;
    await settle(el);
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('takes the same space before and after the script upgrades it (no layout shift) where page lines are at least 24px tall', async () => {
    // Questions are at least 24px tall (WCAG 2.5.8), so the plain <details> rows match them when the
    // page's line height gives rows of 24px or more: here 16px text with a line height of 1.5.
    const root = await fixture<HTMLElement>(html`<div style="width: 320px; font-size: 16px; line-height: 1.5">
      <clinic-faq-late>
        <details><summary>What is ketamine and how does it combat depression?</summary><p>An anesthetic used at low doses.</p></details>
        <details open><summary>How soon does it work?</summary><p>Many feel better within hours.</p><ul><li>one</li></ul></details>
        <details><summary>Can I breastfeed?</summary><p>Ask us.</p></details>
      </clinic-faq-late>
      <i id="sentinel">after</i>
    </div>`);
    const sentinel = root.querySelector('#sentinel')!;
    const before = sentinel.getBoundingClientRect();
    customElements.define('clinic-faq-late', class extends ClinicFaqClass {});
    const el = root.querySelector('clinic-faq-late') as ClinicFaq;
    await settle(el);
    expect(questions(el)).to.have.length(3);
    const after = sentinel.getBoundingClientRect();
    // Exact in Chromium and WebKit. Firefox's <summary> marker makes each plain row half a pixel taller
    // than the line height whenever the page sets one (the element cannot match that), so it may move
    // up by at most that much per question.
    expect(after.top).to.be.within(before.top - 0.5 * 3, before.top);
    if (!navigator.userAgent.includes('Firefox')) expect(after.top).to.equal(before.top);
    expect(after.left).to.equal(before.left);
  });

  describe('appearances, with the script held back (prelayout.css)', () => {
    // Rects of what the page shows before and after: its intro, the open answer, what follows the FAQ.
    const rects = (root: HTMLElement) =>
      [...root.querySelectorAll('#intro, details[open] > p, #after')].map((node) => {
        const { top, left, width, height } = node.getBoundingClientRect();
        return { top, left, width, height };
      });

    // Where each question's first letter is drawn: in its <summary>, then in its button.
    const firstLetters = (texts: Node[]) =>
      texts.map((text) => {
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 1);
        const { top, left, height } = range.getBoundingClientRect();
        return { top, left, height };
      });
    const firstText = (node: Node): Node => [...node.childNodes].find((child) => child.nodeType == 3 && child.textContent!.trim())!;

    // What only the script draws, above the questions: a heading given as an attribute, the search
    // box, "Expand all" (none in single mode).
    const extras = [
      '',
      'heading="Questions about ketamine"',
      'searchable',
      'toggle-all',
      'searchable toggle-all heading="Questions"',
      'searchable toggle-all lang="es"',
      'toggle-all single',
    ];
    for (const appearance of ['plain', 'divided', 'cards'] as const) {
      for (const [lineHeight, extra] of [1, 1.5].flatMap((height) => extras.map((attributes) => [height, attributes] as const))) {
        it(`${appearance} at line height ${lineHeight}${extra ? `, ${extra}` : ''}: nothing moves when the script arrives`, async () => {
          const tag = lateTag('clinic-faq');
          // 300 px: a phone's column.
          const root = await fixture<HTMLElement>(html`<div style="width: 300px; font: 16px/${lineHeight} sans-serif"></div>`);
          root.append(await prelayoutFor('clinic-faq', tag));
          const faq = document.createElement(tag);
          faq.setAttribute('appearance', appearance);
          for (const [, name, value] of extra.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) faq.setAttribute(name!, value ?? '');
          // An intro, a closed question, an open one whose question wraps onto three lines, a closed one.
          faq.innerHTML = `<p id="intro">Answers from our clinicians.</p>
            <details id="what"><summary>What is ketamine?</summary><p>An anesthetic used at low doses.</p></details>
            <details id="soon" open><summary>How soon does ketamine infusion therapy start to help with postpartum depression?</summary><p>Many feel better within hours.</p><p>Some within one.</p></details>
            <details id="feed"><summary>Can I breastfeed? (<span lang="es">lactancia</span>)</summary><p>Ask us.</p></details>`;
          const after = Object.assign(document.createElement('p'), { id: 'after', textContent: 'After the FAQ' });
          root.append(faq, after);
          // The page as it is painted before the script arrives (and the previous test's page gone).
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const before = rects(root);
          const lettersBefore = firstLetters([...faq.querySelectorAll('summary')].map(firstText));
          const shift = await layoutShiftDuring(async () => {
            customElements.define(tag, class extends ClinicFaqClass {});
            await settle(faq as ClinicFaq);
          });
          expect(questions(faq as ClinicFaq)).to.have.length(3);
          const now = rects(root);
          // The questions' words stay where they were (a new box, so no layout-shift entry would say so).
          firstLetters(questions(faq as ClinicFaq).map(firstText)).forEach((letter, i) => {
            const was = lettersBefore[i]!;
            expect(letter.left, `left of question ${i}`).to.be.closeTo(was.left, 0.5);
            expect(letter.height, `height of question ${i}'s letters`).to.be.closeTo(was.height, 0.5);
            expect(letter.top, `top of question ${i}`).to.be.closeTo(was.top, 0.5);
          });
          now.forEach((rect, i) => {
            const was = before[i]!;
            expect(rect.left, `left of box ${i}`).to.be.closeTo(was.left, 0.01);
            expect(rect.width, `width of box ${i}`).to.be.closeTo(was.width, 0.01);
            expect(rect.height, `height of box ${i}`).to.be.closeTo(was.height, 0.01);
            expect(rect.top, `top of box ${i}`).to.be.closeTo(was.top, 0.01);
          });
          if (shift !== undefined) expect(shift, 'layout shift reported by the browser').to.equal(0);
        });
      }
    }

    it('divided and cards questions are at least 44px tall, with the chevron after the question', async () => {
      for (const appearance of ['divided', 'cards']) {
        const el = await fixture<ClinicFaq>(html`<clinic-faq appearance=${appearance} style="font: 12px/1 sans-serif">
          <details><summary>Short?</summary><p>Yes.</p></details>
        </clinic-faq>`);
        await settle(el);
        const [button] = questions(el);
        expect(button!.getBoundingClientRect().height).to.be.at.least(44);
        const icon = button!.querySelector('[part=icon]')!.getBoundingClientRect();
        const label = document.createRange();
        label.selectNodeContents(button!.lastChild!);
        expect(icon.left, 'chevron after the text').to.be.greaterThan(label.getBoundingClientRect().right);
      }
    });

    it('reports an unknown appearance once and uses plain', async () => {
      const el = await fixture<ClinicFaq>(
        html`<clinic-faq appearance="fancy"><details><summary>Q?</summary><p>A.</p></details></clinic-faq>`,
      );
      await settle(el);
      expect(errors.callCount).to.equal(1);
      expect(errors.firstCall.args[0]).to.equal(
        '<clinic-faq> appearance: expected one of plain, divided, cards, got "fancy". Using "plain".',
      );
      expect(el.getAttribute('appearance')).to.equal('plain');
    });
  });

  it('gives every question a target at least 24px tall (WCAG 2.5.8), even with tight page lines', async () => {
    const root = await fixture<HTMLElement>(html`<div style="font-size: 12px; line-height: 1">${plain}</div>`);
    const el = root.querySelector('clinic-faq')!;
    await settle(el);
    for (const b of questions(el)) expect(b.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('animates only the answer being opened: closed answers and answers open from the start run no animation', async () => {
    const el = await fixture<ClinicFaq>(plain);
    // A slide-in that lasts a minute: still running when checked, however slow the machine.
    el.style.setProperty('--clinic-duration', '60s');
    await settle(el);
    // The first and third questions start closed; the second starts open and stays still.
    const [first, second, third] = questions(el);
    expect(panel(el, second!).hidden).to.equal(false);
    expect(panel(el, second!).getAnimations().length, 'no slide-in on upgrade').to.equal(0);
    expect(panel(el, first!).getAnimations().length).to.equal(0);
    expect(panel(el, third!).getAnimations().length).to.equal(0);
    first!.click();
    await settle(el);
    expect(panel(el, first!).hidden).to.equal(false);
    expect(panel(el, first!).getAnimations().length, 'the opened answer slides in').to.equal(1);
    expect(panel(el, third!).getAnimations().length).to.equal(0);
  });

  it('builds a long FAQ in slices, each question shown once all along: as the page wrote it, then as its row', async function () {
    // A thousand questions, a frame at a time: slow engines on a busy machine need more than the default 10 s.
    this.timeout(40_000);
    const many = Array.from({ length: 1000 }, (_, i) => `<details id="q${i}"><summary>Question ${i}</summary><p>Answer ${i}</p></details>`);
    // 16 px text at a line height of 1.5: rows of 24 px, the size the FAQ keeps (see its docs).
    const host = await fixture<HTMLDivElement>(html`<div style="font-size: 16px; line-height: 1.5"></div>`);
    host.innerHTML = `<clinic-faq>${many.join('')}</clinic-faq>`;
    const el = host.firstElementChild as ClinicFaq;
    const shownNatively = () => [...el.querySelectorAll('summary')].filter((summary) => summary.checkVisibility()).length;
    const frames: [rows: number, native: number][] = [];
    let midway: { rows: number; height: number } | undefined;
    for (let frame = 0; frame < 600; frame++) {
      await nextFrame();
      const rows = questions(el).length;
      frames.push([rows, shownNatively()]);
      if (rows == 1000) break;
      midway ??= { rows, height: el.getBoundingClientRect().height };
    }
    // Every frame shows all 1000 questions, each once: built rows first, the page's own after them.
    for (const [rows, native] of frames) expect(rows + native, `${rows} rows and ${native} plain questions`).to.equal(1000);
    expect(frames.at(-1)![0]).to.equal(1000);
    // Midway, the FAQ is its built rows and the page's own questions, nothing more (no gap, no second
    // copy). A row is as tall as a native question in Chromium and WebKit; in Firefox the native
    // triangle's bullet font makes the plain question half a pixel taller, so that engine's own figures are used.
    const row = el.getBoundingClientRect().height / 1000;
    host.insertAdjacentHTML('beforeend', many[0]!.replace('id="q0"', ''));
    const native = host.lastElementChild!.getBoundingClientRect().height;
    expect(midway, 'the FAQ was seen midway').to.exist;
    expect(midway!.height, 'the FAQ midway: its rows, then the plain questions').to.be.closeTo(
      midway!.rows * row + (1000 - midway!.rows) * native,
      0.01,
    );
  });

  it('updateComplete waits for every row; clicking the last question opens it', async () => {
    const many = Array.from(
      { length: 1000 },
      (_, i) => html`<details id="q${i}"><summary>Question ${i}</summary><p>Answer ${i}</p></details>`,
    );
    const el = await fixture<ClinicFaq>(html`<clinic-faq>${many}</clinic-faq>`);
    await settle(el);
    const qs = questions(el);
    expect(qs).to.have.length(1000);
    qs[999]!.click();
    await el.updateComplete;
    expect(el.querySelector('#q999 p')!.checkVisibility()).to.equal(true);
  });

  it('falls back to the plain <details> if rendering ever fails', async () => {
    const render = stub(ClinicFaqClass.prototype as unknown as { render(): unknown }, 'render').throws(new Error('boom'));
    try {
      const el = await fixture<ClinicFaq>(plain);
      await settle(el);
      expect(errors.firstCall.args[0]).to.match(/^<clinic-faq> could not render/);
      const summary = el.querySelector('#what summary')!;
      expect(summary.checkVisibility(), 'the question is back').to.equal(true);
      expect(el.querySelector<HTMLDetailsElement>('#what')!.open).to.equal(false);
      expect(el.querySelector<HTMLDetailsElement>('#breastfeeding')!.open).to.equal(true);
    } finally {
      render.restore();
    }
  });

  it('is accessible in the dark theme with every control shown', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq theme="dark" heading="FAQ" searchable toggle-all .items=${items}></clinic-faq>`);
    questions(el)[1]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq lang="es" searchable toggle-all .items=${items}></clinic-faq>`);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain('Buscar en las preguntas');
    expect(el.shadowRoot!.querySelector('[part=toggle-all]')!.textContent!.trim()).to.equal('Expandir todo');
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'cesarea' });
    await el.updateComplete;
    expect(status(el)).to.equal('1 pregunta coincide');
  });

  it('reports a bad heading-level once and uses 2', async () => {
    const el = await fixture<ClinicFaq>(
      html`<clinic-faq heading="FAQ" heading-level="9"><details><summary>Q</summary>A</details></clinic-faq>`,
    );
    expect(errors.callCount).to.equal(1);
    expect(errors.firstCall.args[0]).to.equal('<clinic-faq> heading-level: expected a whole number from 1 to 5, got 9. Using 2.');
    expect(el.shadowRoot!.querySelector('[part=heading]')!.getAttribute('aria-level')).to.equal('2');
    expect(questions(el)[0]!.parentElement!.getAttribute('aria-level')).to.equal('3');
  });
});
