import { validateJson, type Lang } from '@sundhedsaftale/data';
import {
  changeLines,
  changesJson,
  changesMarkdown,
  describeSummary,
  type ReportMeta,
} from '../sheet/change-report.js';
import { formatIssue } from '../sheet/issues.js';
import { importTables, type ImportResult } from '../sheet/import.js';
import { formatJson, patchJson } from '../sheet/json-text.js';
import type { Command, Io } from './command.js';
import { parseOptions } from './options.js';
import { outputProblem, writeError, writeOutput, type OtherFile } from './output.js';
import { readSource } from './read-source.js';
import { InputError, readTables } from './workbook.js';

const HELP: Record<Lang, string> = {
  da: `Brug: sundhedsaftale import <fil.xlsx | indikatorer.csv vaerdier.csv … | mappe> [--into aftale.json] [--out fil.json]

Læser arkene Indikatorer og Værdier (og Områder, Aftale) og skriver aftalens JSON-fil.
Med --into flettes indikatorer og værdier ind i en eksisterende aftale; alt andet i den bevares.
Resultatet kontrolleres mod datakontrakten; hver fejl vises med ark, række og kolonne (Værdier!D14).
Der skrives intet, hvis der er fejl. Afslutter med 1 ved fejl, ellers 0.
Ændringsrapporten viser hver ændring som før → efter med cellen, den kom fra. Filen skrives om
kun dér, hvor noget ændres; resten (rækkefølge, indrykning, linjer) står uændret.

  --into fil.json    aftalen, der opdateres (skrives tilbage, medmindre --out er givet)
  --out fil.json     hvor resultatet skrives (standard: --into-filen, ellers standard-output)
  --replace-values   Værdier-arket er hele serien for de indikatorer, det nævner (andre tal fjernes)
  --allow-clear      tillad at rydde eller fjerne tal, aftalen allerede har (ellers stopper import)
  --report fil.md    skriv ændringsrapporten til fil.md (Markdown) eller fil.json (JSON)
  --dry-run          kontrollér og vis ændringerne; skriv ingenting (heller ikke aftalen)
  --lang da|en       sprog for beskeder (standard: da)

Arbejdsbogens opbygning: docs/data-owners.da.md. Skabelon: sundhedsaftale export aftale.json
`,
  en: `Usage: sundhedsaftale import <file.xlsx | indikatorer.csv vaerdier.csv … | folder> [--into agreement.json] [--out file.json]

Reads the sheets Indikatorer and Værdier (and Områder, Aftale) and writes the agreement's JSON file.
With --into, indicators and values are merged into an existing agreement; everything else in it is kept.
The result is checked against the data contract; each problem is shown with sheet, row and column
(Værdier!D14). Nothing is written if there are errors. Exits 1 on errors, else 0.
The change report shows each change as old → new with the cell it came from. The file is rewritten
only where something changes; the rest (order, indentation, lines) stays as it was.

  --into file.json   the agreement to update (written back unless --out is given)
  --out file.json    where to write the result (default: the --into file, else standard output)
  --replace-values   the Værdier sheet is the whole series of each indicator it names (other values go)
  --allow-clear      allow clearing or removing numbers the agreement has (else the import stops)
  --report file.md   write the change report to file.md (Markdown) or file.json (JSON)
  --dry-run          check and show the changes; write nothing (not the agreement either)
  --lang da|en       language of messages (default: da)

Workbook layout: docs/data-owners.da.md. Template: sundhedsaftale export agreement.json
`,
};

function report(result: ImportResult, lang: Lang, document: string, io: Io): void {
  for (const issue of result.issues) io.stderr(`${formatIssue(issue, lang, document)}\n`);
}

async function write(path: string, text: string, lang: Lang, io: Io): Promise<boolean> {
  try {
    await writeOutput(path, text);
    return true;
  } catch (e) {
    const detail = writeError(e)[lang];
    io.stderr(
      `${path}: ${lang === 'en' ? 'could not be written' : 'kunne ikke skrives'}: ${detail}\n`,
    );
    return false;
  }
}

