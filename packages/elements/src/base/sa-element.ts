import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { validate, type Agreement, type Lang } from '@sundhedsaftale/data';
import {
  agreementContext,
  ContextRequestEvent,
  type AgreementState,
  type LoadError,
} from './agreement-context.js';
import { fetchAgreement, parseJsonText, type Loaded } from './fetch-agreement.js';
import { invalidDocument } from './load-errors.js';
import { resolveLang } from './lang.js';
import { messages, type Messages } from './messages.js';
import { SaErrorEvent, SaLoadEvent } from './events.js';
import { ViewError } from './view-error.js';
import { baseStyles } from './base.styles.js';

/**
 * Each document validated once per page: keyed by the object an element was given and by the validated
 * copy (which overview → card → sparkline pass on), so a thousand elements sharing one `.data` object
 * cost one validation, not a thousand copies.
 */
const states = new WeakMap<object, AgreementState>();

/** Validates a document once, remembering the result for every element given the same object. */
export function toAgreementState(doc: unknown): AgreementState {
  const key = doc !== null && typeof doc === 'object' ? doc : undefined;
  const known = key && states.get(key);
  if (known) return known;
  const result = validate(doc);
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
export function settle(
  loaded: Loaded,
  previous: AgreementState | undefined,
  fresh: boolean,
): AgreementState {
  if (loaded.ok) return readyState(loaded.agreement);
  return previous?.status === 'ready' && fresh
    ? { ...previous, stale: loaded.error }
    : { status: 'error', error: loaded.error };
}

/** The state of an agreement that came out of `validate()` elsewhere (a fetch), remembered as such. */
export function readyState(agreement: Agreement): AgreementState {
  const state: AgreementState = { status: 'ready', agreement };
  states.set(agreement, state);
  return state;
}

export interface ViewContext {
  lang: Lang;
  m: Messages;
}

const MAX_LISTED_ISSUES = 3;

/**
 * The base of every `sa-*` element: finds the data (property, `src`, inline JSON, ancestor
 * `<sa-agreement>`, in that order), renders the loading and error states, resolves the language and fires
 * `sa-load`/`sa-error`. Subclasses only render a valid agreement in `renderView()`.
 */
export abstract class SaElement extends LitElement {
  static override styles = [baseStyles];

  /** The agreement as a parsed object. Takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** URL of the agreement's JSON file. Fetched once per page however many elements use it. */
  @property() src?: string;

  /** Milliseconds to wait for `src` before giving up. */
  @property({ type: Number }) timeout = 10_000;

  /** Largest data file read from `src`, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 5_000_000;

  /** Area id (e.g. a municipality code, `751`): show its figures where the data has them. */
  @property({ reflect: true }) area?: string;

  /**
   * Colour theme: `auto` follows the reader's system, `light` and `dark` force one. The default is
   * reflected too: Lit's `useDefault` would save the attribute write but keeps a Map per element (0.09 MB
   * per 1,000 sparklines, measured) and saved no measurable time.
   */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** What the element's own data route (property, `src`, inline JSON) has produced. */
  @state() protected own: AgreementState = { status: 'idle' };

  #fetchController?: AbortController;
  #inlineDoc?: unknown;
  #outcome: { kind: 'ready'; key: unknown } | { kind: 'error'; message: string } | undefined;

  /** What the nearest `<sa-agreement>` provides, and how to stop listening to it. */
  @state() private provided?: AgreementState;
  #unsubscribe?: () => void;

  /** Asks the nearest `<sa-agreement>` for its data; it answers now and on every change. */
  requestProvider(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.dispatchEvent(
      new ContextRequestEvent(
        agreementContext,
        this,
        (value, unsubscribe) => {
          if (!this.isConnected) return unsubscribe();
          this.#unsubscribe = unsubscribe;
          this.provided = value;
        },
        true,
      ),
    );
  }

  /** The data state that wins: the element's own route, else the nearest `<sa-agreement>`. */
  protected get source(): AgreementState {
    if (this.own.status !== 'idle') return this.own;
    return this.provided ?? { status: 'idle' };
  }

  /** The language of the UI texts: `lang` here or on an ancestor, else Danish. */
  protected get uiLang(): Lang {
    return resolveLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The first update asks (see willUpdate); a reconnected element without its own data asks again.
    if (this.hasUpdated && this.own.status === 'idle') this.requestProvider();
    // A reconnected element whose fetch was aborted on disconnect loads again.
    if (this.src && this.data === undefined && this.own.status === 'loading') this.#loadSrc();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.provided = undefined;
    this.#fetchController?.abort();
    this.#fetchController = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || !this.hasUpdated) {
      this.#resolveOwn();
      // Only an element without data of its own looks for an <sa-agreement>: a thousand sparklines
      // given `.data` skip a thousand events through the page.
      if (this.own.status === 'idle' && !this.#unsubscribe && this.isConnected)
        this.requestProvider();
    }
  }

  #resolveOwn(): void {
    if (this.data !== undefined && this.data !== null) {
      this.#fetchController?.abort();
      this.own = toAgreementState(this.data);
    } else if (this.src) {
      this.#loadSrc();
    } else {
      this.#fetchController?.abort();
      this.own = this.#readInline();
    }
  }

  #readInline(): AgreementState {
    // Server rendering has no querySelector; its data comes by property.
    const script = this.querySelector?.(':scope > script[type="application/json"]');
    if (!script) return { status: 'idle' };
    try {
      this.#inlineDoc ??= parseJsonText(script.textContent ?? '');
    } catch {
      return {
        status: 'error',
        error: {
          da: 'Data i siden er ikke gyldig JSON.',
          en: 'The data in the page is not valid JSON.',
        },
      };
    }
    return toAgreementState(this.#inlineDoc);
  }

  /**
   * Fetches `src` again, bypassing caches. If that fails after a good load, the last good data stays, with
   * a note that it may be out of date.
   */
  refresh(): Promise<void> {
    return this.#loadSrc(true);
  }

  #loadSrc(fresh = false): Promise<void> {
    const src = this.src;
    if (!src) return Promise.resolve();
    this.#fetchController?.abort();
    const controller = new AbortController();
    this.#fetchController = controller;
    const previous = this.own.status === 'ready' ? this.own : undefined;
    if (!fresh || !previous) this.own = { status: 'loading' };
    const opts = { timeout: this.timeout, maxBytes: this.maxBytes };
    return fetchAgreement(src, opts, controller.signal, fresh).then(
      (loaded) => {
        // The last src wins: a slower answer for an older src is dropped.
        if (controller.signal.aborted || this.src !== src) return;
        this.own = settle(loaded, previous, fresh);
      },
      () => {},
    );
  }

  /**
   * One indicator as a compact `<sa-indicator-sparkline>` inside this element, with this element's
   * language, theme and area, and the already validated agreement (passing it on costs nothing).
   */
  protected renderIndicator(id: string, agreement: unknown, lang: Lang): TemplateResult {
    return html`<sa-indicator-sparkline
      variant="compact"
      indicator=${id}
      lang=${lang}
      theme=${this.theme}
      area=${this.area ?? nothing}
      .data=${agreement}
    ></sa-indicator-sparkline>`;
  }

  /**
   * Renders a valid agreement as one top element with `part="base"`. Throw `ViewError` when the data
   * lacks what the attributes ask for.
   */
  protected abstract renderView(agreement: Agreement, view: ViewContext): TemplateResult;

  protected override render(): TemplateResult {
    const lang = this.uiLang;
    const m = messages(lang);
    const source = this.source;
    this.#outcome = undefined;
    switch (source.status) {
      case 'loading':
      case 'idle':
        if (source.status === 'idle' && !this.#waitsForProvider()) {
          return this.#renderError(
            { da: messages('da').noSource, en: messages('en').noSource },
            lang,
          );
        }
        return html`<div class="state" part="base" aria-busy="true">
          <span class="visually-hidden" role="status">${m.loading}</span>
          <div class="skeleton" part="skeleton"></div>
        </div>`;
      case 'error':
        // An <sa-agreement> announces its own failure once; its children only show it.
        return this.#renderError(source.error, lang, this.own.status !== 'idle');
      case 'ready':
        try {
          const view = this.renderView(source.agreement, { lang, m });
          this.#outcome = { kind: 'ready', key: source.agreement };
          // The view is the shadow root's top element itself (no wrapper template: a page of a thousand
          // sparklines would clone a thousand more); a stale note goes before it.
          return source.stale
            ? html`<p class="stale" part="stale" role="status">
                  ${source.stale[lang]} ${m.mayBeOutdated}
                </p>
                ${view}`
            : view;
        } catch (error) {
          const describe = error instanceof ViewError ? error.describe : undefined;
          return this.#renderError(
            describe
              ? { da: describe(messages('da')), en: describe(messages('en')) }
              : {
                  da: 'Der opstod en uventet fejl, da data skulle vises.',
                  en: 'An unexpected error occurred while showing the data.',
                },
            lang,
          );
        }
    }
  }

  /** Inside an `<sa-agreement>` (or one not yet upgraded), idle means "waiting", not "no data". */
  #waitsForProvider(): boolean {
    return this.closest?.('sa-agreement') != null;
  }

  #renderError(error: LoadError, lang: Lang, announce = true): TemplateResult {
    const message = error[lang];
    this.#outcome = { kind: 'error', message };
    const issues = error.issues ?? [];
    const listed = issues.slice(0, MAX_LISTED_ISSUES);
    const m = messages(lang);
    return html`<div class="error" part="error base" role=${announce ? 'alert' : nothing}>
      <p class="error-message">${message}</p>
      ${
        listed.length
          ? html`<ul class="issues">
              ${listed.map(
                (issue) =>
                  html`<li>
                    <code>${issue.pointer || '/'}</code>: ${lang === 'en' ? issue.en : issue.da}
                  </li>`,
              )}
              ${
                issues.length > listed.length
                  ? html`<li>${m.andMore(issues.length - listed.length)}</li>`
                  : nothing
              }
            </ul>`
          : nothing
      }
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const outcome = this.#outcome;
    if (!outcome) return;
    // Each outcome is reported once; a re-render of the same data is not a new load.
    const key = outcome.kind === 'ready' ? outcome.key : outcome.message;
    if (key === this.#reportedKey) return;
    this.#reportedKey = key;
    this.dispatchEvent(
      outcome.kind === 'ready' ? new SaLoadEvent() : new SaErrorEvent(outcome.message),
    );
  }

  #reportedKey: unknown;
}
