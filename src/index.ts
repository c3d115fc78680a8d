// npm entry: the element classes and their types, without registering anything.
export { ClinicProvider, PROVIDER_SCOPES, type ProviderScope } from './provider/provider.js';
export type { ClinicConfig } from './internal/context.js';
export { THEMES, type Theme } from './internal/tokens.js';
export {
  ClinicTreatmentCard,
  CARD_VARIANTS,
  type CardActionDetail,
  type CardExpandDetail,
  type CardVariant,
} from './treatment-card/treatment-card.js';
export type { Treatment, TreatmentFact, TreatmentSection, TreatmentEvidence, TreatmentAction } from './treatment-card/model.js';
export { ClinicCrisisSupport, CRISIS_VARIANTS, type CrisisVariant } from './crisis-support/crisis-support.js';
export { CRISIS_CHECKED, CRISIS_SOURCES, crisisResources, type CrisisLink, type CrisisResource } from './crisis-support/resources.js';
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
export { ClinicFaq, FAQ_APPEARANCES, type FaqAppearance, type FaqItem, type FaqToggleDetail } from './faq/faq.js';
export { brandPalette, contrast, luminance, type SchemePalette } from './internal/brand.js';
