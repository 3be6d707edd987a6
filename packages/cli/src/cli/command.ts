import type { Lang } from '@sundhedsaftale/data';
import { parseOptions } from './options.js';

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
  return parseOptions(args, flags, [], io);
}
