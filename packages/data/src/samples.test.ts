import { expect } from '@open-wc/testing';
import { describe as sentence, summarize } from './derive.js';
import { text } from './text.js';
import { validateJson } from './validate.js';
import type { Agreement } from './types.js';

// The test server serves the repository root.
const SAMPLES = ['midt-2019-2023', 'midt-2024-2027'];

async function load(name: string): Promise<Agreement> {
  const res = await fetch(`/packages/data/samples/${name}.json`);
  expect(res.ok, `${name}.json: HTTP ${res.status}`).to.equal(true);
  const r = validateJson(await res.text());
  if (!r.ok)
    throw new Error(
      `${name}.json is invalid:\n${r.errors.map((e) => `#${e.pointer}: ${e.en}`).join('\n')}`,
    );
  expect(
    r.warnings.map((w) => `#${w.pointer}: ${w.en}`),
    `${name}.json warnings`,
  ).to.deep.equal([]);
  return r.agreement;
}

for (const name of SAMPLES) {
  describe(`samples/${name}.json`, () => {
    it(`validate(${name}) is ok without warnings`, async () => {
      await load(name);
    });

    it(`summarize() and describe() give finite numbers and real sentences for every indicator and area of ${name}`, async () => {
      const doc = await load(name);
      for (const indicator of doc.indicators ?? []) {
        for (const area of [null, ...(doc.areas ?? []).map((a) => a.id)]) {
          const s = summarize(indicator, area);
          for (const n of [s.change, s.changeSinceFirst, s.progress, s.latest?.value ?? null])
            expect(n === null || Number.isFinite(n), `${indicator.id} ${area}`).to.equal(true);
          for (const lang of ['da', 'en'] as const) {
            const areaName = text(doc.areas?.find((a) => a.id === area)?.name, lang);
            expect(sentence(indicator, s, lang, areaName))
              .to.match(/^\S.*\.$/)
              .and.not.match(/NaN|undefined|\[object/);
          }
        }
      }
    });

    it(`${name}: development indicators have no values`, async () => {
      const doc = await load(name);
      for (const indicator of doc.indicators ?? [])
        if (indicator.state === 'development')
          expect(
            (indicator.series ?? []).filter((p) => p.value !== null),
            indicator.id,
          ).to.have.length(0);
    });

    it(`${name}: lists the region's 19 municipalities as areas`, async () => {
      const doc = await load(name);
      expect((doc.areas ?? []).filter((a) => a.kind === 'municipality')).to.have.length(19);
    });
  });
}

describe('files written for contract 1.0 stay valid', () => {
  // The samples as released with schemaVersion "1.0", kept unchanged as fixtures.
  for (const name of SAMPLES)
    it(`validate(test/fixtures/schema-1.0/${name}.json) is ok without warnings`, async () => {
      const res = await fetch(`/packages/data/test/fixtures/schema-1.0/${name}.json`);
      const r = validateJson(await res.text());
      expect(r.ok, JSON.stringify(r.ok ? '' : r.errors.slice(0, 3))).to.equal(true);
      expect(r.ok && r.agreement.schemaVersion).to.equal('1.0');
      expect(r.ok && r.warnings).to.deep.equal([]);
    });
});
