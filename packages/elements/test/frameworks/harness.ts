// What the framework tests share: the app bundles served by scripts/test-server.js, a record of the events
// each handler heard, and the console errors the page logged.
import { expect, waitUntil } from '@open-wc/testing';
import type { Agreement } from '@sundhedsaftale/data';

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

/** What both apps mount: the sample, the card's focus area, the sparkline's indicator and the handler. */
export const widgetProps = (
  agreement: Agreement,
  heard: ReturnType<typeof recorder>['handler'],
) => ({
  agreement,
  focusArea: 'psykiatri-og-trivsel',
  indicator: 'mental-sundhed-unge',
  heard,
});

/**
 * Every widget heard its own `sa-load` once and no `sa-error` (the handler bound as `binding`, e.g.
 * `onsa-load` or `@sa-load`, for the messages), and shows no error.
 */
export function expectEachLoadedOnce(
  container: Element,
  events: ReturnType<typeof recorder>,
  binding: (type: string) => string,
): void {
  for (const tag of TAGS) {
    const el = container.querySelector(tag)!;
    expect(events.count(tag), `${tag}'s ${binding('sa-load')}`).to.equal(1);
    expect(events.count(tag, 'sa-error'), `${tag}'s ${binding('sa-error')}`).to.equal(0);
    expect(events.heard.filter((h) => h.tag === tag).every((h) => h.target === el)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="alert"]'), `${tag} shows no error`).to.equal(null);
  }
  expect(shadowText(container.querySelector('sa-indicator-sparkline'))).to.contain('Vis tal');
}

/** The sparkline and the card follow a change of area, then of language, made the framework's way. */
export async function expectFollowsAreaAndLang(
  container: Element,
  change: (next: { area?: string; lang?: string }) => void,
): Promise<void> {
  const sparkline = () => shadowText(container.querySelector('sa-indicator-sparkline'));
  const card = () => shadowText(container.querySelector('sa-focus-area-card'));
  expect(sparkline()).not.to.contain('Aarhus Kommune');

  change({ area: '751' });
  await waitUntil(() => sparkline().includes('Tal for Aarhus Kommune'), 'the sparkline follows');
  await waitUntil(() => card().includes('Tal for Aarhus Kommune'), 'the card follows');

  change({ lang: 'en' });
  await waitUntil(() => sparkline().includes('Figures for Aarhus Kommune'), 'English');
  await waitUntil(() => card().includes('Figures for Aarhus Kommune'), 'the card in English');
  expect(sparkline()).not.to.contain('Vis tal');
}
