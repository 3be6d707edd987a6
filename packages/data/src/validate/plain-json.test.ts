import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { completeAgreement } from '../fixtures/complete-agreement.js';
import { agreement } from './contract.js';
import { toPlainJson } from './plain-json.js';
import { Report, type At } from './report.js';
import type { Rule } from './rules.js';
import { warningChecks } from './warnings.js';

/** `rule` and the rules it names, without the quick way past plain objects: the copy walks every value. */
function walkOnly(rule: Rule): Rule {
  const slow: Rule = Object.assign((v: unknown, at: At, r: Report) => rule(v, at, r), {
    ok: rule.ok,
    unique: rule.unique,
  });
  if (rule.props) slow.props = new Map([...rule.props].map(([k, r]) => [k, walkOnly(r)]));
  if (rule.item) slow.item = walkOnly(rule.item);
  return slow;
}

/** `rule` as it is, counting the objects its quick ways take. */
function counting(rule: Rule, taken: { n: number }): Rule {
  const same: Rule = Object.assign((v: unknown, at: At, r: Report) => rule(v, at, r), {
    ok: rule.ok,
    unique: rule.unique,
  });
  const { quick } = rule;
  if (quick)
    same.quick = (v, out) => {
      const n = quick(v, out);
      if (n) taken.n++;
      return n;
    };
  if (rule.props) same.props = new Map([...rule.props].map(([k, r]) => [k, counting(r, taken)]));
  if (rule.item) same.item = counting(rule.item, taken);
  return same;
}

function copyWith(rule: Rule, doc: unknown, inPlace: boolean) {
  const report = new Report(warningChecks);
  const checks = new Report();
  const input = inPlace ? structuredClone(doc) : doc;
  const out = toPlainJson(input, report, rule, checks, inPlace);
  return { out, report: report.done(), checks: checks.done(), same: out === input };
}

// Values a series point, a target or a source might hold, right and wrong.
const scalar = fc.oneof(
  fc.constantFrom('2024', '2024-H1', '2024-H3', '2024-Q4', '2024-13', 'kbh', 'a b', ''),
  fc.constantFrom(null, undefined, 0, -1, 1.5, 1e308, NaN, Infinity, true),
  fc.string({ maxLength: 4 }),
  fc.double(),
);
const keys = fc.constantFrom(
  'period',
  'value',
  'area',
  'illustrative',
  'name',
  'url',
  'extra',
  '__proto__',
  'constructor',
);
/** Objects shaped like the contract's flat ones, with now and then a nested value or a list. */
const flatish = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(keys, scalar, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(keys, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
/** The complete sample agreement with one indicator's series, target, source and stableWithin replaced. */
const documents = fc
  .record({
    series: fc.array(flatish, { maxLength: 8 }),
    target: flatish,
    source: flatish,
    stableWithin: flatish,
    area: flatish,
  })
  .map(({ series, target, source, stableWithin, area }) => {
    const doc = structuredClone(completeAgreement) as unknown as {
      indicators: Record<string, unknown>[];
      areas: unknown[];
    };
    Object.assign(doc.indicators[0]!, { series, target, source, stableWithin });
    doc.areas.push(area);
    return doc;
  });

describe('toPlainJson: the quick way past plain objects', () => {
  it('gives the same copy and the same issues as walking every value, copied or in place', () => {
    const taken = { n: 0 };
    const quick = counting(agreement, taken);
    const walked = walkOnly(agreement);
    fc.assert(
      fc.property(documents, fc.boolean(), (doc, inPlace) => {
        expect(copyWith(quick, doc, inPlace)).to.deep.equal(copyWith(walked, doc, inPlace));
      }),
      { numRuns: 300 },
    );
    // Plain objects must have come up, or the quick way went untested.
    expect(taken.n).to.be.greaterThan(300);
  });

  it('takes a plain series point whole, and leaves one with an unknown, unsafe or wrong field to the walk', () => {
    const point = agreement.props!.get('indicators')!.item!.props!.get('series')!.item!;
    const take = (v: object) => point.quick!(v, {});
    expect(take({ period: '2024-H1', value: 1.5 })).to.equal(3);
    expect(take({ period: '2024-H1', value: null, area: 'kbh' })).to.equal(4);
    expect(take({ period: '2024-H3', value: 1 })).to.equal(0);
    expect(take({ period: '2024', value: NaN })).to.equal(0);
    expect(take({ period: '2024', value: 1, note: 'x' })).to.equal(0);
    expect(take({ period: '2024' })).to.equal(0);
    expect(take([])).to.equal(0);
    // Inherited fields are not the object's own: the walk reports `value` missing.
    expect(take(Object.assign(Object.create({ value: 1 }), { period: '2024' }))).to.equal(0);
    expect(take(JSON.parse('{"period":"2024","value":1,"__proto__":{}}'))).to.equal(0);
  });
});
