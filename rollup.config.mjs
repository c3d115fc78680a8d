// Builds the two drop-in bundles (Lit inlined as published, minified). The npm modules come from `tsc` (see the
// build script); the size report and SRI hashes come from scripts/size.mjs afterwards.
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { readFileSync } from 'node:fs';

// Long private member names of this library, shortened in the drop-in only. Listed by hand: each is
// a plain field or method (never a reactive property, whose name Lit reads as a string), and no DOM,
// Lit or content-data property shares it. (`requestClinic` is not: one copy of the library calls it on
// another's widgets; see src/internal/context.ts.) The browser tests run both the source and this.
const PRIVATE_MEMBERS = [
  'inheritedTheme',
  'unsubscribe',
  'onClinic',
  'subscribers',
  'onRequest',
  'updateScope',
  'providerLang',
  'renderFallback',
  'l10n',
  'clinic',
  'renderBooking',
  'renderMore',
  'hashDone',
  'requested',
  'slotted',
  'onHash',
  'onMatch',
  'onKey',
  'onClick',
  'lightItems',
  'dataItems',
  'remoteItems',
  'allItems',
  'openIds',
  'builtItems',
  'rowStates',
  'assignTop',
  'searchText',
  'scanLight',
  'loadSrc',
  'clearSearch',
  'setOpen',
  'itemAt',
  'jsonLdItems',
  'rowsBuilt',
  'rowsShown',
  'rowPrototype',
  'buildTimer',
  'buildRows',
  'childObserver',
  'haystack',
  'treatmentName',
  'renderHeading',
];

// The drop-in evaluates once per page. A second copy (the script included twice, or the module and
// the classic script both) finds the clinic elements registered and stops before it runs any of its
// code, Lit's included: its Lit never asks for a second `lit-html` Trusted Types policy, which a page
// enforcing Trusted Types without 'allow-duplicates' would refuse with an exception. And whatever
// Lit's start-up throws (another Lit library took the policy name first, on such a page) is caught
// and reported once: the page's own content stays, as without JavaScript. Only our output is
// wrapped; Lit's modules are bundled as published. src/internal/define.ts warns the same way when
// the npm modules meet the drop-in.
const WARNED = `Symbol.for('clinic-widgets.define-warned')`;
const STARTED = `Symbol.for('clinic-widgets.drop-in-started')`;
const DUPLICATE = 'clinic-widgets: <clinic-provider> is already defined (is the script on the page twice?); keeping the first.';
const START_FAILED =
  'clinic-widgets: could not start, so the widgets show their own content. If the page enforces Trusted Types, its trusted-types directive must allow the policies "lit-html" and "clinic-widgets" (and \'allow-duplicates\' when another Lit library is on the page).';
function evaluateOnce() {
  return {
    name: 'evaluate-once',
    renderChunk: (code) => ({
      // STARTED is 'failed' when a copy could not start: it has said why, and the next one keeps quiet.
      // (The elements may not be registered yet: that waits for the page's first paint.) In braces: a
      // classic script's top-level const would clash with the next copy's.
      code: `{
const started = self[${STARTED}];
if (started || self.customElements?.get('clinic-provider')) {
  if (started != 'failed' && !self[${WARNED}]) {
    self[${WARNED}] = true;
    console.warn(${JSON.stringify(DUPLICATE)});
  }
} else {
  self[${STARTED}] = true;
  try {
${code}
  } catch (error) {
    self[${STARTED}] = 'failed';
    console.error(${JSON.stringify(START_FAILED)}, error);
  }
}
}`,
      map: null,
    }),
  };
}

// The drop-in registers its elements after the page's first paint while the page loads (see
// src/internal/define.ts); the npm modules register at once, as frameworks expect.
function registerAfterPaint() {
  const flag = 'const REGISTER_AFTER_PAINT = false;';
  return {
    name: 'register-after-paint',
    transform(code, id) {
      if (!/src[\\/]internal[\\/]define\.ts$/.test(id)) return null;
      if (!code.includes(flag)) this.error(`${id} no longer declares "${flag}": update registerAfterPaint()`);
      return { code: code.replace(flag, 'const REGISTER_AFTER_PAINT = true;'), map: null };
    },
  };
}

