// A Solid component using the clinic-widgets tags: `prop:` sets a property, `on:` listens to an
// event by its exact name. It must type-check with `clinic-widgets/jsx` (tsconfig "types");
// test/e2e/framework-types.test.mjs also makes it wrong on purpose.
import { createSignal } from 'solid-js';
import type { FaqItem } from 'clinic-widgets';
import 'clinic-widgets/define.js';

const questions: FaqItem[] = [{ id: 'how-soon', question: 'How soon does ketamine work?', answer: 'Within hours in most cases.' }];

export function TreatmentPage() {
  const [opened, setOpened] = createSignal('');
  return (
    <clinic-provider name="Renew Wellness" booking-url="https://example.com/book" scope="page">
      <clinic-faq
        heading="Questions"
        prop:items={questions}
        on:clinic-faq-toggle={(event) => event.detail.open && setOpened(event.detail.id)}
      />
      <clinic-book-button variant="primary" on:clinic-book={(event) => console.info(event.detail.method)} />
      <p role="status">{opened()}</p>
    </clinic-provider>
  );
}
