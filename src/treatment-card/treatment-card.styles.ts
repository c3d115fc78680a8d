import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  .wrap {
    container-type: inline-size;
  }
  article {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_s3);
    padding: var(--_s3);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .main,
  .group,
  [part='evidence'] {
    display: grid;
    gap: var(--_s3);
    align-content: start;
  }
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  [role='heading'] {
    font-size: 1.0625em;
    font-weight: 700;
  }
  [part='heading'] {
    font-size: 1.375em;
    line-height: 1.25;
  }
  .muted,
  dt,
  [part='summary'],
  [part='disclaimer'] {
    color: var(--_muted);
  }
  dl {
    display: grid;
    gap: var(--_s2);
  }
  dl div {
    padding: var(--_s2) var(--_s3);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  dt,
  [part='disclaimer'] {
    font-size: 0.875em;
  }
  dt,
  cite,
  summary,
  .btn {
    font-weight: 600;
  }
  [part='evidence'] {
    padding: 0;
    list-style: none;
  }
  [part='citation'] {
    padding-inline-start: var(--_s3);
    border-inline-start: 3px solid var(--_border);
  }
  cite {
    font-style: normal;
  }
  a,
  summary {
    color: var(--_primary);
    cursor: pointer;
  }
  [open] summary {
    margin-block-end: var(--_s3);
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s3);
  }
  .btn {
    padding: var(--_s2) var(--_s3);
    color: var(--_on-primary);
    background: var(--_primary);
    border: 1px solid #0000;
    border-radius: var(--_radius);
    text-decoration: none;
  }
  [part='disclaimer'] {
    padding-block-start: var(--_s2);
    border-block-start: 1px solid var(--_border);
  }
  ::slotted([slot='media']) {
    display: block;
    max-width: 100%;
    height: auto;
  }
  @container (min-width: 30rem) {
    article {
      padding: var(--_s4);
    }
    dl {
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    }
    .with-media {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
`;
