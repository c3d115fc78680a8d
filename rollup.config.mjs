// Builds the two drop-in bundles (Lit inlined, minified). The npm modules come from `tsc` (see the
// build script); the size report and SRI hashes come from scripts/size.mjs afterwards.
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

// Template literals keep their source indentation through terser; fold it away in css`` and html``
// templates, outside `${…}` expressions (copied as they are). CSS: comments and spaces around
// punctuation go (no style here has a quoted string). HTML: a run of white space that spans lines becomes one space, which HTML renders
// the same way (no element here uses white-space: pre).
function outsideExpressions(body, fold) {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const start = body.indexOf('${', i);
    out += fold(start < 0 ? body.slice(i) : body.slice(i, start));
    if (start < 0) break;
    let depth = 0;
    let k = start + 1;
    for (; k < body.length; k++) {
      if (body[k] === '{') depth++;
      else if (body[k] === '}' && --depth === 0) break;
    }
    out += body.slice(start, k + 1);
    i = k + 1;
  }
  return out;
}
const foldCss = (text) =>
  text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
const foldHtml = (text) => text.replace(/\s*\n\s*/g, ' ');

function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      const out = code
        .replace(/\bcss\s*`([^`]*)`/g, (_m, body) => `css\`${outsideExpressions(body, foldCss).trim()}\``)
        .replace(/\bhtml\s*`([^`]*)`/g, (_m, body) => `html\`${outsideExpressions(body, foldHtml)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}

const terserOptions = {
  ecma: 2021,
  module: true,
  compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
  format: { comments: false },
};

export default {
  input: 'src/clinic-widgets.ts',
  plugins: [
    minifyTemplates(),
    resolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
    typescript({ tsconfig: './tsconfig.json', tslib: new URL('./scripts/tslib-lite.js', import.meta.url).pathname, declaration: false, outDir: 'dist', rootDir: 'src', sourceMap: true, inlineSources: true }),
  ],
  output: [
    {
      file: 'dist/clinic-widgets.js',
      format: 'es',
      sourcemap: true,
      plugins: [terser(terserOptions)],
    },
    {
      file: 'dist/clinic-widgets.iife.js',
      format: 'iife',
      sourcemap: true,
      plugins: [terser({ ...terserOptions, module: false })],
    },
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
