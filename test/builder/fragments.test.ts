import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { h, toDom, toHtml } from '../../fragments/markup.js';
import {
  bookButton,
  brandCss,
  crisisSupport,
  faq,
  provider,
  scriptTag,
  textMarkup,
  treatmentCard,
  widgetCss,
  type Context,
  type Release,
} from '../../fragments/widgets.js';
import { renderText } from '../../src/internal/text.js';
import { crisisResources } from '../../src/crisis-support/resources.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import type { ClinicTreatmentCard } from '../../src/treatment-card/treatment-card.js';
import type { Treatment } from '../../src/treatment-card/model.js';
import '../../src/treatment-card/define.js';

const CLINIC = { phone: '(480) 555-0123', bookingUrl: 'https://example.com/book', hours: 'Mo-Fr 08:00-17:00', timezone: 'America/Phoenix' };
const EN: Context = { clinic: CLINIC, lang: 'en' };
const ES: Context = { clinic: CLINIC, lang: 'es' };
const RELEASE: Release = {
  name: 'clinic-widgets',
  version: '0.1.0',
  integrity: { 'clinic-widgets.js': 'sha384-AAA', 'clinic-widgets.iife.js': 'sha384-BBB' },
};

/** The HTML as a browser parses it. */
const parse = (text: string) => new DOMParser().parseFromString(`<body>${text}</body>`, 'text/html').body;

/** An element tree as comparable text: tags, sorted attributes and text, white space between blocks ignored. */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.trim() ? node.textContent! : '';
  if (!(node instanceof Element)) return [...node.childNodes].map(shape).join('');
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).sort();
  return `<${node.localName}${attributes.join('')}>${[...node.childNodes].map(shape).join('')}</${node.localName}>`;
}

const HOSTILE = '</details><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1">"quoted" & \'single\'';

describe('fragments: markup', () => {
  it('writes every string as text: a question that closes its <details> stays inside it, as text', () => {
    const body = parse(toHtml(faq({ items: [{ question: HOSTILE, answer: HOSTILE }] })));
    expect(body.querySelectorAll('details')).to.have.length(1);
    expect(body.querySelector('summary')!.textContent).to.equal(HOSTILE);
    expect(body.querySelector('details p')!.textContent).to.equal(HOSTILE);
    expect(body.querySelectorAll('script, img')).to.have.length(0);
  });

  it('writes attribute values escaped: quotes cannot end them', () => {
    const body = parse(toHtml(provider({ name: HOSTILE })));
    const el = body.querySelector('clinic-provider')!;
    expect(el.getAttribute('name')).to.equal(HOSTILE);
    expect([...el.attributes].map((a) => a.name)).to.deep.equal(['scope', 'name']);
  });

  it('builds the same tree as DOM as it writes as HTML', () => {
    const pack = { name: 'Ketamine', summary: 'A summary.', facts: [{ label: 'Given as', value: 'IV infusion' }] };
    for (const fragment of [
      faq({ searchable: true, items: [{ id: 'a', question: 'Q?', answer: 'One.\n\n- two\n- **three** [x](https://example.com)' }] }),
      bookButton({ variant: 'outline' }, EN),
      crisisSupport({ variant: 'banner' }, ES),
      crisisSupport({}, EN),
      treatmentCard({ content: pack, booking: true }, EN),
    ]) {
      const built = document.createElement('div');
      built.append(toDom(fragment));
      // A parsed page holds one text node where the tree had several strings side by side.
      built.normalize();
      const written = parse(toHtml(fragment));
      expect(shape(built.firstElementChild!)).to.equal(shape(written.firstElementChild!));
    }
  });

  it('refuses event-handler attributes and text that could close a raw-text element', () => {
    expect(() => toHtml(h('a', { onclick: 'alert(1)' }))).to.throw(/not an allowed attribute name/);
    expect(() => toDom(h('a', { 'on-click': 'x' }))).to.throw(/not an allowed attribute name/);
    expect(() => toHtml(h('style', {}, '</style><script>alert(1)</script>'))).to.throw(/cannot close it/);
  });
});

