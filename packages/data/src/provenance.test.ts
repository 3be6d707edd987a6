import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  alsoNationalIllustrative,
  factIllustrative,
  hasIllustrative,
  initiativeIllustrative,
  nationalGoalLinkIllustrative,
  seriesIllustrative,
  statements,
  targetIllustrative,
} from './provenance.js';
import { validate } from './validate.js';
import type { Agreement, Indicator } from './types.js';

const indicator = (over: Partial<Indicator> = {}): Indicator => ({
  id: 'i',
  name: 'I',
  desiredDirection: 'down',
  series: [
    { period: '2020', value: 10 },
    { period: '2021', value: null },
    { period: '2022', value: 8 },
  ],
  target: { value: 7, period: '2023' },
  nationalGoalIds: ['a', 'b'],
  alsoNational: true,
  ...over,
});

const doc = (over: Partial<Agreement> = {}): Agreement => ({
  schemaVersion: '1.1',
  id: 'd',
  title: 'D',
  nationalGoals: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
  ],
  focusAreas: [
    {
      id: 'f',
      title: 'F',
      facts: [
        { label: 'L', value: '46 %' },
        { label: 'M', value: '5', illustrative: true },
      ],
      initiatives: [
        { title: 'Kendt', status: 'started' },
        { title: 'Eksempel', status: 'delayed', illustrative: true },
        { title: 'Uden status', illustrative: true },
      ],
    },
  ],
  indicators: [indicator()],
  ...over,
});

