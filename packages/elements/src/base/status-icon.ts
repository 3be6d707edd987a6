import { svg, type SVGTemplateResult } from 'lit';
import type { Status } from '@sundhedsaftale/data';

/**
 * A shape per status, so status never rests on colour alone (WCAG 1.4.1): a tick for improving, a warning
 * triangle for worsening, a bar for stable, a hollow ring for no data. Always paired with a word. Each is
 * one whole template, not a shape inside a shared `<svg>` template: one clone per icon instead of two.
 */
const icons: Record<Status, SVGTemplateResult> = {
  improving: svg`<svg class="status-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="var(--_surface, #fff)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  worsening: svg`<svg class="status-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true"><path d="M8 1.2 15.2 14H.8z" fill="currentColor"/><path d="M8 5.5v4" stroke="var(--_surface, #fff)" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="11.8" r="1" fill="var(--_surface, #fff)"/></svg>`,
  stable: svg`<svg class="status-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8h7" stroke="var(--_surface, #fff)" stroke-width="1.8" stroke-linecap="round"/></svg>`,
  'no-data': svg`<svg class="status-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true"><circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 2"/></svg>`,
};

export function statusIcon(status: Status): SVGTemplateResult {
  return icons[status];
}
