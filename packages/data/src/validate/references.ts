/** Checks a JSON Schema can't express: ids unique within their list, and references that resolve. */
import { ID_PATTERN } from './contract.js';
import { labelIn, FREQUENCY_LABELS } from '../labels.js';
import { parsePeriod } from '../period.js';
import { child, lazyChild, quote, type At, Report } from './report.js';
import { isRecord } from './rules.js';

type Json = Record<string, unknown>;

/** The items of `v`, or none if it isn't a list (the shape check reported that, and any item that isn't an object). */
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Ids of the list at `at`; a repeated id is an error at the repeat. */
function idsOf(list: unknown, at: string, report: Report): Set<string> {
  // Where each id first stands, by index: a pointer is only written for a repeat.
  const first = new Map<string, number>();
  items(list).forEach((item, i) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else
      report.error(child(child(at, i), 'id'), 'duplicate', [
        `id ${quote(item.id)} er allerede brugt i ${child(at, earlier)}`,
        `id ${quote(item.id)} is already used at ${child(at, earlier)}`,
      ]);
  });
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
  items(v).forEach((x, i) => {
    if (typeof x === 'string' && ID_PATTERN.test(x) && !known.has(x))
      report.error(child(at, i), 'reference', [
        `peger på ${da} ${quote(x)}, som ikke findes i ${where}`,
        `refers to ${en} ${quote(x)}, which is not in ${where}`,
      ]);
  });
}

/** The shortest period, in months, a series of each frequency may hold; `irregular` takes any. */
const SHORTEST: Record<string, number> = { semiannual: 6, annual: 12, quadrennial: 12 };
/**
 * A period finer than the indicator's follow-up (a month in a half-yearly series) is an error: the
 * widgets would compare it with the previous half-year as if they were alike. Coarser ones (a yearly
 * baseline in a half-yearly series) are allowed.
 */
function fitsFrequency(period: string, frequency: unknown): boolean {
  const shortest = typeof frequency === 'string' ? SHORTEST[frequency] : undefined;
  const parsed = shortest === undefined ? null : parsePeriod(period);
  return !parsed || parsed.end - parsed.start + 1 >= shortest!;
}

function reportFrequency(period: string, frequency: unknown, at: At, report: Report): void {
  const f = frequency as string;
  report.error(at, 'frequency', [
    `perioden ${quote(period)} passer ikke til frekvensen ${labelIn(FREQUENCY_LABELS, f)} (${quote(f)}); brug en længere periode eller frekvensen "irregular"`,
    `period ${quote(period)} does not fit the frequency ${labelIn(FREQUENCY_LABELS, f, 'en')} (${quote(f)}); use a longer period or frequency "irregular"`,
  ]);
}

/**
 * Each point's area must be one of `areaIds`, and its period must fit the frequency. A period repeated for
 * the same area is a warning (warnings.ts), checked in the same pass when the report has warnings.
 */
function checkSeries(
  series: unknown[],
  at: At,
  areaIds: Set<string>,
  frequency: unknown,
  fitting: Set<string>,
  report: Report,
): void {
  const repeated = report.warningChecks?.repeatedPeriods(series, at, report);
  for (let i = 0; i < series.length; i++) {
    const point = series[i];
    if (!isRecord(point)) continue;
    const area = point.area;
    if (typeof area === 'string' && !areaIds.has(area) && ID_PATTERN.test(area))
      report.error(lazyChild(lazyChild(at, i), 'area'), 'reference', [
        `peger på området ${quote(area)}, som ikke findes i /areas`,
        `refers to area ${quote(area)}, which is not in /areas`,
      ]);
    const period = point.period;
    if (typeof period !== 'string') continue;
    if (!fitting.has(period)) {
      if (fitsFrequency(period, frequency)) fitting.add(period);
      else reportFrequency(period, frequency, lazyChild(lazyChild(at, i), 'period'), report);
    }
    repeated?.(i, typeof area === 'string' ? area : '', period);
  }
}

export function checkReferences(doc: Json, report: Report): void {
  const indicatorIds = idsOf(doc.indicators, '/indicators', report);
  const goalIds = idsOf(doc.nationalGoals, '/nationalGoals', report);
  const areaIds = idsOf(doc.areas, '/areas', report);
  idsOf(doc.visions, '/visions', report);
  idsOf(doc.focusAreas, '/focusAreas', report);
  idsOf(doc.principles, '/principles', report);

  items(doc.focusAreas).forEach((area, i) => {
    if (!isRecord(area)) return;
    const at = child(child('/focusAreas', i), 'goals');
    idsOf(area.goals, at, report);
    items(area.goals).forEach((goal, j) => {
      if (isRecord(goal))
        resolve(
          goal.indicatorIds,
          child(child(at, j), 'indicatorIds'),
          indicatorIds,
          '/indicators',
          ['indikatoren', 'indicator'],
          report,
        );
    });
  });

  // The series of a document repeat a few periods many times: each is checked against a frequency once.
  const fittingByFrequency = new Map<unknown, Set<string>>();
  items(doc.indicators).forEach((indicator, i) => {
    if (!isRecord(indicator)) return;
    const frequency = indicator.frequency;
    let fitting = fittingByFrequency.get(frequency);
    if (!fitting) fittingByFrequency.set(frequency, (fitting = new Set()));
    // Pointers are written only for an issue: most indicators have none.
    const at = lazyChild('/indicators', i);
    resolve(
      indicator.nationalGoalIds,
      lazyChild(at, 'nationalGoalIds'),
      goalIds,
      '/nationalGoals',
      ['det nationale mål', 'national goal'],
      report,
    );
    // A link marked as an example must be a link: an id the indicator lists in nationalGoalIds. Most
    // indicators have no such list, and need no set or pointers made for one.
    if (indicator.illustrativeNationalGoalIds !== undefined)
      resolve(
        indicator.illustrativeNationalGoalIds,
        lazyChild(at, 'illustrativeNationalGoalIds'),
        new Set(items(indicator.nationalGoalIds).filter((x): x is string => typeof x === 'string')),
        child(at, 'nationalGoalIds'),
        ['det nationale mål', 'national goal'],
        report,
      );
    checkSeries(
      items(indicator.series),
      lazyChild(at, 'series'),
      areaIds,
      frequency,
      fitting,
      report,
    );
  });

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
