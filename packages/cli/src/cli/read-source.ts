import { readFile } from 'node:fs/promises';
import { validateJson, type Agreement, type Lang } from '@sundhedsaftale/data';
import type { Io } from './command.js';

export type Source = { ok: true; text: string } | { ok: false; message: Record<Lang, string> };

/** The text of a file path, an http(s) URL, or '-' for standard input; failures come back as messages. */
export async function readSource(source: string): Promise<Source> {
  try {
    if (/^https?:\/\//i.test(source)) {
      const res = await fetch(source);
      if (!res.ok)
        return failed(
          `serveren svarede ${res.status} ${res.statusText}`,
          `the server answered ${res.status} ${res.statusText}`,
        );
      return { ok: true, text: await res.text() };
    }
    if (source === '-') return { ok: true, text: await readStream(process.stdin) };
    return { ok: true, text: await readFile(source, 'utf8') };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') return failed('filen findes ikke', 'no such file');
    if (code === 'EISDIR') return failed('er en mappe, ikke en fil', 'is a directory, not a file');
    const detail = e instanceof Error ? e.message : String(e);
    return failed(`kunne ikke læses: ${detail}`, `could not be read: ${detail}`);
  }
}

const failed = (da: string, en: string): Source => ({ ok: false, message: { da, en } });

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
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
