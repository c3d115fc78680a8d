// `clinic-widgets/react`: React components for React 18 and older, made with Lit's @lit/react. React 19
// needs none of this (it sets properties and listens to events on custom elements itself; see
// `clinic-widgets/jsx`). Not part of the drop-in. Every element and event of custom-elements.json must
// be here: test/e2e/framework-types.test.mjs compares the two.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ClinicProvider as ProviderElement } from './provider/provider.js';
import { ClinicFaq as FaqElement, type FaqToggleDetail } from './faq/faq.js';
import { ClinicBookButton as BookButtonElement, type BookDetail } from './book-button/book-button.js';
import {
  ClinicTreatmentCard as TreatmentCardElement,
  type CardActionDetail,
  type CardExpandDetail,
} from './treatment-card/treatment-card.js';
import { ClinicCrisisSupport as CrisisSupportElement } from './crisis-support/crisis-support.js';
import './provider/define.js';
import './faq/define.js';
import './book-button/define.js';
import './treatment-card/define.js';
import './crisis-support/define.js';

/** `<clinic-provider>` as a React component: `bookingUrl`, `name`, `phone`, `hours`, `timezone`, `lang`, `theme`, `scope`. */
export const ClinicProvider = createComponent({ react: React, tagName: 'clinic-provider', elementClass: ProviderElement });

/** `<clinic-faq>` as a React component; `onClinicFaqToggle` hears `clinic-faq-toggle`. */
export const ClinicFaq = createComponent({
  react: React,
  tagName: 'clinic-faq',
  elementClass: FaqElement,
  events: { onClinicFaqToggle: 'clinic-faq-toggle' as EventName<CustomEvent<FaqToggleDetail>> },
});

/** `<clinic-book-button>` as a React component; `onClinicBook` hears `clinic-book` (cancelable). */
export const ClinicBookButton = createComponent({
  react: React,
  tagName: 'clinic-book-button',
  elementClass: BookButtonElement,
  events: { onClinicBook: 'clinic-book' as EventName<CustomEvent<BookDetail>> },
});

/** `<clinic-treatment-card>` as a React component; `onClinicCardAction` and `onClinicCardExpand` hear its events. */
export const ClinicTreatmentCard = createComponent({
  react: React,
  tagName: 'clinic-treatment-card',
  elementClass: TreatmentCardElement,
  events: {
    onClinicCardAction: 'clinic-card-action' as EventName<CustomEvent<CardActionDetail>>,
    onClinicCardExpand: 'clinic-card-expand' as EventName<CustomEvent<CardExpandDetail>>,
  },
});

/** `<clinic-crisis-support>` as a React component (it sends no events). */
export const ClinicCrisisSupport = createComponent({ react: React, tagName: 'clinic-crisis-support', elementClass: CrisisSupportElement });
