/** The contract's shape as rules; mirrors schema/sundhedsaftale.schema.json (a Node test cross-checks them). */
import {
  AREA_KINDS,
  DIRECTIONS,
  FREQUENCIES,
  INDICATOR_STATES,
  INITIATIVE_STATUSES,
  LANGS,
  STAGES,
  STATUS_REPORT_KINDS,
} from '../enums.js';
import { PERIOD_PATTERN } from '../period.js';
import { URL_PATTERN } from '../url.js';
import {
  boolean,
  list,
  matching,
  number,
  object,
  oneOf,
  string,
  text,
  type Rule,
} from './rules.js';

/** Ids appear in attributes and URLs: non-empty, without whitespace. */
export const ID_PATTERN = /^\S+$/;
export const DATE_PATTERN = /^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$/;

const id = matching(ID_PATTERN, 'pattern', ['et id uden mellemrum', 'an id without spaces'], false);
const ids = list(id, true);
/** An area id in a series: a few repeat thousands of times, so these are remembered. */
const areaId = matching(ID_PATTERN, 'pattern', ['et id uden mellemrum', 'an id without spaces']);
const period = matching(PERIOD_PATTERN, 'pattern', [
  'en periode (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM)',
  'a period (YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM)',
]);
const url = matching(URL_PATTERN, 'pattern', [
  'et http(s)-link eller et relativt link uden mellemrum',
  'an http(s) or relative link without spaces',
]);
const date = matching(DATE_PATTERN, 'pattern', ['en dato (ÅÅÅÅ-MM-DD)', 'a date (YYYY-MM-DD)']);
const year = number({ integer: true, min: 1000, max: 9999 });
/** schemaVersion is checked on its own first (version.ts): an unknown major stops validation. */
const checkedElsewhere: Rule = () => {};

/** Visions, national goals and principles share this shape. */
const titled = object({ id, title: text, summary: text }, ['id', 'title']);

const focusArea = object(
  {
    id,
    title: text,
    firstFocus: text,
    summary: text,
    goals: list(object({ id, statement: text, indicatorIds: ids }, ['id', 'statement'])),
    facts: list(
      object({ label: text, value: text, source: text, period, illustrative: boolean }, [
        'label',
        'value',
      ]),
    ),
    initiatives: list(
      object(
        { title: text, status: oneOf(INITIATIVE_STATUSES), summary: text, illustrative: boolean },
        ['title'],
      ),
    ),
  },
  ['id', 'title'],
);

const indicator = object(
  {
    id,
    name: text,
    description: text,
    unit: string,
    desiredDirection: oneOf(DIRECTIONS),
    frequency: oneOf(FREQUENCIES),
    state: oneOf(INDICATOR_STATES),
    nationalGoalIds: ids,
    illustrativeNationalGoalIds: ids,
    alsoNational: boolean,
    illustrativeAlsoNational: boolean,
    source: object({ name: text, url }, ['name']),
    series: list(
      object({ period, value: number({ nullable: true }), area: areaId }, ['period', 'value']),
    ),
    stableWithin: object({ relative: number({ min: 0 }), absolute: number({ min: 0 }) }),
    target: object({ value: number(), period, illustrative: boolean }, ['value']),
    illustrative: boolean,
    decimals: number({ integer: true, min: 0, max: 6 }),
  },
  ['id', 'name', 'desiredDirection'],
);

export const agreement = object(
  {
    $schema: string,
    schemaVersion: checkedElsewhere,
    id,
    title: text,
    region: text,
    period: object({ from: year, to: year }, ['from', 'to']),
    stage: oneOf(STAGES),
    parties: list(text),
    contributors: list(text),
    lang: oneOf(LANGS),
    visions: list(titled),
    nationalGoalsHeading: text,
    nationalGoals: list(titled),
    nationalGoalNotes: list(text),
    focusAreas: list(focusArea),
    indicators: list(indicator),
    areas: list(object({ id, name: text, kind: oneOf(AREA_KINDS) }, ['id', 'name'])),
    principles: list(titled),
    statusReports: list(
      object({ kind: oneOf(STATUS_REPORT_KINDS), date, title: text, summary: text, url }, ['kind']),
    ),
    illustrative: boolean,
  },
  ['id', 'title'],
);
