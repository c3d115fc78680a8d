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
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        cls += entry.value;
        for (const source of entry.sources ?? []) shifted.add(name(source.node));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    cls = NaN;
  }

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
  if (location.pathname.endsWith('-late.html')) {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      for (const el of document.body.querySelectorAll(':not(:defined)')) {
        if (!before.has(el.localName)) before.set(el.localName, [el, el.getBoundingClientRect()]);
      }
    });
  }
  const resized = () =>
    [...before].flatMap(([tag, [el, was]]) => {
      const now = el.getBoundingClientRect();
      const dw = Math.round(now.width - was.width);
      const dh = Math.round(now.height - was.height);
      return dw || dh
        ? [`<${tag}> ${dh ? `${dh > 0 ? '+' : ''}${dh}px tall` : ''}${dw && dh ? ', ' : ''}${dw ? `${dw > 0 ? '+' : ''}${dw}px wide` : ''}`]
        : [];
    });

  let settled;
  const bench = {
    cls: () => cls,
    shifted: () => [...shifted],
    resized,
    ready: new Promise((resolve) => (settled = resolve)),
    // Called by the page's last (module) script: the library's script has run and the DOM is parsed.
    async settle(tags) {
      const hosts = tags.length ? [...document.querySelectorAll(tags.join(','))] : [];
      const missing = [...new Set(hosts.filter((el) => !customElements.get(el.localName)).map((el) => el.localName))];
      // Lit elements (ours, Shoelace, Web Awesome) expose updateComplete; resolves when rendered.
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
    // Arms the toggle measurement: from the click event to the first painted frame in which the
    // answer element is visible. Counts animation frames in between (1 = the very next frame).
    armToggle(answerId) {
      const answer = document.getElementById(answerId);
      bench.toggle = new Promise((resolve) => {
        if (shown(answer)) return resolve({ error: 'answer already visible before the click' });
        document.addEventListener(
          'click',
          (event) => {
            const start = event.timeStamp;
            let frames = 0;
            const tick = () => {
              frames++;
              if (shown(answer)) {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => resolve({ latency: performance.now() - start, frames });
                channel.port2.postMessage(0);
              } else if (frames < 300) requestAnimationFrame(tick);
              else resolve({ error: 'answer never became visible' });
            };
            requestAnimationFrame(tick);
          },
          { capture: true, once: true },
        );
      });
    },
  };
  globalThis.__bench = bench;
})();
