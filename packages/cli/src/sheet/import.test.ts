import { expect } from '@open-wc/testing';
import type { Agreement } from '@sundhedsaftale/data';
import { exportSheets, sheetRows } from './export.js';
import { importTables, type Table } from './import.js';
import { formatIssue } from './issues.js';

// The test server serves the repository root.
async function sample(name: string): Promise<Agreement> {
  const res = await fetch(`/packages/data/samples/${name}.json`);
  return (await res.json()) as Agreement;
}

/** The workbook of `doc` as importTables() reads it, without the guide. */
const workbook = (doc: unknown): Table[] =>
  exportSheets(doc).map((s) => ({ name: s.name, rows: sheetRows(s) }));

const lines = (tables: Table[], into?: unknown, lang: 'da' | 'en' = 'da') =>
  importTables(tables, { into }).issues.map((i) => formatIssue(i, lang, 'aftale.json'));

const base = (): Agreement =>
  ({
    schemaVersion: '1.0',
    id: 'test',
    title: 'Test',
    visions: [{ id: 'v', title: 'Vision' }],
    indicators: [
      {
        id: 'rygere',
        name: { da: 'Andel rygere' },
        unit: '%',
        desiredDirection: 'down',
        series: [{ period: '2020', value: 10 }],
        _note: 'kept',
      } as never,
    ],
    areas: [{ id: '751', name: 'Aarhus Kommune', kind: 'municipality' }],
    _own: { kept: true },
  }) as never;

const VALUES_HEADER = ['indikator-id', 'periode', 'område-kode', 'værdi'];

describe('importTables(): JSON → workbook → JSON', () => {
  for (const name of ['midt-2019-2023', 'midt-2024-2027'])
    it(`exportSheets(${name}) imported into the document is the document, unchanged`, async () => {
      const doc = await sample(name);
      const r = importTables(workbook(doc), { into: doc });
      expect(r.issues).to.deep.equal([]);
      expect(r.agreement).to.deep.equal(doc);
      expect(Object.values(r.summary).every((n) => n === 0)).to.equal(true);
      expect(r.changes.indicators).to.deep.equal([]);
    });

  it('exportSheets(sample) imported into the sample without indicators and areas rebuilds them', async () => {
    const doc = await sample('midt-2024-2027');
    const { indicators: _i, areas: _a, ...rest } = doc;
    const r = importTables(workbook(doc), { into: rest });
    expect(r.issues).to.deep.equal([]);
    // The workbook has no columns yet for contract 1.1's marked target, links and alsoNational.
    const carried = doc.indicators?.map(
      ({ illustrativeNationalGoalIds: _l, illustrativeAlsoNational: _a, ...i }) =>
        i.target ? { ...i, target: { value: i.target.value, period: i.target.period } } : i,
    );
    expect(r.agreement?.indicators).to.deep.equal(carried);
    expect(r.agreement?.areas).to.deep.equal(doc.areas);
  });

  it('texts in Danish and English, gaps, negative and tiny values, all flags survive', () => {
    const doc = {
      schemaVersion: '1.0',
      id: 'x',
      title: 'X',
      indicators: [
        {
          id: 'a',
          name: { da: 'A', en: 'A (en)' },
          description: { en: 'only English' },
          desiredDirection: 'none',
          frequency: 'irregular',
          state: 'active',
          // An empty cell is an empty list: an indicator from the sheet always has this field.
          nationalGoalIds: [],
          alsoNational: false,
          source: { name: { da: 'Kilde', en: 'Source' }, url: 'https://example.org/a?b=1' },
          series: [
            { period: '2024-03', value: -3.25 },
            { period: '2024-Q2', value: null },
            { period: '2024-H2', value: 1e-7, area: '0751' },
          ],
          stableWithin: { relative: 0.015, absolute: 0.5 },
          target: { value: -1 },
          decimals: 2,
          illustrative: false,
        },
      ],
      areas: [{ id: '0751', name: { da: 'Område', en: 'Area' }, kind: 'other' }],
    };
    const r = importTables(workbook(doc));
    expect(r.issues.filter((i) => !i.warning)).to.deep.equal([]);
    expect(r.agreement?.indicators).to.deep.equal(doc.indicators);
    expect(r.agreement?.areas).to.deep.equal(doc.areas);
    expect(r.agreement?.id).to.equal('x');
  });
});

