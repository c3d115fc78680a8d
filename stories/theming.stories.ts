import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { BRAND } from './themes.js';
import { FAQ_APPEARANCES } from '../src/faq/faq.js';

/** A few widgets to see the tokens at work. */
const sample = () => html`
  <clinic-provider name="Renew Wellness" phone="(480) 555-0123" booking-url="https://example.com/book" hours="Mo-Fr 08:00-17:00; Sa 09:00-12:00" timezone="America/Phoenix">
    <clinic-book-button><a href="https://example.com/book">Book an appointment</a></clinic-book-button>
  </clinic-provider>
`;

/** Live examples for the Theming docs page (stories/theming.mdx). */
const meta: Meta = {
  title: 'Theming/Examples',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/** One brand colour, set as `--clinic-color-primary` alone: the widgets derive the rest, in light and dark. */
export const BrandColour: StoryObj<{ brand: string }> = {
  args: { brand: '#ffe066' },
  argTypes: { brand: { control: 'color', description: '`--clinic-color-primary`' } },
  render: ({ brand }) => {
    const widgets = html`<clinic-book-button href="https://example.com/book" phone="(480) 555-0123"></clinic-book-button>
      <clinic-faq appearance="divided">
        <details open><summary>How soon does it work?</summary><p>Many patients feel relief within hours.</p></details>
        <details><summary>Can I breastfeed during treatment?</summary><p>Ask your clinician.</p></details>
      </clinic-faq>
      <clinic-crisis-support variant="inline"></clinic-crisis-support>`;
    return html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem">
      <div style="--clinic-color-primary:${brand};--clinic-color-scheme:light;color-scheme:light;background:#fff;color:#1b2027;padding:1rem;display:grid;gap:1rem">${widgets}</div>
      <div style="--clinic-color-primary:${brand};--clinic-color-scheme:dark;color-scheme:dark;background:#0d1117;color:#e9eef3;padding:1rem;display:grid;gap:1rem">${widgets}</div>
    </div>`;
  },
};

/**
 * The FAQ's appearances beside the book button, the treatment card and the crisis panel: the same
 * radii, surfaces, rule weights and focus rings, from the same tokens.
 */
export const ConsistentLook: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1.5rem;align-items:start">
    ${FAQ_APPEARANCES.map(
      (appearance) => html`<clinic-faq appearance=${appearance} heading=${appearance}>
        <details><summary>What is ketamine?</summary><p>An anesthetic with antidepressant effects.</p></details>
        <details open><summary>How soon does it work?</summary><p>Many patients feel relief within hours.</p></details>
      </clinic-faq>`,
    )}
    <clinic-book-button href="https://example.com/book"></clinic-book-button>
    <clinic-treatment-card no-booking>
      <h3 slot="heading">Ketamine infusion therapy</h3>
      <p slot="summary">An anesthetic medication with antidepressant effects, given as an IV infusion.</p>
      <dl slot="facts"><dt>Given as</dt><dd>IV infusion</dd></dl>
    </clinic-treatment-card>
    <clinic-crisis-support heading-level="3"></clinic-crisis-support>
  </div>`,
};

/** Zero configuration: the defaults, on whatever page the widgets land. */
export const Defaults: Story = { render: sample };

/** An example clinic brand: every public token set on one wrapper, as the clinic's own stylesheet would. */
export const ClinicBrand: Story = {
  render: () =>
    html`<div style=${styleMap({ ...BRAND, colorScheme: 'light', background: '#fbf8f3', color: '#22313a', padding: '1rem' })}>${sample()}</div>`,
};

/** The dark defaults, pinned with `--clinic-color-scheme: dark` on a dark page. */
export const Dark: Story = {
  render: () =>
    html`<div style="--clinic-color-scheme: dark; color-scheme: dark; background: #0d1117; color: #e9eef3; padding: 1rem">${sample()}</div>`,
};
