/**
 * The `sundhedsaftale` command line (Node). The spreadsheet logic in sheet/ uses no Node or DOM APIs;
 * the file side is in cli/workbook.ts. Each subcommand is one entry in COMMANDS.
 */
import { readFile } from 'node:fs/promises';
import { validateCommand } from './cli/validate-command.js';
import { importCommand } from './cli/import-command.js';
import { exportCommand } from './cli/export-command.js';
import { renderCommand } from './cli/render-command.js';
import { reportCommand } from './cli/report-command.js';
import type { Command, Io } from './cli/command.js';
import type { Lang } from '@sundhedsaftale/data';

export type { Command, Io } from './cli/command.js';

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  import: importCommand,
  export: exportCommand,
  render: renderCommand,
  report: reportCommand,
};

const HELP: Record<Lang, string> = {
  da: `Brug: sundhedsaftale <kommando> [tilvalg]

Kommandoer:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary.da}`)
  .join('\n')}

Tilvalg:
  --lang da|en  sprog for beskeder (standard: da)
  --help        vis hjælp til en kommando, fx: sundhedsaftale validate --help
  --version     vis versionen
`,
  en: `Usage: sundhedsaftale <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary.en}`)
  .join('\n')}

Options:
  --lang da|en  language of messages (default: da)
  --help        help for a command, e.g. sundhedsaftale validate --help
  --version     print the version
`,
};

const processIo: Io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
};

/** The --lang of `argv`, for messages before a command has parsed its options. */
function langOf(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return value === 'en' ? 'en' : 'da';
}

/** Runs the command line `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const lang = langOf(argv);
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  if (
    name === undefined ||
    name === '--help' ||
    name === '-h' ||
    name === 'help' ||
    name.startsWith('--lang')
  ) {
    (name === undefined ? io.stderr : io.stdout)(HELP[lang]);
    return name === undefined ? 2 : 0;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(
      lang === 'en'
        ? `Unknown command "${name}". See: sundhedsaftale --help\n`
        : `Ukendt kommando "${name}". Se: sundhedsaftale --help\n`,
    );
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // A user sees one line, never a stack trace; SUNDHEDSAFTALE_DEBUG=1 shows the trace for a bug report.
    const detail = e instanceof Error ? e.message : String(e);
    if (process.env.SUNDHEDSAFTALE_DEBUG && e instanceof Error) io.stderr(`${e.stack}\n`);
    io.stderr(
      lang === 'en'
        ? `sundhedsaftale ${name}: unexpected error: ${detail}\n(Please report it with the command and file; SUNDHEDSAFTALE_DEBUG=1 shows the details.)\n`
        : `sundhedsaftale ${name}: uventet fejl: ${detail}\n(Meld den gerne med kommandoen og filen; SUNDHEDSAFTALE_DEBUG=1 viser detaljerne.)\n`,
    );
    return 1;
  }
}
