import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { validateJson, type Lang } from '@sundhedsaftale/data';
import { exportSheets } from '../sheet/export.js';
import type { Command } from './command.js';
import { parseOptions } from './options.js';
import { outputProblem, writeError, writeOutput } from './output.js';
import { readSource } from './read-source.js';
import { sheetCsv, writeXlsx } from './workbook.js';

const HELP: Record<Lang, string> = {
  da: `Brug: sundhedsaftale export <aftale.json|url|-> [--out skabelon.xlsx] [--csv mappe] [--force]

Skriver aftalens indikatorer, værdier og områder som regneark: arkene Vejledning, Indikatorer,
Værdier, Områder og Aftale. Udfyld det og indlæs det igen med sundhedsaftale import … --into aftale.json.

  --out fil.xlsx   arbejdsbogen (standard: skabelon.xlsx, hvis --csv ikke er givet)
  --csv mappe      skriv i stedet/også CSV-filer (semikolon, UTF-8) i mappen
  --force          overskriv eksisterende filer
  --lang da|en     sprog for beskeder (standard: da)
`,
  en: `Usage: sundhedsaftale export <agreement.json|url|-> [--out template.xlsx] [--csv folder] [--force]

Writes the agreement's indicators, values and areas as a spreadsheet: the sheets Vejledning, Indikatorer,
Værdier, Områder and Aftale. Fill it in and read it back with sundhedsaftale import … --into agreement.json.

  --out file.xlsx  the workbook (default: skabelon.xlsx unless --csv is given)
  --csv folder     write CSV files (semicolons, UTF-8) to the folder instead / as well
  --force          overwrite existing files
  --lang da|en     language of messages (default: da)
`,
};

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

export const exportCommand: Command = {
  summary: {
    da: 'skriv indikatorer og værdier som regneark (.xlsx/.csv)',
    en: 'write indicators and values as a spreadsheet (.xlsx/.csv)',
  },

  async run(args, io) {
    const parsed = parseOptions(args, ['force'], ['out', 'csv'], io);
    if (!parsed) return 2;
    const { lang, help, flags, strings, positionals } = parsed;
    if (help) return (io.stdout(HELP[lang]), 0);
    if (positionals.length !== 1) return (io.stderr(HELP[lang]), 2);
    const [file] = positionals as [string];
    const out = strings.out ?? (strings.csv === undefined ? 'skabelon.xlsx' : undefined);
    const csv = strings.csv;

    const source = await readSource(file);
    if (!source.ok) return (io.stderr(`${file}: ${source.message[lang]}\n`), 1);
    const result = validateJson(source.text);
    if (!result.ok) {
      for (const e of result.errors)
        io.stderr(`${e.pointer ? `${file}#${e.pointer}` : file}: ${e[lang]}\n`);
      io.stderr(
        lang === 'en'
          ? 'Fix the document first (sundhedsaftale validate); nothing written.\n'
          : 'Ret først dokumentet (sundhedsaftale validate); intet skrevet.\n',
      );
      return 1;
    }
    // The guide tells the user to import this very file into this very agreement.
    const sheets = exportSheets(result.agreement, {
      file: out ?? csv,
      into: /^https?:|^-$/.test(file) ? undefined : file,
    });
    const targets = [
      ...(out ? [out] : []),
      ...(csv ? sheets.filter((s) => s.file).map((s) => join(csv, `${s.file}.csv`)) : []),
    ];
    // Not even --force writes over the agreement that was read: that is never what was meant.
    for (const t of targets) {
      const problem = await outputProblem(t === out ? '--out' : '--csv', t, [file]);
      if (problem) return (io.stderr(`${problem[lang]}\n`), 2);
    }
    if (!flags.force)
      for (const t of targets)
        if (await exists(t)) {
          io.stderr(
            lang === 'en'
              ? `${t} exists; use --force to overwrite it.\n`
              : `${t} findes allerede; brug --force for at overskrive den.\n`,
          );
          return 1;
        }
    try {
      if (out) await writeOutput(out, await writeXlsx(sheets));
      if (csv)
        for (const s of sheets)
          if (s.file) await writeOutput(join(csv, `${s.file}.csv`), sheetCsv(s));
    } catch (e) {
      const detail = writeError(e)[lang];
      io.stderr(`${lang === 'en' ? 'could not write' : 'kunne ikke skrive'}: ${detail}\n`);
      return 1;
    }
    io.stderr(`${lang === 'en' ? 'Wrote' : 'Skrev'} ${targets.join(', ')}\n`);
    return 0;
  },
};
