import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AgreementProvider, type AgreementState } from '../base/agreement-context.js';
import { fetchAgreement } from '../base/fetch-agreement.js';
import { settle, toAgreementState } from '../base/sa-element.js';
import { resolveLang } from '../base/lang.js';
import { messages } from '../base/messages.js';
import { SaErrorEvent, SaLoadEvent } from '../base/events.js';
import { baseStyles } from '../base/base.styles.js';
import { styles } from './agreement.styles.js';

/**
 * Loads one agreement and provides it to every `sa-*` element inside it, so a page with several widgets
 * fetches its data file once. Shows nothing itself but its children, and an error when the file fails.
 *
 * @tag sa-agreement
 * @summary Shares one data file with the widgets inside it.
 * @status experimental
 * @since 0.1.0
 *
 * @slot - The widgets that use this agreement.
 * @fires sa-load - The agreement has loaded and validated.
 * @fires sa-error - It cannot be loaded; `detail.message` says why, in the element's language.
 * @csspart error - The error message.
 */
export class SaAgreement extends LitElement {
  static override styles = [baseStyles, styles];

  /** URL of the agreement's JSON file. */
  @property() src?: string;

  /** The agreement as a parsed object; takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Milliseconds to wait for `src` before giving up. */
  @property({ type: Number }) timeout = 10_000;

  /** Largest data file read from `src`, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 5_000_000;

  @state() private current: AgreementState = { status: 'idle' };

  readonly #provider = new AgreementProvider(this, { status: 'idle' });
  #controller?: AbortController;
  #reportedKey: unknown;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
    this.#controller = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Widgets that were upgraded before this element (their tags defined first) ask again now.
    for (const el of this.querySelectorAll('*'))
      (el as { requestProvider?: () => void }).requestProvider?.();
    if (this.hasUpdated && this.current.status === 'loading') this.#load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) this.#load();
  }

  /**
   * Fetches `src` again, bypassing caches, for every widget inside. If that fails after a good load, the
   * widgets keep the last good data and say it may be out of date.
   */
  refresh(): Promise<void> {
    return this.#load(true);
  }

  #load(fresh = false): Promise<void> {
    this.#controller?.abort();
    if (this.data !== undefined && this.data !== null) {
      this.#set(toAgreementState(this.data));
      return Promise.resolve();
    }
    const src = this.src;
    if (!src) {
      this.#set({ status: 'idle' });
      return Promise.resolve();
    }
    const controller = new AbortController();
    this.#controller = controller;
    const previous = this.current.status === 'ready' ? this.current : undefined;
    if (!fresh || !previous) this.#set({ status: 'loading' });
    const opts = { timeout: this.timeout, maxBytes: this.maxBytes };
    return fetchAgreement(src, opts, controller.signal, fresh).then(
      (loaded) => {
        if (controller.signal.aborted || this.src !== src) return;
        this.#set(settle(loaded, previous, fresh));
      },
      () => {},
    );
  }

  #set(next: AgreementState): void {
    this.current = next;
    this.#provider.set(next);
  }

  protected override render() {
    const source = this.current;
    const lang = resolveLang(this);
    return html`${
        source.status === 'error'
          ? html`<div class="error" part="error" role="alert">
              <p class="error-message">${source.error[lang]}</p>
            </div>`
          : nothing
      }
      <div aria-busy=${source.status === 'loading' ? 'true' : 'false'}>
        <slot></slot>
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const source = this.current;
    const lang = resolveLang(this);
    const key =
      source.status === 'ready'
        ? source.agreement
        : source.status === 'error'
          ? source.error
          : null;
    if (key === null || key === this.#reportedKey) return;
    this.#reportedKey = key;
    this.dispatchEvent(
      source.status === 'ready'
        ? new SaLoadEvent()
        : new SaErrorEvent(source.status === 'error' ? source.error[lang] : messages(lang).noData),
    );
  }
}
