import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import consultation from '@sundhedsaftale/data/samples/midt-2019-2023.json';
import '@sundhedsaftale/elements/define.js';

/**
 * Print (Ctrl+P / ⌘P in this story's canvas, or "Open canvas in new tab" first): the elements' `@media print`
 * styles hide buttons and filters, open every focus area and every table of values, draw status as icon and
 * word in black and white, and put one focus area on each page. The same holds for the static HTML from
 * `sundhedsaftale render`, which is what the print test turns into a PDF.
 */
const meta: Meta = {
  title: 'Guides/Print',
  component: 'sa-overview',
};
export default meta;

type Story = StoryObj;

export const Print: Story = {
  render: () =>
    html`<p style="font:14px system-ui;max-width:60ch">
        <button type="button" @click=${() => window.print()}>Udskriv</button>
        Udskriv denne side for at se overbliksbilledet, som det ser ud på papir.
      </p>
      <sa-overview .data=${consultation} theme="light"></sa-overview>`,
};
