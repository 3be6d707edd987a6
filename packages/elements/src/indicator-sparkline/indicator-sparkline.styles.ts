import { css } from 'lit';

export const styles = css`
  :host {
    --_height: var(--sa-sparkline-height, 48px);
    --sa-skeleton-height: 8.5em;
    min-width: 0;
    /* A sparkline off screen costs no style, layout or paint until it is scrolled to (a page with
       hundreds of them). */
    content-visibility: auto;
    contain-intrinsic-size: auto 9em;
  }
  /* The paint containment that comes with content-visibility clips at the element's edge: draw focus
     rings inside the focused element. */
  :focus-visible {
    outline-offset: -2px;
  }
  :host([variant='compact']) {
    --_height: var(--sa-sparkline-height, 28px);
    --sa-skeleton-height: 2.5em;
    contain-intrinsic-size: auto 3em;
  }

  .sparkline {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
  }

  .body {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.25em 0.75em;
  }
  .chart {
    flex: 1 1 6em;
    min-width: 4em;
  }
  /* The line variant's svg is the .chart itself. */
  .chart svg,
  svg.chart {
    display: block;
    width: 100%;
    height: var(--_height);
    overflow: visible;
  }
  .line,
  .dots,
  .last,
  .target-line {
    fill: none;
    vector-effect: non-scaling-stroke;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .line {
    stroke: var(--sa-sparkline-stroke, currentColor);
    stroke-width: var(--sa-sparkline-stroke-width, 2px);
  }
  .dots {
    stroke: var(--sa-sparkline-stroke, currentColor);
    stroke-width: 5px;
  }
  .last {
    stroke: var(--sa-sparkline-stroke, currentColor);
    stroke-width: 7px;
  }
  .target-line {
    stroke: var(--_muted);
    stroke-width: 1px;
    stroke-dasharray: 4 3;
  }
  .axis {
    display: flex;
    justify-content: space-between;
    font-size: 0.75em;
    color: var(--_muted);
  }

  .figures {
    display: grid;
    justify-items: end;
    text-align: end;
    flex: 0 1 auto;
    min-width: 0;
  }
  .value {
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .period {
    font-size: 0.8em;
    color: var(--_muted);
  }

  p {
    margin: 0;
  }
  .change,
  .target,
  .area-note,
  .source,
  .empty {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .arrow {
    font-weight: 700;
  }

  .status {
    gap: 0.35em;
    font-weight: 600;
    font-size: 0.9em;
  }

  .values {
    font-size: 0.875em;
  }
  /* "Vis tal": a link-coloured line with a chevron, as a button (static HTML: the summary of a details
     element). Padded so its focus ring fits inside it (see :focus-visible above). */
  .toggle {
    all: unset;
    display: inline-flex;
    align-items: baseline;
    gap: 0.45em;
    padding: 0.15em 0.3em;
    border-radius: var(--_radius);
  }
  summary,
  .toggle {
    cursor: pointer;
    color: var(--_accent);
  }
  .toggle:hover {
    text-decoration: underline;
  }
  .toggle:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .toggle::before {
    content: '';
    flex: none;
    width: 0.4em;
    height: 0.4em;
    border-right: 2px solid;
    border-bottom: 2px solid;
    transform: translateY(-0.1em) rotate(-45deg);
  }
  .toggle[aria-expanded='true']::before {
    transform: translateY(-0.25em) rotate(45deg);
  }
  table {
    margin-top: 0.35em;
    min-width: 60%;
  }
  th,
  td {
    padding: 0.2em 0.6em 0.2em 0;
    font-weight: normal;
  }
  thead th {
    font-weight: 600;
  }

  /*
   * Compact: one row (name · chart · value · status) for cards and lists, then one muted line of
   * change, target, "Vis tal" and source. Flex-wrap, not a grid, so at 320 px the row wraps by itself:
   * the name takes the whole width and chart, value and status follow below it.
   */
  :host([variant='compact']) .sparkline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.75em;
    container-type: inline-size;
  }
  :host([variant='compact']) .sparkline::before {
    content: '';
    order: 1;
    flex-basis: 100%;
    height: 0;
  }
  :host([variant='compact']) .head {
    flex: 1 1 12em;
    min-width: 0;
  }
  /* Too narrow for all four in a row: the name gets its own line, chart · value · status go below it. */
  @container (max-width: 32em) {
    :host([variant='compact']) .head {
      flex-basis: 100%;
    }
  }
  :host([variant='compact']) .name {
    font-weight: 600;
  }
  :host([variant='compact']) .body {
    display: contents;
  }
  :host([variant='compact']) .chart {
    flex: 1 1 5em;
    min-width: 4em;
    max-width: 10em;
  }
  :host([variant='compact']) .figures {
    flex: 0 1 auto;
    min-width: 4.5em;
    max-width: 9em;
  }
  :host([variant='compact']) .value {
    font-size: 1.05em;
    white-space: normal;
  }
  :host([variant='compact']) .status {
    flex: 0 1 auto;
    min-width: 6.5em;
  }
  :host([variant='compact']) .change,
  :host([variant='compact']) .target,
  :host([variant='compact']) .area-note,
  :host([variant='compact']) .values,
  :host([variant='compact']) .source,
  :host([variant='compact']) .empty {
    order: 2;
    flex: 0 1 auto;
    font-size: 0.8em;
  }
  :host([variant='compact']) .values:has(table, sa-area-comparison) {
    flex-basis: 100%;
  }
  :host([variant='compact']) .development .status {
    min-width: 0;
  }

  /* Line: the chart and the value on one line, inline in text or a table cell. */
  :host([variant='line']) {
    --_height: var(--sa-sparkline-height, 1.5em);
    --sa-skeleton-height: 1.5em;
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
    contain-intrinsic-size: auto 10em auto 1.75em;
  }
  :host([variant='line']) .sparkline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
  }
  /* The chart is the tallest thing here: room for the round dots, which the paint containment of
     content-visibility would otherwise clip at the element's edge. */
  :host([variant='line']) .chart {
    flex: 0 1 auto;
    width: var(--sa-sparkline-width, 6em);
    min-width: 3em;
    padding-block: 2px;
  }
  :host([variant='line']) .value {
    font-size: 1em;
    font-weight: 600;
    white-space: nowrap;
  }

  /* In dark mode an element brings its own surface (base styles): a lone sparkline keeps its text off
     that surface's edge. Compact and line sparklines sit on the surface of a card, a table or a text. */
  :host([theme='dark']:not([variant='compact'], [variant='line'])) > * {
    padding: 0.75em;
    border-radius: var(--_radius);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([variant='compact'], [variant='line'], [theme='light'])) > * {
      padding: 0.75em;
      border-radius: var(--_radius);
    }
  }

  @media (forced-colors: active) {
    .line,
    .dots,
    .last {
      stroke: CanvasText;
    }
  }

  @media print {
    .toggle {
      display: none;
    }
    .line {
      stroke: #000;
    }
    /* On paper the table of values is always shown: give it the full width, keep rows whole, and do not
       repeat its header on the next page, where it would sit on top of the next indicator. */
    .values,
    :host([variant='compact']) .values {
      flex-basis: 100%;
    }
    thead {
      display: table-row-group;
    }
    tr,
    .chart,
    .head {
      break-inside: avoid;
    }
  }
`;
