import { html, isServer, nothing, svg, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  byId,
  compareAreas,
  decimalsFor,
  formatNumber,
  formatPeriod,
  formatValue,
  hasAreaData,
  text,
  type Agreement,
  type ComparisonOrder,
} from '@sundhedsaftale/data';
import { SaElement, type ViewContext } from '../base/sa-element.js';
import { ViewError } from '../base/view-error.js';
import { finiteExtent, niceAxis, scaleLinear } from '../chart/scale.js';
import { comparisonMessages } from './messages.js';
import { tableStyles } from '../base/table.styles.js';
import { headStyles } from '../base/head.styles.js';
import { styles } from './area-comparison.styles.js';

/** Positions are percentages of the chart column, with two decimals: SVG takes `cx="37.5%"`. */
const percent = (x: number) => `${Math.round(x * 100) / 100}%`;

/**
 * One indicator's latest value for every area side by side: a dot plot on one shared axis, one row per
 * area with its name, value and period, the whole region as a labelled reference line, best first by the
 * desired direction (or by name). The dot plot is a real table, so keyboard and screen reader users (and
 * paper) get the same content.
 *
 * @tag sa-area-comparison
 * @summary Every area's latest value of one indicator, side by side.
 * @status experimental
 * @since 0.3.0
 *
 * @fires sa-load - The comparison has been rendered.
 * @fires sa-error - It cannot be shown; `detail.message` says why, in the element's language.
 *
 * @csspart base - Everything the element shows.
 * @csspart name - The indicator's name.
 * @csspart badge - The "Eksempeldata" label on illustrative values.
 * @csspart direction - "Lavere er bedre" / "Højere er bedre".
 * @csspart sort - The sort buttons.
 * @csspart reference - The whole region's value, with the line's key.
 * @csspart table - The table: one row per area, with the dot plot in its last column.
 * @csspart row - One area's row.
 * @csspart chosen - The row of the area in the `area` attribute (beside `row`).
 * @csspart dot - One area's dot.
 * @csspart missing - The areas without a value.
 * @csspart error - The error message.
 * @csspart skeleton - The placeholder while loading.
 *
 * @cssprop [--sa-comparison-dot=currentColor] - Colour of the dots.
 * @cssprop [--sa-comparison-chosen=var(--sa-color-accent)] - Colour of the chosen area's dot.
 */
export class SaAreaComparison extends SaElement {
  static override properties: PropertyDeclarations = {
    indicator: {},
    order: { reflect: true, useDefault: true },
    hideName: { type: Boolean, attribute: 'hide-name' },
  };

  static override styles = [...SaElement.styles, tableStyles, headStyles, styles];

  /** The indicator's `id` in the data. */
  indicator?: string;

  /** Order of the rows: `best-first` (by the desired direction) or `name`. The reader can change it. */
  order: ComparisonOrder = 'best-first';

  /**
   * Hide the indicator's name and "Eksempeldata" (when the page already shows them, as the sparkline's
   * "Sammenlign kommuner" does); the table's caption still names the indicator.
   */
  hideName = false;

