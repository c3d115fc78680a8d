/** How long a `src` document may take before the element gives up and shows its fallback. */
export const LOAD_TIMEOUT_MS = 10_000;

/**
 * Fetches and parses a JSON document. Rejects with an Error whose message says what went wrong
 * (network, HTTP status, timeout, malformed JSON). A plain GET: no custom headers, and the browser's
 * default credentials rule (the widgets set and send no cookies of their own).
 */
export async function loadJson(url: string, signal?: AbortSignal, timeoutMs = LOAD_TIMEOUT_MS): Promise<unknown> {
  const controller = new AbortController();
  const timeout = new Error(`no answer within ${timeoutMs / 1000} s`);
  signal?.addEventListener('abort', () => controller.abort());
  const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new Error('malformed JSON', { cause: error });
    }
  } catch (error) {
    throw controller.signal.reason === timeout ? timeout : error;
  } finally {
    clearTimeout(timer);
  }
}
