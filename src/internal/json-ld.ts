const ATTR = 'data-clinic-json-ld';

type Policy = { createScript(s: string): unknown };
// One policy for every copy of the library on the page: a Trusted Types policy name is created once.
const SHARED = Symbol.for('clinic-widgets.trusted-types-policy');
type Global = typeof globalThis & {
  trustedTypes?: { createPolicy(name: string, rules: { createScript(s: string): string }): Policy };
  [SHARED]?: Policy;
};

/** The script text as a TrustedScript where the page enforces Trusted Types (policy `clinic-widgets`). */
function trusted(text: string): string {
  const global = globalThis as Global;
  if (!(SHARED in global)) {
    global[SHARED] = undefined;
    // Only ever given JSON.stringify output with `<` escaped, so it cannot leave the script element.
    // Without `clinic-widgets` in the page's trusted-types directive this throws; the browser then
    // blocks (and reports) the structured data, which is the page's choice.
    try {
      global[SHARED] = global.trustedTypes?.createPolicy('clinic-widgets', { createScript: (script) => script });
    } catch {
      /* see above */
    }
  }
  return (global[SHARED]?.createScript(text) ?? text) as string;
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
      // Blocked by the page's Trusted Types policy (see trusted()).
    }
  }
  if (script.parentNode !== host) host.append(script);
}
