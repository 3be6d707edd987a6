/**
 * The bad-input corpus: documents a hand-edited or hostile data file may contain, each with what must
 * happen. Built from a valid sample so each case breaks one thing. Used by the tests of `validate` and of
 * every element: whatever the case, no exception reaches the page, text stays text, no unsafe link
 * exists, Object.prototype is untouched and nothing shows NaN/undefined/[object Object].
 */
import type { Agreement } from '../src/types.js';

export interface CorpusCase {
  id: string;
  /** What the document is. */
  note: string;
  /** The file's text, exactly as a server would send it. */
  text: string;
  /**
   * What must happen: `valid` renders (possibly with warnings); `invalid` shows the validation error
   * with a JSON Pointer (`pointer`, when given, must be among them); `not-json` shows a parse error.
   */
  expect: 'valid' | 'invalid' | 'not-json';
  pointer?: string;
}

type Doc = Agreement & Record<string, unknown>;
type Mutable = Record<string, unknown>;

export const XSS = [
  '<img src=x onerror="window.__saXss=1">',
  '<svg onload="window.__saXss=1"></svg>',
  '"><script>window.__saXss=1</script>',
  '</style><script>window.__saXss=1</script>',
  '${window.__saXss=1}{{constructor.constructor("window.__saXss=1")()}}',
];

const CSS_LIKE =
  'red;}</style><style>*{display:none!important} :host{background:url(javascript:alert(1))} expression(alert(1))';

/** Every string-valued text field of a document set to `value` (ids and periods kept, so it stays valid). */
function everyText(doc: Doc, value: (i: number) => string): Doc {
  let i = 0;
  const keep = new Set([
    'id',
    'period',
    'area',
    'schemaVersion',
    'desiredDirection',
    'frequency',
    'state',
    'stage',
    'kind',
    'status',
    'url',
    'date',
    'lang',
    '$schema',
    'unit',
  ]);
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map((n) => (typeof n === 'string' ? value(i++) : walk(n)));
    if (node && typeof node === 'object') {
      const out: Mutable = {};
      for (const [k, v] of Object.entries(node)) {
        if (k.endsWith('Ids')) out[k] = v;
        else out[k] = typeof v === 'string' && !keep.has(k) ? value(i++) : walk(v);
      }
      return out;
    }
    return node;
  };
  return walk(doc) as Doc;
}

