import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/faq/define.js';
import { FAQ_APPEARANCES, type FaqAppearance, type FaqItem } from '../src/faq/faq.js';
import prelayout from '../src/prelayout.css?raw';

type Args = {
  appearance?: FaqAppearance;
  heading: string;
  headingLevel: number;
  single: boolean;
  toggleAll: boolean;
  searchable: boolean;
  structuredData: boolean;
};

// Sample content, quoted from a clinic page on ketamine infusion therapy for postpartum depression
// (shared/seed): the widget renders the clinic's text, it never writes medical text of its own.
// Answers shared by the stories below.
const soonAnswer = html`<p>Ketamine infusion therapy works rapidly. Many patients begin feeling relief within an hour of their infusion.</p>`;
const breastfeedingSteps = html`<ul>
  <li>pumping prior to therapy;</li>
  <li>abstaining from feedings for two days after treatment by pumping and dumping;</li>
  <li>starting regular feedings on the third day after ketamine treatments.</li>
</ul>`;

const details = html`
  <details id="what-is-ketamine">
    <summary>What is ketamine and how does it combat depression?</summary>
    <p>
      Ketamine is a dissociative medication with a long history of safe use as an anesthetic. In addition to its
      dissociative properties, ketamine has novel antidepressant qualities.
      <a href="https://example.com/ketamine">Read more on our page</a>.
    </p>
  </details>
  <details id="how-soon" open>
    <summary>How soon does it work?</summary>
    ${soonAnswer}
  </details>
  <details id="breastfeeding">
    <summary>Can I breastfeed during treatment?</summary>
    <p>
      Because there hasn’t yet been significant research on the safety of ketamine therapy while breastfeeding, the
      World Health Organization (WHO) doesn’t recommend that a mother breastfeed while undergoing ketamine therapy.
      To be safe, health care providers recommend:
    </p>
    ${breastfeedingSteps}
  </details>
  <details id="cesarea">
    <summary>Can ketamine prevent postpartum depression after a cesárea (C-section)?</summary>
    <p>
      Researchers found that ketamine IV infusions given shortly after delivery significantly reduced postpartum
      depression symptoms in women having cesarean sections.
    </p>
  </details>
`;

const items: FaqItem[] = [
  {
    id: 'what',
    question: 'What is ketamine?',
    answer:
      'Ketamine is a dissociative medication with a long history of safe use as an anesthetic. It also has **novel antidepressant qualities**.',
  },
  {
    question: 'How is postpartum depression different from the "baby blues"?',
    answer:
      'Postpartum depression is:\n\n- more intense and disruptive to daily life\n- longer lasting than the baby blues\n\nTo learn more, [call our office](tel:+14805550123).',
  },
  { question: 'How soon does it work?', answer: 'Many patients begin feeling relief *within an hour* of their infusion.' },
];

// Spanish sample questions: the clinic's text in translation; the built-in strings are the widget's own.
const itemsEs: FaqItem[] = [
  {
    id: 'que-es',
    question: '¿Qué es la ketamina?',
    answer: 'La ketamina es un medicamento disociativo con una larga historia de uso seguro como anestésico.',
  },
  {
    question: '¿Previene la depresión posparto después de una cesárea?',
    answer:
      'Las infusiones intravenosas de ketamina poco después del parto redujeron de forma significativa los síntomas de depresión posparto en mujeres con cesárea.',
  },
  { question: '¿Qué tan rápido funciona?', answer: 'Muchos pacientes sienten alivio **dentro de una hora** después de la infusión.' },
];

/** The story's own `appearance`, else the toolbar's "Appearance". */
const look = (args: Partial<Args>, globals: Record<string, unknown>) => args.appearance ?? (globals.appearance as FaqAppearance) ?? 'plain';

const many: FaqItem[] = Array.from({ length: 120 }, (_, i) => ({
  question: `Placeholder question ${i + 1}`,
  answer: `Placeholder answer ${i + 1}, to show a long list (not medical content).`,
}));

const meta: Meta<Args> = {
  title: 'Widgets/FAQ',
  component: 'clinic-faq',
  args: {
    heading: 'Frequently asked questions',
    headingLevel: 2,
    single: false,
    toggleAll: false,
    searchable: false,
    structuredData: false,
  },
  argTypes: {
    appearance: { control: 'inline-radio', options: FAQ_APPEARANCES, description: 'Unset: the toolbar\'s "Appearance".' },
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
  },
  render: (args, { globals }) => html`<clinic-faq
    appearance=${look(args, globals)}
    heading=${args.heading}
    heading-level=${args.headingLevel}
    ?single=${args.single}
    ?toggle-all=${args.toggleAll}
    ?searchable=${args.searchable}
    ?structured-data=${args.structuredData}
    >${details}</clinic-faq
  >`,
};
export default meta;

type Story = StoryObj<Args>;

/** Plain `<details>` markup: what the page shows with or without the script. */
export const PlainHtmlDetails: Story = {};

// The same markup as a page shows it before the script arrives: an element that is never defined,
// styled by prelayout.css (its rules for <clinic-faq> applied to it).
const beforeScript = prelayout.replaceAll('clinic-faq', 'faq-before-script');

/**
 * The three appearances side by side, upgraded (top) and as the page's plain HTML shows them before
 * the script arrives, with `prelayout.css` (below): the rows line up. `plain` (the default) is the
 * page's own text, one line per question; `divided` has rules, 44 px rows, a chevron, hover and
 * pressed states; `cards` makes each question its own rounded surface.
 */
