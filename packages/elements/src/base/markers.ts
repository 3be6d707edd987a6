import { html, nothing, type TemplateResult } from 'lit';
import { illustrativeMark } from './illustrative-mark.js';
import type { Messages } from './messages.js';

/**
 * The labels beside an indicator, in the card and in the overview's table: "★ Også national indikator"
 * (with its explanation for screen readers, since a `title` reaches neither keyboard nor touch) and
 * "◆ Fremhævet" while its national goal is chosen. The symbols are decoration; the words carry the meaning.
 * `alsoNationalExample`: the data marks the `*` as an example, so "Eksempeldata" follows it.
 */
export function renderMarkers(
  alsoNational: boolean | undefined,
  lit: boolean,
  m: Messages,
  alsoNationalExample = false,
): TemplateResult {
  return html`${
    alsoNational
      ? html`<span class="marker national" title=${m.alsoNationalNote}
            ><span aria-hidden="true">★ </span>${m.alsoNational}<span class="visually-hidden"
              >: ${m.alsoNationalNote}</span
            ></span
          >${alsoNationalExample ? illustrativeMark(m) : nothing}`
      : nothing
  }${
    lit
      ? html`<span class="marker highlight"
          ><span aria-hidden="true">◆ </span>${m.highlighted}</span
        >`
      : nothing
  }`;
}
