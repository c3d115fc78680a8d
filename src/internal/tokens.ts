import { css } from './css.js';

/** Allowed values of every element's `theme` attribute. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Design tokens shared by every element. Public `--clinic-*` properties (set by the host page, on any
 * ancestor) feed private `--_*` ones with defaults; `light-dark()` picks the scheme, which follows the
 * visitor's preference unless `theme`, a provider's theme or `--clinic-color-scheme` pins it. In forced-colors
 * mode the browser replaces every colour, border and outline colour with system colours by itself.
 */
export const tokens = css`
  :host {
    color-scheme: var(--clinic-color-scheme, light dark);
    --_primary: var(--clinic-color-primary, light-dark(#0b5cad, #8cc4ff));
    --_on-primary: var(--clinic-color-on-primary, light-dark(#fff, #0b1a2b));
    --_text: var(--clinic-color-text, light-dark(#1b2027, #e9eef3));
    --_muted: var(--clinic-color-text-muted, light-dark(#4d5864, #aeb9c4));
    --_surface: var(--clinic-color-surface, light-dark(#fff, #161b22));
    --_surface-alt: var(--clinic-color-surface-alt, light-dark(#f2f5f8, #202831));
    --_border: var(--clinic-color-border, light-dark(#cdd5dd, #3f4852));
    --_control-border: var(--clinic-color-control-border, light-dark(#6b7682, #8c98a5));
    --_alert: var(--clinic-color-alert, light-dark(#a3262c, #ffa3a3));
    --_focus: var(--clinic-color-focus, light-dark(#0b5cad, #8cc4ff));
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
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
`;
