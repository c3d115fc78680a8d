// A React 19 component using every clinic-widgets tag as the embedding guide shows. It must type-check
// with `clinic-widgets/jsx` (tsconfig "types"); test/e2e/framework-types.test.mjs also makes it
// wrong on purpose and checks TypeScript's error.
import { useRef, useState } from 'react';
import type { BookDetail, ClinicFaq, FaqItem } from 'clinic-widgets';
import 'clinic-widgets/define.js';

const questions: FaqItem[] = [{ id: 'how-soon', question: 'How soon does ketamine work?', answer: 'Within hours in most cases.' }];

export function TreatmentPage({ onBook }: { onBook: (detail: BookDetail) => void }) {
  const [opened, setOpened] = useState('');
  const faq = useRef<ClinicFaq>(null);
  return (
    <clinic-provider
      name="Renew Wellness"
      phone="(480) 555-0123"
      booking-url="https://example.com/book"
      timezone="America/Phoenix"
      lang="en"
      theme="light"
      scope="page"
    >
      <clinic-crisis-support variant="banner" heading-level={3} />
      <clinic-treatment-card
        src="/content/ketamine-postpartum-depression.{lang}.json"
        variant="compact"
        structured-data
        onclinic-card-expand={(event) => console.info(event.detail.name)}
      />
      <clinic-faq
        ref={faq}
        heading="Questions"
        heading-level={2}
        searchable
        items={questions}
        onclinic-faq-toggle={(event) => event.detail.open && setOpened(event.detail.id)}
      />
      <clinic-book-button
        variant="secondary"
        size="large"
        mode="dialog"
        full-width
        onclinic-book={(event) => {
          event.preventDefault();
          onBook(event.detail);
        }}
      />
      <p role="status">{opened}</p>
    </clinic-provider>
  );
}
