import { readFile, stat } from 'node:fs/promises';
import { validateJson, type Agreement, type Lang } from '@sundhedsaftale/data';
import type { Io } from './command.js';

type Failure = { ok: false; message: Record<Lang, string> };
export type Source = { ok: true; text: string; bytes: number } | Failure;

/**
 * Files larger than this are refused, data files and workbooks alike: an agreement is well under 1 MB,
 * a sheet of indicator values a few MB.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** `n` bytes in MB with one decimal, as Danish (`5,3 MB`) or English (`5.3 MB`) writes it. */
export const megabytes = (n: number, lang: Lang) =>
  `${(Math.round(n / 1e5) / 10).toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK')} MB`;
const tooLarge = (n: number) =>
  failed(
    `er for stor (${megabytes(n, 'da')}; højst ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
    `is too large (${megabytes(n, 'en')}; at most ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
  );

/**
 * The text of a file path, an http(s) URL, or '-' for standard input; failures come back as messages.
 * The text must be UTF-8 (a byte order mark is allowed) and at most MAX_FILE_BYTES.
 */
export async function readSource(source: string): Promise<Source> {
  try {
    if (/^https?:\/\//i.test(source)) {
      const res = await fetch(source);
      if (!res.ok)
        return failed(
          `serveren svarede ${res.status} ${res.statusText}`,
          `the server answered ${res.status} ${res.statusText}`,
        );
      const declared = Number(res.headers.get('content-length'));
      if (declared > MAX_FILE_BYTES) return (void res.body?.cancel(), tooLarge(declared));
      // Node's web stream is async-iterable; the DOM typings do not say so.
      return decode(await readCapped((res.body ?? []) as unknown as AsyncIterable<Uint8Array>));
    }
    if (source === '-') return decode(await readCapped(process.stdin));
    const file = await readFileBytes(source);
    return file.ok ? decode(file.bytes) : file;
  } catch (e) {
    return readFailure(e);
  }
}

/** A local file's bytes, or why they are not read: a folder, too large, missing, no access. */
export async function readFileBytes(path: string): Promise<{ ok: true; bytes: Buffer } | Failure> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return failed('er en mappe, ikke en fil', 'is a directory, not a file');
    if (info.size > MAX_FILE_BYTES) return tooLarge(info.size);
    return { ok: true, bytes: await readFile(path) };
  } catch (e) {
    return readFailure(e);
  }
}

function readFailure(e: unknown): Failure {
  if (e instanceof TooLarge) return tooLarge(e.bytes);
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return failed('filen findes ikke', 'no such file');
  if (code === 'EISDIR') return failed('er en mappe, ikke en fil', 'is a directory, not a file');
  if (code === 'EACCES' || code === 'EPERM')
    return failed('kunne ikke læses: ingen adgang', 'could not be read: permission denied');
  const detail = e instanceof Error ? e.message : String(e);
  return failed(`kunne ikke læses: ${detail}`, `could not be read: ${detail}`);
}

const failed = (da: string, en: string): Failure => ({ ok: false, message: { da, en } });

class TooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`more than ${bytes} bytes`);
  }
}

/** The bytes of a stream, stopping once there are more than MAX_FILE_BYTES. */
async function readCapped(stream: AsyncIterable<Uint8Array | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.from(chunk);
    total += bytes.length;
    if (total > MAX_FILE_BYTES) throw new TooLarge(total);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** UTF-8 text, or a message that says how the bytes are not: empty, UTF-16, or another encoding. */
export function decode(bytes: Uint8Array): Source {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return failed(
      'er gemt som UTF-16; gem filen som UTF-8 (i Notesblok: Gem som … → Kodning: UTF-8)',
      'is saved as UTF-16; save the file as UTF-8',
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return failed(
      `er ikke UTF-8 (linje ${line}: byten 0x${hex} er ikke gyldig UTF-8, fx æ, ø eller å gemt som Windows-1252/Latin-1); gem filen som UTF-8`,
      `is not UTF-8 (line ${line}: the byte 0x${hex} is not valid UTF-8, e.g. æ, ø or å saved as Windows-1252/Latin-1); save the file as UTF-8`,
    );
  }
  if (!text.replace(/^\uFEFF/, '').trim())
    return failed(
      'er tom (ingen tegn, eller kun mellemrum)',
      'is empty (no characters, or only spaces)',
    );
  return { ok: true, text, bytes: bytes.length };
}

/** The index of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // Length of the sequence, and the range its second byte must be in (no overlongs, no surrogates).
    const [n, lo, hi] =
      c >= 0xc2 && c <= 0xdf
        ? [1, 0x80, 0xbf]
        : c === 0xe0
          ? [2, 0xa0, 0xbf]
          : c === 0xed
            ? [2, 0x80, 0x9f]
            : c >= 0xe1 && c <= 0xef
              ? [2, 0x80, 0xbf]
              : c === 0xf0
                ? [3, 0x90, 0xbf]
                : c === 0xf4
                  ? [3, 0x80, 0x8f]
                  : c >= 0xf1 && c <= 0xf3
                    ? [3, 0x80, 0xbf]
                    : [0, 0, 0];
    if (n === 0 || i + n >= b.length) return i;
    const second = b[i + 1] ?? -1;
    if (second < lo || second > hi) return i;
    for (let j = 2; j <= n; j++) if (((b[i + j] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}

/**
 * The valid agreement in `file` (a path, URL or '-'), or undefined after each problem went to standard
 * error as `file: message` or `file#pointer: message`.
 */
export async function readAgreement(
  file: string,
  lang: Lang,
  io: Io,
): Promise<Agreement | undefined> {
  const source = await readSource(file);
  if (!source.ok) return void io.stderr(`${file}: ${source.message[lang]}\n`);
  const result = validateJson(source.text);
  if (result.ok) return result.agreement;
  for (const e of result.errors)
    io.stderr(`${file}#${e.pointer}: ${lang === 'en' ? e.en : e.da}\n`);
  return undefined;
}
