import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validateErrorsOnly } from '@sundhedsaftale/data';
import { agreementContext, ContextRequestEvent, type AgreementState } from './agreement-context.js';
import { fetchAgreement, parseJsonText, type Loaded } from './fetch-agreement.js';
import { invalidDocument } from './load-errors.js';
import { SaErrorEvent, SaLoadEvent } from './events.js';

/**
 * Each document validated once per page: keyed by the object an element was given and by the validated
 * copy (which overview → card → sparkline pass on), so a thousand elements sharing one `.data` object
 * cost one validation, not a thousand copies. This is why `.data` is treated as immutable: a new object
 * is a new document, the same object is the same document (docs/developers.md, "Passing data").
 */
const states = new WeakMap<object, AgreementState>();

/**
 * Validates a document once, remembering the result for every element given the same object; in place
 * for a document this module parsed itself (see ValidateOptions).
 */
function toAgreementState(doc: unknown, inPlace?: boolean): AgreementState {
  const key = doc !== null && typeof doc === 'object' ? doc : undefined;
  const known = key && states.get(key);
  if (known) return known;
  const result = validateErrorsOnly(doc, { inPlace });
  const state: AgreementState = result.ok
    ? { status: 'ready', agreement: result.agreement }
    : { status: 'error', error: invalidDocument(result.errors) };
  if (key) states.set(key, state);
  if (result.ok) states.set(result.agreement, state);
  return state;
}

/**
 * The state a finished fetch leads to. A refresh that fails after a good load keeps the last good data,
 * marked stale; any other failure is the error state.
 */
function settle(loaded: Loaded, previous: Ready | undefined): AgreementState {
  if (!loaded.ok)
    return previous
      ? { ...previous, stale: loaded.error }
      : { status: 'error', error: loaded.error };
  // Validated by the fetch: remembered as such, for the elements it is passed on to.
  const state: AgreementState = { status: 'ready', agreement: loaded.agreement };
  states.set(loaded.agreement, state);
  return state;
}

type Ready = Extract<AgreementState, { status: 'ready' }>;

/** What an element with a data source has: its data routes as properties, and Lit's update cycle. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string | undefined;
  timeout: number;
  maxBytes: number;
}

const IDLE: AgreementState = { status: 'idle' };

type Callback = ContextRequestEvent['callback'];

/**
 * Where an element's agreement comes from, and what became of it. In order: the `data` property, the
 * `src` attribute (one shared fetch per URL per page; the last `src` wins; aborted on disconnect, with a
 * timeout), an inline `<script type="application/json">` child, the nearest ancestor `<sa-agreement>`.
 * A provider (`<sa-agreement>`) skips the last two and passes its state on to the elements inside it.
 * It also fires `sa-load` or `sa-error` once per outcome the host reports while rendering.
 *
 * @internal
 */
export class DataSource implements ReactiveController {
  /** What the host's own routes (property, `src`, inline JSON) have produced. */
  own: AgreementState = IDLE;
  /** What the nearest `<sa-agreement>` provides (consumers only). */
  provided?: AgreementState;

  readonly #host: DataSourceHost;
  /** A provider's subscribers: the elements inside it that have no data of their own. */
  readonly #provider?: Set<Callback>;
  #data: unknown = IDLE; // never a host's data: the first sync resolves

  #src?: string | undefined;
  #fetch?: AbortController;
  #inline?: unknown;
  #unsubscribe?: (() => void) | undefined;
  /** The last outcome the host reported, and the last one announced by an event. */
  #key: unknown;
  #message?: string | undefined;
  #reported: unknown;

