import { css } from '../internal/css.js';

// Questions and answers add no padding, borders or margins of their own: closed questions take one
// line each, as the browser's plain <details> do before the script arrives, but at least 24px (the
// WCAG 2.5.8 target size), so nothing moves where the page's lines are that tall (16px text with a
// line height of 1.5). The icon is a border triangle, not a rotated box: a transform would cost every
// question its own paint layer and transform nodes (about 1.5 MB at 1000 questions in Chromium);
// logical borders point it the right way in right-to-left text. The open animation is motion only,
// never opacity, so the answer is readable the moment it opens (and --_duration is 0 under
// prefers-reduced-motion); it runs whenever a hidden answer is shown after the first rendering (the
// element marks those answers `.animate`), and only then: answers open from the start stay still, and
// closed answers (hidden="until-found" still renders a box) carry no animation, which at 1000
// questions cut style recalculation on load from about 60 ms to 15 ms in Chromium.
//
// Appearances: \`divided\` and \`cards\` questions are rows at least 44 px tall, with padding, a chevron
// at the end and hover and pressed states; \`divided\` draws a rule above each (and one below the last),
// \`cards\` makes each question its own rounded surface, its answer below it. Their geometry is mirrored
// by prelayout.css (the page's \`clinic-faq:not(:defined)\` styles): there the <summary> in its
// <details> takes the row's padding, border and 44 px, the <details> the answer's padding. The chevron
// is two gradients: no transform or clip, nothing a thousand questions would each need a
// paint-property node for.
export const styles = css`
  :host {
    display: block;
    background: var(--_surface);
  }
  [part='heading'] {
    font-size: 1.4em;
    font-weight: bold;
    margin-block-end: var(--_s2);
  }
  [part='question'] {
    display: block;
    width: 100%;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-align: start;
    cursor: pointer;
  }
  [part='icon'] {
    display: inline-block;
    margin-inline-end: 0.5em;
    border: 0.3em solid transparent;
    border-inline-start-color: currentColor;
    border-inline-end-width: 0;
    forced-color-adjust: none;
  }
  [aria-expanded='true'] [part='icon'] {
    border-color: currentColor transparent transparent;
    border-width: 0.35em 0.3em 0;
    margin-inline-end: 0.2em;
  }
  :host([appearance='divided']) {
    border-block-end: 1px solid var(--_border);
  }
  :host([appearance='divided']) [role='heading']:not([part]) {
    border-block-start: 1px solid var(--_border);
  }
  :host(:not([appearance='plain'])) [part='question'] {
    display: flex;
    align-items: center;
    gap: var(--_s3);
    min-height: 44px;
    padding: max(var(--_s2), (44px - 1lh) / 2) var(--_s2);
    font-weight: 600;
  }
  :host(:not([appearance='plain'])) [part='question']:is(:hover, :active) {
    background: var(--_surface-alt);
  }
  :host(:not([appearance='plain'])) [part='question']:active {
    color: var(--_pressed);
  }
  :host(:not([appearance='plain'])) [part='icon'] {
    --_to: top;
    flex: none;
    order: 1;
    width: 0.75em;
    height: 0.45em;
    margin-inline: auto 0;
    border: 0;
    background:
      linear-gradient(to var(--_to) right,#0000 42%,currentColor 0 58%,#0000 0) 0/50% 100% no-repeat,
      linear-gradient(to var(--_to) left,#0000 42%,currentColor 0 58%,#0000 0) 100%/50% 100% no-repeat;
  }
  :host(:not([appearance='plain'])) [aria-expanded='true'] [part='icon'] {
    --_to: bottom;
  }
  :host(:not([appearance='plain'])) [part='answer']:not([hidden]) {
    padding: 0 var(--_s2) var(--_s3);
  }
  :host([appearance='cards']) [role='heading']:not(:first-child) {
    margin-block-start: var(--_s2);
  }
  :host([appearance='cards']) [part='question'] {
    padding-inline: var(--_s3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* The icon keeps its shape (forced-color-adjust), in the system's button text colour. */
  @media (forced-colors: active) {
    [part='icon'] {
      color: ButtonText;
    }
  }
  .animate:not([hidden]) {
    animation: in var(--_duration) ease-out;
  }
  @keyframes in {
    from {
      translate: 0 -0.3em;
    }
  }
  /* The search box across the FAQ, "Expand all" under it: the same height at any width and in either
     language (a row would wrap, or squeeze the label onto two lines), which prelayout.css keeps. */
  .tools {
    display: grid;
    justify-items: start;
    gap: var(--_s2);
    margin-bottom: var(--_s3);
  }
  .tools:empty {
    display: none;
  }
  label {
    display: grid;
    justify-self: stretch;
    gap: var(--_s1);
  }
  input,
  button {
    font: inherit;
  }
  input,
  .tools button,
  [part='clear'] {
    min-height: 2.5em;
    padding: var(--_s1) var(--_s3);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  @media print {
    [hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .tools,
    [part='status'],
    [part='clear'] {
      display: none;
    }
  }
`;
