/**
 * Where an element offers "Sammenlign kommuner" (the full sparkline, the overview's table), the offer needs
 * `<sa-area-comparison>` registered: by an npm import, or by its own file beside sundhedsaftale.js, which
 * may load after the element has rendered. Hosts that would offer it wait here and render again once it
 * is; a disconnected host stops waiting (withdrawComparisonOffer).
 */
import { isServer } from 'lit';
import { hasAreaData, type Indicator } from '@sundhedsaftale/data';

type Host = { requestUpdate(): void; readonly isConnected: boolean };

const waiting = new Set<Host>();

/** Whether the comparison can be offered now; if not, `host` is updated again once it can. */
export function comparisonAvailable(host: Host): boolean {
  if (customElements.get('sa-area-comparison')) return true;
  // The first to wait asks to be told (again, if every earlier one has stopped waiting: harmless).
  if (!waiting.size)
    void customElements.whenDefined('sa-area-comparison').then(() => {
      for (const host of waiting) host.requestUpdate();
      waiting.clear();
    });
  // Only a connected host waits: an element removed before its first render still renders once, and
  // kept here it would keep its whole removed tree alive for as long as the comparison stays away.
  if (host.isConnected) waiting.add(host);
  return false;
}

export const withdrawComparisonOffer = (host: Host): void => void waiting.delete(host);

/**
 * Whether `host` offers the comparison for `indicator` now: the indicator has figures per area and, in a
 * browser, the comparison is registered (if not yet, `host` is updated again once it is). Only hosts
 * with such an indicator wait.
 */
export const offersComparison = (host: Host, indicator: Indicator): boolean =>
  !isServer && hasAreaData(indicator) && comparisonAvailable(host);
