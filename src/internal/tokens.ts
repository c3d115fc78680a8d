import { css } from './css.js';

/** Allowed values of every element's `theme` attribute. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Design tokens shared by every element. Public `--clinic-*` properties (set by the host page, on any
 * ancestor) feed private `--_*` ones with defaults; `light-dark()` picks the scheme, which follows the
 * visitor's preference unless `theme`, a provider's theme or `--clinic-color-scheme` pins it. In forced-colors
 * mode the browser replaces every colour, border and outline colour with system colours by itself.
 *
 * One brand colour (`--clinic-color-primary`, or a provider's `brand-color`, which arrives as `--_brand`)
 * becomes an accessible primary for each scheme: the same colour where it already has 4.6:1 contrast
 * with both surfaces, otherwise the nearest shade that has. In light, its channels are scaled down in
 * linear light (a shade: hue and saturation kept) until its luminance is at most 0.158, which gives
 * 4.6:1 on `surface-alt` and 5.05:1 under white text. In dark, they are scaled up as far as the colour
 * allows and then mixed with white until the luminance is at least 0.275: 4.6:1 on the dark
 * `surface-alt` and 5.4:1 under `#0b1a2b` text. Hover and pressed move further the same way, so every
 * pair only gains contrast; the focus ring is the primary (at least 3:1). `src/internal/brand.ts` does
 * the same arithmetic in JavaScript (and checks it). Browsers without relative colours (before
 * Chrome 122, Firefox 128, Safari 18) use the brand colour as given, as a page's CSS always did.
 */
export const tokens = css`
  :host {
    color-scheme: var(--clinic-color-scheme, light dark);
    --_b: var(--_brand, var(--clinic-color-primary));
    --_primary: var(--_derived, var(--_b, light-dark(#0b5cad, #8cc4ff)));
    --_hover: color-mix(in srgb-linear,var(--_primary) 80%,light-dark(#000,#fff));
    --_pressed: color-mix(in srgb-linear,var(--_primary) 60%,light-dark(#000,#fff));
    --_on-primary: var(--clinic-color-on-primary, light-dark(#fff, #0b1a2b));
    --_text: var(--clinic-color-text, light-dark(#1b2027, #e9eef3));
    --_muted: var(--clinic-color-text-muted, light-dark(#4d5864, #aeb9c4));
    --_surface: var(--clinic-color-surface, light-dark(#fff, #161b22));
    --_surface-alt: var(--clinic-color-surface-alt, light-dark(#f2f5f8, #202831));
    --_border: var(--clinic-color-border, light-dark(#cdd5dd, #3f4852));
    --_control-border: var(--clinic-color-control-border, light-dark(#6b7682, #8c98a5));
    --_alert: var(--clinic-color-alert, light-dark(#a3262c, #ffa3a3));
    --_focus: var(--clinic-color-focus, var(--_primary));
    --_radius: var(--clinic-radius, 0.5rem);
    --_s1: var(--clinic-space-1, 0.25rem);
    --_s2: var(--clinic-space-2, 0.5rem);
    --_s3: var(--clinic-space-3, 1rem);
    --_s4: var(--clinic-space-4, 1.5rem);
    --_duration: var(--clinic-duration, 160ms);
    font-family: var(--clinic-font-family, inherit);
    color: var(--_text);
    box-sizing: border-box;
  }
  /* Unset, --_b (and so --_derived) is invalid, and the defaults above apply as written. Written compact: the
     drop-in ships it as it is (a calc() needs the spaces around + and -). */
  @supports (color: rgb(from red r g b)) {
    :host {
      --_y: (.2126*r + .7152*g + .0722*b);
      --_k: min(1,.158/var(--_y));
      --_m: max(1,min(.275/var(--_y),1/max(r,g,b,1e-6)));
      --_t: max(0,(.275 - var(--_m)*var(--_y))/(1 - var(--_m)*var(--_y)));
      --_u: var(--_m)*(1 - var(--_t));
      --_derived: light-dark(
        color(from var(--_b) srgb-linear calc(r*var(--_k)) calc(g*var(--_k)) calc(b*var(--_k))),
        color(from var(--_b) srgb-linear calc(var(--_t) + r*var(--_u)) calc(var(--_t) + g*var(--_u)) calc(var(--_t) + b*var(--_u)))
      );
    }
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce), print {
    :host {
      --_duration: 0s;
    }
  }
  /* Marked rows (today in opening hours) keep their mark when forced colours drop backgrounds. */
  @media (forced-colors: active) {
    [aria-current] {
      outline: 2px solid;
      outline-offset: -2px;
    }
  }
  @media print {
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
    dialog {
      display: none !important;
    }
  }
`;
