// In-page measurement, inlined as the first classic script of every benchmark page (all libraries
// alike). Exposes window.__bench; the harness reads it through page.evaluate.
/* global location, performance, PerformanceObserver, requestAnimationFrame, MessageChannel, customElements, NodeFilter, Range */
(() => {
  let cls = 0;
  const shifted = new Set();
  // Names the elements that moved, to say what to fix: tag, id, slot or class.
  const name = (node) => {
    const el = node?.nodeType === 1 ? node : node?.parentElement;
    if (!el) return '?';
    const host = el.getRootNode().host;
    const own = `${el.localName}${el.id ? `#${el.id}` : ''}${el.slot ? `[slot=${el.slot}]` : ''}${!el.id && el.classList[0] ? `.${el.classList[0]}` : ''}`;
    return host ? `${host.localName} > ${own}` : own;
  };
  const observe = (type, each, options = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true, ...options });
    } catch {
      // An entry type this browser does not have: the metric stays empty.
    }
  };
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    cls += entry.value;
    for (const source of entry.sources ?? []) shifted.add(name(source.node));
  });
  // What a visitor sees first and the largest content: the point of rendering in HTML first.
  let fcp = null;
  let lcp = null;
  observe('paint', (entry) => entry.name === 'first-contentful-paint' && (fcp = entry.startTime));
  observe('largest-contentful-paint', (entry) => (lcp = entry.startTime));
  // Tasks over 50 ms (Total Blocking Time), and the long animation frames whose scripts say which
  // script ran in them (attribution of a long task to a library).
  const longTasks = [];
  observe('longtask', (entry) => longTasks.push({ start: entry.startTime, duration: entry.duration }));
  const scripts = [];
  observe('long-animation-frame', (frame) => {
    for (const script of frame.scripts ?? [])
      scripts.push({ url: script.sourceURL, start: script.startTime, duration: script.duration, frame: frame.duration });
  });
  // Input delay: from a click's hardware time stamp to its handlers starting (Event Timing).
  let inputDelay = 0;
  let inputs = 0;
  const input = (entry) => {
    if (!/^(pointerdown|pointerup|mousedown|mouseup|click)$/.test(entry.name)) return;
    inputs++;
    inputDelay = Math.max(inputDelay, entry.processingStart - entry.startTime);
  };
  observe('event', input, { durationThreshold: 16 });
  observe('first-input', input);

  // Resolves just after the next frame is painted: rAF runs before the paint, a message posted
  // from it is delivered after.
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );

  // Text nodes in the composed tree (light DOM and open shadow roots).
  function* textNodes(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === 3) yield node;
      else if (node.shadowRoot) yield* textNodes(node.shadowRoot);
    }
  }
  const shown = (el) => !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;

  // With the script held back, note each custom element's box before it upgrades, to name the ones
  // whose size changes when the script arrives.
  const before = new Map();
  if (location.search.includes('late')) {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      for (const el of document.body.querySelectorAll(':not(:defined)')) {
        if (!before.has(el)) before.set(el, el.getBoundingClientRect());
      }
    });
  }
  const resized = () =>
    [...before].flatMap(([el, was]) => {
      const now = el.getBoundingClientRect();
      const dw = Math.round(now.width - was.width);
      const dh = Math.round(now.height - was.height);
      return dw || dh
        ? [
            `<${el.localName}${el.id ? `#${el.id}` : ''}> ${dh ? `${dh > 0 ? '+' : ''}${dh}px tall` : ''}${dw && dh ? ', ' : ''}${dw ? `${dw > 0 ? '+' : ''}${dw}px wide` : ''}`,
          ]
        : [];
    });

  let settled;
  const bench = {
    cls: () => cls,
    shifted: () => [...shifted],
    resized,
    paints: () => ({ fcp, lcp }),
    /** Long tasks: Total Blocking Time, the longest task, and the longest one in which `library` code ran. */
    blocking(library) {
      const ours = (task) =>
        !!library &&
        scripts.some((s) => s.url.includes(library) && s.start < task.start + task.duration && s.start + s.duration > task.start);
      const from = fcp ?? 0;
      return {
        tbt: longTasks.filter((t) => t.start + t.duration > from).reduce((sum, t) => sum + t.duration - 50, 0),
        longest: Math.max(0, ...longTasks.map((t) => t.duration)),
        longestOurs: Math.max(0, ...longTasks.filter(ours).map((t) => t.duration)),
      };
    },
    input: () => ({ inputDelay, inputs }),
    ready: new Promise((resolve) => (settled = resolve)),
    // Called by the page's last (module) script: the library's script has run and the DOM is parsed.
    async settle(tags) {
      const hosts = tags.length ? [...document.querySelectorAll(tags.join(','))] : [];
      // Libraries may register their elements after their script runs (ours: after the first paint).
      const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), wait(10_000)]);
      const missing = [...new Set(hosts.filter((el) => !customElements.get(el.localName)).map((el) => el.localName))];
      // Lit elements (ours, Lion, Shoelace, Web Awesome) expose updateComplete; resolves when rendered.
      await Promise.all(hosts.map((el) => el.updateComplete));
      const upgraded = performance.now();
      const ready = await afterPaint();
      settled({ upgraded, ready, missing, domNodes: document.getElementsByTagName('*').length });
    },
    // Point to click: the centre of the visible text of `question` (wherever a library renders it).
    target(question) {
      for (const node of textNodes(document.body)) {
        if (node.data.trim() !== question) continue;
        const range = new Range();
        range.selectNodeContents(node);
        const rect = range.getBoundingClientRect();
        if (rect.width && rect.height) {
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    /**
     * Arms a latency measurement: from the next `event` (a click, a key) to the first painted frame in
     * which `done()` is true. Counts animation frames in between (1 = the very next frame).
     */
    armFrames(eventType, done) {
      bench.frames = new Promise((resolve) => {
        if (done()) return resolve({ error: 'already done before the input' });
        document.addEventListener(
          eventType,
          (event) => {
            const start = event.timeStamp;
            let frames = 0;
            const tick = () => {
              frames++;
              if (done()) {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => resolve({ latency: performance.now() - start, frames });
                channel.port2.postMessage(0);
              } else if (frames < 300) requestAnimationFrame(tick);
              else resolve({ error: 'never happened' });
            };
            requestAnimationFrame(tick);
          },
          { capture: true, once: true },
        );
      });
    },
    // The FAQ toggle: the answer element becomes visible.
    armToggle(answerId) {
      bench.armFrames('click', () => shown(document.getElementById(answerId)));
      bench.toggle = bench.frames;
    },
    shown,
  };
  globalThis.__bench = bench;
})();
