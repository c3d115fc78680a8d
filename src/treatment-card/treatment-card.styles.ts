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
  .main {
    display: flex;
    flex-direction: column;
    gap: var(--_s3);
    min-width: 0;
  }
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  [part='section'] {
    display: grid;
    gap: var(--_s2);
  }
  .group,
  ul {
    display: grid;
    gap: var(--_s3);
  }
  .h1 {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .h2 {
    font-size: 1.0625em;
    font-weight: 700;
  }
  .summary,
  .muted,
  dt,
  .disclaimer {
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
  .disclaimer {
    font-size: 0.875em;
  }
  dt,
  cite,
  summary,
  .btn {
    font-weight: 600;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  li {
    padding-inline-start: var(--_s3);
    border-inline-start: 3px solid var(--_border);
  }
  [part='section'] ul {
    padding-inline-start: var(--_s4);
    list-style: disc;
    gap: var(--_s1);
  }
  [part='section'] li {
    padding: 0;
    border: 0;
  }
  cite {
    font-style: normal;
  }
  a,
  summary {
    color: var(--_primary);
  }
  summary {
    cursor: pointer;
    padding-block: var(--_s1);
  }
  details[open] summary {
    margin-block-end: var(--_s3);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s2) var(--_s3);
  }
  .btn {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: var(--_s2) var(--_s3);
    color: var(--_on-primary);
    background: var(--_primary);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    text-decoration: none;
  }
  .disclaimer {
    padding-block-start: var(--_s2);
    border-block-start: 1px solid var(--_border);
  }
  .media ::slotted(*) {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [hidden] {
    display: none;
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
      align-items: start;
    }
  }
  @container (min-width: 56rem) {
    .group ul {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
