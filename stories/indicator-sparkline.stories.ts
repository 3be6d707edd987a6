import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import consultation from '@sundhedsaftale/data/samples/midt-2019-2023.json';
import discussion from '@sundhedsaftale/data/samples/midt-2024-2027.json';
import '@sundhedsaftale/elements/define.js';

interface Args {
  indicator: string;
  area?: string;
  lang?: string;
  variant: 'default' | 'compact' | 'line';
  theme: 'auto' | 'light' | 'dark';
  'hide-name': boolean;
  data: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/sa-indicator-sparkline',
  component: 'sa-indicator-sparkline',
  args: {
    indicator: 'psykiatriske-genindlaeggelser',
    variant: 'default',
    theme: 'light',
    'hide-name': false,
    data: consultation,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['default', 'compact', 'line'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    data: { control: false },
  },
  render: (args) =>
    html`<div style="max-width: 420px">
      <sa-indicator-sparkline
        indicator=${args.indicator}
        area=${ifDefined(args.area)}
        lang=${ifDefined(args.lang)}
        variant=${args.variant}
        theme=${args.theme}
        ?hide-name=${args['hide-name']}
        .data=${args.data}
      ></sa-indicator-sparkline>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Falling readmissions where the desired direction is down: an improvement, with a target line. */
export const Falling: Story = {};

/** Rising compulsory admissions where the desired direction is down: a worsening. */
export const Rising: Story = { args: { indicator: 'tvangsindlaeggelser' } };

/** Moves smaller than the indicator's tolerance count as stable. */
export const Stable: Story = { args: { indicator: 'akutte-somatiske-genindlaeggelser-aeldre' } };

/** A target is drawn as a dashed reference line and written out below. */
export const WithTarget: Story = { args: { indicator: 'forebyggelige-indlaeggelser-aeldre' } };

/** A missing value (`null`) is a break in the line, never a zero. */
export const WithGaps: Story = { args: { indicator: 'lup-samarbejde-udskrivelse' } };

/** A single value is drawn as a dot, with no change to report. */
export const OnePoint: Story = { args: { indicator: 'buc-henvisninger-visitationer' } };

/** An active indicator whose series is still empty. */
export const Empty: Story = {
  args: {
    data: {
      ...consultation,
      indicators: consultation.indicators.map((i) =>
        i.id === 'tvangsindlaeggelser' ? { ...i, series: [] } : i,
      ),
    },
    indicator: 'tvangsindlaeggelser',
  },
};

/** An indicator still being developed (*udviklingsområde*) has no data yet. */
export const Development: Story = { args: { indicator: 'kommunale-trivselsdata' } };

/** Values that are not official figures carry the "Eksempeldata" label. */
export const Illustrative: Story = { args: { indicator: 'dagligrygere' } };

/** Cited, official values: no "Eksempeldata" label. */
export const Cited: Story = {
  args: { indicator: 'daarligt-selvvurderet-helbred', data: discussion },
};

/** `area="751"`: Aarhus Kommune's own figures. */
export const Area: Story = { args: { indicator: 'dagligrygere', area: '751' } };

/** An area without its own figures falls back to the region, and says so. */
export const AreaFallback: Story = {
  args: { indicator: 'lup-samarbejde-udskrivelse', area: '751' },
};

/** `lang="en"`: English texts and number formats. */
export const English: Story = { args: { lang: 'en' } };

/** The compact variant, one row, as used inside focus-area cards. */
export const Compact: Story = { args: { variant: 'compact' } };

/**
 * `variant="line"`: the line and the latest value only, inline in a sentence. Name, change and status
 * are in the chart's description, which screen readers read.
 */
export const Line: Story = {
  render: (args) =>
    html`<p style="max-width: 40em">
      Akutte psykiatriske genindlæggelser inden for 30 dage:
      <sa-indicator-sparkline
        variant="line"
        indicator=${args.indicator}
        theme=${args.theme}
        .data=${args.data}
      ></sa-indicator-sparkline>
      i seneste halvår.
    </p>`,
};

/** `variant="line"` in the cells of the page's own table: one row per indicator of a focus area. */
export const LineInTable: Story = {
  render: (args) =>
    html`<table style="border-collapse: collapse">
      <caption style="text-align: start; font-weight: 600">
        Udvalgte indikatorer
      </caption>
      <thead>
        <tr>
          <th scope="col" style="text-align: start">Indikator</th>
          <th scope="col" style="text-align: start">Udvikling og seneste værdi</th>
        </tr>
      </thead>
      <tbody>
        ${['psykiatriske-genindlaeggelser', 'tvangsindlaeggelser', 'dagligrygere'].map(
          (id) =>
            html`<tr style="border-top: 1px solid #ccc">
              <th
                scope="row"
                style="text-align: start; font-weight: normal; padding: 4px 12px 4px 0"
              >
                ${
                  (args.data as { indicators: { id: string; name: string }[] }).indicators.find(
                    (i) => i.id === id,
                  )?.name
                }
              </th>
              <td style="padding: 4px 0">
                <sa-indicator-sparkline
                  variant="line"
                  indicator=${id}
                  theme=${args.theme}
                  .data=${args.data}
                ></sa-indicator-sparkline>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`,
};

/** "Vis tal" opened (a button with `aria-expanded`): the table of every value, built only now. */
export const ValuesShown: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sa-indicator-sparkline')!;
    await customElements.whenDefined('sa-indicator-sparkline');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=values-toggle]')!.click();
  },
};

