import { validateErrorsOnly, type Agreement } from '@sundhedsaftale/data';
import type { LoadError } from './agreement-context.js';
import { invalidDocument } from './load-errors.js';

export interface FetchOptions {
  /** Milliseconds to wait for each attempt. */
  timeout: number;
  /** Largest body read, in bytes. */
  maxBytes: number;
  /** Bypass the HTTP cache too (a refresh). */
  fresh?: boolean;
}

export type Loaded = { ok: true; agreement: Agreement } | { ok: false; error: LoadError };

type Failure =
  | { kind: 'http'; status: number }
  | { kind: 'html' | 'json' | 'timeout' | 'too-large' | 'network' };

class FetchFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind);
  }
}

const RETRIES = 2;
const BACKOFF_MS = 400;

const statusText: Record<number, [string, string]> = {
  400: ['Ugyldig forespørgsel', 'Bad request'],
  401: ['Kræver login', 'Login required'],
  403: ['Adgang nægtet', 'Forbidden'],
  404: ['Ikke fundet', 'Not found'],
  408: ['Tidsgrænse overskredet', 'Request timeout'],
  410: ['Fjernet', 'Gone'],
  429: ['For mange forespørgsler', 'Too many requests'],
  500: ['Serverfejl', 'Server error'],
  502: ['Fejl i gateway', 'Bad gateway'],
  503: ['Tjenesten er ikke tilgængelig', 'Service unavailable'],
  504: ['Gateway svarede ikke i tide', 'Gateway timeout'],
};

/**
 * The file to name in messages, so an editor can tell which file is wrong: host and path
 * (`data.example.dk/sundhedsaftale/aftale.json`), never the query string, fragment or credentials, which
 * may hold a token.
 */
export function fileOf(url: string): string {
  try {
    const { protocol, host, pathname } = new URL(url, document.baseURI);
    // A data: or blob: URL has no host, and its "path" is the document itself.
    return host ? host + pathname : protocol;
  } catch {
    return url.replace(/[?#].*|^.*@/s, '');
  }
}

/** Why a file could not be used: the Danish and English text after "… data fra <file>". */
function reason(failure: Failure, { timeout, maxBytes }: FetchOptions): [string, string] {
  const s = Math.round(timeout / 100) / 10;
  const mb = Math.round(maxBytes / 1e5) / 10;
  const comma = (n: number) => String(n).replace('.', ',');
  switch (failure.kind) {
    case 'http': {
      const [da, en] = statusText[failure.status] ?? ['Fejl', 'Error'];
      return [` (${failure.status} ${da})`, ` (${failure.status} ${en})`];
    }
    case 'html':
      return [
        ': serveren sendte en HTML-side i stedet for JSON-data',
        ': the server sent an HTML page instead of JSON data',
      ];
    case 'json':
      return [': filen er ikke gyldig JSON', ': the file is not valid JSON'];
    case 'timeout':
      return [
        `: serveren svarede ikke inden for ${comma(s)} sekunder`,
        `: the server did not answer within ${s} seconds`,
      ];
    case 'too-large':
      return [
        `: filen er for stor (over ${comma(mb)} MB)`,
        `: the file is too large (over ${mb} MB)`,
      ];
    case 'network':
      return [
        ': ingen forbindelse, eller serveren tillader ikke adgang fra denne side (CORS)',
        ': no connection, or the server does not allow access from this page (CORS)',
      ];
  }
}

function describeFailure(failure: Failure, url: string, opts: FetchOptions): LoadError {
  const file = fileOf(url);
  const [da, en] = reason(failure, opts);
  return {
    da: `Kunne ikke hente data fra ${file}${da}.`,
    en: `Could not load data from ${file}${en}.`,
  };
}

/** Resolves after `ms`, or at once on abort (the signal is the load's own, so its listener dies with it). */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new FetchFailure({ kind: 'too-large' });
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    // Stop reading as soon as the cap is passed: a huge body without Content-Length must not fill memory.
    if (total > maxBytes) {
      void reader.cancel().catch(() => {});
      throw new FetchFailure({ kind: 'too-large' });
    }
    chunks.push(value);
  }
  return new Blob(chunks).text(); // UTF-8, without a BOM
}