  protected override renderView(agreement: Agreement, { lang, m }: ViewContext): TemplateResult {
    const id = this.indicator;
    if (!id) throw new ViewError((m) => m.missingIndicator);
    const indicator = byId(agreement.indicators, id);
    if (!indicator) throw new ViewError((m) => m.notFoundIndicator(id));
    const c = comparisonMessages(lang);
    const name = text(indicator.name, lang);
    const illustrative = Boolean(indicator.illustrative || agreement.illustrative);
    const head = html`<div class="head" ?hidden=${this.hideName}>
      <span class="name" part="name">${name}</span
      ><span class="badge" part="badge" title=${m.illustrativeNote} ?hidden=${!illustrative}
        >${m.illustrative}</span
      >
    </div>`;
    if (!hasAreaData(indicator)) {
      return html`<div class="comparison" part="base">
        ${head}
        <p class="empty">${c.noAreaData}</p>
      </div>`;
    }

    const order = this.order === 'name' ? 'name' : 'best-first';
    const cmp = compareAreas(agreement, indicator, order, lang);
    const { rows, region, direction } = cmp;
    const unit = indicator.unit;
    const decimals = decimalsFor(indicator);
    const value = (v: number) => formatValue(v, unit, lang, decimals);
    const [lo, hi] = finiteExtent([...rows.map((r) => r.value), region?.value]) ?? [0, 1];
    const axis = niceAxis(lo, hi, 5);
    const x = scaleLinear(axis.domain, [0, 100]);
    // Short units go on each value and tick (12,5 %); long ones ("pr. 1.000 borgere") once, in the column
    // header, so a value cell stays narrow enough for a phone.
    const short = typeof unit === 'string' && unit.trim().length <= 2;
    const cell = (v: number) => (short ? value(v) : formatNumber(v, lang, decimals));
    const tick = (t: number) =>
      short ? formatValue(t, unit, lang, axis.decimals) : formatNumber(t, lang, axis.decimals);
    const regionX = region ? percent(x(region.value)) : null;
    // Every row's grid is one path in a 100-wide box that stretches with the column (non-scaling strokes
    // stay 1px): one element per row instead of one per tick, for a hundred rows.
    const gridPath = axis.ticks.map((t) => `M${Math.round(x(t) * 100) / 100} 0V1`).join('');
    const grid = svg`<svg viewBox="0 0 100 1" preserveAspectRatio="none"><path class="grid" d=${gridPath} /></svg
      ><line class="reference-line" ?hidden=${!regionX} x1=${regionX ?? nothing} x2=${regionX ?? nothing} y1="0" y2="100%" />`;
    const last = axis.ticks.length - 1;
    const chosen = this.area;
    const sortButton = (o: ComparisonOrder, label: string) =>
      html`<button type="button" aria-pressed=${String(order === o)} @click=${() => this.#sort(o)}>
        ${label}
      </button>`;

    return html`<div class="comparison" part="base">
      ${head}
      <p class="direction" part="direction" ?hidden=${direction === 'none'}>
        ${direction === 'down' ? c.down : c.up}
      </p>
      ${
        // Sorting needs script: static HTML (`sundhedsaftale render`) shows the order without the buttons.
        isServer
          ? nothing
          : html`<div class="sort" part="sort" role="group" aria-label=${c.sortBy}>
              ${sortButton('best-first', direction === 'none' ? c.byValue : c.bestFirst)}${sortButton(
                'name',
                c.byName,
              )}
            </div>`
      }
      ${
        region
          ? html`<p class="reference" part="reference">
              <svg class="key" aria-hidden="true" viewBox="0 0 10 20">
                <line class="reference-line" x1="5" x2="5" y1="0" y2="20" /></svg
              >${c.region(value(region.value), formatPeriod(region.period, lang))}
            </p>`
          : nothing
      }
      <table part="table">
        <caption class="visually-hidden">
          ${c.caption(name)} ${direction === 'none' ? '' : direction === 'down' ? c.down : c.up}
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort=${order === 'name' ? 'ascending' : 'none'}>${m.area}</th>
            <th
              scope="col"
              class="num"
              aria-sort=${order === 'name' ? 'none' : direction === 'down' ? 'ascending' : 'descending'}
            >
              ${m.value}${short || !unit ? '' : ` (${unit})`}
            </th>
            <th scope="col">${m.period}</th>
            <td class="chart axis" aria-hidden="true">
              <svg>
                ${axis.ticks.map(
                  (t, i) =>
                    svg`<text x=${percent(x(t))} y="75%" text-anchor=${i === 0 ? 'start' : i === last ? 'end' : 'middle'}>${tick(t)}</text>`,
                )}
              </svg>
            </td>
          </tr>
        </thead>
        <tbody>
          ${rows.map((r) => {
            const isChosen = r.area.id === chosen;
            return html`<tr
              part=${isChosen ? 'row chosen' : 'row'}
              class=${isChosen ? 'chosen' : ''}
              aria-current=${isChosen ? 'true' : nothing}
            >
              <th scope="row">
                ${r.name}${isChosen ? html` <span class="marker highlight">${c.chosen}</span>` : nothing}
              </th>
              <td class="num">${cell(r.value)}</td>
              <td class=${r.otherPeriod ? 'other-period' : ''}>
                ${formatPeriod(r.period, lang)}${
                  r.otherPeriod ? html` <span class="marker">${c.otherPeriod}</span>` : nothing
                }
              </td>
              <td class="chart" aria-hidden="true">
                <svg>
                  ${grid}
                  <circle
                    part="dot"
                    class="dot"
                    cx=${percent(x(r.value))}
                    cy="50%"
                    r=${isChosen ? 7 : 5}
                  />
                </svg>
              </td>
            </tr>`;
          })}
        </tbody>
        ${
          region
            ? html`<tfoot>
                <tr>
                  <th scope="row">${m.wholeRegion}</th>
                  <td class="num">${cell(region.value)}</td>
                  <td>${formatPeriod(region.period, lang)}</td>
                  <td class="chart" aria-hidden="true"><svg>${grid}</svg></td>
                </tr>
              </tfoot>`
            : nothing
        }
      </table>
      ${
        rows.some((r) => r.otherPeriod) && cmp.period
          ? html`<p class="note">${c.otherPeriodNote(formatPeriod(cmp.period, lang))}</p>`
          : nothing
      }
      ${
        cmp.missing.length
          ? html`<p class="missing" part="missing">
              ${c.missing}: ${cmp.missing.map((a) => a.name).join(', ')}.
            </p>`
          : nothing
      }
    </div>`;
  }

  #sort(order: ComparisonOrder) {
    this.order = order;
  }
}
