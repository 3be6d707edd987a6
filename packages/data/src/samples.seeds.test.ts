/**
 * The samples against the source documents they are built from (see packages/data/README.md):
 * 001 = Sundhedsaftalen 2019-2023, høringsversion; 002 = Debatoplæg til Sundhedsaftalen 2024-2027.
 * What a sample states that these documents do not state must be marked as an example.
 */
import { expect } from '@open-wc/testing';
import { formatValue } from './format.js';
import { statements, seriesIllustrative, type Statement } from './provenance.js';
import { text } from './text.js';
import { validateJson } from './validate.js';
import type { Agreement, Indicator } from './types.js';

async function load(name: string): Promise<Agreement> {
  const r = validateJson(await (await fetch(`/packages/data/samples/${name}.json`)).text());
  if (!r.ok) throw new Error(`${name}.json is invalid: ${JSON.stringify(r.errors[0])}`);
  return r.agreement;
}

/** A statement the seeds make, which a sample may therefore state without a mark. */
type Cited =
  | { kind: 'value'; indicator: string; period: string; value: number; seed: string }
  | { kind: 'link'; indicator: string; goal: string; seed: string }
  | { kind: 'alsoNational'; indicator: string; seed: string }
  | { kind: 'fact'; value: string; seed: string };

/** The `*` of 001: "Indikatoren er sammenfaldende med indikator under de nationale mål". */
const starred = (indicator: string): Cited => ({
  kind: 'alsoNational',
  indicator,
  seed: `001: "${indicator}*"`,
});
const fact = (value: string, seed: string): Cited => ({ kind: 'fact', value, seed });
const value = (indicator: string, period: string, v: number, seed: string): Cited => ({
  kind: 'value',
  indicator,
  period,
  value: v,
  seed,
});

const CITED: Record<string, Cited[]> = {
  'midt-2019-2023': [
    starred('dagligrygere'),
    starred('forebyggelige-indlaeggelser-aeldre'),
    starred('akutte-somatiske-genindlaeggelser-aeldre'),
    starred('psykiatriske-genindlaeggelser'),
    starred('psykiatriske-faerdigbehandlingsdage'),
    starred('overdoedelighed-psykisk-sygdom'),
    fact('mere end 10 år', '001: "dør en dagligryger mere end 10 år tidligere"'),
    fact('kraftig stigning', '001: "vil der ske en kraftig stigning i andelen af ældre"'),
    fact(
      'markant stigning',
      '001: "Hvordan har du det-undersøgelsen 2017 viser en markant stigning"',
    ),
    fact(
      '19 kommuner, Region Midtjylland, PLO-Midtjylland og bruger- og pårørendeorganisationer',
      '001: "fælles alliance om den nære psykiatri mellem de 19 kommuner, …"',
    ),
  ],
  'midt-2024-2027': [
    value('daarligt-selvvurderet-helbred', '2010', 14, '002: "fra 2010 (14%)"'),
    value('daarligt-selvvurderet-helbred', '2021', 16, '002: "- 2021 (16 %)"'),
    value('multisygdom', '2021', 46, '002: "næsten dobbelt så mange (46 %) har multisygdom"'),
    {
      kind: 'link',
      indicator: 'akutte-genindlaeggelser',
      goal: 'faerre-akutte-genindlaeggelser',
      seed: '002: "andelen af akutte genindlæggelser skal nedbringes med 5 % i 2026"',
    },
    {
      kind: 'link',
      indicator: 'hospitalsaktivitet-kol-diabetes',
      goal: 'indsats-taet-paa-eget-hjem',
      seed: '002: "Konkret skal … hospitalsaktivitet per borger med KOL og/eller type 2 diabetes falde"',
    },
    ...[
      'ca. 580.000',
      'ca. 40-50 %',
      'ca. 15 %',
      'ca. 3.500',
      'op til 15-20 år',
      '25 %',
      '14 %',
      '16 %',
      'næsten fordoblet',
      'negativ – mest udtalt blandt de unge',
      'september 2022',
    ].map((v) => fact(v, '002: Fakta om psykiatri og trivsel')),
    ...[
      '28 % (ca. 290.000)',
      '25 %',
      '46 % (ca. 473.000)',
      '31 %',
      '15 %',
      '215.000 personer',
      '282.000',
      'ca. 431.000',
      '46 % (126.000 borgere)',
      'knap 200.000',
      '-5 %',
      '-10 %',
      '-15 %',
      'skal falde',
    ].map((v) => fact(v, '002: Fakta om borgere med kronisk sygdom')),
    ...['500 mio. kr.', '2023', 'i umiddelbar forlængelse af TeleKOL'].map((v) =>
      fact(v, '002: Velfærdsteknologi, digitalisering og datadeling'),
    ),
  ],
};