  constructor(host: DataSourceHost, provide = false) {
    this.#host = host;
    if (provide) {
      const subscribers = (this.#provider = new Set());
      host.addEventListener('context-request', (event) => {
        if (event.context !== agreementContext || event.contextTarget === host) return;
        event.stopPropagation();
        const { callback } = event;
        if (event.subscribe) subscribers.add(callback);
        callback(this.own, () => subscribers.delete(callback));
      });
    }
    host.addController(this);
  }

  /** The state that wins: the host's own route, else the nearest `<sa-agreement>`. */
  get state(): AgreementState {
    return this.own.status !== 'idle' ? this.own : (this.provided ?? IDLE);
  }

  hostConnected(): void {
    const host = this.#host;
    if (this.#provider) {
      // Widgets upgraded before this provider (their tags defined first) ask again now.
      for (const el of host.querySelectorAll('*'))
        (el as { dataSource?: DataSource }).dataSource?.requestProvider();
    } else if (this.#data !== IDLE && this.own.status === 'idle') this.requestProvider();
    // A reconnected element whose fetch was aborted on disconnect loads again.
    if (this.own.status === 'loading' && this.#src) void this.#load();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.provided = undefined;
    this.#fetch?.abort();
  }

  /**
   * Follows a new `data` or `src`. The host calls it from `willUpdate()`, not the controller's
   * `hostUpdate()`: server rendering calls only the former.
   */
  sync(): void {
    const host = this.#host;
    if (host.data !== this.#data || host.src !== this.#src) {
      this.#data = host.data;
      this.#src = host.src;
      this.#resolve();
      // Only an element without data of its own looks for an <sa-agreement>: a thousand sparklines
      // given `.data` skip a thousand events through the page.
      if (!this.#provider && this.own.status === 'idle' && !this.#unsubscribe && host.isConnected)
        this.requestProvider();
    }
  }

  #resolve(): void {
    const data = this.#data;
    if (data !== undefined && data !== null) {
      this.#fetch?.abort();
      this.#set(toAgreementState(data));
    } else if (this.#src) void this.#load();
    else {
      this.#fetch?.abort();
      this.#set(this.#provider ? IDLE : this.#readInline());
    }
  }

  #readInline(): AgreementState {
    // Server rendering has no querySelector; its data comes by property.
    const script = this.#host.querySelector?.(':scope > script[type="application/json"]');
    if (!script) return IDLE;
    try {
      this.#inline ??= parseJsonText(script.textContent ?? '');
    } catch {
      return {
        status: 'error',
        error: {
          da: 'Data i siden er ikke gyldig JSON.',
          en: 'The data in the page is not valid JSON.',
        },
      };
    }
    return toAgreementState(this.#inline, true);
  }

  /** Fetches `src` again, bypassing caches; a failure after a good load keeps the data, marked stale. */
  refresh(): Promise<void> {
    return this.#load(true);
  }

  #load(fresh = false): Promise<void> {
    const src = this.#src;
    if (!src) return Promise.resolve();
    this.#fetch?.abort();
    const controller = new AbortController();
    this.#fetch = controller;
    const previous = fresh && this.own.status === 'ready' ? this.own : undefined;
    if (!previous) this.#set({ status: 'loading' });
    const { timeout, maxBytes } = this.#host;
    return fetchAgreement(src, { timeout, maxBytes }, controller.signal, fresh).then(
      (loaded) => {
        // The last src wins: a slower answer for an older src is dropped.
        if (!controller.signal.aborted && this.#src === src) this.#set(settle(loaded, previous));
      },
      () => {},
    );
  }

  #set(next: AgreementState): void {
    this.own = next;
    for (const callback of this.#provider ?? [])
      callback(next, () => this.#provider!.delete(callback));
    this.#host.requestUpdate();
  }

  /** Asks the nearest `<sa-agreement>` for its data; it answers now and on every change. */
  requestProvider(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    const host = this.#host;
    host.dispatchEvent(
      new ContextRequestEvent(
        agreementContext,
        host,
        (value, unsubscribe) => {
          if (!host.isConnected) return unsubscribe();
          this.#unsubscribe = unsubscribe;
          this.provided = value;
          host.requestUpdate();
        },
        true,
      ),
    );
  }

  /**
   * What the host's render showed: data (`key` is the agreement) or an error (`key` names it in a
   * language-independent way, `message` says it in the host's language). Reported once per key after the
   * update, so a re-render of the same outcome, or the same error in another language, is no new event.
   */
  report(key: unknown, message?: string): void {
    this.#key = key;
    this.#message = message;
  }

  hostUpdated(): void {
    if (this.#key === this.#reported) return;
    this.#reported = this.#key;
    this.#host.dispatchEvent(
      this.#message === undefined ? new SaLoadEvent() : new SaErrorEvent(this.#message),
    );
  }
}
