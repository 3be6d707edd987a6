/**
 * The contract's enumerations as values, so `validate()` and the schema sync test share one list.
 * `satisfies` and `EnumListsAreComplete` fail the build when a list and its type in `types.ts`
 * drift apart; plain literals (no helper call) keep unused lists tree-shakeable.
 */
import type {
  AreaKind,
  DesiredDirection,
  Frequency,
  IndicatorState,
  InitiativeStatus,
  Lang,
  Stage,
  StatusReportKind,
} from './types.js';

export const STAGES = [
  'proposal',
  'consultation',
  'adopted',
  'discussion',
  'mid-term-status',
  'final-status',
] as const satisfies readonly Stage[];
export const DIRECTIONS = ['down', 'up', 'none'] as const satisfies readonly DesiredDirection[];
export const FREQUENCIES = [
  'semiannual',
  'annual',
  'quadrennial',
  'irregular',
] as const satisfies readonly Frequency[];
export const INDICATOR_STATES = [
  'active',
  'development',
] as const satisfies readonly IndicatorState[];
export const AREA_KINDS = [
  'region',
  'municipality',
  'hospital',
  'other',
] as const satisfies readonly AreaKind[];
export const INITIATIVE_STATUSES = [
  'planned',
  'started',
  'completed',
  'delayed',
  'replaced',
] as const satisfies readonly InitiativeStatus[];
export const STATUS_REPORT_KINDS = [
  'mid-term',
  'final',
] as const satisfies readonly StatusReportKind[];
export const LANGS = ['da', 'en'] as const satisfies readonly Lang[];

/** `true` only if list `L` names every member of union `T`. */
type Covers<T, L extends readonly unknown[]> = [T] extends [L[number]] ? true : false;
type Assert<T extends true> = T;

/** Fails to compile when a type in types.ts gains a member its list above lacks. */
export type EnumListsAreComplete = [
  Assert<Covers<Stage, typeof STAGES>>,
  Assert<Covers<DesiredDirection, typeof DIRECTIONS>>,
  Assert<Covers<Frequency, typeof FREQUENCIES>>,
  Assert<Covers<IndicatorState, typeof INDICATOR_STATES>>,
  Assert<Covers<AreaKind, typeof AREA_KINDS>>,
  Assert<Covers<InitiativeStatus, typeof INITIATIVE_STATUSES>>,
  Assert<Covers<StatusReportKind, typeof STATUS_REPORT_KINDS>>,
  Assert<Covers<Lang, typeof LANGS>>,
];
