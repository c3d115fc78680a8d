/**
 * The sample clinic page (the seed's page on ketamine infusion therapy for postpartum depression), in
 * English and Spanish, written with the same fragment functions as the embed builder's snippets. The
 * build writes it to dist/demo/ (`npm start` serves it), and the Storybook "Clinic page" story shows
 * its body. The clinic, its 555 number and its example.com booking page are not real.
 */
import { h, note, type Content, type Tag } from '../fragments/markup.js';
import {
  STRINGS,
  bookButton,
  crisisSupport,
  faq,
  provider,
  scriptTag,
  treatmentCard,
  type Clinic,
  type Context,
  type FaqEntry,
  type FaqItem,
  type Lang,
} from '../fragments/widgets.js';
import type { Treatment } from '../src/treatment-card/model.js';
import type { FaqAppearance } from '../src/faq/faq.js';

/** Where the page finds the drop-in, its stylesheet and the content packs (the demo server's paths). */
export const PATHS = {
  home: { en: '/demo/', es: '/demo/es/' },
  styles: '/demo/styles.css',
  prelayout: '/dist/prelayout.css',
  icon: '/demo/favicon.svg',
  script: '/dist/clinic-widgets.js',
  content: '/content/ketamine-postpartum-depression.{lang}.json',
};

const CLINIC: Clinic = {
  phone: '(480) 555-0123',
  bookingUrl: 'https://example.com/book',
  hours: 'Mo-Fr 08:00-17:00; Sa 09:00-12:00',
  timezone: 'America/Phoenix',
};

const DOI = 'https://doi.org/10.1016/j.psychres.2019.03.026';
const TRIAL_TITLE = '“Prophylactic use of ketamine reduces postpartum depression in Chinese women undergoing cesarean section”';

