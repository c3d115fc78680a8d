import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { spy, stub, useFakeTimers, type SinonStub } from 'sinon';
import '../src/book-button/define.js';
import '../src/provider/define.js';
import type { ClinicBookButton } from '../src/book-button/book-button.js';
import { prelayoutFor } from './helpers/prelayout.js';

// Elements register just after the page's first paint (src/internal/define.ts): wait for them.
await Promise.all(['clinic-book-button', 'clinic-provider'].map((tag) => customElements.whenDefined(tag)));

const SCHEDULER = new URL('/test/fixtures/scheduler.html', location.href).href;
const HOURS = 'Mo-Fr 08:00-17:00; Sa 09:00-12:00';
// Monday 2026-06-15, 10:00 in Phoenix (UTC-7 all year).
const MONDAY_10AM = new Date('2026-06-15T10:00:00-07:00');
const SATURDAY_1PM = new Date('2026-06-13T13:00:00-07:00');

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const settle = async (el: ClinicBookButton) => {
  await nextFrame();
  await el.updateComplete;
};
const messages = (error: SinonStub) => error.getCalls().map((c) => String(c.args[0]));
/** The office-hours status line once it has its text (it is worked out in a task after the first render). */
const statusLine = async (el: ClinicBookButton) => {
  await waitUntil(() => text(part(el, 'status')), 'the status line gets its text');
  return part(el, 'status')!;
};

