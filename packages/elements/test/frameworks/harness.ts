// What the framework tests share: the app bundles served by scripts/test-server.js, a record of the events
// each handler heard, and the console errors the page logged.
import { waitUntil } from '@open-wc/testing';

/** One of the apps build-apps.js bundled from the packed tarballs. */
export function loadApp<T>(name: 'react-app' | 'react-ssr' | 'vue-app' | 'vue-ssr'): Promise<T> {
  const url = `/__test__/frameworks/${name}.js`;
  return import(url) as Promise<T>;
}

export interface Heard {
  tag: string;
  type: string;
  target: EventTarget | null;
}

/** A handler for the apps that records which element's handler heard which event. */
export function recorder() {
  const heard: Heard[] = [];
  const handler = (tag: string, event: Event) =>
    heard.push({ tag, type: event.type, target: event.target });
  const count = (tag: string, type = 'sa-load') =>
    heard.filter((h) => h.tag === tag && h.type === type).length;
  return { heard, handler, count };
}

/** Collects console.error calls (React and Vue report hydration mismatches and bad props there). */
export function consoleErrors() {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return { errors, restore: () => (console.error = original) };
}

export const TAGS = ['sa-overview', 'sa-focus-area-card', 'sa-indicator-sparkline'] as const;

/** The text of an element's shadow tree, nested shadow trees included. */
export function shadowText(el: Element | null | undefined): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  if (el?.shadowRoot) walk(el.shadowRoot);
  return out.replace(/\s+/g, ' ');
}

/** Waits until every widget has heard its sa-load, and a little longer for any further events. */
export async function loaded(count: (tag: string) => number): Promise<void> {
  await waitUntil(() => TAGS.every((tag) => count(tag) >= 1), 'every widget loads', {
    timeout: 8000,
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
}