/** Everything the page says in each language (the widgets' own wording comes from their string tables). */
const TEXT = {
  en: {
    clinicName: 'Renew Wellness (sample)',
    title: 'Ketamine infusion therapy for postpartum depression · Renew Wellness (sample)',
    description:
      'What ketamine infusion therapy is, how soon it works, what research says about preventing postpartum depression after a cesarean delivery, and breastfeeding guidance. A sample clinic page.',
    scriptNote: 'The one line a clinic adds:',
    skip: 'Skip to main content',
    sample: '(sample)',
    languageNav: 'Language',
    otherLanguage: 'Español',
    eyebrow: 'Postpartum depression care',
    heading: 'Ketamine infusion therapy for postpartum depression',
    lede: 'Ketamine is a medicine that acts on the brain through different pathways than traditional antidepressants. People consider it when they want to avoid traditional antidepressants, or when those have not worked for them.',
    aboutHeading: 'Care close to home',
    about:
      'Renew Wellness (sample) offers primary care and mental health care to patients in the Gilbert, Arizona, area. Ketamine infusions are studied both for preventing and for treating postpartum depression. This page explains how the treatment works, how soon it helps, what the research says and what to know about breastfeeding.',
    faqHeading: 'Questions about ketamine for postpartum depression',
    summaryLabel: 'Treatment summary',
    ctaHeading: 'Talk with our team',
    cta: 'If you are struggling with postpartum depression, or are at risk for it, our team can help. Call our office or book an appointment online.',
    footerHours: 'Monday to Friday 8 AM to 5 PM, Saturday 9 AM to noon (Arizona time)',
    footerNote:
      'A sample page for the clinic-widgets library. The clinic, its 555 phone number and its booking page at example.com are not real. This is general information, not medical advice.',
    questions: [
      {
        id: 'what-is-ketamine',
        question: 'What is ketamine and how does it combat depression?',
        answer: `Ketamine is a dissociative medicine with a long history of use as an anesthetic. It also has antidepressant effects. It blocks certain receptors in the brain, which stimulates glutamate production and leads the brain to form new neural connections.

Research consistently finds a disturbance in the glutamate system in mood disorders. Glutamate plays a key role in mood regulation, memory and thinking. By acting on it, ketamine makes the brain more adaptable, which can ease symptoms such as excessive worry, disturbing thoughts and limiting beliefs.

Ketamine also increases brain-derived neurotrophic factor (BDNF), a protein linked to mood and to the brain’s ability to change (neuroplasticity). People with depression have been found to have lower BDNF levels than people who are not depressed.`,
      },
      {
        id: 'how-soon',
        question: 'How soon does ketamine work?',
        answer:
          'Traditional antidepressants take several weeks to months to work, so symptoms can continue for up to three months before they improve. Ketamine works within hours in most cases: many patients begin to feel relief within an hour of their infusion.',
      },
      {
        id: 'how-long',
        question: 'How long does the benefit last?',
        answer:
          'Ketamine can provide long-term relief from depression. Because it makes the brain more adaptable, it can help you let go of worry and limiting thoughts and develop a more positive mindset, and that benefit can last beyond the treatment itself. Ask our team what to expect in your situation.',
      },
      {
        id: 'cesarean',
        question: 'Can ketamine prevent postpartum depression after a cesarean delivery?',
        answer: `A randomized trial of 654 women having a cesarean delivery, run at Third Xiangya Hospital (Central South University, China), found that ketamine given by IV infusion shortly after delivery reduced postpartum depression symptoms. The effect was strongest in mothers who had symptoms of depression or stress before giving birth.

Source: Ma J-H et al., [${TRIAL_TITLE}](${DOI}), Psychiatry Research 2019;279:252–258 (indexed in the NIH’s PubMed, 31147085).`,
      },
      {
        id: 'breastfeeding',
        question: 'Can I breastfeed during ketamine treatment?',
        answer: `There has not yet been significant research on the safety of ketamine therapy while breastfeeding, so the World Health Organization (WHO) does not recommend breastfeeding while undergoing ketamine therapy. To be safe, health care providers recommend:

- pumping before your treatment;
- for two days after a treatment, pumping and discarding the milk instead of feeding (“pump and dump”);
- starting regular feedings again on the third day after treatment.`,
      },
      {
        id: 'baby-blues',
        question: 'How is postpartum depression different from the baby blues?',
        answer:
          'Postpartum depression is more intense than the typical “baby blues” and more disruptive to daily life. It also tends to last longer: the baby blues often resolve within a few weeks of giving birth.',
      },
    ] as FaqEntry[],
  },
  es: {
    clinicName: 'Renew Wellness (ejemplo)',
    title: 'Terapia de infusión de ketamina para la depresión posparto · Renew Wellness (ejemplo)',
    description:
      'Qué es la terapia de infusión de ketamina, qué tan rápido actúa, qué dice la investigación sobre la prevención de la depresión posparto después de una cesárea y qué saber sobre la lactancia. Una página de clínica de ejemplo.',
    scriptNote: 'La única línea que añade una clínica:',
    skip: 'Saltar al contenido principal',
    sample: '(ejemplo)',
    languageNav: 'Idioma',
    otherLanguage: 'English',
    eyebrow: 'Atención de la depresión posparto',
    heading: 'Terapia de infusión de ketamina para la depresión posparto',
    lede: 'La ketamina es un medicamento que actúa en el cerebro por vías distintas de las de los antidepresivos tradicionales. Se considera cuando una persona quiere evitar los antidepresivos tradicionales o cuando estos no le han funcionado.',
    aboutHeading: 'Atención cerca de casa',
    about:
      'Renew Wellness (ejemplo) ofrece atención primaria y atención de salud mental a pacientes de la zona de Gilbert, Arizona. Las infusiones de ketamina se estudian tanto para prevenir como para tratar la depresión posparto. Esta página explica cómo funciona el tratamiento, qué tan rápido ayuda, qué dice la investigación y qué saber sobre la lactancia.',
    faqHeading: 'Preguntas sobre la ketamina para la depresión posparto',
    summaryLabel: 'Resumen del tratamiento',
    ctaHeading: 'Hable con nuestro equipo',
    cta: 'Si tiene depresión posparto o corre riesgo de tenerla, nuestro equipo puede ayudarle. Llame a nuestra oficina o reserve una cita en línea.',
    footerHours: 'de lunes a viernes de 8:00 a 17:00 y los sábados de 9:00 a 12:00 (hora de Arizona)',
    footerNote:
      'Una página de ejemplo de la biblioteca clinic-widgets. La clínica, su número de teléfono 555 y su página de reservas en example.com no son reales. Esta es información general, no un consejo médico.',
    questions: [
      {
        id: 'que-es-la-ketamina',
        question: '¿Qué es la ketamina y cómo combate la depresión?',
        answer: `La ketamina es un medicamento disociativo con una larga historia de uso como anestésico. También tiene efectos antidepresivos. Bloquea ciertos receptores del cerebro, lo que estimula la producción de glutamato y lleva al cerebro a formar nuevas conexiones neuronales.

La investigación encuentra de forma constante una alteración del sistema del glutamato en los trastornos del estado de ánimo. El glutamato tiene un papel clave en la regulación del ánimo, la memoria y el pensamiento. Al actuar sobre él, la ketamina hace que el cerebro sea más adaptable, lo que puede aliviar síntomas como la preocupación excesiva, los pensamientos perturbadores y las creencias limitantes.

La ketamina también aumenta el factor neurotrófico derivado del cerebro (BDNF), una proteína relacionada con el estado de ánimo y con la capacidad del cerebro de cambiar (neuroplasticidad). Se ha observado que las personas con depresión tienen niveles de BDNF más bajos que las personas sin depresión.`,
      },
      {
        id: 'que-tan-rapido',
        question: '¿Qué tan rápido actúa la ketamina?',
        answer:
          'Los antidepresivos tradicionales tardan de varias semanas a meses en hacer efecto, así que los síntomas pueden continuar hasta tres meses antes de mejorar. La ketamina actúa en pocas horas en la mayoría de los casos: muchos pacientes empiezan a sentir alivio durante la primera hora después de su infusión.',
      },
      {
        id: 'cuanto-dura',
        question: '¿Cuánto dura el beneficio?',
        answer:
          'La ketamina puede aliviar la depresión a largo plazo. Como hace que el cerebro sea más adaptable, puede ayudarle a dejar atrás la preocupación y los pensamientos limitantes y a desarrollar una mentalidad más positiva, y ese beneficio puede durar más allá del tratamiento. Pregunte a nuestro equipo qué esperar en su caso.',
      },
      {
        id: 'cesarea',
        question: '¿Puede la ketamina prevenir la depresión posparto después de una cesárea?',
        // The study's title and journal are in English: marked, so a screen reader reads them as English.
        answer: [
          h(
            'p',
            {},
            'Un ensayo aleatorizado con 654 mujeres a las que se les hizo una cesárea, realizado en el Hospital Third Xiangya (Universidad Central South, China), encontró que la ketamina administrada por infusión intravenosa poco después del parto redujo los síntomas de depresión posparto. El efecto fue mayor en las madres que tenían síntomas de depresión o estrés antes de dar a luz.',
          ),
          h(
            'p',
            {},
            'Fuente: Ma J-H et al., ',
            h('a', { href: DOI, hreflang: 'en' }, h('span', { lang: 'en' }, TRIAL_TITLE)),
            ', ',
            h('span', { lang: 'en' }, 'Psychiatry Research'),
            ' 2019;279:252–258 (indexado en PubMed de los NIH, 31147085).',
          ),
        ],
      },
      {
        id: 'lactancia',
        question: '¿Puedo amamantar durante el tratamiento con ketamina?',
        answer: `Todavía no hay investigación suficiente sobre la seguridad de la terapia con ketamina durante la lactancia, por lo que la Organización Mundial de la Salud (OMS) no recomienda amamantar mientras se recibe terapia con ketamina. Por seguridad, los profesionales de la salud recomiendan:

- extraerse leche antes del tratamiento;
- durante los dos días posteriores a un tratamiento, extraerse la leche y desecharla en lugar de dar el pecho;
- volver a las tomas habituales al tercer día después del tratamiento.`,
      },
      {
        id: 'tristeza-posparto',
        question: ['¿En qué se diferencia la depresión posparto de la tristeza posparto (', h('span', { lang: 'en' }, 'baby blues'), ')?'],
        answer:
          'La depresión posparto es más intensa que la tristeza posparto habitual y altera más la vida diaria. También suele durar más: la tristeza posparto a menudo desaparece pocas semanas después del parto.',
      },
    ] as FaqEntry[],
  },
} satisfies Record<Lang, unknown>;

