import { css } from 'lit';

// Every action keeps a 44×44 px target; `.close` is the dialog's close button.
export const styles = css`
  :host {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_s3);
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
    line-height: 1.25;
    color: var(--_primary);
  }
  .btn,
  .close {
    justify-content: center;
    min-width: 44px;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  :host([full-width]) .btn {
    flex: 1 1 100%;
  }
  .btn:hover {
    text-decoration: underline;
  }
  :host([variant='secondary']) .btn,
  .close {
    border-color: var(--_control-border);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  :host([variant='outline']) .btn {
    background: none;
    color: var(--_primary);
  }
  :host([size='small']) .btn {
    padding: 0.25rem 0.875rem;
    font-size: 0.875em;
  }
  :host([size='large']) .btn {
    min-height: 52px;
    padding: 0.75rem 1.5rem;
    font-size: 1.125em;
  }
  .btn:disabled {
    border-color: var(--_border);
    background: var(--_surface-alt);
    color: var(--_muted);
    cursor: default;
  }
  @media (forced-colors: active) {
    .btn:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
  [part='status'] {
    flex-basis: 100%;
    line-height: 1.25;
    color: var(--_muted);
    font-size: 0.875em;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    width: min(48rem, 100vw - 2rem);
    height: min(44rem, 100vh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: #0008;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_s3);
    padding: var(--_s2) var(--_s3);
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1.125em;
  }
  iframe {
    flex: 1;
    border: 0;
    border-top: 1px solid var(--_border);
    background: #fff;
  }
`;
