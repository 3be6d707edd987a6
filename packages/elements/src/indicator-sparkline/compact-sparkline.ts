import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '@sundhedsaftale/data';

/**
 * One indicator as a compact `<sa-indicator-sparkline>` inside a card or the overview, with its host's
 * language, theme and area, and the already validated agreement (passing it on costs nothing).
 */
export function compactSparkline(
  id: string,
  agreement: unknown,
  lang: Lang,
  theme: string,
  area: string | undefined,
): TemplateResult {
  return html`<sa-indicator-sparkline
    variant="compact"
    indicator=${id}
    lang=${lang}
    theme=${theme}
    area=${area ?? nothing}
    .data=${agreement}
  ></sa-indicator-sparkline>`;
}
