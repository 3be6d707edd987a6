import type { Lang } from '@sundhedsaftale/data';

/** Texts of the follow-up report (`sundhedsaftale report`). */
const da = {
  kind: (half: boolean): string => (half ? 'Halvårlig afrapportering' : 'Afrapportering'),
  reportPeriod: 'Afrapporteringsperiode',
  previousReport: 'Forrige afrapportering',
  region: 'Region',
  agreementPeriod: 'Aftaleperiode',
  stage: 'Fase',
  figuresFor: 'Tal for',
  wholeRegion: 'Hele regionen',
  illustrative: 'Eksempeldata: tallene er eksempler, ikke officielle tal.',
  illustrativeMark: 'Eksempeldata',
  basisNote: (period: string) =>
    `Status er vurderet siden første måling (basisåret) i forhold til den ønskede retning; ændringen er siden forrige måling. Kun værdier til og med ${period} er medtaget.`,
  summary: 'Status',
  ofIndicators: (n: number) => `${n} ${n === 1 ? 'indikator' : 'indikatorer'} i alt:`,
  single: 'kun én måling',
  development: 'udviklingsområde',
  developmentLong: 'Udviklingsområde – ingen data endnu',
  news: (previous: string) => `Nyt siden forrige afrapportering (${previous})`,
  newsFirst: 'Nye værdier',
  noNews: 'Ingen nye værdier i perioden.',
  newsNote:
    'Værdier for perioder efter forrige afrapportering. Rettelser af ældre værdier kan ikke ses i én datafil.',
  indicator: 'Indikator',
  latest: 'Seneste værdi',
  change: 'Ændring siden forrige måling',
  status: 'Status siden første måling',
  trend: 'Udvikling',
  inWords: 'I ord',
  since: (period: string) => `siden ${period}`,
  regionFallback: 'hele regionen',
  others: 'Øvrige indikatorer',
  developmentSection: 'Udviklingsområder',
  developmentNote: 'Indikatorer, der endnu er under udvikling og ikke har data.',
  annex: (n: number, name: string) => `Bilag ${n}: ${name}`,
  noAreas: 'Aftalen har ingen områder (areas), så der er ingen bilag.',
  noFiguresFor: (names: string) =>
    `Datafilen har ingen tal for disse områder, så de har intet bilag; regionens tal gælder: ${names}.`,
  regionalOnly: (n: number, name: string) =>
    `${n} ${n === 1 ? 'indikator har' : 'indikatorer har'} ingen tal for ${name} og er ikke med her; regionens tal står i rapporten ovenfor.`,
  tableCaption: (title: string) => `${title}: indikatorer`,
};

type ReportMessages = typeof da;

const en: ReportMessages = {
  kind: (half) => (half ? 'Half-yearly follow-up report' : 'Follow-up report'),
  reportPeriod: 'Reporting period',
  previousReport: 'Previous report',
  region: 'Region',
  agreementPeriod: 'Agreement period',
  stage: 'Stage',
  figuresFor: 'Figures for',
  wholeRegion: 'Whole region',
  illustrative: 'Sample data: the figures are examples, not official statistics.',
  illustrativeMark: 'Sample data',
  basisNote: (period) =>
    `Status is judged since the first value (the baseline) against the desired direction; the change is since the previous value. Only values up to and including ${period} are included.`,
  summary: 'Status',
  ofIndicators: (n) => `${n} ${n === 1 ? 'indicator' : 'indicators'} in all:`,
  single: 'only one measurement',
  development: 'in development',
  developmentLong: 'In development – no data yet',
  news: (previous) => `New since the previous report (${previous})`,
  newsFirst: 'New values',
  noNews: 'No new values in the period.',
  newsNote:
    'Values for periods after the previous report. Corrections of older values cannot be seen in one data file.',
  indicator: 'Indicator',
  latest: 'Latest value',
  change: 'Change since previous value',
  status: 'Status since first value',
  trend: 'Trend',
  inWords: 'In words',
  since: (period) => `since ${period}`,
  regionFallback: 'whole region',
  others: 'Other indicators',
  developmentSection: 'In development',
  developmentNote: 'Indicators still in development, with no data yet.',
  annex: (n, name) => `Annex ${n}: ${name}`,
  noAreas: 'The agreement has no areas, so there are no annexes.',
  noFiguresFor: (names) =>
    `The data file has no figures for these areas, so they have no annex; the region's figures apply: ${names}.`,
  regionalOnly: (n, name) =>
    `${n} ${n === 1 ? 'indicator has' : 'indicators have'} no figures for ${name} and ${n === 1 ? 'is' : 'are'} left out here; the region's figures are in the report above.`,
  tableCaption: (title) => `${title}: indicators`,
};

export const reportMessages = (lang: Lang): ReportMessages => (lang === 'en' ? en : da);
export type { ReportMessages };
