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
}

// Symbol.for: two copies of the library on one page still share one context key.
export const clinicContext = createContext<ClinicConfig | undefined>(Symbol.for('clinic-widgets.clinic'));

/** Connected widgets that no provider has answered yet; a provider that connects asks them again. */
export const unserved = new Set<{ requestClinic(): void }>();
