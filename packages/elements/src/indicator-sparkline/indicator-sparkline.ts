import { html, isServer, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  byId,
  describe,
  formatChange,
  formatPeriod,
  formatValue,
  safeUrl,
  statusText,
  summarize,
  text,
  type Agreement,
  type Indicator,
  type IndicatorSummary,
} from '@sundhedsaftale/data';
import { SaElement, type ViewContext } from '../base/sa-element.js';
import { ViewError } from '../base/view-error.js';
import { illustrativeMark } from '../base/illustrative-mark.js';
import { statusIcon } from '../base/status-icon.js';
import { offersComparison } from '../base/comparison-offer.js';
import { PrintController } from '../base/print-controller.js';
import { tableStyles } from '../base/table.styles.js';
import { headStyles } from '../base/head.styles.js';
import { styles } from './indicator-sparkline.styles.js';
import { sparklineGeometry } from './sparkline-path.js';
import { keepNestedEvents } from '../base/nested-events.js';

/**
 * Charts are drawn in tenths (a viewBox of 2000 × 480 for a 200 × 48 chart), so every coordinate is a
 * whole number: quicker to write and shorter to keep than decimals, for a thousand 200-point lines.
 */
const WIDTH = 2000;
const PAD = 30;
/** The line variant's viewBox is WIDTH × LINE_HEIGHT, written out in its template (a static attribute). */
const LINE_HEIGHT = 280;
const DEFAULT_HEIGHT = 480;
/** Whole viewBox strings: one attribute binding keeps one string, two keep an array of them. */
const DEFAULT_VIEWBOX = `0 0 ${WIDTH} ${DEFAULT_HEIGHT}`;
const COMPACT_VIEWBOX = `0 0 ${WIDTH} ${LINE_HEIGHT}`;

/**
 * One indicator's series as a sparkline, with its latest value, change and status against the desired
 * direction. The chart is described in one sentence, and "Vis tal" opens a table of every value.
 *
 * @tag sa-indicator-sparkline
 * @summary Compact trend for one indicator.
 * @status experimental
 * @since 0.1.0
 *
 * @fires {SaLoadEvent} sa-load - The indicator has been rendered.
 * @fires {SaErrorEvent} sa-error - It cannot be shown; `detail.message` says why, in the element's language.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart name - The indicator's name.
 * @csspart chart - The SVG chart (`role="img"`, named by the one-sentence description).
 * @csspart line - The path of the series.
 * @csspart target - The target's reference line.
 * @csspart value - The latest value.
 * @csspart change - The change since the previous value, with arrow and word.
 * @csspart status - The status since the first value (the baseline): icon, words ("Forbedret siden 2018")
 *   and colour.
 * @csspart values - The "Vis tal" button with the table of values under it.
 * @csspart values-toggle - The "Vis tal" button.
 * @csspart compare - The "Sammenlign kommuner" button with the comparison under it (only where
 *   `<sa-area-comparison>` is registered and the indicator has figures per area).
 * @csspart compare-toggle - The "Sammenlign kommuner" button.
 * @csspart source - The source line.
 * @csspart badge - The "Eksempeldata" label on illustrative values.
 *
 * @cssprop [--sa-sparkline-stroke=currentColor] - Colour of the line.
 * @cssprop [--sa-sparkline-stroke-width=2px] - Width of the line.
 * @cssprop [--sa-sparkline-height=48px] - Height of the chart (28px in the compact variant, 1.5em in line).
 * @cssprop [--sa-sparkline-width=6em] - Width of the chart in the line variant.
 */
export class SaIndicatorSparkline extends SaElement {
  static override properties: PropertyDeclarations = {
    indicator: {},
    hideName: { type: Boolean, attribute: 'hide-name' },
    variant: { reflect: true, useDefault: true },
    valuesOpen: { state: true },
    compareOpen: { state: true },
  };

  static override styles = [...SaElement.styles, tableStyles, headStyles, styles];

  /** The indicator's `id` in the data. */
  indicator?: string;

  /** Hide the indicator's name (when the page already shows it). */
  hideName = false;

  /**
   * `default`; `compact` for one row inside cards and lists; `line` for the line and the latest value
   * only (in a table cell or a line of text), with everything else in the chart's description.
   */
  variant: 'default' | 'compact' | 'line' = 'default';

  /** Whether "Vis tal" is open. */
  private valuesOpen = false;

