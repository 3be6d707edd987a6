import { html, isServer, nothing } from 'lit';
import {
  alsoNationalIllustrative,
  formatChange,
  formatPeriod,
  formatValue,
  labelIn,
  FREQUENCY_LABELS,
  STATE_LABELS,
  STATUS_LABELS,
  safeUrl,
  sortIndicators,
  statusBasis,
  statusText,
  text,
  type Agreement,
  type IndicatorRow,
  type Lang,
  type SortKey,
  type SortOrder,
} from '@sundhedsaftale/data';
import type { Messages } from '../base/messages.js';
import { statusIcon } from '../base/status-icon.js';
import { renderMarkers } from '../base/markers.js';
import { offersComparison } from '../base/comparison-offer.js';

type Column = { key: SortKey; label: (m: Messages) => string; num?: boolean };
const COLUMNS: Column[] = [
  { key: 'focusArea', label: (m) => m.focusArea },
  { key: 'goal', label: (m) => m.goal },
  { key: 'indicator', label: (m) => m.indicator },
  { key: 'latest', label: (m) => m.latestValue, num: true },
  { key: 'change', label: (m) => m.change, num: true },
  { key: 'status', label: (m) => m.status },
  { key: 'frequency', label: (m) => m.frequency },
  { key: 'source', label: (m) => m.source },
];

/**
 * The overview's table of every indicator, sortable by each column's header button (`aria-sort` on the
 * sorted one; first ascending, then descending); in static HTML a plain table. The change column is since
 * the previous value and the status column since the first (each cell names its period). Where
 * `<sa-area-comparison>` is registered, each indicator with figures per area has "Sammenlign kommuner" in
 * its row header, which opens a row below with every area's latest value (printed only if opened). It
 * keeps its own sort order and open comparisons; the overview gives it the rows already filtered and the
 * ids to highlight.
 *
 * @internal
 */
export class IndicatorTable {
  #key: SortKey | null = null;
  #order: SortOrder = 'ascending';
  /** Ids of the indicators whose comparison is open. */
  #comparing = new Set<string>();

  constructor(private readonly host: { requestUpdate(): void; readonly isConnected: boolean }) {}

  #toggleComparison(id: string): void {
    if (!this.#comparing.delete(id)) this.#comparing.add(id);
    this.host.requestUpdate();
  }

