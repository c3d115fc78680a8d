import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/book-button/define.js';
import '../src/provider/define.js';
import { BOOK_MODES, BOOK_SIZES, BOOK_VARIANTS, type ClinicBookButton } from '../src/book-button/book-button.js';

interface Args {
  href?: string;
  phone?: string;
  mode?: string;
  target?: string;
  variant?: string;
  size?: string;
  fullWidth?: boolean;
  hours?: string;
  timezone?: string;
  lang?: string;
  theme?: string;
  label?: string;
  /** A fixed clock (ISO date-time) so the open/closed status does not depend on when you look. */
  now?: string;
}

const BOOK = 'https://example.com/book';
const HOURS = 'Mo-Fr 08:00-17:00; Sa 09:00-12:00';
// Monday 2026-06-15 10:00 and Saturday 2026-06-13 13:00 in Phoenix (UTC-7 all year).
const OPEN = '2026-06-15T10:00:00-07:00';
const CLOSED = '2026-06-13T13:00:00-07:00';

const meta: Meta<Args> = {
  title: 'Widgets/Book button',
  component: 'clinic-book-button',
  argTypes: {
    mode: { control: 'inline-radio', options: BOOK_MODES },
    variant: { control: 'inline-radio', options: BOOK_VARIANTS },
    size: { control: 'inline-radio', options: BOOK_SIZES },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    now: { control: 'text' },
  },
  args: { href: BOOK },
  render: (a) => html`<div lang=${a.lang ?? nothing}>
    <clinic-book-button
      href=${a.href ?? nothing}
      phone=${a.phone ?? nothing}
      mode=${a.mode ?? nothing}
      target=${a.target ?? nothing}
      variant=${a.variant ?? nothing}
      size=${a.size ?? nothing}
      ?full-width=${a.fullWidth}
      hours=${a.hours ?? nothing}
      timezone=${a.timezone ?? nothing}
      theme=${a.theme ?? nothing}
      .now=${a.now ? new Date(a.now) : undefined}
      >${a.label ?? nothing}</clinic-book-button
    >
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary' } };
export const Outline: Story = { args: { variant: 'outline' } };
export const Small: Story = { args: { size: 'small' } };
export const Large: Story = { args: { size: 'large' } };
export const FullWidth: Story = { args: { fullWidth: true } };
export const CustomLabel: Story = { args: { label: 'Book a free consultation' } };
export const PhoneOnly: Story = { args: { href: undefined, phone: '(480) 555-0123' } };
export const BookOrCall: Story = { args: { phone: '(480) 555-0123' } };

export const OpenNow: Story = {
  name: 'Open now (fixed clock)',
  args: { phone: '(480) 555-0123', hours: HOURS, timezone: 'America/Phoenix', now: OPEN },
};

export const Closed: Story = {
  name: 'Closed (fixed clock)',
  args: { phone: '(480) 555-0123', hours: HOURS, timezone: 'America/Phoenix', now: CLOSED },
};

export const Invalid: Story = {
  tags: ['expect-console-error'],
  name: 'Invalid href and phone (disabled, console errors)',
  args: { href: 'javascript:alert(1)', phone: 'call us' },
};

export const Dialog: Story = {
  name: 'Dialog mode',
  args: { mode: 'dialog' },
};

export const DialogOpen: Story = {
  name: 'Dialog open',
  args: { mode: 'dialog' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ClinicBookButton>('clinic-book-button')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
  },
};

export const Spanish: Story = {
  name: 'Spanish',
  args: { lang: 'es', phone: '(480) 555-0123', hours: HOURS, timezone: 'America/Phoenix', now: CLOSED },
};

export const Dark: Story = {
  args: { theme: 'dark', phone: '(480) 555-0123', hours: HOURS, timezone: 'America/Phoenix', now: OPEN },
  render: (a, ctx) => html`<div style="background: #161b22; padding: 1rem">${meta.render!(a, ctx)}</div>`,
};

export const WithProvider: Story = {
  name: 'From a <clinic-provider>',
  render: () => html`<clinic-provider booking-url=${BOOK} phone="(480) 555-0123" hours=${HOURS} timezone="America/Phoenix">
    <clinic-book-button .now=${new Date(OPEN)}></clinic-book-button>
  </clinic-provider>`,
};

export const NoJavaScriptFallback: Story = {
  name: 'Recommended markup (works without JavaScript)',
  render: () => html`<clinic-book-button hours=${HOURS} timezone="America/Phoenix" .now=${new Date(OPEN)}>
    <a href=${BOOK}>Book an appointment</a>
    <a href="tel:+14805550123">or call (480) 555-0123</a>
  </clinic-book-button>`,
};

/** Empty: neither a booking URL nor a phone (and no provider): a disabled button and one console error. */
export const Empty: Story = {
  tags: ['expect-console-error'],
  args: { href: undefined },
};

/** Book or call with office hours in a 280 px column: the actions wrap. */
export const Narrow280px: Story = {
  name: 'Narrow (280 px)',
  args: { phone: '(480) 555-0123', hours: HOURS, timezone: 'America/Phoenix', now: OPEN },
  decorators: [(story) => html`<div style="inline-size: 280px">${story()}</div>`],
};
