import { define } from '../internal/define.js';
import { ClinicFaq } from './faq.js';

define('clinic-faq', ClinicFaq);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-faq': ClinicFaq;
  }
}
