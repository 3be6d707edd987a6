import { defineElement } from '../base/define-element.js';
import { SaAgreement } from './agreement.js';

defineElement('sa-agreement', SaAgreement);

declare global {
  interface HTMLElementTagNameMap {
    'sa-agreement': SaAgreement;
  }
}
