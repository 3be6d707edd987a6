/**
 * TypeScript types of the sundhedsaftale JSON data contract (schemaVersion 1.x).
 * Kept in step with `schema/sundhedsaftale.schema.json` by `test/schema-sync.test.js`, through
 * the fully typed fixture `src/fixtures/complete-agreement.ts`.
 */

/** A text in one language, or in Danish and English. */
export type LocalizedText = string | { da?: string; en?: string };

/** UI languages that ship. */
export type Lang = 'da' | 'en';

/** `YYYY`, `YYYY-H1`/`YYYY-H2`, `YYYY-Q1`..`YYYY-Q4` or `YYYY-MM`. */
export type PeriodString = string;

export type Stage =
  'proposal' | 'consultation' | 'adopted' | 'discussion' | 'mid-term-status' | 'final-status';

export type DesiredDirection = 'down' | 'up' | 'none';
export type Frequency = 'semiannual' | 'annual' | 'quadrennial' | 'irregular';
export type IndicatorState = 'active' | 'development';
export type AreaKind = 'region' | 'municipality' | 'hospital' | 'other';
export type InitiativeStatus = 'planned' | 'started' | 'completed' | 'delayed' | 'replaced';
export type StatusReportKind = 'mid-term' | 'final';

export interface Vision {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
}

export interface NationalGoal {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
}

export interface Goal {
  id: string;
  statement: LocalizedText;
  indicatorIds?: string[];
}

export interface Fact {
  label: LocalizedText;
  value: LocalizedText;
  source?: LocalizedText;
  period?: PeriodString;
  /** The figure is an example, not from a cited source (since 1.1). */
  illustrative?: boolean;
}

export interface Initiative {
  title: LocalizedText;
  status?: InitiativeStatus;
  summary?: LocalizedText;
  /** The status and summary are examples, not stated by the source (since 1.1). */
  illustrative?: boolean;
}

export interface FocusArea {
  id: string;
  title: LocalizedText;
  firstFocus?: LocalizedText;
  summary?: LocalizedText;
  goals?: Goal[];
  facts?: Fact[];
  initiatives?: Initiative[];
}

export interface Source {
  name: LocalizedText;
  url?: string;
}

export interface SeriesPoint {
  period: PeriodString;
  value: number | null;
  /** Area id; absent = the whole region. */
  area?: string;
}

export interface StableWithin {
  /** Relative change (0.02 = 2 %) within which a move counts as stable. */
  relative?: number;
  /** Absolute change, in the indicator's unit, within which a move counts as stable. */
  absolute?: number;
}

export interface Target {
  value: number;
  period?: PeriodString;
  /** The target is an example; the agreement sets none (since 1.1). */
  illustrative?: boolean;
}

export interface Indicator {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  unit?: string;
  desiredDirection: DesiredDirection;
  frequency?: Frequency;
  state?: IndicatorState;
  nationalGoalIds?: string[];
  /** The ids in `nationalGoalIds` whose link is an example, not shown by the source (since 1.1). */
  illustrativeNationalGoalIds?: string[];
  alsoNational?: boolean;
  /** `alsoNational` is an example, not marked `*` by the source (since 1.1). */
  illustrativeAlsoNational?: boolean;
  source?: Source;
  series?: SeriesPoint[];
  stableWithin?: StableWithin;
  target?: Target;
  /** The figures (series values and target) are examples, not official figures. */
  illustrative?: boolean;
  /** Decimals to show; default chosen from the values. */
  decimals?: number;
}

export interface Area {
  id: string;
  name: LocalizedText;
  kind?: AreaKind;
}

export interface Principle {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
}

export interface StatusReport {
  kind: StatusReportKind;
  date?: string;
  title?: LocalizedText;
  summary?: LocalizedText;
  url?: string;
}

/** One health agreement: the root of a data file. */
export interface Agreement {
  $schema?: string;
  schemaVersion: string;
  id: string;
  title: LocalizedText;
  region?: LocalizedText;
  period?: { from: number; to: number };
  stage?: Stage;
  /** Who made the agreement (aftaleparter). */
  parties?: LocalizedText[];
  /** Who helped write it without being a party, e.g. PLO (since 1.1). */
  contributors?: LocalizedText[];
  lang?: Lang;
  visions?: Vision[];
  /** The overall aim the national goals serve, shown above them (since 1.1). */
  nationalGoalsHeading?: LocalizedText;
  nationalGoals?: NationalGoal[];
  /** Notes shown with the national goals and their indicators (since 1.1). */
  nationalGoalNotes?: LocalizedText[];
  focusAreas?: FocusArea[];
  indicators?: Indicator[];
  areas?: Area[];
  principles?: Principle[];
  statusReports?: StatusReport[];
  /** Every value in the document is illustrative sample data. */
  illustrative?: boolean;
}
