import { define } from '../internal/define.js';
import { ClinicTreatmentCard } from './treatment-card.js';

define('clinic-treatment-card', ClinicTreatmentCard);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-treatment-card': ClinicTreatmentCard;
  }
}