describe('importTables(): merging into a document', () => {
  it('keeps visions, unknown properties and the form of unchanged texts', () => {
    const r = importTables(
      [
        {
          name: 'Indikatorer',
          rows: [
            ['id', 'navn', 'enhed'],
            ['rygere', 'Andel rygere', '%'],
          ],
        },
        { name: 'Værdier', rows: [VALUES_HEADER, ['rygere', '2021', null, '9,5']] },
      ],
      { into: base() },
    );
    expect(r.issues).to.deep.equal([]);
    const doc = r.agreement as unknown as Record<string, unknown> & Agreement;
    expect(doc.visions).to.deep.equal([{ id: 'v', title: 'Vision' }]);
    expect(doc._own).to.deep.equal({ kept: true });
    const ind = doc.indicators![0] as unknown as Record<string, unknown>;
    expect(ind._note).to.equal('kept');
    expect(ind.name).to.deep.equal({ da: 'Andel rygere' });
    expect(ind.desiredDirection).to.equal('down');
    expect(ind.series).to.deep.equal([
      { period: '2020', value: 10 },
      { period: '2021', value: 9.5 },
    ]);
  });

  it('updates a value in place, adds new ones, and an empty value cell is a gap (null)', () => {
    const r = importTables(
      [
        {
          name: 'Værdier',
          rows: [
            VALUES_HEADER,
            ['rygere', '2020', null, 11],
            ['rygere', '2022', '', null],
            ['rygere', '2022', '751', '1.234,5'],
          ],
        },
      ],
      { into: base() },
    );
    expect(r.issues).to.deep.equal([]);
    expect(r.agreement?.indicators?.[0]?.series).to.deep.equal([
      { period: '2020', value: 11 },
      { period: '2022', value: null },
      { period: '2022', value: 1234.5, area: '751' },
    ]);
    expect(r.summary).to.include({ valuesAdded: 2, valuesChanged: 1, valuesRemoved: 0 });
    expect(
      r.changes.indicators[0]?.values.map((v) => [v.kind, v.period, v.old, v.new]),
    ).to.deep.equal([
      ['changed', '2020', 10, 11],
      ['added', '2022', undefined, null],
      ['added', '2022', undefined, 1234.5],
    ]);
  });

  it('with replaceValues the sheet is the whole series of each indicator it names', () => {
    const r = importTables(
      [{ name: 'Værdier', rows: [VALUES_HEADER, ['rygere', '2023', null, 8]] }],
      {
        into: base(),
        replaceValues: true,
        allowClear: true,
      },
    );
    expect(r.agreement?.indicators?.[0]?.series).to.deep.equal([{ period: '2023', value: 8 }]);
    expect(r.summary).to.include({ valuesAdded: 1, valuesRemoved: 1 });
  });

  it('clearing or removing a published number needs allowClear; the error is at the cell', () => {
    const cleared = importTables(
      [{ name: 'Værdier', rows: [VALUES_HEADER, ['rygere', '2020', null, null]] }],
      { into: base() },
    );
    expect(cleared.agreement).to.equal(undefined);
    expect(cleared.issues.map((i) => formatIssue(i, 'en'))).to.deep.equal([
      'Værdier!D2: rygere 2020: 10 is published and would be cleared (empty cell); write the number again, or use --allow-clear if it is to go',
    ]);
    const removed = importTables(
      [{ name: 'Værdier', rows: [VALUES_HEADER, ['rygere', '2023', null, 8]] }],
      { into: base(), replaceValues: true },
    );
    expect(removed.issues.map((i) => formatIssue(i, 'da'))).to.deep.equal([
      'Værdier: rygere 2020: 10 er offentliggjort og ville blive fjernet (står ikke i arket); skriv tallet igen, eller brug --allow-clear, hvis det skal væk',
    ]);
  });

  it('an empty cell in a present column removes the field; an absent column leaves it', () => {
    const r = importTables(
      [
        {
          name: 'Indikatorer',
          rows: [
            ['id', 'enhed'],
            ['rygere', null],
          ],
        },
      ],
      {
        into: base(),
      },
    );
    const ind = r.agreement?.indicators?.[0];
    expect(ind?.unit).to.equal(undefined);
    expect(ind?.desiredDirection).to.equal('down');
  });

  it('refuses a workbook that belongs to another agreement', () => {
    expect(
      lines(
        [
          {
            name: 'Aftale',
            rows: [
              ['felt', 'værdi'],
              ['id', 'andet'],
            ],
          },
          { name: 'Værdier', rows: [VALUES_HEADER] },
        ],
        base(),
      ),
    ).to.deep.equal([
      'Aftale!B2: arbejdsbogen hører til aftalen "andet", men dokumentet er "test"',
    ]);
  });
});

