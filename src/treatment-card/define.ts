import { define } from '../internal/define.js';
import { ClinicTreatmentCard } from './treatment-card.js';
// The card offers booking through <clinic-book-button>.
import '../book-button/define.js';

define('clinic-treatment-card', ClinicTreatmentCard);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-treatment-card': ClinicTreatmentCard;
  }
}
