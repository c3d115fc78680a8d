const reported = new WeakMap<Element, Set<string>>();

/**
 * Logs one clear console error for bad configuration: the element, the attribute or field, what was
 * expected and what happens instead. The same problem on the same element is reported once.
 */
export function reportError(
  el: Element,
  attribute: string,
  expected: string,
  received: unknown,
  fallback: string,
): void {
  const key = `${attribute}\u0000${String(received)}`;
  let seen = reported.get(el);
  if (!seen) reported.set(el, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  let shown: string;
  try {
    shown = typeof received === 'string' ? JSON.stringify(received) : String(received);
  } catch {
    shown = typeof received;
  }
  if (shown.length > 120) shown = `${shown.slice(0, 117)}...`;
  console.error(`<${el.localName}> ${attribute}: expected ${expected}, got ${shown}. ${fallback}`);
}