/** The page's questions written as plain text (not markup): the embed builder's sample clinic starts with them. */
export const sampleQuestions = (lang: Lang): Required<FaqItem>[] =>
  TEXT[lang].questions.flatMap(({ id, question, answer }) =>
    typeof question === 'string' && typeof answer === 'string' ? [{ id: id ?? '', question, answer }] : [],
  );

/**
 * The page's body: header with a crisis banner, the article (FAQ, crisis support, a compact treatment
 * card from the content pack with a booking button, a call to action) and a footer holding the one
 * page-wide provider. `pack` is the content pack in `lang` (content/ketamine-postpartum-depression.*.json).
 */
export function clinicPageBody(lang: Lang, pack: Treatment, appearance: FaqAppearance = 'divided'): Content {
  const text = TEXT[lang];
  const other: Lang = lang === 'en' ? 'es' : 'en';
  const context: Context = { clinic: { ...CLINIC, name: text.clinicName }, lang };
  return [
    h(
      'header',
      { class: 'site-header' },
      h('a', { class: 'skip-link', href: '#main' }, text.skip),
      h('div', { class: 'wrap site-header__crisis' }, crisisSupport({ variant: 'banner' }, context)),
      h(
        'div',
        { class: 'wrap site-header__bar' },
        h('a', { class: 'brand', href: PATHS.home[lang] }, 'Renew Wellness ', h('span', { class: 'brand__note' }, text.sample)),
        h(
          'nav',
          { class: 'lang-nav', 'aria-label': text.languageNav },
          h('a', { href: PATHS.home[other], hreflang: other, lang: other }, text.otherLanguage),
        ),
      ),
    ),
    h(
      'main',
      { id: 'main', tabindex: '-1' },
      h(
        'article',
        {},
        h(
          'header',
          { class: 'hero' },
          h(
            'div',
            { class: 'wrap' },
            h('p', { class: 'eyebrow' }, text.eyebrow),
            h('h1', {}, text.heading),
            h('p', { class: 'lede' }, text.lede),
          ),
        ),
        h(
          'div',
          { class: 'wrap layout' },
          h(
            'div',
            { class: 'layout__main' },
            h(
              'section',
              { 'aria-labelledby': 'about-heading' },
              h('h2', { id: 'about-heading' }, text.aboutHeading),
              h('p', {}, text.about),
            ),
            h(
              'section',
              { 'aria-labelledby': 'faq-heading' },
              h('h2', { id: 'faq-heading' }, text.faqHeading),
              faq({ appearance, structuredData: true, items: text.questions }),
            ),
            h('div', { class: 'crisis' }, crisisSupport({}, context)),
          ),
          h(
            'aside',
            { class: 'layout__side', 'aria-label': text.summaryLabel },
            // Until the content pack arrives (and without the script): its name, summary and first facts,
            // the booking links and a note where the card's disclaimer will be.
            treatmentCard(
              {
                content: pack,
                src: PATHS.content,
                variant: 'compact',
                structuredData: true,
                booking: true,
                after: h('p', { class: 'card-note' }, pack.disclaimer ?? STRINGS[lang].disclaimer),
              },
              context,
            ),
          ),
        ),
        h(
          'section',
          { class: 'cta', 'aria-labelledby': 'cta-heading' },
          h('div', { class: 'wrap' }, h('h2', { id: 'cta-heading' }, text.ctaHeading), h('p', {}, text.cta), bookButton({}, context)),
        ),
      ),
    ),
    h(
      'footer',
      { class: 'site-footer' },
      h(
        'div',
        { class: 'wrap' },
        provider(context.clinic),
        h(
          'p',
          {},
          `${text.clinicName} · Gilbert, Arizona · `,
          h('a', { href: 'tel:+14805550123' }, '(480) 555-0123'),
          ` · ${text.footerHours}`,
        ),
        h('p', { class: 'site-footer__note' }, text.footerNote),
      ),
    ),
  ];
}

/** The whole document, as the build writes it to dist/demo/ (English) and dist/demo/es/ (Spanish). */
export function clinicPageDocument(lang: Lang, pack: Treatment): Tag {
  const text = TEXT[lang];
  const other: Lang = lang === 'en' ? 'es' : 'en';
  return h(
    'html',
    { lang },
    h(
      'head',
      {},
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'color-scheme', content: 'light dark' }),
      h('title', {}, text.title),
      h('meta', { name: 'description', content: text.description }),
      h('link', { rel: 'alternate', hreflang: other, href: PATHS.home[other] }),
      h('link', { rel: 'icon', href: PATHS.icon, type: 'image/svg+xml' }),
      h('link', { rel: 'stylesheet', href: PATHS.prelayout }),
      h('link', { rel: 'stylesheet', href: PATHS.styles }),
      note(text.scriptNote),
      scriptTag({ from: 'self', path: PATHS.script, integrity: false }, { name: 'clinic-widgets', version: '', integrity: {} }),
    ),
    h('body', {}, clinicPageBody(lang, pack)),
  );
}