  #sortBy(key: SortKey): void {
    if (this.#key === key) {
      this.#order = this.#order === 'ascending' ? 'descending' : 'ascending';
    } else {
      this.#key = key;
      this.#order = 'ascending';
    }
    this.host.requestUpdate();
  }

  render(
    agreement: Agreement,
    rows: IndicatorRow[],
    highlight: Set<string>,
    level: number,
    area: string | undefined,
    lang: Lang,
    m: Messages,
  ) {
    const sorted = this.#key ? sortIndicators(rows, this.#key, this.#order, lang) : rows;
    const list = (items: string[]) =>
      items.length > 1
        ? html`<ul class="cell-list">
            ${items.map((i) => html`<li>${i}</li>`)}
          </ul>`
        : (items[0] ?? '–');
    return html`<section class="section" part="table">
      <div class="section-title" role="heading" aria-level=${level}>${m.tableView}</div>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
        <table>
          <caption id="table-caption">
            ${m.tableCaption(text(agreement.title, lang))}
          </caption>
          <thead>
            <tr>
              ${COLUMNS.map((c) => {
                const sorted = this.#key === c.key;
                // Static HTML has no script to sort with: a plain header, not a button that does nothing.
                if (isServer)
                  return html`<th scope="col" class=${c.num ? 'num' : ''}>${c.label(m)}</th>`;
                return html`<th
                  scope="col"
                  class=${c.num ? 'num' : ''}
                  aria-sort=${sorted ? this.#order : nothing}
                >
                  <button
                    type="button"
                    class="sort"
                    data-sort=${c.key}
                    @click=${() => this.#sortBy(c.key)}
                  >
                    <span>${c.label(m)}</span
                    ><span class="sort-icon" aria-hidden="true"
                      >${sorted ? (this.#order === 'ascending' ? '▲' : '▼') : '↕'}</span
                    >
                  </button>
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${sorted.map((r) => {
              const { indicator, summary } = r;
              const latest = summary.latest;
              const source = indicator.source;
              const sourceName = source ? text(source.name, lang) : '';
              const url = source ? safeUrl(source.url) : null;
              const lit = highlight.has(indicator.id);
              // Status is judged since the first value; the change beside it is since the previous one.
              const basis = indicator.state === 'development' ? '' : statusBasis(summary, lang);
              const offered = offersComparison(this.host, indicator);
              const open = offered && this.#comparing.has(indicator.id);
              return html`<tr data-indicator=${indicator.id} class=${lit ? 'highlighted' : ''}>
                  <td>
                    ${list([...new Set(r.placements.map((p) => text(p.focusArea.title, lang)))])}
                  </td>
                  <td>${list(r.placements.map((p) => text(p.goal.statement, lang)))}</td>
                  <th scope="row">
                    ${text(indicator.name, lang)}
                    ${renderMarkers(
                      indicator.alsoNational,
                      lit,
                      m,
                      alsoNationalIllustrative(agreement, indicator),
                    )}
                    ${indicator.illustrative ? html`<span class="badge">${m.illustrative}</span>` : nothing}
                    ${
                      offered
                        ? html`<button
                            type="button"
                            class="compare"
                            part="compare-toggle"
                            aria-expanded=${String(open)}
                            @click=${() => this.#toggleComparison(indicator.id)}
                          >
                            ${m.compareAreas}
                          </button>`
                        : nothing
                    }
                  </th>
                  <td class="num" data-col="latest">
                    ${
                      latest
                        ? html`<span class="value"
                              >${formatValue(latest.value, indicator.unit, lang, summary.decimals)}</span
                            >
                            <span class="period">${formatPeriod(latest.period, lang)}</span>`
                        : '–'
                    }
                  </td>
                  <td class="num" data-col="change">
                    ${formatChange(summary.change, indicator.unit, lang, summary.decimals)}
                    ${
                      summary.previous && summary.change !== null
                        ? html`<span class="period"
                            >${m.sincePrevious(formatPeriod(summary.previous.period, lang))}</span
                          >`
                        : nothing
                    }
                  </td>
                  <td data-col="status">
                    <span class="status" data-status=${summary.status}
                      >${statusIcon(summary.status)}<span
                        >${
                          indicator.state === 'development'
                            ? labelIn(STATE_LABELS, 'development', lang)
                            : basis
                              ? labelIn(STATUS_LABELS, summary.status, lang)
                              : statusText(summary, lang)
                        }</span
                      ></span
                    >${basis ? html` <span class="period">${basis}</span>` : nothing}
                  </td>
                  <td>
                    ${indicator.frequency ? labelIn(FREQUENCY_LABELS, indicator.frequency, lang) : '–'}
                  </td>
                  <td>
                    ${
                      url
                        ? html`<a href=${url} rel="noopener noreferrer">${sourceName || url}</a>`
                        : sourceName || '–'
                    }
                  </td>
                </tr>
                ${
                  open
                    ? html`<tr class="comparison">
                        <td colspan=${COLUMNS.length}>
                          <sa-area-comparison
                            part="comparison"
                            hide-name
                            indicator=${indicator.id}
                            area=${area ?? nothing}
                            lang=${lang}
                            .data=${agreement}
                          ></sa-area-comparison>
                        </td>
                      </tr>`
                    : nothing
                }`;
            })}
          </tbody>
        </table>
      </div>
      ${sorted.length ? nothing : html`<p class="none">${m.noMatchingIndicators}</p>`}
    </section>`;
  }
}
