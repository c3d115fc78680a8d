// Builds the two drop-in bundles (Lit inlined, minified). The npm modules come from `tsc` (see the
// build script); the size report and SRI hashes come from scripts/size.mjs afterwards.
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';

// Template literals keep their source indentation through terser; fold it away in css`` and html``
// templates, outside `${…}` expressions (copied as they are). CSS: comments and spaces around
// punctuation go (no style here has a quoted string but attribute values, which lose their quotes
// where they can). HTML: a run of white space that spans lines becomes one space, which HTML renders
// the same way (no element here uses white-space: pre).
// Scans the template literal that starts after `open` (the index just past its backtick), folding its
// literal text and recursing into `${…}` expressions so nested css``/html`` templates are folded too.
// Returns [folded text, index just past the closing backtick].
function scanTemplate(code, open, fold) {
  let out = '';
  let text = '';
  let i = open;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      return [out + fold(text), i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      out += fold(text) + '${';
      text = '';
      const [expr, next] = scanExpression(code, i + 2);
      out += expr;
      i = next;
    } else {
      text += c;
      i++;
    }
  }
  return [out + text, i];
}

// Copies a `${…}` expression up to its closing brace, minifying templates nested in it.
function scanExpression(code, start) {
  let out = '';
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    const tag = /^(css|html)\s*`/.exec(code.slice(i, i + 6));
    if (tag && !/[\w$]/.test(code[i - 1] ?? '')) {
      const [body, next] = scanTemplate(code, i + tag[0].length, tag[1] === 'css' ? foldCss : foldHtml);
      out += `${tag[1]}\`${body}\``;
      i = next;
    } else if (c === '`') {
      const [body, next] = scanTemplate(code, i + 1, (t) => t);
      out += `\`${body}\``;
      i = next;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j + 1;
    } else {
      if (c === '{') depth++;
      if (c === '}' && depth-- === 0) return [out + '}', i + 1];
      out += c;
      i++;
    }
  }
  return [out, i];
}

const foldCss = (text) =>
  text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    // [part='button'] → [part=button] (an identifier needs no quotes); 0.5em → .5em.
    .replace(/='([a-z_][\w-]*)'\]/gi, '=$1]')
    .replace(/([\s:,-])0\.(\d)/g, '$1.$2');
const foldHtml = (text) => text.replace(/\s*\n\s*/g, ' ');

function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      let out = '';
      let last = 0;
      for (const match of code.matchAll(/\b(css|html)\s*`/g)) {
        if (match.index < last) continue;
        // Not in a comment (skipping is always safe: the template then ships as written).
        const line = code.slice(code.lastIndexOf('\n', match.index) + 1, match.index);
        if (/^\s*\*|\/\/|\/\*/.test(line)) continue;
        const [body, next] = scanTemplate(code, match.index + match[0].length, match[1] === 'css' ? foldCss : foldHtml);
        out += `${code.slice(last, match.index)}${match[1]}\`${match[1] === 'css' ? body.trim() : body}\``;
        last = next;
      }
      out += code.slice(last);
      return out === code ? null : { code: out, map: null };
    },
  };
}

// Long private member names of this library, shortened in the drop-in only. Listed by hand: each is
// a plain field or method (never a reactive property, whose name Lit reads as a string), and no DOM,
// Lit or content-data property shares it. The browser tests run the source; the e2e tests run this.
const PRIVATE_MEMBERS = [
  'inheritedTheme', 'unsubscribe', 'onClinic', 'subscribers', 'onRequest', 'updateScope', 'requestClinic',
  'providerLang', 'renderFallback', 'l10n', 'clinic', 'renderBooking', 'renderMore', 'hashDone', 'requested',
  'slotted', 'onHash', 'onMatch', 'onKey', 'onClick', 'lightItems', 'dataItems', 'remoteItems', 'allItems', 'openIds',
  'builtItems', 'rowStates', 'assignTop', 'searchText', 'scanLight', 'loadSrc', 'clearSearch', 'setOpen', 'itemAt',
];

