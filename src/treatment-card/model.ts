import { LINK_SCHEMES, safeUrl } from '../internal/url.js';

/** A key fact shown as a label/value pair, e.g. "Given as" → "IV infusion". */
export interface TreatmentFact {
  label: string;
  value: string;
}

/**
 * A titled block of text. `body` is data text, never HTML: blank lines start paragraphs, `- ` lines
 * make lists, `**bold**`, `*italic*` and `[links](https://…)` are supported.
 */
export interface TreatmentSection {
  heading: string;
  body: string;
}

/** One published study, cited as it is: never invent authors, numbers or identifiers. */
export interface TreatmentEvidence {
  title: string;
  /** Authors or the source, e.g. "Ma J-H et al." */
  authors?: string;
  journal?: string;
  year?: number;
  volume?: string;
  pages?: string;
  /** DOI without the `doi:` prefix, e.g. "10.1016/j.psychres.2019.03.026". */
  doi?: string;
  /** PubMed ID, e.g. "31147085". */
  pmid?: string;
  participants?: number;
  /** Study design and setting, e.g. "Randomized trial, Third Xiangya Hospital, China". */
  design?: string;
  finding?: string;
  /** Any remark the reader needs, e.g. who indexed or funded the study. */
  note?: string;
  /** Where to read it (http, https). Opens in a new tab. */
  url?: string;
}

/** The card's call to action when no `actions` slot content is given. */
export interface TreatmentAction {
  label: string;
  /** http, https, tel: or mailto: URL. */
  url: string;
}

/**
 * The content of a `<clinic-treatment-card>`, as a `data` object or a `src` JSON document. Only `name`
 * is required. Unknown fields, wrong types and unsafe URLs are reported on the console and left out.
 */
export interface Treatment {
  name: string;
  summary?: string;
  facts?: TreatmentFact[];
  /** e.g. "How it works", "How soon it helps". */
  sections?: TreatmentSection[];
  /** Considerations and safety notes, e.g. breastfeeding. */
  considerations?: TreatmentSection[];
  evidence?: TreatmentEvidence[];
  /** The clinician who reviewed the content. Leave it out rather than invent one. */
  reviewedBy?: string;
  /** Date of the last medical review, `YYYY-MM-DD`. */
  lastReviewed?: string;
  /** Shown in place of the built-in "general information, not medical advice" line. */
  disclaimer?: string;
  action?: TreatmentAction;
}

// The validator is a table: `s` text, `n` number, `d` date, `u` safe URL; `!` marks a required field;
// a nested table is an object, a table in brackets a list of them.
export type Rule = string | Schema | [Schema];
interface Schema {
  [field: string]: Rule;
}

const SECTION = { heading: 's!', body: 's!' };

export const TREATMENT_SCHEMA: Schema = {
  name: 's!',
  summary: 's',
  facts: [{ label: 's!', value: 's!' }],
  sections: [SECTION],
  considerations: [SECTION],
  evidence: [
    {
      title: 's!',
      authors: 's',
      journal: 's',
      year: 'n',
      volume: 's',
      pages: 's',
      doi: 's',
      pmid: 's',
      participants: 'n',
      design: 's',
      finding: 's',
      note: 's',
      url: 'u',
    },
  ],
  reviewedBy: 's',
  lastReviewed: 'd',
  disclaimer: 's',
  action: { label: 's!', url: 'u!' },
};

const EXPECTED: Record<string, string> = {
  s: 'a non-empty string',
  n: 'a number, 0 or more',
  d: 'a date as YYYY-MM-DD',
  u: 'an http(s), tel: or mailto: URL',
};

/** Receives one problem: the field's path, what was expected, what was found and what happens now. */
export type Report = (path: string, expected: string, received: unknown, fallback: string) => void;

/**
 * Checks `value` against `rule` and returns a clean copy, or undefined (reported, with `dropped`
 * saying what happens then). In objects, invalid optional fields and list items are left out and
 * unknown fields ignored; a missing or invalid required field drops the whole object.
 */
export function validate(value: unknown, rule: Rule, path: string, report: Report, dropped: string): unknown {
  const fail = (expected: string) => report(path, expected, value, dropped);
  if (Array.isArray(rule)) {
    if (!Array.isArray(value)) return fail('a list');
    return value.map((item, i) => validate(item, rule[0], `${path}[${i}]`, report, `Leaving out ${path}[${i}].`)).filter((item) => item);
  }
  if (typeof rule === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('an object');
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const known = Object.keys(rule);
    for (const key in input) {
      if (!known.includes(key)) report(path, `only the fields ${known.join(', ')}`, key, 'Ignoring it.');
    }
    for (const key of known) {
      const fieldRule = rule[key]!;
      const required = (fieldRule as string)[1] === '!';
      const field = `${path}.${key}`;
      if (input[key] == null && !required) continue;
      const checked = validate(input[key], fieldRule, field, report, required ? dropped : `Leaving out ${field}.`);
      if (checked !== undefined) out[key] = checked;
      else if (required) return;
    }
    return out;
  }
  const text = typeof value === 'string' && value.trim() ? value : undefined;
  const type = rule[0]!;
  const ok =
    type === 'n'
      ? typeof value === 'number' && value >= 0 && value < 1 / 0
        ? value
        : undefined
      : type === 'u'
        ? safeUrl(text, LINK_SCHEMES)
        : type === 's' || (/^\d{4}-\d\d-\d\d$/.test(text!) && !isNaN(Date.parse(text!)))
          ? text
          : undefined;
  return ok ?? fail(EXPECTED[type]!);
}
