import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { stub } from 'sinon';
import { hex } from '../helpers/color.js';
import '../../src/provider/define.js';
import './probe.js';
import { TestProbe } from './probe.js';
import { define } from '../../src/internal/define.js';

// Elements register just after the page's first paint (src/internal/define.ts): wait for them.
await Promise.all(['clinic-provider', 'test-probe'].map((tag) => customElements.whenDefined(tag)));

const settle = async (el: TestProbe) => {
  await nextFrame();
  await el.updateComplete;
};
const label = (el: TestProbe) => el.shadowRoot!.querySelector('b')!.textContent;

describe('registration', () => {
  it('ignores a second definition of a tag with one warning in all, never an exception', async () => {
    const warn = stub(console, 'warn');
    try {
      class Other extends HTMLElement {}
      class Another extends HTMLElement {}
      expect(() => define('test-probe', Other)).not.to.throw();
      expect(() => define('test-probe', Another)).not.to.throw();
      expect(() => define('clinic-provider', Other)).not.to.throw();
      expect(customElements.get('test-probe')).to.equal(TestProbe);
      // The warning is once per page: the first refused tag names itself, the rest stay quiet.
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.match(/<test-probe> is already defined/);
    } finally {
      warn.restore();
    }
  });
});

describe('language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('defaults to English', async () => {
    const el = await fixture<TestProbe>(html`<test-probe></test-probe>`);
    expect(label(el)).to.equal('Loading…');
  });

  it('follows the nearest lang attribute', async () => {
    const root = await fixture(html`<div lang="es-MX"><section><test-probe></test-probe></section></div>`);
    const el = root.querySelector('test-probe')!;
    await settle(el);
    expect(label(el)).to.equal('Cargando…');
  });

  it("follows a change of the page's lang after it rendered", async () => {
    const el = await fixture<TestProbe>(html`<test-probe></test-probe>`);
    document.documentElement.setAttribute('lang', 'es');
    await settle(el);
    expect(label(el)).to.equal('Cargando…');
    document.documentElement.setAttribute('lang', 'en-US');
    await settle(el);
    expect(label(el)).to.equal('Loading…');
  });

  it("takes the provider's language, also for page-wide providers", async () => {
    const root = await fixture(html`<div><test-probe></test-probe><clinic-provider scope="page" lang="es"></clinic-provider></div>`);
    const el = root.querySelector('test-probe')!;
    await settle(el);
    expect(label(el)).to.equal('Cargando…');
    root.querySelector('clinic-provider')!.setAttribute('lang', 'en');
    await settle(el);
    await settle(el);
    expect(label(el)).to.equal('Loading…');
  });

  it('an unknown language falls back to English', async () => {
    const root = await fixture(html`<div lang="fr"><test-probe></test-probe></div>`);
    const el = root.querySelector('test-probe')!;
    await settle(el);
    expect(label(el)).to.equal('Loading…');
  });
});

describe('theme tokens', () => {
  const colors = (el: TestProbe) => {
    const s = getComputedStyle(el.shadowRoot!.querySelector('b')!);
    return { color: s.color, background: s.backgroundColor };
  };

  it('has light defaults', async () => {
    const el = await fixture<TestProbe>(html`<test-probe theme="light"></test-probe>`);
    expect(colors(el)).to.deep.equal({ color: 'rgb(11, 92, 173)', background: 'rgb(255, 255, 255)' });
  });

  it('switches to dark with theme="dark"', async () => {
    const el = await fixture<TestProbe>(html`<test-probe theme="dark"></test-probe>`);
    expect(colors(el)).to.deep.equal({ color: 'rgb(140, 196, 255)', background: 'rgb(22, 27, 34)' });
  });

  it('takes the theme of its provider', async () => {
    const root = await fixture(html`<clinic-provider theme="dark"><test-probe></test-probe></clinic-provider>`);
    const el = root.querySelector('test-probe')!;
    await settle(el);
    expect(colors(el).background).to.equal('rgb(22, 27, 34)');
  });

  it('uses custom properties set anywhere above it', async () => {
    const root = await fixture(
      html`<div style="--clinic-color-primary: rgb(120, 20, 90); --clinic-color-scheme: light"><test-probe></test-probe></div>`,
    );
    const el = root.querySelector('test-probe')!;
    await settle(el);
    // The page's colour, already accessible in light, is used as given (computed as a derived colour).
    expect(hex(colors(el).color)).to.equal('#78145a');
  });

  it("inherits the host page's font", async () => {
    const root = await fixture(html`<div style="font-family: Georgia, serif"><test-probe></test-probe></div>`);
    const el = root.querySelector('test-probe')!;
    expect(getComputedStyle(el.shadowRoot!.querySelector('b')!).fontFamily).to.equal('Georgia, serif');
  });

  it('reports an unknown theme', async () => {
    const error = stub(console, 'error');
    try {
      await fixture<TestProbe>(html`<test-probe theme="neon"></test-probe>`);
      expect(error.callCount).to.equal(1);
      expect(String(error.firstCall.args[0])).to.include('<test-probe> theme').and.include('light, dark, auto');
    } finally {
      error.restore();
    }
  });
});

describe('render failures', () => {
  it('are logged and fall back to the light-DOM content, without an uncaught exception', async () => {
    class Broken extends TestProbe {
      protected override render(): never {
        throw new Error('boom');
      }
    }
    define('test-broken', Broken);
    const error = stub(console, 'error');
    try {
      const root = await fixture(html`<div><test-broken><p>Plain content</p></test-broken></div>`);
      const el = root.querySelector('test-broken') as TestProbe;
      await nextFrame();
      expect(error.called).to.equal(true);
      expect(String(error.firstCall.args[0])).to.include('<test-broken>');
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      expect(root.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      error.restore();
    }
  });
});
