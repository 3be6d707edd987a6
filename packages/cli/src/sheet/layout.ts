/**
 * The workbook layout: sheets, their columns (Danish and English headers) and the words used in cells.
 * One definition serves import, export, the template and the docs (docs/data-owners.da.md).
 * Pure; no Node or DOM APIs.
 */
import type { AreaKind, DesiredDirection, Frequency, IndicatorState } from '@sundhedsaftale/data';
import { normalizeWord, type Cell, type Vocabulary } from './cell.js';

export type SheetKey = 'indicators' | 'values' | 'areas' | 'agreement';

export interface SheetDef {
  key: SheetKey;
  /** Sheet name written on export, and the CSV file name (without .csv). */
  da: string;
  file: string;
  /** Other names it is recognised by (compared with normalizeWord()). */
  aliases: readonly string[];
}

export const SHEETS: Record<SheetKey, SheetDef> = {
  indicators: {
    key: 'indicators',
    da: 'Indikatorer',
    file: 'indikatorer',
    aliases: ['indikatorer', 'indicators'],
  },
  values: { key: 'values', da: 'Værdier', file: 'vaerdier', aliases: ['værdier', 'values'] },
  areas: {
    key: 'areas',
    da: 'Områder',
    file: 'omraader',
    aliases: ['områder', 'omrader', 'areas'],
  },
  agreement: { key: 'agreement', da: 'Aftale', file: 'aftale', aliases: ['aftale', 'agreement'] },
};

export const GUIDE_SHEET = 'Vejledning';
/** The guide sheet's first line, by which a CSV of the guide is recognised. */
export const GUIDE_TITLE = 'Sundhedsaftale – indikatorer og værdier';

export interface Column<K extends string = string> {
  key: K;
  /** Header written on export. */
  da: string;
  /** English header, also accepted on import. */
  en: string;
  /** Further headers accepted on import. */
  aliases?: readonly string[];
  /** Largest column width in characters; longer values wrap (see exportSheets()). */
  width: number;
  /** Keep what is typed as text (ids, periods, codes), so Excel does not turn 2024-03 into a date. */
  text?: boolean;
  /** Words offered in a drop-down list. */
  list?: Vocabulary<string>;
  /** Required on import. */
  required?: boolean;
  /** One line for the guide sheet and the docs. */
  help: string;
}

export const DIRECTION: Vocabulary<DesiredDirection> = {
  down: ['ned', 'down', 'nedad', 'lavere er bedre'],
  up: ['op', 'up', 'opad', 'højere er bedre'],
  none: ['ingen', 'none', 'ingen retning'],
};

export const FREQUENCY: Vocabulary<Frequency> = {
  semiannual: ['halvårligt', 'semiannual', 'halvårlig', 'hvert halve år', 'half-yearly'],
  annual: ['årligt', 'annual', 'årlig', 'hvert år', 'yearly'],
  quadrennial: ['hvert fjerde år', 'quadrennial', 'hvert 4. år', 'hvert 4 år', 'every four years'],
  irregular: ['uregelmæssigt', 'irregular', 'uregelmæssig'],
};

export const STATE: Vocabulary<IndicatorState> = {
  active: ['aktiv', 'active'],
  development: ['udvikling', 'development', 'udviklingsområde'],
};

export const AREA_KIND: Vocabulary<AreaKind> = {
  region: ['region'],
  municipality: ['kommune', 'municipality'],
  hospital: ['hospital', 'sygehus'],
  other: ['andet', 'other'],
};

const YES_NO_LIST: Vocabulary<string> = { yes: ['ja'], no: ['nej'] };

export type IndicatorKey =
  | 'id'
  | 'name'
  | 'nameEn'
  | 'description'
  | 'descriptionEn'
  | 'unit'
  | 'desiredDirection'
  | 'frequency'
  | 'state'
  | 'nationalGoalIds'
  | 'alsoNational'
  | 'sourceName'
  | 'sourceNameEn'
  | 'sourceUrl'
  | 'targetValue'
  | 'targetPeriod'
  | 'stableRelative'
  | 'stableAbsolute'
  | 'decimals'
  | 'illustrative';

