// The npm use from the embedding guide: per-element imports type-check against the built package's
// .d.ts files (tsc --strict) and, bundled with esbuild, register only the elements imported.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { clickInShadow, goto, htmlPage, launch, openPage, root, settled, snippet, startServer } from './helpers.mjs';

/** Resolves `clinic-widgets/…` through the package's exports map to the built npm modules. */
const packagePlugin = {
  name: 'clinic-widgets-package',
  setup(b) {
    b.onResolve({ filter: /^clinic-widgets(\/.*)?$/ }, ({ path }) => {
      const sub = path.slice('clinic-widgets'.length);
      const file = sub === '' ? 'index.js' : sub === '/define.js' ? 'clinic-widgets.js' : sub.slice(1);
      return { path: join(root, 'dist/lib', file) };
    });
  },
};

describe('npm per-element imports with TypeScript', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clinic-widgets-npm-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('type-checks against the built .d.ts files under --strict', () => {
    writeFileSync(join(dir, 'app.ts'), snippet('npm-ts'));
    const lib = join(root, 'dist/lib');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: [],
          skipLibCheck: false,
          // What the package's "exports" map says, pointed at this build.
          paths: {
            'clinic-widgets': [`${lib}/index.d.ts`],
            'clinic-widgets/define.js': [`${lib}/clinic-widgets.d.ts`],
            'clinic-widgets/*': [`${lib}/*`],
          },
          typeRoots: [join(root, 'node_modules/@types')],
        },
        files: ['app.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8', cwd: root });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  describe('bundled and run', () => {
    let server;
    let browser;
    before(async () => {
      const bundle = await build({
        stdin: { contents: snippet('npm-ts'), loader: 'ts', resolveDir: root, sourcefile: 'app.ts' },
        bundle: true,
        format: 'esm',
        minify: true,
        write: false,
        plugins: [packagePlugin],
        logLevel: 'silent',
      });
      server = await startServer({
        pages: {
          '/npm/': {
            body: htmlPage({ title: 'npm app', head: '<script type="module" src="/npm/app.js"></script>', body: '<main></main>' }),
          },
          '/npm/app.js': { body: bundle.outputFiles[0].text },
        },
      });
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('registers only the imported elements, renders the items and delivers the typed event', async () => {
      const { page, log } = await openPage(browser, server.origin);
      const infos = [];
      page.on('console', (m) => m.type() === 'info' && infos.push(m.text()));
      await goto(page, server.origin + '/npm/');
      const defined = await page.evaluate(() =>
        ['clinic-provider', 'clinic-faq', 'clinic-book-button', 'clinic-treatment-card', 'clinic-crisis-support'].map(
          (t) => !!window.customElements.get(t),
        ),
      );
      assert.deepEqual(defined, [true, true, true, false, false]);
      await clickInShadow(page, 'clinic-faq', '[aria-expanded="false"]');
      await settled(page);
      assert.deepEqual(infos, ['faq how-soon true']);
      assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
      await page.close();
    });
  });
});
