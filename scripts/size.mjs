// Prints what the drop-in and each element's own modules weigh, and writes SRI hashes for the drop-ins.
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

export function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const row = (name, s) => `${name.padEnd(34)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const lines = [`${'file'.padEnd(34)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`];
  const sri = {};
  for (const file of ['clinic-widgets.js', 'clinic-widgets.iife.js']) {
    const buffer = readFileSync(join('dist', file));
    lines.push(row(`dist/${file}`, sizes(buffer)));
    sri[file] = `sha384-${createHash('sha384').update(buffer).digest('base64')}`;
  }
  // Per-element npm modules (without Lit, which npm users share with the rest of their app).
  const lib = 'dist/lib';
  if (existsSync(lib)) {
    for (const dir of readdirSync(lib).sort()) {
      const path = join(lib, dir);
      if (!statSync(path).isDirectory() || dir === 'internal' || dir === 'locales') continue;
      const js = readdirSync(path).filter((f) => f.endsWith('.js'));
      const buffer = Buffer.concat(js.map((f) => readFileSync(join(path, f))));
      lines.push(row(`dist/lib/${dir}/*.js (unminified)`, sizes(buffer)));
    }
  }
  writeFileSync('dist/sri.json', `${JSON.stringify(sri, null, 2)}\n`);
  console.log(lines.join('\n'));
  for (const [file, hash] of Object.entries(sri)) console.log(`SRI ${file}: integrity="${hash}"`);
}
