/** The library's public events: each `clinic-*` name declared in `GlobalEventHandlersEventMap`. */
export type ClinicEventName = Extract<keyof GlobalEventHandlersEventMap, `clinic-${string}`>;

/** The `detail` an event of that name carries, as its declaration says. */
export type ClinicEventDetail<K extends ClinicEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * Dispatches a public clinic-widgets event from `el`, checked against its declaration: a misspelt
 * name or a wrong `detail` does not compile. Public events bubble and are composed so a host page
 * can listen on `document`. Returns false when a listener called `preventDefault()`.
 */
export function emit<K extends ClinicEventName>(el: HTMLElement, name: K, detail: ClinicEventDetail<K>, cancelable = false): boolean {
  return el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }));
}
