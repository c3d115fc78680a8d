// npm entry: the element classes and their types, without registering anything.
export { ClinicProvider, PROVIDER_SCOPES, type ProviderScope } from './provider/provider.js';
export type { ClinicConfig } from './internal/context.js';
export { THEMES, type Theme } from './internal/tokens.js';
export { ClinicFaq, type FaqItem, type FaqToggleDetail } from './faq/faq.js';
