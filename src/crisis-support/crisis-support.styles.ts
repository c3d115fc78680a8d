import { css } from '../internal/css.js';

// Compact on purpose: the drop-in ships this text as written.
export const styles = css`
:host(:not([variant=inline])){display:block}
div[part=base]{border:1px solid var(--_border);border-inline-start:4px solid var(--_alert);border-radius:var(--_radius);padding:var(--_s2) var(--_s3);background:var(--_surface)}
[part=heading]{font-size:1.25em}
p,ul{margin:0;padding:0;list-style:none}
li{margin-block:var(--_s2)}
li>:not(a){display:block}
[part=note]{color:var(--_muted)}
a{color:var(--_primary);margin-inline-end:var(--_s2);line-height:2}
button{font:inherit;color:var(--_primary);background:none;border:1px solid var(--_control-border);border-radius:var(--_radius);min-height:24px;padding:1px 6px}
@media print{#all{display:block!important}[part=toggle]{display:none}}
`;