/**
 * "Sammenlign kommuner" opened: where `<sa-area-comparison>` is registered (here by importing its define,
 * on a page by `sundhedsaftale-comparison.js` beside `sundhedsaftale.js`) and the indicator has figures
 * per area, the full sparkline opens every area's latest value under "Vis tal", its `area` marked.
 */
export const CompareAreas: Story = {
  args: { indicator: 'dagligrygere', area: '751' },
  play: async ({ canvasElement }) => {
    await import('@sundhedsaftale/elements/area-comparison/define.js');
    const el = canvasElement.querySelector('sa-indicator-sparkline')!;
    await customElements.whenDefined('sa-indicator-sparkline');
    for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('[part=compare-toggle]'); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=compare-toggle]')!.click();
  },
};

/** `theme="dark"` (the default `auto` follows the reader's system). */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#111;padding:16px">${story()}</div>`],
};

/** At 320 px, the narrowest screen WCAG asks for. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width:320px;border:1px dashed #ccc">${story()}</div>`],
};

/** Loading: a quiet placeholder of the final size, marked `aria-busy`. */
export const Loading: Story = {
  render: () =>
    html`<sa-agreement
      ><sa-indicator-sparkline indicator="dagligrygere"></sa-indicator-sparkline
    ></sa-agreement>`,
};

/** A data file that cannot be fetched: the message names the host and the HTTP status. */
export const LoadError: Story = {
  render: () =>
    html`<sa-indicator-sparkline
      src="/samples/findes-ikke.json"
      indicator="dagligrygere"
    ></sa-indicator-sparkline>`,
};

/** A document that breaks the data contract: the first JSON Pointers, then "og N flere". */
export const InvalidData: Story = {
  args: {
    data: {
      schemaVersion: '1.0',
      id: 'broken',
      title: 'Broken',
      indicators: [
        {
          id: 'x',
          name: 'X',
          desiredDirection: 'sideways',
          series: [{ period: '2024-H3', value: 'tolv' }],
        },
      ],
      focusAreas: [
        { id: 'f', title: 'F', goals: [{ id: 'g', statement: 'G', indicatorIds: ['missing'] }] },
      ],
    },
  },
};

/** An indicator id that is not in the data. */
export const UnknownIndicator: Story = { args: { indicator: 'findes-ikke' } };

/** Loaded from a URL, as an editor embeds it. */
export const FromUrl: Story = {
  render: () =>
    html`<sa-indicator-sparkline
      src="/samples/midt-2019-2023.json"
      indicator="psykiatriske-faerdigbehandlingsdage"
    ></sa-indicator-sparkline>`,
};
