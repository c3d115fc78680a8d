/**
 * The treatment card's form: its text turned into the documented content model and checked with the
 * card's own validator (src/treatment-card/model.ts), whose reports land beside the fields they name.
 */
import { TREATMENT_SCHEMA, validate, type Rule, type Treatment } from '../../src/treatment-card/model.js';
import type { CardForm } from './settings.js';

/** What is wrong with a field: the kind of value the card expects there, or a DOI or PubMed ID that does not look like one. */
export type CardProblem = 's' | 'n' | 'd' | 'u' | 'doi' | 'pmid';

/** The form field a validator path names: `data.facts[0].label` → `card-facts-0-label`. */
export const cardFieldId = (path: string): string =>
  `card-${path
    .replace(/^data\.?/, '')
    .replace(/\[(\d+)\]/g, '-$1')
    .replace(/\./g, '-')}`;

/** The schema's rule letter for a validator path (`s` text, `n` number, `d` date, `u` link). */
function ruleAt(path: string): CardProblem | undefined {
  let rule: Rule | undefined = TREATMENT_SCHEMA;
  for (const key of path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .slice(1)) {
    if (Array.isArray(rule)) rule = rule[0];
    rule = typeof rule === 'object' ? (rule as Record<string, Rule>)[key] : undefined;
  }
  return typeof rule === 'string' ? (rule[0] as CardProblem) : undefined;
}

const optional = (text: string) => text.trim() || undefined;
const number = (text: string) => (text.trim() ? Number(text.trim()) : undefined);
/**
 * The form as the content model: empty optional fields left out. Every row stays, an empty one too
 * (the validator then names its empty fields, by the same index as the form's).
 */
export function cardTreatment(form: CardForm): Treatment {
  const pairs = <K extends string>(rows: Record<K, string>[]) => {
    const kept = rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, (value as string).trim()])));
    return kept.length ? (kept as Record<K, string>[]) : undefined;
  };
  const action =
    form.actionLabel.trim() || form.actionUrl.trim() ? { label: form.actionLabel.trim(), url: form.actionUrl.trim() } : undefined;
  const evidence = form.evidence.map((study) => ({
    title: study.title.trim(),
    authors: optional(study.authors),
    journal: optional(study.journal),
    year: number(study.year),
    volume: optional(study.volume),
    pages: optional(study.pages),
    doi: optional(study.doi),
    pmid: optional(study.pmid),
    participants: number(study.participants),
    design: optional(study.design),
    finding: optional(study.finding),
    note: optional(study.note),
    url: optional(study.url),
  }));
  return {
    name: form.name.trim(),
    summary: optional(form.summary),
    facts: pairs(form.facts),
    sections: pairs(form.sections),
    considerations: pairs(form.considerations),
    evidence: evidence.length ? evidence : undefined,
    reviewedBy: optional(form.reviewedBy),
    lastReviewed: optional(form.lastReviewed),
    disclaimer: optional(form.disclaimer),
    action,
  } as Treatment;
}

/**
 * The content checked by the card's validator: the clean content (undefined when the card cannot be
 * made, e.g. without a name) and each problem by field id. Evidence identifiers are checked too:
 * a DOI starts "10." and a PubMed ID is digits.
 */
export function checkCard(form: CardForm): { content: Treatment | undefined; problems: Map<string, CardProblem> } {
  const problems = new Map<string, CardProblem>();
  const content = validate(
    cardTreatment(form),
    TREATMENT_SCHEMA,
    'data',
    (path) => {
      const rule = ruleAt(path);
      if (rule) problems.set(cardFieldId(path), rule);
    },
    '',
  ) as Treatment | undefined;
  form.evidence.forEach((study, i) => {
    if (study.doi.trim() && !/^10\.\d{4,9}\/\S+$/.test(study.doi.trim())) problems.set(`card-evidence-${i}-doi`, 'doi');
    if (study.pmid.trim() && !/^\d{1,9}$/.test(study.pmid.trim())) problems.set(`card-evidence-${i}-pmid`, 'pmid');
  });
  return { content, problems };
}
