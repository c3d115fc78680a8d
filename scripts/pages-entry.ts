// What scripts/build-pages.mjs needs in Node, bundled from TypeScript in one piece.
export { clinicPageDocument } from '../demo/page.js';
export { toHtml } from '../fragments/markup.js';
