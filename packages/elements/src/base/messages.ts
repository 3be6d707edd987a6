import type { Lang } from '@sundhedsaftale/data';

/** UI texts of every element. Danish is the default; English ships beside it. */
const da = {
  loading: 'Henter data …',
  illustrative: 'Eksempeldata',
  illustrativeNote: 'Tallene er eksempler, ikke officielle tal.',
  development: 'Under udvikling – ingen data endnu',
  noData: 'Ingen data',
  noDataLong: 'Der er ingen data for denne indikator endnu.',
  notFoundIndicator: (id: string) => `Indikatoren "${id}" findes ikke i data.`,
  notFoundFocusArea: (id: string) => `Indsatsområdet "${id}" findes ikke i data.`,
  missingIndicator: 'Angiv hvilken indikator der skal vises (attributten indicator).',
  missingFocusArea: 'Angiv hvilket indsatsområde der skal vises (attributten focus-area).',
  noSource: 'Ingen data: angiv src, data eller placér elementet i <sa-agreement>.',
  regionFallback: 'Tal for hele regionen',
  areaShown: (name: string) => `Tal for ${name}`,
  showValues: 'Vis tal',
  period: 'Periode',
  value: 'Værdi',
  area: 'Område',
  wholeRegion: 'Hele regionen',
  source: 'Kilde',
  target: 'Mål',
  targetIn: (value: string, period: string) =>
    period ? `Mål: ${value} i ${period}` : `Mål: ${value}`,
  latest: 'Seneste',
  change: 'Ændring',
  sincePrevious: (period: string) => `siden ${period}`,
  rose: 'Steg',
  fell: 'Faldt',
  unchanged: 'Uændret',
  invalidData: (host: string) => `Data fra ${host} kan ikke vises:`,
  invalidInline: 'Data kan ikke vises:',
  andMore: (n: number) => `og ${n} flere`,
  mayBeOutdated: 'Tallene herunder kan være forældede.',
};

type Messages = typeof da;

const en: Messages = {
  loading: 'Loading data …',
  illustrative: 'Sample data',
  illustrativeNote: 'The figures are examples, not official statistics.',
  development: 'In development – no data yet',
  noData: 'No data',
  noDataLong: 'There are no data for this indicator yet.',
  notFoundIndicator: (id) => `The indicator "${id}" is not in the data.`,
  notFoundFocusArea: (id) => `The focus area "${id}" is not in the data.`,
  missingIndicator: 'Say which indicator to show (the indicator attribute).',
  missingFocusArea: 'Say which focus area to show (the focus-area attribute).',
  noSource: 'No data: set src or data, or place the element inside <sa-agreement>.',
  regionFallback: 'Figures for the whole region',
  areaShown: (name) => `Figures for ${name}`,
  showValues: 'Show values',
  period: 'Period',
  value: 'Value',
  area: 'Area',
  wholeRegion: 'Whole region',
  source: 'Source',
  target: 'Target',
  targetIn: (value, period) => (period ? `Target: ${value} by ${period}` : `Target: ${value}`),
  latest: 'Latest',
  change: 'Change',
  sincePrevious: (period) => `since ${period}`,
  rose: 'Rose',
  fell: 'Fell',
  unchanged: 'Unchanged',
  invalidData: (host) => `The data from ${host} cannot be shown:`,
  invalidInline: 'The data cannot be shown:',
  andMore: (n) => `and ${n} more`,
  mayBeOutdated: 'The figures below may be out of date.',
};

const catalogues: Record<Lang, Messages> = { da, en };

export function messages(lang: Lang): Messages {
  return catalogues[lang] ?? da;
}

export type { Messages };
