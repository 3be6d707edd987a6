import { css } from 'lit';

/** What every table of values shares (the sparkline's "Vis tal", the overview's table): rules, numbers. */
export const tableStyles = css`
  table {
    border-collapse: collapse;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
