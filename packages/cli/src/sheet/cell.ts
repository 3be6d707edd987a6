/**
 * One spreadsheet cell, as exceljs or the CSV reader hands it over, turned into the value a field needs.
 * Pure; no Node or DOM APIs.
 */
import type { Msg } from './issues.js';
import { uncsvText } from './csv.js';
import { formatDanishNumber, isAmbiguousNumber, parseDanishNumber } from './number.js';

/** A cell after normalizeCell(): what kind of thing is in it, whatever the source. */
export type Cell =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percent?: boolean }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'error'; value: string };

/** The result of reading a cell: a value (undefined = empty cell) or a problem to report. */
export type Read<T> = { ok: true; value: T | undefined } | { ok: false; problem: Msg };

const EMPTY: Cell = { kind: 'empty' };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Normalizes a raw cell value: null/undefined, string, number, boolean, Date, an exceljs formula
 * (`{ formula, result }`), rich text (`{ richText: [{ text }] }`), hyperlink (`{ text, hyperlink }`),
 * error (`{ error: '#N/A' }`), or `{ percent: n }` for a number shown with a % format.
 */
export function normalizeCell(raw: unknown): Cell {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'string') {
    // The apostrophe export puts before a text that would start a formula is not part of the text.
    const value = uncsvText(raw.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '')).replace(
      /^[\s\u00a0]+/,
      '',
    );
    return value ? { kind: 'text', value } : EMPTY;
  }
  if (typeof raw === 'number')
    return Number.isFinite(raw)
      ? { kind: 'number', value: raw }
      : { kind: 'error', value: '#NUM!' };
  if (typeof raw === 'boolean') return { kind: 'boolean', value: raw };
  if (raw instanceof Date) return { kind: 'date', value: raw };
  if (!isObject(raw)) return { kind: 'error', value: String(raw) };
  if (typeof raw.percent === 'number') {
    const cell = normalizeCell(raw.percent);
    return cell.kind === 'number' ? { ...cell, percent: true } : cell;
  }
  if ('formula' in raw || 'sharedFormula' in raw) {
    if (raw.result === undefined) return { kind: 'error', value: 'formula' };
    return normalizeCell(raw.result);
  }
  if (typeof raw.error === 'string') return { kind: 'error', value: raw.error };
  if (Array.isArray(raw.richText))
    return normalizeCell(
      raw.richText.map((r) => (isObject(r) ? String(r.text ?? '') : '')).join(''),
    );
  if ('text' in raw) return normalizeCell(raw.text);
  return { kind: 'error', value: '?' };
}

/** `"12,5%"` quoted for a message; long texts are shortened. */
export function show(cell: Cell): string {
  switch (cell.kind) {
    case 'empty':
      return '""';
    case 'text':
      return JSON.stringify(cell.value.length > 40 ? `${cell.value.slice(0, 39)}…` : cell.value);
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'SAND' : 'FALSK';
    case 'date':
      return Number.isNaN(cell.value.getTime()) ? 'dato' : cell.value.toISOString().slice(0, 10);
    case 'error':
      return cell.value;
  }
}

const fail = <T>(da: string, en: string): Read<T> => ({ ok: false, problem: [da, en] });
const ok = <T>(value: T | undefined): Read<T> => ({ ok: true, value });

function broken<T>(cell: Cell): Read<T> | undefined {
  if (cell.kind !== 'error') return undefined;
  return cell.value === 'formula'
    ? fail(
        'er en formel uden gemt resultat; gem filen i Excel og prøv igen',
        'is a formula without a saved result; save the file in Excel and try again',
      )
    : fail(`indeholder fejlen ${cell.value}`, `contains the error ${cell.value}`);
}

/** A text; numbers become their digits (area code 751 typed as a number is "751"). */
export function readText(cell: Cell): Read<string> {
  switch (cell.kind) {
    case 'empty':
      return ok(undefined);
    case 'text':
      return ok(cell.value);
    case 'number':
      return ok(String(cell.value));
    case 'boolean':
    case 'date':
      return fail(`${show(cell)} er ikke en tekst`, `${show(cell)} is not a text`);
    default:
      return broken(cell) as Read<string>;
  }
}

/** An id: a text without spaces. */
export function readId(cell: Cell): Read<string> {
  const r = readText(cell);
  if (r.ok && r.value !== undefined && /\s/.test(r.value))
    return fail(
      `${show(cell)} er ikke et id: der må ikke være mellemrum`,
      `${show(cell)} is not an id: no spaces allowed`,
    );
  return r;
}

