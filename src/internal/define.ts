const warned = Symbol.for('clinic-widgets.define-warned');
type Flagged = typeof globalThis & { [warned]?: boolean };

// Registrations waiting for the page's first paint, run one per task after it.
let waiting: (() => void)[] | undefined;

// HTML first: while the page loads, an element is never registered in the task that evaluates the
// script (often the task that finishes parsing the page): registering upgrades every widget of that
// kind at once. Each element is registered in a task of its own, so the browser can paint and handle
// input between them; and if the browser has painted nothing of the page yet (a fast or cached script
// can run before the first frame), the first waits until the page's own content is painted. Browsers
// without paint timing wait one frame, which costs nothing. A loaded page registers at once.
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
 * Before the page's first paint, the registration waits until just after it (see above): use
 * `customElements.whenDefined(tag)` to know when an element is ready.
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
  else if (typeof document == 'undefined' || document.readyState == 'complete') register();
  else {
    waiting = [register];
    inTask(next, !painted());
  }
}
