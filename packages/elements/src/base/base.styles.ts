import { css } from 'lit';

/**
 * Tokens and state styles shared by every element. Sizes are in px or em from :host, never rem, so a host
 * page's `html { font-size: 62.5% }` cannot shrink the widgets. Default colours meet WCAG AA on white.
 */
const darkTokens = css`
  --_text: var(--sa-color-text, #f1f3f5);
  --_muted: var(--sa-color-muted, #b8bec6);
  --_accent: var(--sa-color-accent, #8ab4f8);
  --_surface: var(--sa-color-surface, #1b1e23);
  --_subtle: var(--sa-color-subtle, #262a31);
  --_border: var(--sa-color-border, #4a515b);
  --_improving: var(--sa-color-improving, #6fcf8e);
  --_worsening: var(--sa-color-worsening, #ff8a80);
  --_stable: var(--sa-color-stable, #c3c9d1);
  --_no-data: var(--sa-color-no-data, #b8bec6);
  --_focus: var(--sa-color-focus, #8ab4f8);
  background: var(--_surface);
`;

export const baseStyles = css`
  /* Private tokens live on the shadow tree's top-level elements, not on :host, so a page rule on the
     host element that happens to set --_text (or any --_*) cannot reach them. */
  :host > * {
    --_text: var(--sa-color-text, #1a1a1a);
    --_muted: var(--sa-color-muted, #595959);
    --_accent: var(--sa-color-accent, #0059b3);
    --_surface: var(--sa-color-surface, #ffffff);
    --_subtle: var(--sa-color-subtle, #f3f4f6);
    --_border: var(--sa-color-border, #c9cdd2);
    --_improving: var(--sa-color-improving, #1b7a3a);
    --_worsening: var(--sa-color-worsening, #b42318);
    --_stable: var(--sa-color-stable, #4b5563);
    --_no-data: var(--sa-color-no-data, #595959);
    --_focus: var(--sa-color-focus, #0059b3);
    --_radius: var(--sa-radius, 4px);
  }

  :host {
    display: block;
    box-sizing: border-box;
    color: var(--sa-color-text, #1a1a1a);
    font-family: var(--sa-font-family, inherit);
    font-size: var(--sa-font-size, inherit);
    line-height: 1.45;
    letter-spacing: normal;
    text-transform: none;
    white-space: normal;
    text-align: start;
    overflow-wrap: anywhere;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) > * {
      ${darkTokens}
    }
  }
  :host([theme='dark']) > * {
    ${darkTokens}
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [part~='base'] {
    color: var(--_text);
  }

  a {
    color: var(--_accent);
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .skeleton {
    min-height: var(--sa-skeleton-height, 6em);
    border-radius: var(--_radius);
    background: var(--_subtle);
    animation: sa-pulse 1.6s ease-in-out infinite;
  }
  @keyframes sa-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  .error {
    border-inline-start: 4px solid var(--_worsening);
    background: var(--_subtle);
    padding: 0.6em 0.8em;
    border-radius: var(--_radius);
  }
  .error-message {
    margin: 0;
    font-weight: 600;
  }
  .issues {
    margin: 0.4em 0 0;
    padding-inline-start: 1.2em;
    font-size: 0.875em;
  }
  .issues code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }

  .stale {
    margin: 0 0 0.5em;
    padding: 0.4em 0.6em;
    border-inline-start: 4px solid var(--_muted);
    background: var(--_subtle);
    font-size: 0.875em;
  }

  .badge {
    display: inline-block;
    padding: 0.05em 0.45em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.5;
    color: var(--_muted);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    :host > * {
      --_improving: CanvasText;
      --_worsening: CanvasText;
      --_stable: CanvasText;
      --_no-data: CanvasText;
      --_muted: CanvasText;
      --_accent: LinkText;
      --_border: CanvasText;
    }
    .skeleton {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .skeleton {
      animation: none;
    }
  }
`;