/** A number: a number cell, or a text in Danish or plain notation. */
export function readNumber(cell: Cell): Read<number> {
  switch (cell.kind) {
    case 'empty':
      return ok(undefined);
    case 'number':
      if (cell.percent) {
        const pct = Number((cell.value * 100).toPrecision(12));
        return fail(
          `er formateret som procent (${formatDanishNumber(cell.value)} vises som ${formatDanishNumber(pct)} %); skriv tallet uden procentformat, fx ${formatDanishNumber(pct)}, og sæt enheden til % på arket Indikatorer`,
          `is formatted as a percentage (${cell.value} shows as ${pct} %); write the number without a percentage format, e.g. ${pct}, and set the unit to % in the Indicators sheet`,
        );
      }
      return ok(cell.value);
    case 'text': {
      const value = parseDanishNumber(cell.value);
      if (value !== undefined) return ok(value);
      if (isAmbiguousNumber(cell.value))
        return fail(
          `${show(cell)} er tvetydigt: skriv ${cell.value.replace('.', '')} for et tusindtal eller ${cell.value.replace('.', ',')} for et decimaltal`,
          `${show(cell)} is ambiguous: write ${cell.value.replace('.', '')} for a thousand or ${cell.value.replace('.', ',')} for a decimal`,
        );
      if (/^[+\-\u2212\u2013]?\d[\d., \u00a0]*[^\d., \u00a0]/.test(cell.value))
        return fail(
          `${show(cell)} er ikke et tal; skriv kun tallet (enheden står på arket Indikatorer)`,
          `${show(cell)} is not a number; write only the number (the unit belongs in the Indicators sheet)`,
        );
      return fail(`${show(cell)} er ikke et tal`, `${show(cell)} is not a number`);
    }
    case 'boolean':
    case 'date':
      return fail(`${show(cell)} er ikke et tal`, `${show(cell)} is not a number`);
    default:
      return broken(cell) as Read<number>;
  }
}

/** A whole number, e.g. decimals or a year. */
export function readInteger(cell: Cell): Read<number> {
  const r = readNumber(cell);
  if (r.ok && r.value !== undefined && !Number.isInteger(r.value))
    return fail(`${show(cell)} er ikke et helt tal`, `${show(cell)} is not a whole number`);
  return r;
}

/** A period (`2024`, `2024-H1`, …); the year typed as a number is fine, a date is not. */
export function readPeriod(cell: Cell): Read<string> {
  if (cell.kind === 'date')
    return fail(
      `${show(cell)} er en dato, ikke en periode; formatér cellen som tekst og skriv fx 2024, 2024-H1 eller 2024-03`,
      `${show(cell)} is a date, not a period; format the cell as text and write e.g. 2024, 2024-H1 or 2024-03`,
    );
  return readText(cell);
}

/** Lower case, single spaces, æ/ø/å also as ae/oe/aa: how headers and words are compared. */
export function normalizeWord(s: string): string {
  return s
    .toLowerCase()
    .replace(/[_\-–:.*()[\]/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa');
}

/** A vocabulary: for each contract value, the words that mean it (the first is written on export). */
export type Vocabulary<T extends string> = Record<T, readonly string[]>;

/** One of the words of `vocabulary`, in Danish or English, any case. */
export function readWord<T extends string>(cell: Cell, vocabulary: Vocabulary<T>): Read<T> {
  const r = readText(cell);
  if (!r.ok || r.value === undefined) return r as Read<T>;
  const word = normalizeWord(r.value);
  for (const [value, words] of Object.entries(vocabulary) as [T, readonly string[]][])
    if (value === r.value || words.some((w) => normalizeWord(w) === word)) return ok(value);
  const allowed = Object.values<readonly string[]>(vocabulary)
    .map((w) => `"${w[0]}"`)
    .join(', ');
  return fail(
    `${show(cell)} skal være en af ${allowed}`,
    `${show(cell)} must be one of ${allowed}`,
  );
}

export const YES_NO: Vocabulary<'yes' | 'no'> = {
  yes: ['ja', 'yes', 'sand', 'true', 'x'],
  no: ['nej', 'no', 'falsk', 'false'],
};

/** ja/nej (or yes/no, or a TRUE/FALSE cell). */
export function readBoolean(cell: Cell): Read<boolean> {
  if (cell.kind === 'boolean') return ok(cell.value);
  const r = readWord(cell, YES_NO);
  return r.ok ? ok(r.value === undefined ? undefined : r.value === 'yes') : r;
}

/** A list of ids separated by commas, semicolons or spaces. */
export function readIdList(cell: Cell): Read<string[]> {
  const r = readText(cell);
  if (!r.ok || r.value === undefined) return r as Read<string[]>;
  return ok(r.value.split(/[\s,;]+/).filter(Boolean));
}
