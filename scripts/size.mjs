// Prints what the drop-in and each element's own modules weigh, and writes SRI hashes for the drop-ins.
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

export const DROP_INS = ['clinic-widgets.js', 'clinic-widgets.iife.js'];

export function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sizes of the built drop-ins and of each element's npm modules: `[{ name, sizes }]`. */
export function measure(dist = 'dist') {
  const out = [...DROP_INS, 'prelayout.css'].map((file) => ({ name: `${dist}/${file}`, sizes: sizes(readFileSync(join(dist, file))) }));
  // Per-element npm modules (without Lit, which npm users share with the rest of their app).
  const lib = join(dist, 'lib');
  if (existsSync(lib)) {
    for (const dir of readdirSync(lib).sort()) {
      const path = join(lib, dir);
      if (!statSync(path).isDirectory() || dir === 'internal' || dir === 'locales') continue;
      const js = readdirSync(path).filter((f) => f.endsWith('.js'));
      const buffer = Buffer.concat(js.map((f) => readFileSync(join(path, f))));
      out.push({ name: `${dist}/lib/${dir}/*.js (unminified)`, sizes: sizes(buffer) });
    }
  }
  return out;
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const row = (name, s) => `${name.padEnd(34)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`;

/** The size table printed by the build and by the budget test. */
export const sizeTable = (rows) =>
  [
    `${'file'.padEnd(34)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`,
    ...rows.map((r) => row(r.name, r.sizes)),
  ].join('\n');

if (import.meta.url === `file://${process.argv[1]}`) {
  const sri = {};
  for (const file of DROP_INS)
    sri[file] = `sha384-${createHash('sha384')
      .update(readFileSync(join('dist', file)))
      .digest('base64')}`;
  writeFileSync('dist/sri.json', `${JSON.stringify(sri, null, 2)}\n`);
  console.log(sizeTable(measure()));
  for (const [file, hash] of Object.entries(sri)) console.log(`SRI ${file}: integrity="${hash}"`);
}
