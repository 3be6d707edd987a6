import { expect } from '@open-wc/testing';
import { completeAgreement } from './fixtures/complete-agreement.js';
import {
  MAX_DEPTH,
  SCHEMA_VERSION,
  validate,
  validateJson,
  type ValidationIssue,
} from './validate.js';

/** A fresh, mutable copy of the complete fixture. */
const fixture = (): Record<string, any> => structuredClone(completeAgreement); // eslint-disable-line @typescript-eslint/no-explicit-any

/** The value at a JSON Pointer, decoding ~1 and ~0. */
function at(doc: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], doc);
}

const errorsOf = (doc: unknown): ValidationIssue[] => {
  const r = validate(doc);
  return r.ok ? [] : r.errors;
};
const pointers = (doc: unknown) => errorsOf(doc).map((e) => e.pointer);

describe('validate()', () => {
  it('validate(complete fixture) is ok, without warnings, and returns an equal copy', () => {
    const doc = fixture();
    const r = validate(doc);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.warnings).to.deep.equal([]);
    expect(r.agreement).to.deep.equal(doc);
    expect(r.agreement).not.to.equal(doc);
    expect(r.agreement.indicators).not.to.equal(doc.indicators);
  });

  it('validate(doc with ten different errors) gives ten pointers, each at the wrong value', () => {
    const doc = fixture();
    doc.id = 'a b';
    doc.stage = 'draft';
    doc.period.to = 2020;
    doc.visions[0].title = 42;
    doc.focusAreas[0].goals[0].indicatorIds[1] = 'nope';
    doc.indicators[0].series[1].period = '2024-H3';
    doc.indicators[0].series[0].area = '999';
    delete doc.indicators[0].desiredDirection;
    doc.principles.push({ id: 'kvalitet', title: 'Igen' });
    doc.statusReports[0].url = 'javascript:alert(1)';
    const expected = {
      '/id': 'a b',
      '/stage': 'draft',
      '/period/to': 2020,
      '/visions/0/title': 42,
      '/focusAreas/0/goals/0/indicatorIds/1': 'nope',
      '/indicators/0/series/1/period': '2024-H3',
      '/indicators/0/series/0/area': '999',
      '/indicators/0/desiredDirection': undefined,
      '/principles/1/id': 'kvalitet',
      '/statusReports/0/url': 'javascript:alert(1)',
    };
    const errors = errorsOf(doc);
    expect(errors.map((e) => e.pointer).sort()).to.deep.equal(Object.keys(expected).sort());
    for (const [pointer, value] of Object.entries(expected))
      expect(at(doc, pointer), pointer).to.equal(value);
    for (const e of errors) {
      expect(e.da, e.pointer).to.be.a('string').and.not.equal('');
      expect(e.en, e.pointer).to.be.a('string').and.not.equal(e.da);
    }
  });

  it('validate(doc) messages name the problem in Danish and English', () => {
    const doc = fixture();
    doc.indicators[0].desiredDirection = 'sideways';
    const [e] = errorsOf(doc);
    expect(e).to.deep.equal({
      pointer: '/indicators/0/desiredDirection',
      code: 'enum',
      da: 'skal være en af "down", "up", "none", men er "sideways"',
      en: 'must be one of "down", "up", "none", but is "sideways"',
    });
  });

  it('validate(doc) escapes ~ and / in pointers (RFC 6901)', () => {
    const doc = fixture();
    doc['a/b~c'] = { 'x~/y': NaN };
    expect(pointers(doc)).to.deep.equal(['/a~1b~0c/x~0~1y']);
  });

  describe('schemaVersion', () => {
    it(`validate(schemaVersion '${SCHEMA_VERSION}') is ok`, () => {
      expect(validate(fixture()).ok).to.equal(true);
    });
    it("validate(schemaVersion '1.7') is ok with a warning: a newer minor only adds fields", () => {
      const r = validate({ ...fixture(), schemaVersion: '1.7', newField: 1 });
      expect(r.ok).to.equal(true);
      if (r.ok)
        expect(r.warnings.map((w) => [w.pointer, w.code])).to.deep.equal([
          ['/schemaVersion', 'version'],
        ]);
    });
    it("validate(schemaVersion '2.0') is one error naming the expected and found versions", () => {
      const errors = errorsOf({ schemaVersion: '2.0', nothing: 'else matters' });
      expect(errors).to.have.length(1);
      expect(errors[0]?.pointer).to.equal('/schemaVersion');
      expect(errors[0]?.en).to.contain('"2.0"').and.contain('1.x');
      expect(errors[0]?.da).to.contain('"2.0"').and.contain('1.x');
    });
    it('validate(missing, numeric or malformed schemaVersion) is an error at /schemaVersion', () => {
      for (const v of [undefined, 1, '1', 'v1.0', '01.0']) {
        expect(pointers({ ...fixture(), schemaVersion: v }), String(v)).to.deep.equal([
          '/schemaVersion',
        ]);
      }
    });
  });

  describe('references', () => {
    it('validate(goal indicatorIds pointing nowhere) is an error at the id', () => {
      const doc = fixture();
      doc.focusAreas[0].goals[0].indicatorIds = ['dagligrygere', 'mangler'];
      const [e] = errorsOf(doc);
      expect(e?.pointer).to.equal('/focusAreas/0/goals/0/indicatorIds/1');
      expect(e?.code).to.equal('reference');
      expect(e?.en).to.equal('refers to indicator "mangler", which is not in /indicators');
    });
    it('validate(indicator nationalGoalIds pointing nowhere) is an error at the id', () => {
      const doc = fixture();
      doc.indicators[1].nationalGoalIds = ['ukendt'];
      expect(pointers(doc)).to.deep.equal(['/indicators/1/nationalGoalIds/0']);
    });
    it('validate(duplicate ids in a list) is an error at the second one, naming the first', () => {
      const doc = fixture();
      doc.areas.push({ id: '751', name: 'Igen' });
      const [e] = errorsOf(doc);
      expect(e?.pointer).to.equal('/areas/2/id');
      expect(e?.en).to.contain('/areas/0');
    });
    it('validate(the same id in different lists) is fine', () => {
      const doc = fixture();
      doc.visions[0].id = 'kvalitet'; // also a principle
      expect(validate(doc).ok).to.equal(true);
    });
    it('validate(a repeated id in indicatorIds) is an error', () => {
      const doc = fixture();
      doc.focusAreas[0].goals[0].indicatorIds.push('dagligrygere');
      expect(pointers(doc)).to.deep.equal(['/focusAreas/0/goals/0/indicatorIds/2']);
    });
    it('validate(series area missing from areas) is an error at the area', () => {
      const doc = fixture();
      delete doc.areas;
      expect(pointers(doc)).to.deep.equal([
        '/indicators/0/series/0/area',
        '/indicators/0/series/3/area',
      ]);
    });
    it('validate(unparseable periods) is an error at each period', () => {
      const doc = fixture();
      doc.indicators[0].target.period = '2027-Q5';
      doc.focusAreas[0].facts[0].period = 'efterår 2023';
      expect(pointers(doc).sort()).to.deep.equal([
        '/focusAreas/0/facts/0/period',
        '/indicators/0/target/period',
      ]);
    });
    it('validate(a period twice for one area) is ok with a warning: the last one counts', () => {
      const doc = fixture();
      doc.indicators[0].series.push({ period: '2021', value: 12 });
      const r = validate(doc);
      expect(r.ok).to.equal(true);
      if (r.ok)
        expect(r.warnings.map((w) => w.pointer)).to.deep.equal(['/indicators/0/series/4/period']);
    });
    it('validate(periods going back and forth, per area) warns at each repeat and only there', () => {
      const doc = fixture();
      doc.indicators[0].series = [
        { period: '2019', value: 1 },
        { period: '2019', value: 1, area: '751' },
        { period: '2021', value: 2 },
        { period: '2020', value: 2 }, // back, but new
        { period: '2021', value: 3 }, // repeat
        { period: '2022', value: 3 },
        { period: '2019', value: 1, area: '751' }, // repeat in the area
        { period: '2020', value: 2, area: '751' },
        { period: '2019', value: 1 }, // repeat
      ];
      const r = validate(doc);
      expect(r.ok).to.equal(true);
      if (r.ok)
        expect(r.warnings.map((w) => w.pointer)).to.deep.equal([
          '/indicators/0/series/4/period',
          '/indicators/0/series/6/period',
          '/indicators/0/series/8/period',
        ]);
    });
  });

  describe('periods fit the frequency', () => {
    const withSeries = (frequency: string, periods: string[]) => {
      const doc = fixture();
      doc.indicators[0].frequency = frequency;
      doc.indicators[0].series = periods.map((period, i) => ({ period, value: i + 1 }));
      delete doc.indicators[0].target;
      return doc;
    };
    it('validate(a month in a half-yearly series) is an error at that period, in Danish and English', () => {
      const errors = errorsOf(withSeries('semiannual', ['2023-H1', '2023-H2', '2025-03']));
      expect(errors.map((e) => [e.pointer, e.code])).to.deep.equal([
        ['/indicators/0/series/2/period', 'frequency'],
      ]);
      expect(errors[0]!.da).to.equal(
        'perioden "2025-03" passer ikke til frekvensen Halvårligt ("semiannual"); brug en længere periode eller frekvensen "irregular"',
      );
      expect(errors[0]!.en).to.contain('does not fit the frequency Twice a year ("semiannual")');
    });
    it('validate(a quarter or a half-year in an annual or four-yearly series) is an error at each', () => {
      expect(pointers(withSeries('annual', ['2021', '2022-Q3', '2023']))).to.deep.equal([
        '/indicators/0/series/1/period',
      ]);
      expect(pointers(withSeries('quadrennial', ['2017', '2021-H1', '2021-H1']))).to.deep.equal([
        '/indicators/0/series/1/period',
        '/indicators/0/series/2/period',
      ]);
    });
    it('validate(the same period in series of different frequencies) judges it by each one’s own', () => {
      // A period that fits the first indicator's frequency is remembered for that frequency only.
      const doc = withSeries('irregular', ['2023-H1', '2025-03']);
      doc.indicators[1].frequency = 'semiannual';
      doc.indicators[1].series = [
        { period: '2025-03', value: 1 },
        { period: '2025-H2', value: 2 },
      ];
      delete doc.indicators[1].target;
      expect(pointers(doc)).to.deep.equal(['/indicators/1/series/0/period']);
    });
    it('validate(coarser periods, or any period when irregular) is ok', () => {
      expect(validate(withSeries('semiannual', ['2018', '2019-H1', '2019-H2'])).ok).to.equal(true);
      expect(validate(withSeries('annual', ['2017', '2018', '2019'])).ok).to.equal(true);
      expect(
        validate(withSeries('irregular', ['2019-03', '2019-Q3', '2020-H1', '2021'])).ok,
      ).to.equal(true);
    });
  });

  describe('never throws, never pollutes', () => {
    it('validate(not an object) is one error at the root', () => {
      for (const doc of [null, undefined, 42, 'text', [], true, () => 1]) {
        const errors = errorsOf(doc);
        expect(
          errors.map((e) => e.pointer),
          String(doc),
        ).to.deep.equal(['']);
      }
    });
    it('validate(JSON with __proto__, constructor and prototype keys) drops them with a warning', () => {
      const json = JSON.stringify(fixture()).replace(
        '{',
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},',
      );
      const doc = JSON.parse(json.replace('"unit":"%"', '"unit":"%","__proto__":{"polluted":2}'));
      const r = validate(doc);
      expect(r.ok).to.equal(true);
      if (!r.ok) return;
      expect(r.warnings.map((w) => w.pointer)).to.deep.equal([
        '/__proto__',
        '/constructor',
        '/indicators/0/__proto__',
      ]);
      expect(Object.keys(r.agreement)).not.to.include('__proto__');
      expect(Object.getPrototypeOf(r.agreement)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(r.agreement.indicators?.[0])).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
    it(`validate(100,000-deep nesting) stops at ${MAX_DEPTH} levels with one error`, () => {
      let deep: unknown = 'bottom';
      for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { d: deep };
      const errors = errorsOf({ ...fixture(), deep });
      expect(errors).to.have.length(1);
      expect(errors[0]?.code).to.equal('depth');
      expect(errors[0]?.pointer.split('/')).to.have.length(MAX_DEPTH + 1);
    });
    it('validate(100,000-deep JSON text) stops at the depth limit', () => {
      const json = `{"schemaVersion":"1.0","id":"x","title":"x","deep":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
      let r;
      try {
        r = validateJson(json);
      } catch (e) {
        throw new Error(`threw ${String(e)}`, { cause: e });
      }
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.errors[0]?.code).to.be.oneOf(['depth', 'json']); // some engines refuse to parse that deep
    });
    it('validate(circular object) reports the cycle', () => {
      const doc = fixture();
      doc.indicators[0].self = doc.indicators[0];
      expect(errorsOf(doc).map((e) => [e.pointer, e.code])).to.deep.equal([
        ['/indicators/0/self', 'circular'],
      ]);
    });
    it('validate(shared, non-circular objects) is fine', () => {
      const doc = fixture();
      doc.indicators[1].source = doc.indicators[0].source;
      expect(validate(doc).ok).to.equal(true);
    });
    it('validate(values JSON cannot hold) reports each one', () => {
      const doc = fixture();
      doc.indicators[0].series[0].value = NaN;
      doc.indicators[0].target.value = Infinity;
      doc.extra = [() => 1, undefined, 1n, Symbol('s')];
      doc.skipped = undefined; // an undefined property is simply absent, as in JSON.stringify
      expect(errorsOf(doc).map((e) => [e.pointer, e.code])).to.deep.equal([
        ['/indicators/0/series/0/value', 'json'],
        ['/indicators/0/target/value', 'json'],
        ['/extra/0', 'json'],
        ['/extra/1', 'json'],
        ['/extra/2', 'json'],
        ['/extra/3', 'json'],
      ]);
    });
    it('validate(unusable values, a wrong shape and broken references) lists them in that order', () => {
      // One walk finds the first two kinds; the order is the copy's, then the contract's, then the references'.
      const doc = fixture();
      doc.indicators[0].nationalGoalIds = ['nowhere'];
      doc.indicators[0].name = 5;
      doc.indicators[0].series[0].value = NaN;
      doc.indicators[1].nationalGoalIds = ['sunde-leveaar', 'sunde-leveaar', 1];
      doc.title = undefined;
      doc.extra = () => 1;
      expect(errorsOf(doc).map((e) => [e.pointer, e.code])).to.deep.equal([
        ['/indicators/0/series/0/value', 'json'],
        ['/extra', 'json'],
        ['/indicators/0/name', 'type'],
        ['/indicators/1/nationalGoalIds/1', 'unique'],
        ['/indicators/1/nationalGoalIds/2', 'type'],
        ['/title', 'required'],
        ['/indicators/0/nationalGoalIds/0', 'reference'],
        // The fixture marks its link to "sunde-leveaar" as an example; that link is gone now.
        ['/indicators/0/illustrativeNationalGoalIds/0', 'reference'],
      ]);
    });
    it('validate(NaN or Infinity) says so in words an editor can read, never "NaN" or "Infinity"', () => {
      const doc = fixture();
      doc.indicators[0].series[0].period = NaN;
      doc.indicators[0].target.value = -Infinity;
      const [nan, infinity] = errorsOf(doc);
      expect([nan?.da, nan?.en]).to.deep.equal(['er ikke et tal', 'is not a number']);
      expect([infinity?.da, infinity?.en]).to.deep.equal([
        'er ikke et endeligt tal',
        'is not a finite number',
      ]);
    });
    it('validate(proxy or getter that throws) is an error, not an exception', () => {
      const hostile = new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('no');
          },
        },
      );
      expect(pointers(hostile)).to.deep.equal(['']);
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(pointers(proxy)).to.deep.equal(['']);
      const getter = Object.defineProperty(fixture(), 'title', {
        enumerable: true,
        get: () => {
          throw new Error('no');
        },
      });
      expect(errorsOf(getter).map((e) => e.code)).to.deep.equal(['unreadable']);
    });
    it('validate(more than 100 errors) keeps 100 and ends with "og N flere fejl"', () => {
      const doc = fixture();
      doc.indicators[0].series = Array.from({ length: 250 }, () => ({ period: 'x', value: 1 }));
      const errors = errorsOf(doc);
      expect(errors).to.have.length(101);
      expect(errors[100]).to.deep.equal({
        pointer: '',
        code: 'more',
        da: 'og 150 flere fejl',
        en: 'and 150 more errors',
      });
    });
    it('validate(millions of shared references) stops with a size error', () => {
      const row = new Array(10_000).fill(0);
      const errors = errorsOf({ ...fixture(), huge: new Array(1_000).fill(row) });
      expect(errors.map((e) => e.code)).to.deep.equal(['size']);
    });
    it('validateJson(20 MB document) validates in one pass', () => {
      const doc = fixture();
      const points = [];
      for (let i = 0; points.length < 500_000; i++) {
        points.push({
          period: `${1000 + (i % 9000)}-${String((i % 12) + 1).padStart(2, '0')}`,
          value: i / 7,
          area: i % 2 ? '751' : '1084',
        });
      }
      doc.indicators[1].series = points;
      doc.indicators[1].frequency = 'irregular'; // monthly periods
      const json = JSON.stringify(doc);
      expect(json.length).to.be.above(20_000_000);
      const r = validateJson(json);
      expect(r.ok).to.equal(true); // duplicates only warn
    });
  });

  describe('validateJson()', () => {
    it('validateJson(broken JSON) is one error at the root', () => {
      const r = validateJson('{"schemaVersion": "1.0",,}');
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.errors.map((e) => [e.pointer, e.code])).to.deep.equal([['', 'json']]);
    });
    it('validateJson(empty or blank text) says it is empty, in both languages', () => {
      for (const text of ['', '  \n', '\uFEFF']) {
        const r = validateJson(text);
        expect(r.ok).to.equal(false);
        if (!r.ok)
          expect(r.errors).to.deep.equal([
            { pointer: '', code: 'json', da: 'er tom (ingen JSON)', en: 'is empty (no JSON)' },
          ]);
      }
    });
    it('validateJson(text with a byte order mark) ignores the mark', () => {
      expect(validateJson(`\uFEFF${JSON.stringify(fixture())}`).ok).to.equal(true);
    });
  });
});
