export type * from './types.js';
export { text } from './text.js';
export {
  validate,
  validateErrorsOnly,
  validateJson,
  SCHEMA_VERSION,
  MAX_DEPTH,
  MAX_VALUES,
  MAX_ISSUES,
  type ValidationResult,
  type ValidateOptions,
  type ValidationIssue,
  type IssueCode,
} from './validate.js';
export {
  parsePeriod,
  comparePeriods,
  formatPeriod,
  PERIOD_PATTERN,
  type Period,
} from './period.js';
export { formatNumber, formatValue, formatChange, decimalsFor, NO_VALUE } from './format.js';
export { seriesFor, type AreaSeries } from './series.js';
export { byId } from './lookup.js';
export {
  summarize,
  status,
  describe,
  statusCounts,
  statusBasis,
  statusText,
  STATUSES,
  DEFAULT_STABLE_WITHIN,
  type Status,
  type IndicatorSummary,
} from './derive.js';
export {
  label,
  labelIn,
  STATUS_LABELS,
  STAGE_LABELS,
  FREQUENCY_LABELS,
  DIRECTION_LABELS,
  INITIATIVE_LABELS,
  AREA_KIND_LABELS,
  REPORT_LABELS,
  STATE_LABELS,
  type LabelKind,
} from './labels.js';
export { safeUrl, URL_PATTERN } from './url.js';
export {
  STAGES,
  DIRECTIONS,
  FREQUENCIES,
  INDICATOR_STATES,
  AREA_KINDS,
  INITIATIVE_STATUSES,
  STATUS_REPORT_KINDS,
  LANGS,
} from './enums.js';
export {
  indicatorRows,
  indicatorsForNationalGoal,
  filterByStatus,
  sortIndicators,
  SORT_KEYS,
  type IndicatorRow,
  type Placement,
  type SortKey,
  type SortOrder,
} from './rows.js';
export {
  statements,
  hasIllustrative,
  seriesIllustrative,
  targetIllustrative,
  nationalGoalLinkIllustrative,
  alsoNationalIllustrative,
  factIllustrative,
  initiativeIllustrative,
  type Statement,
  type StatementKind,
} from './provenance.js';
export { asOf, previousPeriod, valuesSince } from './follow-up.js';
export {
  compareAreas,
  hasAreaData,
  type AreaComparison,
  type ComparisonRow,
  type ComparisonOrder,
} from './compare.js';
