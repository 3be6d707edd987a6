// A server-rendered React 19 app: `renderToString` as the server runs it, then `hydrateRoot` in the browser
// (react-ssr.test.ts), following the recipe in docs/developers.md, "Server rendering with React".
import '@sundhedsaftale/elements/define.js';
import { useEffect, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { Widgets, type WidgetProps } from './widgets.js';

/** False on the server and during hydration, true once the app runs in the browser. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * React 19 does not set a custom element's properties or listeners while it hydrates (react#35446), so
 * the widgets are mounted again once hydrated: the new key makes React create them the client's way,
 * with `data` and every `onsa-*` handler.
 */
export function App(props: WidgetProps) {
  const hydrated = useHydrated();
  return <Widgets key={hydrated ? 'client' : 'server'} {...props} />;
}

/** What a server would send: `renderToString` of the app (properties and handlers are not in it). */
export const serverHtml = (props: WidgetProps): string => renderToString(<App {...props} />);

/** The client side: hydrate the server's HTML. */
export const hydrate = (container: HTMLElement, props: WidgetProps) =>
  hydrateRoot(container, <App {...props} />);
