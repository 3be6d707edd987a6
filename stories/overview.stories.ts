import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { generateAgreement } from '@sundhedsaftale/data/testing';
import consultation from '@sundhedsaftale/data/samples/midt-2019-2023.json';
import discussion from '@sundhedsaftale/data/samples/midt-2024-2027.json';
import '@sundhedsaftale/elements/define.js';

interface Args {
  view: 'overview' | 'table';
  'heading-level': number;
  'area-picker': boolean;
  area?: string;
  lang?: string;
  theme: 'auto' | 'light' | 'dark';
  'status-filter'?: string;
  'national-goal'?: string;
  data: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/sa-overview',
  component: 'sa-overview',
  args: {
    view: 'overview',
    'heading-level': 2,
    'area-picker': true,
    theme: 'light',
    data: consultation,
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['overview', 'table'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    'status-filter': {
      control: 'inline-radio',
      options: ['', 'improving', 'worsening', 'stable', 'no-data'],
    },
    data: { control: false },
  },
  render: (args) =>
    html`<sa-overview
      view=${args.view}
      heading-level=${args['heading-level']}
      ?area-picker=${args['area-picker']}
      area=${ifDefined(args.area)}
      lang=${ifDefined(args.lang)}
      theme=${args.theme}
      status-filter=${ifDefined(args['status-filter'])}
      national-goal=${ifDefined(args['national-goal'])}
      .data=${args.data}
    ></sa-overview>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The consultation version 2019–2023: four visions, eight national goals under their umbrella line, each
 * with the indicators under it (or the note that they are followed nationally), three focus areas.
 */
export const Consultation: Story = {};

/** The discussion paper 2024–2027, with its large fact boxes. */
export const Discussion: Story = { args: { data: discussion } };

/**
 * A national goal chosen: its indicators are shown as sparklines below the goals, and highlighted in the
 * cards where a focus area follows them too (here overdødelighed ved psykisk sygdom).
 */
export const NationalGoalChosen: Story = {
  args: { 'national-goal': 'overlevelse-og-patientsikkerhed' },
};

/** The table view: one sortable table of every indicator. */
export const Table: Story = { args: { view: 'table' } };

/** Opens the comparison of "dagligrygere" in the table, once `<sa-area-comparison>` is registered. */
async function openComparison(canvasElement: HTMLElement) {
  await import('@sundhedsaftale/elements/area-comparison/define.js');
  const el = canvasElement.querySelector('sa-overview')!;
  const find = () =>
    el.shadowRoot?.querySelector<HTMLButtonElement>(
      'tr[data-indicator="dagligrygere"] button.compare',
    );
  for (let i = 0; i < 50 && !find(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  find()!.click();
}

/**
 * "Sammenlign kommuner" in the table: where `<sa-area-comparison>` is registered (an npm import, or
 * `sundhedsaftale-comparison.js` beside `sundhedsaftale.js`), each indicator with figures per area opens a
 * row with every area's latest value; the picked area (here Aarhus) is marked.
 */
export const TableCompareAreas: Story = {
  args: { view: 'table', area: '751' },
  play: ({ canvasElement }) => openComparison(canvasElement),
};

/** The same at 320 px: the comparison stays within the table's visible width while the table scrolls. */
export const NarrowTableCompareAreas: Story = {
  args: { view: 'table', area: '751' },
  decorators: [(story) => html`<div style="width:320px;border:1px dashed #ccc">${story()}</div>`],
  play: ({ canvasElement }) => openComparison(canvasElement),
};

/** Aarhus Kommune (751) picked: every value with area figures follows. */
export const AreaPicked: Story = { args: { area: '751' } };

/** Only worsening indicators. */
export const Filtered: Story = { args: { 'status-filter': 'worsening' } };

/** `lang="en"`. */
export const English: Story = { args: { lang: 'en' } };

/** `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#111;padding:16px">${story()}</div>`],
};

/** At 320 px, the narrowest screen WCAG asks for. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width:320px;border:1px dashed #ccc">${story()}</div>`],
};

/** The table at 320 px scrolls sideways inside its own keyboard-focusable region. */
export const NarrowTable: Story = {
  args: { view: 'table' },
  decorators: [(story) => html`<div style="width:320px;border:1px dashed #ccc">${story()}</div>`],
};

/** Loading: an `<sa-agreement>` without `src` keeps its children in the loading state. */
export const Loading: Story = {
  render: () => html`<sa-agreement><sa-overview></sa-overview></sa-agreement>`,
};

/** A data file that cannot be fetched. */
export const LoadError: Story = {
  render: () => html`<sa-overview src="/samples/findes-ikke.json"></sa-overview>`,
};

/** A generated agreement with 300 indicators: focus areas start collapsed, with counts. */
export const Large: Story = {
  args: { data: generateAgreement({ indicators: 300, points: 40, seed: 1 }) },
};
