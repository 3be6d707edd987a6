export { SaElement, type ViewContext } from './base/sa-element.js';
export { SaLoadEvent, SaErrorEvent, SaToggleEvent } from './base/events.js';
export { agreementContext, type AgreementState, type LoadError } from './base/agreement-context.js';
export { clearAgreementCache } from './base/fetch-agreement.js';
export { SaIndicatorSparkline } from './indicator-sparkline/indicator-sparkline.js';
export { SaAgreement } from './agreement/agreement.js';
export { SaFocusAreaCard } from './focus-area-card/focus-area-card.js';
export { SaOverview } from './overview/overview.js';
