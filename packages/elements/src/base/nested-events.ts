/** The events every `sa-*` element fires. */
const SA_EVENTS = ['sa-load', 'sa-error', 'sa-toggle'] as const;

const stop = (event: Event) => event.stopPropagation();

/**
 * Keeps the events of the elements an element renders inside its shadow root (an overview's cards and
 * sparklines) in there: they would otherwise leave it retargeted to the outer element, so a page would hear
 * one overview load sixteen times, and a nested card's `sa-error` as the overview failing. Listeners inside
 * the shadow root (the overview's own `@sa-toggle`) still hear them: the shadow root is the last stop.
 */
export function keepNestedEvents(root: EventTarget): void {
  for (const type of SA_EVENTS) root.addEventListener(type, stop);
}
