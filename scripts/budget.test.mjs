// `npm run test:budget`: the drop-in's byte budget, a deterministic test (timings live in
// `npm run bench`, which only reports). Builds first when dist/ is missing or older than the
// sources, so neither a fresh clone nor a stale build can fool it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DROP_INS, measure, sizeTable } from './size.mjs';
import { ensureBuild } from './ensure-build.mjs';
import { CEILING, TARGET } from './budget.mjs';

const build = ensureBuild({ quiet: true });
const built = build.ok;
if (build.built) console.log(built ? 'Built dist/ (it was missing or older than the sources).' : 'npm run build failed.');
const rows = built ? measure() : [];
if (built) console.log(sizeTable(rows));

test('the drop-in builds', () => {
  assert.ok(built, `npm run build failed:\n${build.output}`);
});

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
for (const file of DROP_INS) {
  test(`dist/${file} stays within ${kb(CEILING)} brotli`, { skip: !built && 'no build' }, () => {
    const { brotli } = rows.find((r) => r.name === `dist/${file}`).sizes;
    const note =
      brotli <= TARGET ? `${kb(TARGET - brotli)} under the ${kb(TARGET)} target` : `${kb(brotli - TARGET)} over the ${kb(TARGET)} target`;
    console.log(`dist/${file}: ${kb(brotli)} brotli (${brotli} B), ${note}`);
    assert.ok(brotli <= CEILING, `dist/${file} is ${brotli} B brotli: ${brotli - CEILING} B over the ${CEILING} B ceiling`);
  });
}
