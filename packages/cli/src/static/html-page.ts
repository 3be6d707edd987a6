/** The HTML page around a rendered body, shared by `render` (static widgets) and `report`. */
import type { Lang } from '@sundhedsaftale/data';

/** Text or an attribute value, escaped for HTML. */
export const escapeText = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A complete HTML page around `body` (trusted HTML); `title` is escaped, `script` an optional tag. */
export function htmlPage(page: {
  lang: Lang;
  title: string;
  css: string;
  body: string;
  script?: string;
}): string {
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(page.title)}</title>
<style>${page.css}</style>
</head>
<body>
<main>
${page.body}
</main>
${page.script ? `${page.script}\n` : ''}</body>
</html>
`;
}
