import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import consultation from '@sundhedsaftale/data/samples/midt-2019-2023.json';
import discussion from '@sundhedsaftale/data/samples/midt-2024-2027.json';
import '@sundhedsaftale/elements/define.js';

interface Args {
  'focus-area': string;
  'heading-level': number;
  area?: string;
  lang?: string;
  theme: 'auto' | 'light' | 'dark';
  'status-filter'?: string;
  collapsible: boolean;
  data: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/sa-focus-area-card',
  component: 'sa-focus-area-card',
  args: {
    'focus-area': 'naer-psykiatri',
    'heading-level': 2,
    theme: 'light',
    collapsible: false,
    data: consultation,
  },
  argTypes: {
    'focus-area': {
      control: 'select',
      options: [
        ...consultation.focusAreas.map((f) => f.id),
        ...discussion.focusAreas.map((f) => f.id),
      ],
    },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    'status-filter': {
      control: 'inline-radio',
      options: ['', 'improving', 'worsening', 'stable', 'no-data'],
    },
    data: { control: false },
  },
  render: (args) =>
    html`<div style="max-width: 560px">
      <sa-focus-area-card
        focus-area=${args['focus-area']}
        heading-level=${args['heading-level']}
        area=${ifDefined(args.area)}
        lang=${ifDefined(args.lang)}
        theme=${args.theme}
        status-filter=${ifDefined(args['status-filter'])}
        ?collapsible=${args.collapsible}
        .data=${args.data}
      ></sa-focus-area-card>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** *Den nære psykiatri* from the consultation version: two goals, six indicators, facts and initiatives. */
export const Psychiatry: Story = {};

/** *Fælles investering i forebyggelse*: one goal, daily smokers (also a national indicator, `*`). */
export const Prevention: Story = { args: { 'focus-area': 'forebyggelse' } };

/**
 * *Sammen om ældre borgere*: the acute area, four indicators. The consultation version states no
 * initiative's status and no target, so the sample's are examples: "Eksempeldata" stands beside each.
 */
export const Elderly: Story = { args: { 'focus-area': 'aeldre' } };

/** The discussion paper 2024–2027: psychiatry and well-being, with a large fact box. */
export const DiscussionPsychiatry: Story = {
  args: { 'focus-area': 'psykiatri-og-trivsel', data: discussion },
};

/** The discussion paper 2024–2027: chronic illness. */
export const DiscussionChronic: Story = {
  args: { 'focus-area': 'kronisk-sygdom', data: discussion },
};

/** The discussion paper 2024–2027: welfare technology, digitalisation and data sharing. */
export const DiscussionDigital: Story = {
  args: { 'focus-area': 'velfaerdsteknologi-digitalisering-datadeling', data: discussion },
};

/** Every focus area of an agreement in a grid of three cards, as on a regional front page. */
export const ThreeCardGrid: Story = {
  render: (args) =>
    html`<div
      style="display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,300px),1fr));gap:16px;align-items:start"
    >
      ${consultation.focusAreas.map(
        (f) =>
          html`<sa-focus-area-card
            focus-area=${f.id}
            theme=${args.theme}
            .data=${consultation}
          ></sa-focus-area-card>`,
      )}
    </div>`,
};

/** `area="751"`: Aarhus Kommune's figures where the data has them, the region's elsewhere. */
export const AreaPicked: Story = { args: { 'focus-area': 'forebyggelse', area: '751' } };

/** `lang="en"`: English texts and number formats. */
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

/** `collapsible`: the title opens and closes the card, as inside `<sa-overview>`. */
export const Collapsible: Story = { args: { collapsible: true } };

/** `status-filter="worsening"`: only indicators that are getting worse. */
export const Filtered: Story = { args: { 'status-filter': 'worsening' } };

/** Loading: an `<sa-agreement>` without `src` keeps its children in the loading state. */
export const Loading: Story = {
  render: () =>
    html`<div style="max-width: 560px">
      <sa-agreement><sa-focus-area-card focus-area="aeldre"></sa-focus-area-card></sa-agreement>
    </div>`,
};

/** A data file that cannot be fetched. */
export const LoadError: Story = {
  render: () =>
    html`<sa-focus-area-card
      src="/samples/findes-ikke.json"
      focus-area="aeldre"
    ></sa-focus-area-card>`,
};

/** A focus-area id that is not in the data. */
export const UnknownFocusArea: Story = { args: { 'focus-area': 'findes-ikke' } };
