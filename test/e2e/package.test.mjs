// The distribution contract: what `npm pack` puts in the tarball, and a blank project that installs
// that tarball and uses it three ways: the npm imports (bundled, type-checked), the drop-in path a
// site copies or a CDN serves, and the embed builder hosted from the package as it is.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { build } from 'esbuild';
import { goto, htmlPage, launch, openPage, root, settled, startServer } from './helpers.mjs';
import { TYPES } from '../../scripts/serve.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let dir;
let tarball;
let files;
let project;

const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'clinic-widgets-pack-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root));
  tarball = join(dir, packed.filename);
  files = packed.files.map((file) => file.path);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('npm pack', () => {
  it('holds the drop-ins, sri.json, the ES modules with their types, custom-elements.json and the builder', () => {
    for (const file of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/clinic-widgets.js',
      'dist/clinic-widgets.iife.js',
      'dist/sri.json',
      'dist/lib/index.js',
      'dist/lib/index.d.ts',
      'dist/lib/clinic-widgets.js',
      'dist/lib/clinic-widgets.d.ts',
      ...['provider', 'faq', 'treatment-card', 'book-button', 'crisis-support'].flatMap((element) => [
        `dist/lib/${element}/define.js`,
        `dist/lib/${element}/define.d.ts`,
      ]),
      'dist/builder/index.html',
      'dist/builder/builder.js',
      'dist/builder/builder.css',
      'dist/builder/preview.html',
      'dist/builder/preview.js',
      'dist/builder/clinic-widgets.js',
    ]) {
      assert.ok(files.includes(file), `${file} is in the tarball`);
    }
  });

  it('holds no tests, stories, demo pages, scripts or build configuration', () => {
    const unwanted = files.filter((file) =>
      /^(test|stories|\.storybook|bench|scripts|demo|dist\/demo|builder|fragments|content|node_modules)\/|\.test\.|\.stories\.|^(rollup|eslint|web-test-runner)\.config|^tsconfig/.test(
        file,
      ),
    );
    assert.deepEqual(unwanted, []);
  });

  it('names the drop-in in the jsdelivr and unpkg fields, and the file is there', () => {
    assert.equal(pkg.jsdelivr, 'dist/clinic-widgets.js');
    assert.equal(pkg.unpkg, 'dist/clinic-widgets.js');
    assert.ok(files.includes(pkg.jsdelivr) && files.includes(pkg.unpkg));
  });
});

