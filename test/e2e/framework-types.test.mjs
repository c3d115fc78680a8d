// The framework typings (clinic-widgets/jsx, /vue, /svelte, written into dist/types/ by the build from
// custom-elements.json): a component per framework in test/types/ uses every tag as the embedding
// guide does and must type-check with that framework's own checker; the same component with a wrong
// attribute value, a misspelled event and a misread event detail must fail with the checker's error.
// Each runs in a project whose node_modules holds the package as an app installs it (a link to this
// one), so the package's "exports" map is what resolves `clinic-widgets/jsx` and the rest.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers.mjs';

// Inside the repository (tmp/ is ignored), so the frameworks' own types resolve from its node_modules.
mkdirSync(join(root, 'tmp'), { recursive: true });
const projects = [];
after(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of test/types/<name> with `clinic-widgets` installed, the file `file` changed by `edits`. */
function project(name, file, edits = []) {
  const dir = mkdtempSync(join(root, 'tmp', `types-${name}-`));
  projects.push(dir);
  cpSync(join(root, 'test/types', name), dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules/clinic-widgets'), 'dir');
  let text = readFileSync(join(dir, file), 'utf8');
  for (const [from, to] of edits) {
    assert.ok(text.includes(from), `test/types/${name}/${file} no longer contains ${from}`);
    text = text.replace(from, to);
  }
  writeFileSync(join(dir, file), text);
  return dir;
}

const node = (script, ...args) => {
  const run = spawnSync(process.execPath, [join(root, 'node_modules', script), ...args], { encoding: 'utf8', cwd: root });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
};
const CHECKERS = {
  tsc: (dir) => node('typescript/bin/tsc', '-p', dir),
  'vue-tsc': (dir) => node('vue-tsc/bin/vue-tsc.js', '-p', dir),
  'svelte-check': (dir) => {
    const run = node(
      'svelte-check/bin/svelte-check',
      '--workspace',
      dir,
      '--tsconfig',
      join(dir, 'tsconfig.json'),
      '--output',
      'machine',
      '--fail-on-warnings',
    );
    // Its machine output escapes the quotes inside TypeScript's messages.
    return { ...run, output: run.output.replaceAll('\\"', '"') };
  },
};

const WRONG_VARIANT = /Type '"huge"' is not assignable to type '"outline" \| "primary" \| "secondary" \| undefined'/;
const WRONG_DETAIL = /Property 'methd' does not exist on type 'BookDetail'/;

const FRAMEWORKS = [
  {
    name: 'react',
    title: 'React 19 (TSX, clinic-widgets/jsx)',
    file: 'App.tsx',
    checker: 'tsc',
    edits: [
      ['variant="secondary"', 'variant="huge"'],
      // React 19 listens with the exact event name (test/e2e/react.test.mjs): the camel case is an error.
      ['onclinic-faq-toggle=', 'onClinicFaqToggle='],
      ['onBook(event.detail)', 'onBook(event.detail.methd)'],
    ],
    errors: [WRONG_VARIANT, /Property 'onClinicFaqToggle' does not exist on type .*Did you mean '"onclinic-faq-toggle"'\?/, WRONG_DETAIL],
  },
  {
    name: 'preact',
    title: 'Preact (TSX, clinic-widgets/jsx)',
    file: 'App.tsx',
    checker: 'tsc',
    edits: [
      ['variant="outline"', 'variant="huge"'],
      ['onclinic-faq-toggle=', 'onClinicFaqToggle='],
      ['event.detail.method', 'event.detail.methd'],
    ],
    errors: [WRONG_VARIANT, /Property 'onClinicFaqToggle' does not exist on type .*Did you mean '"onclinic-faq-toggle"'\?/, WRONG_DETAIL],
  },
  {
    name: 'solid',
    title: 'Solid (TSX, clinic-widgets/jsx)',
    file: 'App.tsx',
    checker: 'tsc',
    edits: [
      ['variant="primary"', 'variant="huge"'],
      ['on:clinic-faq-toggle=', 'onClinicFaqToggle='],
      ['event.detail.method', 'event.detail.methd'],
    ],
    errors: [WRONG_VARIANT, /Property 'onClinicFaqToggle' does not exist on type/, WRONG_DETAIL],
  },
  {
    name: 'vue',
    title: 'Vue 3 (SFC, vue-tsc, clinic-widgets/vue)',
    file: 'App.vue',
    checker: 'vue-tsc',
    edits: [
      ['variant="secondary"', 'variant="huge"'],
      ['@clinic-book=', '@clinic-bok='],
      [':items="questions"', ':items="42"'],
    ],
    errors: [
      WRONG_VARIANT,
      /'onClinicBok' does not exist in type .*Did you mean to write 'onClinicBook'\?/,
      /Type 'number' is not assignable to type 'FaqItem\[\]'/,
    ],
  },
  {
    name: 'svelte',
    title: 'Svelte 5 (svelte-check, clinic-widgets/svelte)',
    file: 'App.svelte',
    checker: 'svelte-check',
    edits: [
      ['variant="secondary"', 'variant="huge"'],
      ['onclinic-faq-toggle=', 'onclinic-faq-togle='],
      ['event.detail.method', 'event.detail.methd'],
    ],
    errors: [WRONG_VARIANT, /'"onclinic-faq-togle"' does not exist in type/, WRONG_DETAIL],
  },
];

for (const { name, title, file, checker, edits, errors } of FRAMEWORKS) {
  describe(title, () => {
    it('type-checks a component that uses the tags correctly', () => {
      const { status, output } = CHECKERS[checker](project(name, file));
      assert.equal(status, 0, output);
    });

    it("fails on a wrong attribute value, a misspelled event and a misread detail, with the checker's errors", () => {
      const { status, output } = CHECKERS[checker](project(name, file, edits));
      assert.notEqual(status, 0, output);
      for (const error of errors) assert.match(output, error);
    });
  });
}

describe('TSX limits', () => {
  // TypeScript lets any hyphenated JSX attribute through (as it does data-*), so `onclinic-bok` is no
  // error by itself; its handler then has no type, which `strict` reports.
  it('a misspelled hyphenated event in TSX fails only through its untyped handler', () => {
    const { status, output } = CHECKERS.tsc(project('react', 'App.tsx', [['onclinic-book=', 'onclinic-bok=']]));
    assert.notEqual(status, 0);
    assert.match(output, /error TS7006: Parameter 'event' implicitly has an 'any' type/);
    assert.doesNotMatch(output, /onclinic-bok/);
  });
});

describe('clinic-widgets/react', () => {
  // The React 18 components are written by hand (src/react.ts): they must follow the manifest.
  it('wraps every element and hears every event of custom-elements.json', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const source = readFileSync(join(root, 'src/react.ts'), 'utf8');
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
    assert.equal(
      elements.length,
      readdirSync(join(root, 'src')).filter((folder) => folder !== 'internal' && folder !== 'locales' && !folder.includes('.')).length,
    );
    for (const element of elements) {
      assert.match(
        source,
        new RegExp(`export const ${element.name} = createComponent\\(\\{[^]*?tagName: '${element.tagName}'`),
        element.tagName,
      );
      for (const event of element.events ?? []) {
        const prop = `on${event.name.replace(/(^|-)(\w)/g, (_, _dash, letter) => letter.toUpperCase())}`;
        assert.match(source, new RegExp(`${prop}: '${event.name}' as EventName<CustomEvent<`), `${element.tagName} ${event.name}`);
      }
    }
  });
});
