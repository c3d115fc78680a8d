import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

type Args = {
  name?: string;
  phone?: string;
  'booking-url'?: string;
  hours?: string;
  timezone?: string;
  lang?: string;
  theme?: string;
  scope?: string;
  /** The manifest's property twin of `booking-url`: hidden, the attribute is the control. */
  bookingUrl?: never;
};

const clinic: Args = {
  name: 'Renew Wellness',
  phone: '(480) 555-0123',
  'booking-url': 'https://example.com/book',
  hours: 'Mo-Fr 08:00-17:00; Sa 09:00-12:00',
  timezone: 'America/Phoenix',
};

/** Widgets that take everything from the provider: nothing clinic-specific on them. */
const widgets = () => html`
  <div style="display: grid; gap: 1rem; max-width: 36rem">
    <clinic-treatment-card variant="compact" heading="Ketamine infusion therapy" heading-level="3">
      <p slot="summary">An IV infusion for postpartum depression. The booking link below comes from the provider.</p>
    </clinic-treatment-card>
    <clinic-book-button><a href="https://example.com/book">Book an appointment</a></clinic-book-button>
  </div>
`;

const provider = (args: Args, content: unknown) => html`
  <clinic-provider
    name=${ifDefined(args.name)}
    phone=${ifDefined(args.phone)}
    booking-url=${ifDefined(args['booking-url'])}
    hours=${ifDefined(args.hours)}
    timezone=${ifDefined(args.timezone)}
    lang=${ifDefined(args.lang || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    scope=${ifDefined(args.scope)}
    >${content}</clinic-provider
  >
`;

/**
 * `<clinic-provider>` configures a clinic once — name, phone, booking URL, opening hours, time zone,
 * language and theme — for every widget inside it. A widget's own attributes win. It takes no space.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Provider',
  component: 'clinic-provider',
  args: clinic,
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    scope: { control: 'inline-radio', options: ['subtree', 'page'] },
    bookingUrl: { table: { disable: true } },
  },
  render: (args) => provider(args, widgets()),
};
export default meta;

type Story = StoryObj<Args>;

/** The widgets inside read the clinic's phone, booking page and hours from the provider. */
export const NestedWidgets: Story = {};

/** A widget's own attributes override the provider's: this button calls a different number. */
export const WidgetAttributesWin: Story = {
  render: (args) =>
    provider(
      args,
      html`${widgets()}
        <clinic-book-button phone="(480) 555-0199">Call the infusion suite</clinic-book-button>`,
    ),
};

/** `lang="es"` on the provider: every widget it serves speaks Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/** `theme="dark"` on the provider pins the dark scheme for every widget it serves. */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="color-scheme:dark;background:#0d1117;color:#e9eef3;padding:1rem">${provider(args, widgets())}</div>`,
};

/**
 * CMS pages (WordPress blocks, Squarespace sections) rarely let a clinic wrap its widgets in one
 * element. One `scope="page"` provider anywhere on the page — here in the footer, after the
 * widgets — serves every widget that no other provider encloses.
 */
export const PageScope: Story = {
  args: { scope: 'page' },
  render: (args) => html`
    <section aria-label="Header block">
      <clinic-book-button size="small"><a href="https://example.com/book">Book an appointment</a></clinic-book-button>
    </section>
    <section aria-label="Content block" style="margin-block: 1rem">
      <p>Separate content blocks, no shared wrapper the clinic controls.</p>
      <clinic-treatment-card variant="compact" heading="Ketamine infusion therapy" heading-level="3">
        <p slot="summary">The booking link in this card comes from the provider in the footer.</p>
      </clinic-treatment-card>
    </section>
    <footer>${provider(args, '')}</footer>
  `,
};
