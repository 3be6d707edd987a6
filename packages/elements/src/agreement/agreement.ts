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
 * @fires sa-load - The agreement has loaded and validated.
 * @fires sa-error - It cannot be loaded; `detail.message` says why, in the element's language.
 * @csspart error - The error message.
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
