const reported = new WeakMap<Element, Set<string>>();

/**
 * Logs one clear console error for bad configuration: the element, the attribute or field, what was
 * expected and what happens instead. The same problem on the same element is reported once.
 */
export function reportError(el: Element, attribute: string, expected: string, received: unknown, fallback: string): void {
  // Strings are quoted; anything else is shown as text (callers pass JSON text for data).
  let shown = typeof received == 'string' ? JSON.stringify(received) : String(received);
  const key = attribute + shown;
  const seen = reported.get(el) ?? new Set();
  reported.set(el, seen);
  if (seen.has(key)) return;
  seen.add(key);
  if (shown.length > 120) shown = `${shown.slice(0, 117)}...`;
  console.error(`<${el.localName}> ${attribute}: expected ${expected}, got ${shown}. ${fallback}`);
}
