import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sundhedsaftale/elements/define.js';

const meta: Meta = {
  title: 'Elements/sa-agreement',
  component: 'sa-agreement',
};
export default meta;

type Story = StoryObj;

/** Three widgets share one data file: it is fetched once. */
export const SharedFile: Story = {
  render: () =>
    html`<sa-agreement src="/samples/midt-2019-2023.json">
      <div style="display:grid;gap:24px;grid-template-columns:repeat(auto-fit,minmax(260px,1fr))">
        <sa-indicator-sparkline indicator="dagligrygere"></sa-indicator-sparkline>
        <sa-indicator-sparkline indicator="tvangsindlaeggelser"></sa-indicator-sparkline>
        <sa-indicator-sparkline
          indicator="psykiatriske-faerdigbehandlingsdage"
        ></sa-indicator-sparkline>
      </div>
    </sa-agreement>`,
};

/** `area="751"` on each widget: Aarhus Kommune's own figures where the data has them. */
export const OneMunicipality: Story = {
  render: () =>
    html`<sa-agreement src="/samples/midt-2019-2023.json">
      <div style="display:grid;gap:24px;grid-template-columns:repeat(auto-fit,minmax(260px,1fr))">
        <sa-indicator-sparkline indicator="dagligrygere" area="751"></sa-indicator-sparkline>
        <sa-indicator-sparkline
          indicator="lup-samarbejde-udskrivelse"
          area="751"
        ></sa-indicator-sparkline>
      </div>
    </sa-agreement>`,
};

/** The file cannot be fetched: the agreement announces it once; its widgets show it quietly. */
export const LoadError: Story = {
  render: () =>
    html`<sa-agreement src="/samples/findes-ikke.json">
      <sa-indicator-sparkline indicator="dagligrygere"></sa-indicator-sparkline>
    </sa-agreement>`,
};
