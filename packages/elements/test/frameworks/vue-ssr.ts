// A server-rendered Vue 3 app: `renderToString` as the server runs it, then `createSSRApp().mount()`
// hydrating it in the browser (ssr.test.ts). Render functions: Vue's server renderer compiles no
// templates at run time (an app's build compiles its SFCs ahead of time).
import '@sundhedsaftale/elements/define.js';
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import type { WidgetProps } from './vue-app.js';

interface SsrProps extends WidgetProps {
  src: string;
}

function app(p: SsrProps) {
  const on = (tag: string) => ({
    onSaLoad: (e: Event) => p.heard(tag, e as never),
    onSaError: (e: Event) => p.heard(tag, e as never),
  });
  return createSSRApp({
    // One root element: a fragment's comment markers would sit before <html> in a parsed page.
    render: () =>
      h('div', { class: 'widgets' }, [
        h('sa-overview', { src: p.src, ...on('sa-overview') }),
        h('sa-focus-area-card', {
          src: p.src,
          'focus-area': p.focusArea,
          ...on('sa-focus-area-card'),
        }),
        h('sa-indicator-sparkline', {
          src: p.src,
          indicator: p.indicator,
          ...on('sa-indicator-sparkline'),
        }),
      ]),
  });
}

/** What a server would send. */
export const serverHtml = (props: SsrProps): Promise<string> => renderToString(app(props));

/** The client side: hydrate the server's HTML. */
export const hydrate = (container: HTMLElement, props: SsrProps) => app(props).mount(container);