// In the drop-in only, a class's `@property()` / `@state()` fields become one `static properties`
// table, which Lit reads when the element is defined, calling the same createProperty() the
// decorators call: `__decorate([property({…})], X.prototype, "name")` per field costs ~0.1 KB in all.
// A module is left as it is unless every decorator in it is one of ours (src/internal/decorators.ts)
// with literal options, and no class in it declares `properties` itself.
function decoratorsAsProperties() {
  const call = /__decorate\(\[\s*(property|state)\(([^()]*)\)\s*\],\s*(\w+)\.prototype,\s*"(\w+)"(?:,\s*void 0)?\);?/g;
  return {
    name: 'decorators-as-properties',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('__decorate(')) return null;
      const ours = /import\s*\{([^}]*)\}\s*from\s*'(?:\.\/|\.\.\/internal\/)decorators\.js'/
        .exec(code)?.[1]
        .split(',')
        .map((n) => n.trim());
      const calls = [...code.matchAll(call)];
      // `properties = …` or `get properties()`: a class here declares its own table.
      if (/\bproperties\s*[=(]/.test(code) || calls.length !== code.split('__decorate(').length - 1) return null;
      if (!calls.every(([, kind]) => ours?.includes(kind))) return null;
      const tables = new Map();
      for (const [, kind, options, cls, name] of calls) {
        const declared = options.trim();
        const entry = kind === 'property' ? declared || '{}' : declared ? `{ ...${declared}, state: true }` : '{ state: true }';
        tables.set(cls, [...(tables.get(cls) ?? []), `${name}: ${entry}`]);
      }
      // The first call of each class becomes its table, the others go.
      const done = new Set();
      const out = code.replace(call, (_m, _kind, _options, cls) =>
        done.has(cls) ? '' : (done.add(cls), `${cls}.properties = { ${tables.get(cls).join(', ')} };`),
      );
      return { code: out, map: null };
    },
  };
}

// The string tables' element-prefixed keys (faqSearch, bookLabel, …) are internal too: shortened in
// the drop-in only, read from src/locales/en.ts so a new key needs no edit here. The generic ones
// (call, loading, disclaimer) stay, as DOM, Function and content-data properties share them.
const LOCALE_KEYS = [
  ...readFileSync(new URL('./src/locales/en.ts', import.meta.url), 'utf8').matchAll(/^ {2}((?:faq|card|book|crisis)[A-Z0-9]\w*):/gm),
].map((m) => m[1]);
if (LOCALE_KEYS.length < 20) throw new Error('rollup.config.mjs: the locale keys were not found in src/locales/en.ts');

const terserOptions = {
  ecma: 2021,
  module: true,
  mangle: { properties: { regex: new RegExp(`^(${[...PRIVATE_MEMBERS, ...LOCALE_KEYS].join('|')})$`) } },
  // keep_fargs: nothing here (nor in Lit) reads a function's `length`, so unused trailing parameters go.
  compress: { passes: 3, unsafe_arrows: true, pure_getters: true, keep_fargs: false },
  format: { comments: false },
};

export default {
  input: 'src/clinic-widgets.ts',
  plugins: [
    registerAfterPaint(),
    // Lit's own template minifier: html`` and css`` text folded, the code around them untouched.
    minifyHTML({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
    resolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
    typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', rootDir: 'src', sourceMap: true, inlineSources: true }),
    decoratorsAsProperties(),
  ],
  output: [
    {
      file: 'dist/clinic-widgets.js',
      format: 'es',
      sourcemap: true,
      plugins: [evaluateOnce(), terser(terserOptions)],
    },
    {
      file: 'dist/clinic-widgets.iife.js',
      format: 'iife',
      sourcemap: true,
      plugins: [evaluateOnce(), terser({ ...terserOptions, module: false, compress: { ...terserOptions.compress, module: true } })],
    },
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
