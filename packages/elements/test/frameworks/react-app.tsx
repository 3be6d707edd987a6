// A client-rendered React 19 app, bundled from the packed tarballs by build-apps.js; react.test.ts drives it.
import '@sundhedsaftale/elements/define.js';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Widgets, type WidgetProps } from './widgets.js';

export { Widgets };

/** Renders the app into `container` (client only) and returns a way to render it again with new props. */
export function mount(container: HTMLElement, props: WidgetProps) {
  const root = createRoot(container);
  flushSync(() => root.render(<Widgets {...props} />));
  return {
    update: (next: Partial<WidgetProps>) => {
      Object.assign(props, next);
      flushSync(() => root.render(<Widgets {...props} />));
    },
    unmount: () => root.unmount(),
  };
}
