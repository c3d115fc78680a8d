/**
 * WCAG 2.2 contrast for the brand colour: the ratio of two colours' relative luminances, and the
 * nearest shade of a colour (same hue and saturation, lightness moved as little as possible) that
 * reaches a ratio against every background given.
 */

/** WCAG AA for normal text. */
export const AA_TEXT = 4.5;

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Relative luminance of `#rrggbb` (WCAG 2.2, 1.4.3). */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Shown as WCAG writes ratios: "4.5:1", rounded down so a ratio just under the line never reads as passing. */
export const formatRatio = (ratio: number): string => `${Math.floor(ratio * 10) / 10}:1`;

function toHsl(hex: string): [number, number, number] {
  const [r, g, b] = rgb(hex).map((v) => v / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  if (max === min) return [0, 0, lightness];
  const d = max - min;
  const saturation = lightness > 0.5 ? d / (2 - max - min) : d / (max + min);
  const hue = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [hue / 6, saturation, lightness];
}

function toHex([hue, saturation, lightness]: [number, number, number]): string {
  const q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation;
  const p = 2 * lightness - q;
  const part = (t: number) => {
    t = (t + 1) % 1;
    const v = t < 1 / 6 ? p + (q - p) * 6 * t : t < 1 / 2 ? q : t < 2 / 3 ? p + (q - p) * (2 / 3 - t) * 6 : p;
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${part(hue + 1 / 3)}${part(hue)}${part(hue - 1 / 3)}`;
}

/**
 * The shade of `hex` nearest in lightness (same hue and saturation) for which `passes` holds: `hex`
 * itself when it does, undefined when no shade does.
 */
export function nearestShade(hex: string, passes: (color: string) => boolean): string | undefined {
  if (passes(hex)) return hex;
  const [hue, saturation, lightness] = toHsl(hex);
  for (let step = 0.005; step <= 1; step += 0.005) {
    // Darker and lighter at the same distance: the first that passes is the nearest.
    for (const candidate of [lightness - step, lightness + step]) {
      if (candidate < 0 || candidate > 1) continue;
      const shade = toHex([hue, saturation, candidate]);
      if (passes(shade)) return shade;
    }
  }
  return undefined;
}

/** Of the two text colours the widgets use on their primary colour, the one that reads better on `hex`. */
export function textOn(hex: string, light = '#ffffff', dark = '#0b1a2b'): string {
  return contrast(light, hex) >= contrast(dark, hex) ? light : dark;
}

/** The widgets' own surfaces (tokens.ts): the brand colour is text on them too (links, questions). */
export const SURFACE = { light: '#ffffff', dark: '#161b22' } as const;

/** The brand colour checked as the widgets use it, in each scheme. */
export interface BrandCheck {
  /** Button text on the colour. */
  onPrimary: string;
  buttonRatio: number;
  /** The colour as text on the page background and on the widgets' light surface (the lower). */
  pageRatio: number;
  passes: boolean;
  /** The nearest shade that passes both, when the colour does not. */
  suggestion?: string;
  /** The shade used in dark mode: the nearest that passes on the widgets' dark surface. */
  dark?: string;
  onDark?: string;
}

const readable = (background: readonly string[]) => (color: string) =>
  contrast(textOn(color), color) >= AA_TEXT && background.every((surface) => contrast(color, surface) >= AA_TEXT);

export function checkBrand(brand: string, pageBackground: string, withDark: boolean): BrandCheck {
  const onPrimary = textOn(brand);
  const buttonRatio = contrast(onPrimary, brand);
  const pageRatio = Math.min(contrast(brand, pageBackground), contrast(brand, SURFACE.light));
  const passes = buttonRatio >= AA_TEXT && pageRatio >= AA_TEXT;
  const dark = withDark ? nearestShade(brand, readable([SURFACE.dark])) : undefined;
  return {
    onPrimary,
    buttonRatio,
    pageRatio,
    passes,
    suggestion: passes ? undefined : nearestShade(brand, readable([pageBackground, SURFACE.light])),
    dark,
    onDark: dark && textOn(dark),
  };
}
