// The iframe page's script (embed.html): reads the query, puts one widget on the page and tells the parent
// page its height, so the iframe never needs scroll bars. sundhedsaftale.js, loaded before this module,
// has registered the elements (all but the comparison, which `define()` loads).
import {
  embedTexts,
  parseEmbedParams,
  widgetTags,
  type EmbedLang,
  type EmbedParams,
  type Widget,
} from './embed-params.js';

/** The message embed.html posts to its parent whenever its content height changes. */
export interface ResizeMessage {
  type: 'sundhedsaftale:resize';
  /** Content height in CSS pixels, rounded up. */
  height: number;
  /** The `id` query parameter, when given, to tell several frames apart. */
  id?: string;
}

const root = document.getElementById('root') ?? document.body;

function showProblems(lang: EmbedLang, problems: string[]): void {
  const t = embedTexts(lang);
  const box = document.createElement('div');
  box.className = 'problem';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.className = 'problem-title';
  heading.textContent = t.title;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  const hint = document.createElement('p');
  hint.textContent = t.hint;
  box.append(heading, list, hint);
  root.replaceChildren(box);
}

function reportHeight(id: string | undefined): void {
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: 'sundhedsaftale:resize', height, ...(id ? { id } : {}) };
    // The height is no secret, and the host page's origin is not known here.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(send).observe(document.body);
  send();
}

const result = parseEmbedParams(location.search, location.href);
document.documentElement.lang = result.ok ? result.params.lang : result.lang;

const COMPARISON_FILE = 'sundhedsaftale-comparison.js';

/**
 * Registers the widget's element: sundhedsaftale.js (loaded before this module) has every element but the
 * comparison, which has a file of its own beside it, loaded only by a page that shows it. Says what is
 * missing when it cannot.
 */
async function define(widget: Widget, lang: EmbedLang): Promise<string | undefined> {
  const t = embedTexts(lang);
  if (!customElements.get('sa-agreement')) return t.noScript;
  const tag = widgetTags[widget];
  if (!customElements.get(tag) && widget === 'comparison') {
    try {
      // A name in a variable: Vite would inline a literal `new URL('…', import.meta.url)` as an asset.
      await import(/* @vite-ignore */ new URL(COMPARISON_FILE, import.meta.url).href);
    } catch {
      return t.missingFile(COMPARISON_FILE);
    }
  }
  return customElements.get(tag) ? undefined : t.unavailable(widget);
}

async function show(params: EmbedParams): Promise<void> {
  const problem = await define(params.widget, params.lang);
  if (problem) return showProblems(params.lang, [problem]);
  const el = document.createElement(widgetTags[params.widget]);
  el.setAttribute('src', params.src);
  if (params.focusArea) el.setAttribute('focus-area', params.focusArea);
  if (params.indicator) el.setAttribute('indicator', params.indicator);
  if (params.variant) el.setAttribute('variant', params.variant);
  if (params.area) el.setAttribute('area', params.area);
  root.replaceChildren(el);
}

if (!result.ok) showProblems(result.lang, result.problems);
else void show(result.params);
reportHeight(result.ok ? result.params.id : result.id);