export const Appearances: Story = {
  render: () => html`<style>
      ${beforeScript}
    </style>
    <div style="display:grid;grid-template-columns:repeat(3,minmax(14rem,1fr));gap:1.5rem;align-items:start">
      ${FAQ_APPEARANCES.map((appearance) => html`<clinic-faq appearance=${appearance} heading=${appearance}>${details}</clinic-faq>`)}
      ${FAQ_APPEARANCES.map(
        (appearance) => html`<div>
          <p style="font-size:1.4em;font-weight:bold;margin:0 0 0.5rem">${appearance}, before the script</p>
          <faq-before-script appearance=${appearance}>${details}</faq-before-script>
        </div>`,
      )}
    </div>`,
};

/** The same markup with the script blocked: native disclosures, nothing lost. */
export const WithoutScript: Story = {
  render: () => html`<div>${details}</div>`,
};

/** Questions from the `items` property; answers use the Markdown subset. */
export const Items: Story = {
  render: (args, { globals }) => html`<clinic-faq appearance=${look(args, globals)} heading=${args.heading} .items=${items}></clinic-faq>`,
};

// Stories have no server of their own: answer `faq-demo.json` from memory, a little slowly, so the
// busy state shows. Any other request goes to the real fetch.
let demoFetch = false;
function serveDemoJson() {
  if (demoFetch) return;
  demoFetch = true;
  const real = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input).endsWith('/faq-demo.json')
      ? new Promise((resolve) => setTimeout(() => resolve(Response.json({ items })), 1500))
      : real(input, init);
}

/** Questions from a JSON document (`src`); the element's own content shows while it loads. */
export const SrcLoading: Story = {
  render: (args, { globals }) => {
    serveDemoJson();
    return html`<clinic-faq appearance=${look(args, globals)} heading="Loaded from JSON" src="/faq-demo.json">
      <p>Loading our questions… <a href="https://example.com/faq">Read them on our FAQ page</a>.</p>
    </clinic-faq>`;
  },
};

/** `src` cannot be loaded: one console error, and the element's own content stays. */
export const SrcErrorFallback: Story = {
  tags: ['expect-console-error'],
  render: (args, { globals }) =>
    html`<clinic-faq appearance=${look(args, globals)} heading="FAQ" src="/does-not-exist.json">${details}</clinic-faq>`,
};

/** `single`: opening one answer closes the others. */
export const Single: Story = { args: { single: true } };

/**
 * A page's exclusive accordion (`<details name="…">`, one open at a time) becomes single mode, and
 * its own `summary` styles (here `display: flex`, a common way to style them) do not show the
 * questions twice.
 */
export const ExclusiveAccordion: Story = {
  render: (args, { globals }) => html`<style>
      .styled-summaries summary {
        display: flex;
        justify-content: space-between;
      }
    </style>
    <clinic-faq class="styled-summaries" appearance=${look(args, globals)} heading=${args.heading}>
      <details name="faq" open>
        <summary>How soon does it work?</summary>
        ${soonAnswer}
      </details>
      <details name="faq">
        <summary>Can I breastfeed during treatment?</summary>
        ${breastfeedingSteps}
      </details>
    </clinic-faq>`,
};

/** `toggle-all`: an "Expand all" / "Collapse all" button. */
export const ToggleAll: Story = { args: { toggleAll: true } };

/** `searchable`: type "cesarea" (no accent) to find "cesárea". */
export const Searchable: Story = { args: { searchable: true } };

/** Deep link: the question named in the URL hash opens, scrolls into view and takes focus. */
export const DeepLink: Story = {
  render: (args, { globals }) => {
    history.replaceState(null, '', '#breastfeeding');
    return html`<clinic-faq appearance=${look(args, globals)} heading=${args.heading}>${details}</clinic-faq>`;
  },
};

/** A long list, searchable, with "Expand all". */
export const ManyQuestions: Story = {
  render: (args, { globals }) =>
    html`<clinic-faq appearance=${look(args, globals)} heading="120 questions" searchable toggle-all .items=${many}></clinic-faq>`,
};

/** Spanish built-in strings. */
export const Spanish: Story = {
  render: (args, { globals }) =>
    html`<clinic-faq lang="es" appearance=${look(args, globals)} heading="Preguntas frecuentes" searchable toggle-all .items=${itemsEs}></clinic-faq>`,
};

/** Dark theme. */
export const Dark: Story = {
  render: (args, { globals }) => html`<div style="background:#0d1117;color:#e9eef3;padding:1rem">
    <clinic-faq theme="dark" appearance=${look(args, globals)} heading=${args.heading} searchable toggle-all>${details}</clinic-faq>
  </div>`,
};

/** In a 280px column. */
export const Narrow280px: Story = {
  render: (args, { globals }) => html`<div style="inline-size:280px">
    <clinic-faq appearance=${look(args, globals)} heading=${args.heading} searchable toggle-all>${details}</clinic-faq>
  </div>`,
};

/** Empty: no questions at all (an empty `items` list). What a designer sees before content arrives. */
export const Empty: Story = {
  render: (args, { globals }) =>
    html`<clinic-faq appearance=${look(args, globals)} heading=${args.heading} searchable .items=${[]}></clinic-faq>`,
};
