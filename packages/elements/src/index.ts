export { SaElement, type ViewContext } from './base/sa-element.js';
export { SaLoadEvent, SaErrorEvent, SaToggleEvent } from './base/events.js';
export { agreementContext, type AgreementState, type LoadError } from './base/agreement-context.js';
export { clearAgreementCache } from './base/fetch-agreement.js';
export { SaIndicatorSparkline } from './indicator-sparkline/indicator-sparkline.js';
export { SaAgreement } from './agreement/agreement.js';
export { SaFocusAreaCard } from './focus-area-card/focus-area-card.js';
export { SaOverview } from './overview/overview.js';
export { SaAreaComparison } from './area-comparison/area-comparison.js';
export type {
  SaElementAttributes,
  SaElementClasses,
  SaElementEvents,
  SaElementProperties,
} from './frameworks/element-types.js';

import type { SaAgreement } from './agreement/agreement.js';
import type { SaIndicatorSparkline } from './indicator-sparkline/indicator-sparkline.js';
import type { SaFocusAreaCard } from './focus-area-card/focus-area-card.js';
import type { SaOverview } from './overview/overview.js';
import type { SaAreaComparison } from './area-comparison/area-comparison.js';

// The tags, typed for `document.createElement()` and `querySelector()` by the package's main types too
// (each define file declares its own tag as well).
declare global {
  interface HTMLElementTagNameMap {
    'sa-agreement': SaAgreement;
    'sa-indicator-sparkline': SaIndicatorSparkline;
    'sa-focus-area-card': SaFocusAreaCard;
    'sa-overview': SaOverview;
    'sa-area-comparison': SaAreaComparison;
  }
}
