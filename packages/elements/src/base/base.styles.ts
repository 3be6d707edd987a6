import { css } from 'lit';

/**
 * Tokens and state styles shared by every element. Sizes are in px or em from :host, never rem, so a host
 * page's `html { font-size: 62.5% }` cannot shrink the widgets. Default colours meet WCAG AA on white.
 */
export const baseStyles = css`
  /* Private tokens live on the shadow tree's top-level elements, not on :host, so a page rule on the
     host element that happens to set --_text (or any --_*) cannot reach them. Each is light-dark(light,
     dark): the colour scheme (see :host) picks one, so dark mode needs no second set of rules. */
  :host > * {
    --_text: var(--sa-color-text, light-dark(#1a1a1a, #f1f3f5));
    --_muted: var(--sa-color-muted, light-dark(#595959, #b8bec6));
    --_accent: var(--sa-color-accent, light-dark(#0059b3, #8ab4f8));
    --_surface: var(--sa-color-surface, light-dark(#ffffff, #1b1e23));
    --_subtle: var(--sa-color-subtle, light-dark(#f3f4f6, #262a31));
    --_border: var(--sa-color-border, light-dark(#c9cdd2, #4a515b));
    --_improving: var(--sa-color-improving, light-dark(#1b7a3a, #6fcf8e));
    --_worsening: var(--sa-color-worsening, light-dark(#b42318, #ff8a80));
    --_stable: var(--sa-color-stable, light-dark(#4b5563, #c3c9d1));
    --_no-data: var(--sa-color-no-data, light-dark(#595959, #b8bec6));
    --_focus: var(--sa-color-focus, light-dark(#0059b3, #8ab4f8));
    --_radius: var(--sa-radius, 4px);
    /* Transparent on a light page; in dark mode the widget brings its own dark surface. */
    background: light-dark(transparent, var(--_surface));
  }

  /* theme="auto" follows the reader's system; "light" and "dark" force one. */
  :host {
    color-scheme: light dark;
    display: block;
    box-sizing: border-box;
    color: var(--sa-color-text, light-dark(#1a1a1a, #f1f3f5));
    font-family: var(--sa-font-family, inherit);
    font-size: var(--sa-font-size, inherit);
    line-height: 1.45;
    letter-spacing: normal;
    text-transform: none;
    white-space: normal;
    text-align: start;
    overflow-wrap: anywhere;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
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
  @media (prefers-reduced-motion: reduce), print {
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

  /* Small outlined labels: "★ Også national indikator" on indicators (highlighted with their goal), badges,
     and "Eksempeldata" beside a marked item (illustrative-mark.ts), dashed and with the word itself. */
  .marker,
  .badge,
  .illustrative {
    display: inline-block;
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_muted);
  }
  .marker.highlight {
    color: var(--_accent);
  }
  .badge,
  .illustrative {
    white-space: nowrap;
  }
  .badge {
    padding-block: 0.05em;
    line-height: 1.5;
  }
  .illustrative {
    margin-inline-start: 0.4em;
    padding-inline: 0.35em;
    border-style: dashed;
    font-weight: 400;
    line-height: 1.4;
    vertical-align: 0.1em;
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
`;
