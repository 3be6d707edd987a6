import { css } from 'lit';

/**
 * Status colours, icons and the status summary ("2 forbedret · 1 stabil"), shared by the sparkline, the
 * card and the overview. Colour is never the only signal: each status also has its icon and word.
 */
export const statusStyles = css`
  [data-status='improving'] {
    --_status: var(--_improving);
  }
  [data-status='worsening'] {
    --_status: var(--_worsening);
  }
  [data-status='stable'] {
    --_status: var(--_stable);
  }
  [data-status='no-data'] {
    --_status: var(--_no-data);
  }
  .status,
  .status-count,
  [data-status] > .status-icon {
    color: var(--_status);
  }
  .status-icon {
    flex: none;
    width: 1em;
    height: 1em;
  }
  .status-summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15em 0.35em;
    font-weight: 600;
  }
  .sep {
    color: var(--_muted);
    font-weight: normal;
  }
  .status,
  .status-count {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .status-count {
    white-space: nowrap;
  }
`;
