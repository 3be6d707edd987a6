import { validateJson, type Lang, type ValidationIssue } from '@sundhedsaftale/data';
import { parse, type Command } from './command.js';
import { readSource } from './read-source.js';

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
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
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
          ? { file, valid: true, errors: [], warnings: r.warnings }
          : { file, valid: false, errors: r.errors, warnings: [] },
      );
    }

    const valid = results.every((r) => r.valid);
    if (flags.json) {
      const withMessage = (i: ValidationIssue) => ({ ...i, message: i[lang] });
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
  const where = (i: ValidationIssue) => (i.pointer ? `${r.file}#${i.pointer}` : r.file);
  const line = (i: ValidationIssue, prefix = '') => `${where(i)}: ${prefix}${i[lang]}\n`;
  const warning = lang === 'en' ? 'warning: ' : 'advarsel: ';
  if (!r.valid) return r.errors.map((i) => line(i)).join('');
  const ok = lang === 'en' ? 'valid' : 'gyldig';
  return `${r.warnings.map((i) => line(i, warning)).join('')}${r.file}: ${ok}\n`;
}
