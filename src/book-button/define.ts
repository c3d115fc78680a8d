import { define } from '../internal/define.js';
import { ClinicBookButton } from './book-button.js';

define('clinic-book-button', ClinicBookButton);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-book-button': ClinicBookButton;
  }
}