describe('importTables(): problems, at their cells', () => {
  it('Danish number formats are accepted, "12,5%" and the like are reported at their cells', () => {
    const out = lines(
      [
        {
          name: 'Værdier',
          rows: [
            VALUES_HEADER,
            ['rygere', '2021', null, '12,5'],
            ['rygere', '2022', null, '−3,2'],
            ['rygere', '2023', null, '12,5%'],
            ['rygere', '2024', null, 'n/a'],
          ],
        },
      ],
      base(),
    );
    expect(out).to.deep.equal([
      'Værdier!D4: "12,5%" er ikke et tal; skriv kun tallet (enheden står på arket Indikatorer)',
      'Værdier!D5: "n/a" er ikke et tal',
    ]);
  });

  it('English messages with lang en', () => {
    const out = lines(
      [{ name: 'Værdier', rows: [VALUES_HEADER, ['rygere', '2023', null, '12,5%']] }],
      base(),
      'en',
    );
    expect(out).to.deep.equal([
      'Værdier!D2: "12,5%" is not a number; write only the number (the unit belongs in the Indicators sheet)',
    ]);
  });

  it('validate() problems are located at the cell they came from', () => {
    const out = lines(
      [
        {
          name: 'Indikatorer',
          rows: [
            ['id', 'navn', 'ønsket retning', 'kilde-url'],
            ['ny', null, 'op', 'javascript:alert(1)'],
          ],
        },
        {
          name: 'Værdier',
          rows: [
            VALUES_HEADER,
            ['rygere', '2024-H3', null, 1],
            ['rygere', '2024', '999', 1],
            ['ny', '2024', null, 2],
          ],
        },
      ],
      base(),
    );
    expect(out).to.deep.equal([
      'Indikatorer!A2: kilde: mangler (feltet er påkrævet)',
      'Indikatorer!B2: mangler (feltet er påkrævet)',
      'Indikatorer!D2: skal være et http(s)-link eller et relativt link uden mellemrum, men er "javascript:alert(1)"',
      'Værdier!B2: skal være en periode (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM), men er "2024-H3"',
      'Værdier!C3: peger på området "999", som ikke findes i /areas',
    ]);
  });

  it('a bad id in a list cell (nationale mål) is reported at that cell', () => {
    expect(
      lines(
        [
          {
            name: 'Indikatorer',
            rows: [
              ['id', 'nationale mål'],
              ['rygere', 'findes-ikke'],
            ],
          },
        ],
        base(),
      ),
    ).to.deep.equal([
      'Indikatorer!B2: peger på det nationale mål "findes-ikke", som ikke findes i /nationalGoals',
    ]);
  });

  it('unknown indicators, duplicate rows, missing columns and cells are reported, nothing imported', () => {
    const r = importTables(
      [
        {
          name: 'Indikatorer',
          rows: [
            ['id', 'navn', 'navn', 'farve'],
            ['rygere', 'A'],
            [null, 'B'],
            ['rygere', 'C'],
          ],
        },
        {
          name: 'Værdier',
          rows: [
            VALUES_HEADER,
            ['ukendt', '2024', null, 1],
            ['rygere', null, null, 1],
            ['rygere', '2024', null, 1],
            ['rygere', 2024, null, 2],
          ],
        },
      ],
      { into: base() },
    );
    expect(r.agreement).to.equal(undefined);
    expect(r.issues.map((i) => formatIssue(i, 'da'))).to.deep.equal([
      'Indikatorer!C1: kolonnen "navn" findes to gange',
      'Indikatorer!D1: advarsel: kolonnen "farve" kendes ikke og springes over',
      'Indikatorer!A3: mangler id',
      'Indikatorer!A4: id "rygere" står også i række 2',
      'Værdier!A2: indikatoren "ukendt" findes hverken på arket Indikatorer eller i aftalen',
      'Værdier!B3: mangler periode',
      'Værdier!B5: rygere 2024 står også i række 4',
    ]);
  });

  it('a sheet without a required column says which', () => {
    expect(
      lines([{ name: 'Værdier', rows: [['indikator-id', 'periode', 'tal']] }], base()),
    ).to.deep.equal([
      'Værdier!1: mangler kolonnen "værdi" i overskriftsrækken',
      'Værdier!C1: advarsel: kolonnen "tal" kendes ikke og springes over',
    ]);
  });

  it('without --into and without an Aftale sheet it asks for --into', () => {
    expect(lines([{ name: 'Værdier', rows: [VALUES_HEADER] }])[0]).to.match(
      /angiv aftalen.*--into/,
    );
  });

  it('English headers and CSV file names are recognised too', () => {
    const r = importTables(
      [
        {
          name: 'values',
          label: 'values.csv',
          rows: [
            ['indicator id', 'period', 'area code', 'value'],
            ['rygere', '2021', '', '9,5'],
          ],
        },
      ],
      { into: base() },
    );
    expect(r.issues).to.deep.equal([]);
    expect(r.agreement?.indicators?.[0]?.series).to.have.length(2);
  });
});
