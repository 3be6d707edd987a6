import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import consultation from '@sundhedsaftale/data/samples/midt-2019-2023.json';
import type { Agreement, SeriesPoint } from '@sundhedsaftale/data';
import '@sundhedsaftale/elements/define.js';
// Registered on its own: not in define.js yet, as it would take the bundle past its size budget
// (docs/decisions/0008-d3-modules.md).
import '@sundhedsaftale/elements/area-comparison/define.js';

interface Args {
  indicator: string;
  area?: string;
  lang?: string;
  order: 'best-first' | 'name';
  theme: 'auto' | 'light' | 'dark';
  data: unknown;
}

const sample = consultation as unknown as Agreement;
const municipalities = (sample.areas ?? []).filter((a) => a.kind === 'municipality');

/**
 * The sample with made-up values of "Andel dagligrygere" for every municipality (marked illustrative, so
 * the element says "Eksempeldata"): `skip` areas get none, `older` areas' latest value is from 2017.
 */
function withAreas({
  skip = 0,
  older = 0,
  only,
}: { skip?: number; older?: number; only?: number } = {}) {
  const areas = municipalities.slice(0, only ?? municipalities.length);
  const series: SeriesPoint[] = [
    { period: '2017', value: 16.4 },
    { period: '2021', value: 13.8 },
  ];
  areas.forEach((area, i) => {
    if (i < skip) return;
    const value = Math.round((10 + ((i * 37) % 11) + (i % 3) * 0.4) * 10) / 10;
    series.push({ period: '2017', value: value + 2, area: area.id });
    if (i >= skip + older) series.push({ period: '2021', value, area: area.id });
  });
  return {
    ...sample,
    indicators: sample.indicators!.map((i) =>
      i.id === 'dagligrygere' ? { ...i, series, illustrative: true } : i,
    ),
  };
}

const meta: Meta<Args> = {
  title: 'Elements/sa-area-comparison',
  component: 'sa-area-comparison',
  args: { indicator: 'dagligrygere', order: 'best-first', theme: 'light', data: withAreas() },
  argTypes: {
    order: { control: 'inline-radio', options: ['best-first', 'name'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    data: { control: false },
  },
  render: (args) =>
    html`<div style="max-width: 720px">
      <sa-area-comparison
        indicator=${args.indicator}
        area=${ifDefined(args.area)}
        lang=${ifDefined(args.lang)}
        order=${args.order}
        theme=${args.theme}
        .data=${args.data}
      ></sa-area-comparison>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every municipality, best first ("lavere er bedre"), with the whole region as the dashed reference line. */
export const AllAreas: Story = {};

/** Sorted by name instead (the reader's toggle sets the same `order`). */
export const ByName: Story = { args: { order: 'name' } };

/** The `area` attribute's municipality is highlighted: bold, a larger dot and the word "Valgt". */
export const ChosenArea: Story = { args: { area: '751' } };

/** Areas without a value are listed under the chart, never drawn at 0. */
export const SomeWithoutValues: Story = { args: { data: withAreas({ skip: 4 }) } };

/** Areas whose latest value is from another period than most are marked "Anden periode". */
export const MixedPeriods: Story = { args: { data: withAreas({ older: 3 }) } };

/** One area with a value. */
export const OneArea: Story = { args: { data: withAreas({ only: 1 }) } };

/** The sample as it is: three municipalities with cited-looking sample values. */
export const SampleData: Story = { args: { data: consultation } };

/** An indicator with figures for the whole region only says so in one sentence. */
export const NoAreaData: Story = { args: { indicator: 'psykiatriske-genindlaeggelser' } };

/** In English. */
export const English: Story = { args: { lang: 'en', area: '751' } };

/** `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark', area: '751', data: withAreas({ skip: 2, older: 2 }) },
  decorators: [(story) => html`<div style="background:#111;padding:16px">${story()}</div>`],
};

/** At 320 px, the narrowest screen WCAG asks for: rows wrap, nothing scrolls sideways. */
export const Narrow: Story = {
  args: { area: '751', data: withAreas({ skip: 2, older: 2 }) },
  decorators: [(story) => html`<div style="width:320px;border:1px dashed #ccc">${story()}</div>`],
};

/** Loading: a quiet placeholder, marked `aria-busy`. */
export const Loading: Story = {
  render: () =>
    html`<sa-agreement
      ><sa-area-comparison indicator="dagligrygere"></sa-area-comparison
    ></sa-agreement>`,
};

/** A data file that cannot be fetched: the message names the host and the HTTP status. */
export const LoadError: Story = {
  render: () =>
    html`<sa-area-comparison
      src="/samples/findes-ikke.json"
      indicator="dagligrygere"
    ></sa-area-comparison>`,
};