export const importCommand: Command = {
  summary: {
    da: 'indlæs indikatorer og værdier fra et regneark (.xlsx/.csv)',
    en: 'import indicators and values from a spreadsheet (.xlsx/.csv)',
  },

  async run(args, io) {
    const parsed = parseOptions(
      args,
      ['replace-values', 'dry-run', 'allow-clear'],
      ['into', 'out', 'report'],
      io,
    );
    if (!parsed) return 2;
    const { lang, help, flags, strings, positionals: files } = parsed;
    if (help) return (io.stdout(HELP[lang]), 0);
    if (files.length === 0) return (io.stderr(HELP[lang]), 2);
    const into = strings.into;
    const out = strings.out ?? (into && !/^https?:|^-$/.test(into) ? into : undefined);
    const reportPath = strings.report;
    if (reportPath !== undefined && !/\.(md|json)$/i.test(reportPath)) {
      io.stderr(
        lang === 'en'
          ? `--report ${reportPath}: the report is .md (Markdown) or .json\n`
          : `--report ${reportPath}: rapporten er .md (Markdown) eller .json\n`,
      );
      return 2;
    }
    // The spreadsheets read and the agreement are never written over; nor is the report the agreement.
    const outputs: [string, string | undefined, (string | OtherFile)[]][] = [
      ['--out', out === into ? undefined : out, files],
      [
        '--report',
        reportPath,
        [
          ...files,
          ...(into ? [{ path: into, as: '--into' }] : []),
          ...(out ? [{ path: out, as: '--out' }] : []),
        ],
      ],
    ];
    for (const [option, path, inputs] of outputs) {
      const problem = path === undefined ? undefined : await outputProblem(option, path, inputs);
      if (problem) return (io.stderr(`${problem[lang]}\n`), 2);
    }

    let base: unknown;
    let baseText: string | undefined;
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
      baseText = source.text;
    }

    let result: ImportResult;
    try {
      const tables = await readTables(files);
      result = importTables(tables, {
        into: base,
        replaceValues: flags['replace-values'],
        allowClear: flags['allow-clear'],
      });
    } catch (e) {
      if (e instanceof InputError) return (io.stderr(`${e.messages[lang]}\n`), 1);
      throw e;
    }

    report(result, lang, into ?? '', io);
    if (!result.document) {
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

    for (const line of changeLines(result.changes, lang)) io.stderr(`${line}\n`);
    const summary = describeSummary(result.summary, lang);
    // The document's own text with only the changed values rewritten; a new document is formatted.
    const json =
      baseText === undefined
        ? formatJson(result.document)
        : patchJson(baseText, base, result.document);
    const meta: ReportMeta = { document: into, sources: files, dryRun: flags['dry-run'] === true };
    const written: string[] = [];

    if (flags['dry-run'])
      io.stderr(
        `${summary}. ${lang === 'en' ? 'Valid; nothing written (--dry-run).' : 'Gyldig; intet skrevet (--dry-run).'}\n`,
      );
    else if (out === undefined || out === '-') {
      io.stdout(json);
      io.stderr(`${summary}.\n`);
    } else if (out === into && json === baseText) {
      io.stderr(`${summary}; ${out} ${lang === 'en' ? 'is unchanged' : 'er uændret'}.\n`);
    } else {
      if (!(await write(out, json, lang, io))) return 1;
      written.push(out);
    }
    if (reportPath !== undefined) {
      const text = /\.json$/i.test(reportPath)
        ? changesJson(result.changes, meta, lang)
        : changesMarkdown(result.changes, meta, lang);
      if (!(await write(reportPath, text, lang, io))) return 1;
      written.push(reportPath);
    }
    if (written.length)
      io.stderr(
        `${written.includes(out ?? '') ? `${summary}. ` : ''}${lang === 'en' ? 'Wrote' : 'Skrev'} ${written.join(', ')}.\n`,
      );
    return 0;
  },
};
