const ATTR = 'data-clinic-json-ld';

type Policy = { createScript(s: string): unknown };
type TT = { createPolicy(name: string, rules: { createScript(s: string): string }): Policy };
// Shared by every copy of the library on the page: a Trusted Types policy name can be created once.
const SHARED = Symbol.for('clinic-widgets.trusted-types-policy');
type Global = typeof globalThis & { trustedTypes?: TT; [SHARED]?: Policy | null };
let policy: Policy | null | undefined;

/** The script text as a TrustedScript where the page enforces Trusted Types (policy `clinic-widgets`). */
function trusted(text: string): string {
  const g = globalThis as Global;
  if (policy === undefined) {
    policy = g[SHARED];
    if (policy === undefined) {
      policy = g[SHARED] = null;
      try {
        // Only ever given JSON.stringify output with `<` escaped, so it cannot leave the script element.
        policy = g[SHARED] = g.trustedTypes?.createPolicy('clinic-widgets', { createScript: (s) => s }) ?? null;
      } catch {
        // The page's CSP does not allow the policy name `clinic-widgets`: the structured data is then
        // blocked (and reported) by the browser, which is the page's choice.
      }
    }
  }
  return (policy ? policy.createScript(text) : text) as string;
}

/**
 * Keeps one `<script type="application/ld+json">` in `host`'s light DOM in sync with `data`, or removes
 * it when `data` is null. The JSON is escaped so no content can close the script element.
 */
export function writeJsonLd(host: HTMLElement, data: object | null): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${ATTR}]`);
  if (!data) {
    script?.remove();
    return;
  }
  const text = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(ATTR, '');
  }
  if (script.textContent !== text) {
    try {
      script.textContent = trusted(text);
    } catch {
      script.replaceChildren(document.createTextNode(text));
    }
  }
  if (script.parentNode !== host) host.append(script);
}
