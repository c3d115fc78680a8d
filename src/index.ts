// npm entry: the element classes and their types, without registering anything.
export { ClinicProvider, PROVIDER_SCOPES, type ProviderScope } from './provider/provider.js';
export type { ClinicConfig } from './internal/context.js';
export { THEMES, type Theme } from './internal/tokens.js';
export {
  ClinicBookButton,
  BOOK_MODES,
  BOOK_SIZES,
  BOOK_VARIANTS,
  type BookDetail,
  type BookMode,
  type BookSize,
  type BookVariant,
} from './book-button/book-button.js';
