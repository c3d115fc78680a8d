import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import { BRAND, PAGE, type PageTheme } from '../stories/themes.js';
// Every element, registered exactly as the drop-in does it, and the pre-upgrade stylesheet a page links.
import '../src/clinic-widgets.js';
import '../src/prelayout.css';

// Controls, slots, parts, CSS properties and events in autodocs all come from the JSDoc via the
// manifest (`npm run analyze`, which `storybook` and `build-storybook` run first).
setCustomElementsManifest(manifest);

// The toolbar's theme, language, direction and brand colour, applied to a wrapper around every story.
// "Clinic brand" sets every public token, as a clinic's stylesheet would; the Theming page shows the
// values. The "Brand" colour picker (.storybook/manager.js) sets --clinic-color-primary alone, from
// which the widgets derive the rest. The "Appearance" switch is read by the stories with an FAQ.
const withPage: Decorator = (story, { globals, viewMode }) => {
  const theme: PageTheme = globals.theme in PAGE ? globals.theme : 'light';
  const style: Record<string, string> = { ...PAGE[theme], ...(theme === 'brand' ? BRAND : {}) };
  if (globals.brand) style['--clinic-color-primary'] = globals.brand;
  // A story alone fills the canvas: the page colour reaches its edges (docs pages keep their own).
  if (viewMode === 'story') Object.assign(document.body.style, { background: style.background, colorScheme: style.colorScheme });
  return html`<div class="clinic-story" lang=${globals.lang ?? 'en'} dir=${globals.dir ?? 'ltr'} style=${styleMap(style)}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withPage],
  globalTypes: {
    theme: {
      description: 'Colour theme of the page around the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Clinic brand' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language of the page (the `lang` attribute around the widgets)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
        ],
        dynamicTitle: true,
      },
    },
    appearance: {
      description: 'Appearance of every FAQ that does not pin one (`appearance` on <clinic-faq>)',
      toolbar: {
        title: 'Appearance',
        icon: 'component',
        items: [
          { value: 'plain', title: 'Plain (default)' },
          { value: 'divided', title: 'Divided' },
          { value: 'cards', title: 'Cards' },
        ],
        dynamicTitle: true,
      },
    },
    brand: {
      description: 'One brand colour, as --clinic-color-primary (the "Brand" colour picker in the toolbar)',
    },
    dir: {
      description: 'Text direction of the page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'en', dir: 'ltr', appearance: 'plain', brand: '' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
    options: { storySort: { order: ['Theming', 'Pages', 'Widgets', ['Provider', '*']] } },
  },
};

export default preview;
