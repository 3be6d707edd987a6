import { css } from 'lit';

export const styles = css`
  :host {
    --sa-skeleton-height: 24em;
    container-type: inline-size;
    min-width: 0;
  }

  .overview {
    display: grid;
    gap: var(--sa-overview-gap, 1.5em);
  }
  p {
    margin: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .header {
    display: grid;
    gap: 0.5em;
  }
  .title {
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.2;
  }
  .stage .badge {
    font-size: 0.8em;
    color: var(--_accent);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.5em;
    margin: 0;
    font-size: 0.9em;
  }
  .meta > div {
    min-width: 0;
  }
  .meta dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .meta dd {
    margin: 0;
  }
  .parties {
    flex-basis: 100%;
  }
  .parties ul {
    columns: 14em auto;
    margin-top: 0.3em;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_subtle);
    font-size: 0.9em;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.75em 1.5em;
  }
  .area-picker {
    display: grid;
    gap: 0.2em;
    font-size: 0.9em;
    font-weight: 600;
  }
  select,
  button,
  input {
    font: inherit;
  }
  select {
    min-height: 2.25em;
    max-width: 100%;
    padding: 0.2em 0.4em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .view-switch {
    display: flex;
    gap: 0.25em;
  }

  /* Toggle buttons: pressed is filled AND shows a tick, so the state never rests on colour. */
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.25em;
    padding: 0.3em 0.75em;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    text-align: start;
  }
  .chip:hover {
    background: var(--_subtle);
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_surface);
  }
  .chip[aria-pressed='true']::before {
    content: '✓';
    font-weight: 700;
  }

  .section {
    display: grid;
    gap: 0.6em;
    min-width: 0;
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .section-title {
    font-size: 1.2em;
    font-weight: 700;
  }
  .hint {
    font-size: 0.9em;
    color: var(--_muted);
  }

  .visions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.75em;
  }
  .vision {
    padding: 0.75em;
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .vision-title {
    font-weight: 700;
  }
  .vision-summary {
    margin-top: 0.3em;
    font-size: 0.9em;
  }

  .national-goals-heading {
    font-weight: 700;
    margin-bottom: 0.3em;
  }
  .national-goals {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 0.75em;
    align-items: start;
  }
  .national-goal-indicators,
  .followed-nationally {
    margin: 0.4em 0 0;
    padding-inline-start: 1.1em;
    font-size: 0.85em;
    list-style: disc;
  }
  .followed-nationally {
    padding-inline-start: 0;
    color: var(--_muted);
  }
  .national-goal-notes {
    margin: 0.75em 0 0;
    padding-inline-start: 1.1em;
    list-style: disc;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .national-goal .count {
    font-size: 0.8em;
    opacity: 0.9;
    white-space: nowrap;
  }
  .chosen-indicators,
  .other-indicators {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 26em), 1fr));
    gap: 0.5em 1.5em;
    padding: 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }

  .radio {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.2em;
    margin: 0;
    padding: 0.5em 0.75em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .filter legend {
    padding: 0 0.25em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .radio {
    cursor: pointer;
    min-height: 1.75em;
  }
  .radio input {
    margin: 0;
    accent-color: var(--_accent);
  }

  .link-button {
    padding: 0.2em 0.1em;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .expand-all {
    display: flex;
    gap: 0.75em;
    font-size: 0.9em;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(
      auto-fit,
      minmax(min(100%, var(--sa-overview-card-min, 18em)), 1fr)
    );
    gap: 1em;
    align-items: start;
  }
  /* A card below the first screen is laid out and painted only when it comes near it (about a third of
     the overview's first render on 300 indicators; docs/performance.md). */
  .cards > * {
    content-visibility: auto;
    contain-intrinsic-size: auto 40em;
  }
  .other {
    display: grid;
    gap: 0.5em;
    margin-top: 0.5em;
  }

  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    width: 100%;
    font-size: 0.9em;
    /* Break long words only where a column cannot grow; "anywhere" would shrink columns to letters. */
    overflow-wrap: break-word;
  }
  caption {
    text-align: start;
    padding-bottom: 0.4em;
    color: var(--_muted);
  }
  th,
  td {
    padding: 0.4em 0.6em 0.4em 0;
    vertical-align: top;
  }
  tbody th {
    font-weight: 600;
  }
  thead th {
    border-bottom-width: 2px;
  }
  .sort {
    display: inline-flex;
    gap: 0.3em;
    align-items: baseline;
    padding: 0.1em 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .sort:hover span:first-child {
    text-decoration: underline;
  }
  .compare {
    display: block;
    margin-top: 0.3em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: normal;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .compare[aria-expanded='true'] {
    font-weight: 600;
  }
  /* The table may scroll sideways; the comparison stays in view, as wide as the scrolling region. */
  .table-wrap {
    container-type: inline-size;
  }
  .comparison sa-area-comparison {
    position: sticky;
    inset-inline-start: 0;
    max-width: 100cqi;
  }
  .sort-icon {
    color: var(--_muted);
    font-size: 0.8em;
  }
  [aria-sort] .sort-icon {
    color: var(--_accent);
  }
  td .value {
    display: block;
    font-weight: 600;
    white-space: nowrap;
  }
  td .period {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
    white-space: nowrap;
  }
  td[data-col='change'] {
    white-space: nowrap;
  }
  .status {
    font-weight: 600;
    white-space: nowrap;
  }
  .cell-list li + li {
    margin-top: 0.3em;
  }
  tr.highlighted > * {
    background: var(--_subtle);
  }
  tr.highlighted > th {
    box-shadow: inset 4px 0 0 var(--_accent);
    padding-inline-start: 0.5em;
  }
  .marker {
    margin-inline-start: 0.3em;
  }
  .badge {
    margin-inline-start: 0.3em;
  }
  .none {
    color: var(--_muted);
  }

  .disclosure {
    border-top: 1px solid var(--_border);
    padding-top: 0.6em;
  }
  .disclosure summary {
    cursor: pointer;
    font-weight: 700;
    color: var(--_accent);
  }
  .disclosure dl {
    display: grid;
    gap: 0.75em;
    margin: 0.75em 0 0;
  }
  .disclosure dt {
    font-weight: 600;
  }
  .disclosure dd {
    margin: 0.2em 0 0;
  }
  .date {
    margin-inline-start: 0.5em;
    font-weight: normal;
    color: var(--_muted);
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    .controls,
    .expand-all,
    .compare,
    .filter,
    .hint,
    .sort-icon {
      display: none;
    }
    .chip {
      border-color: #000;
      color: #000;
    }
    .disclosure summary {
      color: #000;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    .table-wrap {
      overflow: visible;
    }
    /* One focus area per page, full width, so nothing is squeezed into columns on paper. */
    .cards {
      display: block;
    }
    .cards > * + * {
      break-before: page;
    }
    .cards > * {
      content-visibility: visible;
    }
  }
`;
