import type {
  Agreement,
  DesiredDirection,
  FocusArea,
  Frequency,
  Indicator,
  SeriesPoint,
} from './types.js';

export interface GenerateOptions {
  /** Number of indicators. Default 300. */
  indicators?: number;
  /** Values per indicator (half-years back from the end of the period). Default 40. */
  points?: number;
  /** Seed of the pseudo-random numbers: the same options give the same agreement. Default 1. */
  seed?: number;
  /** Number of focus areas. Default one per 25 indicators, at least 1. */
  focusAreas?: number;
  /** Goals per focus area. Default 3. */
  goalsPerFocusArea?: number;
  /** Number of national goals. Default 8. */
  nationalGoals?: number;
  /** Area ids that get their own series on every third indicator. Default `['751', '730']`. */
  areas?: string[];
}

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIRECTIONS: DesiredDirection[] = ['down', 'up', 'down', 'none'];
// The series are half-years, so only frequencies whose periods may be half-years.
const FREQUENCIES: Frequency[] = ['semiannual', 'irregular'];
const UNITS = ['%', 'pr. 1.000', 'dage', ''];

function halfYears(count: number, endYear: number): string[] {
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const year = endYear - Math.floor(i / 2);
    out.push(`${year}-H${i % 2 === 0 ? 2 : 1}`);
  }
  return out;
}

/**
 * A valid, deterministic agreement of any size, for benchmarks, stress tests and stories. Every value is
 * random and the document says so (`illustrative: true`). Series are random walks with an occasional gap;
 * every tenth indicator is in development (no series), every third has series for `areas` too.
 */
export function generateAgreement(options: GenerateOptions = {}): Agreement {
  const n = Math.max(0, Math.floor(options.indicators ?? 300));
  const pointCount = Math.max(0, Math.floor(options.points ?? 40));
  const rand = random(options.seed ?? 1);
  const focusCount = Math.max(1, Math.floor(options.focusAreas ?? Math.ceil(n / 25)));
  const goalsPer = Math.max(1, Math.floor(options.goalsPerFocusArea ?? 3));
  const nationalCount = Math.max(0, Math.floor(options.nationalGoals ?? 8));
  const areaIds = options.areas ?? ['751', '730'];
  const periods = halfYears(pointCount, 2026);

  const nationalGoals = Array.from({ length: nationalCount }, (_, i) => ({
    id: `nationalt-maal-${i + 1}`,
    title: { da: `Nationalt mål ${i + 1}`, en: `National goal ${i + 1}` },
  }));

  const walk = (start: number, step: number): number[] => {
    const values: number[] = [];
    let v = start;
    for (let i = 0; i < pointCount; i++) {
      v = Math.max(0, v + (rand() - 0.5) * step);
      values.push(Math.round(v * 10) / 10);
    }
    return values;
  };

  const indicators: Indicator[] = Array.from({ length: n }, (_, i) => {
    const development = i % 10 === 9;
    const start = 5 + rand() * 60;
    const step = start * 0.08;
    const series: SeriesPoint[] = [];
    if (!development) {
      walk(start, step).forEach((value, p) => {
        series.push({ period: periods[p]!, value: p > 0 && rand() < 0.03 ? null : value });
      });
      if (i % 3 === 0) {
        for (const area of areaIds) {
          walk(start * (0.8 + rand() * 0.4), step).forEach((value, p) => {
            series.push({ period: periods[p]!, value, area });
          });
        }
      }
    }
    const indicator: Indicator = {
      id: `indikator-${i + 1}`,
      name: { da: `Indikator ${i + 1}`, en: `Indicator ${i + 1}` },
      unit: UNITS[i % UNITS.length]!,
      desiredDirection: DIRECTIONS[i % DIRECTIONS.length]!,
      frequency: FREQUENCIES[i % FREQUENCIES.length]!,
      state: development ? 'development' : 'active',
      series,
      source: { name: 'Genererede eksempeldata' },
      illustrative: true,
    };
    if (nationalCount && i % 4 === 0) {
      indicator.nationalGoalIds = [nationalGoals[(i / 4) % nationalCount]!.id];
      indicator.alsoNational = i % 8 === 0;
    }
    return indicator;
  });

  const focusAreas: FocusArea[] = Array.from({ length: focusCount }, (_, f) => ({
    id: `indsatsomraade-${f + 1}`,
    title: { da: `Indsatsområde ${f + 1}`, en: `Focus area ${f + 1}` },
    summary: { da: 'Genereret indsatsområde til test.', en: 'Generated focus area for testing.' },
    goals: Array.from({ length: goalsPer }, (_, g) => ({
      id: `maalsaetning-${f + 1}-${g + 1}`,
      statement: {
        da: `Målsætning ${f + 1}.${g + 1}`,
        en: `Goal ${f + 1}.${g + 1}`,
      },
      indicatorIds: [] as string[],
    })),
  }));
  // Deal indicators out so every goal gets a share, in order.
  indicators.forEach((indicator, i) => {
    const f = Math.floor((i * focusCount) / Math.max(1, n));
    const area = focusAreas[f]!;
    const goals = area.goals!;
    goals[i % goals.length]!.indicatorIds!.push(indicator.id);
  });

  return {
    schemaVersion: '1.0',
    id: `genereret-${n}`,
    title: {
      da: `Genereret aftale med ${n} indikatorer`,
      en: `Generated agreement with ${n} indicators`,
    },
    region: 'Region Eksempel',
    period: { from: 2024, to: 2027 },
    stage: 'adopted',
    parties: ['Region Eksempel', 'Eksempel Kommune'],
    lang: 'da',
    visions: [
      { id: 'vision-1', title: { da: 'Vision 1', en: 'Vision 1' } },
      { id: 'vision-2', title: { da: 'Vision 2', en: 'Vision 2' } },
    ],
    nationalGoals,
    focusAreas,
    indicators,
    areas: areaIds.map((id) => ({ id, name: `Område ${id}`, kind: 'municipality' as const })),
    illustrative: true,
  };
}
