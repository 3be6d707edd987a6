/**
 * Document → workbook: the sheets of the template as plain rows, for the xlsx and CSV writers.
 * Import of what this writes gives back the same indicators, values and areas (tested).
 * Pure; no Node or DOM APIs.
 */
import type { Vocabulary } from './cell.js';
import {
  AGREEMENT_FIELDS,
  AGREEMENT_HEADERS,
  AREA_COLUMNS,
  AREA_KIND,
  DIRECTION,
  FREQUENCY,
  GUIDE_SHEET,
  GUIDE_TITLE,
  INDICATOR_COLUMNS,
  SHEETS,
  STATE,
  VALUE_COLUMNS,
  type Column,
  type SheetKey,
} from './layout.js';

/** A cell written on export: text, number, or empty. */
export type OutCell = string | number | null;

export interface OutColumn {
  header: string;
  width: number;
  /** Format the column as text. */
  text?: boolean;
  /** Words offered in a drop-down list. */
  list?: readonly string[];
}

export interface OutSheet {
  /** Sheet name. */
  name: string;
  /** CSV file name without `.csv`; absent for sheets that have no CSV file (the guide). */
  file?: string;
  key: SheetKey | 'guide';
  columns: OutColumn[];
  rows: OutCell[][];
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : []);
const str = (v: unknown): OutCell => (typeof v === 'string' ? v : null);
const num = (v: unknown): OutCell => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The Danish (or plain) and English part of a text. */
function textParts(v: unknown): [OutCell, OutCell] {
  if (typeof v === 'string') return [v, null];
  if (isRecord(v)) return [str(v.da), str(v.en)];
  return [null, null];
}

/** The first (Danish) word for a contract value. */
function word<T extends string>(vocabulary: Vocabulary<T>, v: unknown): OutCell {
  return typeof v === 'string' && Object.hasOwn(vocabulary, v)
    ? (vocabulary[v as T][0] ?? null)
    : str(v);
}

const yesNo = (v: unknown): OutCell => (v === true ? 'ja' : v === false ? 'nej' : null);

function columns(defs: readonly Column[]): OutColumn[] {
  return defs.map((c) => ({
    header: c.da,
    width: c.width,
    ...(c.text ? { text: true } : {}),
    ...(c.list ? { list: Object.values<readonly string[]>(c.list).map((w) => w[0] ?? '') } : {}),
  }));
}

function indicatorRow(ind: Json): OutCell[] {
  const [name, nameEn] = textParts(ind.name);
  const [description, descriptionEn] = textParts(ind.description);
  const source = isRecord(ind.source) ? ind.source : {};
  const [sourceName, sourceNameEn] = textParts(source.name);
  const target = isRecord(ind.target) ? ind.target : {};
  const stable = isRecord(ind.stableWithin) ? ind.stableWithin : {};
  const goals = Array.isArray(ind.nationalGoalIds)
    ? ind.nationalGoalIds.filter((g) => typeof g === 'string').join(', ')
    : null;
  const byKey: Record<(typeof INDICATOR_COLUMNS)[number]['key'], OutCell> = {
    id: str(ind.id),
    name,
    nameEn,
    description,
    descriptionEn,
    unit: str(ind.unit),
    desiredDirection: word(DIRECTION, ind.desiredDirection),
    frequency: word(FREQUENCY, ind.frequency),
    state: word(STATE, ind.state),
    nationalGoalIds: goals || null,
    alsoNational: yesNo(ind.alsoNational),
    sourceName,
    sourceNameEn,
    sourceUrl: str(source.url),
    targetValue: num(target.value),
    targetPeriod: str(target.period),
    stableRelative: num(stable.relative),
    stableAbsolute: num(stable.absolute),
    decimals: num(ind.decimals),
    illustrative: yesNo(ind.illustrative),
  };
  return INDICATOR_COLUMNS.map((c) => byKey[c.key]);
}