export const INDICATOR_COLUMNS: readonly Column<IndicatorKey>[] = [
  {
    key: 'id',
    da: 'id',
    en: 'id',
    width: 24,
    text: true,
    required: true,
    help: 'Indikatorens id, fx dagligrygere. Skift det aldrig: hjemmesiderne bruger det.',
  },
  {
    key: 'name',
    da: 'navn',
    en: 'name',
    width: 28,
    help: 'Navnet på dansk (eller på dokumentets sprog).',
  },
  {
    key: 'nameEn',
    da: 'navn (engelsk)',
    en: 'name (English)',
    width: 24,
    help: 'Navnet på engelsk; tom = kun dansk.',
  },
  {
    key: 'description',
    da: 'beskrivelse',
    en: 'description',
    width: 32,
    help: 'Hvad der måles, og hvordan.',
  },
  {
    key: 'descriptionEn',
    da: 'beskrivelse (engelsk)',
    en: 'description (English)',
    width: 24,
    help: 'Beskrivelsen på engelsk.',
  },
  {
    key: 'unit',
    da: 'enhed',
    en: 'unit',
    width: 10,
    help: '%, dage, pr. 1.000 borgere … Tom for antal.',
  },
  {
    key: 'desiredDirection',
    da: 'ønsket retning',
    en: 'desired direction',
    aliases: ['retning', 'direction'],
    width: 15,
    list: DIRECTION,
    help: 'ned, op eller ingen: hvilken vej der er bedst.',
  },
  {
    key: 'frequency',
    da: 'frekvens',
    en: 'frequency',
    width: 16,
    list: FREQUENCY,
    help: 'halvårligt, årligt, hvert fjerde år eller uregelmæssigt.',
  },
  {
    key: 'state',
    da: 'tilstand',
    en: 'state',
    width: 11,
    list: STATE,
    help: 'aktiv, eller udvikling for et udviklingsområde uden tal endnu.',
  },
  {
    key: 'nationalGoalIds',
    da: 'nationale mål',
    en: 'national goals',
    width: 20,
    text: true,
    help: 'Id på de nationale mål, adskilt af komma.',
  },
  {
    key: 'alsoNational',
    da: 'også national',
    en: 'also national',
    aliases: ['også nationalt'],
    width: 13,
    list: YES_NO_LIST,
    help: 'ja, hvis den også er en national indikator.',
  },
  { key: 'sourceName', da: 'kilde', en: 'source', width: 20, help: 'Hvor tallene kommer fra.' },
  {
    key: 'sourceNameEn',
    da: 'kilde (engelsk)',
    en: 'source (English)',
    width: 16,
    help: 'Kilden på engelsk.',
  },
  {
    key: 'sourceUrl',
    da: 'kilde-url',
    en: 'source url',
    aliases: ['kilde url', 'kildens adresse'],
    width: 20,
    text: true,
    help: 'Adressen på kilden (https://…).',
  },
  {
    key: 'targetValue',
    da: 'mål',
    en: 'target',
    aliases: ['målværdi', 'target value'],
    width: 8,
    help: 'Den værdi, der sigtes mod.',
  },
  {
    key: 'targetPeriod',
    da: 'mål-periode',
    en: 'target period',
    width: 12,
    text: true,
    help: 'Hvornår målet skal være nået, fx 2027.',
  },
  {
    key: 'stableRelative',
    da: 'stabil, relativ',
    en: 'stable, relative',
    width: 14,
    help: 'Relativ ændring, der tæller som stabil: 0,02 = 2 %.',
  },
  {
    key: 'stableAbsolute',
    da: 'stabil, absolut',
    en: 'stable, absolute',
    width: 14,
    help: 'Ændring i enheden, der tæller som stabil.',
  },
  {
    key: 'decimals',
    da: 'decimaler',
    en: 'decimals',
    width: 10,
    help: 'Antal decimaler, der vises (0–6).',
  },
  {
    key: 'illustrative',
    da: 'eksempeldata',
    en: 'illustrative',
    width: 13,
    list: YES_NO_LIST,
    help: 'ja, hvis tallene er eksempeltal og ikke officielle tal.',
  },
];

export type ValueKey = 'indicator' | 'period' | 'area' | 'value';

