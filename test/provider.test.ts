import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { stub } from 'sinon';
import '../src/provider/define.js';
import '../src/book-button/define.js';
import './internal/probe.js';
import type { TestProbe } from './internal/probe.js';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { clinicContext, type ClinicConfig } from '../src/internal/context.js';

// Elements register just after the page's first paint (src/internal/define.ts): wait for them.
await Promise.all(['clinic-provider', 'clinic-book-button', 'test-probe'].map((tag) => customElements.whenDefined(tag)));

// Any element on the page may read the clinic through the standard context protocol.
class ThirdParty extends LitElement {
  seen: (ClinicConfig | undefined)[] = [];
  consumer = new ContextConsumer(this, { context: clinicContext, subscribe: true, callback: (v) => this.seen.push(v) });
}
customElements.define('third-party-consumer', ThirdParty);

const text = (el: TestProbe, sel: string) => el.shadowRoot!.querySelector(sel)!.textContent;
const settle = async (...els: { updateComplete: Promise<unknown> }[]) => {
  await nextFrame();
  await Promise.all(els.map((e) => e.updateComplete));
};

describe('<clinic-provider>', () => {
  it('shares its settings with widgets nested at any depth', async () => {
    const root =
      await fixture(html`<clinic-provider name="Renew Wellness" phone="(480) 555-0123" timezone="America/Phoenix" hours="Mo-Fr 08:00-17:00">
      <section><div><test-probe></test-probe></div></section>
    </clinic-provider>`);
    const probe = root.querySelector('test-probe')!;
    await settle(probe);
    expect(probe.config).to.include({
      name: 'Renew Wellness',
      phone: '(480) 555-0123',
      timezone: 'America/Phoenix',
      hours: 'Mo-Fr 08:00-17:00',
    });
    expect(text(probe, 'i')).to.equal('(480) 555-0123');
  });

  it("lets a widget's own attribute win over the provider's", async () => {
    const root = await fixture(
      html`<clinic-provider phone="(480) 555-0123"><test-probe phone="602-555-0199"></test-probe></clinic-provider>`,
    );
    const probe = root.querySelector('test-probe')!;
    await settle(probe);
    expect(text(probe, 'i')).to.equal('602-555-0199');
  });

  it('updates widgets when a setting changes', async () => {
    const root = await fixture<HTMLElement & { phone?: string }>(
      html`<clinic-provider phone="(480) 555-0101"><test-probe></test-probe></clinic-provider>`,
    );
    const probe = root.querySelector('test-probe')!;
    root.setAttribute('phone', '480-555-0100');
    await settle(probe, root as never);
    await settle(probe);
    expect(text(probe, 'i')).to.equal('480-555-0100');
  });

  it('the nearest provider wins when providers nest', async () => {
    const root = await fixture(
      html`<clinic-provider phone="(480) 555-0100"><clinic-provider phone="(480) 555-0111"><test-probe></test-probe></clinic-provider></clinic-provider>`,
    );
    const probe = root.querySelector('test-probe')!;
    await settle(probe);
    expect(text(probe, 'i')).to.equal('(480) 555-0111');
  });

  it('with scope="page" serves widgets in separate blocks, even when it comes after them', async () => {
    const root = await fixture(html`<div>
      <div class="block-1"><test-probe id="a"></test-probe></div>
      <div class="block-2"><clinic-provider phone="(602) 555-0122"><test-probe id="b"></test-probe></clinic-provider></div>
      <footer><clinic-provider scope="page" phone="(480) 555-0123" name="Renew Wellness"></clinic-provider></footer>
    </div>`);
    const a = root.querySelector<TestProbe>('#a')!;
    const b = root.querySelector<TestProbe>('#b')!;
    await settle(a, b);
    expect(text(a, 'i')).to.equal('(480) 555-0123');
    expect(a.config?.name).to.equal('Renew Wellness');
    expect(text(b, 'i'), 'a nearer provider still wins').to.equal('(602) 555-0122');
  });

  it('with two page-wide providers, the first serves real widgets across the page and the second is reported', async () => {
    const error = stub(console, 'error');
    after(() => error.restore());
    const root = await fixture(html`<div>
      <clinic-provider scope="page" phone="(480) 555-0123" hours="Mo-Fr 08:00-17:00" timezone="America/Phoenix"></clinic-provider>
      <section><clinic-book-button></clinic-book-button></section>
      <aside><clinic-provider scope="page" phone="(602) 555-0199"><clinic-book-button id="inside"></clinic-book-button></clinic-provider></aside>
      <footer><clinic-book-button id="late"></clinic-book-button></footer>
    </div>`);
    const [outside, inside, late] = [...root.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('clinic-book-button')];
    await settle(outside!, inside!, late!);
    const dialled = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=button]')!.getAttribute('href');
    expect(dialled(outside!), 'a widget outside both').to.equal('tel:+14805550123');
    expect(dialled(late!), 'one after the second provider').to.equal('tel:+14805550123');
    expect(dialled(inside!), 'the second still serves its own').to.equal('tel:+16025550199');
    error.restore();
    expect(error.args.map((a) => String(a[0]))).to.deep.equal([
      '<clinic-provider> scope: expected one provider with scope="page" on a page, got "page". Another one serves the page; this one serves the widgets inside it.',
    ]);
    // Removing the first hands the page to the second for widgets that ask from then on.
    root.querySelector('clinic-provider')!.remove();
    const added = document.createElement('clinic-book-button') as HTMLElement & { updateComplete: Promise<unknown> };
    root.append(added);
    await settle(added);
    expect(dialled(added)).to.equal('tel:+16025550199');
  });

  it('serves a widget added to the page later', async () => {
    const root = await fixture(html`<div><clinic-provider scope="page" phone="(480) 555-0155"></clinic-provider></div>`);
    const probe = document.createElement('test-probe');
    root.append(probe);
    await settle(probe);
    expect(text(probe, 'i')).to.equal('(480) 555-0155');
  });

  it('stops serving the page once removed', async () => {
    const root = await fixture(html`<div><clinic-provider scope="page" phone="(480) 555-0155"></clinic-provider></div>`);
    root.querySelector('clinic-provider')!.remove();
    const probe = document.createElement('test-probe');
    root.append(probe);
    await settle(probe);
    expect(text(probe, 'i')).to.equal('');
  });

  it('reports a bad time zone, booking URL and scope once each, naming the element and attribute', async () => {
    const error = stub(console, 'error');
    try {
      const root = await fixture(
        html`<clinic-provider timezone="Mars/Olympus" booking-url="javascript:alert(1)" scope="everywhere"><test-probe></test-probe></clinic-provider>`,
      );
      const probe = root.querySelector('test-probe')!;
      await settle(probe);
      const messages = error.getCalls().map((c) => String(c.args[0]));
      expect(messages.filter((m) => m.includes('<clinic-provider> timezone'))).to.have.length(1);
      expect(messages.filter((m) => m.includes('<clinic-provider> booking-url'))).to.have.length(1);
      expect(messages.filter((m) => m.includes('<clinic-provider> scope'))).to.have.length(1);
      expect(messages.find((m) => m.includes('timezone'))).to.include('IANA time zone');
      expect(probe.config?.timezone).to.equal(undefined);
      expect(probe.config?.bookingUrl).to.equal(undefined);
    } finally {
      error.restore();
    }
  });

  it('takes no space of its own and keeps its content visible', async () => {
    const root = await fixture(html`<clinic-provider><p>Hello</p></clinic-provider>`);
    expect(getComputedStyle(root).display).to.equal('contents');
    expect(root.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it("answers @lit/context's ContextConsumer and keeps it up to date", async () => {
    const root = await fixture(html`<clinic-provider name="Renew"><third-party-consumer></third-party-consumer></clinic-provider>`);
    const consumer = root.querySelector('third-party-consumer') as ThirdParty;
    await nextFrame();
    expect(consumer.consumer.value?.name).to.equal('Renew');
    root.setAttribute('name', 'Renew Wellness');
    await nextFrame();
    expect(consumer.consumer.value?.name).to.equal('Renew Wellness');
    consumer.remove();
    root.setAttribute('name', 'Gone');
    await nextFrame();
    expect(consumer.seen.at(-1)?.name, 'no updates after it left').to.equal('Renew Wellness');
  });

  it('is accessible', async () => {
    const root = await fixture(html`<clinic-provider name="Renew"><p>Content</p></clinic-provider>`);
    await expect(root).to.be.accessible();
  });
  it('reports an unreadable phone and malformed hours once each, naming the element and attribute', async () => {
    const error = stub(console, 'error');
    try {
      const root = await fixture(
        html`<clinic-provider phone="call us maybe" hours="weekdays 9 to 5"><test-probe></test-probe></clinic-provider>`,
      );
      await settle(root.querySelector('test-probe')!);
      const messages = error.getCalls().map((c) => String(c.args[0]));
      const phone = messages.filter((m) => m.startsWith('<clinic-provider> phone: expected a phone number'));
      const hours = messages.filter((m) => m.startsWith('<clinic-provider> hours: expected schema.org openingHours'));
      expect(phone).to.have.length(1);
      expect(phone[0]).to.include('"call us maybe"');
      expect(hours).to.have.length(1);
      expect(hours[0]).to.include('"weekdays 9 to 5"');
    } finally {
      error.restore();
    }
  });

  it('accepts a readable phone and valid hours without a word', async () => {
    const error = stub(console, 'error');
    try {
      const root = await fixture(
        html`<clinic-provider phone="+1 480 555 0123" hours="Mo-Fr 08:00-17:00; Sa 09:00-12:00"><test-probe></test-probe></clinic-provider>`,
      );
      const probe = root.querySelector('test-probe')!;
      await settle(probe);
      expect(error.called).to.equal(false);
      expect(probe.config).to.include({ phone: '+1 480 555 0123', hours: 'Mo-Fr 08:00-17:00; Sa 09:00-12:00' });
    } finally {
      error.restore();
    }
  });
});
