import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { stub } from 'sinon';
import '../src/provider/define.js';
import '../src/book-button/define.js';
import '../src/faq/define.js';
import { brandPalette } from '../src/internal/brand.js';
import { contrastOf, hex } from './helpers/color.js';

// One brand colour in, an accessible palette out: the colours the browser computes for real elements,
// for a spread of brand colours, in both schemes, set with --clinic-color-primary alone or with a
// provider's brand-color.

const BRANDS = {
  'very light (a pale yellow)': '#ffe066',
  white: '#ffffff',
  'very dark (navy)': '#0b1026',
  black: '#000000',
  'saturated red': '#ff0000',
  'saturated green': '#00ff00',
  'saturated blue': '#0000ff',
  'mid grey': '#808080',
  'mid teal': '#0d9488',
  'plum (already accessible in light)': '#7a2e5d',
};
const SURFACES = { light: ['#ffffff', '#f2f5f8'], dark: ['#161b22', '#202831'] } as const;

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`)!;
const style = (el: Element) => getComputedStyle(el);
const settle = async (...els: Element[]) => {
  await nextFrame();
  await Promise.all(els.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  await nextFrame();
};
/** Moves the pointer over the middle of `el`. */
async function pointAt(el: Element) {
  const { left, top, width, height } = el.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
}

async function widgets(brand: string, scheme: 'light' | 'dark', how: 'css' | 'provider') {
  const wrapper =
    how == 'css'
      ? html`<div style=${`${brand ? `--clinic-color-primary: ${brand}; ` : ''}--clinic-color-scheme: ${scheme}; padding: 8px`}>
          <clinic-book-button href="https://example.com/book" phone="(480) 555-0123"></clinic-book-button>
          <clinic-faq appearance="divided"><details><summary>Can I breastfeed?</summary><p>Ask us.</p></details></clinic-faq>
        </div>`
      : html`<clinic-provider brand-color=${brand} theme=${scheme}
          ><div style="padding: 8px">
            <clinic-book-button href="https://example.com/book" phone="(480) 555-0123"></clinic-book-button>
            <clinic-faq appearance="divided"><details><summary>Can I breastfeed?</summary><p>Ask us.</p></details></clinic-faq></div
        ></clinic-provider>`;
  const root = await fixture<HTMLElement>(wrapper);
  const book = root.querySelector('clinic-book-button')!;
  const faq = root.querySelector('clinic-faq')!;
  await settle(book, faq);
  return { book, faq };
}

describe('brand colour', () => {
  // Pressing the booking button must not leave the test page.
  const stay = (event: Event) => event.preventDefault();
  before(() => addEventListener('click', stay));
  after(() => removeEventListener('click', stay));
  // The pointer rests away from the widgets between tests (Firefox keeps the last hover otherwise).
  afterEach(async () => {
    await resetMouse();
    await sendMouse({ type: 'move', position: [innerWidth - 1, innerHeight - 1] });
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, brand] of Object.entries(BRANDS)) {
      it(`${name} (${brand}), ${scheme}: every derived pair meets WCAG AA`, async () => {
        const { book, faq } = await widgets(brand, scheme, 'css');
        const button = part(book, 'button');
        const primary = style(button).backgroundColor;
        const onPrimary = style(button).color;
        const question = faq.shadowRoot!.querySelector('[part=question]')!;
        expect(hex(style(faq).backgroundColor), 'the FAQ is on the scheme’s surface').to.equal(SURFACES[scheme][0]);

        // The colour as text on the page (a link, a question), on both surfaces.
        for (const surface of SURFACES[scheme]) {
          expect(contrastOf(style(part(book, 'call')).color, surface), `link on ${surface}`).to.be.at.least(4.5);
          expect(contrastOf(style(question).color, surface), `question on ${surface}`).to.be.at.least(4.5);
          // The button's own edge (its fill and border) against the page.
          expect(contrastOf(primary, surface), `button edge on ${surface}`).to.be.at.least(3);
        }
        // Text on the colour.
        expect(contrastOf(onPrimary, primary), 'text on the button').to.be.at.least(4.5);

        // Hover and pressed, as the visitor's pointer makes them: darker in light, lighter in dark (a
        // fill already black in light, or white in dark, has only the underline to show it).
        await pointAt(button);
        const hover = style(button).backgroundColor;
        expect(style(button).textDecorationLine, 'hover underlines the label').to.equal('underline');
        const extreme = hex(primary) == (scheme == 'light' ? '#000000' : '#ffffff');
        if (!extreme) expect(hover, 'hover changes the fill').not.to.equal(primary);
        expect(contrastOf(style(button).color, hover), 'text on hover').to.be.at.least(4.5);
        expect(contrastOf(hover, SURFACES[scheme][0]), 'hover edge').to.be.at.least(3);
        await sendMouse({ type: 'down' });
        const pressed = style(button).backgroundColor;
        await sendMouse({ type: 'up' });
        if (!extreme) expect(pressed, 'pressed changes the fill again').not.to.equal(hover);
        expect(contrastOf(style(button).color, pressed), 'text when pressed').to.be.at.least(4.5);
        await pointAt(question);
        expect(hex(style(question).backgroundColor), 'a hovered question is on surface-alt').to.equal(SURFACES[scheme][1]);
        expect(contrastOf(style(question).color, SURFACES[scheme][1]), 'hovered question text').to.be.at.least(4.5);

        // The keyboard focus ring, against the page.
        await resetMouse();
        part(book, 'call').focus();
        await sendKeys({ press: 'Tab' });
        expect(faq.shadowRoot!.activeElement).to.equal(question);
        expect(style(question).outlineStyle).to.equal('solid');
        for (const surface of SURFACES[scheme]) {
          expect(contrastOf(style(question).outlineColor, surface), `focus ring on ${surface}`).to.be.at.least(3);
        }
      });
    }

    it(`keeps a brand colour that already meets the contrast exactly as given, and moves one that does not only as far as needed (${scheme})`, async () => {
      const kept = scheme == 'light' ? '#7a2e5d' : '#ffe066';
      const moved = scheme == 'light' ? '#ffe066' : '#7a2e5d';
      const colour = async (brand: string) => style(part((await widgets(brand, scheme, 'css')).book, 'button')).backgroundColor;
      expect(hex(await colour(kept))).to.equal(kept);
      const nearest = await colour(moved);
      expect(hex(nearest)).not.to.equal(moved);
      // The nearest shade: just past the 4.5:1 it needs on surface-alt, not black or white.
      expect(contrastOf(nearest, SURFACES[scheme][1])).to.be.within(4.5, 4.9);
    });

    it(`derives the colours brandPalette() reports (${scheme})`, async () => {
      for (const brand of Object.values(BRANDS)) {
        const button = part((await widgets(brand, scheme, 'css')).book, 'button');
        const expected = brandPalette(brand)![scheme];
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex(style(button).backgroundColor).slice(i, i + 2), 16));
        const [er, eg, eb] = [1, 3, 5].map((i) => parseInt(expected.primary.slice(i, i + 2), 16));
        // Within one step of 255 per channel (the browser and the function round separately).
        expect(
          Math.max(Math.abs(r! - er!), Math.abs(g! - eg!), Math.abs(b! - eb!)),
          `${brand}: ${hex(style(button).backgroundColor)} vs ${expected.primary}`,
        ).to.be.at.most(1);
        expect(hex(style(button).color)).to.equal(expected.onPrimary);
      }
    });
  }

  it("takes a provider's brand-color, in both schemes, for every widget it serves", async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const viaProvider = await widgets('#ffe066', scheme, 'provider');
      const viaCss = await widgets('#ffe066', scheme, 'css');
      expect(style(part(viaProvider.book, 'button')).backgroundColor).to.equal(style(part(viaCss.book, 'button')).backgroundColor);
      const question = (faq: Element) => style(faq.shadowRoot!.querySelector('[part=question]')!).color;
      expect(question(viaProvider.faq)).to.equal(question(viaCss.faq));
    }
  });

  it('lets the provider’s brand-color win over an inherited --clinic-color-primary, and drops it when removed', async () => {
    const root = await fixture<HTMLElement>(html`<div style="--clinic-color-primary: #7a2e5d; --clinic-color-scheme: light">
      <clinic-provider brand-color="#0d5c63"><clinic-book-button href="/book"></clinic-book-button></clinic-provider>
    </div>`);
    const book = root.querySelector('clinic-book-button')!;
    await settle(book);
    expect(hex(style(part(book, 'button')).backgroundColor)).to.equal('#0d5c63');
    root.querySelector('clinic-provider')!.removeAttribute('brand-color');
    await settle(book);
    expect(hex(style(part(book, 'button')).backgroundColor)).to.equal('#7a2e5d');
  });

  it('keeps the default colours exactly when no brand colour is set', async () => {
    const light = await widgets('', 'light', 'css');
    expect(style(part(light.book, 'button')).backgroundColor).to.equal('rgb(11, 92, 173)');
    const dark = await widgets('', 'dark', 'css');
    expect(style(part(dark.book, 'button')).backgroundColor).to.equal('rgb(140, 196, 255)');
    expect(style(part(dark.book, 'button')).color).to.equal('rgb(11, 26, 43)');
  });

  it('reports a brand-color that is not a colour, and keeps the defaults', async () => {
    const error = stub(console, 'error');
    try {
      const root = await fixture<HTMLElement>(html`<clinic-provider brand-color="brand blue" theme="light"
        ><clinic-book-button href="/book"></clinic-book-button
      ></clinic-provider>`);
      const book = root.querySelector('clinic-book-button')!;
      await settle(book);
      expect(error.getCalls().map((call) => call.args[0])).to.deep.equal([
        '<clinic-provider> brand-color: expected a CSS colour such as "#0d5c63", got "brand blue". Ignoring it.',
      ]);
      expect(style(part(book, 'button')).backgroundColor).to.equal('rgb(11, 92, 173)');
    } finally {
      error.restore();
    }
  });
});
