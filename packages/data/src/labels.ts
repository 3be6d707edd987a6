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

type Labels<T extends string> = Record<T, readonly [da: string, en: string]>;

/** Wording follows the source documents (e.g. 'Debatoplæg', 'Udviklingsområde'). */
const LABELS: {
  status: Labels<Status>;
  stage: Labels<Stage>;
  frequency: Labels<Frequency>;
  direction: Labels<DesiredDirection>;
  initiative: Labels<InitiativeStatus>;
  areaKind: Labels<AreaKind>;
  report: Labels<StatusReportKind>;
  state: Labels<IndicatorState>;
} = {
  status: {
    improving: ['Forbedret', 'Improving'],
    worsening: ['Forværret', 'Worsening'],
    stable: ['Stabil', 'Stable'],
    'no-data': ['Uden data', 'No data'],
  },
  stage: {
    proposal: ['Udspil', 'Proposal'],
    consultation: ['Høringsversion', 'Consultation version'],
    adopted: ['Vedtaget', 'Adopted'],
    discussion: ['Debatoplæg', 'Discussion paper'],
    'mid-term-status': ['Midtvejsstatus', 'Mid-term status'],
    'final-status': ['Slutstatus', 'Final status'],
  },
  frequency: {
    semiannual: ['Halvårligt', 'Twice a year'],
    annual: ['Årligt', 'Yearly'],
    quadrennial: ['Hvert fjerde år', 'Every four years'],
    irregular: ['Uregelmæssigt', 'Irregularly'],
  },
  direction: {
    down: ['Lavere er bedre', 'Lower is better'],
    up: ['Højere er bedre', 'Higher is better'],
    none: ['Ingen ønsket retning', 'No desired direction'],
  },
  initiative: {
    planned: ['Planlagt', 'Planned'],
    started: ['Igangsat', 'Started'],
    completed: ['Gennemført', 'Completed'],
    delayed: ['Forsinket', 'Delayed'],
    replaced: ['Erstattet', 'Replaced'],
  },
  areaKind: {
    region: ['Region', 'Region'],
    municipality: ['Kommune', 'Municipality'],
    hospital: ['Hospital', 'Hospital'],
    other: ['Andet', 'Other'],
  },
  report: {
    'mid-term': ['Midtvejsstatus', 'Mid-term status'],
    final: ['Slutstatus', 'Final status'],
  },
  state: {
    active: ['Aktiv', 'Active'],
    development: ['Udviklingsområde', 'In development'],
  },
};

export type LabelKind = keyof typeof LABELS;

const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** The Danish or English label of an enum value from the contract; an unknown value comes back as is. */
export function label(kind: LabelKind, value: string, lang: Lang = 'da'): string {
  const table = own(LABELS, kind)
    ? (LABELS[kind] as Record<string, readonly [string, string]>)
    : null;
  const pair = table && own(table, value) ? table[value] : undefined;
  return pair ? pair[lang === 'en' ? 1 : 0] : String(value ?? '');
}
