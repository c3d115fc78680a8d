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
type Rule = string | Schema | [Schema];
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
  u: 'an http:, https:, tel: or mailto: URL',
};

/** Receives one problem: the field's path, what was expected, what was found and what happens now. */
export type Report = (path: string, expected: string, received: unknown, fallback: string) => void;

/**
 * Checks `value` against `schema` and returns a clean copy: invalid optional fields and list items
 * are left out, unknown fields ignored; a missing or invalid required field drops the whole object
 * (undefined). `dropped` says what the caller does then.
 */
export function validate(value: unknown, schema: Schema, path: string, report: Report, dropped: string): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    report(path, 'an object', Array.isArray(value) ? 'a list' : value, dropped);
    return undefined;
  }
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const known = Object.keys(schema);
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) report(path, `only the fields ${known.join(', ')}`, key, 'Ignoring it.');
  }
  for (const key of known) {
    const rule = schema[key]!;
    const field = `${path}.${key}`;
    const v = input[key];
    if (typeof rule !== 'string') {
      if (v == null) continue;
      if (!Array.isArray(rule)) {
        const item = validate(v, rule, field, report, `Leaving out ${field}.`);
        if (item) out[key] = item;
      } else if (Array.isArray(v)) {
        out[key] = v
          .map((item, i) => validate(item, rule[0], `${field}[${i}]`, report, `Leaving out ${field}[${i}].`))
          .filter(Boolean);
      } else report(field, 'a list', v, 'Leaving it out.');
      continue;
    }
    const type = rule[0]!;
    const text = typeof v === 'string' && v.trim() ? v : undefined;
    const ok =
      type === 'n'
        ? typeof v === 'number' && v >= 0 && Number.isFinite(v) && v
        : type === 'd'
          ? text && /^\d{4}-\d\d-\d\d$/.test(text) && !isNaN(Date.parse(text)) && text
          : type === 'u'
            ? safeUrl(text, LINK_SCHEMES)
            : text;
    if (ok !== undefined && ok !== false && ok !== '') out[key] = ok;
    else if (v != null || rule[1]) {
      report(field, EXPECTED[type]!, v, rule[1] ? dropped : 'Leaving it out.');
      if (rule[1]) return undefined;
    }
  }
  return out;
}
