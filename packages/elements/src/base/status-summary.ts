import { html, nothing, type TemplateResult } from 'lit';
import { labelIn, STATUS_LABELS, STATUSES, type Lang, type Status } from '@sundhedsaftale/data';
import { statusIcon } from '../base/status-icon.js';

/**
 * "2 forbedret · 1 stabil · 1 uden data": each count with the status's icon and word, so the summary
 * never rests on colour (WCAG 1.4.1). Statuses with no indicators are left out.
 */
export function renderStatusSummary(
  counts: Record<Status, number>,
  lang: Lang,
  empty: string,
): TemplateResult {
  const shown = STATUSES.filter((s) => counts[s] > 0);
  if (!shown.length) return html`<span class="status-count">${empty}</span>`;
  return html`${shown.map(
    (s, i) =>
      html`${i > 0 ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<span
          class="status-count"
          data-status=${s}
          >${statusIcon(s)}<span
            >${counts[s]} ${labelIn(STATUS_LABELS, s, lang).toLocaleLowerCase(lang)}</span
          ></span
        >${i < shown.length - 1 ? html`<span class="visually-hidden">,</span>` : nothing}`,
  )}`;
}
