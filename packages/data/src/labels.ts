import type { Status } from './derive.js';
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

type Labels<T extends string> = Readonly<Record<T, readonly [da: string, en: string]>>;

// Wording follows the source documents (e.g. 'Debatoplæg', 'Udviklingsområde'). One table per kind, so a
// bundle that looks labels up with labelIn() keeps only the kinds it shows.
export const STATUS_LABELS: Labels<Status> = {
  improving: ['Forbedret', 'Improving'],
  worsening: ['Forværret', 'Worsening'],
  stable: ['Stabil', 'Stable'],
  'no-data': ['Uden data', 'No data'],
};
export const STAGE_LABELS: Labels<Stage> = {
  proposal: ['Udspil', 'Proposal'],
  consultation: ['Høringsversion', 'Consultation version'],
  adopted: ['Vedtaget', 'Adopted'],
  discussion: ['Debatoplæg', 'Discussion paper'],
  'mid-term-status': ['Midtvejsstatus', 'Mid-term status'],
  'final-status': ['Slutstatus', 'Final status'],
};
export const FREQUENCY_LABELS: Labels<Frequency> = {
  semiannual: ['Halvårligt', 'Twice a year'],
  annual: ['Årligt', 'Yearly'],
  quadrennial: ['Hvert fjerde år', 'Every four years'],
  irregular: ['Uregelmæssigt', 'Irregularly'],
};
export const DIRECTION_LABELS: Labels<DesiredDirection> = {
  down: ['Lavere er bedre', 'Lower is better'],
  up: ['Højere er bedre', 'Higher is better'],
  none: ['Ingen ønsket retning', 'No desired direction'],
};
export const INITIATIVE_LABELS: Labels<InitiativeStatus> = {
  planned: ['Planlagt', 'Planned'],
  started: ['Igangsat', 'Started'],
  completed: ['Gennemført', 'Completed'],
  delayed: ['Forsinket', 'Delayed'],
  replaced: ['Erstattet', 'Replaced'],
};
export const AREA_KIND_LABELS: Labels<AreaKind> = {
  region: ['Region', 'Region'],
  municipality: ['Kommune', 'Municipality'],
  hospital: ['Hospital', 'Hospital'],
  other: ['Andet', 'Other'],
};
export const REPORT_LABELS: Labels<StatusReportKind> = {
  'mid-term': ['Midtvejsstatus', 'Mid-term status'],
  final: ['Slutstatus', 'Final status'],
};
export const STATE_LABELS: Labels<IndicatorState> = {
  active: ['Aktiv', 'Active'],
  development: ['Udviklingsområde', 'In development'],
};

const LABELS = {
  status: STATUS_LABELS,
  stage: STAGE_LABELS,
  frequency: FREQUENCY_LABELS,
  direction: DIRECTION_LABELS,
  initiative: INITIATIVE_LABELS,
  areaKind: AREA_KIND_LABELS,
  report: REPORT_LABELS,
  state: STATE_LABELS,
};

export type LabelKind = keyof typeof LABELS;

const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/**
 * The Danish or English label of `value` in one kind's table, e.g. `labelIn(STATUS_LABELS, 'stable')`;
 * an unknown value comes back as is.
 */
export function labelIn(table: Labels<string>, value: string, lang: Lang = 'da'): string {
  const pair = own(table, value) ? table[value] : undefined;
  return pair ? pair[lang === 'en' ? 1 : 0] : String(value ?? '');
}

/** The Danish or English label of an enum value from the contract; an unknown value comes back as is. */
export function label(kind: LabelKind, value: string, lang: Lang = 'da'): string {
  return labelIn(own(LABELS, kind) ? LABELS[kind] : {}, value, lang);
}
