import { css } from 'lit';

export const styles = css`
  .error {
    margin-block-end: 0.75em;
  }
`;
