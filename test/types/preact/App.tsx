// A Preact component using the clinic-widgets tags. It must type-check with `clinic-widgets/jsx`
// (tsconfig "types"); test/e2e/framework-types.test.mjs also makes it wrong on purpose.
import { useRef, useState } from 'preact/hooks';
import type { ClinicFaq, FaqItem } from 'clinic-widgets';
import 'clinic-widgets/define.js';

const questions: FaqItem[] = [{ id: 'how-soon', question: 'How soon does ketamine work?', answer: 'Within hours in most cases.' }];

export function TreatmentPage() {
  const [opened, setOpened] = useState('');
  const faq = useRef<ClinicFaq>(null);
  return (
    <clinic-provider name="Renew Wellness" booking-url="https://example.com/book" theme="dark">
      <clinic-faq
        ref={faq}
        heading="Questions"
        items={questions}
        onclinic-faq-toggle={(event) => event.detail.open && setOpened(event.detail.id)}
      />
      <clinic-book-button variant="outline" onclinic-book={(event) => console.info(event.detail.method, event.target.variant)} />
      <p role="status">{opened}</p>
    </clinic-provider>
  );
}
