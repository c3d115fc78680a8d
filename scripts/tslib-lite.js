// The one TypeScript helper the drop-in needs, for legacy property decorators only (see
// src/internal/decorators.ts): tslib's general __decorate also handles class, method and metadata
// decorators, which this library never uses.
export function __decorate(decorators, target, key) {
  for (const decorate of decorators) decorate(target, key);
}
