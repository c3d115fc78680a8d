import { expect } from '@open-wc/testing';
import { brandPalette, contrast, luminance, PRIMARY_LIMITS, SURFACES } from '../../src/internal/brand.js';

describe('contrast and luminance', () => {
  it('give the WCAG 2 values', () => {
    expect(contrast('#000', '#fff')).to.equal(21);
    expect(contrast('#ffffff', '#ffffff')).to.equal(1);
    expect(contrast('#0b5cad', '#ffffff')).to.be.closeTo(6.67, 0.005);
    expect(luminance('rgb(255, 255, 255)')).to.equal(1);
    expect(luminance('rgb(0 0 0)')).to.equal(0);
  });

  it('refuses what they cannot read', () => {
    expect(() => luminance('blue')).to.throw(TypeError, 'Not a colour this function reads: blue');
    expect(brandPalette('rgb(300, 0, 0)')).to.equal(undefined);
    expect(brandPalette('#12345')).to.equal(undefined);
  });
});

describe('brandPalette', () => {
  // 2000 colours spread over the whole sRGB cube (a fixed sequence, the same on every run), plus the corners.
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const hex = () =>
    `#${[next(), next(), next()]
      .map((n) =>
        Math.floor(n * 256)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
  const colours = [
    ...Array.from({ length: 2000 }, hex),
    '#000000',
    '#ffffff',
    '#ff0000',
    '#00ff00',
    '#0000ff',
    '#ffff00',
    '#00ffff',
    '#ff00ff',
  ];

  it('meets WCAG AA for every derived pair, for every colour, in both schemes', () => {
    for (const colour of colours) {
      const palette = brandPalette(colour)!;
      for (const scheme of ['light', 'dark'] as const) {
        const { primary, onPrimary, hover, pressed, focus } = palette[scheme];
        const where = `${colour} (${scheme})`;
        for (const surface of SURFACES[scheme]) {
          expect(contrast(primary, surface), `${where}: primary as text on ${surface}`).to.be.at.least(4.5);
          expect(contrast(focus, surface), `${where}: focus ring on ${surface}`).to.be.at.least(3);
          expect(contrast(hover, surface), `${where}: hover fill on ${surface}`).to.be.at.least(3);
          expect(contrast(pressed, surface), `${where}: pressed fill on ${surface}`).to.be.at.least(3);
        }
        for (const fill of [primary, hover, pressed]) expect(contrast(onPrimary, fill), `${where}: text on ${fill}`).to.be.at.least(4.5);
      }
    }
  });

  it('keeps a colour that already meets the limits, and otherwise moves it only to the limit', () => {
    for (const colour of colours) {
      const palette = brandPalette(colour)!;
      const light = luminance(palette.light.primary);
      const dark = luminance(palette.dark.primary);
      const own = luminance(colour);
      if (own <= PRIMARY_LIMITS.light) expect(palette.light.primary, colour).to.equal(colour);
      else expect(light, colour).to.be.closeTo(PRIMARY_LIMITS.light, 0.004);
      if (own >= PRIMARY_LIMITS.dark) expect(palette.dark.primary, colour).to.equal(colour);
      else expect(dark, colour).to.be.closeTo(PRIMARY_LIMITS.dark, 0.004);
    }
  });

  it('keeps the hue when it moves a colour: a shade in light, a brighter tint in dark', () => {
    // A pale yellow stays yellow (red above green above blue), a navy stays blue.
    const yellow = brandPalette('#ffe066')!.light.primary;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(yellow.slice(i, i + 2), 16)) as [number, number, number];
    expect(r > g && g > b, yellow).to.equal(true);
    const blue = brandPalette('#0b5cad')!.dark.primary;
    const [br, bg, bb] = [1, 3, 5].map((i) => parseInt(blue.slice(i, i + 2), 16)) as [number, number, number];
    expect(bb > bg && bg > br && bb == 255, blue).to.equal(true);
  });
});
