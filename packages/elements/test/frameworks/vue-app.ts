// A Vue 3 app as a user writes it (an in-DOM template, compiled at run time), bundled from the packed
// tarballs by build-apps.js; vue.test.ts drives it.
import type {} from '@sundhedsaftale/elements/vue';
import '@sundhedsaftale/elements/define.js';
import type { Agreement } from '@sundhedsaftale/data';
import type { SaErrorEvent, SaLoadEvent } from '@sundhedsaftale/elements';
import { createApp, reactive } from 'vue';

export interface WidgetProps {
  agreement?: Agreement;
  area?: string;
  lang?: string;
  focusArea: string;
  indicator: string;
  heard: (tag: string, event: SaLoadEvent | SaErrorEvent) => void;
}

export const template = `
  <sa-overview
    :data.prop="agreement" :area="area" :lang="lang"
    @sa-load="heard('sa-overview', $event)" @sa-error="heard('sa-overview', $event)"
  ></sa-overview>
  <sa-focus-area-card
    :focus-area="focusArea" :data.prop="agreement" :area="area" :lang="lang"
    @sa-load="heard('sa-focus-area-card', $event)" @sa-error="heard('sa-focus-area-card', $event)"
  ></sa-focus-area-card>
  <sa-indicator-sparkline
    :indicator="indicator" :data.prop="agreement" :area="area" :lang="lang"
    @sa-load="heard('sa-indicator-sparkline', $event)" @sa-error="heard('sa-indicator-sparkline', $event)"
  ></sa-indicator-sparkline>
`;

/** Mounts the app into `container`; changing the returned state re-renders it. */
export function mount(container: HTMLElement, props: WidgetProps) {
  const state = reactive({ area: undefined, lang: undefined, ...props });
  const app = createApp({ setup: () => state, template });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('sa-');
  app.mount(container);
  return { state, unmount: () => app.unmount() };
}
