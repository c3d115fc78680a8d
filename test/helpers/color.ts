// Colours as the browser computes them (`rgb()`, `color(srgb …)`, `color(srgb-linear …)`), turned into
// what the screen shows (8-bit sRGB) and compared by WCAG 2 contrast.

const toLinear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
const fromLinear = (channel: number) => (channel <= 0.0031308 ? channel * 12.92 : 1.055 * channel ** (1 / 2.4) - 0.055);

/** A computed colour (or `#rrggbb`) as 8-bit sRGB channels, as painted. Throws on a form it does not know, or transparency. */
export function painted(computed: string): [number, number, number] {
  const numbers = (computed.match(/-?[\d.]+(?:e-?\d+)?/gi) ?? []).map(Number);
  let srgb: number[];
  if (/^#[0-9a-f]{6}$/i.test(computed)) return [1, 3, 5].map((i) => parseInt(computed.slice(i, i + 2), 16)) as [number, number, number];
  if (computed.startsWith('rgb')) srgb = numbers.slice(0, 3).map((n) => n / 255);
  else if (computed.startsWith('color(srgb-linear')) srgb = numbers.slice(0, 3).map((n) => fromLinear(Math.min(1, Math.max(0, n))));
  else if (computed.startsWith('color(srgb ')) srgb = numbers.slice(0, 3);
  else throw new Error(`unexpected colour form: ${computed}`);
  const alpha = computed.startsWith('rgba') ? numbers[3]! : /\/\s*([\d.]+)\)/.exec(computed)?.[1];
  if (alpha !== undefined && Number(alpha) < 1) throw new Error(`a transparent colour has no contrast of its own: ${computed}`);
  return srgb.map((n) => Math.round(Math.min(1, Math.max(0, n)) * 255)) as [number, number, number];
}

export const hex = (computed: string) =>
  `#${painted(computed)
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')}`;

const luminance = (computed: string) => {
  const [r, g, b] = painted(computed).map((n) => toLinear(n / 255)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG 2 contrast ratio of two computed colours. */
export function contrastOf(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
