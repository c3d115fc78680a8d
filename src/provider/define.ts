import { define } from '../internal/define.js';
import { ClinicProvider } from './provider.js';

define('clinic-provider', ClinicProvider);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-provider': ClinicProvider;
  }
}
