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
  /** Width in characters: fitted to the longest value, up to the layout's width. */
  width: number;
  /** Wrap the text of this column's cells (values longer than the width). */
  wrap?: boolean;
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
  /** How it prints on A4: wide sheets across the page. */
  orientation: 'portrait' | 'landscape';
  columns: OutColumn[];
  rows: OutCell[][];
}

/** Names the guide uses in its "how to import" step. */
export interface ExportNames {
  /** The workbook (or CSV folder) being written, as the user will import it. */
  file?: string;
  /** The agreement's JSON file. */
  into?: string;
}

/** The guide's column width in characters. */
export const GUIDE_WIDTH = 72;

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

const cellLength = (v: OutCell) =>
  v === null
    ? 0
    : typeof v === 'number'
      ? String(v).length
      : Math.max(...v.split('\n').map((l) => l.length));

/**
 * Columns sized to what they hold: as wide as the longest value (at least the header's longest word,
 * which wraps), at most the layout's width; longer values wrap. Empty columns stay narrow, so the
 * sheet fits the page's width at a readable scale.
 */
function columns(defs: readonly Column[], rows: OutCell[][]): OutColumn[] {
  return defs.map((c, i) => {
    const longest = Math.max(0, ...rows.map((r) => cellLength(r[i] ?? null)));
    const word = Math.max(...c.da.split(/\s+/).map((w) => w.length));
    const width = Math.min(c.width, Math.max(word + 2, longest + 1, 6));
    return {
      header: c.da,
      width,
      ...(longest > width ? { wrap: true } : {}),
      ...(c.text ? { text: true } : {}),
      ...(c.list ? { list: Object.values<readonly string[]>(c.list).map((w) => w[0] ?? '') } : {}),
    };
  });
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

function guide(doc: Json, names: ExportNames): OutSheet {
  const [title] = textParts(doc.title);
  const file = names.file ?? 'skabelon.xlsx';
  const into = names.into ?? 'aftale.json';
  const quoted = (s: string) => (/[\s'"]/.test(s) ? `"${s}"` : s);
  const lines: string[] = [
    GUIDE_TITLE,
    `Aftale: ${String(doc.id ?? '')}${title ? ` – ${title}` : ''}`,
    '',
    'Sådan opdaterer du tallene',
    `1. Skriv de nye tal på arket ${SHEETS.values.da}: én række pr. indikator, periode og område.`,
    '2. Skriv tal som i Excel, fx 12,5 eller 1.234,5. Skriv ikke % eller enheder i cellen; enheden står på arket Indikatorer.',
    '3. En tom værdi betyder "intet tal for perioden" (et hul i kurven). Skriv ikke 0 for et manglende tal.',
    '4. Perioder skrives 2024, 2024-H1 (halvår), 2024-Q2 (kvartal) eller 2024-03 (måned). Perioden skal passe til indikatorens frekvens: en halvårlig indikator tager 2024-H1 (eller et helt år), ikke 2024-03; en årlig tager kun hele år.',
    `5. Område-kode tom = hele regionen; ellers kommunekoden fra arket ${SHEETS.areas.da}, fx 751.`,
    '6. Gem som Excel-projektmappe (.xlsx), ikke med makroer (.xlsm). I LibreOffice: Filer → Gem som… → Excel 2007-365 (.xlsx). Gemmer du som CSV, kommer kun det aktive ark med: gem så hvert ark for sig (vaerdier.csv, indikatorer.csv).',
    `7. Prøv først: npx sundhedsaftale import ${quoted(file)} --into ${quoted(into)} --dry-run`,
    '   Kommandoen kontrollerer alt, viser hver fejl med ark, række og kolonne (fx Værdier!D14) og hver ændring som før → efter.',
    `8. Indlæs: npx sundhedsaftale import ${quoted(file)} --into ${quoted(into)} --report aendringer.md`,
    '   Et tal, der allerede er offentliggjort, ryddes kun med --allow-clear. aendringer.md er ændringerne til referatet.',
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
    orientation: 'portrait',
    // Fits A4 portrait at 100 % in Excel and in LibreOffice, whose fallback for Calibri (DejaVu Sans)
    // has wider digits (a 95 wide column ran past the right edge there); longer lines wrap.
    columns: [{ header: '', width: GUIDE_WIDTH, wrap: true }],
    rows: lines.map((l) => [l]),
  };
}

/**
 * The workbook for `doc`: Vejledning, Indikatorer, Værdier, Områder, Aftale. Texts in Danish;
 * values as numbers; an empty cell for a gap. `names` are the files the guide tells the user to import.
 */
export function exportSheets(doc: unknown, names: ExportNames = {}): OutSheet[] {
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
  const indicatorRows = indicators.map(indicatorRow);
  const areaRows = list(d.areas).map((a) => {
    const [name, nameEn] = textParts(a.name);
    return [str(a.id), name, nameEn, word(AREA_KIND, a.kind)];
  });
  const agreementRows = AGREEMENT_FIELDS.map((f) => [f.da, byField[f.key]]);
  return [
    guide(d, names),
    {
      name: SHEETS.indicators.da,
      file: SHEETS.indicators.file,
      key: 'indicators',
      orientation: 'landscape',
      columns: columns(INDICATOR_COLUMNS, indicatorRows),
      rows: indicatorRows,
    },
    {
      name: SHEETS.values.da,
      file: SHEETS.values.file,
      key: 'values',
      orientation: 'portrait',
      columns: columns(VALUE_COLUMNS, values),
      rows: values,
    },
    {
      name: SHEETS.areas.da,
      file: SHEETS.areas.file,
      key: 'areas',
      orientation: 'portrait',
      columns: columns(AREA_COLUMNS, areaRows),
      rows: areaRows,
    },
    {
      name: SHEETS.agreement.da,
      file: SHEETS.agreement.file,
      key: 'agreement',
      orientation: 'portrait',
      columns: AGREEMENT_HEADERS.da.map((header, i) => ({
        header,
        width: AGREEMENT_HEADERS.widths[i] ?? 20,
        ...(i === 1 ? { text: true, wrap: true } : {}),
      })),
      rows: agreementRows,
    },
  ];
}

/** An exported sheet as rows of raw cells with its header row first, as importTables() reads them. */
export function sheetRows(sheet: OutSheet): OutCell[][] {
  return [sheet.columns.map((c) => c.header), ...sheet.rows];
}
