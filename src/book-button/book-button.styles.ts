import { css } from '../internal/css.js';

// Every action keeps a 44×44 px target; sizes scale the font, and the padding with it. Hover and
// pressed change the primary fill (and every variant's border) through --_fill; variants that set
// their own background keep it. A modal
// dialog's default maximum size keeps it inside the viewport. The dialog's header is a `<form method="dialog">`, whose
// button closes the dialog; the only `<span>` is the office-hours status.
export const styles = css`
  :host,
  form {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_s3);
    line-height: 1.25;
  }
  :host([full-width]) {
    display: flex;
  }
  a,
  button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    font: inherit;
    font-weight: 600;
    color: var(--_primary);
  }
  [part='button'],
  form button {
    justify-content: center;
    min-width: 44px;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_fill, var(--_primary));
    border-radius: var(--_radius);
    background: var(--_fill, var(--_primary));
    color: var(--_on-primary);
    text-align: center;
    text-decoration: none;
  }
  :host([full-width]) [part='button'] {
    flex: 1 1 100%;
  }
  [part='button']:hover {
    --_fill: var(--_hover);
    text-decoration: underline;
  }
  [part='button']:active {
    --_fill: var(--_pressed);
  }
  :host([variant='secondary']) [part='button'],
  form button {
    border-color: var(--_control-border);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  :host([variant='outline']) [part='button'] {
    background: none;
    color: var(--_primary);
  }
  :host([size='small']) [part='button'] {
    font-size: 0.875em;
  }
  :host([size='large']) [part='button'] {
    font-size: 1.125em;
  }
  :disabled {
    border-color: var(--_border);
    background: var(--_surface-alt);
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    :disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
  span {
    flex-basis: 100%;
    min-height: 1lh;
    color: var(--_muted);
    font-size: 0.875em;
  }
  dialog[open] {
    display: flex;
    flex-flow: column;
    width: 48rem;
    height: 44rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: #0008;
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1.125em;
  }
  iframe {
    flex: 1;
    border: 1px solid var(--_border);
    background: #fff;
  }
`;
