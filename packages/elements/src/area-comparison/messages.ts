import type { Lang } from '@sundhedsaftale/data';

/**
 * The comparison's own texts, beside the shared catalogue (base/messages.ts): the bundle, which does not
 * register the comparison yet (docs/decisions/0008-d3-modules.md), and an element imported alone (the
 * sparkline) then carry none of them.
 */
const da = {
  caption: (name: string) => `${name}: seneste tal for hvert område`,
  down: 'Lavere er bedre.',
  up: 'Højere er bedre.',
  sortBy: 'Sortér',
  bestFirst: 'Bedst først',
  byValue: 'Højeste først',
  byName: 'Efter navn',
  chosen: 'Valgt',
  otherPeriod: 'Anden periode',
  otherPeriodNote: (period: string) =>
    `Områder markeret "Anden periode" har ikke tal for ${period} som de fleste, men for en anden periode.`,
  region: (value: string, period: string) => `Hele regionen: ${value} (${period})`,
  missing: 'Ingen tal for',
  noAreaData: 'Indikatoren har ingen tal for de enkelte områder, kun for hele regionen.',
};

export type ComparisonMessages = typeof da;

const en: ComparisonMessages = {
  caption: (name) => `${name}: latest figure for each area`,
  down: 'Lower is better.',
  up: 'Higher is better.',
  sortBy: 'Sort',
  bestFirst: 'Best first',
  byValue: 'Highest first',
  byName: 'By name',
  chosen: 'Selected',
  otherPeriod: 'Other period',
  otherPeriodNote: (period) =>
    `Areas marked "Other period" have no figure for ${period}, as most do, but one for another period.`,
  region: (value, period) => `Whole region: ${value} (${period})`,
  missing: 'No figures for',
  noAreaData: 'The indicator has no figures for single areas, only for the whole region.',
};

export const comparisonMessages = (lang: Lang): ComparisonMessages => (lang === 'en' ? en : da);
