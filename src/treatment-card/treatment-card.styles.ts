import { css } from '../internal/css.js';

// Compact on purpose: the drop-in ships this text as written. The host is the container, so the
// card's own width (sidebar, column), not the viewport's, decides the layout.
export const styles = css`
:host{display:block;line-height:1.5;container-type:inline-size}
article,.main,.group,dl,ul[part]{display:grid;gap:var(--_s3);align-content:start}
article{grid-template-columns:minmax(0,1fr);padding:var(--_s3);background:var(--_surface);border:1px solid var(--_border);overflow-wrap:anywhere}
article,dl div,li[part],.btn{border-radius:var(--_radius)}
dl div,li[part],.btn{padding:var(--_s2) var(--_s3);background:var(--_surface-alt)}
p,dl,dd,ul{margin:0}
[role=heading]{font-size:1.0625em;font-weight:700}
[part=heading]{font-size:1.375em;line-height:1.25}
.muted,dt,[part=summary],[part=disclaimer]{color:var(--_muted)}
dt,[part=disclaimer]{font-size:.875em}
dt,cite,summary,.btn{font-weight:600}
ul[part]{padding:0;list-style:none}
a,summary{color:var(--_primary);cursor:pointer}
[open] summary{margin-block-end:var(--_s3)}
[part=actions]:not([hidden]){display:flex;flex-wrap:wrap;align-items:center;gap:var(--_s3)}
.btn{color:var(--_on-primary);background:var(--_primary);border:2px solid #0000;text-decoration:none}
[part=disclaimer]{padding-block-start:var(--_s2);border-block-start:1px solid var(--_border)}
::slotted(*){margin:0}
::slotted([slot=media]){display:block;max-width:100%;height:auto}
@media print{::details-content{content-visibility:visible}}
@container (min-width:30rem){dl{grid-template-columns:repeat(auto-fill,minmax(14rem,1fr))}.with-media{grid-template-columns:minmax(0,2fr) minmax(0,3fr)}}
`;