/** The cited entry `s` is, if any. */
function citation(doc: Agreement, s: Statement, cited: Cited[]): Cited | undefined {
  const at = s.pointer.split('/');
  const indicator = at[1] === 'indicators' ? doc.indicators?.[Number(at[2])] : undefined;
  return cited.find((c) => {
    if (c.kind !== s.kind) return false;
    switch (c.kind) {
      case 'fact':
        return c.value === s.value;
      case 'alsoNational':
        return c.indicator === indicator?.id;
      case 'link':
        return c.indicator === indicator?.id && c.goal === s.value;
      case 'value': {
        const point = indicator?.series?.[Number(at[4])];
        return (
          c.indicator === indicator?.id &&
          c.period === point?.period &&
          point.area === undefined &&
          c.value === s.value
        );
      }
    }
  });
}

/** What in `doc` is neither cited by a seed nor marked as an example. */
function unmarked(doc: Agreement, cited: Cited[]): string[] {
  return statements(doc)
    .filter((s) => !s.illustrative && !citation(doc, s, cited))
    .map((s) => `${s.kind} at ${s.pointer}: ${JSON.stringify(s.value)}`);
}

const SAMPLES = Object.keys(CITED);
const indicator = (doc: Agreement, id: string): Indicator => {
  const found = doc.indicators?.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

for (const name of SAMPLES) {
  describe(`samples/${name}.json against the seed documents`, () => {
    it(`${name}: every value, target, national-goal link, alsoNational, fact and initiative status is cited by a seed or marked as an example`, async () => {
      expect(unmarked(await load(name), CITED[name]!)).to.deep.equal([]);
    });

    it(`${name}: every cited statement is in the sample unmarked (the list above is not stale)`, async () => {
      const doc = await load(name);
      const found = statements(doc).filter((s) => !s.illustrative);
      for (const c of CITED[name]!)
        expect(
          found.some((s) => citation(doc, s, [c])),
          c.seed,
        ).to.equal(true);
    });

    it(`${name}: a figure or status added without a mark fails the rule`, async () => {
      const doc = structuredClone(await load(name));
      const target = doc.indicators!.find((i) => !seriesIllustrative(doc, i) && i.series?.length);
      doc.focusAreas![0]!.facts = [{ label: 'Opfundet', value: '99 %' }];
      doc.focusAreas![0]!.initiatives = [{ title: 'Opfundet', status: 'completed' }];
      if (target) target.series!.push({ period: '2023', value: 1 });
      expect(unmarked(doc, CITED[name]!)).to.have.length(target ? 3 : 2);
    });

    it(`${name}: the sources of example figures say so and name no real publisher or link`, async () => {
      const doc = await load(name);
      for (const i of doc.indicators ?? []) {
        if (!seriesIllustrative(doc, i) || !i.series?.some((p) => p.value !== null)) continue;
        expect(i.source?.url, i.id).to.equal(undefined);
        expect(text(i.source?.name, 'da'), i.id).to.match(/^Eksempeldata/);
      }
    });

    it(`${name}: every target is marked, and measurable within the agreement's period`, async () => {
      const doc = await load(name);
      for (const i of doc.indicators ?? []) {
        if (!i.target) continue;
        expect(i.target.illustrative, i.id).to.equal(true);
        const year = Number(i.target.period?.slice(0, 4));
        expect(year, i.id).to.be.within(doc.period!.from, doc.period!.to);
        // A measure taken every fourth year can only be met in a year it is taken.
        const first = Number(i.series?.find((p) => p.value !== null)?.period.slice(0, 4));
        if (i.frequency === 'quadrennial') expect((year - first) % 4, i.id).to.equal(0);
      }
    });

    it(`${name}: parties are the region and its municipalities; PLO is no party`, async () => {
      const doc = await load(name);
      const parties = (doc.parties ?? []).map((p) => text(p, 'da'));
      expect(parties[0]).to.equal('Region Midtjylland');
      expect(parties.slice(1).filter((p) => / Kommune$/.test(p))).to.have.length(19);
      expect(parties).to.have.length(20);
      expect(doc.contributors, 'contributors').to.have.length(1);
    });

    it(`${name}: cited whole numbers show as the seed writes them (decimals: 0)`, async () => {
      const doc = await load(name);
      for (const c of CITED[name]!) {
        if (c.kind !== 'value') continue;
        const i = indicator(doc, c.indicator);
        expect(formatValue(c.value, i.unit, 'da', i.decimals), c.seed).to.equal(`${c.value} %`);
      }
    });
  });
}

describe('samples/midt-2019-2023.json: the national goals as 001 draws them', () => {
  /** 001, "INDIKATORER UNDER DE NATIONALE MÅL", in its words and order. */
  const NATIONAL = [
    'Ventetid til genoptræning',
    'Ajourførte medicinoplysninger',
    'Tilknytning til arbejdsmarkedet',
    'Færdigbehandlingsdage (somatisk og psykiatri)',
    'Akutte indlæggelser pr. KOL/Diabetes-patient',
    'Overdødelighed ved psykisk sygdom',
    'Brug af antipsykotika blandt borgere med demens',
    'Middellevetid',
    'Antibiotikaforbrug i almen praksis',
    'Tilknytning til uddannelse for psykiatriske patienter',
    'Akutte somatiske og psykiatriske genindlæggelser',
  ];

  it('lists all eleven indicators under the national goals, each linked to a national goal', async () => {
    const doc = await load('midt-2019-2023');
    for (const name of NATIONAL) {
      const i = doc.indicators?.find((x) => text(x.name, 'da') === name);
      expect(i, name).to.not.equal(undefined);
      expect(i!.nationalGoalIds, name).to.have.length(1);
      // 001's picture has no arrows: which goal each belongs to is an example.
      expect(i!.illustrativeNationalGoalIds, name).to.deep.equal(i!.nationalGoalIds);
      // 001: "Indikatorerne følges to gange årligt", overdødelighed once a year.
      expect(i!.frequency, name).to.equal(
        name === 'Overdødelighed ved psykisk sygdom' ? 'annual' : 'semiannual',
      );
    }
  });

  it('only national-goal indicators link to national goals; the focus areas’ own ones carry the * instead', async () => {
    const doc = await load('midt-2019-2023');
    const linked = (doc.indicators ?? []).filter((i) => i.nationalGoalIds?.length);
    expect(linked.map((i) => text(i.name, 'da')).sort()).to.deep.equal([...NATIONAL].sort());
  });

  it('says the umbrella line of the national goals and that PLO has not agreed to the national indicators', async () => {
    const doc = await load('midt-2019-2023');
    expect(doc.nationalGoalsHeading).to.equal(
      'Bedre kvalitet, sammenhæng og geografisk lighed i sundhedsvæsenet',
    );
    expect(doc.nationalGoals).to.have.length(8);
    expect(doc.nationalGoalNotes!.map((n) => text(n, 'da')).join(' ')).to.contain(
      'PLO har tiltrådt de nationale mål men ikke de nationale indikatorer',
    );
    expect(doc.contributors).to.deep.equal(['PLO-Midtjylland']);
  });

  it('gives the follow-up rhythm 001 gives for the focus areas’ indicators', async () => {
    const doc = await load('midt-2019-2023');
    expect(indicator(doc, 'dagligrygere').frequency).to.equal('quadrennial');
    expect(indicator(doc, 'lup-samarbejde-udskrivelse').frequency).to.equal('annual');
    expect(indicator(doc, 'overdoedelighed-psykisk-sygdom').frequency).to.equal('annual');
    expect(indicator(doc, 'kommunale-trivselsdata').state).to.equal('development');
  });
});

describe('samples/midt-2024-2027.json: what the debatoplæg (002) says', () => {
  it('names no indicator of its own: every indicator says it is an example or cites the fact box', async () => {
    const doc = await load('midt-2024-2027');
    for (const i of doc.indicators ?? [])
      expect(text(i.description, 'da'), i.id).to.match(
        /Eksempel på en indikator|som gengivet i debatoplæggets faktaboks/,
      );
  });

  it('sets alsoNational nowhere: 002 marks no indicator with *', async () => {
    const doc = await load('midt-2024-2027');
    expect((doc.indicators ?? []).filter((i) => i.alsoNational).map((i) => i.id)).to.deep.equal([]);
  });

  it('has one goal per sub-theme of 002, and places indicators where a specialist would', async () => {
    const doc = await load('midt-2024-2027');
    const goals = Object.fromEntries(
      (doc.focusAreas ?? []).map((f) => [f.id, (f.goals ?? []).map((g) => g.id)]),
    );
    expect(goals).to.deep.equal({
      'psykiatri-og-trivsel': ['boern-og-unges-trivsel', 'svaer-psykisk-sygdom'],
      'kronisk-sygdom': ['stoerst-behov-og-kompleksitet'],
      'velfaerdsteknologi-digitalisering-datadeling': [
        'behandling-i-eget-hjem',
        'digitale-konsultationer',
        'datadeling',
      ],
    });
    const under = (goalId: string) =>
      (doc.focusAreas ?? []).flatMap((f) => f.goals ?? []).find((g) => g.id === goalId)!
        .indicatorIds ?? [];
    // Self-rated health of all adults is no measure of children's well-being, and
    // færdigbehandlingsdage are mostly somatic: neither belongs to those goals.
    expect(under('boern-og-unges-trivsel')).to.not.include('daarligt-selvvurderet-helbred');
    expect(under('svaer-psykisk-sygdom')).to.not.include('faerdigbehandlingsdage');
    expect(under('svaer-psykisk-sygdom')).to.include('psykiatriske-faerdigbehandlingsdage');
  });

  it('states the reform targets in 002’s words', async () => {
    const doc = await load('midt-2024-2027');
    expect((doc.nationalGoals ?? []).map((g) => text(g.title, 'da'))).to.deep.equal([
      'Flere borgere skal modtage en indsats tæt på eller i eget hjem frem for på hospitalerne',
      'Andelen af akutte genindlæggelser skal nedbringes med 5 % i 2026, 10 % i 2030 og 15 % i 2035',
    ]);
  });
});

describe('the two samples agree on every indicator they share', () => {
  it('same name, unit and direction, and the same value for every period and area both hold', async () => {
    const [a, b] = await Promise.all(SAMPLES.map(load));
    const shared = (a!.indicators ?? []).filter((i) => b!.indicators?.some((j) => j.id === i.id));
    expect(shared.length).to.be.at.least(5);
    for (const i of shared) {
      const j = indicator(b!, i.id);
      expect(text(j.name, 'da'), i.id).to.equal(text(i.name, 'da'));
      expect(j.unit, i.id).to.equal(i.unit);
      expect(j.desiredDirection, i.id).to.equal(i.desiredDirection);
      const key = (p: { period: string; area?: string }) => `${p.period}@${p.area ?? ''}`;
      const values = new Map((j.series ?? []).map((p) => [key(p), p.value]));
      let both = 0;
      for (const p of i.series ?? [])
        if (values.has(key(p))) {
          both++;
          expect(values.get(key(p)), `${i.id} ${key(p)}`).to.equal(p.value);
        }
      if (i.state !== 'development')
        expect(both, `${i.id}: periods in both files`).to.be.at.least(1);
    }
  });
});

describe('docs/data-contract.md', () => {
  it('labels the seed’s 46 % as multisygdom (two or more diseases), not "mindst én"', async () => {
    const doc = await (await fetch('/docs/data-contract.md')).text();
    expect(/mindst én kronisk sygdom/i.test(doc)).to.equal(false);
    expect(
      /"label": "Borgere over 16 år med multisygdom[^"]*",\s*"value": "46 %"/.test(doc),
    ).to.equal(true);
  });
});