export function buildCorpus(sample: Agreement): CorpusCase[] {
  const base = () => structuredClone(sample) as Doc;
  const json = (doc: unknown) => JSON.stringify(doc);
  const withDoc = (fn: (d: Doc) => void) => {
    const d = base();
    fn(d);
    return json(d);
  };
  const ind = (d: Doc, i = 0) => d.indicators![i]! as unknown as Mutable;
  const firstSeries = (d: Doc) => ind(d).series as Mutable[];
  const cases: CorpusCase[] = [];
  const add = (c: CorpusCase) => cases.push(c);

  // Not JSON at all.
  add({
    id: 'truncated',
    note: 'a file cut off mid-way',
    text: json(base()).slice(0, 500),
    expect: 'not-json',
  });
  add({
    id: 'bom',
    note: 'valid JSON with a UTF-8 byte order mark, as Windows editors save it',
    text: '\uFEFF' + json(base()),
    expect: 'valid',
  });
  add({
    id: 'html-page',
    note: 'an HTML page (a CMS 404 or login page) instead of JSON',
    text: '<!doctype html><html><body><h1>Log ind</h1></body></html>',
    expect: 'not-json',
  });
  add({ id: 'empty', note: 'an empty file', text: '', expect: 'not-json' });
  add({ id: 'null', note: 'the JSON value null', text: 'null', expect: 'invalid', pointer: '' });
  add({
    id: 'array',
    note: 'a JSON array instead of an object',
    text: '[]',
    expect: 'invalid',
    pointer: '',
  });
  add({
    id: 'nan-literal',
    note: 'NaN, which JSON does not allow',
    text: '{"schemaVersion":"1.0","id":"x","title":"x","indicators":[{"id":"a","name":"a","desiredDirection":"up","series":[{"period":"2020","value":NaN}]}]}',
    expect: 'not-json',
  });

  // Versions.
  add({
    id: 'no-version',
    note: 'schemaVersion missing',
    text: withDoc((d) => delete (d as Mutable).schemaVersion),
    expect: 'invalid',
    pointer: '/schemaVersion',
  });
  add({
    id: 'newer-minor',
    note: 'a newer minor version (1.7): compatible, renders with a warning',
    text: withDoc((d) => (d.schemaVersion = '1.7')),
    expect: 'valid',
  });
  add({
    id: 'unknown-major',
    note: 'an unknown major version (2.0): refused, naming expected and found version',
    text: withDoc((d) => (d.schemaVersion = '2.0')),
    expect: 'invalid',
    pointer: '/schemaVersion',
  });
  add({
    id: 'numeric-version',
    note: 'schemaVersion as a number',
    text: withDoc((d) => ((d as Mutable).schemaVersion = 1)),
    expect: 'invalid',
    pointer: '/schemaVersion',
  });

  // Missing and wrong-typed fields.
  add({
    id: 'no-indicators',
    note: 'no indicators at all',
    text: withDoc((d) => {
      delete d.indicators;
      for (const f of d.focusAreas ?? []) for (const g of f.goals ?? []) delete g.indicatorIds;
    }),
    expect: 'valid',
  });
  add({
    id: 'indicators-object',
    note: 'indicators as an object instead of a list',
    text: withDoc((d) => ((d as Mutable).indicators = { a: 1 })),
    expect: 'invalid',
    pointer: '/indicators',
  });
  add({
    id: 'name-number',
    note: 'an indicator name that is a number',
    text: withDoc((d) => (ind(d).name = 42)),
    expect: 'invalid',
    pointer: '/indicators/0/name',
  });
  add({
    id: 'value-string',
    note: 'a value written as Danish text "12,5"',
    text: withDoc((d) => (firstSeries(d)[0]!.value = '12,5')),
    expect: 'invalid',
    pointer: '/indicators/0/series/0/value',
  });
  add({
    id: 'title-missing',
    note: 'the agreement has no title',
    text: withDoc((d) => delete (d as Mutable).title),
    expect: 'invalid',
    pointer: '/title',
  });
  add({
    id: 'bad-direction',
    note: 'desiredDirection "sideways"',
    text: withDoc((d) => (ind(d).desiredDirection = 'sideways')),
    expect: 'invalid',
    pointer: '/indicators/0/desiredDirection',
  });
  add({
    id: 'bad-period',
    note: 'a period "2024-H3" that does not parse',
    text: withDoc((d) => (firstSeries(d)[0]!.period = '2024-H3')),
    expect: 'invalid',
    pointer: '/indicators/0/series/0/period',
  });

  // Numbers.
  add({
    id: 'huge-values',
    note: 'values of 1e308 and -1e308 (their difference overflows)',
    text: withDoc((d) => {
      firstSeries(d)[0]!.value = 1e308;
      firstSeries(d)[1]!.value = -1e308;
    }),
    expect: 'valid',
  });
  add({
    id: 'negative-zero',
    note: 'values of -0',
    text: withDoc((d) => firstSeries(d).forEach((p) => (p.value = -0))),
    expect: 'valid',
  });
  add({
    id: 'tiny-to-huge',
    note: 'values from 1e-9 to 1e9 in one series',
    text: withDoc((d) => firstSeries(d).forEach((p, i) => (p.value = i % 2 ? 1e9 : 1e-9))),
    expect: 'valid',
  });

  // References and ids.
  add({
    id: 'duplicate-ids',
    note: 'two indicators with the same id',
    text: withDoc((d) => (ind(d, 1).id = ind(d, 0).id)),
    expect: 'invalid',
    pointer: '/indicators/1/id',
  });
  add({
    id: 'dangling-goal-ref',
    note: 'a goal pointing at an indicator that does not exist',
    text: withDoc((d) => (d.focusAreas![0]!.goals![0]!.indicatorIds = ['findes-ikke'])),
    expect: 'invalid',
    pointer: '/focusAreas/0/goals/0/indicatorIds/0',
  });
  add({
    id: 'dangling-national-ref',
    note: 'an indicator pointing at a national goal that does not exist',
    text: withDoc((d) => (ind(d).nationalGoalIds = ['findes-ikke'])),
    expect: 'invalid',
    pointer: '/indicators/0/nationalGoalIds/0',
  });
  add({
    id: 'unknown-area',
    note: 'a series value for an area not in areas',
    text: withDoc((d) => firstSeries(d).push({ period: '2021', value: 1, area: '999' })),
    expect: 'invalid',
  });

  // Series shapes.
  add({
    id: 'empty-series',
    note: 'an indicator with an empty series',
    text: withDoc((d) => (ind(d).series = [])),
    expect: 'valid',
  });
  add({
    id: 'all-null',
    note: 'a series of gaps only',
    text: withDoc((d) => firstSeries(d).forEach((p) => (p.value = null))),
    expect: 'valid',
  });
  add({
    id: 'one-point',
    note: 'a series of one value',
    text: withDoc((d) => (ind(d).series = [{ period: '2021', value: 3 }])),
    expect: 'valid',
  });
  add({
    id: 'unsorted',
    note: 'a series in reverse order',
    text: withDoc((d) => firstSeries(d).reverse()),
    expect: 'valid',
  });
  add({
    id: 'duplicate-period',
    note: 'the same period twice (the last one wins)',
    text: withDoc((d) => firstSeries(d).push({ ...firstSeries(d)[0]! })),
    expect: 'valid',
  });

  // Script and markup in text.
  XSS.forEach((payload, i) =>
    add({
      id: `xss-${i + 1}`,
      note: `markup/script in every text field: ${payload.slice(0, 30)}`,
      text: json(everyText(base(), (n) => `${payload} #${n}`)),
      expect: 'valid',
    }),
  );
  add({
    id: 'css-like',
    note: 'CSS-like strings in every text field',
    text: json(everyText(base(), () => CSS_LIKE)),
    expect: 'valid',
  });
  add({
    id: 'css-in-unit',
    note: 'CSS in the unit',
    text: withDoc((d) => (ind(d).unit = CSS_LIKE)),
    expect: 'valid',
  });

  // Dangerous URLs: refused by the contract, and never a link.
  const urls: [string, string][] = [
    ['javascript', 'javascript:window.__saXss=1'],
    ['javascript-case', 'JaVaScRiPt:window.__saXss=1'],
    ['javascript-tab', 'java\tscript:window.__saXss=1'],
    ['javascript-newline', 'java\nscript:window.__saXss=1'],
    ['data-url', 'data:text/html,<script>window.__saXss=1</script>'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['protocol-relative', '//evil.example/x'],
  ];
  for (const [id, url] of urls) {
    add({
      id: `url-${id}`,
      note: `source url ${JSON.stringify(url)}`,
      text: withDoc((d) => (ind(d).source = { name: 'Kilde', url })),
      expect: 'invalid',
      pointer: '/indicators/0/source/url',
    });
  }
  add({
    id: 'url-report',
    note: 'a javascript: URL on a status report',
    text: withDoc(
      (d) => (d.statusReports = [{ kind: 'final', summary: 'x', url: 'javascript:alert(1)' }]),
    ),
    expect: 'invalid',
    pointer: '/statusReports/0/url',
  });

  // Prototype keys.
  add({
    id: 'proto-root',
    note: '"__proto__" with a payload at the root',
    text: json(base()).replace(/^\{/, '{"__proto__":{"saPolluted":true},'),
    expect: 'valid',
  });
  add({
    id: 'proto-nested',
    note: '"__proto__", "constructor" and "prototype" keys inside an indicator and a series point',
    text: json(base()).replace(
      '"series":[{',
      '"__proto__":{"saPolluted":1},"constructor":{"prototype":{"saPolluted":1}},"series":[{"__proto__":{"saPolluted":1},',
    ),
    expect: 'valid',
  });
  add({
    id: 'proto-id',
    note: 'an indicator with the id "__proto__"',
    text: withDoc((d) => (ind(d).id = '__proto__')),
    expect: 'invalid',
  });

  // Unusual text.
  add({
    id: 'long-word',
    note: 'a 5,000-character word in a name',
    text: withDoc((d) => (ind(d).name = 'x'.repeat(5000))),
    expect: 'valid',
  });
  add({
    id: 'rtl-zero-width',
    note: 'RTL override and zero-width characters in names',
    text: withDoc((d) => (ind(d).name = '\u202Eevil\u200B\u200D\uFEFFname')),
    expect: 'valid',
  });
  add({
    id: 'emoji',
    note: 'emoji in titles',
    text: withDoc((d) => (d.title = 'Sundhed 🏥💉🧠 for alle 👨‍👩‍👧')),
    expect: 'valid',
  });

  // Size and depth.
  add({
    id: 'deep-nesting',
    note: '100,000-deep nesting under an unknown property',
    text: json(base()).replace(/^\{/, `{"deep":${'['.repeat(100_000)}${']'.repeat(100_000)},`),
    expect: 'invalid',
  });

  return cases;
}

/** A 20 MB document: the sample with a huge unknown property. Generated in the test, not stored. */
export function hugeText(sample: Agreement, megabytes = 20): string {
  const filler = 'x'.repeat(1024);
  const parts = Array.from({ length: megabytes * 1024 }, () => filler);
  return JSON.stringify({ ...sample, padding: parts });
}
