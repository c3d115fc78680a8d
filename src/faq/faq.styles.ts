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
  .animate:not([hidden]) {
    animation: in var(--_duration) ease-out;
  }
  @keyframes in {
    from {
      translate: 0 -0.3em;
    }
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
    align-items: end;
    margin-bottom: var(--_s3);
  }
  .tools:empty {
    display: none;
  }
  label {
    display: grid;
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
`;
