/** The HTML page around a rendered body, shared by `render` (static widgets) and `report`. */
import { createHash } from 'node:crypto';
import type { Lang } from '@sundhedsaftale/data';

/** Text or an attribute value (double- or single-quoted), escaped for HTML. */
export const escapeText = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Every `<style>` element's text in `html` (the page's and the declarative shadow roots'). */
const styleTexts = (html: string) =>
  [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The page's Content Security Policy: nothing but its own `<style>` elements, allowed by hash (no
 * 'unsafe-inline'), and, with `scriptSrc`, module scripts from that source and Trusted Types.
 */
function contentSecurityPolicy(html: string, scriptSrc?: string): string {
  const hashes = [...new Set(styleTexts(html))].map(sha256);
  return [
    "default-src 'none'",
    `style-src ${hashes.join(' ') || "'none'"}`,
    ...(scriptSrc
      ? [
          `script-src ${scriptSrc}`,
          "require-trusted-types-for 'script'",
          'trusted-types sundhedsaftale sundhedsaftale-comparison',
        ]
      : ["script-src 'none'"]),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * A complete HTML page around `body` (trusted HTML); `title` is escaped, `script` an optional tag whose
 * source the page's CSP allows as `scriptSrc` (`'self'` or an origin).
 */
export function htmlPage(page: {
  lang: Lang;
  title: string;
  css: string;
  body: string;
  script?: string;
  scriptSrc?: string;
}): string {
  const content = `<style>${page.css}</style>\n</head>\n<body>\n<main>\n${page.body}\n</main>\n${page.script ? `${page.script}\n` : ''}</body>\n</html>\n`;
  const csp = contentSecurityPolicy(content, page.script ? page.scriptSrc : undefined);
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp.replace(/[&"<>]/g, (c) => escapeText(c))}">
<title>${escapeText(page.title)}</title>
${content}`;
}
