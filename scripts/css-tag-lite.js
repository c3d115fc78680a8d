// Lit's css-tag module, for the drop-in only (rollup.config.mjs). Every style in this library is a
// constructed CSSStyleSheet (src/internal/css.ts), which every browser the drop-in supports adopts
// as it is: Lit's CSSResult class and its <style>-element fallback (ShadyCSS, no adoptedStyleSheets)
// never run. Lit's own `css` and `unsafeCSS` are stubs that throw, so using them fails loudly
// (the e2e tests run the drop-in) rather than ship a style this module cannot adopt.
const unsupported = () => {
  throw Error('clinic-widgets: use src/internal/css.ts, not Lit’s css/unsafeCSS (scripts/css-tag-lite.js)');
};
export { unsupported as css, unsupported as unsafeCSS, unsupported as CSSResult };
export const supportsAdoptingStyleSheets = true;
export const getCompatibleStyle = (style) => style;
export const adoptStyles = (root, styles) => {
  root.adoptedStyleSheets = styles;
};
