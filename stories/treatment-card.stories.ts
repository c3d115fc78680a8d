import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/provider/define.js';
import '../src/treatment-card/define.js';
import type { Treatment } from '../src/treatment-card/model.js';

// Vite serves (and in a build, copies) the content pack from these URLs.
const packUrl = {
  en: new URL('../content/ketamine-postpartum-depression.en.json', import.meta.url).href,
  es: new URL('../content/ketamine-postpartum-depression.es.json', import.meta.url).href,
};

type Args = {
  variant: 'full' | 'compact';
  headingLevel: number;
  // Unset, the toolbar's theme and language apply.
  theme?: 'light' | 'dark' | 'auto';
  lang?: 'en' | 'es';
  noBooking: boolean;
  evidence: boolean;
  width: number;
};

type Loaded = { pack: Treatment };

const meta: Meta<Args> = {
  title: 'Widgets/Treatment card',
  component: 'clinic-treatment-card',
  args: { variant: 'full', headingLevel: 2, noBooking: false, evidence: true, width: 640 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    width: { control: { type: 'range', min: 280, max: 1100, step: 10 } },
  },
  loaders: [
    async ({ args, globals }): Promise<Loaded> => ({
      pack: (await (await fetch(packUrl[(args as Args).lang ?? (globals.lang === 'es' ? 'es' : 'en')])).json()) as Treatment,
    }),
  ],
  render: (args, { loaded }) => {
    const { pack } = loaded as Loaded;
    const data = args.evidence ? pack : { ...pack, evidence: undefined };
    return html`<clinic-provider name="Renew Wellness (sample)" phone="(480) 555-0123" booking-url="https://example.com/book">
      <div style="max-width:${args.width}px">
        <clinic-treatment-card
          lang=${ifDefined(args.lang)}
          variant=${args.variant}
          heading-level=${args.headingLevel}
          theme=${ifDefined(args.theme)}
          ?no-booking=${args.noBooking}
          .data=${data}
        ></clinic-treatment-card>
      </div>
    </clinic-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Full: Story = {};

export const Compact: Story = { args: { variant: 'compact', width: 420 } };

export const WithoutEvidence: Story = { args: { evidence: false } };

export const Spanish: Story = { args: { lang: 'es' } };

export const SpanishCompact: Story = { args: { lang: 'es', variant: 'compact', width: 420 } };

export const Narrow280: Story = { name: 'Narrow (280 px)', args: { width: 280 } };

export const CompactNarrow280: Story = { name: 'Compact, narrow (280 px)', args: { variant: 'compact', width: 280 } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};

/** The review line, with placeholders a clinic must replace: never publish an invented reviewer. */
export const WithReviewPlaceholder: Story = {
  render: (args, { loaded }) => html`<clinic-treatment-card
    lang=${ifDefined(args.lang)}
    variant=${args.variant}
    .data=${{ ...(loaded as Loaded).pack, reviewedBy: '[Reviewer name, credentials — sample placeholder]', lastReviewed: '2025-01-31' }}
  ></clinic-treatment-card>`,
};

/**
 * Loaded from `src`; `{lang}` follows the card's language. Needs the Storybook config to serve the
 * content pack: `staticDirs: [{ from: '../content', to: '/content' }]`.
 */
export const FromSrc: Story = {
  loaders: [],
  render: (args) => html`<div style="max-width:${args.width}px">
    <clinic-treatment-card
      lang=${ifDefined(args.lang)}
      variant=${args.variant}
      src="/content/ketamine-postpartum-depression.{lang}.json"
      structured-data
      no-booking
    >
      <h2 slot="heading">Ketamine infusion therapy for postpartum depression</h2>
      <p slot="summary">Loading the full card…</p>
    </clinic-treatment-card>
  </div>`,
};

/** The no-JavaScript form: attributes and light DOM only. This is what shows while `src` loads. */
export const LightDom: Story = {
  loaders: [],
  render: (args) => html`<div style="max-width:${args.width}px">
    <clinic-treatment-card lang=${ifDefined(args.lang)} variant=${args.variant}>
      <h2 slot="heading">Ketamine infusion therapy for postpartum depression</h2>
      <p slot="summary">An anesthetic medication with antidepressant effects, given as an IV infusion.</p>
      <dl slot="facts">
        <dt>Given as</dt>
        <dd>IV infusion</dd>
        <dt>Starts working</dt>
        <dd>Within hours in most cases</dd>
      </dl>
      <p>Ask the clinic whether ketamine therapy suits your situation.</p>
      <a slot="actions" href="https://example.com/book">Book a consultation</a>
    </clinic-treatment-card>
  </div>`,
};

/** While `src` is loading: the light DOM shows, the card is marked busy. */
export const Loading: Story = {
  loaders: [],
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    return () => {
      window.fetch = original;
    };
  },
  render: () => html`<clinic-treatment-card src="/never-answers.json"></clinic-treatment-card>`,
};

/** `src` fails (404): one console error, and the light DOM stays. */
export const ErrorFallback: Story = {
  tags: ['expect-console-error'],
  loaders: [],
  render: () => html`<clinic-treatment-card src="/content/does-not-exist.json" heading="Ketamine infusion therapy">
    <p>Call the clinic to learn about ketamine infusion therapy.</p>
  </clinic-treatment-card>`,
};

/** Empty: no content at all, only the default disclaimer. */
export const Empty: Story = {
  loaders: [],
  render: () => html`<clinic-treatment-card></clinic-treatment-card>`,
};
