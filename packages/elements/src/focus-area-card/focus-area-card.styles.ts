import { css } from 'lit';

export const styles = css`
  :host {
    --sa-skeleton-height: 16em;
    container-type: inline-size;
    min-width: 0;
  }

  .card {
    display: grid;
    gap: 0.75em;
    padding: var(--sa-card-padding, 1em);
    border: var(--sa-card-border, 1px solid var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
    height: 100%;
  }

  p {
    margin: 0;
  }

  .header {
    display: grid;
    gap: 0.3em;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .toggle {
    all: unset;
    display: inline-flex;
    align-items: baseline;
    gap: 0.45em;
    cursor: pointer;
    color: inherit;
    font: inherit;
    border-radius: var(--_radius);
  }
  .toggle:hover > span:last-child {
    text-decoration: underline;
  }
  .toggle:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .chevron {
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(-45deg);
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: translateY(-0.25em) rotate(45deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s;
    }
  }

  .first-focus .label {
    color: var(--_muted);
  }
  .counts {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .status-summary {
    font-size: 0.9em;
  }

  .body {
    display: grid;
    gap: 1em;
  }

  .section {
    display: grid;
    gap: 0.5em;
    align-content: start;
  }
  .section-title {
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }

  .goals,
  .indicators,
  .initiatives {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .goals {
    display: grid;
    gap: 1em;
  }
  .goal {
    display: grid;
    gap: 0.4em;
  }
  .statement {
    font-weight: 600;
  }
  .indicators {
    display: grid;
  }
  .indicator {
    display: grid;
    gap: 0.2em;
    padding: 0.5em 0;
    border-top: 1px solid var(--_border);
  }
  .indicator:last-child {
    border-bottom: 1px solid var(--_border);
  }
  /* A highlight is an edge, a tint and the word "Fremhævet": never colour alone. */
  .indicator.highlighted {
    padding-inline: 0.5em;
    border-inline-start: 4px solid var(--sa-card-highlight, var(--_accent));
    background: var(--_subtle);
  }
  .markers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .none {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .extras {
    display: grid;
    gap: 1em;
  }
  .facts {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  dl {
    display: grid;
    gap: 0.75em;
    margin: 0;
  }
  dd {
    margin: 0;
  }
  .fact {
    display: grid;
    gap: 0.1em;
  }
  .fact-value {
    font-size: 1.1em;
    font-weight: 700;
  }
  .fact-source {
    font-size: 0.8em;
    color: var(--_muted);
  }

  .initiatives {
    display: grid;
    gap: 0.5em;
  }
  .initiative {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.5em;
  }
  .initiative-title {
    flex: 1 1 12em;
  }
  .initiative-summary {
    flex-basis: 100%;
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* Wide cards: facts and initiatives side by side. */
  @container (min-width: 40em) {
    .extras {
      grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
    }
  }

  @media (forced-colors: active) {
    .indicator.highlighted {
      border-inline-start-color: Highlight;
    }
  }

  @media print {
    .card {
      break-inside: avoid-page;
      border-color: #000;
    }
    .chevron {
      display: none;
    }
    .toggle {
      cursor: auto;
    }
    .facts {
      border: 1px solid #000;
    }
  }
`;
