// Shared by the Storybook toolbar (.storybook/preview.ts) and the Theming docs page. Not part of the
// library: a clinic sets these properties in its own stylesheet.

/** An example clinic brand: every public token set on a page wrapper, as a clinic's CSS would. */
export const BRAND = {
  '--clinic-color-scheme': 'light',
  '--clinic-color-primary': '#7a2e5d',
  '--clinic-color-on-primary': '#ffffff',
  '--clinic-color-text': '#22313a',
  '--clinic-color-text-muted': '#4f5d66',
  '--clinic-color-surface': '#fffdf9',
  '--clinic-color-surface-alt': '#f6eef3',
  '--clinic-color-border': '#dccbd5',
  '--clinic-color-control-border': '#7d6a75',
  '--clinic-color-alert': '#a01d33',
  '--clinic-color-focus': '#7a2e5d',
  '--clinic-radius': '1rem',
  '--clinic-space-1': '0.25rem',
  '--clinic-space-2': '0.625rem',
  '--clinic-space-3': '1.25rem',
  '--clinic-space-4': '2rem',
  '--clinic-font-family': 'Georgia, "Times New Roman", serif',
  '--clinic-duration': '240ms',
} as const;

/** The page around a story for each toolbar theme: its scheme, colours and font (which the widgets inherit). */
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const PAGE = {
  light: { '--clinic-color-scheme': 'light', colorScheme: 'light', background: '#ffffff', color: '#1b2027', fontFamily: font },
  dark: { '--clinic-color-scheme': 'dark', colorScheme: 'dark', background: '#0d1117', color: '#e9eef3', fontFamily: font },
  brand: { '--clinic-color-scheme': 'light', colorScheme: 'light', background: '#fbf8f3', color: '#22313a', fontFamily: font },
} as const;

export type PageTheme = keyof typeof PAGE;

/** Every public token with its light and dark default (src/internal/tokens.ts), for the docs page. */
export const TOKENS: readonly { name: string; light: string; dark?: string; use: string }[] = [
  {
    name: '--clinic-color-primary',
    light: '#0b5cad',
    dark: '#8cc4ff',
    use: 'Buttons, links, questions. One colour set here serves both schemes: hover, pressed, focus and an accessible shade are derived',
  },
  { name: '--clinic-color-on-primary', light: '#fff', dark: '#0b1a2b', use: 'Text on the primary colour' },
  { name: '--clinic-color-text', light: '#1b2027', dark: '#e9eef3', use: 'Body text' },
  { name: '--clinic-color-text-muted', light: '#4d5864', dark: '#aeb9c4', use: 'Secondary text: dates, sources, hints' },
  { name: '--clinic-color-surface', light: '#fff', dark: '#161b22', use: 'Card and panel background' },
  { name: '--clinic-color-surface-alt', light: '#f2f5f8', dark: '#202831', use: 'Raised or highlighted areas' },
  { name: '--clinic-color-border', light: '#cdd5dd', dark: '#3f4852', use: 'Decorative borders and dividers' },
  { name: '--clinic-color-control-border', light: '#6b7682', dark: '#8c98a5', use: 'Borders of inputs and controls (3:1 contrast)' },
  { name: '--clinic-color-alert', light: '#a3262c', dark: '#ffa3a3', use: 'Errors and crisis emphasis' },
  { name: '--clinic-color-focus', light: '#0b5cad', dark: '#8cc4ff', use: 'Keyboard focus ring (default: the primary)' },
  { name: '--clinic-radius', light: '0.5rem', use: 'Corner radius' },
  { name: '--clinic-space-1', light: '0.25rem', use: 'Spacing scale, smallest' },
  { name: '--clinic-space-2', light: '0.5rem', use: 'Spacing scale' },
  { name: '--clinic-space-3', light: '1rem', use: 'Spacing scale' },
  { name: '--clinic-space-4', light: '1.5rem', use: 'Spacing scale, largest' },
  { name: '--clinic-font-family', light: 'inherit', use: "Font; the host page's font unless set" },
  { name: '--clinic-duration', light: '160ms', use: 'Animation length (0s under reduced motion)' },
  { name: '--clinic-color-scheme', light: 'light dark', use: 'Pins the scheme: light, dark, or follow the visitor' },
];
