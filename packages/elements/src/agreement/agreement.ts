import { html, nothing } from 'lit';
import { SaDataElement } from '../base/data-element.js';
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
 * @fires {SaLoadEvent} sa-load - The agreement has loaded and validated.
 * @fires {SaErrorEvent} sa-error - It cannot be loaded; `detail.message` says why, in the element's language.
 * @csspart error - The error message.
 *
 * @cssprop [--sa-color-text=light-dark(#1a1a1a, #f1f3f5)] - Text (the widgets inside inherit it too).
 * @cssprop [--sa-color-surface=light-dark(#ffffff, #1b1e23)] - Background in dark mode.
 * @cssprop [--sa-color-subtle=light-dark(#f3f4f6, #262a31)] - The error message's background.
 * @cssprop [--sa-color-worsening=light-dark(#b42318, #ff8a80)] - The error message's edge.
 * @cssprop [--sa-radius=4px] - Corner radius of the error message.
 * @cssprop [--sa-font-family=inherit] - Font (inherits the page's).
 * @cssprop [--sa-font-size=inherit] - Base size.
 */
export class SaAgreement extends SaDataElement {
  static override styles = [baseStyles, styles];

  protected override get provides(): boolean {
    return true;
  }

  protected override render() {
    const source = this.dataSource.own;
    const lang = this.renderLang();
    if (source.status === 'ready') this.dataSource.report(source.agreement);
    if (source.status === 'error') this.dataSource.report(source.error.da, source.error[lang]);
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
