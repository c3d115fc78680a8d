import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

// The seed's page (ketamine infusion therapy for postpartum depression) rebuilt with the widgets, as
// the demo page does: one page-wide provider, the treatment card, the seed's questions as plain
// <details>, a booking button and crisis support. Sample clinic: 555 number, example.com booking.

const crisisFallback = html`
  <h2>If you are in crisis</h2>
  <ul>
    <li>
      988 Suicide &amp; Crisis Lifeline: <a href="tel:988">Call 988</a>, <a href="sms:988">Text 988</a>,
      <a href="https://988lifeline.org/chat">Chat at 988lifeline.org</a>.
    </li>
    <li>
      National Maternal Mental Health Hotline: <a href="tel:+18338526262">Call 1-833-TLC-MAMA (1-833-852-6262)</a>. Not a
      crisis line: in a crisis, call or text 988.
    </li>
    <li>Immediate danger: <a href="tel:911">Call 911</a></li>
  </ul>
`;

const faq = html`
  <clinic-faq heading="Questions about ketamine for postpartum depression" toggle-all searchable>
    <details id="what-is-ketamine">
      <summary>What is ketamine and how does it ease depression?</summary>
      <p>
        Ketamine is a dissociative medication with a long history of use as an anesthetic. It blocks certain (NMDA) receptors in
        the brain, which raises glutamate activity and helps the brain form new connections. It also increases brain-derived
        neurotrophic factor (BDNF), a protein linked to mood; people with depression tend to have lower BDNF levels.
      </p>
    </details>
    <details id="how-soon">
      <summary>How soon does it work?</summary>
      <p>
        Traditional antidepressants can take several weeks to a few months to help. Ketamine often works within hours: many
        patients begin to feel relief within an hour of their infusion.
      </p>
    </details>
    <details id="how-long">
      <summary>How long does the benefit last?</summary>
      <p>
        Ketamine can offer long-term relief: by helping the brain form new connections, it may make it easier to let go of worry
        and limiting thoughts. How long relief lasts differs from person to person; ask your clinician what to expect.
      </p>
    </details>
    <details id="cesarean">
      <summary>Can ketamine prevent postpartum depression after a cesarean delivery?</summary>
      <p>
        A randomized trial of 654 women having cesarean sections in China (Ma and colleagues, <i>Psychiatry Research</i>, 2019)
        found that ketamine given shortly after delivery reduced postpartum depression symptoms. The effect was strongest in
        mothers who had symptoms of depression or stress before giving birth.
      </p>
    </details>
    <details id="breastfeeding">
      <summary>Can I breastfeed during ketamine treatment?</summary>
      <p>
        There is not yet enough research on ketamine and breastfeeding, and the World Health Organization does not recommend
        breastfeeding during ketamine therapy. Our guidance: pump before treatment, pump and discard for two days after it, and
        resume regular feedings on the third day.
      </p>
    </details>
    <details id="baby-blues">
      <summary>How is postpartum depression different from the baby blues?</summary>
      <p>
        Postpartum depression is more intense and disrupts daily life more than the baby blues, and it lasts longer. The baby
        blues often resolve within a few weeks of giving birth.
      </p>
    </details>
  </clinic-faq>
`;

const page = () => html`
  <style>
    .clinic-page {
      max-width: 68rem;
      margin: 0 auto;
      padding: 1.5rem;
      line-height: 1.5;
      font-family: system-ui, sans-serif;
    }
    .clinic-page .columns {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
      align-items: start;
    }
    .clinic-page .columns > * {
      min-width: 0;
    }
    .clinic-page main,
    .clinic-page aside {
      display: grid;
      gap: 1.5rem;
    }
  </style>
  <div class="clinic-page">
    <clinic-provider
      scope="page"
      name="Renew Wellness"
      phone="(480) 555-0123"
      booking-url="https://example.com/book"
      hours="Mo-Fr 08:00-17:00; Sa 09:00-12:00"
      timezone="America/Phoenix"
    ></clinic-provider>
    <header>
      <p>Renew Wellness · Gilbert, Arizona (sample clinic)</p>
      <h1>Ketamine infusion therapy for postpartum depression</h1>
    </header>
    <div class="columns">
      <main>
        <clinic-treatment-card src="content/ketamine-postpartum-depression.{lang}.json" structured-data>
          <h2 slot="heading">Ketamine infusion therapy for postpartum depression</h2>
          <p slot="summary">
            Ketamine is a dissociative medication, long used as an anesthetic, that also has antidepressant effects. It is given
            as an IV infusion.
          </p>
        </clinic-treatment-card>
        ${faq}
      </main>
      <aside aria-label="Book and get help">
        <clinic-book-button><a href="https://example.com/book">Book an appointment</a></clinic-book-button>
        <clinic-crisis-support>${crisisFallback}</clinic-crisis-support>
      </aside>
    </div>
  </div>
`;

/**
 * The seed's clinic page, rebuilt with every widget — as a clinic would embed them, with one
 * page-wide `<clinic-provider>`. Switch the toolbar's theme, language and direction to see the
 * whole page change.
 */
const meta: Meta = {
  title: 'Pages/Clinic page',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  render: page,
};
export default meta;

type Story = StoryObj;

/** Wide screen: content and sidebar side by side. */
export const ClinicPage: Story = {};

/** A phone-sized viewport: the columns stack. */
export const Narrow: Story = {
  render: () => html`<div style="max-width: 20rem">${page()}</div>`,
};
