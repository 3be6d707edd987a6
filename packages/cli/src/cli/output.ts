/**
 * Where the commands write: one check that an output path is neither an input nor a folder, and one
 * write that creates missing folders and never leaves half a file. Messages in both languages.
 */
import { mkdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Lang } from '@sundhedsaftale/data';

/** True for what is not a local file: an http(s) URL or '-' (standard input or output). */
export const isStream = (path: string) => path === '-' || /^https?:\/\//i.test(path);

/** The path with symbolic links resolved where it exists, else just absolute. */
const canonical = (path: string) => realpath(path).catch(() => resolve(path));

/** A file the command reads, or writes under another option (`as`, e.g. `--out`). */
export interface OtherFile {
  path: string;
  as?: string;
}

/**
 * Why `out` (given with `option`, e.g. `--out`) must not be written, or undefined when it may: it is
 * one of the `others` (an input the command reads, or another output), or an existing folder.
 */
export async function outputProblem(
  option: string,
  out: string,
  others: readonly (string | OtherFile)[],
): Promise<Record<Lang, string> | undefined> {
  if (isStream(out)) return undefined;
  const target = await canonical(out);
  for (const other of others) {
    const { path, as } = typeof other === 'string' ? { path: other, as: undefined } : other;
    if (isStream(path) || (await canonical(path)) !== target) continue;
    return as
      ? {
          da: `${option} ${out}: er samme fil som ${as}; vælg et andet filnavn`,
          en: `${option} ${out}: is the same file as ${as}; choose another file name`,
        }
      : {
          da: `${option} ${out}: er også en fil, der læses, og ville blive overskrevet; vælg et andet filnavn`,
          en: `${option} ${out}: is also a file being read and would be overwritten; choose another file name`,
        };
  }
  if ((await stat(out).catch(() => undefined))?.isDirectory())
    return {
      da: `${option} ${out}: er en mappe; angiv et filnavn, fx ${out.replace(/[/\\]+$/, '')}/fil`,
      en: `${option} ${out}: is a folder; give a file name, e.g. ${out.replace(/[/\\]+$/, '')}/file`,
    };
  return undefined;
}

/** A write error as words a user can act on. */
export function writeError(e: unknown): Record<Lang, string> {
  const code = (e as { code?: string }).code;
  const detail = e instanceof Error ? e.message : String(e);
  const known: Record<string, Record<Lang, string>> = {
    EACCES: { da: 'ingen adgang til at skrive her', en: 'no permission to write here' },
    EPERM: { da: 'ingen adgang til at skrive her', en: 'no permission to write here' },
    EROFS: { da: 'drevet er skrivebeskyttet', en: 'the drive is read-only' },
    ENOSPC: { da: 'disken er fuld', en: 'the disk is full' },
    ENOTDIR: {
      da: 'en del af stien er en fil, ikke en mappe',
      en: 'part of the path is a file, not a folder',
    },
    EEXIST: {
      da: 'en del af stien er en fil, ikke en mappe',
      en: 'part of the path is a file, not a folder',
    },
    EISDIR: { da: 'er en mappe', en: 'is a folder' },
  };
  return (code && known[code]) || { da: detail, en: detail };
}

/**
 * Writes `data` to `path`: creates missing folders, and writes through a temporary file renamed into
 * place, so a failed write never leaves half a file (or half of the file that was there).
 */
export async function writeOutput(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
