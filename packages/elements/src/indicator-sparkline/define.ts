import { defineElement } from '../base/define-element.js';
import { SaIndicatorSparkline } from './indicator-sparkline.js';

defineElement('sa-indicator-sparkline', SaIndicatorSparkline);

declare global {
  interface HTMLElementTagNameMap {
    'sa-indicator-sparkline': SaIndicatorSparkline;
  }
}
