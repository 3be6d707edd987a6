/**
 * Reads embed.html's query string. Pure, so the page, the snippet builder and the tests agree on it.
 *
 * Parameters: `src` (data file: http(s) or relative URL, required), `widget` (`overview`, `focus-area`,
 * `indicator`, `comparison`; inferred from `indicator`/`focus-area` when missing), `focus-area`,
 * `indicator` (for `indicator` and `comparison`), `area`,
 * `variant` (`line` or `compact`, for an indicator), `lang` (`da` default, `en`), `id` (echoed in resize
 * messages).
 */

export type Widget = 'overview' | 'focus-area' | 'indicator' | 'comparison';
export type EmbedLang = 'da' | 'en';

export const widgetTags: Record<Widget, string> = {
  overview: 'sa-overview',
  'focus-area': 'sa-focus-area-card',
  indicator: 'sa-indicator-sparkline',
  comparison: 'sa-area-comparison',
};

/** How an indicator is shown (the sparkline's `variant`); the full element when not given. */
export type IndicatorVariant = 'compact' | 'line';
const VARIANTS: readonly string[] = ['compact', 'line'] satisfies IndicatorVariant[];

/** What embed.html shows; the snippets write the same choices as attributes or as its query. */
export interface EmbedParams {
  /** URL of the data file, best absolute (an iframe resolves a relative one against embed.html). */
  src: string;
  widget: Widget;
  focusArea?: string;
  indicator?: string;
  /** `line` (the line and the latest value, inline in text) or `compact`; the full element otherwise. */
  variant?: IndicatorVariant;
  /** Area id, e.g. a municipality code (`751`). */
  area?: string;
  lang: EmbedLang;
  id?: string;
}

export type ParseResult =
  | { ok: true; params: EmbedParams }
  | { ok: false; lang: EmbedLang; problems: string[]; id?: string };

const MAX_LENGTH = 2000;

const texts = {
  da: {
    title: 'Sundhedsaftalen kan ikke vises',
    hint: 'Tjek adressen i iframen, eller lav koden igen med kodegeneratoren i vejledningen.',
    missingSrc: 'Adressen mangler datafilen: tilføj src=<adresse på datafilen>.',
    badSrc: (src: string) =>
      `Datafilens adresse "${src}" kan ikke bruges: den skal begynde med https:// eller http:// eller være en relativ adresse.`,
    badWidget: (w: string) =>
      `Ukendt widget "${w}": brug widget=overview, widget=focus-area, widget=indicator eller widget=comparison.`,
    missingFocusArea: 'Angiv hvilket indsatsområde der skal vises: focus-area=<id>.',
    missingIndicator: 'Angiv hvilken indikator der skal vises: indicator=<id>.',
    tooLong: (name: string) => `Parameteren ${name} er for lang.`,
    unavailable: (w: string) =>
      `Widgetten "${w}" findes ikke i denne version af sundhedsaftale.js. Opdatér filen, eller vælg en anden widget.`,
    noScript: 'Sundhedsaftalens script kunne ikke indlæses.',
    missingFile: (file: string) =>
      `Filen ${file} kunne ikke hentes. Læg den i samme mappe som embed.html.`,
  },
  en: {
    title: 'The health agreement cannot be shown',
    hint: 'Check the address in the iframe, or make the code again with the snippet builder in the guide.',
    missingSrc: 'The address lacks the data file: add src=<address of the data file>.',
    badSrc: (src: string) =>
      `The data file address "${src}" cannot be used: it must start with https:// or http://, or be a relative address.`,
    badWidget: (w: string) =>
      `Unknown widget "${w}": use widget=overview, widget=focus-area, widget=indicator or widget=comparison.`,
    missingFocusArea: 'Say which focus area to show: focus-area=<id>.',
    missingIndicator: 'Say which indicator to show: indicator=<id>.',
    tooLong: (name: string) => `The parameter ${name} is too long.`,
    unavailable: (w: string) =>
      `The widget "${w}" is not in this version of sundhedsaftale.js. Update the file, or pick another widget.`,
    noScript: 'The health agreement script could not be loaded.',
    missingFile: (file: string) =>
      `The file ${file} could not be loaded. Put it in the same folder as embed.html.`,
  },
};

/** UI texts of the embed page. */
export function embedTexts(lang: EmbedLang) {
  return texts[lang];
}

/** `en…` selects English; anything else (or nothing) Danish, like the elements. */
export function toLang(value: string | null | undefined): EmbedLang {
  return value && /^en\b/i.test(value) ? 'en' : 'da';
}

/**
 * An http(s) or relative URL resolved against `base`, else undefined. `javascript:`, `data:`, `blob:`
 * and the like never reach fetch.
 */
export function safeDataUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Parses `location.search` (with or without `?`), resolving `src` against `base` (the page's URL). */
export function parseEmbedParams(search: string, base: string): ParseResult {
  const q = new URLSearchParams(search);
  const get = (name: string) => {
    const value = q.get(name)?.trim();
    return value ? value : undefined;
  };
  const lang = toLang(get('lang'));
  const t = texts[lang];
  const problems: string[] = [];
  for (const name of [
    'src',
    'widget',
    'focus-area',
    'indicator',
    'variant',
    'area',
    'lang',
    'id',
  ]) {
    if ((q.get(name)?.length ?? 0) > MAX_LENGTH) problems.push(t.tooLong(name));
  }
  const id = get('id')?.slice(0, MAX_LENGTH);
  if (problems.length) return { ok: false, lang, problems, id };

  const rawSrc = get('src');
  const src = rawSrc === undefined ? undefined : safeDataUrl(rawSrc, base);
  if (rawSrc === undefined) problems.push(t.missingSrc);
  else if (!src) problems.push(t.badSrc(rawSrc));

  const focusArea = get('focus-area');
  const indicator = get('indicator');
  const rawWidget =
    get('widget') ?? (indicator ? 'indicator' : focusArea ? 'focus-area' : 'overview');
  const widget = Object.hasOwn(widgetTags, rawWidget) ? (rawWidget as Widget) : undefined;
  if (!widget) problems.push(t.badWidget(rawWidget));
  if (widget === 'focus-area' && !focusArea) problems.push(t.missingFocusArea);
  if ((widget === 'indicator' || widget === 'comparison') && !indicator)
    problems.push(t.missingIndicator);

  if (problems.length || !src || !widget) return { ok: false, lang, problems, id };
  return {
    ok: true,
    params: {
      src,
      widget,
      lang,
      ...(focusArea && widget === 'focus-area' ? { focusArea } : {}),
      ...(indicator && (widget === 'indicator' || widget === 'comparison') ? { indicator } : {}),
      // An unknown variant shows the full element rather than an error: it still shows the indicator.
      ...(widget === 'indicator' && VARIANTS.includes(get('variant') ?? '')
        ? { variant: get('variant') as IndicatorVariant }
        : {}),
      ...(get('area') ? { area: get('area') } : {}),
      ...(id ? { id } : {}),
    },
  };
}