/** Clicks `target` and reports whether the page was left to navigate; the navigation itself is always stopped. */
async function clickAndSee(target: HTMLElement): Promise<boolean> {
  let navigates = false;
  const stop = (event: Event) => {
    navigates = !event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', stop);
  try {
    target.click();
  } finally {
    window.removeEventListener('click', stop);
  }
  return navigates;
}

/** The status waits for idle time after the first paint (a plain task where there are no idle callbacks). */
const idle = async (clock: { tickAsync(ms: number): Promise<unknown> }) => {
  if ('requestIdleCallback' in self) await new Promise((r) => requestIdleCallback(r));
  else await clock.tickAsync(0);
};

describe('<clinic-book-button>', () => {
  let error: SinonStub;
  beforeEach(() => {
    error = stub(console, 'error');
  });
  afterEach(() => error.restore());

  describe('without JavaScript, then upgraded', () => {
    it('takes the booking URL and label from the link inside', async () => {
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button><a href="https://example.com/book">Book now</a></clinic-book-button>`,
      );
      const button = part(el, 'button') as HTMLAnchorElement;
      expect(button.localName).to.equal('a');
      expect(button.href).to.equal('https://example.com/book');
      expect(text(button)).to.equal('Book now');
      expect(part(el, 'call')).to.equal(null);
      expect(error.called).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('takes the phone number from a tel: link inside', async () => {
      const el = await fixture<ClinicBookButton>(html`<clinic-book-button>
        <a href="/book">Book an appointment</a>
        <a href="tel:+14805550123">or call (480) 555-0123</a>
      </clinic-book-button>`);
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal(new URL('/book', location.href).href);
      expect((part(el, 'call') as HTMLAnchorElement).href).to.equal('tel:+14805550123');
      expect(text(part(el, 'call'))).to.equal('or call (480) 555-0123');
    });

    it('lets its attributes win over the link inside', async () => {
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button href="https://example.com/other"><a href="https://example.com/book">Book now</a></clinic-book-button>`,
      );
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://example.com/other');
      expect(text(part(el, 'button'))).to.equal('Book now');
    });

    it('follows links that arrive or change after the upgrade', async () => {
      const el = await fixture<ClinicBookButton>(html`<clinic-book-button></clinic-book-button>`);
      el.innerHTML = '<a href="https://example.com/late">Book later</a>';
      await settle(el);
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://example.com/late');
      el.querySelector('a')!.textContent = 'Book a visit';
      await settle(el);
      expect(text(part(el, 'button'))).to.equal('Book a visit');
    });

    it('takes the same space as prelayout.css gives the links', async () => {
      // The shipped pre-upgrade styles, applied to a stand-in that is never defined.
      const root = await fixture<HTMLElement>(html`<div style="font: 16px/1.5 sans-serif; width: 600px">
        <x-book><a href="/book">Book an appointment</a> <a href="tel:+14805550123">or call (480) 555-0123</a></x-book>
        <clinic-book-button><a href="/book">Book an appointment</a> <a href="tel:+14805550123">or call (480) 555-0123</a></clinic-book-button>
      </div>`);
      root.prepend(await prelayoutFor('clinic-book-button', 'x-book'));
      const el = root.querySelector('clinic-book-button')!;
      await settle(el);
      const before = root.querySelector('x-book')!.getBoundingClientRect();
      const after = el.getBoundingClientRect();
      expect(Math.abs(after.width - before.width)).to.be.below(2);
      expect(Math.abs(after.height - before.height)).to.be.below(1);
    });

    it('with office hours, takes the height prelayout.css reserves for the status line', async () => {
      const root = await fixture<HTMLElement>(html`<div style="font: 16px/1.5 sans-serif; width: 600px">
        <x-book hours=${HOURS}><a href="/book">Book an appointment</a> <a href="tel:+14805550123">or call (480) 555-0123</a></x-book>
        <clinic-book-button hours=${HOURS} timezone="America/Phoenix" .now=${MONDAY_10AM}
          ><a href="/book">Book an appointment</a> <a href="tel:+14805550123">or call (480) 555-0123</a></clinic-book-button
        >
      </div>`);
      root.prepend(await prelayoutFor('clinic-book-button', 'x-book'));
      const el = root.querySelector('clinic-book-button')!;
      const before = root.querySelector('x-book')!.getBoundingClientRect();
      await settle(el);
      expect(part(el, 'status')).not.to.equal(null);
      expect(Math.abs(el.getBoundingClientRect().height - before.height)).to.be.below(1);
      // The same once the status has its text (it may still be empty above).
      await statusLine(el);
      expect(Math.abs(el.getBoundingClientRect().height - before.height)).to.be.below(1);
    });

    it('reserves the status line before the script when a provider on the page has the hours and phone', async () => {
      const root = await fixture<HTMLElement>(html`<div style="font: 16px/1.5 sans-serif; width: 600px">
        <x-provider hours=${HOURS} phone="(480) 555-0123"></x-provider>
        <x-book><a href="/book">Book an appointment</a></x-book>
      </div>`);
      const style = await prelayoutFor('clinic-book-button', 'x-book');
      style.textContent = style.textContent!.replaceAll('clinic-provider', 'x-provider');
      root.prepend(style);
      const book = root.querySelector('x-book')!;
      const reserved = book.getBoundingClientRect().height;
      root.querySelector('x-provider')!.removeAttribute('hours');
      expect(reserved - book.getBoundingClientRect().height, 'one status line (0.875em × 1.25)').to.be.closeTo(17.5, 0.5);
    });
  });

  describe('label and language', () => {
    it('shows a localized default label', async () => {
      const el = await fixture<ClinicBookButton>(html`<clinic-book-button href="/book"></clinic-book-button>`);
      expect(text(part(el, 'button'))).to.equal('Book an appointment');
      const es = await fixture<HTMLElement>(html`<div lang="es"><clinic-book-button href="/book"></clinic-book-button></div>`);
      const esEl = es.querySelector('clinic-book-button')!;
      await settle(esEl);
      expect(text(part(esEl, 'button'))).to.equal('Reservar una cita');
    });

    it('shows its own content as the label', async () => {
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button href="/book">Book a <strong>free</strong> consult</clinic-book-button>`,
      );
      const slot = part(el, 'button')!.querySelector('slot')!;
      expect(
        slot
          .assignedNodes()
          .map((n) => n.textContent)
          .join(''),
      ).to.equal('Book a free consult');
      await expect(el).to.be.accessible();
    });
  });

  describe('href', () => {
    it('accepts http, https and relative URLs', async () => {
      for (const [href, expected] of [
        ['https://example.com/book', 'https://example.com/book'],
        ['http://example.com/book', 'http://example.com/book'],
        ['/book?visit=new', new URL('/book?visit=new', location.href).href],
      ]) {
        const el = await fixture<ClinicBookButton>(html`<clinic-book-button href=${href!}></clinic-book-button>`);
        expect((part(el, 'button') as HTMLAnchorElement).href).to.equal(expected);
      }
    });

    for (const hostile of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'http://[::1',
      '',
    ]) {
      it(`refuses ${JSON.stringify(hostile)} with one error and a disabled button`, async () => {
        const el = await fixture<ClinicBookButton>(html`<clinic-book-button href=${hostile}>Book now</clinic-book-button>`);
        const button = part(el, 'button') as HTMLButtonElement;
        expect(button.localName).to.equal('button');
        expect(button.disabled).to.equal(true);
        expect(el.shadowRoot!.querySelector('[href]')).to.equal(null);
        const logged = messages(error);
        expect(logged).to.have.length(1);
        expect(logged[0]).to.include('<clinic-book-button> href: expected an http:, https: or relative URL');
        await expect(el).to.be.accessible();
      });
    }

    it('refuses a hostile URL in the fallback link too', async () => {
      const el = await fixture<ClinicBookButton>(
        // eslint-disable-next-line lit-a11y/anchor-is-valid -- a hostile fallback link is what this test is about
        html`<clinic-book-button phone="480-555-0123"><a href="javascript:alert(1)">Book now</a></clinic-book-button>`,
      );
      expect(el.shadowRoot!.innerHTML).not.to.include('javascript');
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('tel:+14805550123');
      expect(messages(error).filter((m) => m.includes('href:'))).to.have.length(1);
    });

    it('opens where `target` says', async () => {
      const el = await fixture<ClinicBookButton>(html`<clinic-book-button href="/book" target="_blank"></clinic-book-button>`);
      expect(part(el, 'button')!.getAttribute('target')).to.equal('_blank');
      const plain = await fixture<ClinicBookButton>(html`<clinic-book-button href="/book"></clinic-book-button>`);
      expect(part(plain, 'button')!.hasAttribute('target')).to.equal(false);
    });
  });

  describe('phone', () => {
    it('with only a phone, is a call button dialling E.164', async () => {
      const el = await fixture<ClinicBookButton>(html`<clinic-book-button phone="480.555.0123"></clinic-book-button>`);
      const button = part(el, 'button') as HTMLAnchorElement;
      expect(button.href).to.equal('tel:+14805550123');
      expect(text(button)).to.equal('Call (480) 555-0123');
      expect(part(el, 'call')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('with both, books online first and offers the call beside it', async () => {
      const el = await fixture<ClinicBookButton>(html`<clinic-book-button href="/book" phone="+1 480 555 0123"></clinic-book-button>`);
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal(new URL('/book', location.href).href);
      const call = part(el, 'call') as HTMLAnchorElement;
      expect(call.href).to.equal('tel:+14805550123');
      expect(text(call)).to.equal('or call (480) 555-0123');
      expect(call.getBoundingClientRect().height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });

    it('dials other countries written with +', async () => {
      const el = await fixture<ClinicBookButton>(html`<clinic-book-button phone="+44 20 7946 0958"></clinic-book-button>`);
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('tel:+442079460958');
      expect(text(part(el, 'button'))).to.equal('Call +44 20 7946 0958');
    });

    it('speaks Spanish', async () => {
      const root = await fixture<HTMLElement>(html`<div lang="es">
        <clinic-book-button id="a" phone="480-555-0123"></clinic-book-button>
        <clinic-book-button id="b" href="/book" phone="480-555-0123"></clinic-book-button>
      </div>`);
      const [a, b] = [...root.querySelectorAll('clinic-book-button')];
      await settle(a!);
      await settle(b!);
      expect(text(part(a!, 'button'))).to.equal('Llame al (480) 555-0123');
      expect(text(part(b!, 'call'))).to.equal('o llame al (480) 555-0123');
    });

    it('refuses an unreadable number with one error and no call action', async () => {
      const el = await fixture<ClinicBookButton>(html`<clinic-book-button href="/book" phone="555-CALL-NOW"></clinic-book-button>`);
      expect(part(el, 'call')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[href^="tel:"]')).to.equal(null);
      const logged = messages(error);
      expect(logged).to.have.length(1);
      expect(logged[0]).to.include('<clinic-book-button> phone: expected a phone number');
      expect(logged[0]).to.include('"555-CALL-NOW"');
    });
  });

  describe('neither booking URL nor phone', () => {
    it('shows the label as a disabled button and logs one error', async () => {
      const el = await fixture<ClinicBookButton>(html`<clinic-book-button></clinic-book-button>`);
      const button = part(el, 'button') as HTMLButtonElement;
      expect(button.disabled).to.equal(true);
      expect(text(button)).to.equal('Book an appointment');
      const logged = messages(error);
      expect(logged).to.have.length(1);
      expect(logged[0]).to.include('<clinic-book-button> href: expected a booking URL or a phone number');
      await expect(el).to.be.accessible();
    });
  });

  describe('provider', () => {
    it('uses the provider’s booking URL, phone, hours and time zone', async () => {
      const root =
        await fixture<HTMLElement>(html`<clinic-provider booking-url="https://example.com/book" phone="(480) 555-0123" hours=${HOURS} timezone="America/Phoenix">
        <clinic-book-button .now=${MONDAY_10AM}></clinic-book-button>
      </clinic-provider>`);
      const el = root.querySelector('clinic-book-button')!;
      await settle(el);
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://example.com/book');
      expect((part(el, 'call') as HTMLAnchorElement).href).to.equal('tel:+14805550123');
      expect(text(await statusLine(el))).to.match(/^Open now · closes 5:00\sPM/);
    });

    it('leaves a bad provider value to the provider’s own error', async () => {
      const root = await fixture<HTMLElement>(html`<clinic-provider phone="call us" hours="soon" booking-url="https://example.com/book">
        <clinic-book-button></clinic-book-button>
      </clinic-provider>`);
      const el = root.querySelector('clinic-book-button')!;
      await settle(el);
      expect(part(el, 'call')).to.equal(null);
      expect(part(el, 'status')).to.equal(null);
      const logged = messages(error);
      expect(logged).to.have.length(2);
      expect(logged.every((m) => m.startsWith('<clinic-provider>'))).to.equal(true);
    });

    it('lets its own attributes win', async () => {
      const root = await fixture<HTMLElement>(html`<clinic-provider booking-url="https://example.com/book" phone="(480) 555-0123">
        <clinic-book-button href="https://example.com/mine" phone="602-555-0199"></clinic-book-button>
      </clinic-provider>`);
      const el = root.querySelector('clinic-book-button')!;
      await settle(el);
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://example.com/mine');
      expect((part(el, 'call') as HTMLAnchorElement).href).to.equal('tel:+16025550199');
    });
  });

  describe('office hours', () => {
    it('says open now and when it closes, in the clinic’s zone', async () => {
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button phone="480-555-0123" hours=${HOURS} timezone="America/Phoenix" .now=${MONDAY_10AM}></clinic-book-button>`,
      );
      const status = await statusLine(el);
      expect(text(status)).to.match(/^Open now · closes 5:00\sPM/);
      expect(part(el, 'button')!.getAttribute('aria-describedby')).to.equal(status.id);
      await expect(el).to.be.accessible();
    });

    it('says closed and when it opens next, with the weekday', async () => {
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button href="/book" phone="480-555-0123" hours=${HOURS} timezone="America/Phoenix" .now=${SATURDAY_1PM}></clinic-book-button>`,
      );
      const status = await statusLine(el);
      expect(text(status)).to.match(/^Closed · opens Monday 8:00\sAM/);
      expect(part(el, 'call')!.getAttribute('aria-describedby')).to.equal(status.id);
      await expect(el).to.be.accessible();
    });

    it('names the clinic’s zone for a visitor in another zone', async () => {
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button phone="480-555-0123" hours=${HOURS} timezone="America/Phoenix" .now=${MONDAY_10AM}></clinic-book-button>`,
      );
      const visitor = new Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(text(await statusLine(el))!.endsWith('MST')).to.equal(visitor !== 'America/Phoenix');
    });

    it('speaks Spanish', async () => {
      const root = await fixture<HTMLElement>(html`<div lang="es">
        <clinic-book-button id="open" phone="480-555-0123" hours=${HOURS} timezone="America/Phoenix" .now=${MONDAY_10AM}></clinic-book-button>
        <clinic-book-button id="closed" phone="480-555-0123" hours=${HOURS} timezone="America/Phoenix" .now=${SATURDAY_1PM}></clinic-book-button>
      </div>`);
      const [open, closed] = [...root.querySelectorAll('clinic-book-button')];
      expect(text(await statusLine(open!))).to.match(/^Abierto ahora · cierra a las 17:00/);
      expect(text(await statusLine(closed!))).to.match(/^Cerrado · abre el lunes a las 8:00/);
    });

    it('formats no date before the first paint (ICU’s start-up), then fills in the line kept for the status', async () => {
      const formatting = [
        spy(Intl, 'DateTimeFormat'),
        spy(Intl, 'NumberFormat'),
        spy(Date.prototype, 'toLocaleString'),
        spy(Date.prototype, 'toLocaleDateString'),
        spy(Date.prototype, 'toLocaleTimeString'),
        spy(Number.prototype, 'toLocaleString'),
      ];
      try {
        const root = await fixture<HTMLElement>(html`<clinic-provider phone="(480) 555-0123" hours=${HOURS} timezone="America/Phoenix">
          <clinic-book-button .now=${MONDAY_10AM}></clinic-book-button>
        </clinic-provider>`);
        const el = root.querySelector('clinic-book-button')!;
        await el.updateComplete;
        const line = part(el, 'status')!;
        const height = line.getBoundingClientRect().height;
        expect(text(line)).to.equal('');
        expect(height).to.be.above(10);
        await new Promise(requestAnimationFrame); // what runs before the first paint
        expect(formatting.filter((f) => f.called)).to.have.length(0);
        expect(text(await statusLine(el))).to.match(/^Open now · closes 5:00\sPM/);
        expect(part(el, 'status')!.getBoundingClientRect().height).to.equal(height);
        expect(formatting.some((f) => f.called)).to.equal(true);
      } finally {
        formatting.forEach((f) => f.restore());
      }
    });

    it('says open all day for 24/7', async () => {
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button phone="480-555-0123" hours="24/7" .now=${MONDAY_10AM}></clinic-book-button>`,
      );
      expect(text(await statusLine(el))).to.equal('Open 24 hours');
    });

    it('shows no status without a phone to call', async () => {
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button href="/book" hours=${HOURS} .now=${MONDAY_10AM}></clinic-book-button>`,
      );
      expect(part(el, 'status')).to.equal(null);
    });

    it('refuses malformed hours with one error and shows no status', async () => {
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button phone="480-555-0123" hours="weekdays 9 to 5" .now=${MONDAY_10AM}></clinic-book-button>`,
      );
      expect(part(el, 'status')).to.equal(null);
      expect(part(el, 'button')!.hasAttribute('aria-describedby')).to.equal(false);
      const logged = messages(error);
      expect(logged).to.have.length(1);
      expect(logged[0]).to.include('<clinic-book-button> hours: expected schema.org openingHours');
    });

    it('refuses an unknown time zone with one error and uses the visitor’s', async () => {
      const local = new Date(2026, 5, 15, 10, 0); // Monday 10:00 in the browser's zone
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button phone="480-555-0123" hours=${HOURS} timezone="Mars/Olympus" .now=${local}></clinic-book-button>`,
      );
      expect(text(await statusLine(el))).to.match(/^Open now · closes 5:00\sPM$/);
      expect(messages(error).filter((m) => m.includes('<clinic-book-button> timezone: expected an IANA time zone'))).to.have.length(1);
    });

    it('keeps the status current at closing time, and does no work while disconnected', async () => {
      const clock = useFakeTimers({ now: new Date('2026-06-15T16:59:00-07:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const el = await fixture<ClinicBookButton>(
          html`<clinic-book-button phone="480-555-0123" hours=${HOURS} timezone="America/Phoenix"></clinic-book-button>`,
        );
        await nextFrame(); // the first paint…
        await idle(clock); // …and the idle time after it
        await el.updateComplete;
        expect(text(part(el, 'status'))).to.match(/^Open now/);
        expect(clock.countTimers()).to.equal(1);
        await clock.tickAsync(59_000);
        await el.updateComplete;
        expect(text(part(el, 'status')), 'one second before closing').to.match(/^Open now/);
        await clock.tickAsync(1_000);
        await el.updateComplete;
        expect(text(part(el, 'status'))).to.match(/^Closed · opens Tuesday 8:00\sAM/);
        const parent = el.parentNode!;
        el.remove();
        expect(clock.countTimers(), 'no timer while disconnected').to.equal(0);
        await clock.tickAsync(15 * 3600_000); // Tuesday 08:00
        parent.append(el);
        await el.updateComplete;
        expect(text(part(el, 'status'))).to.match(/^Open now · closes 5:00\sPM/);
      } finally {
        clock.restore();
      }
    });

    it('wakes for the next change, not every few seconds', async () => {
      const clock = useFakeTimers({ now: new Date('2026-06-15T10:00:00-07:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const el = await fixture<ClinicBookButton>(
          html`<clinic-book-button phone="480-555-0123" hours=${HOURS} timezone="America/Phoenix"></clinic-book-button>`,
        );
        await nextFrame(); // the first paint…
        await idle(clock); // …and the idle time after it
        const renders = stub(el, 'requestUpdate').callThrough();
        await clock.tickAsync(3_600_000);
        expect(renders.callCount).to.be.at.most(6);
        renders.restore();
      } finally {
        clock.restore();
      }
    });
  });

  describe('clinic-book event', () => {
    it('announces an online booking and lets the link navigate', async () => {
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button href="https://example.com/book" phone="480-555-0123"></clinic-book-button>`,
      );
      const heard = oneEvent(document, 'clinic-book');
      const navigates = await clickAndSee(part(el, 'button')!);
      const event = await heard;
      expect(event.detail).to.deep.equal({ method: 'online', href: 'https://example.com/book' });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(navigates).to.equal(true);
    });

    it('announces a call', async () => {
      const el = await fixture<ClinicBookButton>(html`<clinic-book-button href="/book" phone="480-555-0123"></clinic-book-button>`);
      const heard = oneEvent(el, 'clinic-book');
      const navigates = await clickAndSee(part(el, 'call')!);
      expect((await heard).detail).to.deep.equal({ method: 'phone', href: 'tel:+14805550123' });
      expect(navigates).to.equal(true);
    });

    it('navigates nowhere when a listener cancels it', async () => {
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button href="https://example.com/book" phone="480-555-0123"></clinic-book-button>`,
      );
      const cancel = (event: Event) => event.preventDefault();
      el.addEventListener('clinic-book', cancel);
      expect(await clickAndSee(part(el, 'button')!)).to.equal(false);
      expect(await clickAndSee(part(el, 'call')!)).to.equal(false);
    });
  });

  describe('mode="dialog"', () => {
    const open = async () => {
      const el = await fixture<ClinicBookButton>(html`<clinic-book-button mode="dialog" href=${SCHEDULER}>Book now</clinic-book-button>`);
      const outside = document.createElement('button');
      outside.textContent = 'Outside';
      el.after(outside);
      return { el, outside, button: part(el, 'button') as HTMLButtonElement, dialog: el.shadowRoot!.querySelector('dialog')! };
    };

    it('loads nothing until opened, then shows the booking page in a modal dialog', async () => {
      const { el, outside, button, dialog } = await open();
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      button.click();
      await el.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      const frame = el.shadowRoot!.querySelector('iframe')!;
      expect(frame.src).to.equal(SCHEDULER);
      expect(frame.title).to.equal('Book now');
      const newTab = dialog.querySelector<HTMLAnchorElement>('a[target=_blank]')!;
      expect(newTab.href).to.equal(SCHEDULER);
      expect(text(newTab)).to.equal('Open in a new tab');
      expect(el.shadowRoot!.activeElement, 'focus moves into the dialog').to.equal(dialog.querySelector('button'));
      outside.focus();
      expect(document.activeElement, 'the page behind is inert').not.to.equal(outside);
      await expect(el).to.be.accessible();
      outside.remove();
    });

    it('closes with Escape and gives focus back to the button', async () => {
      const { el, outside, button, dialog } = await open();
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(dialog.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await aTimeout(50);
      expect(dialog.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      outside.remove();
    });

    it('closes with its visible close button and gives focus back', async () => {
      const { el, outside, button, dialog } = await open();
      button.click();
      await el.updateComplete;
      const close = dialog.querySelector<HTMLButtonElement>('button')!;
      expect(text(close)).to.equal('Close');
      expect(close.getBoundingClientRect().height).to.be.at.least(44);
      // The dialog's close event comes in a later task: wait for it, not for an arbitrary timeout.
      const closed = oneEvent(dialog, 'close');
      close.click();
      await closed;
      expect(dialog.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      outside.remove();
    });

    it('opens no dialog when a listener cancels clinic-book', async () => {
      const { el, outside, button, dialog } = await open();
      const heard = oneEvent(el, 'clinic-book');
      el.addEventListener('clinic-book', (event) => event.preventDefault());
      button.click();
      expect((await heard).detail).to.deep.equal({ method: 'online', href: SCHEDULER });
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      outside.remove();
    });

    it('speaks Spanish', async () => {
      const el = await fixture<ClinicBookButton>(html`<clinic-book-button lang="es" mode="dialog" href=${SCHEDULER}></clinic-book-button>`);
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(text(dialog.querySelector('a'))).to.equal('Abrir en una pestaña nueva');
      expect(text(dialog.querySelector('button'))).to.equal('Cerrar');
    });
  });

  describe('appearance', () => {
    for (const size of ['small', 'medium', 'large'] as const) {
      it(`keeps a 44×44 px target at size ${size}`, async () => {
        const el = await fixture<ClinicBookButton>(html`<clinic-book-button href="/book" size=${size}>Go</clinic-book-button>`);
        const box = part(el, 'button')!.getBoundingClientRect();
        expect(box.height).to.be.at.least(44);
        expect(box.width).to.be.at.least(44);
      });
    }

    it('grows with size', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <clinic-book-button href="/book" size="small"></clinic-book-button>
        <clinic-book-button href="/book"></clinic-book-button>
        <clinic-book-button href="/book" size="large"></clinic-book-button>
      </div>`);
      const els = [...root.querySelectorAll('clinic-book-button')];
      await Promise.all(els.map(settle));
      const [s, m, l] = els.map((el) => part(el, 'button')!.getBoundingClientRect().width);
      expect(s).to.be.below(m!);
      expect(m).to.be.below(l!);
    });

    it('styles each variant, and is accessible in each', async () => {
      const backgrounds = new Set<string>();
      for (const variant of ['primary', 'secondary', 'outline'] as const) {
        const el = await fixture<ClinicBookButton>(html`<clinic-book-button href="/book" variant=${variant}></clinic-book-button>`);
        backgrounds.add(getComputedStyle(part(el, 'button')!).backgroundColor);
        await expect(el).to.be.accessible();
      }
      expect(backgrounds.size).to.equal(3);
    });

    it('is accessible in dark theme', async () => {
      const el = await fixture<ClinicBookButton>(html`<div style="background: #161b22; padding: 8px">
        <clinic-book-button theme="dark" href="/book" phone="480-555-0123" hours=${HOURS} timezone="America/Phoenix" .now=${MONDAY_10AM}></clinic-book-button>
      </div>`);
      await statusLine(el.querySelector('clinic-book-button')!);
      await expect(el).to.be.accessible();
    });

    it('stretches with full-width', async () => {
      const root = await fixture<HTMLElement>(
        html`<div style="width: 500px"><clinic-book-button href="/book" full-width></clinic-book-button></div>`,
      );
      const el = root.querySelector('clinic-book-button')!;
      await settle(el);
      expect(part(el, 'button')!.getBoundingClientRect().width).to.be.closeTo(500, 1);
    });

    it('refuses an unknown variant, size or mode with one error each and uses the default', async () => {
      const el = await fixture<ClinicBookButton>(
        html`<clinic-book-button href="/book" variant="loud" size="huge" mode="popup"></clinic-book-button>`,
      );
      const plain = await fixture<ClinicBookButton>(html`<clinic-book-button href="/book"></clinic-book-button>`);
      const logged = messages(error);
      for (const attr of ['variant', 'size', 'mode']) {
        expect(logged.filter((m) => m.startsWith(`<clinic-book-button> ${attr}: expected one of`))).to.have.length(1);
      }
      expect(getComputedStyle(part(el, 'button')!).backgroundColor).to.equal(getComputedStyle(part(plain, 'button')!).backgroundColor);
      expect(part(el, 'button')!.getBoundingClientRect().height).to.equal(part(plain, 'button')!.getBoundingClientRect().height);
      expect(part(el, 'button')!.localName, 'link mode').to.equal('a');
    });

    it('wraps gracefully in a narrow space', async () => {
      const root = await fixture<HTMLElement>(
        html`<div style="width: 200px"><clinic-book-button href="/book" phone="480-555-0123"></clinic-book-button></div>`,
      );
      const el = root.querySelector('clinic-book-button')!;
      await settle(el);
      const button = part(el, 'button')!.getBoundingClientRect();
      const call = part(el, 'call')!.getBoundingClientRect();
      expect(call.top).to.be.at.least(button.bottom - 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(200);
    });
  });
});
