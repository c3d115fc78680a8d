/** How long a `src` document may take before the element gives up and shows its fallback. */
export const LOAD_TIMEOUT_MS = 10_000;

/**
 * Fetches and parses a JSON document. Rejects with an Error whose message says what went wrong
 * (network, HTTP status, timeout, malformed JSON). No credentials are sent: the widgets set and send
 * no cookies of their own.
 */
export async function loadJson(url: string, signal?: AbortSignal, timeoutMs = LOAD_TIMEOUT_MS): Promise<unknown> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new Error('malformed JSON', { cause: error });
    }
  } catch (error) {
    if (timedOut) throw new Error(`no answer within ${timeoutMs / 1000} s`, { cause: error });
    throw error instanceof Error ? error : new Error(String(error));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}