  /** Whether "Sammenlign kommuner" is open. */
  private compareOpen = false;

  /** Made when a table of values is first rendered: the line variant has none to print. */
  #print?: PrintController;

  protected override renderView(agreement: Agreement, { lang, m }: ViewContext): TemplateResult {
    const id = this.indicator;
    if (!id) throw new ViewError((m) => m.missingIndicator);
    const indicator = byId(agreement.indicators, id);
    if (!indicator) throw new ViewError((m) => m.notFoundIndicator(id));

    const illustrative = Boolean(indicator.illustrative || agreement.illustrative);
    if (this.variant === 'line')
      return this.#renderLine(agreement, indicator, illustrative, lang, m);
    const name = text(indicator.name, lang);
    if (indicator.state === 'development') {
      return html`<div class="sparkline development" part="base">
        ${this.#renderHead(name, illustrative, m)}
        <p class="status" part="status" data-status="no-data">
          ${statusIcon('no-data')}<span>${m.development}</span>
        </p>
      </div>`;
    }

    const summary = summarize(indicator, this.area);
    const areaName = this.#areaName(agreement, summary.area, lang);
    const { latest } = summary;
    const target =
      indicator.target && Number.isFinite(indicator.target.value)
        ? html`<p class="target">
            ${m.targetIn(
              formatValue(indicator.target.value, indicator.unit, lang, summary.decimals),
              indicator.target.period ? formatPeriod(indicator.target.period, lang) : '',
            )}${indicator.target.illustrative === true ? illustrativeMark(m) : nothing}
          </p>`
        : nothing;
    const areaNote = this.area
      ? html`<p class="area-note">
          ${summary.fallback ? m.regionFallback : m.areaShown(areaName ?? this.area)}
        </p>`
      : nothing;
    // One binding for the two notes, which most sparklines lack: each binding is kept per element.
    const notes =
      target === nothing ? areaNote : areaNote === nothing ? target : html`${target}${areaNote}`;
    if (!latest) {
      return html`<div class="sparkline" part="base">
        ${this.#renderHead(name, illustrative, m)}
        <p class="empty">${m.noDataLong}</p>
        <p class="status" part="status" data-status=${summary.status}>
          ${statusIcon(summary.status)}<span>${statusText(summary, lang)}</span>
        </p>
        ${notes}${this.#renderSource(indicator, lang, m)}
      </div>`;
    }

    // One template for what every sparkline with data shows (name, chart, value, status): each nested
    // template costs a clone, its markers and about 0.2 KB of heap while shown, and the overview shows
    // hundreds of these.
    const height = this.variant === 'compact' ? LINE_HEIGHT : DEFAULT_HEIGHT;
    const g = this.#geometry(indicator, summary, height);
    const first = summary.points[0]!;
    const last = summary.points[summary.points.length - 1]!;
    // The viewBox stretches with the element (preserveAspectRatio none) and non-scaling strokes keep
    // lines and round dots crisp, so no element needs a ResizeObserver to stay responsive.
    return html`<div class="sparkline" part="base">
      <div class="head">
        <span class="name" part="name" ?hidden=${this.hideName}>${name}</span
        ><span class="badge" part="badge" title=${m.illustrativeNote} ?hidden=${!illustrative}
          >${m.illustrative}</span
        >
      </div>
      <div class="body">
        <div class="chart">
          <svg
            part="chart"
            role="img"
            aria-label=${describe(indicator, summary, lang, areaName)}
            viewBox=${height === LINE_HEIGHT ? COMPACT_VIEWBOX : DEFAULT_VIEWBOX}
            preserveAspectRatio="none"
          >
            <path
              part="target"
              class="target-line"
              d=${g.targetY === null ? nothing : `M0,${g.targetY}H${WIDTH}`}
            />
            <path part="line" class="line" d=${g.line} />
            <path class="dots" d=${g.dots || nothing} />
            <path class="last" d=${g.last ? `M${g.last.x},${g.last.y}h0` : nothing} /></svg
          >${
            first !== last && this.variant !== 'compact'
              ? html`<div class="axis" aria-hidden="true">
                  <span>${formatPeriod(first.period, lang, 'short')}</span
                  ><span>${formatPeriod(last.period, lang, 'short')}</span>
                </div>`
              : nothing
          }
        </div>
        <div class="figures">
          <span class="value" part="value"
            >${formatValue(latest.value, indicator.unit, lang, summary.decimals)}</span
          ><span class="period">${formatPeriod(latest.period, lang)}</span>
        </div>
      </div>
      ${this.#renderChange(indicator, summary, lang, m)}
      <p class="status" part="status" data-status=${summary.status}>
        ${statusIcon(summary.status)}<span>${statusText(summary, lang)}</span>
      </p>
      ${notes} ${this.#renderValues(agreement, indicator, summary, areaName, lang, m)}
      ${this.#renderSource(indicator, lang, m)}
    </div>`;
  }

