// What each element adds to the drop-in: the drop-in is rebuilt (same rollup configuration, ES
// module output) without one element's define module at a time, and the difference in brotli bytes
// is that element's marginal cost. Lit's own share is a build of LitElement, html and render alone,
// minified the same way; what is left is code several elements share (the base class, tokens,
// localization and both languages' strings). `npm run bench` writes the table into
// docs/benchmarks.md; `node scripts/element-bytes.mjs` prints it.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';
import { sizes } from './size.mjs';

const ENTRY = 'src/clinic-widgets.ts';

/** The define imports of the drop-in entry, e.g. `./faq/define.js`, with the element each registers. */
export function elements() {
  const entry = readFileSync(ENTRY, 'utf8');
  return [...entry.matchAll(/^import '(\.\/([\w-]+)\/define\.js)';$/gm)].map(([, path, folder]) => {
    const define = readFileSync(`src/${folder}/define.ts`, 'utf8');
    const tag = /define\('([\w-]+)'/.exec(define)?.[1] ?? folder;
    return { path, folder, tag };
  });
}

const LIT_ALONE = `import { LitElement, html, render } from 'lit';
customElements.define('lit-alone', class extends LitElement { render() { return html\`<p>\${render}</p>\`; } });`;

/** Builds the drop-in from the given define imports (or source); returns its minified ES module text. */
async function build(imports, source) {
  const virtual = '\0element-bytes-entry';
  const bundle = await rollup({
    ...config,
    input: virtual,
    plugins: [
      {
        name: 'element-bytes-entry',
        resolveId: (id) => (id === virtual ? virtual : null),
        load: (id) =>
          id !== virtual
            ? null
            : (source ??
              imports
                .map(
                  (path) =>
                    `import ${JSON.stringify(new URL(`../src/${path.slice(2)}`, import.meta.url).pathname.replace(/\.js$/, '.ts'))};`,
                )
                .join('\n')),
      },
      ...config.plugins,
    ],
    onwarn: () => {},
  });
  const es = config.output.find((o) => o.format === 'es');
  const { output } = await bundle.generate({ ...es, sourcemap: false, file: undefined, dir: undefined });
  await bundle.close();
  return output[0].code;
}

const brotli = async (imports, source) => sizes(Buffer.from(await build(imports, source))).brotli;

/** `{ full, lit, rows: [{ tags, marginal }] }` in brotli bytes. */
export async function elementBytes() {
  const list = elements();
  const without = (...tags) => brotli(list.filter((e) => !tags.includes(e.tag)).map((e) => e.path));
  const full = await brotli(list.map((e) => e.path));
  const lit = await brotli([], LIT_ALONE);
  const rows = [];
  for (const element of list) rows.push({ tags: [element.tag], marginal: full - (await without(element.tag)) });
  // The card registers the book button it offers, so the button alone costs nothing more: the pair.
  rows.push({
    tags: ['clinic-treatment-card', 'clinic-book-button'],
    marginal: full - (await without('clinic-treatment-card', 'clinic-book-button')),
  });
  return { full, lit, rows };
}

/** The markdown table for docs/benchmarks.md. */
export function elementBytesTable({ full, lit, rows }) {
  const kb = (n) => `${n < 0 ? '−' : ''}${(Math.abs(n) / 1024).toFixed(2)} KB`;
  const single = rows.filter((r) => r.tags.length === 1);
  const shared = full - lit - single.reduce((sum, r) => sum + r.marginal, 0);
  return [
    '| part of the drop-in | brotli |',
    '| --- | ---: |',
    `| **the whole drop-in** (every element, English and Spanish, Lit as published) | **${kb(full)}** |`,
    `| Lit alone (LitElement, html, render), minified the same way | ${kb(lit)} |`,
    ...rows.map(
      (r) =>
        `| ${r.tags.map((t) => `\`<${t}>\``).join(' and ')}: what leaving ${r.tags.length > 1 ? 'both' : 'it'} out saves | ${kb(r.marginal)} |`,
    ),
    `| shared by several elements (base class, tokens, localization, both languages' strings, helpers), with what compression shares between parts | ${kb(shared)} |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync('src') || !readdirSync('src').length) throw new Error('run from the project root');
  console.log(elementBytesTable(await elementBytes()));
}
