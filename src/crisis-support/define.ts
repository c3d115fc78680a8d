import { define } from '../internal/define.js';
import { ClinicCrisisSupport } from './crisis-support.js';

define('clinic-crisis-support', ClinicCrisisSupport);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-crisis-support': ClinicCrisisSupport;
  }
}
