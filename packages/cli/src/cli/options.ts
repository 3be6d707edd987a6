import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '@sundhedsaftale/data';
import type { Io } from './command.js';

export interface Options {
  lang: Lang;
  help: boolean;
  flags: Record<string, boolean>;
  strings: Record<string, string | undefined>;
  positionals: string[];
}

/**
 * Like parse() in command.ts, with options that take a value (`--into file`) besides boolean flags.
 * On misuse writes the reason to stderr and returns null.
 */
export function parseOptions(
  args: string[],
  flags: string[],
  strings: string[],
  io: Io,
): Options | null {
  const options: NonNullable<ParseArgsConfig['options']> = {
    lang: { type: 'string', default: 'da' },
    help: { type: 'boolean', short: 'h', default: false },
  };
  for (const flag of flags) options[flag] = { type: 'boolean', default: false };
  for (const name of strings) options[name] = { type: 'string' };
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
    return {
      lang,
      help: values.help === true,
      flags: Object.fromEntries(flags.map((f) => [f, values[f] === true])),
      strings: Object.fromEntries(
        strings.map((s) => [s, typeof values[s] === 'string' ? (values[s] as string) : undefined]),
      ),
      positionals,
    };
  } catch (e) {
    io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
}
