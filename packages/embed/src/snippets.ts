/**
 * The copy-paste code editors put in their CMS: a script embed or an iframe embed. Used by the snippet
 * builder in Storybook and by the tests that paste a snippet into a fresh page.
 */
import { widgetTags, type EmbedLang, type EmbedParams, type Widget } from './embed-params.js';

export interface SnippetOptions extends Omit<EmbedParams, 'lang' | 'id'> {
  /** Absolute URL of the folder that holds sundhedsaftale.js, embed.html and embed-host.js, ending in `/`. */
  base: string;
  lang?: EmbedLang;
  /** The iframe's accessible name; a sensible Danish or English default otherwise. */
  title?: string;
}

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

const defaultTitles: Record<EmbedLang, Record<Widget, string>> = {
  da: {
    overview: 'Sundhedsaftalen: overblik',
    'focus-area': 'Sundhedsaftalen: indsatsområde',
    indicator: 'Sundhedsaftalen: indikator',
    comparison: 'Sundhedsaftalen: kommunerne sammenlignet',
  },
  en: {
    overview: 'The health agreement: overview',
    'focus-area': 'The health agreement: focus area',
    indicator: 'The health agreement: indicator',
    comparison: 'The health agreement: areas compared',
  },
};

/** A first height before embed-host.js takes over (or for pages where it cannot run). */
const defaultHeights: Record<Widget, number> = {
  overview: 900,
  'focus-area': 700,
  indicator: 300,
  comparison: 800,
};

/** The element's attributes, in a fixed order. */
function attributes(o: SnippetOptions): [string, string][] {
  const attrs: [string, string][] = [['src', o.src]];
  if (o.widget === 'focus-area' && o.focusArea) attrs.push(['focus-area', o.focusArea]);
  if ((o.widget === 'indicator' || o.widget === 'comparison') && o.indicator)
    attrs.push(['indicator', o.indicator]);
  if (o.widget === 'indicator' && o.variant) attrs.push(['variant', o.variant]);
  if (o.area) attrs.push(['area', o.area]);
  if (o.lang === 'en') attrs.push(['lang', 'en']);
  return attrs;
}

/**
 * `<script type="module" src=…>` and the element, for pages that allow scripts. The comparison has a file
 * of its own (sundhedsaftale-comparison.js); a page with other widgets too links both.
 */
export function scriptSnippet(o: SnippetOptions): string {
  const tag = widgetTags[o.widget];
  const file = o.widget === 'comparison' ? 'sundhedsaftale-comparison.js' : 'sundhedsaftale.js';
  const attrs = attributes(o)
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
    .join('');
  return (
    `<script type="module" src="${escapeAttr(withSlash(o.base))}${file}"></script>\n` +
    `<${tag}${attrs}></${tag}>`
  );
}

/** The embed.html address for these options. */
export function embedUrl(o: SnippetOptions): string {
  const query = new URLSearchParams([['widget', o.widget], ...attributes(o)]);
  return `${withSlash(o.base)}embed.html?${query.toString()}`;
}

/**
 * An `<iframe>` of embed.html and the one-line host script that sizes it. Where the CMS strips the script,
 * the iframe keeps its first height and scrolls.
 */
export function iframeSnippet(o: SnippetOptions): string {
  const title = o.title ?? defaultTitles[o.lang ?? 'da'][o.widget];
  return (
    `<iframe src="${escapeAttr(embedUrl(o))}" title="${escapeAttr(title)}" width="100%" ` +
    `height="${defaultHeights[o.widget]}" style="border: 0" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttr(withSlash(o.base))}embed-host.js" defer></script>`
  );
}
