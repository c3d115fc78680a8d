import { createContext } from '@lit/context';
import type { Theme } from './tokens.js';

/** What a `<clinic-provider>` shares with every widget it serves. Widget attributes override it. */
export interface ClinicConfig {
  name?: string;
  phone?: string;
  bookingUrl?: string;
  hours?: string;
  timezone?: string;
  lang?: string;
  theme?: Theme;
  /** A CSS colour the widgets derive their primary colours from (the provider's `brand-color`). */
  brandColor?: string;
}

// Symbol.for: two copies of the library on one page still share one context key.
export const clinicContext = createContext<ClinicConfig | undefined>(Symbol.for('clinic-widgets.clinic'));

type Waiting = Set<{ requestClinic(): void }>;
const UNSERVED = Symbol.for('clinic-widgets.unserved');

/**
 * Connected widgets that no provider has answered yet; a provider that connects asks them again.
 * Shared through the global object, as the context key is, so a provider from one copy of the library
 * (the drop-in) serves waiting widgets from another (the npm modules) on the same page.
 */
export const unserved: Waiting = ((globalThis as typeof globalThis & { [UNSERVED]?: Waiting })[UNSERVED] ??= new Set());
