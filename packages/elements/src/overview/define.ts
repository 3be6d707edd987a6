import { defineElement } from '../base/define-element.js';
import '../indicator-sparkline/define.js';
import '../focus-area-card/define.js';
import { SaOverview } from './overview.js';

defineElement('sa-overview', SaOverview);

declare global {
  interface HTMLElementTagNameMap {
    'sa-overview': SaOverview;
  }
}
