/**
 * CSV as spreadsheets write it: RFC 4180 quoting, separated by semicolons (Danish Excel), commas or tabs.
 * Pure; no Node or DOM APIs.
 */

/** The separator of `text`: the one of `;`, `,` and tab that occurs most in its first line, outside quotes. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ';';
  for (const [sep, n] of counts) if (n > (counts.get(best) ?? 0)) best = sep;
  return best;
}

/**
 * A quoted field that does not end where it must: its quote is never closed, or is closed lines later
 * and followed by text (a stray quote that would join the lines in between into one field).
 */
export class CsvQuoteError extends Error {
  constructor(
    /** 1-based line of the file where the quoted field starts, as a text editor counts. */
    readonly line: number,
    /** 0-based index of the field in its row (0 = A). */
    readonly column: number,
    /** 1-based line of the closing quote, when text follows it; undefined when it is never closed. */
    readonly closedAt?: number,
  ) {
    super(
      closedAt === undefined
        ? `line ${line}: the quote that opens field ${column + 1} is never closed`
        : `line ${line}: the quoted field ${column + 1} is followed by text after its closing quote (line ${closedAt})`,
    );
  }
}

/**
 * The rows of `text` as arrays of strings. Quoted fields may hold separators, line breaks and doubled
 * quotes (`""`). A byte order mark and a final line break are ignored. The separator is detected
 * unless given. A quoted field must end with a quote followed by a separator, a line break or the end;
 * otherwise CsvQuoteError says where it started, so a stray quote never swallows the lines after it.
 */
export function parseCsv(text: string, separator = detectSeparator(text)): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  let quoted = false;
  /** Line where the current quoted field opened. */
  let quoteLine = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '\r' || (ch === '\n' && s[i - 1] !== '\r')) line++;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        // `"a"b` on one line reads as `ab`, as Excel reads it; across lines it is a stray quote.
        const next = s[i + 1];
        const ends = next === undefined || next === separator || next === '\n' || next === '\r';
        if (!ends && line !== quoteLine) throw new CsvQuoteError(quoteLine, row.length, line);
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && s[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (quoted) throw new CsvQuoteError(quoteLine, row.length);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * A text that Excel or LibreOffice would run as a formula when it opens a CSV file: it begins with
 * `=`, `+`, `-` or `@` (after any spaces), or with a tab, CR or LF.
 */
const FORMULA_START = /^(?:[ \u00a0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/;

/**
 * `text` safe to open as a CSV cell: a text that would start a formula gets a leading apostrophe,
 * which spreadsheets show and keep as text; normalizeCell() removes it again on import.
 */
export const csvText = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** The text of a cell written by csvText(), without its guarding apostrophe. */
export const uncsvText = (text: string) =>
  text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;

/** `rows` as CSV, with CRLF line ends; fields are quoted only when they need it. */
export function formatCsv(rows: readonly (readonly string[])[], separator = ';'): string {
  const quote = (f: string) =>
    f.includes('"') || f.includes(separator) || /[\r\n]/.test(f) || /^\s|\s$/.test(f)
      ? `"${f.replace(/"/g, '""')}"`
      : f;
  return rows.map((r) => r.map(quote).join(separator)).join('\r\n') + '\r\n';
}
