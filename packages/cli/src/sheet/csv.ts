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
 * The rows of `text` as arrays of strings. Quoted fields may hold separators, line breaks and doubled
 * quotes (`""`). A byte order mark and a final line break are ignored. The separator is detected
 * unless given.
 */
export function parseCsv(text: string, separator = detectSeparator(text)): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
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
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** `rows` as CSV, with CRLF line ends; fields are quoted only when they need it. */
export function formatCsv(rows: readonly (readonly string[])[], separator = ';'): string {
  const quote = (f: string) =>
    f.includes('"') || f.includes(separator) || /[\r\n]/.test(f) || /^\s|\s$/.test(f)
      ? `"${f.replace(/"/g, '""')}"`
      : f;
  return rows.map((r) => r.map(quote).join(separator)).join('\r\n') + '\r\n';
}
