// npm entry: the element classes and their types, without registering anything.
export { ClinicProvider, PROVIDER_SCOPES, type ProviderScope } from './provider/provider.js';
export type { ClinicConfig } from './internal/context.js';
export { THEMES, type Theme } from './internal/tokens.js';
export { ClinicTreatmentCard, CARD_VARIANTS, type CardVariant } from './treatment-card/treatment-card.js';
export type { Treatment, TreatmentFact, TreatmentSection, TreatmentEvidence, TreatmentAction } from './treatment-card/model.js';
