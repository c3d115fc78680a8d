// The manifest is generated (`npm run analyze`), so type-checking must not depend on it existing.
declare module '*/custom-elements.json' {
  const manifest: object;
  export default manifest;
}

// Vite's `?raw` imports: a file's text (stories show prelayout.css applied to plain HTML).
declare module '*?raw' {
  const text: string;
  export default text;
}

// Vite injects imported stylesheets into the page.
declare module '*.css';
