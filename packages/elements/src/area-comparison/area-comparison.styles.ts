import { css } from 'lit';

export const styles = css`
  .comparison {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.4em;
  }
  .direction,
  .reference,
  .note,
  .missing,
  .empty {
    margin: 0;
  }
  .note,
  .missing {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .sort button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2em 0.6em;
    cursor: pointer;
  }
  /* Pressed is said by a tick and weight as well as by colour. */
  .sort [aria-pressed='true'] {
    font-weight: 600;
    border-color: var(--_accent);
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  .sort [aria-pressed='true']::before {
    content: '✓ ';
  }
  .reference {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .key {
    width: 0.6em;
    height: 1.2em;
    flex: none;
  }

  table {
    width: 100%;
    font-size: 0.875em;
  }
  th,
  td {
    /* Words break between letters only when one alone is wider than its column (not "Kommun-e"). */
    overflow-wrap: break-word;
    padding: 0.15em 0.4em;
    border-bottom-color: var(--_subtle);
  }
  thead th {
    font-weight: 600;
    border-bottom-color: var(--_border);
  }
  tbody th {
    font-weight: 400;
  }
  td.num {
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    border-top: 1px solid var(--_border);
    font-style: italic;
  }
  .chosen th,
  .chosen td {
    font-weight: 700;
    background: var(--_subtle);
  }

  /* The dot plot: every row's svg spans the same column, so one scale in percent serves them all. */
  .chart {
    width: 45%;
    min-width: 5em;
    padding-block: 0;
  }
  .chart svg {
    display: block;
    width: 100%;
    height: 1.6em;
    overflow: visible;
  }
  .axis svg {
    height: 1.4em;
    font-size: 0.8em;
    fill: var(--_muted);
  }
  .grid {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .reference-line {
    stroke: var(--_text);
    stroke-width: 2px;
    stroke-dasharray: 3 2;
  }
  .dot {
    fill: var(--sa-comparison-dot, currentColor);
  }
  .chosen .dot {
    fill: var(--sa-comparison-chosen, var(--_accent));
    stroke: var(--_surface);
    stroke-width: 2px;
  }

  /* Narrow (400 % zoom): every other tick label, counted from the last, so none overlap. */
  @container (max-width: 30em) {
    .axis text:nth-last-child(even) {
      display: none;
    }
    th,
    td {
      padding-inline: 0.2em;
    }
  }
  /* Narrower still (a phone): the two ends only; the table's values carry the figures. */
  @container (max-width: 22em) {
    .axis text:not(:first-child, :last-child) {
      display: none;
    }
    .axis text:is(:first-child, :last-child) {
      display: inline;
    }
  }

  @media (forced-colors: active) {
    .dot,
    .chosen .dot {
      fill: CanvasText;
    }
  }
  @media print {
    .sort {
      display: none;
    }
  }
`;
