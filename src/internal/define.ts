const warned = Symbol.for('clinic-widgets.define-warned');
type Flagged = typeof globalThis & { [warned]?: boolean };

// Registrations waiting for the page's first paint, run one per task after it.
let waiting: (() => void)[] | undefined;

// HTML first, in the drop-in. While the page loads, an element is never registered in the task that
// evaluated the script (often the task that finishes parsing the page): registering upgrades and
// renders every widget of that kind at once. Each element is registered in a task of its own, so the
// browser can paint and handle input between them; and if nothing of the page is painted yet (a fast
// or cached script can run before the first frame), the first waits until the page's own content is
// painted. The widgets' `:not(:defined)` styles hold their light DOM in place until then. A loaded
// page registers at once. The npm modules register at once whatever the page's state, as frameworks
// expect: React 19, for one, sets a property only on an element already defined (an attribute
// otherwise). The drop-in's build turns this on (rollup.config.mjs).
const REGISTER_AFTER_PAINT = false;

/** Browsers without paint timing wait one frame, which costs nothing; a hidden page paints nothing. */
const painted = () => document.visibilityState == 'hidden' || performance.getEntriesByType('paint').length > 0;

/** Runs `job` in a task of its own: at once (a message), or after the frame about to be painted. */
function inTask(job: () => void, afterPaint = false) {
  const channel = new MessageChannel();
  channel.port1.onmessage = job;
  // A message posted from an animation frame callback is delivered after that frame is painted.
  if (afterPaint && document.visibilityState != 'hidden') requestAnimationFrame(() => channel.port2.postMessage(0));
  else channel.port2.postMessage(0);
}

function next() {
  waiting!.shift()!();
  if (waiting!.length) inTask(next);
  else waiting = undefined;
}

/**
 * Registers a custom element unless the tag is already taken. A page that includes the drop-in twice,
 * or both the module and the classic script, keeps the first definition and gets one warning in all.
 * In the drop-in, while the page loads, the registration waits for a task of its own after the page's
 * first paint (see above): `customElements.whenDefined(tag)` says when an element is ready.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const register = () => {
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
  };
  if (waiting) waiting.push(register);
  else if (!REGISTER_AFTER_PAINT || typeof document == 'undefined' || document.readyState == 'complete') register();
  else {
    waiting = [register];
    inTask(next, !painted());
  }
}
