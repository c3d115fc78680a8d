import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

// The seed's page (ketamine infusion therapy for postpartum depression) rebuilt with the widgets the
// way the demo page (demo/index.html) does it: a crisis banner in the header, the seed's questions
// as plain <details>, crisis support under them, a compact treatment card from the content pack with
// a booking button in its actions, a closing call to action, and one page-wide provider in the
// footer. Sample clinic: 555 number, example.com booking page. The page's colours come from the
// toolbar's theme; its layout answers to the story's own width (container queries).

const styles = html`<style>
  .clinic-page {
    container-type: inline-size;
    line-height: 1.6;
  }
  .clinic-page .wrap {
    width: min(72rem, 100% - 2rem);
    margin-inline: auto;
  }
  .clinic-page h1 {
    font-size: 2.25rem;
    line-height: 1.2;
    margin: 0.25rem 0 1rem;
  }
  .clinic-page h2 {
    font-size: 1.5rem;
    line-height: 1.2;
    margin: 2.5rem 0 1rem;
  }
  .clinic-page .bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem 1.5rem;
    padding-block: 0.75rem;
    border-bottom: 1px solid #8c98a5;
    font-weight: 700;
  }
  .clinic-page .hero {
    padding-block: 2rem;
  }
  .clinic-page .lede {
    font-size: 1.15rem;
    margin: 0;
    max-width: 70ch;
  }
  .clinic-page .layout {
    display: grid;
    gap: 0 3rem;
    padding-bottom: 2rem;
  }
  .clinic-page .side {
    padding-top: 2.5rem;
  }
  @container (min-width: 60rem) {
    .clinic-page .layout {
      grid-template-columns: minmax(0, 1fr) 22rem;
      align-items: start;
    }
  }
  .clinic-page .crisis {
    margin-top: 2.5rem;
  }
  .clinic-page footer {
    padding-block: 1rem 2rem;
    border-top: 1px solid #8c98a5;
  }
</style>`;

const faq = (appearance: string) => html`
  <section aria-labelledby="faq-heading">
    <h2 id="faq-heading">Questions about ketamine for postpartum depression</h2>
    <clinic-faq appearance=${appearance}>
      <details id="what-is-ketamine">
        <summary>What is ketamine and how does it combat depression?</summary>
        <p>
          Ketamine is a dissociative medicine with a long history of use as an anesthetic. It also has antidepressant effects. It
          blocks certain receptors in the brain, which stimulates glutamate production and leads the brain to form new neural
          connections.
        </p>
        <p>
          Ketamine also increases brain-derived neurotrophic factor (BDNF), a protein linked to mood and to the brain’s ability to
          change (neuroplasticity). People with depression have been found to have lower BDNF levels than people who are not
          depressed.
        </p>
      </details>
      <details id="how-soon">
        <summary>How soon does ketamine work?</summary>
        <p>
          Traditional antidepressants take several weeks to months to work. Ketamine works within hours in most cases: many
          patients begin to feel relief within an hour of their infusion.
        </p>
      </details>
      <details id="how-long">
        <summary>How long does the benefit last?</summary>
        <p>
          Ketamine can provide long-term relief from depression: because it makes the brain more adaptable, the benefit can last
          beyond the treatment itself. Ask our team what to expect in your situation.
        </p>
      </details>
      <details id="cesarean">
        <summary>Can ketamine prevent postpartum depression after a cesarean delivery?</summary>
        <p>
          A randomized trial of 654 women having a cesarean delivery, run at Third Xiangya Hospital (Central South University,
          China), found that ketamine given by IV infusion shortly after delivery reduced postpartum depression symptoms. The
          effect was strongest in mothers who had symptoms of depression or stress before giving birth.
        </p>
        <p>
          Source: Ma J-H et al.,
          <a href="https://doi.org/10.1016/j.psychres.2019.03.026"
            >“Prophylactic use of ketamine reduces postpartum depression in Chinese women undergoing cesarean section”</a
          >, Psychiatry Research 2019;279:252–258 (indexed in the NIH’s PubMed, 31147085).
        </p>
      </details>
      <details id="breastfeeding">
        <summary>Can I breastfeed during ketamine treatment?</summary>
        <p>
          There has not yet been significant research on the safety of ketamine therapy while breastfeeding, so the World Health
          Organization (WHO) does not recommend breastfeeding while undergoing ketamine therapy. To be safe, health care providers
          recommend:
        </p>
        <ul>
          <li>pumping before your treatment;</li>
          <li>for two days after a treatment, pumping and discarding the milk instead of feeding;</li>
          <li>starting regular feedings again on the third day after treatment.</li>
        </ul>
      </details>
      <details id="baby-blues">
        <summary>How is postpartum depression different from the baby blues?</summary>
        <p>
          Postpartum depression is more intense than the typical “baby blues” and more disruptive to daily life. It also tends to
          last longer: the baby blues often resolve within a few weeks of giving birth.
        </p>
      </details>
    </clinic-faq>
  </section>
`;

