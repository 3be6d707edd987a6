import { defineElement } from '../base/define-element.js';
import '../indicator-sparkline/define.js';
import { SaFocusAreaCard } from './focus-area-card.js';

defineElement('sa-focus-area-card', SaFocusAreaCard);

declare global {
  interface HTMLElementTagNameMap {
    'sa-focus-area-card': SaFocusAreaCard;
  }
}