describe('provenance marks', () => {
  it('seriesIllustrative() follows the indicator or the whole document', () => {
    expect(seriesIllustrative(doc(), indicator())).to.equal(false);
    expect(seriesIllustrative(doc(), indicator({ illustrative: true }))).to.equal(true);
    expect(seriesIllustrative(doc({ illustrative: true }), indicator())).to.equal(true);
  });

  it('targetIllustrative() is marked by the target itself, or covered by the figures’ mark', () => {
    expect(targetIllustrative(doc(), indicator())).to.equal(false);
    expect(
      targetIllustrative(doc(), indicator({ target: { value: 7, illustrative: true } })),
    ).to.equal(true);
    expect(targetIllustrative(doc(), indicator({ illustrative: true }))).to.equal(true);
    // A target marked alone leaves the series as cited.
    const own = indicator({ target: { value: 7, illustrative: true } });
    expect(seriesIllustrative(doc(), own)).to.equal(false);
    expect(targetIllustrative(doc(), indicator({ target: undefined }))).to.equal(false);
  });

  it('nationalGoalLinkIllustrative() marks only the listed links', () => {
    const i = indicator({ illustrativeNationalGoalIds: ['b'] });
    expect(nationalGoalLinkIllustrative(doc(), i, 'a')).to.equal(false);
    expect(nationalGoalLinkIllustrative(doc(), i, 'b')).to.equal(true);
    // The figures' mark does not make a link an example.
    expect(nationalGoalLinkIllustrative(doc(), indicator({ illustrative: true }), 'a')).to.equal(
      false,
    );
  });

  it('alsoNationalIllustrative(), factIllustrative() and initiativeIllustrative() read their own mark', () => {
    expect(alsoNationalIllustrative(doc(), indicator())).to.equal(false);
    expect(alsoNationalIllustrative(doc(), indicator({ illustrativeAlsoNational: true }))).to.equal(
      true,
    );
    const [plain, marked] = doc().focusAreas![0]!.facts!;
    expect(factIllustrative(doc(), plain!)).to.equal(false);
    expect(factIllustrative(doc(), marked!)).to.equal(true);
    expect(factIllustrative(doc({ illustrative: true }), plain!)).to.equal(true);
    const [known, example] = doc().focusAreas![0]!.initiatives!;
    expect(initiativeIllustrative(doc(), known!)).to.equal(false);
    expect(initiativeIllustrative(doc(), example!)).to.equal(true);
  });

  it('statements(doc) lists every value, target, link, alsoNational, fact and status with its mark', () => {
    const d = doc({ indicators: [indicator({ illustrativeNationalGoalIds: ['b'] })] });
    expect(statements(d).map((s) => [s.kind, s.pointer, s.value, s.illustrative])).to.deep.equal([
      ['value', '/indicators/0/series/0/value', 10, false],
      ['value', '/indicators/0/series/2/value', 8, false],
      ['target', '/indicators/0/target', 7, false],
      ['link', '/indicators/0/nationalGoalIds/0', 'a', false],
      ['link', '/indicators/0/nationalGoalIds/1', 'b', true],
      ['alsoNational', '/indicators/0/alsoNational', true, false],
      ['fact', '/focusAreas/0/facts/0', '46 %', false],
      ['fact', '/focusAreas/0/facts/1', '5', true],
      ['status', '/focusAreas/0/initiatives/0/status', 'started', false],
      ['status', '/focusAreas/0/initiatives/1/status', 'delayed', true],
    ]);
    expect(statements(doc({ illustrative: true })).every((s) => s.illustrative)).to.equal(true);
  });

  it('hasIllustrative(doc) is true when anything is marked, or any indicator’s figures are', () => {
    const plain = doc({ focusAreas: [] });
    expect(hasIllustrative(plain)).to.equal(false);
    expect(hasIllustrative(doc())).to.equal(true);
    expect(hasIllustrative({ ...plain, illustrative: true })).to.equal(true);
    expect(hasIllustrative({ ...plain, indicators: [indicator({ illustrative: true })] })).to.equal(
      true,
    );
    expect(
      hasIllustrative({ ...plain, indicators: [indicator({ illustrativeAlsoNational: true })] }),
    ).to.equal(true);
  });

  it('hasIllustrative(doc) agrees with statements(doc): marked as a whole, an indicator, or any statement', () => {
    const mark = fc.constantFrom(true, false, 'true', 1, undefined);
    const goal = fc.constantFrom('a', 'b', 'c');
    const arbIndicator = fc.record(
      {
        illustrative: mark,
        target: fc.record(
          { value: fc.constant(1), illustrative: mark },
          { requiredKeys: ['value'] },
        ),
        series: fc.array(
          fc.record({ period: fc.constant('2020'), value: fc.constantFrom(null, 1) }),
          { maxLength: 2 },
        ),
        nationalGoalIds: fc.uniqueArray(goal),
        illustrativeNationalGoalIds: fc.uniqueArray(goal),
        alsoNational: mark,
        illustrativeAlsoNational: mark,
      },
      { requiredKeys: ['series'] },
    );
    const arbArea = fc.record(
      {
        facts: fc.array(
          fc.record({ label: fc.constant('L'), value: fc.constant('1'), illustrative: mark }),
          {
            maxLength: 2,
          },
        ),
        initiatives: fc.array(
          fc.record(
            { title: fc.constant('T'), status: fc.constantFrom('started', ''), illustrative: mark },
            { requiredKeys: ['title'] },
          ),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    );
    const arbDoc = fc.record(
      {
        illustrative: mark,
        indicators: fc.array(arbIndicator, { maxLength: 3 }),
        focusAreas: fc.array(arbArea, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arbDoc, (over) => {
        const d = { ...doc({ indicators: [], focusAreas: [] }), ...over } as unknown as Agreement;
        const expected =
          d.illustrative === true ||
          (d.indicators ?? []).some((i) => i.illustrative === true) ||
          statements(d).some((s) => s.illustrative);
        expect(hasIllustrative(d)).to.equal(expected);
      }),
    );
  });
});

describe('validate() and the 1.1 provenance fields', () => {
  it('validate() accepts every 1.1 field on a 1.0 and a 1.1 document', () => {
    for (const schemaVersion of ['1.0', '1.1']) {
      const r = validate({
        ...doc({ schemaVersion }),
        contributors: ['PLO-Midtjylland'],
        nationalGoalsHeading: 'Bedre kvalitet, sammenhæng og geografisk lighed i sundhedsvæsenet',
        nationalGoalNotes: ['PLO har tiltrådt de nationale mål men ikke de nationale indikatorer.'],
        indicators: [
          indicator({
            illustrativeNationalGoalIds: ['a'],
            illustrativeAlsoNational: true,
            target: { value: 7, illustrative: true },
          }),
        ],
      });
      expect(r.ok, JSON.stringify(r.ok ? r.warnings : r.errors)).to.equal(true);
      expect(r.ok && r.warnings).to.deep.equal([]);
    }
  });

  it('validate() reports a marked link that is not one of the indicator’s links', () => {
    const r = validate(doc({ indicators: [indicator({ illustrativeNationalGoalIds: ['c'] })] }));
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.errors.map((e) => [e.pointer, e.code])).to.deep.equal([
      ['/indicators/0/illustrativeNationalGoalIds/0', 'reference'],
    ]);
  });

  it('validate() reports provenance marks of the wrong type where they are', () => {
    const r = validate({
      ...doc(),
      contributors: 'PLO',
      nationalGoalNotes: [1],
      focusAreas: [
        {
          id: 'f',
          title: 'F',
          facts: [{ label: 'L', value: 'V', illustrative: 'ja' }],
          initiatives: [{ title: 'T', illustrative: 1 }],
        },
      ],
      indicators: [
        indicator({
          illustrativeAlsoNational: 'true' as unknown as boolean,
          target: { value: 1, illustrative: null as unknown as boolean },
        }),
      ],
    });
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.errors.map((e) => e.pointer).sort()).to.deep.equal([
      '/contributors',
      '/focusAreas/0/facts/0/illustrative',
      '/focusAreas/0/initiatives/0/illustrative',
      '/indicators/0/illustrativeAlsoNational',
      '/indicators/0/target/illustrative',
      '/nationalGoalNotes/0',
    ]);
  });
});