const bookingLinks = html`<a href="https://example.com/book">Book an appointment</a>
  <a href="tel:+14805550123">or call (480) 555-0123</a>`;

const page = (appearance = 'plain') => html`
  ${styles}
  <div class="clinic-page">
    <header>
      <div class="wrap">
        <clinic-crisis-support variant="banner">
          <p>
            <strong>If you are in crisis:</strong> <a href="tel:988">Call 988</a> <a href="sms:988">Text 988</a> Immediate
            danger: <a href="tel:911">Call 911</a>
          </p>
        </clinic-crisis-support>
      </div>
      <div class="wrap bar">Renew Wellness (sample)</div>
    </header>
    <main>
      <div class="hero wrap">
        <h1>Ketamine infusion therapy for postpartum depression</h1>
        <p class="lede">
          Ketamine is a medicine that acts on the brain through different pathways than traditional antidepressants. People
          consider it when they want to avoid traditional antidepressants, or when those have not worked for them.
        </p>
      </div>
      <div class="wrap layout">
        <div>
          ${faq(appearance)}
          <div class="crisis">
            <clinic-crisis-support>
              <h2>If you are in crisis</h2>
              <ul>
                <li>988 Suicide &amp; Crisis Lifeline: <a href="tel:988">Call 988</a> <a href="sms:988">Text 988</a></li>
                <li>
                  National Maternal Mental Health Hotline: <a href="tel:+18338526262">Call 1-833-TLC-MAMA (1-833-852-6262)</a>.
                  Not a crisis line: in a crisis, call or text 988.
                </li>
                <li>Immediate danger: <a href="tel:911">Call 911</a></li>
              </ul>
            </clinic-crisis-support>
          </div>
        </div>
        <aside class="side" aria-label="Treatment summary">
          <clinic-treatment-card src="content/ketamine-postpartum-depression.{lang}.json" variant="compact">
            <h2 slot="heading">Ketamine infusion therapy for postpartum depression</h2>
            <p slot="summary">
              Ketamine is a dissociative medication, long used as an anesthetic, that also has antidepressant effects. It is given
              as an IV infusion.
            </p>
            <clinic-book-button slot="actions">${bookingLinks}</clinic-book-button>
          </clinic-treatment-card>
        </aside>
      </div>
      <section class="wrap" aria-labelledby="cta-heading">
        <h2 id="cta-heading">Talk with our team</h2>
        <p>
          If you are struggling with postpartum depression, or are at risk for it, our team can help. Call our office or book an
          appointment online.
        </p>
        <clinic-book-button>${bookingLinks}</clinic-book-button>
      </section>
    </main>
    <footer>
      <div class="wrap">
        <clinic-provider
          scope="page"
          name="Renew Wellness (sample)"
          phone="(480) 555-0123"
          booking-url="https://example.com/book"
          hours="Mo-Fr 08:00-17:00; Sa 09:00-12:00"
          timezone="America/Phoenix"
        ></clinic-provider>
        <p>
          A sample page for the clinic-widgets library. The clinic, its 555 phone number and its booking page at example.com are
          not real. This is general information, not medical advice.
        </p>
      </div>
    </footer>
  </div>
`;

/**
 * The seed's clinic page rebuilt with every widget, as the demo page embeds them: one page-wide
 * `<clinic-provider>` in the footer serves them all. Switch the toolbar's theme, language, direction,
 * FAQ appearance and brand colour to see the whole page follow.
 */
const meta: Meta = {
  title: 'Pages/Clinic page',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  // The FAQ takes the toolbar's "Appearance".
  render: (_args, { globals }) => page(globals.appearance),
};
export default meta;

type Story = StoryObj;

/** A wide screen: questions and crisis support beside the treatment card. */
export const ClinicPage: Story = {};

/** A phone-sized column (360 px): everything stacks. */
export const Narrow: Story = {
  render: (_args, { globals }) => html`<div style="max-width: 360px">${page(globals.appearance)}</div>`,
};
