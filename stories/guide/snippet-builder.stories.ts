import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './snippet-builder.js';

const meta: Meta = {
  title: 'Kom i gang/Kodegenerator',
  // A tool, not an element with an API: no autodocs page.
  tags: ['!autodocs'],
  parameters: { controls: { disable: true }, layout: 'padded' },
};
export default meta;

/**
 * Vælg datafil, widget, kommune og sprog; se widgetten live, og kopiér koden til script- eller
 * iframe-indlejring. Adressen på mappen med sundhedsaftale.js er jeres egen, fx
 * `https://www.example.dk/sundhedsaftale/`.
 */
export const Kodegenerator: StoryObj = {
  render: () => html`<sa-snippet-builder></sa-snippet-builder>`,
};
