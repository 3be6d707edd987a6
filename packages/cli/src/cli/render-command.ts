import { safeUrl, type Lang } from '@sundhedsaftale/data';
import type { Command } from './command.js';
import { parseOptions } from './options.js';
import { readAgreement } from './read-source.js';
import { writePage } from './write-page.js';

const HELP: Record<Lang, string> = {
  da: `Brug: sundhedsaftale render <aftale.json|url|-> --widget overview|focus-area|indicator|comparison [tilvalg] > side.html

Skriver en statisk HTML-side med samme visning som web-komponenterne (inline SVG, rigtige tabeller),
som kan læses helt uden JavaScript, og som kan printes.

  --widget overview|focus-area|indicator|comparison   hvad der vises (standard: overview)
  --focus-area id       indsatsområdet, for --widget focus-area
  --indicator id        indikatoren, for --widget indicator og comparison
  --order best-first|name  for --widget comparison: bedst først (standard) eller efter navn
  --variant compact|line  for --widget indicator: én række, eller kun linjen og seneste værdi
  --area kode           kommunens kode, fx 751 for Aarhus
  --view table          overbliksbilledet som én tabel over alle indikatorer
  --script url          indlæs sundhedsaftale.js, så siden bliver interaktiv, hvor scripts er tilladt
                        (en http(s)-adresse eller en relativ sti; sidens CSP tillader netop den)
  --out fil.html        skriv til en fil i stedet for standard-output
  --lang da|en          sprog (standard: da)
`,
  en: `Usage: sundhedsaftale render <agreement.json|url|-> --widget overview|focus-area|indicator|comparison [options] > page.html

Writes a static HTML page with the same rendering as the web components (inline SVG, real tables),
readable with no JavaScript at all, and printable.

  --widget overview|focus-area|indicator|comparison   what to show (default: overview)
  --focus-area id       the focus area, for --widget focus-area
  --indicator id        the indicator, for --widget indicator and comparison
  --order best-first|name  for --widget comparison: best first (default) or by name
  --variant compact|line  for --widget indicator: one row, or only the line and the latest value
  --area code           the municipality's code, e.g. 751 for Aarhus
  --view table          the overview as one table of every indicator
  --script url          load sundhedsaftale.js, so the page comes alive where scripts are allowed
                        (an http(s) address or a relative path; the page's CSP allows just that)
  --out file.html       write to a file instead of standard output
  --lang da|en          language (default: da)
`,
};

const WIDGETS = ['overview', 'focus-area', 'indicator', 'comparison'] as const;
type Widget = (typeof WIDGETS)[number];
const VARIANTS = ['default', 'compact', 'line'] as const;
type Variant = (typeof VARIANTS)[number];

export const renderCommand: Command = {
  summary: {
    da: 'skriv en statisk HTML-side (uden JavaScript) fra en datafil',
    en: 'write a static HTML page (no JavaScript) from a data file',
  },

  async run(args, io) {
    const parsed = parseOptions(
      args,
      [],
      ['widget', 'focus-area', 'indicator', 'variant', 'order', 'area', 'view', 'script', 'out'],
      io,
    );
    if (!parsed) return 2;
    const { lang, help, strings, positionals } = parsed;
    if (help) return (io.stdout(HELP[lang]), 0);
    const widget = (strings.widget ?? 'overview') as Widget;
    const [file] = positionals;
    const misuse = (da: string, en: string) => (io.stderr(`${lang === 'en' ? en : da}\n`), 2);
    if (!file || positionals.length > 1) return (io.stderr(HELP[lang]), 2);
    if (!WIDGETS.includes(widget))
      return misuse(
        `--widget skal være overview, focus-area, indicator eller comparison, ikke "${widget}"`,
        `--widget must be overview, focus-area, indicator or comparison, not "${widget}"`,
      );
    if (widget === 'focus-area' && !strings['focus-area'])
      return misuse(
        '--widget focus-area kræver --focus-area id',
        '--widget focus-area needs --focus-area id',
      );
    if ((widget === 'indicator' || widget === 'comparison') && !strings.indicator)
      return misuse(
        `--widget ${widget} kræver --indicator id`,
        `--widget ${widget} needs --indicator id`,
      );
    const order = strings.order ?? 'best-first';
    if (order !== 'best-first' && order !== 'name')
      return misuse(
        `--order skal være best-first eller name, ikke "${order}"`,
        `--order must be best-first or name, not "${order}"`,
      );
    const variant = strings.variant ?? 'default';
    if (!VARIANTS.includes(variant as Variant))
      return misuse(
        `--variant skal være default, compact eller line, ikke "${variant}"`,
        `--variant must be default, compact or line, not "${variant}"`,
      );

    const script = strings.script;
    // The same rule as links in the data: http(s) or relative, not javascript:, data: or //host.
    if (script !== undefined && !safeUrl(script))
      return misuse(
        `--script "${script}": skal være en http(s)-adresse eller en relativ sti, fx /js/sundhedsaftale.js`,
        `--script "${script}": must be an http(s) address or a relative path, e.g. /js/sundhedsaftale.js`,
      );

    const agreement = await readAgreement(file, lang, io);
    if (!agreement) return 1;

    // Lit SSR and the elements load only for this command, so the others start fast.
    const { renderStatic } = await import('../static/render-static.js');
    return writePage(
      () =>
        renderStatic(agreement, {
          widget,
          focusArea: strings['focus-area'],
          indicator: strings.indicator,
          variant: variant as Variant,
          order,
          area: strings.area,
          view: strings.view === 'table' ? 'table' : 'overview',
          script: strings.script,
          lang,
        }),
      file,
      strings.out,
      lang,
      io,
    );
  },
};
