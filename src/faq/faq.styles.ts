import { css } from 'lit';

// Questions and answers add no padding, borders or margins of their own: closed questions take one
// line each, exactly as the browser's plain <details> do before the script arrives (no layout shift).
export const styles = css`
  :host {
    display: block;
  }
  .h {
    font-size: 1.4em;
    font-weight: bold;
    margin-block-end: var(--_s2);
  }
  .qh {
    margin: 0;
  }
  .q {
    display: block;
    inline-size: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    line-height: inherit;
    color: var(--_primary);
    text-align: start;
    cursor: pointer;
  }
  .q:hover {
    text-decoration: underline;
  }
  .i {
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline: 0.1em 0.55em;
    vertical-align: 0.15em;
    border: solid;
    border-width: 0 0.13em 0.13em 0;
    transform: rotate(-45deg);
    transition: transform var(--_duration);
  }
  :dir(rtl) .i {
    transform: rotate(135deg);
  }
  [aria-expanded='true'] .i {
    transform: rotate(45deg);
  }
  .a:not([hidden]) {
    animation: in var(--_duration) ease-out;
  }
  /* Motion only, never opacity: the answer is readable the moment it opens. */
  @keyframes in {
    from {
      transform: translateY(-0.3em);
    }
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
    align-items: end;
    margin-block-end: var(--_s3);
  }
  label {
    display: flex;
    flex-direction: column;
    gap: var(--_s1);
  }
  input,
  .b {
    font: inherit;
    min-block-size: 2.5em;
    padding: var(--_s1) var(--_s2);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .b {
    background: var(--_surface-alt);
    padding-inline: var(--_s3);
    cursor: pointer;
  }
  .st:empty {
    margin: 0;
  }
  .sr {
    position: absolute;
    clip-path: inset(50%);
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    white-space: nowrap;
  }
`;
