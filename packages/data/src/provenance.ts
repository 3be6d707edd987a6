/**
 * Provenance: which statements of an agreement are marked as examples ("Eksempeldata") rather than
 * taken from the source document or a cited source. A mark covers what is inside it: the agreement's
 * `illustrative` covers everything, an indicator's covers its figures (series values and target).
 */
import type { Agreement, Fact, Indicator, Initiative } from './types.js';

type Doc = Pick<Agreement, 'illustrative'> | null | undefined;

const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);
const whole = (agreement: Doc): boolean => agreement?.illustrative === true;

/** Whether the indicator's series values are examples. */
export function seriesIllustrative(agreement: Doc, indicator: Indicator): boolean {
  return whole(agreement) || indicator?.illustrative === true;
}

/** Whether the indicator's target is an example (false when it has none). */
export function targetIllustrative(agreement: Doc, indicator: Indicator): boolean {
  return (
    !!indicator?.target &&
    (seriesIllustrative(agreement, indicator) || indicator.target.illustrative === true)
  );
}

/** Whether the link from the indicator to national goal `goalId` is an example. */
export function nationalGoalLinkIllustrative(
  agreement: Doc,
  indicator: Indicator,
  goalId: string,
): boolean {
  return whole(agreement) || list(indicator?.illustrativeNationalGoalIds).includes(goalId);
}

/** Whether the indicator's `alsoNational` mark is an example. */
export function alsoNationalIllustrative(agreement: Doc, indicator: Indicator): boolean {
  return whole(agreement) || indicator?.illustrativeAlsoNational === true;
}

/** Whether a fact-box figure is an example. */
export function factIllustrative(agreement: Doc, fact: Fact): boolean {
  return whole(agreement) || fact?.illustrative === true;
}

/** Whether an initiative's status and summary are examples. */
export function initiativeIllustrative(agreement: Doc, initiative: Initiative): boolean {
  return whole(agreement) || initiative?.illustrative === true;
}

/** The kinds of statement a data file can make up and must then mark. */
export type StatementKind = 'value' | 'target' | 'link' | 'alsoNational' | 'fact' | 'status';

/** One statement of an agreement, where it is, and whether it is marked as an example. */
export interface Statement {
  kind: StatementKind;
  /** JSON Pointer to the statement in the document. */
  pointer: string;
  /** What is stated: a number, a national goal id, `true`, a fact's value text or a status. */
  value: unknown;
  illustrative: boolean;
}

/**
 * Every statement of `agreement` that a provenance mark can cover: each series value (not gaps), each
 * target, each national-goal link, each `alsoNational: true`, each fact and each initiative status.
 * Used to check that sample data marks what its sources don't say, and to count what a file marks.
 */
export function statements(agreement: Agreement): Statement[] {
  const out: Statement[] = [];
  list(agreement?.indicators).forEach((indicator, i) => {
    const at = `/indicators/${i}`;
    const values = seriesIllustrative(agreement, indicator);
    list(indicator.series).forEach((point, j) => {
      if (point.value !== null)
        out.push({
          kind: 'value',
          pointer: `${at}/series/${j}/value`,
          value: point.value,
          illustrative: values,
        });
    });
    if (indicator.target)
      out.push({
        kind: 'target',
        pointer: `${at}/target`,
        value: indicator.target.value,
        illustrative: targetIllustrative(agreement, indicator),
      });
    list(indicator.nationalGoalIds).forEach((goalId, j) =>
      out.push({
        kind: 'link',
        pointer: `${at}/nationalGoalIds/${j}`,
        value: goalId,
        illustrative: nationalGoalLinkIllustrative(agreement, indicator, goalId),
      }),
    );
    if (indicator.alsoNational === true)
      out.push({
        kind: 'alsoNational',
        pointer: `${at}/alsoNational`,
        value: true,
        illustrative: alsoNationalIllustrative(agreement, indicator),
      });
  });
  list(agreement?.focusAreas).forEach((area, i) => {
    list(area.facts).forEach((fact, j) =>
      out.push({
        kind: 'fact',
        pointer: `/focusAreas/${i}/facts/${j}`,
        value: fact.value,
        illustrative: factIllustrative(agreement, fact),
      }),
    );
    list(area.initiatives).forEach((initiative, j) => {
      if (initiative.status)
        out.push({
          kind: 'status',
          pointer: `/focusAreas/${i}/initiatives/${j}/status`,
          value: initiative.status,
          illustrative: initiativeIllustrative(agreement, initiative),
        });
    });
  });
  return out;
}

/**
 * Whether anything in `agreement` is marked as an example: what `statements()` would list as
 * illustrative, asked directly (no pointers built, and the elements need not carry `statements()`).
 */
export function hasIllustrative(agreement: Agreement): boolean {
  return (
    whole(agreement) ||
    list(agreement?.indicators).some(
      (i) =>
        i?.illustrative === true ||
        targetIllustrative(agreement, i) ||
        list(i?.nationalGoalIds).some((g) => nationalGoalLinkIllustrative(agreement, i, g)) ||
        (i?.alsoNational === true && alsoNationalIllustrative(agreement, i)),
    ) ||
    list(agreement?.focusAreas).some(
      (area) =>
        list(area?.facts).some((fact) => factIllustrative(agreement, fact)) ||
        list(area?.initiatives).some((s) => !!s?.status && initiativeIllustrative(agreement, s)),
    )
  );
}
