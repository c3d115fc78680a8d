const ATTR = 'data-clinic-json-ld';

type TT = { createPolicy(name: string, rules: { createScript(s: string): string }): { createScript(s: string): unknown } };
let policy: { createScript(s: string): unknown } | null | undefined;

/** The script text as a TrustedScript where the page enforces Trusted Types (policy `clinic-widgets`). */
function trusted(text: string): string {
  if (policy === undefined) {
    policy = null;
    const tt = (globalThis as { trustedTypes?: TT }).trustedTypes;
    try {
      // Only ever given JSON.stringify output with `<` escaped, so it cannot leave the script element.
      policy = tt?.createPolicy('clinic-widgets', { createScript: (s) => s }) ?? null;
    } catch {
      // A second copy of the library (or a CSP without our policy name): text nodes still work below.
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
