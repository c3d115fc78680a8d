import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { toDom } from '../fragments/markup.js';
import { clinicPageBody } from '../demo/page.js';
import type { Treatment } from '../src/treatment-card/model.js';
import type { FaqAppearance } from '../src/faq/faq.js';
import packEn from '../content/ketamine-postpartum-depression.en.json';
import packEs from '../content/ketamine-postpartum-depression.es.json';

// The demo clinic page's body (demo/page.ts, which also writes dist/demo/ and shares its fragment
// functions with the embed builder), in the toolbar's language: a crisis banner in the header, the
// seed's questions as plain <details>, crisis support under them, a compact treatment card from the
// content pack with a booking button in its actions, a closing call to action, and one page-wide
// provider in the footer. The page's colours come from the toolbar's theme; its layout answers to the
// story's own width (container queries), where the demo's stylesheet uses the viewport's.

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
  .clinic-page .skip-link:not(:focus) {
    position: absolute;
    clip-path: inset(50%);
  }
  .clinic-page .site-header__crisis {
    padding-top: 0.5rem;
  }
  .clinic-page .site-header__bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1.5rem;
    padding-block: 0.75rem;
    border-bottom: 1px solid #8c98a5;
  }
  .clinic-page .brand {
    font-weight: 700;
    color: inherit;
    text-decoration: none;
  }
  .clinic-page .lang-nav a {
    display: inline-block;
    padding: 0.5rem 0.25rem;
  }
  .clinic-page .hero {
    padding-block: 2rem;
  }
  .clinic-page .eyebrow {
    margin: 0;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    font-size: 0.85rem;
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
  .clinic-page .layout__side {
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
  .clinic-page .site-footer {
    padding-block: 1rem 2rem;
    border-top: 1px solid #8c98a5;
  }
</style>`;

/**
 * The page as one element, made afresh for each render: Storybook may render a story's template more
 * than once, and an element (unlike a fragment, which empties when inserted) moves to where it is shown.
 */
function page(lang: string, appearance: FaqAppearance) {
  const root = document.createElement('div');
  root.className = 'clinic-page';
  root.append(
    toDom(lang === 'es' ? clinicPageBody('es', packEs as Treatment, appearance) : clinicPageBody('en', packEn as Treatment, appearance)),
  );
  return html`${styles}${root}`;
}

/**
 * The seed's clinic page rebuilt with every widget, exactly as the demo page embeds them: one
 * page-wide `<clinic-provider>` in the footer serves them all. Switch the toolbar's theme, language
 * and direction to see the whole page follow (Spanish shows the Spanish page).
 */
const meta: Meta = {
  title: 'Pages/Clinic page',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  render: (_args, { globals }) => page(globals.lang, globals.appearance),
};
export default meta;

type Story = StoryObj;

/** A wide screen: questions and crisis support beside the treatment card. */
export const ClinicPage: Story = {};

/** A phone-sized column (360 px): everything stacks. */
export const Narrow: Story = {
  render: (_args, { globals }) => html`<div style="max-width: 360px">${page(globals.lang, globals.appearance)}</div>`,
};
