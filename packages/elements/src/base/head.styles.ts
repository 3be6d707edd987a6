import { css } from 'lit';

/** One indicator's head line (the sparkline's, the comparison's): its name, with its marks wrapping beside it. */
export const headStyles = css`
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
  }
  .name {
    font-weight: 600;
  }
`;
