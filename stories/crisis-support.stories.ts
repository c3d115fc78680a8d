import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/crisis-support/define.js';
import { CRISIS_VARIANTS, type CrisisVariant } from '../src/crisis-support/crisis-support.js';
import type { CrisisResource } from '../src/crisis-support/resources.js';

interface Args {
  variant: CrisisVariant;
  headingLevel: number;
  // Unset, the toolbar's language and theme apply.
  lang?: 'en' | 'es';
  theme?: 'light' | 'dark' | 'auto';
}

const render = ({ variant, headingLevel, lang, theme }: Args) =>
  html`<clinic-crisis-support variant=${variant} heading-level=${headingLevel} lang=${ifDefined(lang)} theme=${ifDefined(theme)}></clinic-crisis-support>`;

const meta: Meta<Args> = {
  title: 'Widgets/Crisis support',
  component: 'clinic-crisis-support',
  args: { variant: 'card', headingLevel: 2 },
  argTypes: {
    variant: { control: 'inline-radio', options: [...CRISIS_VARIANTS] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** The full list: 988, the National Maternal Mental Health Hotline and 911. */
export const Card: Story = {};

/** One line with the 988 links; "More help" shows the full list. It cannot be dismissed. */
export const Banner: Story = { args: { variant: 'banner' } };

/** One sentence in the flow of a footer. */
export const Inline: Story = {
  args: { variant: 'inline' },
  render: (args) => html`<footer style="font-size: 0.875rem">
    <p>© Renew Wellness, Phoenix, AZ. ${render(args)}</p>
  </footer>`,
};

export const Spanish: Story = { args: { lang: 'es' } };

export const SpanishBanner: Story = { args: { lang: 'es', variant: 'banner' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background: #0d1117; padding: 1rem">${render(args)}</div>`,
};

const uk: CrisisResource[] = [
  {
    name: 'Samaritans',
    note: 'Any time, day or night.',
    links: [{ label: 'Call 116 123', href: 'tel:116123' }],
  },
  { name: 'Emergency', links: [{ label: 'Call 999', href: 'tel:999' }] },
];

/** `resources` replaces the built-in United States list (here an example for another country). */
export const CustomResources: Story = {
  render: ({ variant }) => html`<clinic-crisis-support variant=${variant} .resources=${uk}></clinic-crisis-support>`,
};

/** The same replacement from HTML only: the `resources` attribute takes JSON. */
export const CustomResourcesAttribute: Story = {
  render: ({ variant }) => html`<clinic-crisis-support variant=${variant} resources=${JSON.stringify(uk)}></clinic-crisis-support>`,
};

/** `slot="extra"` adds local services after the built-in list; it shows without JavaScript too. */
export const ExtraResources: Story = {
  render: ({ variant }) => html`<clinic-crisis-support variant=${variant}>
    <p slot="extra">Example County crisis line (fictional): <a href="tel:+15555550100">Call 555-555-0100</a></p>
  </clinic-crisis-support>`,
};

/**
 * What visitors see when the script is slow or blocked: the documented light-DOM markup, shown in
 * an unregistered tag so it stays un-upgraded here.
 */
export const NoJavaScript: Story = {
  render: () => html`<clinic-crisis-support-no-js>
    <h2>If you are in crisis</h2>
    <ul>
      <li>
        988 Suicide &amp; Crisis Lifeline: <a href="tel:988">Call 988</a>, <a href="sms:988">Text 988</a>,
        <a href="https://988lifeline.org/chat">Chat at 988lifeline.org</a>. Spanish: press 2 when calling, or text
        AYUDA to 988.
      </li>
      <li>
        National Maternal Mental Health Hotline:
        <a href="tel:+18338526262">Call 1-833-TLC-MAMA (1-833-852-6262)</a>,
        <a href="sms:+18338526262">Text 1-833-852-6262</a>. Free, confidential, 24/7, in English and Spanish. Not a
        crisis line: in a crisis, call or text 988.
      </li>
      <li>Immediate danger: <a href="tel:911">Call 911</a></li>
    </ul>
  </clinic-crisis-support-no-js>`,
};

/** Each variant in a 280 px column. */
export const Narrow280px: Story = {
  name: 'Narrow (280 px)',
  render: (args) => html`<div style="inline-size: 280px; display: grid; gap: 1rem">
    ${render({ ...args, variant: 'card' })} ${render({ ...args, variant: 'banner' })}
    <p>${render({ ...args, variant: 'inline' })}</p>
  </div>`,
};
