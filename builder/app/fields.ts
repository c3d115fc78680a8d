/**
 * Form controls with their labels, hints and error messages tied to them (`aria-describedby`,
 * `aria-invalid`). An error shows once the person has left the field (or brought content in), not
 * while they are still typing it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface FieldOptions {
  id: string;
  label: string | TemplateResult;
  value: string;
  hint?: string | TemplateResult;
  /** The message to show now (already checked against whether the field was touched). */
  error?: string;
  type?: 'text' | 'tel' | 'url' | 'date';
  multiline?: boolean;
  rows?: number;
  list?: string;
  autocomplete?: 'organization' | 'tel' | 'off';
  inputmode?: 'url' | 'tel' | 'numeric';
  /** Called with each new value. */
  input: (value: string) => void;
  /** Called when the person leaves the field, or commits a value (`change`). */
  change?: () => void;
  extra?: TemplateResult | typeof nothing;
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter((part) => part).join(' ') || undefined;

/** A labelled text field (or textarea), its hint under the label and its error under the field. */
export function field(options: FieldOptions): TemplateResult {
  const { id, label, value, hint, error } = options;
  const onInput = (event: Event) => options.input((event.target as HTMLInputElement).value);
  const onChange = () => options.change?.();
  const control = options.multiline
    ? html`<textarea
        id=${id}
        rows=${options.rows ?? 4}
        dir="auto"
        .value=${live(value)}
        aria-describedby=${ifDefined(describedBy(id, hint, error))}
        aria-invalid=${error ? 'true' : 'false'}
        @input=${onInput}
        @change=${onChange}
      ></textarea>`
    : html`<input
        id=${id}
        type=${options.type ?? 'text'}
        dir=${options.type && options.type !== 'text' ? 'ltr' : 'auto'}
        list=${ifDefined(options.list)}
        autocomplete=${ifDefined(options.autocomplete)}
        inputmode=${ifDefined(options.inputmode)}
        .value=${live(value)}
        aria-describedby=${ifDefined(describedBy(id, hint, error))}
        aria-invalid=${error ? 'true' : 'false'}
        @input=${onInput}
        @change=${onChange}
      />`;
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${control}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing} ${options.extra ?? nothing}
  </div>`;
}

/** A checkbox with its label after it. */
export function checkbox(id: string, label: string, checked: boolean, change: (checked: boolean) => void, hint?: string): TemplateResult {
  return html`<div class="check">
    <input
      type="checkbox"
      id=${id}
      .checked=${live(checked)}
      aria-describedby=${ifDefined(hint ? `${id}-hint` : undefined)}
      @change=${(event: Event) => change((event.target as HTMLInputElement).checked)}
    /><label for=${id}>${label}</label>${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
  </div>`;
}

/** A group of radio buttons under a legend. */
export function radios<T extends string>(
  name: string,
  legend: string,
  choices: readonly (readonly [value: T, label: string | TemplateResult, hint?: string | TemplateResult])[],
  value: T,
  change: (value: T) => void,
): TemplateResult {
  return html`<fieldset class="radios">
    <legend>${legend}</legend>
    ${choices.map(
      ([choice, label, hint]) =>
        html`<div class="check">
          <input
            type="radio"
            name=${name}
            id="${name}-${choice}"
            .checked=${live(choice === value)}
            aria-describedby=${ifDefined(hint ? `${name}-${choice}-hint` : undefined)}
            @change=${() => change(choice)}
          /><label for="${name}-${choice}">${label}</label>${hint ? html`<div class="hint" id="${name}-${choice}-hint">${hint}</div>` : nothing}
        </div>`,
    )}
  </fieldset>`;
}

/** A labelled select. */
export function select<T extends string>(
  id: string,
  label: string,
  choices: readonly (readonly [value: T, label: string])[],
  value: T,
  change: (value: T) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(event: Event) => change((event.target as HTMLSelectElement).value as T)}>
      ${choices.map(([choice, text]) => html`<option value=${choice as string} ?selected=${choice === value}>${text}</option>`)}
    </select>
  </div>`;
}
