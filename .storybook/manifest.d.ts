// The manifest is generated (`npm run analyze`), so type-checking must not depend on it existing.
declare module '*/custom-elements.json' {
  const manifest: object;
  export default manifest;
}