// Lit creates its Trusted Types policy `lit-html` when its module runs. On a page that enforces
// Trusted Types without 'allow-duplicates', a second copy of the drop-in (or another Lit library
// loaded first) makes that call throw, an uncaught exception in the host page. In the drop-in only,
// the call is wrapped: the copy without a policy then defines nothing anyway (the first copy's
// elements are registered), and a render that Trusted Types blocks falls back to the element's own
// content. The build fails if Lit's code no longer matches, rather than ship without the guard.
function guardLitPolicy() {
  const call = /(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\):void 0/;
  return {
    name: 'guard-lit-policy',
    transform(code, id) {
      if (!/lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!call.test(code)) this.error('lit-html no longer creates its policy as expected: update guardLitPolicy');
      return { code: code.replace(call, '(()=>{try{return $1?.createPolicy("lit-html",$2)}catch{}})()'), map: null };
    },
  };
}

// In the drop-in only, Lit's hooks for things it never needs go: the ShadyDOM polyfill (every supported
// browser has shadow DOM), server-side-rendering hydration (it is never server-rendered), standard
// decorators' metadata (src/internal/decorators.ts uses the legacy ones), and the version lists
// Lit's development build reads. Each is a global other code could set or read; ~0.15 KB in all.
// The build fails if Lit's code no longer matches, rather than ship half of it.
const LIT_TRIMS = [
  [/reactive-element[\\/]reactive-element\.js$/, /,(\w+)=\w+\.reactiveElementPolyfillSupport(?=[,;])/, ''],
  [/reactive-element[\\/]reactive-element\.js$/, /,\w+\?\.\(\{ReactiveElement:\w+\}\),\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/, ';'],
  [/reactive-element[\\/]reactive-element\.js$/, /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/, ''],
  [
    /reactive-element[\\/]reactive-element\.js$/,
    /const (\w+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[\w+,\w+\]of \2\)this\.elementProperties\.set\(\w+,\w+\)\}/,
    '',
  ],
  [/lit-html[\\/]lit-html\.js$/, /,(\w+)=(\w+)\.litHtmlPolyfillSupport;\1\?\.\(\w+,\w+\),\(\2\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\);/, ';'],
  [/lit-element[\\/]lit-element\.js$/, /,(\w+)\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\);const (\w+)=\1\.litElementPolyfillSupport;\2\?\.\(\{LitElement:\w+\}\);/, ';'],
  [/lit-element[\\/]lit-element\.js$/, /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/, ''],
  // resolveDirective: no template here uses a class-based directive (`ifDefined` is a plain function in
  // Lit 3), so a bound value is used as it is, which is what it did for every other value. A module
  // that would bring one in (lit-html/directive.js) fails the build: see noDirectives().
  [
    /lit-html[\\/]lit-html\.js$/,
    /function (\w+)\((\w+),(\w+),(\w+)=\2,(\w+)\)\{if\(\3===\w+\)return \3;let \w+=void 0!==\5\?\4\._\$Co\?\.\[\5\]:\4\._\$Cl;.*?,\3\}(?=class )/,
    'function $1($2,$3){return $3}',
  ],
  // Bindings inside <script>, <style>, <textarea> or <title>, and inside <!-- comments -->: no template
  // here has any of those elements or a comment (the build fails if the bundle has such markup: see
  // trimLit()), so the template parser's handling of them goes.
  [/lit-html[\\/]lit-html\.js$/, /\((\w+)\.test\((\w+)\[2\]\)&&\((\w+)=RegExp\("<\/"\+\2\[2\],"g"\)\),(\w+=\w+)\)/, '$4'],
  [/lit-html[\\/]lit-html\.js$/, /if\((\w+)\.test\((\w+)\.tagName\)\)\{const (\w+)=\2\.textContent\.split\(\w+\),(\w+)=\3\.length-1;if\(\4>0\)\{.*?\2\.append\(\3\[\4\],\w+\(\)\)\}\}/, ''],
  [/lit-html[\\/]lit-html\.js$/, /else\{let (\w+)=-1;for\(;-1!==\(\1=(\w+)\.data\.indexOf\((\w+),\1\+1\)\);\)\w+\.push\(\{type:7,index:\w+\}\),\1\+=\3\.length-1\}/, ''],
  // The `useDefault` property option: no property here sets it (the build fails if the bundle names it:
  // see trimLit()), so its bookkeeping of default values goes.
  [/reactive-element[\\/]reactive-element\.js$/, /,useDefault:!1,/, ','],
  [/reactive-element[\\/]reactive-element\.js$/, /\|\|(\w+)\.useDefault&&\1\.reflect&&\w+===this\._\$Ej\?\.get\((\w+)\)&&!this\.hasAttribute\(\w+\._\$Eu\(\2,\1\)\)/, ''],
  [
    /reactive-element[\\/]reactive-element\.js$/,
    /(\w+)\((\w+),(\w+),\{useDefault:(\w+),reflect:(\w+),wrapped:\w+\},\w+\)\{\4&&!\(this\._\$Ej\?\?=new Map\)\.has\(\2\)&&\(this\._\$Ej\.set\(\2,\w+\?\?\3\?\?this\[\2\]\),!0!==\w+\|\|void 0!==\w+\)\|\|\(this\._\$AL\.has\(\2\)\|\|\(this\.hasUpdated\|\|\4\|\|\(\3=void 0\),/,
    '$1($2,$3,{reflect:$5}){(this._$AL.has($2)||(this.hasUpdated||($3=void 0),',
  ],
  [/reactive-element[\\/]reactive-element\.js$/, /=(\w+)\?\?this\._\$Ej\?\.get\(\w+\)\?\?\1/, '=$1'],
  // Connection tracking for async directives (`_$AU`, `setConnected`, `_$AP`): with no directives
  // (above) nothing reads or sets it.
  [/lit-html[\\/]lit-html\.js$/, /get _\$AU\(\)\{return this\._\$AM\._\$AU\}/g, ''],
  [/lit-html[\\/]lit-html\.js$/, /get _\$AU\(\)\{return this\._\$AM\?\._\$AU\?\?this\._\$Cv\}/, ''],
  [/lit-html[\\/]lit-html\.js$/, /,this\._\$Cv=\w+\?\.isConnected\?\?!0/, ''],
  [/lit-html[\\/]lit-html\.js$/, /setConnected\((\w+)\)\{void 0===this\._\$AM&&\(this\._\$Cv=\1,this\._\$AP\?\.\(\1\)\)\}/, ''],
  [/lit-html[\\/]lit-html\.js$/, /for\(this\._\$AP\?\.\(!1,!0,\w+\);/, 'for(;'],
  [/lit-element[\\/]lit-element\.js$/, /this\.hasUpdated\|\|\(this\.renderOptions\.isConnected=this\.isConnected\),/, ''],
  [
    /lit-element[\\/]lit-element\.js$/,
    /connectedCallback\(\)\{super\.connectedCallback\(\),this\._\$Do\?\.setConnected\(!0\)\}disconnectedCallback\(\)\{super\.disconnectedCallback\(\),this\._\$Do\?\.setConnected\(!1\)\}/,
    '',
  ],
  // finalizeStyles: the styles flattened, without Lit's removal of repeated sheets (a repeated sheet then
  // comes again later in adoptedStyleSheets, where Lit keeps it: the cascade is the same). Lit's
  // getCompatibleStyle is the identity here (scripts/css-tag-lite.js).
  [
    /reactive-element[\\/]reactive-element\.js$/,
    /static finalizeStyles\((\w+)\)\{const (\w+)=\[\];if\(Array\.isArray\(\1\)\)\{const (\w+)=new Set\(\1\.flat\(1\/0\)\.reverse\(\)\);for\(const \w+ of \3\)\2\.unshift\(\w+\(\w+\)\)\}else void 0!==\1&&\2\.push\(\w+\(\1\)\);return \2\}/,
    'static finalizeStyles($1){return[$1??[]].flat(1/0)}',
  ],
  // The parts' getters that only directives read (parentNode, startNode, endNode, tagName).
  [/lit-html[\\/]lit-html\.js$/, /get parentNode\(\)\{return this\._\$AM\.parentNode\}/, ''],
  [/lit-html[\\/]lit-html\.js$/, /get parentNode\(\)\{let (\w+)=this\._\$AA\.parentNode;const (\w+)=this\._\$AM;return void 0!==\2&&11===\1\?\.nodeType&&\(\1=\2\.parentNode\),\1\}get startNode\(\)\{return this\._\$AA\}get endNode\(\)\{return this\._\$AB\}/, ''],
  [/lit-html[\\/]lit-html\.js$/, /get tagName\(\)\{return this\.element\.tagName\}/, ''],
  // JSCompiler_renameProperty, an identity function for Closure Compiler that terser does not inline.
  [/reactive-element[\\/]reactive-element\.js$/, /(?<=[([])\w+\("(elementProperties|finalized|properties)"\)/g, '"$1"'],
  // addInitializer: only Lit's and @lit/context's decorators call it, and neither is bundled (the build
  // fails if the bundle still names it: see trimLit()).
  [/reactive-element[\\/]reactive-element\.js$/, /static addInitializer\((\w+)\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(\1\)\}/, ''],
  [/reactive-element[\\/]reactive-element\.js$/, /,void 0!==(\w+)\.l&&\(this\.l=\[\.\.\.\1\.l\]\)/, ''],
  [/reactive-element[\\/]reactive-element\.js$/, /,this\.constructor\.l\?\.forEach\(\w+=>\w+\(this\)\)/, ''],
];

function trimLit() {
  return {
    name: 'trim-lit',
    transform(code, id) {
      const trims = LIT_TRIMS.filter(([file]) => file.test(id));
      if (!trims.length) return null;
      for (const [, pattern, replacement] of trims) {
        pattern.lastIndex = 0;
        if (!pattern.test(code)) this.error(`${id} no longer matches ${pattern}: update LIT_TRIMS`);
        code = code.replace(pattern, replacement);
      }
      return { code, map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type != 'chunk') continue;
        for (const name of ['addInitializer', 'useDefault', '_$Ej', '_$AU', '_$AP', 'setConnected', 'startNode', 'endNode']) {
          if (chunk.code.includes(name)) this.error(`${chunk.fileName} names ${name}, trimmed by LIT_TRIMS`);
        }
        const markup = /<(script|style|textarea|title)\b|<!--/i.exec(chunk.code);
        if (markup) this.error(`${chunk.fileName} has ${markup[0]} markup, whose template handling LIT_TRIMS took out`);
      }
    },
  };
}

// LIT_TRIMS takes out Lit's directive support: the build fails if a module would use a directive.
function noDirectives() {
  return {
    name: 'no-directives',
    load(id) {
      if (/lit-html[\\/]directive\.js$/.test(id)) this.error(`${id}: Lit directives are trimmed from the drop-in (LIT_TRIMS in rollup.config.mjs)`);
      return null;
    },
  };
}

// In the drop-in only, Lit's css-tag module becomes scripts/css-tag-lite.js (see there).
function liteCssTag() {
  const lite = new URL('./scripts/css-tag-lite.js', import.meta.url).pathname;
  return {
    name: 'lite-css-tag',
    resolveId(source, importer) {
      return source === './css-tag.js' && /@lit[\\/]reactive-element[\\/]/.test(importer ?? '') ? lite : null;
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
      const ours = /import\s*\{([^}]*)\}\s*from\s*'(?:\.\/|\.\.\/internal\/)decorators\.js'/.exec(code)?.[1].split(',').map((n) => n.trim());
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
  compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
  format: { comments: false },
};

export default {
  input: 'src/clinic-widgets.ts',
  plugins: [
    minifyTemplates(),
    guardLitPolicy(),
    trimLit(),
    noDirectives(),
    liteCssTag(),
    resolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
    typescript({ tsconfig: './tsconfig.json', tslib: new URL('./scripts/tslib-lite.js', import.meta.url).pathname, declaration: false, outDir: 'dist', rootDir: 'src', sourceMap: true, inlineSources: true }),
    decoratorsAsProperties(),
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
      plugins: [terser({ ...terserOptions, module: false, compress: { ...terserOptions.compress, module: true } })],
    },
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