describe('a blank project that installs the tarball', () => {
  let server;
  let browser;
  /** Serves a folder of the blank project at `prefix`. */
  const serveFolder = (pages, prefix, folder) => {
    for (const path of readdirSync(folder, { recursive: true })) {
      const file = join(folder, path);
      if (statSync(file).isFile()) pages[`${prefix}${relative(folder, file)}`] = { body: readFileSync(file), type: TYPES[extname(file)] };
    }
    pages[prefix] = pages[`${prefix}index.html`];
  };

  before(async () => {
    project = join(dir, 'site');
    run('mkdir', ['-p', project], dir);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'blank-clinic-site', private: true, type: 'module' }));
    // Lit comes from the registry (or npm's cache), as for anyone installing the package.
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
    writeFileSync(
      join(project, 'app.ts'),
      `import 'clinic-widgets/provider/define.js';
import 'clinic-widgets/faq/define.js';
import { ClinicFaq, type FaqItem } from 'clinic-widgets';

const items: FaqItem[] = [{ id: 'how-soon', question: 'How soon does ketamine work?', answer: 'Within hours in most cases.' }];
const faq: ClinicFaq = document.createElement('clinic-faq');
faq.items = items;
document.querySelector('main')?.append(faq);
console.info('faq class', customElements.get('clinic-faq') === ClinicFaq);
`,
    );
    const installed = join(project, 'node_modules/clinic-widgets');
    const bundle = await build({
      entryPoints: [join(project, 'app.ts')],
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      absWorkingDir: project,
    });
    // The drop-in path, as the exports map gives it to a bundler or a copy script.
    const resolved = await build({
      stdin: { contents: "import 'clinic-widgets/cdn/clinic-widgets.js';", resolveDir: project },
      absWorkingDir: project,
      bundle: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const dropIn = Object.keys(resolved.metafile.inputs).find((input) => input.endsWith('clinic-widgets.js'));
    const pages = {
      '/npm/': { body: htmlPage({ head: '<script type="module" src="/npm/app.js"></script>', body: '<main></main>' }) },
      '/npm/app.js': { body: bundle.outputFiles[0].text, type: TYPES['.js'] },
      '/cdn/': {
        body: htmlPage({
          head: '<script type="module" src="/cdn/clinic-widgets.js"></script>',
          body: '<main><clinic-faq><details><summary>How soon does ketamine work?</summary><p>Within hours.</p></details></clinic-faq></main>',
        }),
      },
      '/cdn/clinic-widgets.js': { body: readFileSync(join(project, dropIn)), type: TYPES['.js'] },
    };
    serveFolder(pages, '/pkg/builder/', join(installed, 'dist/builder'));
    server = await startServer({ pages });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('type-checks its npm imports against the installed package under --strict', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: [],
          skipLibCheck: true,
        },
        files: ['app.ts'],
      }),
    );
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], project);
  });

  it('uses the npm imports: bundled from node_modules, the FAQ renders its items', async () => {
    const { page, log } = await openPage(browser, server.origin);
    const infos = [];
    page.on('console', (message) => message.type() === 'info' && infos.push(message.text()));
    await goto(page, `${server.origin}/npm/`);
    assert.match(await page.$eval('clinic-faq', (faq) => faq.shadowRoot.textContent), /How soon does ketamine work\?/);
    assert.deepEqual(infos, ['faq class true']);
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    await page.close();
  });

  it('uses the drop-in path (clinic-widgets/cdn/clinic-widgets.js, the jsdelivr and unpkg file)', async () => {
    assert.equal(
      readFileSync(join(project, 'node_modules/clinic-widgets', pkg.jsdelivr), 'utf8'),
      readFileSync(join(root, 'dist/clinic-widgets.js'), 'utf8'),
    );
    const { page, log } = await openPage(browser, server.origin);
    await goto(page, `${server.origin}/cdn/`);
    const defined = await page.evaluate(() =>
      ['clinic-provider', 'clinic-faq', 'clinic-treatment-card', 'clinic-book-button', 'clinic-crisis-support'].every((tag) =>
        window.customElements.get(tag),
      ),
    );
    assert.equal(defined, true);
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    await page.close();
  });

  it('hosts the builder from the package as it is', async () => {
    const { page, log } = await openPage(browser, server.origin);
    await page.goto(`${server.origin}/pkg/builder/`, { waitUntil: 'load' });
    await page.waitForSelector('#clinic-name');
    await page.click('#fill-sample');
    const frame = await (async () => {
      for (let i = 0; i < 50; i++) {
        const found = page.frames().find((f) => f.url().endsWith('/pkg/builder/preview.html'));
        if (found && (await found.evaluate(() => !!document.querySelector('clinic-faq')?.shadowRoot).catch(() => false))) return found;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the preview did not show the widgets');
    })();
    await settled(frame);
    assert.match(await frame.$eval('clinic-faq', (faq) => faq.shadowRoot.textContent), /How soon does ketamine work\?/);
    // A hash has '+' and '/' in it: compared as text, not as a pattern.
    assert.ok(
      (await page.$eval('#code-script', (area) => area.value)).includes(
        `integrity="${JSON.parse(readFileSync(join(root, 'dist/sri.json'), 'utf8'))['clinic-widgets.js']}"`,
      ),
      'the script tag carries the build’s integrity hash',
    );
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign, ...log.violations], []);
    await page.close();
  });
});