export const VALUE_COLUMNS: readonly Column<ValueKey>[] = [
  {
    key: 'indicator',
    da: 'indikator-id',
    en: 'indicator id',
    aliases: ['indikator', 'indicator'],
    width: 28,
    text: true,
    required: true,
    help: 'Id fra arket Indikatorer.',
  },
  {
    key: 'period',
    da: 'periode',
    en: 'period',
    width: 10,
    text: true,
    required: true,
    help: '2024, 2024-H1, 2024-Q2 eller 2024-03.',
  },
  {
    key: 'area',
    da: 'område-kode',
    en: 'area code',
    aliases: ['område', 'area', 'kommunekode'],
    width: 13,
    text: true,
    help: 'Kommunekode fra arket Områder; tom = hele regionen.',
  },
  {
    key: 'value',
    da: 'værdi',
    en: 'value',
    width: 10,
    required: true,
    help: 'Tallet, fx 12,5. Tom = intet tal for perioden (hul).',
  },
];

export type AreaKey = 'id' | 'name' | 'nameEn' | 'kind';

export const AREA_COLUMNS: readonly Column<AreaKey>[] = [
  {
    key: 'id',
    da: 'kode',
    en: 'code',
    aliases: ['id', 'område-kode', 'area code'],
    width: 10,
    text: true,
    required: true,
    help: 'Den officielle kode, fx 751 for Aarhus.',
  },
  { key: 'name', da: 'navn', en: 'name', width: 30, help: 'Fx Aarhus Kommune.' },
  {
    key: 'nameEn',
    da: 'navn (engelsk)',
    en: 'name (English)',
    width: 18,
    help: 'Navnet på engelsk.',
  },
  {
    key: 'kind',
    da: 'type',
    en: 'kind',
    width: 14,
    list: AREA_KIND,
    help: 'region, kommune, hospital eller andet.',
  },
];

export type AgreementKey = 'id' | 'title' | 'region' | 'from' | 'to' | 'lang';

/** The Aftale sheet is two columns, felt | værdi, one row per field. */
export const AGREEMENT_FIELDS: readonly Column<AgreementKey>[] = [
  {
    key: 'id',
    da: 'id',
    en: 'id',
    width: 0,
    required: true,
    help: 'Aftalens id, fx midt-2024-2027.',
  },
  { key: 'title', da: 'titel', en: 'title', width: 0, help: 'Aftalens titel.' },
  { key: 'region', da: 'region', en: 'region', width: 0, help: 'Fx Region Midtjylland.' },
  {
    key: 'from',
    da: 'periode fra',
    en: 'period from',
    aliases: ['fra', 'from'],
    width: 0,
    help: 'Første år.',
  },
  {
    key: 'to',
    da: 'periode til',
    en: 'period to',
    aliases: ['til', 'to'],
    width: 0,
    help: 'Sidste år.',
  },
  { key: 'lang', da: 'sprog', en: 'language', aliases: ['lang'], width: 0, help: 'da eller en.' },
];

export const AGREEMENT_HEADERS = { da: ['felt', 'værdi'], widths: [14, 56] } as const;

/** The column `header` names, or undefined. */
export function columnFor<K extends string>(
  columns: readonly Column<K>[],
  header: string,
): Column<K> | undefined {
  const h = normalizeWord(header);
  return columns.find((c) =>
    [c.da, c.en, ...(c.aliases ?? [])].some((n) => normalizeWord(n) === h),
  );
}

/** The sheet a sheet name or CSV file name (without extension) stands for. */
export function sheetFor(name: string): SheetKey | undefined {
  const n = normalizeWord(name);
  for (const def of Object.values(SHEETS))
    if ([def.da, def.file, ...def.aliases].some((a) => normalizeWord(a) === n)) return def.key;
  return undefined;
}

/** The sheet a table with header row `header` most likely is, for CSV files with other names. */
export function sheetForHeader(header: readonly Cell[]): SheetKey | undefined {
  const texts = header.map((c) => (c.kind === 'text' ? c.value : ''));
  const has = (columns: readonly Column[], key: string) =>
    texts.some((t) => columnFor(columns, t)?.key === key);
  if (has(VALUE_COLUMNS, 'period') && has(VALUE_COLUMNS, 'value')) return 'values';
  if (has(INDICATOR_COLUMNS, 'desiredDirection') || has(INDICATOR_COLUMNS, 'unit'))
    return 'indicators';
  if (has(AREA_COLUMNS, 'kind') || has(AREA_COLUMNS, 'id')) return 'areas';
  if (normalizeWord(texts[0] ?? '') === 'felt') return 'agreement';
  return undefined;
}
