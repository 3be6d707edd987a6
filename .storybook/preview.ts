import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../packages/elements/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
  globalTypes: {
    locale: {
      description: 'Sprog / language of the page around the widgets',
      toolbar: {
        title: 'Sprog',
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'da' },
  // The widgets take their language from the page; a municipal page says lang="da".
  decorators: [
    (story, { globals }) =>
      html`<div lang=${(globals.locale as string | undefined) ?? 'da'}>${story()}</div>`,
  ],
};

export default preview;
