// The library's pre-upgrade stylesheet (src/prelayout.css, shipped as clinic-widgets/prelayout.css), for
// tests that hold an element back and then define it, as a page whose script arrives late would see it.

let text: Promise<string> | undefined;

/**
 * A <style> with prelayout.css as shipped, its rules for `tag` rewritten to `alias` (a tag name
 * not defined yet, so that `:not(:defined)` matches until the test defines it).
 */
export async function prelayoutFor(tag: string, alias: string): Promise<HTMLStyleElement> {
  text ??= fetch(new URL('../../src/prelayout.css', import.meta.url)).then((response) => response.text());
  const style = document.createElement('style');
  style.textContent = (await text).replaceAll(new RegExp(`\\b${tag}(?=[\\s:\\[,>.)]|$)`, 'g'), alias);
  return style;
}

/** A tag name nobody has defined: `clinic-faq` → `clinic-faq-late-x7k2`. */
export const lateTag = (tag: string) => `${tag}-late-${Math.random().toString(36).slice(2, 8)}`;

/** Total layout shift the browser reports while `during` runs (Chromium; undefined elsewhere). */
export async function layoutShiftDuring(during: () => Promise<void>): Promise<number | undefined> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    await during();
    return undefined;
  }
  let shift = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) shift += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  await during();
  // Shifts are reported after the frame that paints them.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
    if (!entry.hadRecentInput) shift += entry.value;
  }
  observer.disconnect();
  return shift;
}
