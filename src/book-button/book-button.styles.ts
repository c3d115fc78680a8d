import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_s3);
    max-width: 100%;
    vertical-align: middle;
  }
  :host([full-width]) {
    display: flex;
  }
  :host([full-width]) .btn {
    flex: 1 1 100%;
  }
  .btn,
  .close,
  [part='call'] {
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
  .close {
    border-color: var(--_control-border);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  .btn:hover {
    text-decoration: underline;
  }
  :host([variant='secondary']) .btn {
    border-color: var(--_control-border);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  :host([variant='outline']) .btn {
    background: transparent;
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
    text-decoration: none;
    cursor: not-allowed;
  }
  [part='status'] {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.875em;
  }
  dialog {
    flex-direction: column;
    width: min(48rem, 100vw - 2rem);
    max-width: none;
    height: min(44rem, 100vh - 2rem);
    max-height: none;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog[open] {
    display: flex;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s2) var(--_s3);
    padding: var(--_s2) var(--_s3);
    border-bottom: 1px solid var(--_border);
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1.125em;
  }
  header a {
    color: var(--_primary);
  }
  iframe {
    flex: 1;
    width: 100%;
    border: 0;
    background: #fff;
  }
`;
