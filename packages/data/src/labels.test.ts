import { expect } from '@open-wc/testing';
import {
  AREA_KIND_LABELS,
  DIRECTION_LABELS,
  FREQUENCY_LABELS,
  INITIATIVE_LABELS,
  label,
  labelIn,
  REPORT_LABELS,
  STAGE_LABELS,
  STATE_LABELS,
  STATUS_LABELS,
} from './labels.js';
import { STATUSES } from './derive.js';
import {
  AREA_KINDS,
  DIRECTIONS,
  FREQUENCIES,
  INDICATOR_STATES,
  INITIATIVE_STATUSES,
  STAGES,
  STATUS_REPORT_KINDS,
} from './enums.js';

describe('label()', () => {
  it("label('status', s, lang) names every status", () => {
    expect(STATUSES.map((s) => label('status', s, 'da'))).to.deep.equal([
      'Forbedret',
      'Forværret',
      'Stabil',
      'Uden data',
    ]);
    expect(STATUSES.map((s) => label('status', s, 'en'))).to.deep.equal([
      'Improving',
      'Worsening',
      'Stable',
      'No data',
    ]);
  });
  it("label('stage', s) uses the documents' own names", () => {
    expect(STAGES.map((s) => label('stage', s, 'da'))).to.deep.equal([
      'Udspil',
      'Høringsversion',
      'Vedtaget',
      'Debatoplæg',
      'Midtvejsstatus',
      'Slutstatus',
    ]);
  });
  it("label('frequency' | 'initiative' | 'direction', v) in Danish", () => {
    expect(FREQUENCIES.map((f) => label('frequency', f))).to.deep.equal([
      'Halvårligt',
      'Årligt',
      'Hvert fjerde år',
      'Uregelmæssigt',
    ]);
    expect(INITIATIVE_STATUSES.map((s) => label('initiative', s))).to.deep.equal([
      'Planlagt',
      'Igangsat',
      'Gennemført',
      'Forsinket',
      'Erstattet',
    ]);
    expect(label('direction', 'none')).to.equal('Ingen ønsket retning');
  });
  it('label(kind, v, lang) has a Danish and an English label for every enum value', () => {
    const all = [
      ['status', STATUSES],
      ['stage', STAGES],
      ['frequency', FREQUENCIES],
      ['direction', DIRECTIONS],
      ['initiative', INITIATIVE_STATUSES],
      ['areaKind', AREA_KINDS],
      ['report', STATUS_REPORT_KINDS],
      ['state', INDICATOR_STATES],
    ] as const;
    for (const [kind, values] of all)
      for (const v of values)
        for (const lang of ['da', 'en'] as const)
          expect(label(kind, v, lang), `${kind} ${v} ${lang}`).not.to.equal(v);
  });
  it('label(kind, unknown) returns the value itself, even for prototype names', () => {
    expect(label('stage', 'draft', 'da')).to.equal('draft');
    expect(label('status', 'constructor', 'en')).to.equal('constructor');
    expect(label('toString' as never, '__proto__', 'en')).to.equal('__proto__');
  });
  it("labelIn(STATUS_LABELS, s, lang) equals label('status', s, lang), for every kind's table", () => {
    const tables = [
      ['status', STATUS_LABELS, STATUSES],
      ['stage', STAGE_LABELS, STAGES],
      ['frequency', FREQUENCY_LABELS, FREQUENCIES],
      ['direction', DIRECTION_LABELS, DIRECTIONS],
      ['initiative', INITIATIVE_LABELS, INITIATIVE_STATUSES],
      ['areaKind', AREA_KIND_LABELS, AREA_KINDS],
      ['report', REPORT_LABELS, STATUS_REPORT_KINDS],
      ['state', STATE_LABELS, INDICATOR_STATES],
    ] as const;
    for (const [kind, table, values] of tables) {
      expect(Object.keys(table), kind).to.deep.equal([...values]);
      for (const v of values)
        for (const lang of ['da', 'en'] as const)
          expect(labelIn(table, v, lang), `${kind} ${v} ${lang}`).to.equal(label(kind, v, lang));
    }
    expect(labelIn(STATUS_LABELS, 'stable')).to.equal('Stabil');
    expect(labelIn(STAGE_LABELS, 'draft', 'en')).to.equal('draft');
    expect(labelIn(STATUS_LABELS, '__proto__', 'en')).to.equal('__proto__');
  });
});
