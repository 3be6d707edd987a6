import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DataSource } from '../base/data-source.js';
import { followLang, resolveLang, unfollowLang } from '../base/lang.js';
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

  /** The agreement as a parsed object; takes precedence over `src`. Treated as immutable. */
  @property({ attribute: false }) data?: unknown;

  /** Milliseconds to wait for `src` before giving up. */
  @property({ type: Number }) timeout = 10_000;

  /** Largest data file read from `src`, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 5_000_000;

  readonly #source = new DataSource(this, true);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLang(this);
  }

  protected override willUpdate(): void {
    this.#source.sync();
  }

  /**
   * Fetches `src` again, bypassing caches, for every widget inside. If that fails after a good load, the
   * widgets keep the last good data and say it may be out of date.
   */
  refresh(): Promise<void> {
    return this.#source.refresh();
  }

  protected override render() {
    const source = this.#source.own;
    const lang = resolveLang(this);
    followLang(this, lang);
    if (source.status === 'ready') this.#source.report(source.agreement);
    if (source.status === 'error') this.#source.report(source.error.da, source.error[lang]);
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
}
