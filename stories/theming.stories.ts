import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { BRAND } from './themes.js';

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
