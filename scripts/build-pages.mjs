// Writes the pages `npm start` serves, after the drop-in is built (part of `npm run build`):
// - dist/demo/: the sample clinic page in English and Spanish, generated from demo/page.ts, which
//   writes it with the same fragment functions (fragments/) as the embed builder's snippets;
// - dist/builder/: the embed builder, static files to host anywhere: its page, its code bundled with
//   esbuild (Lit included, as published), the preview frame, a copy of the drop-ins it previews and
//   the WordPress plugin's zip it offers.
// Nothing here goes into dist/clinic-widgets.js.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const at = (...parts) => join(root, ...parts);
const write = (path, text) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
const copy = (from, to) => {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
};

const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));
const sri = JSON.parse(readFileSync(at('dist/sri.json'), 'utf8'));
/** What the builder's script tags name: this release's name, version and integrity hashes. */
export const RELEASE = { name: pkg.name, version: pkg.version, integrity: sri };

/** Bundles a TypeScript module for Node and imports it. In Node there is no page to resolve relative URLs against. */
async function importForNode(entry) {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    tsconfig: at('tsconfig.json'),
    define: { 'document.baseURI': '"https://example.com/"' },
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}

// --- The demo pages ------------------------------------------------------------------------------
const { clinicPageDocument, toHtml } = await importForNode(at('scripts/pages-entry.ts'));
for (const [lang, path] of [
  ['en', 'dist/demo/index.html'],
  ['es', 'dist/demo/es/index.html'],
]) {
  const pack = JSON.parse(readFileSync(at(`content/ketamine-postpartum-depression.${lang}.json`), 'utf8'));
  write(at(path), `<!doctype html>\n${toHtml(clinicPageDocument(lang, pack))}\n`);
}
copy(at('demo/styles.css'), at('dist/demo/styles.css'));
copy(at('demo/favicon.svg'), at('dist/demo/favicon.svg'));
console.log('Demo pages: dist/demo/index.html, dist/demo/es/index.html');

// --- The embed builder ---------------------------------------------------------------------------
// The WordPress plugin (scripts/wordpress-package.mjs, run before this), offered by the builder's
// WordPress steps from its own folder.
const PLUGIN = at('dist/clinic-widgets-wordpress.zip');
const bundle = (entry, out) =>
  build({
    entryPoints: [at(entry)],
    outfile: at(out),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Lit as published, production build; the library's own modules from src/ (the FAQ, the validators).
    conditions: ['production'],
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
    tsconfig: at('tsconfig.json'),
    define: { CLINIC_WIDGETS_RELEASE: JSON.stringify({ ...RELEASE, wordpressPlugin: existsSync(PLUGIN) ? basename(PLUGIN) : undefined }) },
  });
await Promise.all([bundle('builder/app/main.ts', 'dist/builder/builder.js'), bundle('builder/preview.ts', 'dist/builder/preview.js')]);
for (const file of ['index.html', 'preview.html', 'builder.css', 'preview.css']) copy(at('builder', file), at('dist/builder', file));
copy(at('demo/favicon.svg'), at('dist/builder/favicon.svg'));
// The drop-ins: the preview runs the real one, and "host it yourself" downloads it from here.
for (const file of Object.keys(sri)) copy(at('dist', file), at('dist/builder', file));
if (existsSync(PLUGIN)) copy(PLUGIN, at('dist/builder', basename(PLUGIN)));
console.log('Embed builder: dist/builder/ (open /builder/ with npm start)');
