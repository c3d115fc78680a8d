import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { stub } from 'sinon';
import { safeUrl, LINK_SCHEMES } from '../../src/internal/url.js';
import { renderText, plainText } from '../../src/internal/text.js';
import { loadJson } from '../../src/internal/load-json.js';
import { writeJsonLd } from '../../src/internal/json-ld.js';
import { reportError } from '../../src/internal/report.js';
import { emit } from '../../src/internal/emit.js';
// Declares the `clinic-book` event that emit() is checked against.
import type {} from '../../src/book-button/book-button.js';

describe('safeUrl', () => {
  it('accepts http, https and relative URLs, made absolute', () => {
    expect(safeUrl('https://example.com/book')).to.equal('https://example.com/book');
    expect(safeUrl('/book?x=1')).to.equal(new URL('/book?x=1', document.baseURI).href);
  });

  it('refuses javascript:, data: and disguised schemes', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'vbscript:x',
      '',
      '   ',
      'http://[bad',
    ]) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
  });

  it('allows tel: and mailto: only where asked', () => {
    expect(safeUrl('tel:+14805550123')).to.equal(undefined);
    expect(safeUrl('tel:+14805550123', LINK_SCHEMES)).to.equal('tel:+14805550123');
    expect(safeUrl('mailto:a@b.c', LINK_SCHEMES)).to.equal('mailto:a@b.c');
  });
});

describe('renderText (data text, never HTML)', () => {
  const show = async (text: string) => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    render(renderText(text), el);
    return el;
  };

  it('renders paragraphs, lists, emphasis and safe links', async () => {
    const el = await show('First **bold** and *it* and _em_.\n\n- one\n- [two](https://example.com)\n\nCall [us](tel:+14805550123).');
    expect(el.querySelectorAll('p')).to.have.length(2);
    expect(el.querySelector('strong')!.textContent).to.equal('bold');
    expect(el.querySelectorAll('em')).to.have.length(2);
    expect(el.querySelectorAll('li')).to.have.length(2);
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/', 'tel:+14805550123']);
  });

  it('shows markup and script as inert text', async () => {
    const el = await show('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> [click](javascript:window.__pwned=1)');
    expect(el.querySelector('img, script')).to.equal(null);
    expect(el.querySelector('a')).to.equal(null);
    expect(el.textContent).to.include('<img src=x onerror=');
    expect(el.textContent).to.include('click');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('leaves snake_case words alone', async () => {
    const el = await show('a_b_c');
    expect(el.querySelector('em')).to.equal(null);
  });

  it('gives plain text for search and structured data', () => {
    expect(plainText('**Bold** [link](https://x.y)\n- item')).to.equal('Bold link item');
  });
});

describe('loadJson', () => {
  it('parses a JSON document', async () => {
    const url = URL.createObjectURL(new Blob(['{"items":[]}'], { type: 'application/json' }));
    expect(await loadJson(url)).to.deep.equal({ items: [] });
  });

  it('rejects malformed JSON, HTTP errors and slow answers with a clear message', async () => {
    const bad = URL.createObjectURL(new Blob(['{"items": ['], { type: 'application/json' }));
    await loadJson(bad).then(
      () => expect.fail(),
      (e: Error) => expect(e.message).to.equal('malformed JSON'),
    );
    await loadJson('/no-such-file.json').then(
      () => expect.fail(),
      (e: Error) => expect(e.message).to.equal('HTTP 404'),
    );
    const fetchStub = stub(window, 'fetch').callsFake(
      (_u, init) =>
        new Promise((_r, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    try {
      await loadJson('/slow.json', undefined, 50).then(
        () => expect.fail(),
        (e: Error) => expect(e.message).to.include('no answer within'),
      );
    } finally {
      fetchStub.restore();
    }
  });
});

describe('writeJsonLd', () => {
  it('writes one script that no content can break out of, and removes it', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    writeJsonLd(host, { '@type': 'FAQPage', name: '</script><script>window.__pwned=1</script>' });
    writeJsonLd(host, { '@type': 'FAQPage', name: '</script><script>window.__pwned=1</script>' });
    const scripts = host.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(1);
    expect(scripts[0].textContent).not.to.include('</script>');
    expect(JSON.parse(scripts[0].textContent!)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      name: '</script><script>window.__pwned=1</script>',
    });
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    writeJsonLd(host, null);
    expect(host.querySelector('script')).to.equal(null);
  });
});

describe('reportError', () => {
  it('logs one error naming element, attribute, expectation and fallback', async () => {
    const el = await fixture(html`<clinic-x></clinic-x>`);
    const error = stub(console, 'error');
    try {
      reportError(el, 'phone', 'a phone number', 'abc', 'No call action.');
      reportError(el, 'phone', 'a phone number', 'abc', 'No call action.');
      expect(error.callCount).to.equal(1);
      expect(error.firstCall.args[0]).to.equal('<clinic-x> phone: expected a phone number, got "abc". No call action.');
    } finally {
      error.restore();
    }
  });
});

describe('emit', () => {
  it('dispatches a bubbling, composed event that a page can cancel', async () => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    let seen: CustomEvent | undefined;
    const listener = (e: Event) => {
      seen = e as CustomEvent;
      e.preventDefault();
    };
    document.addEventListener('clinic-book', listener);
    try {
      expect(emit(el as HTMLElement, 'clinic-book', { method: 'phone', href: 'tel:+14805550123' }, true)).to.equal(false);
      expect(seen!.detail).to.deep.equal({ method: 'phone', href: 'tel:+14805550123' });
      expect(seen!.composed).to.equal(true);
    } finally {
      document.removeEventListener('clinic-book', listener);
    }
  });
});
