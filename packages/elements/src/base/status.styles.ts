import { css } from 'lit';

/**
 * Status colours, icons and the status summary ("2 forbedret · 1 stabil"), shared by the sparkline, the
 * card and the overview. Colour is never the only signal: each status also has its icon and word.
 */
export const statusStyles = css`
  [data-status='improving'] > .status-icon,
  .status-count[data-status='improving'],
  .status[data-status='improving'] {
    color: var(--_improving);
  }
  [data-status='worsening'] > .status-icon,
  .status-count[data-status='worsening'],
  .status[data-status='worsening'] {
    color: var(--_worsening);
  }
  [data-status='stable'] > .status-icon,
  .status-count[data-status='stable'],
  .status[data-status='stable'] {
    color: var(--_stable);
  }
  [data-status='no-data'] > .status-icon,
  .status-count[data-status='no-data'],
  .status[data-status='no-data'] {
    color: var(--_no-data);
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
  .status-count {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    white-space: nowrap;
  }
`;
