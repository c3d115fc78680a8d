import type { PropertyDeclaration, ReactiveElement } from 'lit';

// Lit's `@property` and `@state` for legacy (experimentalDecorators) fields only. lit/decorators.js
// also carries the standard-decorator path, which this library never uses: ~0.3 KB of the drop-in.

/** Declares a reactive property (same options as Lit's `@property`). */
export const property =
  (options?: PropertyDeclaration) =>
  (proto: object, name: PropertyKey): void =>
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);

/** Declares internal reactive state (Lit's `@state`). */
export const state = (options?: PropertyDeclaration) => property({ ...options, state: true, attribute: false });
