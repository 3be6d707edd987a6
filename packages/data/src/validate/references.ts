/** Checks a JSON Schema can't express: ids unique within their list, and references that resolve. */
import { ID_PATTERN } from './contract.js';
import { child, quote, type At, Report } from './report.js';
import { isRecord } from './rules.js';

type Json = Record<string, unknown>;

/** The items of `v` that are objects, with their pointers; anything else was reported by the shape check. */
function records(v: unknown, at: At): [Json, At][] {
  if (!Array.isArray(v)) return [];
  const out: [Json, At][] = [];
  v.forEach((x, i) => {
    if (isRecord(x)) out.push([x, child(at, i)]);
  });
  return out;
}

/** Ids of one list; a repeated id is an error at the repeat. */
function idsOf(items: [Json, At][], report: Report): Set<string> {
  const first = new Map<string, At>();
  for (const [item, at] of items) {
    if (typeof item.id !== 'string') continue;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, at);
    else
      report.error(child(at, 'id'), 'duplicate', [
        `id ${quote(item.id)} er allerede brugt i ${String(earlier)}`,
        `id ${quote(item.id)} is already used at ${String(earlier)}`,
      ]);
  }
  return new Set(first.keys());
}

/** Each valid id in `v` must be one of `known`, the ids of the list at `where`. */
function resolve(
  v: unknown,
  at: At,
  known: Set<string>,
  where: string,
  [da, en]: readonly [string, string],
  report: Report,
) {
  if (!Array.isArray(v)) return;
  v.forEach((x, i) => {
    if (typeof x === 'string' && ID_PATTERN.test(x) && !known.has(x))
      report.error(child(at, i), 'reference', [
        `peger på ${da} ${quote(x)}, som ikke findes i ${where}`,
        `refers to ${en} ${quote(x)}, which is not in ${where}`,
      ]);
  });
}

/**
 * Each point's area must be one of `areaIds`; a period repeated for the same area ('' = the whole region)
 * is a warning. Series usually run forward: a period after every earlier one of its area (in string
 * order) can't be a repeat, so an area keeps a Set of the periods it has seen only once they go back.
 */
function checkSeries(series: unknown[], at: At, areaIds: Set<string>, report: Report): void {
  const areas = new Map<string, { last: string; seen?: Set<string> }>();
  for (let i = 0; i < series.length; i++) {
    const point = series[i];
    if (!isRecord(point)) continue;
    const area = point.area;
    if (typeof area === 'string' && !areaIds.has(area) && ID_PATTERN.test(area))
      report.error(child(child(at, i), 'area'), 'reference', [
        `peger på området ${quote(area)}, som ikke findes i /areas`,
        `refers to area ${quote(area)}, which is not in /areas`,
      ]);
    const period = point.period;
    if (typeof period !== 'string') continue;
    const areaKey = typeof area === 'string' ? area : '';
    const state = areas.get(areaKey);
    if (!state) {
      areas.set(areaKey, { last: period });
      continue;
    }
    if (!state.seen) {
      if (period > state.last) {
        state.last = period;
        continue;
      }
      state.seen = periodsBefore(series, i, areaKey);
    }
    if (state.seen.has(period))
      report.warn(child(child(at, i), 'period'), 'duplicate-period', [
        `perioden ${quote(period)} står flere gange for samme område; den sidste bruges`,
        `period ${quote(period)} appears more than once for the same area; the last one is used`,
      ]);
    state.seen.add(period);
  }
}

/** The periods of `area`'s points among the first `end` points of `series`. */
function periodsBefore(series: unknown[], end: number, area: string): Set<string> {
  const periods = new Set<string>();
  for (let i = 0; i < end; i++) {
    const point = series[i];
    if (!isRecord(point) || typeof point.period !== 'string') continue;
    if ((typeof point.area === 'string' ? point.area : '') === area) periods.add(point.period);
  }
  return periods;
}

export function checkReferences(doc: Json, report: Report): void {
  const indicators = records(doc.indicators, '/indicators');
  const focusAreas = records(doc.focusAreas, '/focusAreas');
  const indicatorIds = idsOf(indicators, report);
  const goalIds = idsOf(records(doc.nationalGoals, '/nationalGoals'), report);
  const areaIds = idsOf(records(doc.areas, '/areas'), report);
  idsOf(records(doc.visions, '/visions'), report);
  idsOf(focusAreas, report);
  idsOf(records(doc.principles, '/principles'), report);

  for (const [area, at] of focusAreas) {
    const goals = records(area.goals, child(at, 'goals'));
    idsOf(goals, report);
    for (const [goal, goalAt] of goals)
      resolve(
        goal.indicatorIds,
        child(goalAt, 'indicatorIds'),
        indicatorIds,
        '/indicators',
        ['indikatoren', 'indicator'],
        report,
      );
  }

  for (const [indicator, at] of indicators) {
    resolve(
      indicator.nationalGoalIds,
      child(at, 'nationalGoalIds'),
      goalIds,
      '/nationalGoals',
      ['det nationale mål', 'national goal'],
      report,
    );
    const series = Array.isArray(indicator.series) ? indicator.series : [];
    checkSeries(series, child(at, 'series'), areaIds, report);
  }

  const period = doc.period;
  if (
    isRecord(period) &&
    typeof period.from === 'number' &&
    typeof period.to === 'number' &&
    period.to < period.from
  )
    report.error('/period/to', 'order', [
      `må ikke ligge før "from" (${period.to} < ${period.from})`,
      `must not be before "from" (${period.to} < ${period.from})`,
    ]);
}
