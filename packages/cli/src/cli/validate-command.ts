import { validateJson, type Lang, type ValidationIssue } from '@sundhedsaftale/data';
import { parse, type Command } from './command.js';
import { duplicateKeys } from './duplicate-keys.js';
import { megabytes, readSource } from './read-source.js';

/** A widget reads at most this many bytes of a data file (its `max-bytes`, docs/security.md). */
const WIDGET_MAX_BYTES = 5_000_000;

/** An issue of the data contract, or one of the command's own warnings (`duplicate-key`, `size`). */
type Issue = Omit<ValidationIssue, 'code'> & { code?: string };

/** What validate adds to the contract's warnings: repeated keys, and a file too large for the widgets. */
function fileWarnings(text: string, bytes: number): Issue[] {
  const warnings: Issue[] = duplicateKeys(text).map((pointer) => {
    const key = JSON.stringify(pointer.slice(pointer.lastIndexOf('/') + 1));
    return {
      pointer,
      code: 'duplicate-key',
      da: `nøglen ${key} står mere end én gang i samme objekt; kun den sidste gælder, så slet eller ret de andre`,
      en: `the key ${key} appears more than once in the same object; only the last one counts, so remove or fix the others`,
    };
  });
  if (bytes > WIDGET_MAX_BYTES) {
    warnings.push({
      pointer: '',
      code: 'size',
      da: `filen er ${megabytes(bytes, 'da')}; widgets henter højst 5 MB (max-bytes), så den vises ikke på hjemmesiderne`,
      en: `the file is ${megabytes(bytes, 'en')}; widgets read at most 5 MB (max-bytes), so the websites will not show it`,
    });
  }
  return warnings;
}

const HELP: Record<Lang, string> = {
  da: `Brug: sundhedsaftale validate <fil|url|->… [--json] [--lang da|en]

Kontrollerer datafiler mod datakontrakten og skriver hver fejl som fil#/pointer: besked.
Afslutter med 1, hvis en fil har fejl, ellers 0.

  --json         maskinlæsbart output (JSON) på stdout
  --lang da|en   sprog for beskeder (standard: da)
`,
  en: `Usage: sundhedsaftale validate <file|url|->… [--json] [--lang da|en]

Checks data files against the data contract and prints each error as file#/pointer: message.
Exits 1 if any file has errors, else 0.

  --json         machine-readable output (JSON) on stdout
  --lang da|en   language of messages (default: da)
`,
};

interface FileResult {
  file: string;
  valid: boolean;
  errors: Issue[];
  warnings: Issue[];
}

export const validateCommand: Command = {
  summary: {
    da: 'kontrollér datafiler mod datakontrakten',
    en: 'check data files against the data contract',
  },

  async run(args, io) {
    const parsed = parse(args, ['json'], io);
    if (!parsed) return 2;
    const { lang, help, flags, positionals: files } = parsed;
    if (help) return (io.stdout(HELP[lang]), 0);
    if (files.length === 0) return (io.stderr(HELP[lang]), 2);

    const results: FileResult[] = [];
    for (const file of files) {
      const source = await readSource(file);
      if (!source.ok) {
        const [da, en] = [source.message.da, source.message.en];
        results.push({
          file,
          valid: false,
          errors: [{ pointer: '', code: 'unreadable', da, en }],
          warnings: [],
        });
        continue;
      }
      const r = validateJson(source.text);
      results.push(
        r.ok
          ? {
              file,
              valid: true,
              errors: [],
              warnings: [...r.warnings, ...fileWarnings(source.text, source.bytes)],
            }
          : { file, valid: false, errors: r.errors, warnings: [] },
      );
    }

    const valid = results.every((r) => r.valid);
    if (flags.json) {
      const withMessage = (i: Issue) => ({ ...i, message: i[lang] });
      const out = results.map((r) => ({
        ...r,
        errors: r.errors.map(withMessage),
        warnings: r.warnings.map(withMessage),
      }));
      io.stdout(`${JSON.stringify({ valid, files: out }, null, 2)}\n`);
    } else {
      for (const r of results) io.stdout(formatText(r, lang));
    }
    return valid ? 0 : 1;
  },
};

function formatText(r: FileResult, lang: Lang): string {
  // A whole-file problem reads better without the empty pointer's bare '#'.
  const where = (i: Issue) => (i.pointer ? `${r.file}#${i.pointer}` : r.file);
  const line = (i: Issue, prefix = '') => `${where(i)}: ${prefix}${i[lang]}\n`;
  const warning = lang === 'en' ? 'warning: ' : 'advarsel: ';
  if (!r.valid) return r.errors.map((i) => line(i)).join('');
  const ok = lang === 'en' ? 'valid' : 'gyldig';
  return `${r.warnings.map((i) => line(i, warning)).join('')}${r.file}: ${ok}\n`;
}
