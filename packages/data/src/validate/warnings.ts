/**
 * The checks that only warn: validate() runs them; validateErrorsOnly() leaves them out, and with them
 * their code and texts from a bundle that shows errors only (the elements).
 */
import { SCHEMA_VERSION } from './version.js';
import { lazyChild, quote, type At, type Report, type Warnings } from './report.js';
import { isRecord } from './rules.js';

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

export const warningChecks: Warnings = {
  unsafeKey(report: Report, at: At, name: string): void {
    report.warn(at, 'unsafe-key', [
      `nøglen "${name}" ignoreres af sikkerhedshensyn`,
      `the key "${name}" is ignored for safety`,
    ]);
  },

  newerVersion(report: Report, at: At, v: string): void {
    report.warn(at, 'version', [
      `version ${quote(v)} er nyere end denne læser (${SCHEMA_VERSION}); felter, den ikke kender, ignoreres`,
      `version ${quote(v)} is newer than this reader (${SCHEMA_VERSION}); fields it does not know are ignored`,
    ]);
  },

  /**
   * A period repeated for the same area ('' = the whole region) is a warning. Series usually run forward:
   * a period after every earlier one of its area (in string order) can't be a repeat, so an area keeps a
   * Set of the periods it has seen only once they go back.
   */
  repeatedPeriods(series: unknown[], at: At, report: Report) {
    const areas = new Map<string, { last: string; seen?: Set<string> }>();
    return (i: number, area: string, period: string): void => {
      const state = areas.get(area);
      if (!state) {
        areas.set(area, { last: period });
        return;
      }
      if (!state.seen) {
        if (period > state.last) {
          state.last = period;
          return;
        }
        state.seen = periodsBefore(series, i, area);
      }
      if (state.seen.has(period))
        report.warn(lazyChild(lazyChild(at, i), 'period'), 'duplicate-period', [
          `perioden ${quote(period)} står flere gange for samme område; den sidste bruges`,
          `period ${quote(period)} appears more than once for the same area; the last one is used`,
        ]);
      state.seen.add(period);
    };
  },
};
