import { defineElement } from '../base/define-element.js';
import { SaAreaComparison } from './area-comparison.js';

defineElement('sa-area-comparison', SaAreaComparison);

declare global {
  interface HTMLElementTagNameMap {
    'sa-area-comparison': SaAreaComparison;
  }
}
