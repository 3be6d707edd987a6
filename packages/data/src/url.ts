/**
 * Links from data are untrusted: only http(s) and relative URLs may reach an `href`.
 *
 * Browsers strip leading/trailing C0 controls and spaces and drop tabs and newlines anywhere
 * before reading the scheme, so 'java\tscript:' is `javascript:` to them; we clean the same way
 * before looking. Protocol-relative '//host' (or '\\host') is refused: it leaves the page's origin
 * without saying so.
 */
export function safeUrl(url: unknown, base?: string): string | null {
  if (typeof url !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!cleaned || /^[/\\]{2}/.test(cleaned)) return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  if (scheme && !/^https?$/i.test(scheme[1] as string)) return null;
  if (base === undefined) return cleaned;
  return resolve(cleaned, base);
}

type UrlCtor = new (url: string, base?: string) => { href: string; protocol: string };

/** Absolute form against `base`; the package has no DOM typings, so `URL` is looked up. */
function resolve(url: string, base: string): string | null {
  const URLCtor = (globalThis as { URL?: UrlCtor }).URL;
  if (!URLCtor) return null;
  try {
    const u = new URLCtor(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The stricter rule for links written in a data file (the schema's `url` pattern): http(s) or
 * relative, not protocol-relative, and no spaces or control characters anywhere. Anything that
 * passes also passes `safeUrl`.
 */
export const URL_PATTERN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
  /^(?!$)(?:[hH][tT][tT][pP][sS]?:|(?![/\\]{2})[^\x00-\x20:/?#\\]*(?:[/?#\\]|$))[^\x00-\x20]*$/;