function guide(doc: Json): OutSheet {
  const [title] = textParts(doc.title);
  const lines: string[] = [
    GUIDE_TITLE,
    `Aftale: ${String(doc.id ?? '')}${title ? ` – ${title}` : ''}`,
    '',
    'Sådan opdaterer du tallene',
    `1. Skriv de nye tal på arket ${SHEETS.values.da}: én række pr. indikator, periode og område.`,
    '2. Skriv tal som i Excel, fx 12,5 eller 1.234,5. Skriv ikke % eller enheder i cellen; enheden står på arket Indikatorer.',
    '3. En tom værdi betyder "intet tal for perioden" (et hul i kurven). Skriv ikke 0 for et manglende tal.',
    '4. Perioder skrives 2024, 2024-H1 (halvår), 2024-Q2 (kvartal) eller 2024-03 (måned).',
    `5. Område-kode tom = hele regionen; ellers kommunekoden fra arket ${SHEETS.areas.da}, fx 751.`,
    '6. Gem som Excel-projektmappe (.xlsx), ikke med makroer (.xlsm).',
    '7. Indlæs: npx sundhedsaftale import skabelon.xlsx --into aftale.json',
    '   Kommandoen kontrollerer alt og viser hver fejl med ark, række og kolonne, fx Værdier!D14.',
    '',
    'Mere hjælp: docs/data-owners.da.md i sundhedsaftale-widgets (kolonnerne, fejlbeskederne og den halvårlige opdatering).',
  ];
  const describe = (sheet: string, defs: readonly Column[]) => [
    '',
    `Arket ${sheet}`,
    ...defs.map((c) => `${c.da}: ${c.help}`),
  ];
  lines.push(
    ...describe(SHEETS.indicators.da, INDICATOR_COLUMNS),
    ...describe(SHEETS.values.da, VALUE_COLUMNS),
    ...describe(SHEETS.areas.da, AREA_COLUMNS),
    '',
    `Arket ${SHEETS.agreement.da}`,
    'Aftalens id, titel, region, periode og sprog. Bruges når der laves en ny aftale; ved --into skal id passe.',
  );
  return {
    name: GUIDE_SHEET,
    key: 'guide',
    columns: [{ header: '', width: 110 }],
    rows: lines.map((l) => [l]),
  };
}

/**
 * The workbook for `doc`: Vejledning, Indikatorer, Værdier, Områder, Aftale. Texts in Danish;
 * values as numbers; an empty cell for a gap.
 */
export function exportSheets(doc: unknown): OutSheet[] {
  const d = isRecord(doc) ? doc : {};
  const indicators = list(d.indicators);
  const values: OutCell[][] = [];
  for (const ind of indicators)
    for (const p of list(ind.series))
      values.push([str(ind.id), str(p.period), str(p.area), num(p.value)]);
  const period = isRecord(d.period) ? d.period : {};
  const byField: Record<(typeof AGREEMENT_FIELDS)[number]['key'], OutCell> = {
    id: str(d.id),
    title: textParts(d.title)[0],
    region: textParts(d.region)[0],
    from: num(period.from),
    to: num(period.to),
    lang: str(d.lang),
  };
  return [
    guide(d),
    {
      name: SHEETS.indicators.da,
      file: SHEETS.indicators.file,
      key: 'indicators',
      columns: columns(INDICATOR_COLUMNS),
      rows: indicators.map(indicatorRow),
    },
    {
      name: SHEETS.values.da,
      file: SHEETS.values.file,
      key: 'values',
      columns: columns(VALUE_COLUMNS),
      rows: values,
    },
    {
      name: SHEETS.areas.da,
      file: SHEETS.areas.file,
      key: 'areas',
      columns: columns(AREA_COLUMNS),
      rows: list(d.areas).map((a) => {
        const [name, nameEn] = textParts(a.name);
        return [str(a.id), name, nameEn, word(AREA_KIND, a.kind)];
      }),
    },
    {
      name: SHEETS.agreement.da,
      file: SHEETS.agreement.file,
      key: 'agreement',
      columns: AGREEMENT_HEADERS.da.map((header, i) => ({
        header,
        width: AGREEMENT_HEADERS.widths[i] ?? 20,
        text: i === 1,
      })),
      rows: AGREEMENT_FIELDS.map((f) => [f.da, byField[f.key]]),
    },
  ];
}

/** An exported sheet as rows of raw cells with its header row first, as importTables() reads them. */
export function sheetRows(sheet: OutSheet): OutCell[][] {
  return [sheet.columns.map((c) => c.header), ...sheet.rows];
}
