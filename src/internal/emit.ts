/**
 * Dispatches a public clinic-widgets event from `el`. Public events bubble and are composed so a host
 * page can listen on `document`. Returns false when a listener called `preventDefault()`.
 */
export function emit<T>(el: HTMLElement, name: string, detail: T, cancelable = false): boolean {
  return el.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable, detail }));
}