/** Parses a JSON text the way every route does: an HTML page gets its own message. */
export function parseJsonText(body: string): unknown {
  const text = body.trim();
  if (text.startsWith('<')) throw new FetchFailure({ kind: 'html' });
  try {
    return JSON.parse(text);
  } catch {
    throw new FetchFailure({ kind: 'json' });
  }
}

async function attempt(url: string, opts: FetchOptions, signal: AbortSignal): Promise<unknown> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeout);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      headers: { accept: 'application/json' },
      cache: opts.fresh ? 'no-cache' : 'default',
      signal: controller.signal,
    });
    if (!response.ok) throw new FetchFailure({ kind: 'http', status: response.status });
    if (/\bhtml\b/i.test(response.headers.get('content-type') ?? '')) {
      throw new FetchFailure({ kind: 'html' });
    }
    return parseJsonText(await readCapped(response, opts.maxBytes));
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    if (timedOut) throw new FetchFailure({ kind: 'timeout' });
    if (signal.aborted) throw error;
    throw new FetchFailure({ kind: 'network' });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

const retryable = (f: Failure) => f.kind === 'network' || (f.kind === 'http' && f.status >= 500);

async function load(url: string, opts: FetchOptions, signal: AbortSignal): Promise<Loaded> {
  for (let tries = 0; ; tries++) {
    try {
      // Just parsed, held by nobody else: checked in place, not copied.
      const result = validateErrorsOnly(await attempt(url, opts, signal), { inPlace: true });
      return result.ok
        ? { ok: true, agreement: result.agreement }
        : { ok: false, error: invalidDocument(result.errors, fileOf(url)) };
    } catch (error) {
      if (signal.aborted || !(error instanceof FetchFailure)) throw error;
      if (tries >= RETRIES || !retryable(error.failure)) {
        return { ok: false, error: describeFailure(error.failure, url, opts) };
      }
      await wait(BACKOFF_MS * 2 ** tries, signal);
      if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
    }
  }
}

interface Entry {
  promise: Promise<Loaded>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

/** One fetch per URL per page, shared by every element that asks, including those asking at once. */
const cache = new Map<string, Entry>();

/**
 * Loads and validates the agreement at `url`. The result is shared; a caller that aborts stops waiting,
 * and the request itself is cancelled when nobody waits for it any more. Never rejects except on abort.
 */
export function fetchAgreement(
  url: string,
  opts: FetchOptions,
  signal: AbortSignal,
  fresh = false,
): Promise<Loaded> {
  let key = url;
  try {
    key = new URL(url, document.baseURI).href;
  } catch {
    // Not a URL: fetch() rejects it, and the element says so.
  }
  let entry = cache.get(key);
  // A refresh asks the server again, unless a request for this file is already under way.
  if (fresh && entry?.settled) {
    cache.delete(key);
    entry = undefined;
  }
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = {
      controller,
      users: 0,
      settled: false,
      promise: Promise.resolve() as never,
    };
    created.promise = load(key, { ...opts, fresh }, controller.signal).then(
      (loaded) => {
        created.settled = true;
        // Failures are not kept: the next element (or a retry) asks again.
        if (!loaded.ok && cache.get(key) === created) cache.delete(key);
        return loaded;
      },
      (error: unknown) => {
        created.settled = true;
        if (cache.get(key) === created) cache.delete(key);
        throw error;
      },
    );
    created.promise.catch(() => {});
    cache.set(key, created);
    entry = created;
  }
  const shared = entry;
  shared.users += 1;
  return new Promise<Loaded>((resolve, reject) => {
    const leave = () => {
      shared.users -= 1;
      if (shared.users === 0 && !shared.settled) {
        shared.controller.abort();
        if (cache.get(key) === shared) cache.delete(key);
      }
      reject(new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    shared.promise.then(
      (loaded) => {
        signal.removeEventListener('abort', leave);
        shared.users -= 1;
        resolve(loaded);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}

/** Forgets every cached file (tests, and a page that wants fresh data). */
export function clearAgreementCache(): void {
  cache.clear();
}

export { FetchFailure };
