import { expect } from '@open-wc/testing';
import { formatJson, patchJson } from './json-text.js';

/** `text` patched to hold what `change` does to its parsed value. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into parsed JSON
const patched = (text: string, change: (doc: any) => void) => {
  const next = JSON.parse(text);
  change(next);
  const out = patchJson(text, JSON.parse(text), next);
  expect(JSON.parse(out)).to.deep.equal(next);
  return out;
};

const PRETTIER = `{
  "id": "x",
  "period": { "from": 2024, "to": 2027 },
  "series": [
    { "period": "2023-H1", "value": 8.7 },
    { "period": "2023-H2", "value": 8.6 }
  ],
  "tags": ["a", "b"]
}
`;

describe('patchJson(): a changed document in its own text', () => {
  it('an unchanged document is the same text, byte for byte (CRLF, BOM, tabs, odd spacing)', () => {
    for (const text of [PRETTIER, '\uFEFF{\r\n\t"a" :  [1,2 ,3],\r\n\t"b": 1.50\r\n}', '{"a":1}'])
      expect(
        patchJson(
          text,
          JSON.parse(text.replace(/^\uFEFF/, '')),
          JSON.parse(text.replace(/^\uFEFF/, '')),
        ),
      ).to.equal(text);
  });

  it('a changed value rewrites only that value', () => {
    expect(patched(PRETTIER, (d) => (d.series[1].value = 8.9))).to.equal(
      PRETTIER.replace('"value": 8.6', '"value": 8.9'),
    );
  });

  it('a new item is written like its neighbours (one line each), after the last', () => {
    expect(patched(PRETTIER, (d) => d.series.push({ period: '2024-H1', value: null }))).to.equal(
      PRETTIER.replace(
        '"value": 8.6 }\n',
        '"value": 8.6 },\n    { "period": "2024-H1", "value": null }\n',
      ),
    );
  });

  it('new and removed properties keep the others in place; JSON.stringify style stays expanded', () => {
    const plain = `${JSON.stringify({ a: 1, b: { c: 2 }, d: 3 }, null, 2)}\n`;
    expect(
      patched(plain, (d) => {
        delete d.a;
        d.b.e = [1, 2];
        d.f = 'x';
      }),
    ).to.equal(
      '{\n  "b": {\n    "c": 2,\n    "e": [\n      1,\n      2\n    ]\n  },\n  "d": 3,\n  "f": "x"\n}\n',
    );
  });

  it('a list emptied or filled from empty is rewritten whole', () => {
    expect(patched(PRETTIER, (d) => (d.series = []))).to.include('"series": [],');
    expect(patched('{\n  "s": []\n}\n', (d) => (d.s = [{ p: 1 }, { p: 2 }]))).to.equal(
      '{\n  "s": [\n    {\n      "p": 1\n    },\n    {\n      "p": 2\n    }\n  ]\n}\n',
    );
  });

  it('formatJson() is two-space JSON with a final newline', () => {
    expect(formatJson({ a: [1] })).to.equal('{\n  "a": [\n    1\n  ]\n}\n');
  });
});
