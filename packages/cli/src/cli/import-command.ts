import { rename, writeFile } from 'node:fs/promises';
import { validateJson, type Lang } from '@sundhedsaftale/data';
import { formatIssue } from '../sheet/issues.js';
import { describeSummary, importTables, type ImportResult } from '../sheet/import.js';
import type { Command, Io } from './command.js';
import { parseOptions } from './options.js';
import { readSource } from './read-source.js';
import { InputError, readTables } from './workbook.js';

const HELP: Record<Lang, string> = {
  da: `Brug: sundhedsaftale import <fil.xlsx | indikatorer.csv vaerdier.csv … | mappe> [--into aftale.json] [--out fil.json]

Læser arkene Indikatorer og Værdier (og Områder, Aftale) og skriver aftalens JSON-fil.
Med --into flettes indikatorer og værdier ind i en eksisterende aftale; alt andet i den bevares.
Resultatet kontrolleres mod datakontrakten; hver fejl vises med ark, række og kolonne (Værdier!D14).
Der skrives intet, hvis der er fejl. Afslutter med 1 ved fejl, ellers 0.

  --into fil.json    aftalen, der opdateres (skrives tilbage, medmindre --out er givet)
  --out fil.json     hvor resultatet skrives (standard: --into-filen, ellers standard-output)
  --replace-values   Værdier-arket er hele serien for de indikatorer, det nævner (andre tal fjernes)
  --dry-run          kontrollér kun; skriv ingenting
  --lang da|en       sprog for beskeder (standard: da)

Arbejdsbogens opbygning: docs/data-owners.da.md. Skabelon: sundhedsaftale export aftale.json
`,
  en: `Usage: sundhedsaftale import <file.xlsx | indikatorer.csv vaerdier.csv … | folder> [--into agreement.json] [--out file.json]

Reads the sheets Indikatorer and Værdier (and Områder, Aftale) and writes the agreement's JSON file.
With --into, indicators and values are merged into an existing agreement; everything else in it is kept.
The result is checked against the data contract; each problem is shown with sheet, row and column
(Værdier!D14). Nothing is written if there are errors. Exits 1 on errors, else 0.

  --into file.json   the agreement to update (written back unless --out is given)
  --out file.json    where to write the result (default: the --into file, else standard output)
  --replace-values   the Værdier sheet is the whole series of each indicator it names (other values go)
  --dry-run          check only; write nothing
  --lang da|en       language of messages (default: da)

Workbook layout: docs/data-owners.da.md. Template: sundhedsaftale export agreement.json
`,
};

/** The indentation of a JSON text, so an updated file keeps its style. */
function indentOf(text: string): string | number {
  const m = /^\{\r?\n([ \t]+)"/.exec(text.replace(/^\uFEFF/, ''));
  return m?.[1] ?? 2;
}

/** Writes `text` to `path` through a temporary file, so a failed write never leaves half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, path);
}

function report(result: ImportResult, lang: Lang, document: string, io: Io): void {
  for (const issue of result.issues) io.stderr(`${formatIssue(issue, lang, document)}\n`);
}

export const importCommand: Command = {
  summary: {
    da: 'indlæs indikatorer og værdier fra et regneark (.xlsx/.csv)',
    en: 'import indicators and values from a spreadsheet (.xlsx/.csv)',
  },

  async run(args, io) {
    const parsed = parseOptions(args, ['replace-values', 'dry-run'], ['into', 'out'], io);
    if (!parsed) return 2;
    const { lang, help, flags, strings, positionals: files } = parsed;
    if (help) return (io.stdout(HELP[lang]), 0);
    if (files.length === 0) return (io.stderr(HELP[lang]), 2);
    const into = strings.into;
    const out = strings.out ?? (into && !/^https?:|^-$/.test(into) ? into : undefined);

    let base: unknown;
    let indent: string | number = 2;
    if (into !== undefined) {
      const source = await readSource(into);
      if (!source.ok) return (io.stderr(`${into}: ${source.message[lang]}\n`), 1);
      try {
        base = JSON.parse(source.text.replace(/^\uFEFF/, ''));
      } catch {
        const r = validateJson(source.text);
        const message = r.ok ? 'JSON' : (r.errors[0]?.[lang] ?? 'JSON');
        return (io.stderr(`${into}: ${message}\n`), 1);
      }
      indent = indentOf(source.text);
    }

    let result: ImportResult;
    try {
      const tables = await readTables(files);
      result = importTables(tables, { into: base, replaceValues: flags['replace-values'] });
    } catch (e) {
      if (e instanceof InputError) return (io.stderr(`${e.messages[lang]}\n`), 1);
      throw e;
    }

    report(result, lang, into ?? '', io);
    if (!result.agreement) {
      const n = result.issues.filter((i) => !i.warning).length;
      io.stderr(
        lang === 'en'
          ? `${n} ${n === 1 ? 'error' : 'errors'}; nothing written.\n`
          : `${n} fejl; intet skrevet.\n`,
      );
      // Forgetting --into turns a routine update into a new document that lacks goals and areas.
      if (into === undefined && result.issues.some((i) => !i.warning && i.sheet !== undefined))
        io.stderr(
          lang === 'en'
            ? 'To update an existing agreement, add --into agreement.json.\n'
            : 'Skal en eksisterende aftale opdateres? Tilføj --into aftale.json.\n',
        );
      return 1;
    }
    const summary = describeSummary(result.summary, lang);
    const json = `${JSON.stringify(result.agreement, null, indent)}\n`;
    if (flags['dry-run']) {
      io.stderr(
        `${summary}. ${lang === 'en' ? 'Valid; nothing written (--dry-run).' : 'Gyldig; intet skrevet (--dry-run).'}\n`,
      );
      return 0;
    }
    if (out === undefined || out === '-') {
      io.stdout(json);
      io.stderr(`${summary}.\n`);
      return 0;
    }
    try {
      await writeAtomically(out, json);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      io.stderr(
        `${out}: ${lang === 'en' ? 'could not be written' : 'kunne ikke skrives'}: ${detail}\n`,
      );
      return 1;
    }
    io.stderr(`${summary}. ${lang === 'en' ? 'Wrote' : 'Skrev'} ${out}.\n`);
    return 0;
  },
};
