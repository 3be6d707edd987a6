// Odd but valid documents in the static pages: no NaN, Infinity, undefined, null or [object Object] on
// the page, no exception; and a text the data has only in the other language is marked with its lang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderStatic } from '../dist/static/render-static.js';
import { renderReport } from '../dist/report/render-report.js';

const indicator = (id, series, extra = {}) => ({
  id,
  name: { en: `English only ${id}` },
  desiredDirection: 'down',
  series,
  ...extra,
});

const DOCS = {
  'no indicators, no focus areas': {
    schemaVersion: '1.0',
    id: 'e',
    title: 'T',
    indicators: [],
    focusAreas: [],
  },
  'nothing optional at all': { schemaVersion: '1.0', id: 'e', title: { en: 'English only' } },
  'odd series': {
    schemaVersion: '1.0',
    id: 'o',
    title: { en: 'Odd' },
    region: { en: 'Region' },
    areas: [{ id: '751', name: { en: 'Aarhus' }, kind: 'municipality' }],
    focusAreas: [
      {
        id: 'f',
        title: { en: 'Focus' },
        goals: [
          {
            id: 'g',
            statement: { en: 'S' },
            indicatorIds: ['empty', 'nulls', 'huge', 'one', 'zero', 'tiny'],
          },
        ],
      },
      { id: 'no-goals', title: 'Ingen mål', goals: [] },
    ],
    indicators: [
      indicator('empty', []),
      indicator('nulls', [
        { period: '2020', value: null },
        { period: '2021', value: null },
      ]),
      indicator(
        'huge',
        [
          { period: '2020', value: 1e308 },
          { period: '2021', value: -1e308 },
        ],
        { unit: '%' },
      ),
      indicator('one', [{ period: '2020', value: 5 }]),
      indicator(
        'zero',
        [
          { period: '2020', value: 0 },
          { period: '2021', value: 0 },
        ],
        { desiredDirection: 'none' },
      ),
      indicator('tiny', [
        { period: '2020', value: 5e-324 },
        { period: '2021', value: 1.7976931348623157e308, area: '751' },
      ]),
    ],
  },
};

const BAD = /NaN|Infinity|undefined|\[object Object\]|\bnull\b/;
const visible = (page) => page.replace(/<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '');

test('every widget and the report of odd but valid documents: no NaN, Infinity, undefined, null or [object Object]', async () => {
  let pages = 0;
  for (const [name, doc] of Object.entries(DOCS)) {
    const ids = (doc.indicators ?? []).map((i) => i.id);
    const jobs = [
      { widget: 'overview' },
      { widget: 'overview', view: 'table' },
      ...(doc.focusAreas ?? []).map((f) => ({ widget: 'focus-area', focusArea: f.id })),
      ...ids.flatMap((id) => [
        { widget: 'indicator', indicator: id },
        { widget: 'indicator', indicator: id, variant: 'compact' },
        { widget: 'comparison', indicator: id },
      ]),
    ];
    for (const lang of ['da', 'en']) {
      for (const job of jobs) {
        const page = visible(await renderStatic(doc, { ...job, lang }));
        assert.doesNotMatch(page, BAD, `${name} ${JSON.stringify(job)} ${lang}`);
        pages++;
      }
      for (const area of [undefined, 'all'])
        for (const period of ['2021', '1990']) {
          const page = visible(await renderReport(doc, { period, area, lang }));
          assert.doesNotMatch(page, BAD, `${name} report ${area} ${period} ${lang}`);
          pages++;
        }
    }
  }
  assert.ok(pages > 50);
});

test('the report marks a text the data has only in the other language with lang (title, region, focus area, indicator)', async () => {
  const page = await renderReport(DOCS['odd series'], { period: '2021', lang: 'da' });
  assert.match(page, /<html lang="da">/);
  assert.match(
    page,
    /<h1><!--lit-part[^>]*--><!--lit-node 0--><span lang="en"><!--lit-part-->Odd</,
  );
  assert.match(
    page,
    /<dd><!--lit-part[^>]*--><!--lit-node 0--><span lang="en"><!--lit-part-->Region</,
  );
  assert.match(page, /<span lang="en"><!--lit-part-->Focus</);
  assert.match(
    page,
    /<th scope="row">\s*<!--lit-part[^>]*--><!--lit-node 0--><span lang="en"><!--lit-part-->English only huge</,
  );
  const en = await renderReport(DOCS['odd series'], { period: '2021', lang: 'en' });
  assert.doesNotMatch(en, /<span lang=/, 'English texts in an English page are not marked');
});
