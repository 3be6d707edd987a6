// What a framework may set on each public element, in one place for the React and Vue typings.
import type { SaAgreement } from '../agreement/agreement.js';
import type { SaIndicatorSparkline } from '../indicator-sparkline/indicator-sparkline.js';
import type { SaFocusAreaCard } from '../focus-area-card/focus-area-card.js';
import type { SaOverview } from '../overview/overview.js';
import type { SaAreaComparison } from '../area-comparison/area-comparison.js';
import type { SaErrorEvent, SaLoadEvent, SaToggleEvent } from '../base/events.js';

/** Each public tag's class. */
export interface SaElementClasses {
  'sa-agreement': SaAgreement;
  'sa-indicator-sparkline': SaIndicatorSparkline;
  'sa-focus-area-card': SaFocusAreaCard;
  'sa-overview': SaOverview;
  'sa-area-comparison': SaAreaComparison;
}

type Common = 'data' | 'src' | 'timeout' | 'maxBytes' | 'lang';
type Widget = Common | 'area' | 'theme';

/** The properties of each tag (camelCase, set as properties by React 19 and by Vue's `.prop`). */
export interface SaElementProperties {
  'sa-agreement': Partial<Pick<SaAgreement, Common>>;
  'sa-indicator-sparkline': Partial<
    Pick<SaIndicatorSparkline, Widget | 'indicator' | 'hideName' | 'variant'>
  >;
  'sa-focus-area-card': Partial<
    Pick<
      SaFocusAreaCard,
      | Widget
      | 'focusArea'
      | 'headingLevel'
      | 'collapsible'
      | 'collapsed'
      | 'statusFilter'
      | 'highlight'
    >
  >;
  'sa-overview': Partial<
    Pick<
      SaOverview,
      Widget | 'headingLevel' | 'areaPicker' | 'view' | 'statusFilter' | 'nationalGoal'
    >
  >;
  'sa-area-comparison': Partial<Pick<SaAreaComparison, Widget | 'indicator' | 'order'>>;
}

interface CommonAttributes {
  src?: string;
  timeout?: number | string;
  'max-bytes'?: number | string;
}

/**
 * The attributes whose name differs from the property's (kebab-case): what server rendering writes, since
 * it cannot set properties.
 */
export interface SaElementAttributes {
  'sa-agreement': CommonAttributes;
  'sa-indicator-sparkline': CommonAttributes & { 'hide-name'?: boolean };
  'sa-focus-area-card': CommonAttributes & {
    'focus-area'?: string;
    'heading-level'?: number | string;
    'status-filter'?: string;
  };
  'sa-overview': CommonAttributes & {
    'heading-level'?: number | string;
    'area-picker'?: boolean;
    'status-filter'?: string;
    'national-goal'?: string;
  };
  'sa-area-comparison': CommonAttributes;
}

interface CommonEvents {
  'sa-load': SaLoadEvent;
  'sa-error': SaErrorEvent;
}

/** The events each tag fires, by name. */
export interface SaElementEvents {
  'sa-agreement': CommonEvents;
  'sa-indicator-sparkline': CommonEvents;
  'sa-focus-area-card': CommonEvents & { 'sa-toggle': SaToggleEvent };
  'sa-overview': CommonEvents;
  'sa-area-comparison': CommonEvents;
}
