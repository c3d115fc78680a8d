// Turns the benchmark's raw runs into statistics, target checks, a console table and Markdown.
import { CEILING, TARGET } from '../scripts/budget.mjs';
import { elementBytesTable } from '../scripts/element-bytes.mjs';

const median = (values) => {
  const v = values.filter((x) => x !== null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** median, min and max of one metric over the runs of a case. */
export function stat(runs, key) {
  const v = runs.map((r) => r[key]).filter((x) => x !== null && x !== undefined && !Number.isNaN(x));
  return v.length ? { median: median(v), min: Math.min(...v), max: Math.max(...v) } : null;
}

const METRICS = [
  'fcp',
  'lcp',
  'ready',
  'upgraded',
  'mainThread',
  'script',
  'layout',
  'style',
  'heap',
  'tbt',
  'longest',
  'longestOurs',
  'toggle',
  'toggleFrames',
  'cls',
];
const PEERS = ['lion', 'shoelace', 'webawesome'];

/** results.raw → summary[suite][throttle][size][lib][metric] = { median, min, max, xHtml }, plus `input`. */
export function summarize(results) {
  const summary = {};
  for (const [suite, byThrottle] of Object.entries(results.raw)) {
    summary[suite] = {};
    for (const [throttle, bySize] of Object.entries(byThrottle)) {
      summary[suite][throttle] = {};
      for (const [size, byLib] of Object.entries(bySize)) {
        const s = (summary[suite][throttle][size] = {});
        for (const [lib, runs] of Object.entries(byLib)) {
          s[lib] = Object.fromEntries(METRICS.map((m) => [m, stat(runs, m)]));
          s[lib].input = runs.input ?? null;
        }
        for (const lib of Object.keys(byLib)) {
          for (const m of METRICS) {
            const own = s[lib][m];
            if (own) own.xHtml = s.html?.[m]?.median ? own.median / s.html[m].median : null;
          }
        }
      }
    }
  }
  return summary;
}

const KB = 1024; // (the same unit as scripts/budget.mjs)
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const ms = (n) => (n === null || n === undefined ? '–' : n >= 100 ? `${Math.round(n)}` : n.toFixed(1));
const x = (r) => (r === null || r === undefined ? '–' : `${r.toFixed(2)}×`);
const shift = (n) => (n === null || n === undefined ? '–' : n === 0 ? '0' : n.toFixed(3));
const mb = (n) => `${(n / 2 ** 20).toFixed(2)} MB`;
const cpuName = (throttle) => (throttle === '1' ? '1× CPU' : `${throttle}× CPU`);
const sizeName = (suite, size) => (suite === 'demo' ? (size === 'en' ? 'English' : 'Spanish') : `N=${size}`);
const SUITE_NAMES = { demo: 'demo page', faq: 'FAQ only', full: 'FAQ + card + button' };

/** Every case: [suite, throttle, size, s] where s[lib][metric] are the statistics. */
const cases = (summary) =>
  Object.entries(summary).flatMap(([suite, byThrottle]) =>
    Object.entries(byThrottle).flatMap(([throttle, bySize]) => Object.entries(bySize).map(([size, s]) => [suite, throttle, size, s])),
  );

/** The worst layout shift of a library with its script held back, over every size and width of a suite. */
function worstLate(results, suite, lib) {
  let worst = 0;
  let where = '';
  for (const [size, byLib] of Object.entries(results.late?.[suite] ?? {})) {
    for (const [width, cls] of Object.entries(byLib[lib] ?? {})) {
      if (cls > worst) [worst, where] = [cls, `${sizeName(suite, size)}, ${width} px`];
    }
  }
  return { worst, where };
}

/** The issue's targets, each with met/missed and by how much. */
export function targets(results, summary = summarize(results)) {
  const out = [];
  const add = (target, measured, met, by = '') => out.push({ target, measured, met, by: met ? '' : by });
  const dropIn = results.bytes.clinic.js.brotli;
  add(
    `Drop-in (every element, both languages, Lit) ≤ ${TARGET / KB} KB brotli`,
    kb(dropIn),
    dropIn <= TARGET,
    `${kb(dropIn - TARGET)} over (${Math.round((dropIn / TARGET - 1) * 100)}%)`,
  );
  for (const [suite, throttle, size, s] of cases(summary)) {
    const c = s.clinic;
    if (!c) continue;
    const where = `${SUITE_NAMES[suite]}, ${sizeName(suite, size)}, ${cpuName(throttle)}`;
    // 1. Content at native speed.
    for (const m of ['fcp', 'lcp']) {
      if (!c[m]?.xHtml) continue;
      add(
        `${m.toUpperCase()} ≤ 1.05× plain HTML, ${where}`,
        `${x(c[m].xHtml)} (${ms(c[m].median)} vs ${ms(s.html[m].median)} ms)`,
        c[m].xHtml <= 1.05,
        `${(c[m].xHtml - 1.05).toFixed(2)}× over`,
      );
    }
    // 2. Enhanced first among peers (like with like: the FAQ-only suite for the accordions).
    const peers = PEERS.filter((p) => s[p]);
    for (const [m, name, f] of [
      ['ready', 'time to enhanced', (v) => `${ms(v)} ms`],
      ['mainThread', 'main-thread time', (v) => `${ms(v)} ms`],
      ['heap', 'JS heap', mb],
    ]) {
      const best = peers.filter((p) => s[p][m]).sort((a, b) => s[a][m].median - s[b][m].median)[0];
      if (!best || !c[m]) continue;
      add(
        `${name} at or below the best peer (${results.libraries[best]}), ${where}`,
        `${f(c[m].median)} vs ${f(s[best][m].median)}`,
        c[m].median <= s[best][m].median,
        `${m === 'heap' ? mb(c[m].median - s[best][m].median) : `${ms(c[m].median - s[best][m].median)} ms`} more`,
      );
    }
    // 3. No long task from us (4× CPU): none over 50 ms up to 100 questions; at 1000 a click made
    // during the upgrade is handled within 100 ms.
    if (throttle !== '1' && c.longestOurs) {
      if (suite !== 'demo' && Number(size) <= 100)
        add(
          `No task over 50 ms with our code in it, ${where}`,
          `longest ${ms(c.longestOurs.max)} ms`,
          c.longestOurs.max <= 50,
          `${ms(c.longestOurs.max)} ms`,
        );
      if (c.input && (suite === 'demo' || Number(size) >= 1000))
        add(
          `A click during the upgrade handled within 100 ms, ${where}`,
          `${ms(c.input.delay)} ms at worst`,
          c.input.delay <= 100,
          `${ms(c.input.delay - 100)} ms over`,
        );
    }
    // 5. The toggle painted in the next frame.
    if (c.toggleFrames)
      add(
        `FAQ toggle painted in the next frame, ${where}`,
        `frame ${c.toggleFrames.max}`,
        c.toggleFrames.max <= 1,
        `frame ${c.toggleFrames.max} at worst`,
      );
  }
  // 5. Layout shift 0, at once and held back, desktop and phone widths.
  for (const suite of Object.keys(summary)) {
    const atOnce = Math.max(
      0,
      ...cases(summary)
        .filter(([s]) => s === suite)
        .map(([, , , s]) => s.clinic?.cls?.max ?? 0),
    );
    add(`Layout shift 0 with the script at once, ${SUITE_NAMES[suite]}`, shift(atOnce), atOnce === 0, shift(atOnce));
    const { worst, where } = worstLate(results, suite, 'clinic');
    add(
      `Layout shift 0 with the script held back ${results.settings.holdBackMs} ms, ${SUITE_NAMES[suite]}, at ${[results.settings.viewport.width, ...results.settings.phones].join(', ')} px`,
      shift(worst),
      worst === 0,
      `${shift(worst)} (${where})`,
    );
  }
  const checks = results.shiftChecks ?? [];
  if (checks.length) {
    const moved = checks.filter((c) => c.cls !== 0);
    add(
      `Layout shift 0 with the script held back, every FAQ appearance at line heights 1 and 1.5 (prelayout.css), N=${checks[0].n}, every width`,
      moved.length ? `${moved.length} of ${checks.length} moved` : `0 in all ${checks.length}`,
      !moved.length,
      moved.map((c) => `${c.appearance} at ${c.lineHeight}, ${c.width} px: ${c.cls == null ? 'not rendered' : shift(c.cls)}`).join(', ') ||
        '–',
    );
  }
  for (const [lang, byWidth] of Object.entries(results.interactions ?? {})) {
    for (const [width, byName] of Object.entries(byWidth)) {
      for (const [name, r] of Object.entries(byName)) {
        add(
          `${INTERACTIONS[name]} painted in the next frame, ${lang === 'en' ? 'English' : 'Spanish'}, ${width} px, 1× CPU`,
          r.frames ? `frame ${r.frames} (${ms(r.latency)} ms)` : (r.error ?? '–'),
          r.frames === 1,
          r.frames ? `frame ${r.frames}` : (r.error ?? 'not measured'),
        );
      }
    }
  }
  // 6. Lighthouse: 100 in all four categories, both demo pages, mobile and desktop.
  for (const [lang, byForm] of Object.entries(results.lighthouse ?? {})) {
    for (const [form, r] of Object.entries(byForm)) {
      const scores = Object.entries(r.scores);
      const low = scores.filter(([, v]) => v < 100);
      add(
        `Lighthouse 100 in every category, ${lang === 'en' ? 'English' : 'Spanish'} demo page, ${form}`,
        scores.map(([k, v]) => `${k} ${v}`).join(', '),
        !low.length,
        `${low.map(([k, v]) => `${k} ${v}`).join(', ')}: ${r.failed.join('; ')}`,
      );
    }
  }
  return out;
}

const INTERACTIONS = {
  card: 'The compact card\'s "Learn more"',
  dialog: 'The booking dialog',
  search: 'FAQ search filtering every question',
};

const COLUMNS = [
  ['cpu', 'CPU'],
  ['size', 'page'],
  ['lib', 'library'],
  ['fcp', 'FCP ms (× HTML)'],
  ['lcp', 'LCP ms (× HTML)'],
  ['ready', 'enhanced ms, median (min–max) (× HTML)'],
  ['main', 'main thread ms (× HTML)'],
  ['split', 'script / layout / style'],
  ['blocking', 'TBT / longest task / longest with our code, ms'],
  ['input', 'click during upgrade: worst delay ms'],
  ['toggle', 'toggle ms, frame'],
  ['cls', 'CLS'],
  ['heap', 'JS heap (× HTML)'],
];

function rows(results, summary, suite) {
  const out = [];
  for (const [s_, throttle, size, s] of cases(summary)) {
    if (s_ !== suite) continue;
    for (const lib of Object.keys(s)) {
      const m = s[lib];
      const withX = (v) => (v ? `${ms(v.median)} (${x(v.xHtml)})` : '–');
      out.push({
        cpu: `${throttle}×`,
        size: sizeName(suite, size),
        lib: results.libraries[lib],
        fcp: withX(m.fcp),
        lcp: withX(m.lcp),
        ready: m.ready ? `${ms(m.ready.median)} (${ms(m.ready.min)}–${ms(m.ready.max)}) (${x(m.ready.xHtml)})` : '–',
        main: withX(m.mainThread),
        split: m.script ? `${ms(m.script.median)} / ${ms(m.layout.median)} / ${ms(m.style.median)}` : '–',
        blocking: m.tbt ? `${ms(m.tbt.median)} / ${ms(m.longest.max)} / ${lib === 'html' ? '–' : ms(m.longestOurs.max)}` : '–',
        input: m.input ? `${ms(m.input.delay)}` : '–',
        toggle: m.toggle ? `${ms(m.toggle.median)}, frame ${m.toggleFrames.max}` : '–',
        cls: shift(m.cls?.max),
        heap: m.heap ? `${mb(m.heap.median)} (${x(m.heap.xHtml)})` : '–',
      });
    }
  }
  return out;
}

const mdTable = (data, columns = COLUMNS) => [
  `| ${columns.map(([, h]) => h).join(' | ')} |`,
  `| ${columns.map(() => '---').join(' | ')} |`,
  ...data.map((d) => `| ${columns.map(([k]) => d[k]).join(' | ')} |`),
];

function bytesRows(results) {
  return Object.entries(results.bytes).map(([lib, b]) => {
    const t = b.total;
    return [results.libraries[lib], kb(t.raw), kb(t.gzip), kb(t.brotli), b.faqJs ? kb(b.faqJs.brotli) : '–'];
  });
}

function lateRows(results) {
  const out = [];
  for (const [suite, bySize] of Object.entries(results.late ?? {})) {
    for (const [size, byLib] of Object.entries(bySize)) {
      for (const [lib, byWidth] of Object.entries(byLib)) {
        out.push(
          `| ${SUITE_NAMES[suite]} | ${sizeName(suite, size)} | ${results.libraries[lib]} | ${Object.values(byWidth).map(shift).join(' | ')} |`,
        );
      }
    }
  }
  return out;
}

/** Where the time goes on the largest FAQ, in this run's numbers. */
function floor(results, summary) {
  const big = String(Math.max(...results.settings.n));
  const s = summary.faq?.['1']?.[big] ?? summary.full?.['1']?.[big];
  if (!s?.html?.ready || !s.clinic?.ready || !s.clinic.upgraded) return [];
  const html = s.html.ready.median;
  const { upgraded, ready, script, layout, style, fcp } = s.clinic;
  return [
    `## Where the time goes at ${big} questions`,
    '',
    `Content first: the page's own \`<details>\` are painted at ${ms(fcp?.median)} ms (${x(fcp?.xHtml)} the plain page), before the deferred drop-in runs. The drop-in is a module script, so it runs after the document is parsed: the work of the plain page (${ms(html)} ms to its first frame here) is spent before the script starts. The script then attaches the FAQ's shadow root (which discards the layout of the ${big} \`<details>\` just painted), reads the questions and builds their buttons in slices between which the browser handles input; every element had finished updating at ${ms(upgraded.median)} ms, and the enhanced page was painted at ${ms(ready.median)} ms (${x(ready.xHtml)}). Main-thread time splits into script ${ms(script?.median)} ms, layout ${ms(layout?.median)} ms and style ${ms(style?.median)} ms; what remains to win is less work per question and a second layout of the enhanced FAQ.`,
    '',
  ];
}

/**
 * What was found when the misses were looked into (2026-12-04, Chromium 156, this 2-core machine).
 * Findings, not this run's numbers: re-check them when the misses change.
 */
function misses() {
  return [
    '## Why some targets are missed',
    '',
    '- **FCP at small N.** A module script on the page costs the first paint about half a frame by itself: on the FAQ-only page at N=10 (25 interleaved runs, 1× CPU) the median FCP was 80 ms without a script, 76 ms with `prelayout.css` and no script, 88 ms with a one-line module defining five empty elements, and 92 ms with the drop-in. Registration already waits for the first paint (`src/internal/define.ts`); what is left of ours before it is evaluating the module (about 4 ms). Lion pays the same and more (1.37× here). With timings quantized to frames, ≤ 1.05× at N=10 is within one frame of noise and not reachable by any script we measured.',
    "- **Long tasks at 4× CPU with a booking button.** The longest task with our code on the FAQ + card + button and demo pages is the book button's open/closed status, computed when the browser is idle after the page is enhanced. About 75 ms of it (66–100 ms over runs) is ICU starting up: the page's first use of `Intl` of any kind (`DateTimeFormat`, `NumberFormat`, with or without a time zone) costs that once, and later calls cost about 1 ms. It is the price of showing times in the clinic's time zone; splitting the rest of the work off would still leave one task over 50 ms. The FAQ-only page at N=100 has no `Intl`: its longest task (about 80 ms at 4×: 47 ms of script, from registering the element to the first slice of rows, then 32 ms of style and layout for the slotted questions) is the upgrade itself.",
    '- **FAQ only, against Lion.** The drop-in carries every element (about 18 KB brotli) where Lion’s page loads its accordion alone (6.4 KB), which is most of the heap difference (0.1 MB) and of the script-evaluation time at N=10. At N=1000 the slices that keep clicks answered cost extra style and layout passes (1.4–2× Lion’s main-thread time at 4× over two runs on 2026-12-04); Lion builds in one go, and its clicks wait about as long as ours (645 vs 793 ms and 440 vs 455 ms in those runs).',
    '',
  ];
}

/** Plain-text summary for the console. */
export function table(results) {
  const summary = summarize(results);
  const lines = ['', 'Bytes of JS + CSS (raw / gzip / brotli; FAQ-only bundle brotli):'];
  for (const r of bytesRows(results))
    lines.push(`  ${r[0].padEnd(16)} ${r[1].padStart(9)} ${r[2].padStart(9)} ${r[3].padStart(9)} ${r[4].padStart(9)}`);
  for (const suite of Object.keys(summary)) {
    const data = rows(results, summary, suite);
    const width = COLUMNS.map(([k, h]) => Math.max(h.length, ...data.map((d) => String(d[k]).length)));
    lines.push('', `${SUITE_NAMES[suite]}:`, COLUMNS.map(([, h], i) => h.padEnd(width[i])).join('  '));
    for (const d of data) lines.push(COLUMNS.map(([k], i) => String(d[k]).padEnd(width[i])).join('  '));
  }
  lines.push('', 'Targets (reported, not asserted):');
  for (const t of targets(results, summary))
    lines.push(`  ${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.measured}${t.met ? '' : ` — ${t.by}`}`);
  for (const [key, names] of Object.entries(results.shifted ?? {})) lines.push(`Moved (${key}): ${names.join(', ')}`);
  for (const r of results.resized ?? []) lines.push(`Resized: ${r}`);
  if (results.problems.length) lines.push('', 'Problems seen during the runs:', ...results.problems.map((p) => `  - ${p}`));
  return lines.join('\n');
}

/** docs/benchmarks.md */
export function markdown(results) {
  const summary = summarize(results);
  const m = results.machine;
  const s = results.settings;
  const all = targets(results, summary);
  const missed = all.filter((t) => !t.met);
  const md = [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (bench/run.mjs); edit the generator, not this file. -->',
    '',
    `How clinic-widgets' drop-in feels to a visitor, against the same pages in plain HTML and against its peers, in headless Chromium. Latest run: ${results.date.slice(0, 16).replace('T', ' ')} UTC, commit \`${results.commit}\`.`,
    '',
    `**Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB memory, ${m.os}; Node ${m.node}; ${m.browser}. Load average ${m.load.join(' → ')} during the run${m.load[0] > m.cores ? ' (the machine was shared with other work: timings are noisy, compare the ratios within this run)' : ''}.  `,
    `**Libraries:** Lion ${results.versions.lion} (its accordion), Shoelace ${results.versions.shoelace}, Web Awesome ${results.versions.webawesome}, each bundled by esbuild ${results.versions.esbuild} with minification from an entry importing only the elements its page uses, plus its theme CSS; clinic-widgets \`dist/clinic-widgets.js\` as a clinic includes it (every element, Lit ${results.versions.lit} as published), on every page.  `,
    `**Settings:** ${s.runs} runs per case, interleaved; FAQ sizes N = ${s.n.join(', ')}; CPU throttling ${s.throttle.map((t) => `${t}×`).join(' and ')}; viewport ${s.viewport.width}×${s.viewport.height}, phones ${s.phones.join(' and ')} px wide for layout shift and toggles; each run a fresh browser context (cold cache). The whole run took ${s.minutes} min.`,
    '',
  ];
  if (summary.demo) {
    md.push(
      '## The demo clinic page',
      '',
      'The page clinics have (`npm start`): provider, crisis banner, FAQ, treatment card and booking buttons, in English and Spanish, against the same page with the script removed (its plain HTML, which is what the widgets enhance).',
      '',
      ...mdTable(rows(results, summary, 'demo')),
      '',
    );
  }
  if (results.lighthouse) {
    md.push(
      `### Lighthouse ${results.versions.lighthouse}`,
      '',
      "On the demo pages as `npm start` serves them; mobile is Lighthouse's default (412 px, 4× CPU slowdown, simulated slow 4G).",
      '',
      '| page | form | performance | accessibility | best practices | SEO | FCP / LCP / TBT / CLS | below 1 |',
      '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
      ...Object.entries(results.lighthouse).flatMap(([lang, byForm]) =>
        Object.entries(byForm).map(
          ([form, r]) =>
            `| ${lang === 'en' ? 'English' : 'Spanish'} | ${form} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${ms(r.metrics.fcp)} / ${ms(r.metrics.lcp)} / ${ms(r.metrics.tbt)} / ${shift(r.metrics.cls)} | ${r.failed.join(', ') || '–'} |`,
        ),
      ),
      '',
    );
  }
  md.push(
    '## Targets',
    '',
    `Reported, never asserted (timings vary by machine); the byte ceiling of ${CEILING / KB} KB is a test (\`npm run test:budget\`). ${missed.length ? `${missed.length} of ${all.length} missed:` : `All ${all.length} met.`}`,
    '',
    ...(missed.length ? missed.map((t) => `- **${t.target}**: ${t.measured} — ${t.by}`) : []),
    '',
    '<details><summary>Every target</summary>',
    '',
    '| target | measured | met? |',
    '| --- | --- | --- |',
    ...all.map((t) => `| ${t.target} | ${t.measured} | ${t.met ? 'yes' : `**no**: ${t.by}`} |`),
    '',
    '</details>',
    '',
  );
  for (const suite of ['faq', 'full'].filter((k) => summary[k])) {
    md.push(
      `## ${suite === 'faq' ? 'An FAQ alone: every accordion' : 'FAQ, treatment card and booking button'}`,
      '',
      'Medians over the runs; ratios over the plain-HTML page of the same size; the longest task and the input delay are the worst run.',
      '',
      ...mdTable(rows(results, summary, suite)),
      '',
    );
  }
  md.push(
    '## Layout shift with the script held back',
    '',
    `The library's scripts held back ${s.holdBackMs} ms by the server, so the page first shows its plain HTML; CLS when they arrive, at each width.`,
    '',
    `| page | size | library | ${[s.viewport.width, ...s.phones].map((w) => `${w} px`).join(' | ')} |`,
    `| --- | --- | --- | ${[s.viewport.width, ...s.phones].map(() => '---:').join(' | ')} |`,
    ...lateRows(results),
    '',
  );
  if (Object.keys(results.interactions ?? {}).length) {
    md.push(
      "## Each element's toggle",
      '',
      `On a page with a compact card, a dialog-mode booking button and a searchable FAQ of ${Math.max(...s.n)} questions, 1× CPU: frames from the input to the painted result (1 = the next frame) and milliseconds.`,
      '',
      `| language | width | ${Object.values(INTERACTIONS).join(' | ')} |`,
      `| --- | --- | ${Object.keys(INTERACTIONS)
        .map(() => '---')
        .join(' | ')} |`,
      ...Object.entries(results.interactions).flatMap(([lang, byWidth]) =>
        Object.entries(byWidth).map(
          ([width, r]) =>
            `| ${lang === 'en' ? 'English' : 'Spanish'} | ${width} px | ${Object.keys(INTERACTIONS)
              .map((k) => (r[k]?.frames ? `frame ${r[k].frames}, ${ms(r[k].latency)} ms` : (r[k]?.error ?? '–')))
              .join(' | ')} |`,
        ),
      ),
      '',
    );
  }
  md.push(
    '## Bytes',
    '',
    'JS + CSS each library adds to a page (plain HTML: its CSS); the last column is the bundle its FAQ-only page loads.',
    '',
    '| library | raw | gzip | brotli | FAQ-only, brotli |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...bytesRows(results).map((r) => `| ${r.join(' | ')} |`),
    '',
    ...(results.elementBytes
      ? [
          '### What each element adds',
          '',
          'The drop-in rebuilt without each element in turn (`scripts/element-bytes.mjs`): the difference is what that element costs a page that includes everything. Lit is bundled as Lit publishes it.',
          '',
          elementBytesTable(results.elementBytes),
          '',
        ]
      : []),
    ...floor(results, summary),
    ...misses(),
    '## The pages',
    '',
    '`bench/pages.mjs` writes them. Every page has the same questions and answers (from the sample clinic page on ketamine infusion therapy for postpartum depression):',
    '',
    '- **demo**: the demo page `npm start` serves, as it is, and without its script tag (plain HTML).',
    '- **FAQ only**: plain `<details>`; `<clinic-faq>` around the same `<details>` (with the whole drop-in); `<lion-accordion>` with an invoker button in a heading and a content panel per question; `sl-details` / `wa-details` with a `summary` attribute, each peer loading a bundle of its accordion alone.',
    '- **FAQ + card + button**: the FAQ, a treatment card (name, summary, three key facts) and a booking link with an "or call" phone link; for clinic-widgets a `<clinic-provider scope="page">` and each element in the light-DOM form its docs recommend, plus `prelayout.css`, the pre-upgrade stylesheet the docs ask pages to link, inlined (counted in its bytes); the layout-shift check adds this page at N=100 with each FAQ `appearance` at line heights 1 and 1.5; `sl-card`/`wa-card` and `sl-button`/`wa-button` for the peers.',
    '',
    '## What is measured',
    '',
    "- **FCP, LCP**: First Contentful Paint and Largest Contentful Paint (Paint Timing and LCP entries). HTML first means these are the plain page's.",
    '- **enhanced**: from navigation start to the first frame painted after every custom element on the page is defined and has finished its Lit update (`updateComplete`); for plain HTML, the first frame painted after the document is parsed.',
    "- **main thread**: Chromium's `ScriptDuration + LayoutDuration + RecalcStyleDuration` (CDP `Performance.getMetrics`) up to that point.",
    "- **TBT**: Total Blocking Time, the sum of each long task's time over 50 ms after FCP (Long Tasks API); **longest with our code**: the longest task in which a long-animation-frame script entry from the library's own script ran.",
    "- **click during upgrade**: from the moment the server sends the library's script (the HTML, for plain pages), the harness clicks the page's heading again and again through CDP until the page is enhanced; the worst delay between a click and its handlers (Event Timing `processingStart − startTime`) over three runs.",
    '- **toggle**: a real mouse click on the first question (CDP input), from the click event\'s time stamp to the frame painted after the answer became visible; "frame 1" is the next frame after the click.',
    `- **CLS**: the sum of \`layout-shift\` entries with the library script served at once; and separately with it held back ${s.holdBackMs} ms by the server (the page first shows its plain HTML), at each width.`,
    '- **JS heap**: `Runtime.getHeapUsage().usedSize` after `HeapProfiler.collectGarbage`, once enhanced.',
    '',
    'Run it with `npm run bench` (about 20 minutes on 2 cores); `BENCH_RUNS=1 BENCH_N=100 BENCH_THROTTLE=1 BENCH_SUITES=faq BENCH_LIGHTHOUSE=0 npm run bench` is a quick check that leaves the docs alone. Results, with every run, are in `.bench/results.json`.',
  );
  const moved = Object.entries(results.shifted ?? {});
  if (moved.length || results.resized?.length || results.problems.length) {
    md.push('', '## Notes from this run', '');
    for (const [key, names] of moved) md.push(`- Moved (${key}): ${names.join(', ')}`);
    for (const r of results.resized ?? []) md.push(`- ${r}`);
    for (const p of results.problems) md.push(`- Problem: ${p}`);
  }
  return `${md.join('\n')}\n`;
}

/** README's short summary. */
export function readme(results) {
  const summary = summarize(results);
  const big = String(Math.max(...results.settings.n));
  const rowsOut = [];
  const demo = summary.demo?.['1']?.en?.clinic;
  const demo4 = summary.demo?.['4']?.en?.clinic;
  if (demo) {
    rowsOut.push(
      `| Demo page, English: FCP / LCP × plain HTML (1× · 4× CPU) | ${x(demo.fcp?.xHtml)} / ${x(demo.lcp?.xHtml)} · ${x(demo4?.fcp?.xHtml)} / ${x(demo4?.lcp?.xHtml)} |`,
      `| Demo page, English: enhanced (1× · 4× CPU) | ${ms(demo.ready?.median)} ms · ${ms(demo4?.ready?.median)} ms |`,
    );
  }
  const faq = summary.faq?.['1']?.[big];
  if (faq?.clinic) {
    const cell = (lib, m, f) => (faq[lib]?.[m] ? f(faq[lib][m].median) : '–');
    rowsOut.push(
      `| FAQ of ${big}, time to enhanced: ours · Lion · Shoelace · Web Awesome | ${['clinic', ...PEERS].map((l) => cell(l, 'ready', (v) => `${ms(v)} ms`)).join(' · ')} |`,
      `| FAQ of ${big}, JS heap: ours · Lion · Shoelace · Web Awesome | ${['clinic', ...PEERS].map((l) => cell(l, 'heap', mb)).join(' · ')} |`,
    );
  }
  rowsOut.push(`| Drop-in, brotli | ${kb(results.bytes.clinic.js.brotli)} |`);
  const lh = results.lighthouse?.en?.mobile;
  if (lh)
    rowsOut.push(
      `| Lighthouse mobile, English demo page | ${Object.entries(lh.scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} |`,
    );
  const all = targets(results, summary);
  const missed = all.filter((t) => !t.met);
  return [
    `Latest \`npm run bench\` (${results.date.slice(0, 10)}, ${results.machine.cores} cores, ${results.machine.browser}, medians of ${results.settings.runs} runs):`,
    '',
    '| | |',
    '| --- | --- |',
    ...rowsOut,
    '',
    missed.length ? `Targets missed (${missed.length} of ${all.length}):` : `Every target is met (${all.length}).`,
    ...missed.slice(0, 12).map((t) => `- ${t.target}: ${t.measured} — ${t.by}`),
    ...(missed.length > 12 ? [`- … and ${missed.length - 12} more in docs/benchmarks.md`] : []),
  ].join('\n');
}
