// Builds the two drop-in bundles (Lit inlined, minified). The npm modules come from `tsc` (see the
// build script); the size report and SRI hashes come from scripts/size.mjs afterwards.
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const terserOptions = {
  ecma: 2021,
  module: true,
  compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
  format: { comments: false },
};

export default {
  input: 'src/clinic-widgets.ts',
  plugins: [
    resolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
    typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', rootDir: 'src', sourceMap: true, inlineSources: true }),
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