describe('fragments: answer text', () => {
  const texts = [
    'One paragraph.',
    'First paragraph,\ncontinued.\n\nSecond paragraph.',
    'Before the list:\n\n- one\n- **two** and *three*\n* four',
    'Call [our office](tel:+14805550123) or [write](mailto:office@example.com); read [the study](https://doi.org/10.1016/j.psychres.2019.03.026).',
    'A [bad link](javascript:alert(1)) shows as its text, _emphasis_ works, snake_case_words do not.',
  ];
  for (const text of texts) {
    it(`writes ${JSON.stringify(text.slice(0, 24))}… as the FAQ renders it`, () => {
      const rendered = document.createElement('div');
      render(renderText(text), rendered);
      const written = document.createElement('div');
      written.append(toDom(textMarkup(text)));
      const links = (root: Element) => [...root.querySelectorAll('a')].map((a) => a.href);
      expect(shape(written)).to.equal(shape(rendered));
      expect(links(written)).to.deep.equal(links(rendered));
      // Lit's templates add white space between blocks; the words are the same.
      expect(written.textContent!.replace(/\s+/g, '')).to.equal(rendered.textContent!.replace(/\s+/g, ''));
    });
  }
});

describe('fragments: widgets', () => {
  it('writes the booking button’s links as the element shows them, in each language', () => {
    const button = parse(toHtml(bookButton({}, EN))).querySelector('clinic-book-button')!;
    expect([...button.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['https://example.com/book', en.bookLabel],
      ['tel:+14805550123', en.bookOrCall('(480) 555-0123')],
    ]);
    expect(button.attributes).to.have.length(0, 'defaults are not written');
    const spanish = parse(toHtml(bookButton({ mode: 'dialog', size: 'large' }, ES))).querySelector('clinic-book-button')!;
    expect(spanish.querySelector('a')!.textContent).to.equal(es.bookLabel);
    expect(spanish.getAttribute('mode')).to.equal('dialog');
    expect(spanish.getAttribute('size')).to.equal('large');
  });

  it('leaves out what the elements would reject, and writes no booking button without a way to book', () => {
    const bad = { phone: '<script>', bookingUrl: 'javascript:alert(1)', hours: 'whenever', timezone: 'Mars/Olympus', name: 'N' };
    expect(toHtml(provider(bad))).to.equal('<clinic-provider scope="page" name="N"></clinic-provider>');
    expect(bookButton({}, { clinic: bad, lang: 'en' })).to.equal(undefined);
    const onlyPhone = parse(toHtml(bookButton({}, { clinic: { phone: '480 555 0123' }, lang: 'en' })));
    expect(onlyPhone.querySelector('a')!.textContent).to.equal(en.call('(480) 555-0123'));
  });

  it('writes the crisis numbers the element lists, as links, marking English names on a Spanish page', () => {
    for (const [context, strings] of [
      [EN, en],
      [ES, es],
    ] as const) {
      const card = parse(toHtml(crisisSupport({}, context))).querySelector('clinic-crisis-support')!;
      const expected = crisisResources(strings).flatMap((resource) => resource.links.map((link) => [link.href, link.label]));
      expect([...card.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal(expected);
      expect(card.querySelector('h2')!.textContent).to.equal(strings.crisisHeading);
    }
    const names = [...parse(toHtml(crisisSupport({}, ES))).querySelectorAll('strong')].map((s) => s.getAttribute('lang'));
    expect(names).to.deep.equal(['en', 'en', null]);
    // The banner: the first service's links on its line, and "More help" as a native disclosure that
    // opens without the script onto the whole list, the emergency number included.
    const banner = parse(toHtml(crisisSupport({ variant: 'banner' }, EN)));
    const hrefs = (links: NodeListOf<HTMLAnchorElement>) => [...links].map((a) => a.getAttribute('href'));
    expect(hrefs(banner.querySelectorAll('clinic-crisis-support > p a'))).to.deep.equal([
      'tel:988',
      'sms:988',
      'https://988lifeline.org/chat',
    ]);
    expect(banner.querySelector('clinic-crisis-support > details > summary')!.textContent).to.equal(en.crisisMore);
    expect(hrefs(banner.querySelectorAll('clinic-crisis-support > details a'))).to.deep.equal(
      crisisResources(en).flatMap((resource) => resource.links.map((link) => link.href)),
    );
    expect(hrefs(banner.querySelectorAll('details a'))).to.include('tel:911');
  });

  it('writes the whole treatment card into its light DOM, citing a study as the card does', async () => {
    const content: Treatment = {
      name: 'Ketamine infusion therapy',
      summary: 'Given as an IV infusion.',
      facts: [{ label: 'Given as', value: 'IV infusion' }],
      sections: [{ heading: 'How it works', body: 'It blocks receptors.' }],
      considerations: [{ heading: 'Breastfeeding', body: '- pump before\n- wait two days' }],
      evidence: [
        {
          title: 'Prophylactic use of ketamine',
          authors: 'Ma J-H et al.',
          journal: 'Psychiatry Research',
          year: 2019,
          volume: '279',
          pages: '252-258',
          doi: '10.1016/j.psychres.2019.03.026',
          pmid: '31147085',
          participants: 654,
          url: 'javascript:alert(1)',
        },
      ],
      reviewedBy: 'Dr. A',
      lastReviewed: '2026-11-01',
    };
    const card = parse(toHtml(treatmentCard({ content, headingLevel: 3, booking: true }, EN))).querySelector('clinic-treatment-card')!;
    expect(card.querySelector('h3[slot=heading]')!.textContent).to.equal(content.name);
    expect([...card.querySelectorAll(':scope > h4')].map((x) => x.textContent)).to.deep.equal([
      'How it works',
      en.cardConsiderations,
      en.cardEvidence,
    ]);
    expect(card.querySelector(':scope > h5')!.textContent).to.equal('Breastfeeding');
    expect(card.querySelector('cite a'), 'an unsafe study link is left out').to.equal(null);
    expect(card.querySelector('[slot=disclaimer]')!.textContent).to.equal(en.disclaimer);
    expect(card.querySelector('clinic-book-button[slot=actions]')).to.exist;
    // The upgraded card, given the same content as data, cites the study with the same words.
    const element = await fixture<ClinicTreatmentCard>(html`<clinic-treatment-card .data=${content}></clinic-treatment-card>`);
    const shown = element.shadowRoot!.querySelector('[part=citation]')!.textContent!.replace(/\s+/g, ' ');
    for (const line of [...card.querySelectorAll('li p')].map((p) => p.textContent!)) expect(shown).to.include(line);
    // The review line is the last paragraph of the body.
    const reviewed = [...card.querySelectorAll(':scope > p:not([slot])')].at(-1)!.textContent;
    expect(element.shadowRoot!.querySelector('[part=reviewed]')!.textContent).to.equal(reviewed);
  });

  it('writes the script tag for each source: a moving CDN address without integrity, exact files with it', () => {
    const tag = (source: Parameters<typeof scriptTag>[0]) => toHtml(scriptTag(source, RELEASE)).replace(/\s+/g, ' ');
    expect(tag({ from: 'cdn' })).to.equal(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/clinic-widgets@0.1/dist/clinic-widgets.js"></script>',
    );
    expect(tag({ from: 'cdn', cdn: 'unpkg', classic: true })).to.equal(
      '<script src="https://unpkg.com/clinic-widgets@0.1/dist/clinic-widgets.iife.js" defer></script>',
    );
    expect(tag({ from: 'pinned' })).to.equal(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/clinic-widgets@0.1.0/dist/clinic-widgets.js" integrity="sha384-AAA" crossorigin="anonymous"></script>',
    );
    expect(tag({ from: 'self', path: '/wp-content/uploads/clinic-widgets.iife.js', classic: true })).to.equal(
      '<script src="/wp-content/uploads/clinic-widgets.iife.js" defer integrity="sha384-BBB" crossorigin="anonymous"></script>',
    );
    expect(tag({ from: 'self', path: 'javascript:alert(1)', integrity: false })).to.equal(
      '<script type="module" src="/js/clinic-widgets.js"></script>',
    );
  });

  it('writes colours only as colours, and the status line’s space only where there are hours and a phone', () => {
    expect(brandCss({ primary: 'red; } body { display: none', onPrimary: '#ffffff' })).to.equal('');
    expect(brandCss({ primary: '#0d5c63', onPrimary: '#ffffff', primaryDark: '#7fd3da', onPrimaryDark: '#0b1a2b' })).to.include(
      '--clinic-color-primary: light-dark(#0d5c63, #7fd3da);',
    );
    expect(widgetCss({ book: {} }, EN)).to.include('::after');
    expect(widgetCss({ book: {} }, { clinic: { bookingUrl: 'https://example.com/book' }, lang: 'en' })).not.to.include('::after');
  });
});
