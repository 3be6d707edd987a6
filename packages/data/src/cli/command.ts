/// <reference types="node" />
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../types.js';

/** Where a command writes; tests pass their own. */
export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
}

/** A subcommand of `sundhedsaftale`. Resolves to the exit code: 0 ok, 1 problems found, 2 misuse. */
export interface Command {
  summary: Record<Lang, string>;
  run(args: string[], io: Io): Promise<number>;
}

export interface Parsed {
  lang: Lang;
  help: boolean;
  /** Values of the command's own boolean flags, by name. */
  flags: Record<string, boolean>;
  positionals: string[];
}

/**
 * Parses `args` with the shared `--lang` and `--help` plus the command's boolean `flags`.
 * On misuse writes the reason to stderr and returns null.
 */
export function parse(args: string[], flags: string[], io: Io): Parsed | null {
  const options: NonNullable<ParseArgsConfig['options']> = {
    lang: { type: 'string', default: 'da' },
    help: { type: 'boolean', short: 'h', default: false },
  };
  for (const flag of flags) options[flag] = { type: 'boolean', default: false };
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
    const lang = values.lang;
    if (lang !== 'da' && lang !== 'en')
      throw new Error(`--lang must be da or en, not "${String(lang)}"`);
    const flagValues = Object.fromEntries(flags.map((f) => [f, values[f] === true]));
    return { lang, help: values.help === true, flags: flagValues, positionals };
  } catch (e) {
    io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
}
