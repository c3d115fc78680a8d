// A React 19 app, built here with esbuild from the embedding guide's snippet and the npm modules
// (dist/lib), renders the widgets, passes them properties and receives their events.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { clickInShadow, goto, htmlPage, launch, openPage, root, settled, shadowText, snippet, startServer } from './helpers.mjs';

// The page that mounts the guide's component, as an app's entry module would.
const MAIN = `
import { createRoot } from 'react-dom/client';
import { TreatmentQuestions } from 'guide-snippet';
window.booked = [];
createRoot(document.getElementById('root')).render(<TreatmentQuestions onBook={(detail) => window.booked.push(detail)} />);
`;

/** Resolves `clinic-widgets/…` through the package's exports map to the built npm modules. */
const packagePlugin = {
  name: 'clinic-widgets-and-snippet',
  setup(b) {
    b.onResolve({ filter: /^guide-snippet$/ }, () => ({ path: 'guide-snippet', namespace: 'snippet' }));
    b.onLoad({ filter: /.*/, namespace: 'snippet' }, () => ({ contents: snippet('react'), loader: 'jsx', resolveDir: root }));
    b.onResolve({ filter: /^clinic-widgets(\/.*)?$/ }, ({ path }) => {
      const sub = path.slice('clinic-widgets'.length);
      const file = sub === '' ? 'index.js' : sub === '/define.js' ? 'clinic-widgets.js' : sub.slice(1);
      return { path: join(root, 'dist/lib', file) };
    });
  },
};

// Which prop React 19 listens with: the event's exact name after `on`, or React's usual camel case.
const EVENT_NAMES = `
import { createRoot } from 'react-dom/client';
import 'clinic-widgets/define.js';
window.heard = [];
createRoot(document.getElementById('root')).render(
  <clinic-book-button href="https://example.com/book"
    onclinic-book={(event) => { event.preventDefault(); window.heard.push('onclinic-book'); }}
    onClinicBook={(event) => { event.preventDefault(); window.heard.push('onClinicBook'); }} />,
);
`;

let server;
let browser;
before(async () => {
  const eventNames = await build({
    stdin: { contents: EVENT_NAMES, loader: 'jsx', resolveDir: root, sourcefile: 'events.jsx' },
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [packagePlugin],
    logLevel: 'silent',
  });
  const bundle = await build({
    stdin: { contents: MAIN, loader: 'jsx', resolveDir: root, sourcefile: 'main.jsx' },
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [packagePlugin],
    logLevel: 'silent',
  });
  const csp = snippet('csp');
  server = await startServer({
    headers: { 'Content-Security-Policy': csp.slice(csp.indexOf(':') + 1).trim() },
    pages: {
      '/react/': {
        body: htmlPage({
          title: 'React app',
          head: '<script type="module" src="/react/app.js"></script>',
          body: '<main id="root"></main>',
        }),
      },
      '/react/app.js': { body: bundle.outputFiles[0].text },
      '/react/events/': {
        body: htmlPage({
          title: 'React events',
          head: '<script type="module" src="/react/events.js"></script>',
          body: '<main id="root"></main>',
        }),
      },
      '/react/events.js': { body: eventNames.outputFiles[0].text },
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('React 19 app (under the strict CSP)', () => {
  it('renders the widgets, passes properties and receives their events', async () => {
    const { page, log } = await openPage(browser, server.origin);
    await goto(page, server.origin + '/react/');
    await page.waitForFunction(() => document.querySelector('clinic-faq')?.shadowRoot, { timeout: 5000 }).catch(() => {});
    assert.deepEqual([...log.console, ...log.errors], [], 'the app started cleanly');
    assert.ok(await page.evaluate(() => document.querySelector('#root clinic-provider clinic-faq') !== null), 'React rendered the widgets');
    await settled(page);
    // `items={questions}` arrived as a property, not as the attribute "[object Object]".
    assert.equal(await page.evaluate(() => document.querySelector('clinic-faq').hasAttribute('items')), false);
    assert.match(await shadowText(page, 'clinic-faq'), /How soon does ketamine work\?.*Can I breastfeed during treatment\?/);
    // `onclinic-faq-toggle` updates React state.
    await clickInShadow(page, 'clinic-faq', '[aria-expanded="false"]');
    await page.waitForFunction(() => document.querySelector('[role="status"]').textContent === 'Opened: how-soon');
    // `onclinic-book` receives the booking and cancels the navigation; the provider supplied the URL.
    await clickInShadow(page, 'clinic-book-button', 'a[href^="https:"], button');
    await settled(page);
    assert.deepEqual(await page.evaluate(() => window.booked), [{ method: 'online', href: 'https://example.com/book' }]);
    assert.equal(page.url(), server.origin + '/react/');
    assert.deepEqual(log.violations, []);
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    await page.close();
  });
});

describe('React 19 event props', () => {
  // The reason clinic-widgets/jsx types `onclinic-book` and not `onClinicBook` (React 18 needs clinic-widgets/react).
  it('hears `onclinic-book` (the exact event name) and never `onClinicBook`', async () => {
    const { page, log } = await openPage(browser, server.origin);
    await goto(page, server.origin + '/react/events/');
    await page.waitForFunction(() => document.querySelector('clinic-book-button')?.shadowRoot?.querySelector('a'), { timeout: 5000 });
    await clickInShadow(page, 'clinic-book-button', 'a[part=button]');
    assert.deepEqual(await page.evaluate(() => window.heard), ['onclinic-book']);
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    await page.close();
  });
});

describe('React 19 with TypeScript', () => {
  it('the guide’s clinic-widgets/jsx import types props and event details under --strict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinic-widgets-tsx-'));
    try {
      writeFileSync(join(dir, 'clinic-widgets-jsx.d.ts'), snippet('react-types'));
      writeFileSync(
        join(dir, 'app.tsx'),
        `import type { FaqItem } from 'clinic-widgets';
const items: FaqItem[] = [{ question: 'How soon does ketamine work?', answer: 'Within hours.' }];
export const Page = ({ onOpen }: { onOpen: (id: string) => void }) => (
  <clinic-provider name="Renew Wellness" booking-url="https://example.com/book">
    <clinic-faq heading="Questions" items={items} onclinic-faq-toggle={(e) => e.detail.open && onOpen(e.detail.id)} />
    <clinic-book-button onclinic-book={(e) => { const m: 'online' | 'phone' = e.detail.method; onOpen(m); }} />
  </clinic-provider>
);
// @ts-expect-error items must be FaqItem[]
export const Wrong = () => <clinic-faq items="not a list" />;
`,
      );
      const lib = join(root, 'dist/lib');
      const types = join(root, 'node_modules/@types/react');
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            jsx: 'react-jsx',
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            types: [],
            paths: {
              react: [`${types}/index.d.ts`],
              'react/jsx-runtime': [`${types}/jsx-runtime.d.ts`],
              'clinic-widgets': [`${lib}/index.d.ts`],
              'clinic-widgets/define.js': [`${lib}/clinic-widgets.d.ts`],
              'clinic-widgets/jsx': [join(root, 'dist/types/jsx.d.ts')],
            },
          },
          files: ['clinic-widgets-jsx.d.ts', 'app.tsx'],
        }),
      );
      const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8', cwd: root });
      assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
