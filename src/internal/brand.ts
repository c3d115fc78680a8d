// The brand palette in JavaScript: the same arithmetic as the tokens' CSS (src/internal/tokens.ts),
// for tools that need the colours as values (the Storybook theming page, an embed builder checking a
// clinic's colour, the tests). The elements themselves derive their colours in CSS.

/** Channels in linear light, 0–1. */
type Linear = [number, number, number];

/** The palette one scheme derives from a brand colour, as `#rrggbb`. */
export interface SchemePalette {
  /** Buttons, links, questions: the brand colour or its nearest shade with 4.6:1 on both surfaces. */
  primary: string;
  /** Text on `primary`. */
  onPrimary: string;
  /** `primary` under the pointer. */
  hover: string;
  /** `primary` while pressed. */
  pressed: string;
  /** The focus ring: `primary`. */
  focus: string;
}

/** Luminance bounds of the derived primary: at most this in light, at least this in dark. */
export const PRIMARY_LIMITS = { light: 0.158, dark: 0.275 } as const;

/** The default surfaces (`--clinic-color-surface`, `--clinic-color-surface-alt`) per scheme. */
export const SURFACES = { light: ['#ffffff', '#f2f5f8'], dark: ['#161b22', '#202831'] } as const;

const ON_PRIMARY = { light: '#ffffff', dark: '#0b1a2b' } as const;

const toLinear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
const fromLinear = (channel: number) => (channel <= 0.0031308 ? channel * 12.92 : 1.055 * channel ** (1 / 2.4) - 0.055);

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` in linear light; undefined for anything else. */
export function parseColor(color: string): Linear | undefined {
  const text = color.trim().toLowerCase();
  let channels: number[] | undefined;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length == 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    channels = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  } else {
    const rgb = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)\s*(?:[,/]\s*1\s*)?\)$/.exec(text);
    if (rgb) channels = rgb.slice(1).map(Number);
  }
  if (!channels || channels.some((channel) => channel > 255)) return;
  return channels.map((channel) => toLinear(channel / 255)) as Linear;
}

/** WCAG relative luminance of linear channels. */
const luminanceOf = ([r, g, b]: Linear) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** `#rrggbb` of linear channels (clamped to sRGB). */
export function toHex(channels: Linear): string {
  return `#${channels
    .map((channel) =>
      Math.round(fromLinear(Math.min(1, Math.max(0, channel))) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG 2 relative luminance of a colour (see parseColor for the forms read). */
export function luminance(color: string): number {
  const channels = parseColor(color);
  if (!channels) throw new TypeError(`Not a colour this function reads: ${color}`);
  return luminanceOf(channels);
}

/** WCAG 2 contrast ratio of two colours, 1–21. */
export function contrast(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The nearest shade with luminance at most `limit`: channels scaled down (hue and saturation kept). */
function darkenTo(channels: Linear, limit: number): Linear {
  const scale = Math.min(1, limit / luminanceOf(channels));
  return channels.map((channel) => channel * scale) as Linear;
}

/** The nearest tint with luminance at least `limit`: channels scaled up as far as they go, then mixed with white. */
function lightenTo(channels: Linear, limit: number): Linear {
  const luminanceNow = luminanceOf(channels);
  const scale = Math.max(1, Math.min(limit / luminanceNow, 1 / Math.max(...channels, 1e-6)));
  const white = Math.max(0, (limit - scale * luminanceNow) / (1 - scale * luminanceNow));
  return channels.map((channel) => channel * scale + (1 - channel * scale) * white) as Linear;
}

/** Mixes linear channels with black (light) or white (dark), keeping `share` of the colour. */
const mix = (channels: Linear, share: number, towards: number) =>
  channels.map((channel) => channel * share + towards * (1 - share)) as Linear;

/**
 * The accessible palette the elements derive from one brand colour, in light and dark: what
 * `--clinic-color-primary` alone (or a provider's `brand-color`) gives, computed as the tokens' CSS
 * computes it. Every pair meets WCAG 2.2 AA against the default surfaces: primary as text 4.5:1,
 * text on primary (and on hover and pressed) 4.5:1, focus ring 3:1. Reads `#rgb`, `#rrggbb` and
 * `rgb()`; undefined for anything else.
 */
export function brandPalette(color: string): { light: SchemePalette; dark: SchemePalette } | undefined {
  const channels = parseColor(color);
  if (!channels) return;
  const scheme = (primary: Linear, towards: number, name: 'light' | 'dark'): SchemePalette => ({
    primary: toHex(primary),
    onPrimary: ON_PRIMARY[name],
    hover: toHex(mix(primary, 0.8, towards)),
    pressed: toHex(mix(primary, 0.6, towards)),
    focus: toHex(primary),
  });
  return {
    light: scheme(darkenTo(channels, PRIMARY_LIMITS.light), 0, 'light'),
    dark: scheme(lightenTo(channels, PRIMARY_LIMITS.dark), 1, 'dark'),
  };
}
