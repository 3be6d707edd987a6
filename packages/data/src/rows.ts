import { summarize, STATUSES, type IndicatorSummary, type Status } from './derive.js';
import { comparePeriods } from './period.js';
import { text } from './text.js';
import type { Agreement, FocusArea, Goal, Indicator, Lang } from './types.js';

/** Where an indicator sits in the agreement: a goal of a focus area. */
export interface Placement {
  focusArea: FocusArea;
  goal: Goal;
}

/** One indicator of an agreement with everything a table or list shows about it. */
export interface IndicatorRow {
  indicator: Indicator;
  summary: IndicatorSummary;
  /** Every goal that lists the indicator, in document order; empty when no goal does. */
  placements: Placement[];
}

/** Columns an indicator table can be sorted by. */
export type SortKey =
  'focusArea' | 'goal' | 'indicator' | 'latest' | 'change' | 'status' | 'frequency' | 'source';
export const SORT_KEYS: readonly SortKey[] = [
  'focusArea',
  'goal',
  'indicator',
  'latest',
  'change',
  'status',
  'frequency',
  'source',
];
export type SortOrder = 'ascending' | 'descending';

const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);

/**
 * One row per indicator of `agreement`, summarized for `areaId`: first the indicators in the order
 * their goals list them, then any indicator no goal lists. An indicator listed by several goals is
 * still one row, with every placement.
 */
export function indicatorRows(agreement: Agreement, areaId?: string | null): IndicatorRow[] {
  const byId = new Map<string, Indicator>();
  for (const indicator of list(agreement?.indicators)) {
    if (indicator && !byId.has(indicator.id)) byId.set(indicator.id, indicator);
  }
  const placements = new Map<string, Placement[]>();
  for (const focusArea of list(agreement?.focusAreas)) {
    for (const goal of list(focusArea.goals)) {
      for (const id of list(goal.indicatorIds)) {
        if (!byId.has(id)) continue;
        const at = placements.get(id) ?? [];
        if (!at.some((p) => p.goal === goal)) at.push({ focusArea, goal });
        placements.set(id, at);
      }
    }
  }
  const ordered = [...placements.keys(), ...[...byId.keys()].filter((id) => !placements.has(id))];
  return ordered.map((id) => {
    const indicator = byId.get(id)!;
    return {
      indicator,
      summary: summarize(indicator, areaId),
      placements: placements.get(id) ?? [],
    };
  });
}

/** The indicators of `agreement` that belong to national goal `nationalGoalId`. */
export function indicatorsForNationalGoal(
  agreement: Agreement,
  nationalGoalId: string,
): Indicator[] {
  return list(agreement?.indicators).filter((i) =>
    list(i.nationalGoalIds).includes(nationalGoalId),
  );
}

/** `rows` whose status is one of `statuses`; all rows when `statuses` is empty. */
export function filterByStatus<T extends { summary: { status: Status } }>(
  rows: T[],
  statuses: readonly Status[],
): T[] {
  if (!statuses.length) return rows.slice();
  return rows.filter((r) => statuses.includes(r.summary.status));
}

const FREQUENCY_ORDER = ['semiannual', 'annual', 'quadrennial', 'irregular'];

type Key = string | number | null;

function keyOf(row: IndicatorRow, key: SortKey, lang: Lang): Key {
  const first = row.placements[0];
  switch (key) {
    case 'focusArea':
      return first ? text(first.focusArea.title, lang) : null;
    case 'goal':
      return first ? text(first.goal.statement, lang) : null;
    case 'indicator':
      return text(row.indicator.name, lang) || row.indicator.id;
    case 'latest':
      return row.summary.latest?.value ?? null;
    case 'change':
      return row.summary.change;
    case 'status':
      return STATUSES.indexOf(row.summary.status);
    case 'frequency': {
      const i = FREQUENCY_ORDER.indexOf(row.indicator.frequency ?? '');
      return i < 0 ? null : i;
    }
    case 'source':
      return row.indicator.source ? text(row.indicator.source.name, lang) || null : null;
  }
}

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang === 'en' ? 'en' : 'da', { numeric: true, sensitivity: 'base' });
    collators.set(lang, c);
  }
  return c;
}

/**
 * A copy of `rows` sorted by `key`. Text sorts by the language's alphabet (æ, ø, å last in Danish),
 * numbers numerically, status in the order improving, worsening, stable, no data, frequency from most to
 * least frequent. Rows without a value go last in either order; ties keep their original order.
 */
export function sortIndicators<T extends IndicatorRow>(
  rows: T[],
  key: SortKey,
  order: SortOrder = 'ascending',
  lang: Lang = 'da',
): T[] {
  const sign = order === 'descending' ? -1 : 1;
  const c = collator(lang);
  const keyed = rows.map((row, index) => ({ row, index, k: keyOf(row, key, lang) }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) {
      return a.k === b.k ? a.index - b.index : a.k === null ? 1 : -1;
    }
    const d =
      typeof a.k === 'number' && typeof b.k === 'number'
        ? a.k - b.k
        : c.compare(String(a.k), String(b.k));
    if (d !== 0) return sign * d;
    // Equal latest values: the newer period first, so ties read sensibly.
    if (key === 'latest' && a.row.summary.latest && b.row.summary.latest) {
      const p = comparePeriods(b.row.summary.latest.period, a.row.summary.latest.period);
      if (p !== 0) return p;
    }
    return a.index - b.index;
  });
  return keyed.map((k) => k.row);
}
