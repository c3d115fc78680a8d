const warned = Symbol.for('clinic-widgets.define-warned');
type Flagged = typeof globalThis & { [warned]?: boolean };

/**
 * Registers a custom element unless the tag is already taken. A page that includes the drop-in twice,
 * or both the module and the classic script, keeps the first definition and gets one warning in all.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  if (registry.get(tag)) {
    const global = globalThis as Flagged;
    if (!global[warned]) {
      global[warned] = true;
      console.warn(`clinic-widgets: <${tag}> is already defined (is the script on the page twice?); keeping the first.`);
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    console.error(error);
  }
}
