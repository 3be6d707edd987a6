/**
 * Server rendering: the same elements as static HTML with declarative shadow DOM, inline SVG and real
 * tables, readable with no script at all. Node only (Lit SSR); see docs/decisions/0005-static-html.md.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import {
  safeUrl,
  text,
  validate,
  type Agreement,
  type Lang,
  type ValidationIssue,
} from '@sundhedsaftale/data';
import '@sundhedsaftale/elements/define.js';
import '@sundhedsaftale/elements/area-comparison/define.js';
import { escapeText, htmlPage } from './html-page.js';

export type StaticWidget = 'overview' | 'focus-area' | 'indicator' | 'comparison';

export interface StaticOptions {
  widget: StaticWidget;
  /** Focus area id, for `focus-area`. */
  focusArea?: string;
  /** Indicator id, for `indicator` and `comparison`. */
  indicator?: string;
  /** The sparkline's variant, for `indicator`: `default`, `compact` or `line`. */
  variant?: 'default' | 'compact' | 'line';
  /** The comparison's order: `best-first` (by the desired direction) or `name`. */
  order?: 'best-first' | 'name';
  /** Area id (municipality code). */
  area?: string;
  lang?: Lang;
  /** `table` renders the overview as its table of every indicator. */
  view?: 'overview' | 'table';
  /**
   * URL of `sundhedsaftale.js`. When given, the page loads it and each element carries its data as
   * inline JSON, so the widgets come alive (sorting, filters, toggles) where scripts are allowed.
   */
  script?: string;
}

/** The document does not validate: the issues say where. */
export class StaticRenderError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((i) => `#${i.pointer}: ${i.en}`).join('\n'));
  }
}

const TAGS: Record<StaticWidget, string> = {
  overview: 'sa-overview',
  'focus-area': 'sa-focus-area-card',
  indicator: 'sa-indicator-sparkline',
  comparison: 'sa-area-comparison',
};

function widgetTemplate(agreement: Agreement, o: StaticOptions): TemplateResult {
  const lang = o.lang ?? 'da';
  const area = o.area ?? '';
  switch (o.widget) {
    case 'overview':
      return html`<sa-overview
        .data=${agreement}
        lang=${lang}
        area=${area}
        view=${o.view ?? 'overview'}
      ></sa-overview>`;
    case 'focus-area':
      return html`<sa-focus-area-card
        .data=${agreement}
        lang=${lang}
        area=${area}
        focus-area=${o.focusArea ?? ''}
      ></sa-focus-area-card>`;
    case 'indicator':
      return html`<sa-indicator-sparkline
        .data=${agreement}
        lang=${lang}
        area=${area}
        indicator=${o.indicator ?? ''}
        variant=${o.variant ?? 'default'}
      ></sa-indicator-sparkline>`;
    case 'comparison':
      return html`<sa-area-comparison
        .data=${agreement}
        lang=${lang}
        area=${area}
        indicator=${o.indicator ?? ''}
        order=${o.order ?? 'best-first'}
      ></sa-area-comparison>`;
  }
}

/** JSON that can sit inside a `<script>` element: `<` never appears, so `</script>` cannot either. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** `--script` is not an http(s) or relative URL. */
export class ScriptUrlError extends Error {
  constructor(readonly url: string) {
    super(`not an http(s) or relative URL: ${url}`);
  }
}

/**
 * The script URL as written in the page and the CSP source that allows it: `'self'` for a relative
 * URL, the origin for an absolute one; null for anything but http(s) or relative (`javascript:`,
 * `data:`, protocol-relative `//host`, …), the same rule as the data's links (safeUrl()).
 */
export function scriptSource(url: string): { url: string; csp: string } | null {
  const safe = safeUrl(url);
  if (!safe) return null;
  if (!/^https?:/i.test(safe)) return { url: safe, csp: "'self'" };
  try {
    return { url: safe, csp: new URL(safe).origin };
  } catch {
    return null;
  }
}

/** The options of `renderWidget()`: the widget's, without a page to load a script into. */
export type WidgetOptions = Omit<StaticOptions, 'script'>;

/** The element's HTML with its declarative shadow root, and its data as inline JSON when asked. */
async function widgetHtml(
  agreement: Agreement,
  options: WidgetOptions,
  inlineData: boolean,
): Promise<string> {
  const body = await collectResult(render(widgetTemplate(agreement, options)));
  if (!inlineData) return body;
  // The live element re-renders from its inline JSON once the elements are defined; until then the
  // server's markup shows.
  const close = body.lastIndexOf(`</${TAGS[options.widget]}>`);
  const json = `<script type="application/json">${scriptSafeJson(agreement)}</script>`;
  return body.slice(0, close) + json + body.slice(close);
}

function validated(doc: unknown): Agreement {
  const result = validate(doc);
  if (!result.ok) throw new StaticRenderError(result.errors);
  return result.agreement;
}

/**
 * Renders one widget of `doc` as HTML for your own page: the element with its declarative shadow root
 * (readable with no script) and its data as inline JSON, so it comes alive where the page defines the
 * elements. Throws StaticRenderError for invalid data.
 */
export async function renderWidget(doc: unknown, options: WidgetOptions): Promise<string> {
  return widgetHtml(validated(doc), options, true);
}

/** Renders one widget of `doc` to a complete HTML page. Throws StaticRenderError for invalid data. */
export async function renderStatic(doc: unknown, options: StaticOptions): Promise<string> {
  const agreement = validated(doc);
  const lang = options.lang ?? 'da';
  const body = await widgetHtml(agreement, options, Boolean(options.script));
  const src = options.script === undefined ? undefined : scriptSource(options.script);
  if (src === null) throw new ScriptUrlError(options.script!);
  const script = src ? `<script type="module" src="${escapeText(src.url)}"></script>` : '';

  return htmlPage({
    lang,
    title: text(agreement.title, lang),
    css: 'body{margin:0 auto;padding:1rem;max-width:75rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:16px}',
    body,
    script,
    scriptSrc: src?.csp,
  });
}