  /**
   * "Sammenlign kommuner": every area's latest value of this indicator, in an `<sa-area-comparison>` under
   * a disclosure button like "Vis tal" (open on paper too), also in the compact variant (so the cards and
   * the overview offer it per indicator), not in `line`. Offered where the comparison is registered
   * (npm, or its own file beside sundhedsaftale.js, which has no room for it) and the indicator has
   * figures per area.
   */
  #renderCompare(
    agreement: Agreement,
    indicator: Indicator,
    lang: ViewContext['lang'],
    m: ViewContext['m'],
  ) {
    if (!offersComparison(this, indicator)) return nothing;
    const shown = this.compareOpen || (this.#print ??= new PrintController(this)).printing;
    // The comparison's own sa-load is not this element's (see keepNestedEvents(); adding it again is a no-op).
    if (shown) keepNestedEvents(this.renderRoot);
    return html`<div class="values" part="compare">
      <button
        type="button"
        class="toggle"
        part="compare-toggle"
        aria-expanded=${String(this.compareOpen)}
        @click=${this.#onCompare}
      >
        ${m.compareAreas}
      </button>
      ${
        shown
          ? html`<sa-area-comparison
              hide-name
              indicator=${indicator.id}
              area=${this.area ?? nothing}
              lang=${lang}
              .data=${agreement}
            ></sa-area-comparison>`
          : nothing
      }
    </div>`;
  }

  #onCompare() {
    this.compareOpen = !this.compareOpen;
  }

  /**
   * "Vis tal": a disclosure button, and the table of every value under it once opened (or printed). The
   * table is built only then: most readers never open it, and a thousand sparklines would otherwise carry
   * a thousand hidden tables. A button, not `<details>`: a details element builds its own hidden shadow
   * tree, which made a page of a thousand sparklines about a sixth slower to show. Static HTML has no
   * script to work a button, so there the table sits in a `<details>`, which opens without one.
   */
  #renderValues(
    agreement: Agreement,
    indicator: Indicator,
    summary: IndicatorSummary,
    areaName: string | undefined,
    lang: ViewContext['lang'],
    m: ViewContext['m'],
  ) {
    const rows = () => this.#renderRows(indicator, summary, areaName ?? m.wholeRegion, lang, m);
    if (isServer) {
      return html`<details class="values" part="values">
        <summary>${m.showValues}</summary>
        ${rows()}
      </details>`;
    }
    const shown = this.valuesOpen || (this.#print ??= new PrintController(this)).printing;
    const values = html`<div class="values" part="values">
      <button
        type="button"
        class="toggle"
        part="values-toggle"
        aria-expanded=${String(this.valuesOpen)}
        @click=${this.#onToggle}
      >
        ${m.showValues}
      </button>
      ${shown ? rows() : nothing}
    </div>`;
    // In the same binding as "Vis tal": each binding is kept per element, and few sparklines offer it.
    const compare = this.#renderCompare(agreement, indicator, lang, m);
    return compare === nothing ? values : html`${values}${compare}`;
  }

  #onToggle() {
    this.valuesOpen = !this.valuesOpen;
  }

  /** The head of the rarer sparklines without data; the one with data writes the same inline. */
  #renderHead(name: string, illustrative: boolean, m: ViewContext['m']) {
    return html`<div class="head">
      <span class="name" part="name" ?hidden=${this.hideName}>${name}</span>
      <span class="badge" part="badge" title=${m.illustrativeNote} ?hidden=${!illustrative}
        >${m.illustrative}</span
      >
    </div>`;
  }

  /**
   * The line and the latest value; name, change and status are read from the chart's description.
   * One flat template (absent marks are paths without `d`): this variant is the one a page shows by the
   * thousand, and every nested template costs a clone and markers.
   */
  #renderLine(
    agreement: Agreement,
    indicator: Indicator,
    illustrative: boolean,
    lang: ViewContext['lang'],
    m: ViewContext['m'],
  ) {
    const summary = summarize(indicator, this.area);
    const description = describe(
      indicator,
      summary,
      lang,
      this.#areaName(agreement, summary.area, lang),
    );
    const latest = indicator.state === 'development' ? null : summary.latest;
    if (!latest) {
      return html`<div class="sparkline" part="base">
        <span class="empty" role="img" aria-label=${description}
          >${indicator.state === 'development' ? m.development : m.noData}</span
        ><span class="badge" part="badge" title=${m.illustrativeNote} ?hidden=${!illustrative}
          >${m.illustrative}</span
        >
      </div>`;
    }
    const g = this.#geometry(indicator, summary, LINE_HEIGHT);
    return html`<div class="sparkline" part="base">
      <svg
        class="chart"
        part="chart"
        role="img"
        aria-label=${description}
        viewBox="0 0 2000 280"
        preserveAspectRatio="none"
      >
        <path class="target-line" d=${g.targetY === null ? nothing : `M0,${g.targetY}H${WIDTH}`} />
        <path part="line" class="line" d=${g.line} />
        <path class="dots" d=${g.dots || nothing} />
        <path class="last" d=${g.last ? `M${g.last.x},${g.last.y}h0` : nothing} /></svg
      ><span class="value" part="value"
        >${formatValue(latest.value, indicator.unit, lang, summary.decimals)}</span
      ><span class="badge" part="badge" title=${m.illustrativeNote} ?hidden=${!illustrative}
        >${m.illustrative}</span
      >
    </div>`;
  }

  /** The series drawn WIDTH wide and `height` high, with the target on the same scale. */
  #geometry(indicator: Indicator, summary: IndicatorSummary, height: number) {
    return sparklineGeometry(summary.points, WIDTH, height, indicator.target?.value ?? null, PAD);
  }

  #areaName(agreement: Agreement, id: string | null, lang: ViewContext['lang']) {
    if (!id) return undefined;
    const area = byId(agreement.areas, id);
    return area ? text(area.name, lang) : id;
  }

  #renderChange(
    indicator: Indicator,
    summary: IndicatorSummary,
    lang: ViewContext['lang'],
    m: ViewContext['m'],
  ) {
    const { change, previous } = summary;
    if (change === null || !previous) return nothing;
    const [arrow, word] =
      change > 0 ? ['↑', m.rose] : change < 0 ? ['↓', m.fell] : ['→', m.unchanged];
    const amount =
      change !== 0
        ? ` ${formatChange(Math.abs(change), indicator.unit, lang, summary.decimals).replace(/^[+−-]/, '')}`
        : '';
    // One text binding, not three: every sparkline with two values or more shows this line.
    return html`<p class="change" part="change">
      <span class="arrow" aria-hidden="true">${arrow}</span>
      <span>${`${word}${amount} ${m.sincePrevious(formatPeriod(previous.period, lang))}`}</span>
    </p>`;
  }

  #renderRows(
    indicator: Indicator,
    summary: IndicatorSummary,
    areaLabel: string | undefined,
    lang: ViewContext['lang'],
    m: ViewContext['m'],
  ) {
    return html`<table>
      <caption class="visually-hidden">
        ${text(indicator.name, lang)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.period}</th>
          <th scope="col" class="num">${m.value}</th>
          <th scope="col">${m.area}</th>
        </tr>
      </thead>
      <tbody>
        ${summary.points.map(
          (p) =>
            html`<tr>
              <th scope="row">${formatPeriod(p.period, lang)}</th>
              <td class="num">${formatValue(p.value, indicator.unit, lang, summary.decimals)}</td>
              <td>${areaLabel}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderSource(indicator: Indicator, lang: ViewContext['lang'], m: ViewContext['m']) {
    const source = indicator.source;
    if (!source) return nothing;
    const name = text(source.name, lang);
    const url = safeUrl(source.url);
    if (!name && !url) return nothing;
    // Two whole templates rather than a link template inside one: one clone and fewer parts to keep.
    return url
      ? html`<p class="source" part="source">
          ${m.source}: <a href=${url} rel="noopener noreferrer">${name || url}</a>
        </p>`
      : html`<p class="source" part="source">${m.source}: ${name}</p>`;
  }
}
