/** Schemes a booking or evidence link may use. */
export const WEB_SCHEMES = ['http:', 'https:'] as const;
/** Schemes links in data text (FAQ answers, card sections) may use. */
export const LINK_SCHEMES = ['http:', 'https:', 'tel:', 'mailto:'] as const;

/**
 * Returns the absolute form of `value` when its scheme is in `schemes` (relative URLs resolve against
 * the page), otherwise undefined. The URL parser, not a regex, decides the scheme, so tricks such as
 * `java\tscript:` or leading control characters are caught.
 */
export function safeUrl(value: string | null | undefined, schemes: readonly string[] = WEB_SCHEMES): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
